import Foundation

/// Keeps the successful responses that the operations called inside ``record(_:)`` receive, with
/// their bodies exactly as the server sent them.
///
/// Generated methods return decoded values, which hold only what the spec declares, in Swift's own
/// formatting. A tool that must pass on what the server said — a command line's `--json`, an audit
/// log — records the responses instead of re-encoding the values:
///
/// ```swift
/// let recorder = ResponseRecorder()
/// let backup = try await recorder.record { try await client.describeBackup(backupId: id) }
/// FileHandle.standardOutput.write(recorder.responses.last!.body)
/// ```
///
/// Every 2xx response of a request-response operation is recorded, in order, including the pages a
/// ``PageSequence`` fetches and the polls of a wait; what was recorded before a later call failed
/// stays available. Streamed bodies (server-sent events, JSON lines) are not recorded.
public final class ResponseRecorder: @unchecked Sendable {
    /// One recorded response.
    public struct Response: Sendable {
        /// The operation that received it (`describe_backup`).
        public var operationID: String
        public var status: Int
        /// The body as received, byte for byte.
        public var body: Data
    }

    private let lock = NSLock()
    private var recorded: [Response] = []

    public init() {}

    /// The responses recorded so far, oldest first.
    public var responses: [Response] {
        lock.withLock { recorded }
    }

    /// Runs `operation`, recording the responses of the requests it makes (in this task and in the
    /// tasks it creates that inherit task-local values).
    public func record<T>(
        isolation: isolated (any Actor)? = #isolation, _ operation: () async throws -> T
    ) async rethrows -> T {
        try await Self.$current.withValue(self, operation: operation, isolation: isolation)
    }

    @TaskLocal static var current: ResponseRecorder?

    func append(_ response: Response) {
        lock.withLock { recorded.append(response) }
    }
}
