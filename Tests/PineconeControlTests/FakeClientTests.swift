import Foundation
import PineconeControl
import Testing

/// Code written against the generated `ClientProtocol` runs with a fake instead of a server: the fake
/// implements the operations the code calls, and gets the paging sequences for free.
@Suite struct FakeClientTests {
    /// What an app might write: the name of the newest ready backup of an index.
    static func newestReadyBackup(of index: String, in pinecone: some ClientProtocol) async throws -> String? {
        var newest: BackupModel?
        for try await backup in pinecone.allIndexBackups(indexName: index) where backup.status == "Ready" {
            if backup.createdDate ?? .distantPast > newest?.createdDate ?? .distantPast { newest = backup }
        }
        return newest?.name
    }

    /// The README's fake: two pages of backups, nothing else.
    struct FakePinecone: ClientProtocol {
        let pages: [String?: BackupList]

        func listIndexBackups(indexName: String, limit: Int?, paginationToken: String?) async throws -> BackupList {
            pages[paginationToken] ?? BackupList(data: [])
        }
    }

    static func backup(_ name: String, _ status: String, day: Int) -> BackupModel {
        BackupModel(backupId: name, sourceIndexName: "docs", sourceIndexId: "x", name: name, status: status, cloud: "aws",
                    region: "us-east-1", createdAt: "2025-05-0\(day)T00:52:10Z")
    }

    @Test func codeUnderTestRunsAgainstAFake() async throws {
        let fake = FakePinecone(pages: [
            nil: BackupList(data: [Self.backup("mon", "Ready", day: 1), Self.backup("wed", "Pending", day: 3)],
                            pagination: PaginationResponse(next: "p2")),
            "p2": BackupList(data: [Self.backup("tue", "Ready", day: 2)]),
        ])
        #expect(try await Self.newestReadyBackup(of: "docs", in: fake) == "tue")
    }

    @Test func operationsAFakeDoesNotImplementThrowNamingThem() async throws {
        let fake = FakePinecone(pages: [:])
        let error = await #expect(throws: ClientError.self) { try await fake.describeBackup(backupId: "b") }
        #expect(error?.operationID == "describe_backup")
        #expect(error.map { "\($0)".contains("not implemented by FakePinecone") } == true)
    }

    @Test func theGeneratedClientConformsAndStillHasItsDefaults() async throws {
        let client: any ClientProtocol = Client(apiKey: "k", host: URL(string: "http://127.0.0.1:9")!, environment: [:])
        #expect(client is Client)
        // Through the concrete type, the spec's defaults stay (no `limit` or token needed).
        _ = { (client: Client) in _ = client.allProjectBackups(); _ = { try await client.listProjectBackups() } }
    }
}
