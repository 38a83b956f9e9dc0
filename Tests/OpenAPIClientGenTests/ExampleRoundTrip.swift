import Foundation
@testable import OpenAPIClientGen

/// Builds a spec's generated code, with a `main.swift` that decodes each of its examples into the
/// generated type for that site and re-encodes it, into an executable, runs it and reads the results.
enum ExampleRoundTrip {
    enum Result: Equatable {
        case reencoded(String)
        case failed(String)
    }

    struct Run {
        /// The compiler's errors; empty when the code compiled and linked.
        var compilerErrors = ""
        var results: [Int: Result] = [:]
        /// What the driver wrote to stderr when it stopped early (a trap in generated code).
        var crash: String?
    }

    /// The driver: one `check` per site, numbered by its index in `sites`; a site whose example JSON
    /// cannot express is left out (and reported by the caller as having no result).
    static func driver(for sites: [ExampleSite]) -> String {
        var lines = [
            "import Foundation",
            "@_spi(Generated) import OpenAPIClientRuntime",
            "",
            "func check<T: Codable>(_ index: Int, _ type: T.Type, _ json: String) {",
            "    let result: String",
            "    do {",
            "        let value = try JSONCoding.makeDecoder().decode(T.self, from: Data(json.utf8))",
            "        if let path = unrecognized(value, at: \"$\") {",
            "            result = \"unrecognized\\t\" + path",
            "        } else {",
            "            result = \"ok\\t\" + String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)",
            "        }",
            "    } catch {",
            "        result = \"error\\t\" + describe(error)",
            "    }",
            "    print(\"\\(index)\\t\\(result)\")",
            "}",
            "",
            "/// Where a value holds an `unrecognized` case (an open enum value or a oneOf alternative the",
            "/// generated code does not know), which would re-encode unchanged and hide a mismatch.",
            "func unrecognized(_ value: Any, at path: String) -> String? {",
            "    let mirror = Mirror(reflecting: value)",
            "    switch mirror.displayStyle {",
            "    case .enum:",
            "        guard let child = mirror.children.first else { return nil }",
            "        if child.label == \"unrecognized\" { return \"\\(path): \\(child.value)\".split(whereSeparator: \\.isNewline).joined(separator: \" \") }",
            "        return unrecognized(child.value, at: path)",
            "    case .dictionary:",
            "        for pair in mirror.children {",
            "            let parts = Array(Mirror(reflecting: pair.value).children)",
            "            if parts.count == 2, let found = unrecognized(parts[1].value, at: \"\\(path).\\(parts[0].value)\") { return found }",
            "        }",
            "        return nil",
            "    default:",
            "        for (index, child) in mirror.children.enumerated() {",
            "            let step = mirror.displayStyle == .optional ? \"\" : child.label.map { \".\" + $0 } ?? \"[\\(index)]\"",
            "            if let found = unrecognized(child.value, at: path + step) { return found }",
            "        }",
            "        return nil",
            "    }",
            "}",
            "",
            "func describe(_ error: any Error) -> String {",
            "    guard let error = error as? DecodingError else { return \"\\(error)\" }",
            "    func path(_ context: DecodingError.Context) -> String {",
            "        \"$\" + context.codingPath.map { $0.intValue.map { \"[\\($0)]\" } ?? \".\" + $0.stringValue }.joined()",
            "    }",
            "    let text: String",
            "    switch error {",
            "    case .keyNotFound(let key, let context): text = path(context) + \".\\(key.stringValue): required but missing\"",
            "    case .typeMismatch(let type, let context): text = path(context) + \": expected \\(type): \\(context.debugDescription)\"",
            "    case .valueNotFound(let type, let context): text = path(context) + \": expected \\(type), found null\"",
            "    case .dataCorrupted(let context): text = path(context) + \": \\(context.debugDescription)\"",
            "    @unknown default: text = \"\\(error)\"",
            "    }",
            "    return text.split(whereSeparator: \\.isNewline).joined(separator: \" \")",
            "}",
            "",
        ]
        for (index, site) in sites.enumerated() {
            guard let json = site.value.jsonText else { continue }
            lines.append("check(\(index), \(site.swiftType).self, \(rawLiteral(json)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `#"…"#` with as many `#` as the text needs.
    static func rawLiteral(_ text: String) -> String {
        var hashes = 1
        while text.contains("\"" + String(repeating: "#", count: hashes)) { hashes += 1 }
        let delimiter = String(repeating: "#", count: hashes)
        return delimiter + "\"" + text + "\"" + delimiter
    }

    /// Compiles `files` (the generated code and the driver) against the runtime's module and
    /// objects, runs the result and reads its lines.
    static func compileAndRun(_ files: [URL], in folder: URL, runtime: RuntimeBuild) throws -> Run {
        var run = Run()
        let executable = folder.appendingPathComponent("examples")
        let compile = try execute(
            "/usr/bin/env",
            ["swiftc", "-swift-version", "6", "-I", runtime.modules.path, "-o", executable.path]
                + files.map(\.path) + runtime.objects.map(\.path),
            in: folder)
        guard compile.status == 0 else {
            run.compilerErrors = compile.stderr.isEmpty ? compile.stdout : compile.stderr
            return run
        }
        let result = try execute(executable.path, [], in: folder)
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let index = Int(fields[0]) else { continue }
            switch fields[1] {
            case "ok": run.results[index] = .reencoded(String(fields[2]))
            case "unrecognized": run.results[index] = .failed("decodes to an unrecognized case at \(fields[2])")
            default: run.results[index] = .failed("does not decode: \(fields[2])")
            }
        }
        if result.status != 0 { run.crash = "exit \(result.status): " + String(result.stderr.suffix(2000)) }
        return run
    }

    /// Where the test build keeps the runtime: its module, and its and its dependencies' object files.
    struct RuntimeBuild {
        var modules: URL
        var objects: [URL]

        /// Found beside the test bundle, in the build folder.
        static func locate() -> RuntimeBuild? {
            var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let modules = folder.appendingPathComponent("Modules")
                // The runtime and the two packages it depends on (swift-http-types, swift-log).
                // The objects the build's output file map names: a folder may still hold those of deleted sources.
                let objects = ["OpenAPIClientRuntime", "HTTPTypes", "Logging"].flatMap { module -> [URL] in
                    let map = folder.appendingPathComponent(module + ".build/output-file-map.json")
                    guard let data = try? Data(contentsOf: map),
                          let entries = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: String]]
                    else { return [] }
                    return entries.values.compactMap { $0["object"] }.sorted().map { URL(fileURLWithPath: $0) }
                }
                if FileManager.default.fileExists(atPath: modules.appendingPathComponent("OpenAPIClientRuntime.swiftmodule").path),
                   !objects.isEmpty {
                    return RuntimeBuild(modules: modules, objects: objects)
                }
                folder = folder.deletingLastPathComponent()
            }
            return nil
        }
    }

    static func execute(_ program: String, _ arguments: [String], in folder: URL) throws -> ProcessRunner.Result {
        try ProcessRunner.run(URL(fileURLWithPath: program), arguments, in: folder)
    }
}
