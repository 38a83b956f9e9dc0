import Foundation
import HTTPTypes

/// Sends one request and returns the response, whatever its status. Requests and responses are
/// swift-http-types' `HTTPRequest` and `HTTPResponse`, so repeated header fields are kept.
///
/// Plug in your own (AsyncHTTPClient, a test double) without touching generated code. The request's
/// `scheme`, `authority` and `path` (with the query) say where it goes.
public protocol HTTPTransport: Sendable {
    /// Sends the request and returns the response with its whole body.
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data)

    /// Sends the request and returns as soon as the response head has arrived, with the body to read
    /// as it comes (server-sent events, JSON lines). A default implementation wraps ``send(_:body:timeout:)``.
    func stream(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPBody)

    /// Whether ``send(_:body:timeout:)`` itself ends within `timeout` and returns promptly with
    /// `CancellationError` when the calling task is cancelled. When `false` (the default), the client
    /// races each call against a timer and the caller's cancellation, at the cost of two extra tasks.
    var enforcesTimeoutAndCancellation: Bool { get }
}

extension HTTPTransport {
    /// `false`: the client enforces the timeout and cancellation around the transport.
    public var enforcesTimeoutAndCancellation: Bool { false }

    /// For transports that only implement ``send(_:body:timeout:)``: the whole body, as one chunk once
    /// it has arrived. Streams still work, just not incrementally.
    public func stream(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPBody) {
        let (response, data) = try await send(request, body: body, timeout: timeout)
        return (response, HTTPBody(data))
    }
}

/// A transport that needs the operation each request is for (swift-openapi-runtime's take its
/// `operationId`): the client calls these instead of ``HTTPTransport/send(_:body:timeout:)`` and
/// ``HTTPTransport/stream(_:body:timeout:)``. SPI: other transports never see it.
@_spi(Transport)
public protocol OperationAwareTransport: HTTPTransport {
    /// ``HTTPTransport/send(_:body:timeout:)`` for the operation `operationID`.
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration, operationID: String) async throws -> (HTTPResponse, Data)

    /// ``HTTPTransport/stream(_:body:timeout:)`` for the operation `operationID`.
    func stream(_ request: HTTPRequest, body: Data?, timeout: Duration, operationID: String) async throws -> (HTTPResponse, HTTPBody)
}

// SPI: swift-http-types' own type gains no member users see.
@_spi(Generated)
extension HTTPRequest {
    /// `scheme://authority/path?query`, for transports built on URL-based APIs.
    public var fullURL: URL? {
        guard let scheme, let authority else { return nil }
        return URL(string: scheme + "://" + authority + (path ?? "/"))
    }
}

/// Failures a transport reports; anything else it throws counts as ``other(_:)``.
public enum TransportError: Error, Sendable, CustomStringConvertible {
    /// No connection could be made (refused, host not found): the request never reached the server,
    /// so even a POST may be sent again.
    case cannotConnect(String)
    /// No complete response within the time allowed.
    case timedOut
    /// Anything else: the request may or may not have reached the server.
    case other(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .cannotConnect(let reason): "could not connect: \(reason)"
        case .timedOut: "timed out"
        case .other(let reason): reason
        }
    }
}
