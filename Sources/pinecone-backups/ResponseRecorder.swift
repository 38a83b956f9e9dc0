#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation
import HTTPTypes
import PineconeControl

/// Keeps the body of the last successful response exactly as the server sent it, for `--json`: the
/// decoded values hold only what the spec declares, in Swift's formatting. A middleware, so the client's
/// send path knows nothing of it; the API key, should a body echo it, is the only thing not kept as sent.
final class ResponseRecorder: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var body = Data()
    private let secret: Data

    init(redacting apiKey: String) {
        secret = Data(apiKey.utf8)
    }

    /// The body of the last 2xx response (empty before any).
    var lastBody: Data { lock.withLock { body } }

    func intercept(
        _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
    ) async throws -> (HTTPResponse, HTTPBody) {
        let (response, responseBody) = try await next(request, body)
        guard (200..<300).contains(response.status.code) else { return (response, responseBody) }
        let data = try await responseBody.collect()
        var kept = data
        while !secret.isEmpty, let range = kept.range(of: secret) { kept.replaceSubrange(range, with: Data("<redacted>".utf8)) }
        lock.withLock { self.body = kept }
        return (response, HTTPBody(data))
    }
}
#endif
