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
    /// agree). `Client.swift`, then the operations and types in sixteen parts of about equal weight.
    static let generatedFiles = [
        "Client.swift", "Generated_01.swift", "Generated_02.swift", "Generated_03.swift", "Generated_04.swift",
        "Generated_05.swift", "Generated_06.swift", "Generated_07.swift", "Generated_08.swift", "Generated_09.swift",
        "Generated_10.swift", "Generated_11.swift", "Generated_12.swift", "Generated_13.swift", "Generated_14.swift",
        "Generated_15.swift", "Generated_16.swift",
    ]
}
