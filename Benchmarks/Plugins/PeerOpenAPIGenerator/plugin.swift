import Foundation
import PackagePlugin

/// Runs swift-openapi-generator 1.14.3's tool exactly as its own build plugin does (same files, same
/// arguments), but from PeerGenerator/'s build: the peer's plugin cannot be applied here, because its
/// package graph and ours both have a C target named CYaml. run.sh builds the tool first.
@main
struct PeerOpenAPIGenerator: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = context.package.directoryURL.appending(path: "PeerGenerator/.build/release/swift-openapi-generator")
        guard FileManager.default.isExecutableFile(atPath: tool.path(percentEncoded: false)) else {
            throw PluginFailure(message: "\(tool.path(percentEncoded: false)) is not built; run Benchmarks/run.sh, "
                + "or `swift build -c release --product swift-openapi-generator --package-path Benchmarks/PeerGenerator`")
        }
        let files = target.sourceFiles.map(\.url)
        guard let document = files.first(where: { $0.lastPathComponent == "openapi.yaml" }),
              let config = files.first(where: { $0.lastPathComponent == "openapi-generator-config.yaml" })
        else {
            throw PluginFailure(message: "target \(target.name) needs openapi.yaml and openapi-generator-config.yaml")
        }
        let output = context.pluginWorkDirectoryURL.appending(component: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Running swift-openapi-generator 1.14.3 for \(target.name)",
                executable: tool,
                arguments: [
                    "generate", document.resolvingSymlinksInPath().path(percentEncoded: false),
                    "--config", config.path(percentEncoded: false),
                    "--output-directory", output.path(percentEncoded: false), "--plugin-source", "build",
                ],
                inputFiles: [document, document.resolvingSymlinksInPath(), config, tool],
                outputFiles: Self.outputFiles.map { output.appending(component: $0) }
            )
        ]
    }
}

extension PeerOpenAPIGenerator {
    /// What the tool writes in build mode, whatever the modes (the peer's `OutputFileName`).
    static let outputFiles = [
        "Types.swift", "Types+Components.swift", "Types+Operations.swift", "Types+Components+Schemas.swift",
        "Types+Components+Parameters.swift", "Types+Components+RequestBodies.swift",
        "Types+Components+Responses.swift", "Types+Components+Headers.swift", "Client.swift", "Server.swift",
    ]
}

struct PluginFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
