import Foundation

extension Client {
    /// Polls `describe_index` until the index is ready, and returns it: its ``IndexModel/host`` is where
    /// the data plane's requests for it go.
    ///
    /// Ready means `status.ready` and the state `Ready`. Throws ``WaitError/indexFailed(_:)`` as soon as the
    /// index is `InitializationFailed` or `Terminating` (it will not become ready), the `describe_index`
    /// error when there is no such index, ``WaitError/timedOut(what:id:lastStatus:after:)`` after `timeout`,
    /// and `CancellationError` when the task is cancelled.
    /// - Parameter progress: Called with every description of the index received, the last one included.
    @discardableResult
    public func waitUntilReady(
        indexName: String, timeout: Duration = .seconds(600), pollInterval: Duration = .seconds(5),
        progress: (IndexModel) -> Void = { _ in }
    ) async throws -> IndexModel {
        try await poll(what: "index", id: indexName, timeout: timeout, pollInterval: pollInterval) {
            let index = try await describeIndex(indexName: indexName)
            progress(index)
            switch index.status.state {
            case .ready where index.status.ready: return .done(index)
            case .initializationFailed, .terminating: throw WaitError.indexFailed(index)
            default: return .pending(index.status.state.rawValue)
            }
        }
    }

    /// Polls `describe_index` until Pinecone no longer knows the index (`404`), as it does a while after
    /// `delete_index` was accepted.
    ///
    /// Throws ``WaitError/timedOut(what:id:lastStatus:after:)`` after `timeout` and `CancellationError` when
    /// the task is cancelled; any other error of `describe_index` is thrown as it is.
    /// - Parameter progress: Called with every description of the index received while it still exists.
    public func waitUntilDeleted(
        indexName: String, timeout: Duration = .seconds(600), pollInterval: Duration = .seconds(5),
        progress: (IndexModel) -> Void = { _ in }
    ) async throws {
        try await poll(what: "index", id: indexName, timeout: timeout, pollInterval: pollInterval) { () -> PollResult<Void> in
            do {
                let index = try await describeIndex(indexName: indexName)
                progress(index)
                return .pending(index.status.state.rawValue)
            } catch let error as ClientError where error.isNotFound {
                return .done(())
            }
        }
    }

    /// Creates an index from a backup, as Pinecone's SDKs do: starts the restore and, unless `wait` is
    /// `false`, waits for the restore job to complete and then for the new index to be ready.
    ///
    /// - Parameters:
    ///   - backupId: The backup to restore.
    ///   - body: The new index's name, deletion protection and tags.
    ///   - wait: Whether to wait for the job and the index; when `false`, only the restore is started.
    ///   - timeout: How long the two waits may take together.
    ///   - pollInterval: How often the job and then the index are described.
    ///   - progress: Called with every description of the job, then of the index, received.
    /// - Returns: The restore job's ID and the new index's ID, with the completed job and the ready index
    ///   when it waited.
    /// - Throws: The errors of `create_index_from_backup_operation`, ``waitUntilCompleted(restoreJobId:timeout:pollInterval:progress:)``
    ///   and ``waitUntilReady(indexName:timeout:pollInterval:progress:)``.
    @discardableResult
    public func createIndexFromBackup(
        backupId: String, body: CreateIndexFromBackupRequest, wait: Bool = true, timeout: Duration = .seconds(1800),
        pollInterval: Duration = .seconds(5), progress: (RestoreProgress) -> Void = { _ in }
    ) async throws -> RestoredIndex {
        let started = try await createIndexFromBackupOperation(backupId: backupId, body: body)
        var restored = RestoredIndex(restoreJobId: started.restoreJobId, indexId: started.indexId, indexName: body.name)
        guard wait else { return restored }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        restored.job = try await waitUntilCompleted(
            restoreJobId: started.restoreJobId, timeout: timeout, pollInterval: pollInterval, progress: { progress(.restoring($0)) })
        restored.index = try await waitUntilReady(
            indexName: body.name, timeout: max(deadline - clock.now, .zero), pollInterval: pollInterval,
            progress: { progress(.startingIndex($0)) })
        return restored
    }
}

/// What ``Client/createIndexFromBackup(backupId:body:wait:timeout:pollInterval:progress:)`` started, and
/// what it waited for.
public struct RestoredIndex: Sendable {
    /// The restore job that fills the index.
    public var restoreJobId: String
    /// The new index's ID.
    public var indexId: String
    /// The new index's name.
    public var indexName: String
    /// The completed job, when it waited.
    public var job: RestoreJobModel?
    /// The ready index, with its host, when it waited.
    public var index: IndexModel?

    /// Made by ``Client/createIndexFromBackup(backupId:body:wait:timeout:pollInterval:progress:)``; public for fakes.
    public init(restoreJobId: String, indexId: String, indexName: String, job: RestoreJobModel? = nil, index: IndexModel? = nil) {
        self.restoreJobId = restoreJobId
        self.indexId = indexId
        self.indexName = indexName
        self.job = job
        self.index = index
    }
}

/// One step of ``Client/createIndexFromBackup(backupId:body:wait:timeout:pollInterval:progress:)``'s wait.
public enum RestoreProgress: Sendable {
    /// The restore job, as last described.
    case restoring(RestoreJobModel)
    /// The new index, as last described, after the job completed.
    case startingIndex(IndexModel)
}
