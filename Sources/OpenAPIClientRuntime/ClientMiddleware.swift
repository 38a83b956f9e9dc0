import Foundation
import HTTPTypes

/// Sees every attempt of every request on its way to the transport, and its response on the way back:
/// change headers, supply a fresh token, time or trace requests.
///
/// Middlewares are set in ``ClientConfiguration/middlewares``; the first is the outermost. For each
/// call, the client builds the request once, then for **each attempt** (retries included) runs:
///
/// 1. the middlewares, in order — they see the request *before* credentials are added, so they never
///    see the API key, and may set `Authorization` themselves (the client then leaves it alone);
/// 2. authentication: the configuration's API key or bearer token, unless the request already has the field;
/// 3. logging (debug and trace, credentials redacted);
/// 4. the transport, bounded by ``ClientConfiguration/timeout``.
///
/// So retries see the responses the middlewares return, a refreshed token is used by the next
/// retry, and a middleware's own work (fetching a token) does not count against the request timeout.
/// Cancelling the calling task cancels the middlewares too.
///
/// Add a header:
/// ```swift
/// struct TenantHeader: ClientMiddleware {
///     func intercept(_ request: HTTPRequest, body: Data?, context: MiddlewareContext,
///                    next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)) async throws -> (HTTPResponse, HTTPBody) {
///         var request = request
///         request.headerFields[HTTPField.Name("X-Tenant")!] = "acme"
///         return try await next(request, body)
///     }
/// }
/// ```
///
/// Refresh a bearer token (once, on 401):
/// ```swift
/// struct RefreshingToken: ClientMiddleware {
///     let tokens: TokenStore  // an actor: current() and refresh() async throws -> String
///     func intercept(_ request: HTTPRequest, body: Data?, context: MiddlewareContext,
///                    next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)) async throws -> (HTTPResponse, HTTPBody) {
///         var request = request
///         request.headerFields[.authorization] = "Bearer \(try await tokens.current())"
///         let (response, responseBody) = try await next(request, body)
///         guard response.status == .unauthorized else { return (response, responseBody) }
///         request.headerFields[.authorization] = "Bearer \(try await tokens.refresh())"
///         return try await next(request, body)
///     }
/// }
/// ```
///
/// Time requests:
/// ```swift
/// struct Timing: ClientMiddleware {
///     let record: @Sendable (String, Int, Duration) -> Void
///     func intercept(_ request: HTTPRequest, body: Data?, context: MiddlewareContext,
///                    next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)) async throws -> (HTTPResponse, HTTPBody) {
///         let start = ContinuousClock.now
///         defer { record(context.operationID, context.attempt, ContinuousClock.now - start) }
///         return try await next(request, body)
///     }
/// }
/// ```
public protocol ClientMiddleware: Sendable {
    /// Handles one attempt: call `next` (any number of times, or not at all) and return a response.
    ///
    /// - Parameters:
    ///   - request: The request as built from the operation, without credentials.
    ///   - body: The request body, if any.
    ///   - context: The operation and attempt this is.
    ///   - next: The rest of the chain: later middlewares, authentication, logging, the transport.
    func intercept(
        _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
    ) async throws -> (HTTPResponse, HTTPBody)
}

/// What a middleware knows about the call it is part of.
public struct MiddlewareContext: Sendable {
    /// The spec's `operationId` (`describe_backup`).
    public var operationID: String
    /// 1 for the first attempt, 2 for the first retry, and so on.
    public var attempt: Int

    /// A context, for testing middlewares on their own.
    public init(operationID: String, attempt: Int) {
        self.operationID = operationID
        self.attempt = attempt
    }
}
