import Foundation
import PineconeControl
import Testing

/// `BackupModel.createdAt` is the string Pinecone sends; `createdDate` reads it leniently.
@Suite struct CreatedDateTests {
    @Test(arguments: [
        ("2025-05-15T00:52:10.809305882Z", 1_747_270_330.809305882),
        ("2025-05-15T00:52:10Z", 1_747_270_330),
        ("2025-05-15 00:52:10z", 1_747_270_330),
        ("2025-05-15t02:52:10.5+02:00", 1_747_270_330.5),
    ])
    func parses(text: String, seconds: Double) throws {
        let backup = BackupModel(backupId: "b", sourceIndexName: "i", sourceIndexId: "x", status: "Ready", cloud: "aws",
                                 region: "r", createdAt: text)
        let date = try #require(backup.createdDate, "'\(text)' parses")
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: [nil, "", "yesterday", "2025-05-15", "2025-13-01T00:00:00Z"] as [String?])
    func isNilWhenThereIsNoTimestamp(text: String?) {
        let backup = BackupModel(backupId: "b", sourceIndexName: "i", sourceIndexId: "x", status: "Ready", cloud: "aws",
                                 region: "r", createdAt: text)
        #expect(backup.createdDate == nil)
    }
}
