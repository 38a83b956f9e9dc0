import Foundation
import PineconeControl
import Testing

/// Whole workflows over HTTP against the local stand-in, on the tests' transport (URLSession, or
/// AsyncHTTPClient with the package trait): indexes from creation to deletion, through a backup and a restore.
@Suite struct IndexWorkflowTests {
    static let fast = Duration.milliseconds(10)

    func serverlessIndex(_ name: String, dimension: Int32 = 8) -> CreateIndexRequest {
        CreateIndexRequest(
            name: name, dimension: dimension, metric: .cosine,
            spec: .serverless(.init(serverless: ServerlessSpec(cloud: .aws, region: "us-east-1"))))
    }

    @Test func createBackUpRestoreConfigureAndDelete() async throws {
        let server = try await MockPinecone(readyAfter: 2)
        let client = server.client()

        // Create an index: it has no host until it is ready.
        let created = try await client.createIndex(body: serverlessIndex("products"))
        #expect(created.status.state == .initializing)
        #expect(created.host.isEmpty)
        var states: [String] = []
        let ready = try await client.waitUntilReady(indexName: "products", pollInterval: Self.fast) { states.append($0.status.state.rawValue) }
        #expect(ready.status.ready && ready.status.state == .ready)
        #expect(ready.host.hasPrefix("products-"), "\(ready.host)")
        #expect(states == ["Initializing", "Ready"])

        // Back it up, then restore the backup into a new index with deletion protection on.
        let backup = try await client.createBackup(indexName: "products", body: CreateBackupRequest(name: "before-migration"))
        let readyBackup = try await client.waitUntilReady(backupId: backup.backupId, pollInterval: Self.fast)
        #expect(readyBackup.dimension == 8)
        var steps: [String] = []
        let restored = try await client.createIndexFromBackup(
            backupId: backup.backupId,
            body: CreateIndexFromBackupRequest(name: "products-restored", tags: ["env": "test"], deletionProtection: .enabled),
            pollInterval: Self.fast
        ) { step in
            switch step {
            case .restoring(let job): steps.append("job \(job.status)")
            case .startingIndex(let index): steps.append("index \(index.status.state.rawValue)")
            }
        }
        #expect(restored.job?.status == "Completed")
        let index = try #require(restored.index)
        #expect(index.name == "products-restored")
        #expect(index.dimension == 8)
        #expect(index.deletionProtection == .enabled)
        #expect(index.host.hasPrefix("products-restored-"), "\(index.host)")
        #expect(steps.first == "job InProgress" && steps.last == "index Ready", "\(steps)")
        #expect(steps.contains("job Completed") && steps.contains("index Initializing"), "\(steps)")
        #expect(try await client.listIndexes().indexes?.map(\.name).contains("products-restored") == true)

        // Configure: tags change, protection stays on, and a delete is refused with Pinecone's reason.
        let configured = try await client.configureIndex(
            indexName: "products-restored", body: ConfigureIndexRequest(tags: ["owner": "search"]))
        #expect(configured.tags == ["env": "test", "owner": "search"])
        let refused = try await #require(throws: ClientError.self) { try await client.deleteIndex(indexName: "products-restored") }
        #expect(refused.isDeletionProtected && refused.isForbidden)
        #expect(refused.errorCode == .forbidden)
        #expect(refused.pineconeHint?.contains("deletion protection is enabled") == true)
        #expect(refused.description.contains("delete_index: 403 FORBIDDEN: Deletion protection is enabled"), "\(refused)")
        #expect(try await client.describeIndex(indexName: "products-restored").status.state == .ready)

        // Protection off: the delete is accepted, and the index is gone after a while.
        let unprotected = try await client.configureIndex(
            indexName: "products-restored", body: ConfigureIndexRequest(deletionProtection: .disabled))
        #expect(unprotected.deletionProtection == .disabled)
        try await client.deleteIndex(indexName: "products-restored")
        var lastStates: [String] = []
        try await client.waitUntilDeleted(indexName: "products-restored", pollInterval: Self.fast) { lastStates.append($0.status.state.rawValue) }
        #expect(lastStates.allSatisfy { $0 == "Terminating" } && !lastStates.isEmpty, "\(lastStates)")
        let gone = try await #require(throws: ClientError.self) { try await client.describeIndex(indexName: "products-restored") }
        #expect(gone.isNotFound)
        #expect(try await client.listIndexes().indexes?.map(\.name).contains("products-restored") == false)
    }

    @Test func waitingForAnIndexFailsFastOnAFailedStart() async throws {
        let server = try await MockPinecone(readyAfter: 2)
        let client = server.client()
        _ = try await client.createIndex(body: serverlessIndex("will-fail"))
        let error = try await #require(throws: WaitError.self) {
            try await client.waitUntilReady(indexName: "will-fail", timeout: .seconds(60), pollInterval: Self.fast)
        }
        guard case .indexFailed(let index) = error else { Issue.record("expected indexFailed, got \(error)"); return }
        #expect(index.status.state == .initializationFailed)
        #expect(error.description == "index will-fail is 'InitializationFailed' and will not become ready")
        #expect(try await server.count("GET", "/indexes/will-fail") == 2, "it stopped at the failed state")
    }

    @Test func waitingForAnIndexTimesOutSayingWhatTimedOut() async throws {
        let server = try await MockPinecone(readyAfter: 1_000)
        let client = server.client()
        _ = try await client.createIndex(body: serverlessIndex("slow"))
        let error = try await #require(throws: WaitError.self) {
            try await client.waitUntilReady(indexName: "slow", timeout: .milliseconds(100), pollInterval: .milliseconds(20))
        }
        guard case .timedOut("index", "slow", "Initializing", _) = error else { Issue.record("got \(error)"); return }
        #expect(error.description.hasPrefix("index slow was still 'Initializing' after "))
    }

    @Test func restoringWithoutWaitingOnlyStartsTheJob() async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let client = server.client()
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest(name: "b"))
        let restored = try await client.createIndexFromBackup(
            backupId: backup.backupId, body: CreateIndexFromBackupRequest(name: "quick"), wait: false)
        #expect(restored.job == nil && restored.index == nil)
        #expect(restored.indexName == "quick" && !restored.restoreJobId.isEmpty)
        #expect(try await server.count("GET", "/restore-jobs") == 0)
        #expect(try await client.describeIndex(indexName: "quick").status.state == .initializing)
    }

    @Test func quotasAndConflictsAreReadableErrors() async throws {
        let server = try await MockPinecone(indexQuota: 4)  // three indexes are there from the start
        let client = server.client()
        _ = try await client.createIndex(body: serverlessIndex("fourth"))
        let conflict = try await #require(throws: ClientError.self) { try await client.createIndex(body: serverlessIndex("docs-example")) }
        #expect(conflict.isConflict && conflict.errorCode == .alreadyExists)
        #expect(!conflict.isQuotaExceeded)
        let quota = try await #require(throws: ClientError.self) { try await client.createIndex(body: serverlessIndex("fifth")) }
        #expect(quota.isForbidden && quota.isQuotaExceeded && !quota.isDeletionProtected)
        #expect(quota.errorCode == .forbidden)
        #expect(quota.pineconeHint?.contains("quota") == true)
        let model = try await #require(throws: ClientError.self) {
            try await client.createIndexForModel(body: CreateIndexForModelRequest(
                name: "sixth", cloud: .aws, region: "us-east-1", embed: .init(model: "llama-text-embed-v2", fieldMap: ["text": "chunk"])))
        }
        #expect(model.isQuotaExceeded)
    }

    @Test func indexForAModelTakesItsDimensionFromTheModel() async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let client = server.client()
        let created = try await client.createIndexForModel(body: CreateIndexForModelRequest(
            name: "semantic", cloud: .aws, region: "us-east-1", embed: .init(model: "multilingual-e5-large", fieldMap: ["text": "chunk"])))
        #expect(created.dimension == 1024)
        #expect(created.embed?.model == "multilingual-e5-large")
        let ready = try await client.waitUntilReady(indexName: "semantic", pollInterval: Self.fast)
        #expect(!ready.host.isEmpty)
    }

    @Test func collectionsOfPodIndexes() async throws {
        let server = try await MockPinecone(readyAfter: 2, collectionQuota: 1)
        let client = server.client()
        let serverless = try await #require(throws: ClientError.self) {
            try await client.createCollection(body: CreateCollectionRequest(name: "other", source: "docs-example"))
        }
        #expect(serverless.isBadRequest, "serverless indexes have no collections")
        let collection = try await client.createCollection(body: CreateCollectionRequest(name: "snapshot", source: "legacy-pods"))
        #expect(collection.status == .initializing)
        #expect(collection.environment == "us-east1-gcp")

        // The source index cannot go while the collection is being made.
        let pending = try await #require(throws: ClientError.self) { try await client.deleteIndex(indexName: "legacy-pods") }
        #expect(pending.isFailedPrecondition && pending.errorCode == .failedPrecondition)
        #expect(pending.pineconeHint?.contains("collection") == true)

        _ = try await client.describeCollection(collectionName: "snapshot")
        let ready = try await client.describeCollection(collectionName: "snapshot")
        #expect(ready.status == .ready && ready.vectorCount == 120)
        #expect(try await client.listCollections().collections?.map(\.name) == ["snapshot"])

        let quota = try await #require(throws: ClientError.self) {
            try await client.createCollection(body: CreateCollectionRequest(name: "second", source: "legacy-pods"))
        }
        #expect(quota.isQuotaExceeded)
        try await client.deleteCollection(collectionName: "snapshot")
        #expect(try await client.listCollections().collections?.isEmpty == true)
        let gone = try await #require(throws: ClientError.self) { try await client.describeCollection(collectionName: "snapshot") }
        #expect(gone.isNotFound)
    }
}
