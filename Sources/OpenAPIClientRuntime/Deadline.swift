import Foundation

/// Runs one transport call with a deadline, and returns as soon as the caller's task is cancelled,
/// even if the transport itself is slow to notice: the transport's task is cancelled and left behind.
enum Deadline {
    /// Runs `operation` in its own task; throws ``TransportError/timedOut`` after `timeout`, and
    /// `CancellationError` as soon as the caller is cancelled.
    static func run<Value: Sendable>(
        timeout: Duration, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let once = ResumeOnce<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let work = Task {
                    do {
                        once.resume(.success(try await operation()))
                    } catch {
                        once.resume(.failure(error))
                    }
                }
                let timer = Task {
                    try? await Task.sleep(for: timeout)
                    once.resume(.failure(TransportError.timedOut))
                }
                once.start(continuation) {
                    work.cancel()
                    timer.cancel()
                }
            }
        } onCancel: {
            once.resume(.failure(CancellationError()))
        }
    }
}

/// Resumes a continuation with the first result that arrives, from any thread; later ones are dropped.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?
    private var pending: Result<Value, any Error>?
    private var finished = false
    private var cleanup: (@Sendable () -> Void)?

    func start(_ continuation: CheckedContinuation<Value, any Error>, cleanup: @escaping @Sendable () -> Void) {
        lock.lock()
        if let pending {
            lock.unlock()
            cleanup()
            continuation.resume(with: pending)
            return
        }
        self.continuation = continuation
        self.cleanup = cleanup
        lock.unlock()
    }

    func resume(_ result: Result<Value, any Error>) {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return
        }
        finished = true
        guard let continuation else {
            pending = result  // Arrived before the continuation did (cancelled right away).
            lock.unlock()
            return
        }
        self.continuation = nil
        let cleanup = self.cleanup
        lock.unlock()
        cleanup?()
        continuation.resume(with: result)
    }
}
