#if OpenAPIRuntime
import Foundation
import HTTPTypes
import OpenAPIClientRuntime
import OpenAPIRuntime

/// Between the two runtimes' shapes of a request and a body.
enum BodyBridge {
    /// The request relative to its base URL, as swift-openapi-runtime hands requests on: no scheme
    /// or authority, the path (with the query) from the root; and the base URL, `scheme://authority`.
    static func split(_ request: HTTPRequest) throws -> (HTTPRequest, URL) {
        guard let scheme = request.scheme, let authority = request.authority,
              let baseURL = URL(string: scheme + "://" + authority)
        else { throw TransportError.other("the request has no valid URL") }
        var relative = request
        relative.scheme = nil
        relative.authority = nil
        return (relative, baseURL)
    }

    /// The request to send, from one relative to `baseURL` (which may carry a path of its own).
    static func join(_ request: HTTPRequest, _ baseURL: URL) throws -> HTTPRequest {
        guard let components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false),
              let scheme = components.scheme, let host = components.percentEncodedHost
        else { throw TransportError.other("'\(baseURL)' is not a valid base URL") }
        var joined = request
        joined.scheme = scheme
        joined.authority = components.port.map { "\(host):\($0)" } ?? host
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        joined.path = prefix + (request.path ?? "/")
        return joined
    }

    /// swift-openapi-runtime's body as ours: each chunk read when it is asked for, nothing read ahead.
    static func ours(_ body: OpenAPIRuntime.HTTPBody?) -> OpenAPIClientRuntime.HTTPBody {
        guard let body else { return OpenAPIClientRuntime.HTTPBody() }
        let chunks = Chunks(body.makeAsyncIterator())
        return OpenAPIClientRuntime.HTTPBody(stream: AsyncThrowingStream { try await chunks.next() })
    }

    /// The body's iterator, advanced by one reader at a time (the stream's consumer).
    private final class Chunks: @unchecked Sendable {
        private var iterator: OpenAPIRuntime.HTTPBody.AsyncIterator

        init(_ iterator: OpenAPIRuntime.HTTPBody.AsyncIterator) {
            self.iterator = iterator
        }

        func next() async throws -> Data? {
            try await iterator.next().map { Data($0) }
        }
    }

    /// Our body as swift-openapi-runtime's: a buffered one as its bytes, a streamed one chunk by chunk.
    static func theirs(_ body: OpenAPIClientRuntime.HTTPBody) -> OpenAPIRuntime.HTTPBody {
        if let data = body.bufferedData { return OpenAPIRuntime.HTTPBody(data) }
        return OpenAPIRuntime.HTTPBody(body.chunks.map { ArraySlice($0) }, length: .unknown, iterationBehavior: .single)
    }
}
#endif
