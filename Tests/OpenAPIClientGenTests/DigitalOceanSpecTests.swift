import Foundation
import Testing
@testable import OpenAPIClientGen

/// DigitalOcean's public API, an OpenAPI 3.0 spec split over 2,900 files (`../shared/realworld/digitalocean`,
/// or `REALWORLD_DIR`), read in place: it generates without errors and its code compiles. Its warnings are
/// listed in `Expectations/digitalocean.warnings` (paths relative to the spec's folder), so a change in them
/// is reviewed as a diff; `UPDATE_EXPECTATIONS=1` rewrites the file.
@Suite struct DigitalOceanSpecTests {
    static let folder = sharedFolder("REALWORLD_DIR", "realworld").appendingPathComponent("digitalocean/specification")
    static let spec = folder.appendingPathComponent("DigitalOcean-public.v2.yaml")
    static let expectations = packageRoot.appendingPathComponent("Tests/OpenAPIClientGenTests/Expectations/digitalocean.warnings")

    @Test func generatesWithItsExpectedWarningsAndCompiles() async throws {
        guard FileManager.default.fileExists(atPath: Self.spec.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("no spec at \(Self.spec.path); CI needs ../shared/realworld (or REALWORLD_DIR)")
            } else {
                print("skipped: no spec at \(Self.spec.path) (set REALWORLD_DIR)")
            }
            return
        }
        let output: GeneratorPipeline.Output
        do {
            let bytes = try [UInt8](Data(contentsOf: Self.spec))
            // Off Swift concurrency's threads (see `ProcessRunner.onOwnThread`): 2,900 files take a while.
            output = try await ProcessRunner.onOwnThread { try GeneratorPipeline().run(bytes, file: Self.spec.path, reader: .fileSystem) }
        } catch let error as DiagnosticError {
            Issue.record("DigitalOcean's spec does not generate:\n\(error.diagnostics.filter { $0.severity == .error }.prefix(20).map(\.description).joined(separator: "\n"))")
            return
        }
        let prefix = Self.folder.path + "/"
        let warnings = output.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_EXPECTATIONS"] == "1" {
            try warnings.write(to: Self.expectations, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.expectations, encoding: .utf8)
        #expect(warnings == expected, "the warnings changed; review with UPDATE_EXPECTATIONS=1 and git diff")
        #expect(output.operationCount > 500)
        #expect(output.referencedFiles.count > 1_000)
        try await expectTypeChecks(output)
    }
}
