import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A response whose body arrives in chunks, as it is read: for `text/event-stream` and
/// `application/x-ndjson` responses that may last minutes.
public struct HTTPStreamingResponse: Sendable {
    public var statusCode: Int
    /// Header names lowercased.
    public var headerFields: [String: String]
    /// The body's bytes in the chunks they arrive in. Ending iteration early (or cancelling the
    /// consuming task) cancels the request.
    public var body: AsyncThrowingStream<Data, any Error>

    public init(statusCode: Int, headerFields: [String: String] = [:], body: AsyncThrowingStream<Data, any Error>) {
        self.statusCode = statusCode
        self.headerFields = headerFields.reduce(into: [:]) { $0[$1.key.lowercased()] = $1.value }
        self.body = body
    }

    /// Reads the whole body (for error responses, which are short).
    func collectBody(limit: Int = 1 << 20) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            data.append(chunk.prefix(limit - data.count))
            if data.count >= limit { break }
        }
        return data
    }
}

extension HTTPTransport {
    /// For transports that only implement ``send(_:timeout:)``: the whole body, as one chunk once it
    /// has arrived. Streams still work, just not incrementally.
    public func stream(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPStreamingResponse {
        let response = try await send(request, timeout: timeout)
        let (body, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        if !response.body.isEmpty { continuation.yield(response.body) }
        continuation.finish()
        return HTTPStreamingResponse(statusCode: response.statusCode, headerFields: response.headerFields, body: body)
    }
}

extension URLSessionTransport {
    /// Streams the body as URLSession delivers it, through a data delegate (swift-corelibs-foundation
    /// has no `URLSession.bytes(for:)`). `timeout` bounds the wait for each chunk, not the whole stream.
    public func stream(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPStreamingResponse {
        let delegate = StreamingDelegate()
        let configuration = session.configuration
        configuration.timeoutIntervalForRequest = Self.seconds(timeout)
        // A session of its own, so that the delegate sees only this task; invalidated when the task ends.
        let streamingSession = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        let task = streamingSession.dataTask(with: Self.urlRequest(for: request, timeout: timeout))
        // Cancelled later, never from inside a cancellation or termination handler (see `TaskBox`).
        delegate.body.onTermination = { _ in TaskBox.cancelLater(task) }
        return try await withTaskCancellationHandler {
            task.resume()
            streamingSession.finishTasksAndInvalidate()
            return try await delegate.head()
        } onCancel: {
            TaskBox.cancelLater(task)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func urlRequest(for request: HTTPRequest, timeout: Duration) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = seconds(timeout)
        // One assignment rather than `addValue` per field, which costs several times more per request.
        // Repeated names (in any case) are joined with commas, as `addValue` would.
        var fields: [String: String] = [:]
        var spellings: [String: String] = [:]
        for field in request.headerFields {
            let key = field.name.lowercased()
            if let name = spellings[key] {
                fields[name, default: ""] += "," + field.value
            } else {
                spellings[key] = field.name
                fields[field.name] = field.value
            }
        }
        urlRequest.allHTTPHeaderFields = fields
        urlRequest.httpBody = request.body
        return urlRequest
    }

    static func transportError(_ error: any Error) -> any Error {
        if error is CancellationError || error is TransportError { return error }
        guard let error = error as? URLError else { return TransportError.other(String(describing: error)) }
        switch error.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return TransportError.cannotConnect(error.localizedDescription)
        case .timedOut:
            return TransportError.timedOut
        case .cancelled:
            return CancellationError()
        default:
            return TransportError.other(error.localizedDescription)
        }
    }

    static func headers(of response: HTTPURLResponse) -> [String: String] {
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return headers
    }
}

/// Hands URLSession's callbacks to async code: the response head to one waiter, the data to a stream.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let stream: AsyncThrowingStream<Data, any Error>
    let body: AsyncThrowingStream<Data, any Error>.Continuation
    private let lock = NSLock()
    private var waiter: CheckedContinuation<HTTPStreamingResponse, any Error>?
    private var outcome: Result<HTTPStreamingResponse, any Error>?

    override init() {
        (stream, body) = AsyncThrowingStream<Data, any Error>.makeStream()
    }

    func head() async throws -> HTTPStreamingResponse {
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

    private func settle(_ result: Result<HTTPStreamingResponse, any Error>) {
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
            settle(.success(HTTPStreamingResponse(
                statusCode: http.statusCode, headerFields: URLSessionTransport.headers(of: http), body: stream)))
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
