import Foundation
import HTTPTypes

/// Turns a ``ClientRequest`` into an `HTTPRequest`, sends it through the middlewares and the
/// transport, retrying as configured, and decodes the answer. Generated clients hold one and call it
/// from every operation.
@_spi(Generated)
public struct ClientCore: Sendable {
    /// Server URL, credentials, timeout, retries, middlewares, logger.
    public var configuration: ClientConfiguration { shared.configuration }
    /// Sends the requests.
    public var transport: any HTTPTransport { shared.transport }
    /// The server URL, parsed once: scheme, authority, and a path prefix without a trailing `/`.
    var server: Server? { shared.server }
    /// Why plain http to this server is refused (`nil` when it is not), decided once.
    var insecureServer: String? { shared.insecureServer }
    /// The credentials to redact from errors and logs (``ClientConfiguration/secrets``), worked out once.
    var secrets: [String] { shared.secrets }

    /// Everything in one reference, so that the closures each attempt builds capture one pointer rather
    /// than copies of the configuration (a dozen reference-counted fields).
    let shared: Shared

    final class Shared: Sendable {
        let configuration: ClientConfiguration
        let transport: any HTTPTransport
        /// The transport, when it takes each request's operation ID; decided once, not per call.
        let operationAware: (any OperationAwareTransport)?
        /// ``HTTPTransport/enforcesTimeoutAndCancellation``, read once.
        let enforcesTimeoutAndCancellation: Bool
        /// `User-Agent`, validated once rather than per request.
        let userAgentField: HTTPField
        /// `Accept: application/json` (most operations') and `User-Agent`, the fields most requests start with.
        let jsonBaseFields: HTTPFields
        /// The server's `:scheme` and `:authority` pseudo-header fields, validated once.
        let schemeField: HTTPField?
        let authorityField: HTTPField?
        let server: Server?
        let insecureServer: String?
        let secrets: [String]

        init(configuration: ClientConfiguration, transport: any HTTPTransport, server: Server?) {
            self.configuration = configuration
            self.transport = transport
            operationAware = transport as? any OperationAwareTransport
            enforcesTimeoutAndCancellation = transport.enforcesTimeoutAndCancellation
            userAgentField = HTTPField(name: .userAgent, value: configuration.userAgent ?? RuntimeVersion.userAgent)
            var base = HTTPFields()
            base.append(HTTPField(name: .accept, value: "application/json"))
            base.append(userAgentField)
            jsonBaseFields = base
            let template = server.map { HTTPRequest(method: .get, scheme: $0.scheme, authority: $0.authority, path: nil) }
            schemeField = template?.pseudoHeaderFields.scheme
            authorityField = template?.pseudoHeaderFields.authority
            self.server = server
            secrets = configuration.secrets
            insecureServer = server.flatMap { server in
                !configuration.allowsInsecureHTTP
                    && ClientConfiguration.isUnencryptedOffThisMachine(scheme: server.scheme, host: server.host)
                    ? "\(server.scheme)://\(server.host ?? "")" : nil
            }
        }
    }

    struct Server: Sendable {
        var scheme: String
        var authority: String
        var pathPrefix: String
        var host: String?
    }

    /// A core for `configuration`; requests go to its server URL or else to `defaultServerURL`.
    public init(configuration: ClientConfiguration, defaultServerURL: String?, transport: (any HTTPTransport)?) {
        shared = Shared(configuration: configuration, transport: transport ?? URLSessionTransport(),
                        server: (configuration.serverURL?.absoluteString ?? defaultServerURL).flatMap(Self.parseServer))
    }

    /// `scheme://authority/prefix` split into its parts; `nil` when it is not an absolute URL.
    static func parseServer(_ text: String) -> Server? {
        guard let separator = text.range(of: "://"), URL(string: text) != nil else { return nil }
        let scheme = String(text[..<separator.lowerBound]).lowercased()
        let rest = text[separator.upperBound...]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = String(rest[..<slash])
        guard !scheme.isEmpty, !authority.isEmpty, !authority.contains("?"), !authority.contains("#") else { return nil }
        var prefix = String(rest[slash...])
        while prefix.hasSuffix("/") { prefix.removeLast() }
        // The host: the authority without user info and port (`[::1]:8080` → `[::1]`).
        var host = authority.split(separator: "@").last.map(String.init) ?? authority
        if let close = host.lastIndex(of: "]") {
            host = String(host[...close])
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return Server(scheme: scheme, authority: authority, pathPrefix: prefix, host: host)
    }

    /// Sends the request and decodes a 2xx body as `T`.
    /// Throws ``ClientError``, or `CancellationError` when the calling task is cancelled.
    public func send<T: Decodable>(_ request: ClientRequest, returning type: T.Type) async throws -> T {
        let (response, body) = try await perform(request)
        return try Self.decode(T.self, from: body, operationID: request.operationID, status: response.status.code,
                               secrets: secrets)
    }

    /// Sends the request and checks for a 2xx status; the body is not read.
    public func send(_ request: ClientRequest) async throws {
        _ = try await perform(request)
    }

    /// Sends the request and returns the raw body of a 2xx response (`application/octet-stream`, text).
    public func sendReturningBody(_ request: ClientRequest) async throws -> Data {
        try await perform(request).1
    }

    /// Sends the request and returns the `text/event-stream` body as decoded events, as they arrive.
    /// Retries happen only before the response head; a stream that breaks off is not resumed.
    public func streamServerSentEvents<Payload: Decodable & Sendable>(
        _ request: ClientRequest, of type: Payload.Type
    ) async throws -> ServerSentEventStream<Payload> {
        var request = request
        request.accept = "text/event-stream"
        let (response, body) = try await performStreaming(request)
        return ServerSentEventStream(operationID: request.operationID, status: response.status.code, bytes: body.chunks,
                                     secrets: secrets)
    }

    /// Sends the request and returns the JSON-lines body as decoded values, as they arrive. `accept`
    /// is the media type the spec names (`application/jsonl`, `application/x-ndjson`, `application/json-seq`).
    public func streamJSONLines<Element: Decodable & Sendable>(
        _ request: ClientRequest, of type: Element.Type, accept: String = "application/x-ndjson"
    ) async throws -> JSONLinesStream<Element> {
        var request = request
        request.accept = accept
        let (response, body) = try await performStreaming(request)
        return JSONLinesStream(operationID: request.operationID, status: response.status.code, bytes: body.chunks,
                               secrets: secrets)
    }

    /// Decodes a 2xx body (or one streamed event or line); a failure is ``ClientError/decoding(operationID:status:codingPath:reason:bodySnippet:)``
    /// with the JSON path, a reason and a snippet of the body, credentials redacted.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, operationID: String, status: Int, secrets: [String]) throws -> T {
        do {
            return try JSONCoding.decoder.decode(T.self, from: data)
        } catch {
            let (path, reason) = (error as? DecodingError).map(explain) ?? ("", "\(error)")
            throw ClientError.decoding(operationID: operationID, status: status, codingPath: path,
                                       reason: Redaction.text(reason, secrets), bodySnippet: ClientError.snippet(Redaction.data(data, secrets)))
        }
    }

    /// The coding path (`data[2].created_at`) and a one-line reason of a decoding error.
    static func explain(_ error: DecodingError) -> (String, String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { result, key in
                if let index = key.intValue { return result + "[\(index)]" }
                return result.isEmpty ? key.stringValue : result + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "required key '\(key.stringValue)' is missing")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(type), found null")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}

extension ClientCore: CustomReflectable {
    /// What `dump` and debuggers show: the configuration (credentials redacted) and the transport's type.
    public var customMirror: Mirror {
        Mirror(self, children: ["configuration": configuration, "transport": String(describing: type(of: transport))], displayStyle: .struct)
    }
}
