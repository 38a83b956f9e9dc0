import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Adds `Api-Key` to every request: the peer's generated client does not apply security schemes, so
/// its users write this themselves (PineconeControl does it from the spec's `securitySchemes`).
public struct APIKeyMiddleware: ClientMiddleware {
    public let key: String

    public init(key: String) {
        self.key = key
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[HTTPField.Name("Api-Key")!] = key
        return try await next(request, body, baseURL)
    }
}
