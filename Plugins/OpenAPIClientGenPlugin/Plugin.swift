import Foundation
import PackagePlugin

/// Runs `openapi-client-gen` at build time for the target it is applied to; the generated sources
/// live in the build folder and are never committed. The build command declares the spec, every file its
/// `$ref`s name and the configuration as its inputs, so SwiftPM reruns it when any of them changes.
@main
struct OpenAPIClientGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw SpecLocator.Failure(description: "openapi-client-gen applies to source targets; '\(target.name)' is not one")
        }
        let located = try SpecLocator.locate(
            targetName: target.name, directory: target.directoryURL, files: target.sourceFiles.map(\.url))
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift client for \(target.name) from \(located.spec.lastPathComponent)",
                executable: try context.tool(named: "openapi-client-gen").url,
                arguments: [located.spec.path, "--output", output.path, "--quiet"] + located.options,
                inputFiles: [located.spec] + ReferencedFiles.of(located.spec) + (located.configFile.map { [$0] } ?? []),
                outputFiles: Self.generatedFiles.map { output.appendingPathComponent($0) }
            )
        ]
    }

    /// The files the generator always writes, whatever the spec: SwiftRenderer.fileNames (a test checks that they
    /// agree). The types go to a file per first letter of their names, `Types_A.swift` to `Types_Z.swift`.
    static let generatedFiles = ["Client.swift", "ClientProtocol.swift"]
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map { "Types_\($0).swift" } + ["Types_Other.swift"]
}
