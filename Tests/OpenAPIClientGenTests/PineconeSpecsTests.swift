import Foundation
import Testing
@testable import OpenAPIClientGen

/// Every spec Pinecone has published generates without errors, and its output type-checks against
/// the runtime. Reads `../shared/pinecone-api` (or `PINECONE_API_DIR`) in place.
@Suite struct PineconeSpecsTests {
    static let folder = sharedFolder("PINECONE_API_DIR", "pinecone-api")

    static var specs: [URL] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(".oas.yaml") }.sorted { $0.path < $1.path }
    }

    /// The runtime's compiled module, beside the test bundle in the build folder.
    static var runtimeModules: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let modules = folder.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: modules.appendingPathComponent("OpenAPIClientRuntime.swiftmodule").path) {
                return modules
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    @Test func everyPublishedSpecGeneratesAndTypeChecks() throws {
        let specs = Self.specs
        guard !specs.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("no specs under \(Self.folder.path); CI needs ../shared/pinecone-api (or PINECONE_API_DIR)")
            } else {
                print("skipped: no specs under \(Self.folder.path) (set PINECONE_API_DIR)")
            }
            return
        }
        let modules = try #require(Self.runtimeModules, "OpenAPIClientRuntime.swiftmodule not found beside the tests")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pinecone-specs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var generated = 0, compiled = 0
        for spec in specs {
            let name = spec.deletingPathExtension().deletingPathExtension().lastPathComponent
            let output: GeneratorPipeline.Output
            do {
                output = try GeneratorPipeline().run([UInt8](Data(contentsOf: spec)), file: spec.path)
            } catch {
                Issue.record("\(name) does not generate:\n\(error)")
                continue
            }
            generated += 1
            let folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var paths: [String] = []
            for file in output.files {
                let url = folder.appendingPathComponent(file.name)
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                paths.append(url.path)
            }
            let (status, errors) = try typeCheck(paths, modules: modules)
            if status == 0 {
                compiled += 1
            } else {
                Issue.record("\(name) does not type-check:\n\(errors.prefix(3000))")
            }
        }
        print("Pinecone specs: \(generated) generated / \(compiled) compiled / \(specs.count) total")
        #expect(generated == specs.count)
        #expect(compiled == specs.count)
    }

    private func typeCheck(_ files: [String], modules: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path] + files
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
