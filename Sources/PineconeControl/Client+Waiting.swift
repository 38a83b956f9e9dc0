import Foundation

/// Why a wait for a backup, a restore job or an index ended without success.
public enum WaitError: Error, Sendable, CustomStringConvertible {
    /// The backup reached `Failed`.
    case backupFailed(BackupModel)
    /// The restore job reached `Failed`.
    case restoreFailed(RestoreJobModel)
    /// The index reached a state it will not become ready from (`InitializationFailed`, `Terminating`).
    case indexFailed(IndexModel)
    /// The deadline passed; what was awaited (`backup`, `restore job`, `index`), its ID or name, and
    /// the last status seen are given.
    case timedOut(what: String, id: String, lastStatus: String, after: Duration)

    public var description: String {
        switch self {
        case .backupFailed(let backup): "backup \(backup.backupId) failed"
        case .restoreFailed(let job): "restore job \(job.restoreJobId) failed"
        case .indexFailed(let index): "index \(index.name) is '\(index.status.state.rawValue)' and will not become ready"
        case .timedOut(let what, let id, let status, let after): "\(what) \(id) was still '\(status)' after \(after)"
        }
    }
}

extension Client {
    /// Polls `describe_backup` until the backup is `Ready`, and returns it.
    ///
    /// Throws ``WaitError/backupFailed(_:)`` as soon as it is `Failed`, ``WaitError/timedOut(what:id:lastStatus:after:)``
    /// after `timeout`, and `CancellationError` when the task is cancelled.
    /// - Parameter progress: Called with every backup description received, the last one included.
    @discardableResult
    public func waitUntilReady(
        backupId: String, timeout: Duration = .seconds(600), pollInterval: Duration = .seconds(5),
        progress: (BackupModel) -> Void = { _ in }
    ) async throws -> BackupModel {
        try await poll(what: "backup", id: backupId, timeout: timeout, pollInterval: pollInterval) {
            let backup = try await describeBackup(backupId: backupId)
            progress(backup)
            switch backup.status.lowercased() {
            case "ready": return .done(backup)
            case "failed": throw WaitError.backupFailed(backup)
            default: return .pending(backup.status)
            }
        }
    }

    /// Polls `describe_restore_job` until the job is `Completed`, and returns it.
    ///
    /// Throws ``WaitError/restoreFailed(_:)`` as soon as it is `Failed`, ``WaitError/timedOut(what:id:lastStatus:after:)``
    /// after `timeout`, and `CancellationError` when the task is cancelled.
    /// - Parameter progress: Called with every description of the job received (status and
    ///   `percentComplete`), the last one included.
    @discardableResult
    public func waitUntilCompleted(
        restoreJobId: String, timeout: Duration = .seconds(1800), pollInterval: Duration = .seconds(5),
        progress: (RestoreJobModel) -> Void = { _ in }
    ) async throws -> RestoreJobModel {
        try await poll(what: "restore job", id: restoreJobId, timeout: timeout, pollInterval: pollInterval) {
            let job = try await describeRestoreJob(jobId: restoreJobId)
            progress(job)
            switch job.status.lowercased() {
            case "completed": return .done(job)
            case "failed": throw WaitError.restoreFailed(job)
            default: return .pending(job.status)
            }
        }
    }

    enum PollResult<Value> {
        case done(Value)
        case pending(String)
    }

    /// Calls `check` every `pollInterval` until it is done, throwing ``WaitError/timedOut(what:id:lastStatus:after:)``
    /// once another poll would pass `timeout`.
    func poll<Value>(
        what: String, id: String, timeout: Duration, pollInterval: Duration, check: () async throws -> PollResult<Value>
    ) async throws -> Value {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            switch try await check() {
            case .done(let value):
                return value
            case .pending(let status):
                guard clock.now + pollInterval <= deadline else {
                    throw WaitError.timedOut(what: what, id: id, lastStatus: status, after: timeout)
                }
                try await Task.sleep(for: pollInterval)
            }
        }
    }
}
