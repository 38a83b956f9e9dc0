import Foundation
import Testing
import OpenAPIClientGen

/// Runs the built `openapi-client-gen` as users do and checks output, files and exit codes.
@Suite struct CommandLineTests {
    /// The executable sits beside the test bundle in the build folder.
    static let executable = ProcessRunner.builtExecutable("openapi-client-gen")

    func run(_ arguments: [String]) throws -> ProcessRunner.Result {
        let executable = try #require(Self.executable, "openapi-client-gen was not built next to the tests")
        return try ProcessRunner.run(executable, arguments)
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-client-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func generatesTheSpecAndPrintsASummary() throws {
        let output = try temporaryFolder().appendingPathComponent("nested/Generated")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent().deletingLastPathComponent()) }
        let spec = packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml").path
        let result = try run([spec, "--output", output.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Generated 36 schemas and 18 operations from \(spec): \(SwiftRenderer.fileNames.count) files, \(SwiftRenderer.fileNames.count) written to \(output.path), in "))
        #expect(result.stdout.hasSuffix(" ms\n"))
        for name in SwiftRenderer.fileNames {
            let golden = packageRoot.appendingPathComponent("Tests/GeneratedClientTests/Generated/\(name)")
            #expect(try Data(contentsOf: output.appendingPathComponent(name)) == Data(contentsOf: golden), "\(name)")
        }

        // A second run writes nothing: unchanged files keep their modification time.
        let second = try run([spec, "--output", output.path])
        #expect(second.stdout.contains("\(SwiftRenderer.fileNames.count) files, 0 written"))
    }

    /// Files an older version wrote under other names would declare every type twice; the user's own files stay.
    @Test func generatedFilesThatARunNoLongerWritesAreRemoved() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try "\(SwiftRenderer.headerPrefix)db_control_2025-10.oas.yaml. Do not edit.\n\npublic struct BackupModel {}\n"
            .write(to: output.appendingPathComponent("Types2.swift"), atomically: true, encoding: .utf8)
        try "// Mine.\nstruct BackupModel {}\n".write(to: output.appendingPathComponent("Mine.swift"), atomically: true, encoding: .utf8)
        let result = try run([packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml").path, "--output", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(removed Types2.swift, no longer generated)"))
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == (SwiftRenderer.fileNames + ["Mine.swift"]).sorted())
    }

    @Test func noRequestChecksLeavesTheChecksOut() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let spec = packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml").path
        #expect(try run([spec, "--output", output.path, "--no-request-checks", "--quiet"]).status == 0)
        let generated = try SwiftRenderer.fileNames.map { name in
            try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
        }.joined()
        #expect(!generated.contains("request.check("))
        #expect(generated.contains("- Throws:"), "the error documentation stays")
        #expect(!generated.contains("ConstraintCheckable"))
    }

    @Test func brokenSpecGivesLocatedErrorsAndExitCode1() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("broken.yaml")
        try "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n\tresponses: {}\n".write(to: spec, atomically: true, encoding: .utf8)
        let result = try run([spec.path, "-o", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("\(spec.path):6:1: error: YAML: found character that cannot start any token"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func missingFileIsAnError() throws {
        let result = try run(["/nonexistent/spec.yaml", "-o", "/tmp/unused"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/spec.yaml: error: cannot open: No such file or directory\n")
    }

    @Test(arguments: [
        ([], "error: missing the spec file"),
        (["spec.yaml"], "error: missing --output <directory>"),
        (["spec.yaml", "-o"], "error: -o needs a value"),
        (["spec.yaml", "-o", "x", "--access", "private"], "error: --access must be 'public' or 'internal', not 'private'"),
        (["spec.yaml", "-o", "x", "--frobnicate"], "error: unknown option '--frobnicate'"),
        (["a.yaml", "b.yaml", "-o", "x"], "error: only one spec can be given; got 'a.yaml' and 'b.yaml'"),
        (["a.yaml", "-o", "x", "--client-name", "my client"], "error: --client-name 'my client' is not a Swift type name"),
    ])
    func wrongArgumentsExitWith2(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message + "\n"))
    }

    @Test func helpDescribesTheOptions() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        for option in ["--output", "--access", "--client-name", "--quiet", "USAGE: openapi-client-gen <spec> --output <directory>"] {
            #expect(result.stdout.contains(option))
        }
    }
}
