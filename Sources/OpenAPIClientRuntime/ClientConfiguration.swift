import Foundation
import HTTPTypes
import Logging

/// What every request of a client shares.
public struct ClientConfiguration: Sendable {
    /// Where requests go; `nil` means the spec's first server.
    public var serverURL: URL?
    /// Sent for `apiKey` security schemes. Never printed or logged: descriptions show it as redacted.
    public var apiKey: String?
    /// Sent as `Authorization: Bearer …` for `http` bearer schemes (unless a middleware set `Authorization`).
    public var bearerToken: String?
    /// Sent as `Authorization: Basic …` for `http` basic schemes (unless a middleware set `Authorization`). Never printed.
    public var basicCredentials: BasicCredentials?
    /// How long one attempt may take on the transport.
    public var timeout: Duration
    /// Sent with every request, after the generated fields; repeated names are sent repeatedly.
    public var additionalHeaders: HTTPFields
    /// The `User-Agent`; `nil` sends the runtime's own (`OpenAPIClientRuntime/<version>`).
    public var userAgent: String?
    /// When failed requests are sent again; ``RetryPolicy/disabled`` turns retries off.
    public var retryPolicy: RetryPolicy
    /// Allows a plain `http` server URL that is not loopback. Off by default: credentials would
    /// cross the network unencrypted.
    public var allowsInsecureHTTP: Bool
    /// Run around every attempt, the first outermost; see ``ClientMiddleware`` for where they sit
    /// relative to authentication, retries and the timeout.
    public var middlewares: [any ClientMiddleware]
    /// Where the client logs: each attempt at `debug` (operation, method, path, status, attempt,
    /// duration, request ID), and a replayable `curl` command at `trace`, credentials redacted.
    /// The default discards everything, so an app that sets nothing sees nothing.
    public var logger: Logger
    /// The response header that carries the server's request ID (``APIError/requestID``, the logs).
    public var requestIDHeaderName: String
    /// Reads the service's error code and message from an error response's body, for ``APIError/code``
    /// and ``APIError/message`` (PineconeControl's reads its `ErrorResponse`); `nil` reads neither.
    public var errorDetails: (@Sendable (Data) -> (code: String?, message: String?))?

    /// A configuration; every parameter has a default.
    public init(
        serverURL: URL? = nil, apiKey: String? = nil, bearerToken: String? = nil, basicCredentials: BasicCredentials? = nil, timeout: Duration = .seconds(30),
        additionalHeaders: HTTPFields = [:], userAgent: String? = nil,
        retryPolicy: RetryPolicy = .default, allowsInsecureHTTP: Bool = false,
        middlewares: [any ClientMiddleware] = [], logger: Logger = Logger(label: "openapi-client", factory: { _ in SwiftLogNoOpLogHandler() }),
        requestIDHeaderName: String = "x-request-id", errorDetails: (@Sendable (Data) -> (code: String?, message: String?))? = nil
    ) {
        self.serverURL = serverURL
        self.apiKey = apiKey
        self.bearerToken = bearerToken
        self.basicCredentials = basicCredentials
        self.timeout = timeout
        self.additionalHeaders = additionalHeaders
        self.userAgent = userAgent
        self.retryPolicy = retryPolicy
        self.allowsInsecureHTTP = allowsInsecureHTTP
        self.middlewares = middlewares
        self.logger = logger
        self.requestIDHeaderName = requestIDHeaderName
        self.errorDetails = errorDetails
    }
}

extension ClientConfiguration {
    /// The credentials set, for redaction: as given, and percent-encoded as a query item carries them.
    var secrets: [String] {
        let given = [apiKey, bearerToken].compactMap { $0 }.filter { !$0.isEmpty }
        let encoded = given.map(PercentEncoding.encode).filter { !given.contains($0) }
        return given + encoded
    }

    /// Whether a server with this scheme and host is plain (non-https) traffic that leaves the machine,
    /// so that credentials would cross the network unencrypted: refused unless ``allowsInsecureHTTP``.
    /// `localhost`, `127.0.0.0/8` and `::1` never leave the machine.
    public static func isUnencryptedOffThisMachine(scheme: String?, host: String?) -> Bool {
        guard scheme?.lowercased() != "https" else { return false }
        guard var host = host?.lowercased() else { return true }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host == "::1" { return false }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return !(octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil })
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible {
    /// The server, the timeout, and whether credentials are set (never their values).
    public var description: String {
        "ClientConfiguration(serverURL: \(serverURL?.absoluteString ?? "default"), apiKey: \(apiKey == nil ? "none" : "<redacted>"), "
            + "bearerToken: \(bearerToken == nil ? "none" : "<redacted>"), basicCredentials: \(basicCredentials == nil ? "none" : "<redacted>"), timeout: \(timeout))"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }
}

extension ClientConfiguration: CustomReflectable {
    /// What `dump` and debuggers show: the credentials redacted, as in ``description``.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "serverURL": serverURL as Any, "apiKey": apiKey == nil ? "none" : "<redacted>",
            "bearerToken": bearerToken == nil ? "none" : "<redacted>",
            "basicCredentials": basicCredentials == nil ? "none" : "<redacted>", "timeout": timeout,
            "additionalHeaders": Redaction.fields(additionalHeaders, secrets), "userAgent": userAgent as Any,
            "retryPolicy": retryPolicy, "allowsInsecureHTTP": allowsInsecureHTTP, "middlewares": middlewares.count,
            "requestIDHeaderName": requestIDHeaderName,
        ], displayStyle: .struct)
    }
}

/// A user name and password for `http` basic security (RFC 7617). Never printed.
public struct BasicCredentials: Sendable, CustomStringConvertible {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// `Basic dXNlcjpwYXNz`: the value of the `Authorization` header.
    var headerValue: String { "Basic " + Data("\(username):\(password)".utf8).base64EncodedString() }

    public var description: String { "BasicCredentials(<redacted>)" }
}
