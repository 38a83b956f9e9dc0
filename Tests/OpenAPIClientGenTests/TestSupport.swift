import Foundation
import Testing
@testable import OpenAPIClientGen
import OpenAPIClientGenCommandLine

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

extension SpecFileReader {
    /// Regular files on disk, as the command line reads them (its `main.swift` builds the same reader).
    static let fileSystem = SpecFileReader { path in
        Result { () throws(FileSystem.Failure) in try FileSystem.readRegularFile(path) }
            .mapError { SpecFileReader.Failure($0.reason) }
    }
}

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

/// The generated types (the `// MARK: - Types` sections of `Generated_01.swift` … `Generated_16.swift`, in order),
/// without the files' headers.
func typesSource(_ output: GeneratorPipeline.Output) -> String {
    partSections(output).filter { $0.title == "Types" }.map(\.text).joined(separator: "\n\n")
}

/// `Client.swift`, then the parts' operations and protocol defaults without the files' headers.
func clientSource(_ output: GeneratorPipeline.Output) -> String {
    let client = output.files.first { $0.name == "Client.swift" }!.contents
    return ([client] + partSections(output).filter { $0.title != "Types" }.map(\.text)).joined(separator: "\n") + "\n"
}

/// The `// MARK: - Title` sections of the parts, in order: each title with the text under it.
private func partSections(_ output: GeneratorPipeline.Output) -> [(title: String, text: String)] {
    SwiftRenderer.fileNames.filter { $0.hasPrefix("Generated_") }.flatMap { name -> [(title: String, text: String)] in
        let text = output.files.first { $0.name == name }!.contents
        guard let body = text.components(separatedBy: "import OpenAPIClientRuntime\n").dropFirst().first else { return [] }
        return body.components(separatedBy: "// MARK: - ").dropFirst().map { section in
            let title = String(section.prefix { $0 != "\n" })
            return (title, section.dropFirst(title.count).trimmingCharacters(in: .newlines))
        }
    }
}

/// Environment variable or default folder under `../shared`.
func sharedFolder(_ variable: String, _ name: String) -> URL {
    if let path = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: path) }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(name)
}
