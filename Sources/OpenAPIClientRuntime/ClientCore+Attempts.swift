import Foundation
import HTTPTypes

extension ClientCore {
    /// Sends the request, retrying as the configuration's ``RetryPolicy`` allows, and returns a 2xx
    /// response with its whole body. Throws ``ClientError``, or `CancellationError` when the calling task is cancelled.
    func perform(_ request: ClientRequest) async throws -> (HTTPResponse, Data) {
        let (response, body) = try await retrying(request, streaming: false)
        let data: Data
        if let buffered = body.bufferedData { data = buffered } else { data = try await body.collect() }
        return (response, data)
    }

    /// As ``perform(_:)``, returning once the head of a 2xx response has arrived.
    func performStreaming(_ request: ClientRequest) async throws -> (HTTPResponse, HTTPBody) {
        try await retrying(request, streaming: true)
    }

    typealias Next = @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)

    /// The transport call of one attempt, after the middlewares, authentication and logging: bounded by the
    /// configuration's timeout, by the transport itself when it says it enforces it (no task, no closure), else
    /// by ``Deadline``. Streams always go through ``Deadline``, which covers them up to the response head.
    func transportCall(_ http: HTTPRequest, body: Data?, operationID: String, streaming: Bool) async throws -> (HTTPResponse, HTTPBody) {
        let shared = shared
        let timeout = shared.configuration.timeout
        if streaming {
            return try await Deadline.run(timeout: timeout) {
                if let aware = shared.operationAware {
                    return try await aware.stream(http, body: body, timeout: timeout, operationID: operationID)
                }
                return try await shared.transport.stream(http, body: body, timeout: timeout)
            }
        }
        @Sendable func send() async throws -> (HTTPResponse, Data) {
            if let aware = shared.operationAware {
                return try await aware.send(http, body: body, timeout: timeout, operationID: operationID)
            }
            return try await shared.transport.send(http, body: body, timeout: timeout)
        }
        let (response, data) = shared.enforcesTimeoutAndCancellation ? try await send() : try await Deadline.run(timeout: timeout, send)
        return (response, HTTPBody(data))
    }

    private func retrying(_ request: ClientRequest, streaming: Bool) async throws -> (HTTPResponse, HTTPBody) {
        var http = try buildRequest(request)
        let configuration = shared.configuration
        // Without middlewares nothing sees the request between attempts, and the credentials are the same
        // for each: they are added once, in place (no copy of the fields), and no chain of closures is built.
        let direct = configuration.middlewares.isEmpty
        if direct {
            try Task.checkCancellation()
            try authenticate(&http, security: request.security, operationID: request.operationID)
        }
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
                let context = MiddlewareContext(operationID: request.operationID, attempt: attempt)
                let (response, body) = direct
                    ? try await logged(http, body: request.body, context: context, security: request.security, streaming: streaming)
                    : try await chain(context, security: request.security, streaming: streaming)(http, request.body)
                if (200..<300).contains(response.status.code) { return (response, body) }
                let errorBody = Redaction.data(try await body.collect(upTo: 1 << 20), secrets)
                let details = configuration.errorDetails?(errorBody)
                let apiError = APIError(operationID: request.operationID, status: response.status.code, headers: response.headerFields,
                                        body: errorBody, requestID: requestID(of: response), code: details?.code, message: details?.message)
                failure = .api(apiError)
                retryable = RetryPolicy.idempotentMethods.contains(http.method.rawValue) && policy.retryableStatuses.contains(apiError.status)
                retryAfter = response.headerFields[.retryAfter].flatMap { RetryPolicy.retryAfter($0) }
            } catch is CancellationError {
                throw CancellationError()
            } catch let error as ClientError {
                throw error
            } catch {
                failure = .transport(operationID: request.operationID, reason: Self.redacting(String(describing: error), configuration))
                retryable = Self.mayRetry(http.method.rawValue, after: error)
            }
            guard retryable, attempt < policy.maximumAttempts,
                  let wait = Self.wait(after: attempt, retryAfter: retryAfter, policy: policy, elapsed: clock.now - start)
            else { throw failure }
            try await Task.sleep(for: wait)
            attempt += 1
        }
    }

    /// One attempt with middlewares: the middlewares (first outermost), then authentication, logging and the transport.
    private func chain(_ context: MiddlewareContext, security: [[ClientRequest.Security]], streaming: Bool) -> Next {
        let core = self  // one reference (`shared`), not a copy of the configuration
        var next: Next = { http, body in
            let http = try core.authenticate(http, security: security, operationID: context.operationID)
            return try await core.logged(http, body: body, context: context, security: security, streaming: streaming)
        }
        for middleware in shared.configuration.middlewares.reversed() {
            let inner = next
            next = { http, body in try await middleware.intercept(http, body: body, context: context, next: inner) }
        }
        return next
    }

    /// The server's request ID for a response, from the configured header.
    func requestID(of response: HTTPResponse) -> String? {
        HTTPField.Name(configuration.requestIDHeaderName).flatMap { response.headerFields[$0] }
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
}
