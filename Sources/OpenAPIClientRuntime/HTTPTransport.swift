import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the transport sees it: everything resolved, nothing left to encode.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// In the order they are sent; names as written.
    public var headerFields: [(name: String, value: String)]
    public var body: Data?

    public init(method: String, url: URL, headerFields: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headerFields = headerFields
        self.body = body
    }
}

public struct HTTPResponse: Sendable {
    public var statusCode: Int
    /// Header names lowercased.
    public var headerFields: [String: String]
    public var body: Data

    public init(statusCode: Int, headerFields: [String: String] = [:], body: Data = Data()) {
        self.statusCode = statusCode
        self.headerFields = headerFields.reduce(into: [:]) { $0[$1.key.lowercased()] = $1.value }
        self.body = body
    }
}

/// Sends one request and returns the response, whatever its status. Plug in your own
/// (AsyncHTTPClient, a test double) without touching generated code.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse
    /// Sends the request and returns as soon as the response head has arrived, with the body to read
    /// as it comes (server-sent events, JSON lines). A default implementation wraps ``send(_:timeout:)``.
    func stream(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPStreamingResponse
    /// Whether ``send(_:timeout:)`` itself ends within `timeout` and returns promptly with
    /// `CancellationError` when the calling task is cancelled. When `false` (the default), the client
    /// races each call against a timer and the caller's cancellation, at the cost of two extra tasks.
    var enforcesTimeoutAndCancellation: Bool { get }
}

extension HTTPTransport {
    public var enforcesTimeoutAndCancellation: Bool { false }
}

/// Failures a transport reports; anything else it throws counts as ``other``.
public enum TransportError: Error, Sendable, CustomStringConvertible {
    /// No connection could be made (refused, host not found): the request never reached the server,
    /// so even a POST may be sent again.
    case cannotConnect(String)
    /// No complete response within the time allowed.
    case timedOut
    /// Anything else: the request may or may not have reached the server.
    case other(String)

    public var description: String {
        switch self {
        case .cannotConnect(let reason): "could not connect: \(reason)"
        case .timedOut: "timed out"
        case .other(let reason): reason
        }
    }
}

/// The default transport, on `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    public let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    /// Ends within `timeout` (the whole request, not only while idle) and on cancellation.
    public var enforcesTimeoutAndCancellation: Bool { true }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        // The completion-handler API rather than `data(for:)`: on Linux, cancelling a task inside
        // `data(for:)` while its response is being delivered deadlocks (the cancellation handler waits for
        // URLSession's queue, which waits for the task's status lock). Cancelling later, off the
        // cancellation handler, avoids that.
        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: Self.urlRequest(for: request, timeout: timeout)) { data, response, error in
                    box.finish()
                    if box.timedOut {
                        continuation.resume(throwing: TransportError.timedOut)
                    } else if let error {
                        continuation.resume(throwing: Self.transportError(error))
                    } else if let http = response as? HTTPURLResponse {
                        continuation.resume(returning: HTTPResponse(
                            statusCode: http.statusCode, headerFields: Self.headers(of: http), body: data ?? Data()))
                    } else {
                        continuation.resume(throwing: TransportError.other("not an HTTP response"))
                    }
                }
                box.set(task, timeout: timeout)
                task.resume()
            }
        } onCancel: {
            box.cancelLater()
        }
    }
}

/// A URLSession task that a cancellation handler can cancel without calling into URLSession while
/// the Swift task's status lock is held (see ``URLSessionTransport/send(_:timeout:)``), and its deadline.
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

    /// The task completed: its deadline no longer matters.
    func finish() {
        lock.lock()
        let deadline = deadline
        self.deadline = nil
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
