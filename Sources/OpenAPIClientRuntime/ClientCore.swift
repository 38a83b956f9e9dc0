import Foundation

/// Turns a ``ClientRequest`` into an ``HTTPRequest``, sends it, and decodes the answer.
/// Generated clients hold one and call it from every operation.
public struct ClientCore: Sendable {
    public let configuration: ClientConfiguration
    public let transport: any HTTPTransport
    private let serverURL: String?

    public init(configuration: ClientConfiguration, defaultServerURL: String?, transport: (any HTTPTransport)?) {
        self.configuration = configuration
        self.transport = transport ?? URLSessionTransport()
        var server = configuration.serverURL?.absoluteString ?? defaultServerURL
        while server?.hasSuffix("/") == true { server?.removeLast() }
        serverURL = server
    }

    /// Sends the request and decodes a 2xx body as `T`.
    /// Throws ``ClientError``, or `CancellationError` when the calling task is cancelled.
    public func send<T: Decodable>(_ request: ClientRequest, returning type: T.Type) async throws -> T {
        let response = try await perform(request)
        return try Self.decode(T.self, from: response.body, operationID: request.operationID, status: response.statusCode,
                               secrets: configuration.secrets)
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

    /// Sends the request and checks for a 2xx status; the body is not read.
    public func send(_ request: ClientRequest) async throws {
        _ = try await perform(request)
    }

    /// Sends the request and returns the `text/event-stream` body as decoded events, as they arrive.
    /// Retries happen only before the response head; a stream that breaks off is not resumed.
    public func streamServerSentEvents<Payload: Decodable & Sendable>(
        _ request: ClientRequest, of type: Payload.Type
    ) async throws -> ServerSentEventStream<Payload> {
        var request = request
        request.accept = "text/event-stream"
        let response = try await performStreaming(request)
        return ServerSentEventStream(operationID: request.operationID, status: response.statusCode, bytes: response.body, secrets: configuration.secrets)
    }

    /// Sends the request and returns the JSON-lines body as decoded values, as they arrive. `accept`
    /// is the media type the spec names (`application/jsonl`, `application/x-ndjson`, `application/json-seq`).
    public func streamJSONLines<Element: Decodable & Sendable>(
        _ request: ClientRequest, of type: Element.Type, accept: String = "application/x-ndjson"
    ) async throws -> JSONLinesStream<Element> {
        var request = request
        request.accept = accept
        let response = try await performStreaming(request)
        return JSONLinesStream(operationID: request.operationID, status: response.statusCode, bytes: response.body, secrets: configuration.secrets)
    }

    /// Sends the request and returns the raw body of a 2xx response (`application/octet-stream`, text).
    public func sendReturningBody(_ request: ClientRequest) async throws -> Data {
        try await perform(request).body
    }

    /// Sends the request, retrying as the configuration's ``RetryPolicy`` allows, and returns a 2xx
    /// response. Throws ``ClientError``, or `CancellationError` when the calling task is cancelled.
    private func perform(_ request: ClientRequest) async throws -> HTTPResponse {
        let response = try await retrying(request) { http in
            let response = transport.enforcesTimeoutAndCancellation
                ? try await transport.send(http, timeout: configuration.timeout)
                : try await Deadline.send(http, with: transport, timeout: configuration.timeout)
            return Attempt(status: response.statusCode, headers: response.headerFields, response: response, errorBody: { response.body })
        }
        if let recorder = ResponseRecorder.current {
            // A body that echoes a credential is the only one not passed on byte for byte.
            recorder.append(.init(operationID: request.operationID, status: response.statusCode,
                                  body: Self.redacting(response.body, configuration)))
        }
        return response
    }

    /// As ``perform(_:)``, returning once the head of a 2xx response has arrived.
    private func performStreaming(_ request: ClientRequest) async throws -> HTTPStreamingResponse {
        try await retrying(request) { [transport, configuration] http in
            let response = try await Deadline.run(timeout: configuration.timeout) {
                try await transport.stream(http, timeout: configuration.timeout)
            }
            return Attempt(status: response.statusCode, headers: response.headerFields, response: response,
                           errorBody: { try await response.collectBody() })
        }
    }

    private struct Attempt<Response> {
        var status: Int
        var headers: [String: String]
        var response: Response
        /// The body of an error response, read only when needed.
        var errorBody: () async throws -> Data
    }

    private func retrying<Response>(
        _ request: ClientRequest, _ send: (HTTPRequest) async throws -> Attempt<Response>
    ) async throws -> Response {
        let http = try makeHTTPRequest(request)
        let policy = configuration.retryPolicy
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 1
        while true {
            try Task.checkCancellation()
            let failure: ClientError
            let retryable: Bool
            var retryAfter: Duration?
            do {
                let result = try await send(http)
                if (200..<300).contains(result.status) { return result.response }
                let apiError = APIError(operationID: request.operationID, status: result.status,
                                        headers: result.headers, body: Self.redacting(try await result.errorBody(), configuration))
                failure = .api(apiError)
                retryable = RetryPolicy.idempotentMethods.contains(http.method) && policy.retryableStatuses.contains(apiError.status)
                retryAfter = apiError.headers["retry-after"].flatMap { RetryPolicy.retryAfter($0) }
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                failure = .transport(operationID: request.operationID, reason: Self.redacting(String(describing: error), configuration))
                retryable = Self.mayRetry(http.method, after: error)
            }
            guard retryable, attempt < policy.maximumAttempts,
                  let wait = Self.wait(after: attempt, retryAfter: retryAfter, policy: policy, elapsed: clock.now - start)
            else { throw failure }
            try await Task.sleep(for: wait)
            attempt += 1
        }
    }

    /// A failed transport call may be retried for an idempotent method, or for any method when
    /// the connection was never made.
    static func mayRetry(_ method: String, after error: any Error) -> Bool {
        if case TransportError.cannotConnect = error { return true }
        return RetryPolicy.idempotentMethods.contains(method)
    }

    /// How long to wait before the next attempt; `nil` when that would pass the total time allowed.
    static func wait(after attempt: Int, retryAfter: Duration?, policy: RetryPolicy, elapsed: Duration) -> Duration? {
        let wait = retryAfter.map { min($0, policy.maximumRetryAfter) } ?? policy.backoff(after: attempt)
        return elapsed + wait <= policy.maximumTotalTime ? wait : nil
    }

    /// The full request: server URL, encoded path and query, headers, credentials.
    public func makeHTTPRequest(_ request: ClientRequest) throws(ClientError) -> HTTPRequest {
        if let violation = request.checks.violation {
            throw .invalidRequest(operationID: request.operationID, reason: Self.redacting(violation, configuration))
        }
        guard let serverURL else {
            throw .invalidRequest(operationID: request.operationID, reason: "no server URL: the spec lists none and the configuration sets none")
        }
        var query = request.query
        var headers: [(name: String, value: String)] = [("Accept", request.accept), ("User-Agent", configuration.userAgent)]
        headers += request.headerFields
        if !request.security.isEmpty {
            guard let credentials = credentials(for: request.security) else {
                throw .invalidRequest(operationID: request.operationID, reason: missingCredentials(request.security))
            }
            for credential in credentials {
                switch credential {
                case .header(let name, let value): headers.append((name, value))
                case .query(let name, let value): query.append(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value))
                }
            }
        }
        for (name, value) in configuration.additionalHeaders.sorted(by: { $0.key < $1.key }) {
            guard !value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
                throw .invalidRequest(operationID: request.operationID, reason: "the value of header '\(name)' contains CR or LF")
            }
            headers.append((name, value))
        }
        var text = serverURL + request.path.encoded
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        guard let url = URL(string: text) else {
            throw .invalidRequest(operationID: request.operationID, reason: "'\(Self.redacting(text, configuration))' is not a valid URL")
        }
        if url.scheme?.lowercased() != "https", !configuration.allowsInsecureHTTP, !Self.isLoopback(url.host) {
            throw .invalidRequest(operationID: request.operationID, reason: "refusing to send credentials to \(url.scheme ?? "?")://\(url.host ?? "") "
                + "without TLS; use https, or set ClientConfiguration.allowsInsecureHTTP")
        }
        return HTTPRequest(method: request.method, url: url, headerFields: headers, body: request.body)
    }

    /// `localhost`, `127.0.0.0/8` and `::1`: where plain http never leaves the machine.
    static func isLoopback(_ host: String?) -> Bool {
        guard var host = host?.lowercased() else { return false }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".")
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private enum Credential {
        case header(String, String)
        case query(String, String)
    }

    /// The first alternative the configuration has every credential for.
    private func credentials(for alternatives: [[ClientRequest.Security]]) -> [Credential]? {
        for alternative in alternatives {
            var credentials: [Credential] = []
            for scheme in alternative {
                switch scheme {
                case .apiKeyHeader(let name):
                    guard let key = configuration.apiKey, !key.isEmpty, Self.isSafeHeaderValue(key) else { break }
                    credentials.append(.header(name, key))
                case .apiKeyQuery(let name):
                    guard let key = configuration.apiKey, !key.isEmpty else { break }
                    credentials.append(.query(name, key))
                case .bearer:
                    guard let token = configuration.bearerToken, !token.isEmpty, Self.isSafeHeaderValue(token) else { break }
                    credentials.append(.header("Authorization", "Bearer " + token))
                case .basic:
                    // A colon in the user name would be read as the end of it (RFC 7617).
                    guard let basic = configuration.basicCredentials, !basic.username.contains(":"),
                          Self.isSafeHeaderValue(basic.username + basic.password) else { break }
                    credentials.append(.header("Authorization", basic.headerValue))
                }
            }
            if credentials.count == alternative.count { return credentials }
        }
        return nil
    }

    private func missingCredentials(_ alternatives: [[ClientRequest.Security]]) -> String {
        let needs = alternatives.flatMap { $0 }.map { scheme in
            switch scheme {
            case .apiKeyHeader(let name), .apiKeyQuery(let name): "an API key (\(name))"
            case .bearer: "a bearer token"
            case .basic: "basic credentials (a user name without ':')"
            }
        }
        return "no credentials: the operation needs \(Set(needs).sorted().joined(separator: " or ")); set them in ClientConfiguration"
            + " (an API key or token must not contain CR or LF)"
    }

    private static func isSafeHeaderValue(_ value: String) -> Bool {
        !value.contains { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
    }

    /// Removes credentials from text that may have echoed the request.
    static func redacting(_ text: String, _ configuration: ClientConfiguration) -> String {
        Redaction.text(text, configuration.secrets)
    }

    /// Removes credentials from a response body that echoed them, before it goes into an error.
    static func redacting(_ body: Data, _ configuration: ClientConfiguration) -> Data {
        Redaction.data(body, configuration.secrets)
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

/// Credentials replaced by `<redacted>` wherever text or a body may have echoed them.
enum Redaction {
    static func text(_ text: String, _ secrets: [String]) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "<redacted>") }
    }

    static func data(_ body: Data, _ secrets: [String]) -> Data {
        var body = body
        for secret in secrets {
            while let range = body.range(of: Data(secret.utf8)) {
                body.replaceSubrange(range, with: Data("<redacted>".utf8))
            }
        }
        return body
    }
}
