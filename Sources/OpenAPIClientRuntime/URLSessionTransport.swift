import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes

/// The default transport, on `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    /// The session requests are sent with.
    public let session: URLSession

    /// The session used when none is passed: an API client's settings rather than a browser's. No
    /// response cache (a status polled again must come from the server), no cookies and no credential
    /// storage; credentials come from the client's configuration. On Linux this also spares every request
    /// a look into `URLCache.shared`'s folder on disk: on `URLSession.shared`, 1,000 sequential
    /// `describe_backup` calls took about 1.5 times as long. Process-wide, like `URLSession.shared`; pass
    /// `.shared` or a session of your own to `init(session:)` to change that.
    public static let sharedSession: URLSession = {
        let configuration = URLSessionConfiguration.default
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.urlCredentialStorage = nil
        return URLSession(configuration: configuration)
    }()

    /// A transport on `session` (``sharedSession`` by default).
    public init(session: URLSession = URLSessionTransport.sharedSession) {
        self.session = session
    }

    /// Ends within `timeout` (the whole request, not only while idle) and on cancellation.
    public var enforcesTimeoutAndCancellation: Bool { true }

    /// Sends the request with a data task and returns the whole response.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        let urlRequest = try Self.urlRequest(for: request, body: body, timeout: timeout)
        // The completion-handler API rather than `data(for:)`: on Linux, cancelling a task inside
        // `data(for:)` while its response is being delivered deadlocks (the cancellation handler waits for
        // URLSession's queue, which waits for the task's status lock). Cancelling later, off the
        // cancellation handler, avoids that.
        let box = TaskBox()
        let session = sendingSession(for: request.method)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(HTTPResponse, Data), any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    box.finish()
                    if box.timedOut {
                        continuation.resume(throwing: TransportError.timedOut)
                    } else if let error {
                        continuation.resume(throwing: Self.transportError(error))
                    } else if let http = response as? HTTPURLResponse {
                        continuation.resume(returning: (Self.response(of: http), data ?? Data()))
                    } else {
                        continuation.resume(throwing: TransportError.other("not an HTTP response"))
                    }
                }
                box.set(task, timeout: timeout)
                task.resume()
                if session !== self.session { session.finishTasksAndInvalidate() }
            }
        } onCancel: {
            box.cancelLater()
        }
    }

    /// The session for a request: ``session`` for idempotent methods, and for any other (POST, PATCH) a
    /// session of its own, invalidated once its one task ends. On Linux, libcurl sends a request again by
    /// itself, a POST too, when a reused keep-alive connection closes before any answer; a session of its
    /// own has no connection to reuse, so the request goes out on a fresh one, once. Only non-idempotent
    /// requests pay for the new connection; GETs keep the shared pool.
    func sendingSession(for method: HTTPRequest.Method) -> URLSession {
        RetryPolicy.idempotentMethods.contains(method.rawValue)
            ? session : URLSession(configuration: session.configuration)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func urlRequest(for request: HTTPRequest, body: Data?, timeout: Duration) throws -> URLRequest {
        guard let url = request.fullURL else { throw TransportError.other("the request has no valid URL") }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = seconds(timeout)
        // One assignment rather than `addValue` per field, which costs several times more per request.
        // Repeated names are joined with commas, as `addValue` would.
        var fields: [String: String] = [:]
        fields.reserveCapacity(request.headerFields.count)
        for field in request.headerFields {
            let name = field.name.rawName
            if let existing = fields[name] {
                fields[name] = existing + "," + field.value
            } else {
                fields[name] = field.value
            }
        }
        urlRequest.allHTTPHeaderFields = fields
        urlRequest.httpBody = body
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

    static func response(of http: HTTPURLResponse) -> HTTPResponse {
        var fields = HTTPFields()
        for (name, value) in http.allHeaderFields {
            if let name = (name as? String).flatMap({ HTTPField.Name($0) }), let value = value as? String {
                fields.append(HTTPField(name: name, value: value))
            }
        }
        return HTTPResponse(status: .init(code: http.statusCode), headerFields: fields)
    }
}

/// A URLSession task that a cancellation handler can cancel without calling into URLSession while
/// the Swift task's status lock is held (see ``URLSessionTransport/send(_:body:timeout:)``), and its deadline.
final class TaskBox: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionTask?
    private var cancelled = false
    /// A timer source rather than `asyncAfter`: cancelling a source unregisters it, whereas a cancelled
    /// work item stays scheduled until its deadline (thousands of them, at a high request rate).
    private var deadline: (any DispatchSourceTimer)?
    private var didTimeOut = false

    var timedOut: Bool {
        lock.lock()
        defer { lock.unlock() }
        return didTimeOut
    }

    func set(_ task: URLSessionTask, timeout: Duration) {
        let deadline = DispatchSource.makeTimerSource(queue: .global())
        deadline.schedule(deadline: .now() + URLSessionTransport.seconds(timeout))
        deadline.setEventHandler { [weak self] in self?.expire() }
        lock.lock()
        self.task = task
        self.deadline = deadline
        let cancelled = cancelled
        lock.unlock()
        if cancelled { Self.cancelLater(task) }
        deadline.resume()
    }

    /// The task completed: its deadline no longer matters, and the box lets go of the task (whose
    /// completion handler holds the box).
    func finish() {
        lock.lock()
        let deadline = deadline
        self.deadline = nil
        task = nil
        lock.unlock()
        deadline?.cancel()
    }

    private func expire() {
        lock.lock()
        didTimeOut = true
        let task = task
        lock.unlock()
        task?.cancel()
    }

    func cancelLater() {
        lock.lock()
        cancelled = true
        let task = task
        lock.unlock()
        if let task { Self.cancelLater(task) }
    }

    static func cancelLater(_ task: URLSessionTask) {
        DispatchQueue.global().async { task.cancel() }
    }
}
