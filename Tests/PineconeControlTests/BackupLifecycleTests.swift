import Foundation
import PineconeControl
import Testing

/// The generated client against a local server that behaves like Pinecone's control plane.
@Suite struct BackupLifecycleTests {
    @Test func createWaitDescribeListDelete() async throws {
        let server = try await MockPinecone()
        let client = server.client()

        let created = try await client.createBackup(
            indexName: "docs-example",
            body: CreateBackupRequest(name: "example-backup", description: "Monthly backup of production index"))
        #expect(created.status == "Initializing")
        #expect(created.sourceIndexName == "docs-example")
        #expect(created.name == "example-backup")
        let createdAt = try #require(created.createdDate)
        #expect(abs(createdAt.timeIntervalSinceNow) < 600, "nine-digit fractional timestamps decode to the right instant")

        let ready = try await client.waitUntilReady(backupId: created.backupId, timeout: .seconds(10), pollInterval: .milliseconds(10))
        #expect(ready.status == "Ready")
        #expect(ready.recordCount == 98)
        #expect(ready.dimension == 1024)

        let described = try await client.describeBackup(backupId: created.backupId)
        #expect(described.backupId == created.backupId)

        let list = try await client.listIndexBackups(indexName: "docs-example")
        #expect(list.data?.map(\.backupId) == [created.backupId])
        #expect(list.pagination == nil)
        #expect(try await client.listProjectBackups().data?.count == 1)

        try await client.deleteBackup(backupId: created.backupId)
        let error = try await #require(throws: ClientError.self) {
            try await client.describeBackup(backupId: created.backupId)
        }
        #expect(error.isNotFound)
        #expect(error.errorCode == .notFound)
        #expect(error.apiError?.message == "Backup \(created.backupId) not found.")
        #expect(error.apiError?.requestID?.hasPrefix("req-") == true)
        #expect(try await client.listProjectBackups().data?.isEmpty == true)
    }

    @Test func listingWalksEveryPageWithLimitAndToken() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        let names = ["b-07", "B-01", "a-03", "b-02", "a-10", "c-05", "a-04"]
        for name in names {
            _ = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest(name: name))
        }
        _ = try await client.createBackup(indexName: "example-sparse-index", body: CreateBackupRequest(name: "other"))
        let sorted = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }  // "C" collation

        let first = try await client.listIndexBackups(indexName: "docs-example", limit: 3)
        #expect(first.data?.compactMap(\.name) == Array(sorted[0..<3]))
        let token = try #require(first.pagination?.next)
        let second = try await client.listIndexBackups(indexName: "docs-example", limit: 3, paginationToken: token)
        #expect(second.data?.compactMap(\.name) == Array(sorted[3..<6]))
        let third = try await client.listIndexBackups(indexName: "docs-example", limit: 3, paginationToken: second.pagination?.next)
        #expect(third.data?.compactMap(\.name) == Array(sorted[6...]))
        #expect(third.pagination == nil)

        var walked: [String] = []
        for try await backup in client.allIndexBackups(indexName: "docs-example", limit: 3) {
            walked.append(backup.name ?? "")
        }
        #expect(walked == sorted)

        var pageSizes: [Int] = []
        for try await page in client.allProjectBackups(limit: 2).pages { pageSizes.append(page.count) }
        #expect(pageSizes == [2, 2, 2, 2])

        // The requests carried `limit` and the token exactly as the API expects.
        let paths = try await server.requests().compactMap { $0["path"] as? String }.filter { $0.hasPrefix("/indexes/docs-example/backups?") }
        #expect(paths.first == "/indexes/docs-example/backups?limit=3")
        #expect(paths.dropFirst().first?.hasPrefix("/indexes/docs-example/backups?limit=3&paginationToken=") == true)
    }

    @Test func restoreCreatesAnIndexAndTheJobCompletes() async throws {
        let server = try await MockPinecone(readyAfter: 3)
        let client = server.client()
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest(name: "nightly"))
        try await client.waitUntilReady(backupId: backup.backupId, timeout: .seconds(60), pollInterval: .milliseconds(5))

        var request = CreateIndexFromBackupRequest(name: "restored-index", tags: ["env": "test"])
        request.deletionProtection = .enabled
        let started = try await client.createIndexFromBackupOperation(backupId: backup.backupId, body: request)
        #expect(!started.restoreJobId.isEmpty)
        #expect(!started.indexId.isEmpty)

        let first = try await client.describeRestoreJob(jobId: started.restoreJobId)
        #expect(first.status == "InProgress")
        #expect(first.targetIndexName == "restored-index")
        #expect(first.percentComplete.map { $0 > 0 && $0 < 100 } == true)

        let done = try await client.waitUntilCompleted(restoreJobId: started.restoreJobId, timeout: .seconds(60), pollInterval: .milliseconds(5))
        #expect(done.status == "Completed")
        #expect(done.percentComplete == 100)
        #expect(done.completedAt != nil)

        let jobs = try await client.listRestoreJobs()
        #expect(jobs.data.map(\.restoreJobId) == [started.restoreJobId])

        let conflict = try await #require(throws: ClientError.self) {
            try await client.createIndexFromBackupOperation(backupId: backup.backupId, body: .init(name: "restored-index"))
        }
        #expect(conflict.isConflict)
        #expect(conflict.errorCode == .alreadyExists)
    }

    @Test func waitingTimesOutWithTheLastStatus() async throws {
        let server = try await MockPinecone(readyAfter: 1_000)
        let client = server.client()
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest())
        let error = try await #require(throws: WaitError.self) {
            try await client.waitUntilReady(backupId: backup.backupId, timeout: .milliseconds(100), pollInterval: .milliseconds(20))
        }
        guard case .timedOut("backup", let id, let status, _) = error else {
            Issue.record("expected a timeout, got \(error)")
            return
        }
        #expect(id == backup.backupId)
        #expect(status == "Initializing")
        #expect(error.description == "backup \(backup.backupId) was still 'Initializing' after 0.1 seconds")
    }

    @Test func pagingStopsWithAnErrorWhenTheServerRepeatsAToken() async throws {
        let server = try await MockPinecone()
        let page = #"{"data": [{"backup_id": "b1", "source_index_name": "i", "source_index_id": "x", "status": "Ready", "cloud": "aws", "region": "us-east-1"}], "pagination": {"next": "same"}}"#
        let fault = MockPinecone.Fault(method: "GET", path: "/backups", status: 200, headers: ["Content-Type": "application/json"], body: page)
        try await server.inject([fault, fault, fault])
        var seen: [String] = []
        let error = try await #require(throws: RepeatedPageTokenError.self) {
            for try await backup in server.client().allProjectBackups() { seen.append(backup.backupId) }
        }
        #expect(error == RepeatedPageTokenError(token: "same", pagesFetched: 2))
        #expect(seen == ["b1"], "the page that repeats the first is not passed on again; then the error, not a quiet end")
        #expect(try await server.count("GET", "/backups") == 2)
    }
}
