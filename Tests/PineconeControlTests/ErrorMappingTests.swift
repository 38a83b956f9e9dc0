import Foundation
import PineconeControl
import Testing

/// Failed requests come back as typed errors carrying the status and Pinecone's code and message.
@Suite struct ErrorMappingTests {
    @Test func wrongKeyIsUnauthenticatedAndTheKeyIsNeverPrinted() async throws {
        let server = try await MockPinecone()
        let wrongKey = "pcsk_wrong_" + UUID().uuidString
        let error = try await #require(throws: ClientError.self) {
            try await server.client(apiKey: wrongKey).listProjectBackups()
        }
        #expect(error.isUnauthorized)
        #expect(error.status == 401)
        #expect(error.errorCode == .unauthenticated)
        #expect(error.apiError?.message == "Invalid API key.")
        #expect(error.apiError?.errorResponse?.error.code == .unauthenticated)
        for text in [error.description, String(describing: error), String(reflecting: error.apiError!), "\(error.apiError!)"] {
            #expect(!text.contains(wrongKey))
            #expect(!text.contains(server.apiKey))
        }
        #expect(error.description.hasPrefix("list_project_backups: 401 UNAUTHENTICATED: Invalid API key. (request ID req-"))
    }

    /// Arguments the spec allows but the server refuses: the client's own checks (see
    /// `RequestCheckTests`) catch only what the spec states.
    @Test func badArgumentsAreInvalidArgument() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        let backup = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest())
        let badValue = try await #require(throws: ClientError.self) {
            try await client.createIndexFromBackupOperation(
                backupId: backup.backupId, body: .init(name: "restored", deletionProtection: .unrecognized("sometimes")))
        }
        #expect(badValue.isBadRequest)
        #expect(badValue.errorCode == .invalidArgument)
        #expect(badValue.apiError?.message == "deletion_protection must be enabled or disabled")
    }

    @Test func unknownIdsAreNotFound() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        for call in [
            { _ = try await client.describeBackup(backupId: "nope") },
            { try await client.deleteBackup(backupId: "nope") },
            { _ = try await client.describeRestoreJob(jobId: "nope") },
            { _ = try await client.createBackup(indexName: "no-such-index", body: .init()) },
        ] as [@Sendable () async throws -> Void] {
            let error = try await #require(throws: ClientError.self) { try await call() }
            #expect(error.isNotFound)
            #expect(error.errorCode == .notFound)
        }
    }

    @Test(arguments: ["a/b", "what?now", "hash#tag", "100%", "with space", "naïve-ünïcode", "emoji-🦜", "../..", "a%2Fb"])
    func pathParametersArriveIntactAsOneSegment(id: String) async throws {
        let server = try await MockPinecone()
        let error = try await #require(throws: ClientError.self) { try await server.client().describeBackup(backupId: id) }
        // The server routes `/backups/{backup_id}` only for exactly two segments, and echoes the decoded id.
        #expect(error.apiError?.message == "Backup \(id) not found.")
    }

    @Test func everyRequestCarriesKeyVersionUserAgentAndContentType() async throws {
        let server = try await MockPinecone()
        let client = server.client()
        _ = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest(name: "x"))
        _ = try await client.listProjectBackups()
        let requests = try await server.requests()
        #expect(requests.count == 2)
        for request in requests {
            let headers = (request["headers"] as? [String: String] ?? [:]).reduce(into: [:]) { $0[$1.key.lowercased()] = $1.value }
            #expect(headers["api-key"] == server.apiKey)
            #expect(headers["x-pinecone-api-version"] == "2025-10")
            #expect(headers["user-agent"]?.hasPrefix("swift-pinecone/") == true)
            #expect(headers["accept"] == "application/json")
            if request["method"] as? String == "POST" { #expect(headers["content-type"] == "application/json") }
        }
    }

    @Test func missingKeyFailsBeforeSending() async throws {
        let server = try await MockPinecone()
        let client = Client(host: server.baseURL, transport: TestTransport.current, environment: [:])
        let error = try await #require(throws: ClientError.self) { try await client.listProjectBackups() }
        guard case .invalidRequest(let operation, let reason) = error else {
            Issue.record("expected invalidRequest, got \(error)")
            return
        }
        #expect(operation == "list_project_backups")
        #expect(reason.contains("API key"))
        #expect(try await server.requests().isEmpty)
    }

    @Test func environmentProvidesKeyAndHost() async throws {
        let server = try await MockPinecone()
        let client = Client(transport: TestTransport.current, environment: ["PINECONE_API_KEY": server.apiKey, "PINECONE_CONTROLLER_HOST": server.baseURL.absoluteString])
        #expect(try await client.listProjectBackups().data?.isEmpty == true)
        #expect(!client.configuration.description.contains(server.apiKey))
    }

    @Test func unreachableServerIsATransportError() async throws {
        let client = Client(apiKey: "k", host: URL(string: "http://127.0.0.1:9")!, timeout: .seconds(5), transport: TestTransport.current, environment: [:])
        let error = try await #require(throws: ClientError.self) { try await client.listProjectBackups() }
        guard case .transport(let operation, _) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(operation == "list_project_backups")
        #expect(!error.description.contains("\"k\""))
    }
}

/// The client's logs against the local server: a debug line per attempt with Pinecone's request ID,
/// and not a trace of the key at any level.
@Suite struct ServerLoggingTests {
    @Test func attemptsAreLoggedWithPineconesRequestIDAndTheKeyNeverAppears() async throws {
        let server = try await MockPinecone()
        let (logger, store) = CapturingLogHandler.logger()
        let client = Client(apiKey: server.apiKey, host: server.baseURL, logger: logger, transport: TestTransport.current, environment: [:])
        let created = try await client.createBackup(indexName: "docs-example", body: CreateBackupRequest(name: "nightly"))
        _ = try await client.describeBackup(backupId: created.backupId)
        _ = try? await client.describeBackup(backupId: "missing")
        _ = try? await Client(apiKey: "pcsk_wrong_" + server.apiKey, host: server.baseURL, logger: logger, transport: TestTransport.current,
                              environment: [:]).listProjectBackups()
        let debug = store.records.filter { $0.level == .debug }
        #expect(debug.map { $0.metadata["status"]?.description } == ["201", "200", "404", "401"])
        #expect(debug.allSatisfy { $0.metadata["request_id"]?.description.hasPrefix("req-") == true })
        #expect(store.records.filter { $0.level == .trace }.count == 4)
        for record in store.records {
            #expect(!record.text.contains(server.apiKey), "logged the key at \(record.level)")
        }
    }
}
