import Foundation
import Testing
@testable import OpenAPIClientGen

/// Type-checks generated files against the runtime module built beside the tests (`swiftc -typecheck`).
/// The compiler runs off Swift concurrency's threads (see `ProcessRunner.onOwnThread`).
func expectTypeChecks(_ output: GeneratorPipeline.Output, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module was not found beside the tests")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snippet-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for file in output.files {
        let url = folder.appendingPathComponent(file.name)
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        paths.append(url.path)
    }
    let result = try await ProcessRunner.onOwnThread { [paths] in
        try ExampleRoundTrip.execute(
            "/usr/bin/env", ["swiftc", "-typecheck", "-swift-version", "6", "-I", runtime.modules.path] + paths, in: folder)
    }
    #expect(result.status == 0, "the generated code does not type-check:\n\(result.stderr.prefix(3000))", sourceLocation: sourceLocation)
}
