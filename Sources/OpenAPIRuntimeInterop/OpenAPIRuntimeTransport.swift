#if OpenAPIRuntime
import Foundation
import HTTPTypes
@_spi(Transport) import OpenAPIClientRuntime
import OpenAPIRuntime

/// A swift-openapi-runtime `ClientTransport` (swift-openapi-urlsession's, swift-openapi-async-http-client's,
/// your own) as this runtime's ``OpenAPIClientRuntime/HTTPTransport``:
///
/// ```swift
/// import OpenAPIAsyncHTTPClient
/// let client = Client(configuration: configuration,
///                     transport: OpenAPIRuntimeTransport(OpenAPIAsyncHTTPClient.AsyncHTTPClientTransport()))
/// ```
///
/// The transport gets what swift-openapi-runtime's generated clients give it: the server's
/// `scheme://authority` as the base URL, the request's path (the server URL's own path included) and
/// query, the spec's `operationId`, and the request body. The timeout and cancellation are the
/// client's (``OpenAPIClientRuntime/ClientConfiguration/timeout``; the wrapped transport has no timeout
/// parameter): the call is cancelled when it runs out or the calling task is cancelled. Streamed
/// responses (server-sent events, JSON lines) are read as the wrapped transport delivers them.
public struct OpenAPIRuntimeTransport<Wrapped: OpenAPIRuntime.ClientTransport>: HTTPTransport {
    /// The swift-openapi-runtime transport requests go through.
    public let wrapped: Wrapped

    /// `transport` as an ``OpenAPIClientRuntime/HTTPTransport``.
    public init(_ transport: Wrapped) {
        wrapped = transport
    }

    /// Sends the request and collects the whole response body. The operation ID is empty: the
    /// client itself calls the variant that passes it on.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        try await send(request, body: body, timeout: timeout, operationID: "")
    }

    /// Sends the request; the body is read as it arrives.
    public func stream(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, OpenAPIClientRuntime.HTTPBody) {
        try await stream(request, body: body, timeout: timeout, operationID: "")
    }

    @_spi(Transport)
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration, operationID: String) async throws -> (HTTPResponse, Data) {
        let (response, responseBody) = try await exchange(request, body: body, operationID: operationID)
        guard let responseBody else { return (response, Data()) }
        return (response, try await Data(collecting: responseBody, upTo: .max))
    }

    @_spi(Transport)
    public func stream(
        _ request: HTTPRequest, body: Data?, timeout: Duration, operationID: String
    ) async throws -> (HTTPResponse, OpenAPIClientRuntime.HTTPBody) {
        let (response, responseBody) = try await exchange(request, body: body, operationID: operationID)
        return (response, BodyBridge.ours(responseBody))
    }

    private func exchange(_ request: HTTPRequest, body: Data?, operationID: String) async throws -> (HTTPResponse, OpenAPIRuntime.HTTPBody?) {
        let (relative, baseURL) = try BodyBridge.split(request)
        return try await wrapped.send(relative, body: body.map { OpenAPIRuntime.HTTPBody($0) }, baseURL: baseURL, operationID: operationID)
    }
}
// The client passes each request's operation ID through this SPI conformance, out of users' completions.
@_spi(Transport)
extension OpenAPIRuntimeTransport: OperationAwareTransport {}
#endif
