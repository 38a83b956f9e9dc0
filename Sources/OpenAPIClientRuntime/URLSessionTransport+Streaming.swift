import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes

extension URLSessionTransport {
    /// Streams the body as URLSession delivers it, through a data delegate (swift-corelibs-foundation
    /// has no `URLSession.bytes(for:)`). `timeout` bounds the wait for each chunk, not the whole stream.
    public func stream(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPBody) {
        let delegate = StreamingDelegate()
        let configuration = session.configuration
        configuration.timeoutIntervalForRequest = Self.seconds(timeout)
        // A session of its own, so that the delegate sees only this task; invalidated when the task ends.
        let streamingSession = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        let task = streamingSession.dataTask(with: try Self.urlRequest(for: request, body: body, timeout: timeout))
        // Cancelled later, never from inside a cancellation or termination handler (see `TaskBox`).
        delegate.body.onTermination = { _ in TaskBox.cancelLater(task) }
        return try await withTaskCancellationHandler {
            task.resume()
            streamingSession.finishTasksAndInvalidate()
            return (try await delegate.head(), HTTPBody(stream: delegate.stream))
        } onCancel: {
            TaskBox.cancelLater(task)
        }
    }
}

/// Hands URLSession's callbacks to async code: the response head to one waiter, the data to a stream.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let stream: AsyncThrowingStream<Data, any Error>
    let body: AsyncThrowingStream<Data, any Error>.Continuation
    private let lock = NSLock()
    private var waiter: CheckedContinuation<HTTPResponse, any Error>?
    private var outcome: Result<HTTPResponse, any Error>?

    override init() {
        (stream, body) = AsyncThrowingStream<Data, any Error>.makeStream()
    }

    func head() async throws -> HTTPResponse {
        try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            if let outcome {
                lock.unlock()
                continuation.resume(with: outcome)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    private func settle(_ result: Result<HTTPResponse, any Error>) {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        outcome = result
        let waiter = waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(with: result)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if let http = response as? HTTPURLResponse {
            settle(.success(URLSessionTransport.response(of: http)))
            completionHandler(.allow)
        } else {
            settle(.failure(TransportError.other("not an HTTP response")))
            completionHandler(.cancel)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        body.yield(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let mapped = URLSessionTransport.transportError(error)
            settle(.failure(mapped))
            body.finish(throwing: mapped)
        } else {
            settle(.failure(TransportError.other("the connection closed before a response arrived")))
            body.finish()
        }
    }
}
