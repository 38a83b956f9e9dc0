import Foundation
import PackagePlugin

// Both of the package's plugins, in one file that both plugin targets compile (each folder holds a link to it).
// SwiftPM compiles every plugin of every package in the graph in each consumer's clean build, after the generator
// and before anything else, one after the other: so this file stays small. Which spec a target is generated from,
// with which options, and which files its `$ref`s name, the generator works out (`openapi-client-gen plugin-plan`,
// `TargetPlan` in its library); the plugins pass on what it prints. One type serves both plugins: SwiftPM calls
// `createBuildCommands` for the build plugin and `performCommand` for the command plugin, as the manifest declares.

/// The build plugin (`OpenAPIClientGenPlugin`) runs `openapi-client-gen` at build time for the target it is
/// applied to; the generated sources live in the build folder and are never committed. The build command declares
/// the spec, every file its `$ref`s name and the configuration as its inputs, so SwiftPM reruns it when any of
/// them changes.
///
/// The command plugin (`GenerateOpenAPIClient`),
/// `swift package --allow-writing-to-package-directory generate-openapi-client [--target NAME] [--output DIR]`,
/// writes the sources the build plugin would generate, for reading or vendoring.
@main
struct OpenAPIClientGenPlugins: BuildToolPlugin, CommandPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let tool = try context.tool(named: "openapi-client-gen").url
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        let plan = try Plan(tool: tool, target: target, output: output, optional: false)
        let spec = plan.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "its spec"
        return [
            .buildCommand(
                displayName: "Generating Swift client for \(target.name) from \(spec)",
                executable: tool, arguments: plan.arguments + ["--quiet"],
                inputFiles: plan.inputs, outputFiles: plan.outputs)
        ]
    }

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let outputOption = extractor.extractOption(named: "output").last
        guard extractor.remainingArguments.isEmpty else {
            throw Plan.Failure(description: "unexpected arguments: \(extractor.remainingArguments.joined(separator: " "))")
        }
        let tool = try context.tool(named: "openapi-client-gen").url
        var generated = 0
        for target in names.isEmpty ? context.package.targets : try context.package.targets(named: names) {
            let output = outputOption.map { URL(fileURLWithPath: $0, relativeTo: context.package.directoryURL).standardizedFileURL }
                ?? context.package.directoryURL.appendingPathComponent("Generated").appendingPathComponent(target.name)
            // Without --target, every target with a spec; a named target must have one.
            let plan = try Plan(tool: tool, target: target, output: output, optional: names.isEmpty)
            guard !plan.arguments.isEmpty else { continue }
            try Plan.run(tool, plan.arguments, capturing: false)
            generated += 1
        }
        if generated == 0 {
            throw Plan.Failure(description: "no target to generate; pass --target NAME (a target with an OpenAPI spec)")
        }
    }
}

/// What `openapi-client-gen plugin-plan` prints for a target: `argument`, `input` and `output` lines.
struct Plan {
    var arguments: [String] = []
    var inputs: [URL] = []
    var outputs: [URL] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(tool: URL, target: Target, output: URL, optional: Bool) throws {
        let files = (target as? SourceModuleTarget)?.sourceFiles.map(\.url.path) ?? []
        let words = ["plugin-plan", target.name, target.directoryURL.path, output.path] + (optional ? ["--optional"] : [])
        for line in try Self.run(tool, words + ["--"] + files, capturing: true).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            let value = parts.count == 2 ? String(parts[1]) : ""
            switch parts[0] {
            case "argument": arguments.append(value)
            case "input": inputs.append(URL(fileURLWithPath: value))
            default: outputs.append(URL(fileURLWithPath: value))
            }
        }
    }

    /// Runs the tool; its output when `capturing` (its errors become the thrown error's text, its warnings the
    /// plugin's: SwiftPM says which they are, so `plugin-plan` prints neither word), else it prints to the terminal.
    @discardableResult
    static func run(_ tool: URL, _ arguments: [String], capturing: Bool) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        if capturing {
            process.standardOutput = output
            process.standardError = errors
        }
        try process.run()
        let text = capturing ? String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        let messages = capturing ? String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        process.waitUntilExit()
        let lines = messages.split(separator: "\n").map(String.init)
        guard process.terminationStatus == 0 else {
            throw Failure(description: lines.isEmpty ? "openapi-client-gen failed (exit \(process.terminationStatus))" : lines.joined(separator: "\n"))
        }
        for line in lines { Diagnostics.warning(line) }
        return text
    }
}
