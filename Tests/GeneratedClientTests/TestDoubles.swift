import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime

/// A request a test transport received, with its body: method, URL and fields read the way tests
/// compare them.
struct SentRequest: Sendable {
    var request: HTTPRequest
    var body: Data?

    var method: String { request.method.rawValue }
    var url: URL { request.fullURL! }
    /// In the order sent, names as written.
    var headerFields: [(name: String, value: String)] { request.headerFields.map { ($0.name.rawName, $0.value) } }
}

extension HTTPRequest {
    /// The values of every field named `name` (any case), in order.
    func values(_ name: String) -> [String] {
        HTTPField.Name(name).map { headerFields[values: $0] } ?? []
    }
}

extension HTTPResponse {
    /// A response with `status` and the given fields.
    init(status: Int, headers: [String: String] = [:]) {
        var fields = HTTPFields()
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            fields.append(HTTPField(name: HTTPField.Name(name)!, value: value))
        }
        self.init(status: .init(code: status), headerFields: fields)
    }
}

/// A middleware from a closure, for tests that need a one-off.
struct Intercepting: ClientMiddleware {
    typealias Next = @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
    let handle: @Sendable (HTTPRequest, Data?, MiddlewareContext, Next) async throws -> (HTTPResponse, HTTPBody)

    func intercept(_ request: HTTPRequest, body: Data?, context: MiddlewareContext, next: Next) async throws -> (HTTPResponse, HTTPBody) {
        try await handle(request, body, context, next)
    }
}
