import Foundation
import Testing
@testable import OpenAPIClientGen

/// The output for `spec/` is checked in; any change to it must be deliberate and reviewed as a diff.
/// Regenerate with:
/// `swift run openapi-client-gen spec/db_control_2025-10.oas.yaml --output Tests/GeneratedClientTests/Generated`
@Suite struct GoldenFileTests {
    static let specPath = "spec/db_control_2025-10.oas.yaml"
    static let goldenFolder = packageRoot.appendingPathComponent("Tests/GeneratedClientTests/Generated")

    func generateSpec() throws -> GeneratorPipeline.Output {
        let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(Self.specPath)))
        return try GeneratorPipeline().run(bytes, file: Self.specPath)
    }

    @Test func outputMatchesGoldenFilesByteForByte() throws {
        let output = try generateSpec()
        let goldenNames = try FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path).sorted()
        #expect(output.files.map(\.name).sorted() == goldenNames, "the set of generated files changed")
        for file in output.files {
            let golden = try String(contentsOf: Self.goldenFolder.appendingPathComponent(file.name), encoding: .utf8)
            if golden != file.contents {
                let generatedLines = file.contents.components(separatedBy: "\n")
                let goldenLines = golden.components(separatedBy: "\n")
                let index = Array(zip(generatedLines, goldenLines)).firstIndex { $0 != $1 } ?? min(generatedLines.count, goldenLines.count)
                let expected = index < goldenLines.count ? goldenLines[index] : "<end of file>"
                let actual = index < generatedLines.count ? generatedLines[index] : "<end of file>"
                Issue.record("""
                    \(file.name) differs from the golden file at line \(index + 1):
                      golden:    \(expected)
                      generated: \(actual)
                    Regenerate with: swift run openapi-client-gen \(Self.specPath) --output Tests/GeneratedClientTests/Generated
                    """)
            }
        }
    }

    /// Pinecone's `describe_index` links its response's `host` to the data plane's operations, which live in
    /// another spec: the links are documentation on `describeIndex`, not a warning.
    @Test func specGeneratesWithoutWarnings() throws {
        let output = try generateSpec()
        #expect(output.diagnostics.map(\.description) == [])
        #expect(clientSource(output).contains("/// - UpsertVector: the operation `upsert`"))
        #expect(output.schemaCount == 36)
        #expect(output.operationCount == 18)
    }

    @Test func generationIsDeterministic() throws {
        let first = try generateSpec()
        for _ in 0..<3 {
            #expect(try generateSpec().files == first.files)
        }
    }

    @Test func everyOperationOfTheSpecIsGenerated() throws {
        // Signatures as on one line, however the renderer wrapped them.
        let client = clientSource(try generateSpec())
            .replacingOccurrences(of: #"\(\n\s+"#, with: "(", options: .regularExpression)
            .replacingOccurrences(of: #",\n\s+"#, with: ", ", options: .regularExpression)
            .replacingOccurrences(of: #"\n\s+\)"#, with: ")", options: .regularExpression)
        for signature in [
            "func createBackup(indexName: String, body: CreateBackupRequest) async throws -> BackupModel",
            "func listIndexBackups(indexName: String, limit: Int? = nil, paginationToken: String? = nil) async throws -> BackupList",
            "func listProjectBackups(limit: Int? = nil, paginationToken: String? = nil) async throws -> BackupList",
            "func describeBackup(backupId: String) async throws -> BackupModel",
            "func deleteBackup(backupId: String) async throws {",
            "func listRestoreJobs(limit: Int? = nil, paginationToken: String? = nil) async throws -> RestoreJobList",
            "func describeRestoreJob(jobId: String) async throws -> RestoreJobModel",
            "func createIndexFromBackupOperation(",
        ] {
            #expect(client.contains(signature), "missing: \(signature)")
        }
        #expect(!client.contains("xPineconeApiVersion"), "the defaulted version header must not be an argument")
        #expect(client.contains(#"try request.setHeader("X-Pinecone-Api-Version", "2025-10")"#))
    }
}
