import Foundation
import OpenAPIClientRuntime
import PineconeControl
import Testing

/// The checks generated from the spec's constraints, against the local server: a request that breaks
/// one fails before it is sent, naming the operation, the parameter or JSON path, the constraint and
/// the value; a request within the limits goes through.
struct RequestCheckTests {
    @Test func limitAboveTheMaximumIsRefusedBeforeSending() async throws {
        let server = try await MockPinecone()
        let error = try await #require(throws: ClientError.self) { try await server.client().listProjectBackups(limit: 101) }
        guard case .invalidRequest(let operation, let reason) = error else {
            Issue.record("expected invalidRequest, got \(error)")
            return
        }
        #expect(operation == "list_project_backups")
        #expect(reason == "limit is 101, but the spec's maximum is 100")
        #expect(try await server.count("GET", "/backups") == 0)
    }

    @Test func restoreWithATooLongNameIsRefusedBeforeSending() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest())
        let name = String(repeating: "a", count: 46)
        let error = try await #require(throws: ClientError.self) {
            try await client.createIndexFromBackupOperation(backupId: backup.backupId, body: .init(name: name))
        }
        guard case .invalidRequest(let operation, let reason) = error else {
            Issue.record("expected invalidRequest, got \(error)")
            return
        }
        #expect(operation == "create_index_from_backup_operation")
        #expect(reason.hasPrefix("body.name is \"aaaa"))
        #expect(reason.hasSuffix("(46 characters), but the spec's maxLength is 45"))
        #expect(try await server.count("POST", "/backups/") == 0)
    }

    @Test func callsWithinTheLimitsGoThrough() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        _ = try await client.listProjectBackups(limit: 100)
        _ = try await client.listProjectBackups(limit: 1)
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest())
        // 45 characters, counted as Unicode scalars: "é" written precomposed is one.
        let name = String(repeating: "é", count: 45)
        _ = try? await client.createIndexFromBackupOperation(backupId: backup.backupId, body: .init(name: name))
        #expect(try await server.count("GET", "/backups") == 2)
        #expect(try await server.count("POST", "/backups/") == 1)
    }

    @Test func theRefusalNamesNoCredential() async throws {
        let server = try await MockPinecone()
        let error = try await #require(throws: ClientError.self) { try await server.client().listRestoreJobs(limit: 0) }
        #expect(error.description == "list_restore_jobs: invalid request: limit is 0, but the spec's minimum is 1")
        #expect(!error.description.contains(server.apiKey))
    }
}
