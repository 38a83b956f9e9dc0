import Foundation
import HTTPTypes
import Logging

extension Client {
    /// The environment variable read for the API key when none is passed, as Pinecone's SDKs do.
    public static let apiKeyVariable = "PINECONE_API_KEY"
    /// The environment variable that overrides the control-plane host, as Pinecone's SDKs do.
    public static let hostVariable = "PINECONE_CONTROLLER_HOST"
    /// Sent as `User-Agent` by the clients this file makes.
    public static let userAgent = "swift-pinecone/0.1.0 (Swift)"
    /// The response header in which Pinecone returns its request ID (``APIError/requestID``).
    public static let requestIDHeaderName = "x-pinecone-request-id"

    /// A client for Pinecone's control plane.
    ///
    /// - Parameters:
    ///   - apiKey: Your API key; when `nil`, `PINECONE_API_KEY` from the environment.
    ///   - host: The control-plane URL; when `nil`, `PINECONE_CONTROLLER_HOST` (a URL, or a host to
    ///     reach over https), else `https://api.pinecone.io`.
    ///   - timeout: How long one attempt may take.
    ///   - additionalHeaders: Sent with every request.
    ///   - middlewares: Run around every attempt (see ``ClientMiddleware``).
    ///   - logger: Where each attempt is logged (debug) with a replayable `curl` line (trace); the key is
    ///     always redacted. Logs nothing by default.
    ///   - transport: Sends the requests; `URLSession` when `nil`.
    ///   - environment: Where the variables are read; the process environment by default.
    public init(
        apiKey: String? = nil, host: URL? = nil, timeout: Duration = .seconds(30),
        additionalHeaders: HTTPFields = [:], middlewares: [any ClientMiddleware] = [],
        logger: Logger = Logger(label: "pinecone", factory: { _ in SwiftLogNoOpLogHandler() }),
        transport: (any HTTPTransport)? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let configuration = Self.pineconeConfiguration(
            apiKey: apiKey, host: host, timeout: timeout, additionalHeaders: additionalHeaders, middlewares: middlewares,
            logger: logger, environment: environment)
        self.init(configuration: configuration, transport: transport)
    }

    /// The configuration ``init(apiKey:host:timeout:additionalHeaders:middlewares:logger:transport:environment:)``
    /// uses: Pinecone's `User-Agent`, request-ID header and error body, the key and host from the environment unless
    /// given. Adjust it further (retries, `allowsInsecureHTTP`) before passing it to ``init(configuration:transport:)``.
    public static func pineconeConfiguration(
        apiKey: String? = nil, host: URL? = nil, timeout: Duration = .seconds(30), additionalHeaders: HTTPFields = [:],
        middlewares: [any ClientMiddleware] = [], logger: Logger = Logger(label: "pinecone", factory: { _ in SwiftLogNoOpLogHandler() }),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ClientConfiguration {
        ClientConfiguration(
            serverURL: host ?? environment[Self.hostVariable].flatMap(Self.hostURL),
            apiKey: apiKey ?? environment[Self.apiKeyVariable].flatMap { $0.isEmpty ? nil : $0 },
            timeout: timeout, additionalHeaders: additionalHeaders, userAgent: userAgent, middlewares: middlewares, logger: logger,
            requestIDHeaderName: requestIDHeaderName, errorDetails: errorDetails)
    }

    /// `https://h`, `http://localhost:5080` or `localhost:5080` (→ https) as a URL.
    static func hostURL(_ text: String) -> URL? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return URL(string: trimmed.contains("://") ? trimmed : "https://" + trimmed)
    }
}
