import Foundation
import Testing
@testable import OpenAPIClientGen

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs the whole pipeline on YAML text.
func generate(_ yaml: String, file: String = "test.yaml", options: GeneratorPipeline.Options = .init()) throws(DiagnosticError) -> GeneratorPipeline.Output {
    try GeneratorPipeline(options: options).run(Array(yaml.utf8), file: file)
}

/// The diagnostics a spec produces, errors thrown or warnings returned alike.
func diagnostics(_ yaml: String, file: String = "test.yaml") -> [Diagnostic] {
    do {
        return try generate(yaml, file: file).diagnostics
    } catch {
        return error.diagnostics
    }
}

/// A minimal document around the given `components.schemas` body (indented by 4).
func specWithSchemas(_ schemas: String) -> String {
    """
    openapi: 3.0.3
    info: {title: Test, version: "1.0"}
    paths: {}
    components:
      schemas:
    \(schemas.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
    """
}

/// The text of the generated types (`Types_A.swift` … `Types_Other.swift`, in order) without their headers.
func typesSource(_ output: GeneratorPipeline.Output) -> String {
    SwiftRenderer.fileNames.filter { $0.hasPrefix("Types_") }.compactMap { name in
        let text = output.files.first { $0.name == name }!.contents
        guard text.contains("import OpenAPIClientRuntime\n") else { return nil }  // A file without types.
        return text.components(separatedBy: "import OpenAPIClientRuntime\n").last!.trimmingCharacters(in: .newlines)
    }.filter { !$0.isEmpty }.joined(separator: "\n\n")
}

/// `Client.swift`, then `ClientProtocol.swift` without its header.
func clientSource(_ output: GeneratorPipeline.Output) -> String {
    let client = output.files.first { $0.name == "Client.swift" }!.contents
    let clientProtocol = output.files.first { $0.name == "ClientProtocol.swift" }!.contents
    return client + "\n" + clientProtocol.components(separatedBy: "import OpenAPIClientRuntime\n").last!.trimmingCharacters(in: .newlines) + "\n"
}

/// Environment variable or default folder under `../shared`.
func sharedFolder(_ variable: String, _ name: String) -> URL {
    if let path = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: path) }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(name)
}
