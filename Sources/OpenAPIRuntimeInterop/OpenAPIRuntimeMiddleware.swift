#if OpenAPIRuntime
import Foundation
import HTTPTypes
import OpenAPIClientRuntime
import OpenAPIRuntime

/// A swift-openapi-runtime `ClientMiddleware` (authentication, tracing, logging written for
/// swift-openapi-generator's clients) as this runtime's ``OpenAPIClientRuntime/ClientMiddleware``:
///
/// ```swift
/// let configuration = ClientConfiguration(middlewares: [OpenAPIRuntimeMiddleware(TracingMiddleware())])
/// ```
///
/// It runs where the runtime's own middlewares run (each attempt, before credentials are added; see
/// ``OpenAPIClientRuntime/ClientMiddleware``) and sees what swift-openapi-runtime's clients show it:
/// the request relative to the base URL (`scheme://authority` of the server), the spec's `operationId`
/// and the body. A base URL it passes on changed sends the request there; a body it replaces is sent
/// instead; response bodies stay streamed when the transport streams them.
public struct OpenAPIRuntimeMiddleware<Wrapped: OpenAPIRuntime.ClientMiddleware>: OpenAPIClientRuntime.ClientMiddleware {
    /// The swift-openapi-runtime middleware that sees the requests.
    public let wrapped: Wrapped

    /// `middleware` as an ``OpenAPIClientRuntime/ClientMiddleware``.
    public init(_ middleware: Wrapped) {
        wrapped = middleware
    }

    public func intercept(
        _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, OpenAPIClientRuntime.HTTPBody)
    ) async throws -> (HTTPResponse, OpenAPIClientRuntime.HTTPBody) {
        let (relative, baseURL) = try BodyBridge.split(request)
        let (response, responseBody) = try await wrapped.intercept(
            relative, body: body.map { OpenAPIRuntime.HTTPBody($0) }, baseURL: baseURL, operationID: context.operationID
        ) { request, body, baseURL in
            var data: Data?
            if let body { data = try await Data(collecting: body, upTo: .max) }
            let (response, responseBody) = try await next(try BodyBridge.join(request, baseURL), data)
            return (response, BodyBridge.theirs(responseBody))
        }
        return (response, BodyBridge.ours(responseBody))
    }
}
#endif
