import Foundation
import Testing
@testable import OpenAPIClientGen

/// The README's promise for a new Pinecone spec: drop it into `spec/` and the package builds. For our
/// spec and every published db_control spec with the backup operations, the generated library plus
/// `PineconeControl`'s hand-written extras must compile as one module, and the CLI must type-check against it.
@Suite struct SpecUpgradeTests {
    static let backupOperations = [
        "create_backup", "describe_backup", "list_index_backups", "list_project_backups", "delete_backup",
        "create_index_from_backup_operation", "describe_restore_job", "list_restore_jobs",
    ]

    /// The published db_control specs that carry every backup operation (2025-04 and 2025-10 so far).
    static func publishedSpecsWithBackups() throws -> [URL] {
        try PineconeSpecsTests.specs.filter { spec in
            guard spec.lastPathComponent.hasPrefix("db_control_") else { return false }
            let text = try String(contentsOf: spec, encoding: .utf8)
            return backupOperations.allSatisfy { text.contains("operationId: \($0)\n") }
        }
    }

    @Test func theLibraryItsExtrasAndTheCLIBuildFromEverySpecWithBackups() async throws {
        let published = try Self.publishedSpecsWithBackups()
        if published.isEmpty {
            let message = "no published db_control spec with backups under \(PineconeSpecsTests.folder.path)"
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(message); CI needs ../shared/pinecone-api") }
            else { print("only spec/ checked: \(message) (set PINECONE_API_DIR)") }
        } else {
            #expect(published.count >= 2, "2025-04 and 2025-10 have the backup operations: \(published.map(\.lastPathComponent))")
        }
        let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module was not found beside the tests")
        let root = packageRoot
        let extras = try Self.swiftFiles(in: root.appendingPathComponent("Sources/PineconeControl"))
        let cli = try Self.swiftFiles(in: root.appendingPathComponent("Sources/pinecone-backups"))
        try #require(!extras.isEmpty && !cli.isEmpty)

        for spec in [root.appendingPathComponent("spec/db_control_2025-10.oas.yaml")] + published {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spec-upgrade-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let modules = scratch.appendingPathComponent("Modules")
            try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)

            let output = try GeneratorPipeline().run([UInt8](Data(contentsOf: spec)), file: spec.path)
            var generated: [String] = []
            for file in output.files {
                let url = scratch.appendingPathComponent(file.name)
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                generated.append(url.path)
            }
            // Our module folder comes first, so that the package's own PineconeControl module is not picked up.
            let library = try await ProcessRunner.onOwnThread { [generated] in
                try ExampleRoundTrip.execute("/usr/bin/env", [
                    "swiftc", "-swift-version", "6", "-parse-as-library", "-module-name", "PineconeControl", "-emit-module",
                    "-emit-module-path", modules.appendingPathComponent("PineconeControl.swiftmodule").path,
                    "-I", runtime.modules.path,
                ] + generated + extras, in: scratch)
            }
            #expect(library.status == 0, "PineconeControl does not build from \(spec.lastPathComponent):\n\(library.stderr.prefix(3000))")
            guard library.status == 0 else { continue }
            #if CLI  // the CLI and ArgumentParser's module are built only with the package trait (`swift test --traits CLI`)
            let tool = try await ProcessRunner.onOwnThread {
                try ExampleRoundTrip.execute("/usr/bin/env", [
                    "swiftc", "-typecheck", "-swift-version", "6", "-parse-as-library", "-module-name", "pinecone_backups",
                    "-D", "CLI", "-I", modules.path, "-I", runtime.modules.path,
                ] + cli, in: scratch)
            }
            #expect(tool.status == 0, "pinecone-backups does not build from \(spec.lastPathComponent):\n\(tool.stderr.prefix(3000))")
            #endif
        }
    }

    static func swiftFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }
}
