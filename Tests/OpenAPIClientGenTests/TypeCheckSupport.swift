import Foundation
import Testing
@testable import OpenAPIClientGen

/// Type-checks generated files against the runtime module built beside the tests (`swiftc -typecheck`).
func expectTypeChecks(_ output: GeneratorPipeline.Output, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let modules = try #require(PineconeSpecsTests.runtimeModules, "OpenAPIClientRuntime.swiftmodule not found beside the tests")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snippet-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for file in output.files {
        let url = folder.appendingPathComponent(file.name)
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        paths.append(url.path)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path] + paths
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "the generated code does not type-check:\n\(text.prefix(3000))", sourceLocation: sourceLocation)
}
