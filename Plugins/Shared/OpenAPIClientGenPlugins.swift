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
/// writes the sources the build plugin would generate, for reading or vendoring: for one `--target`, into `DIR`;
/// for several, or without `--target` (every target with a spec, test targets aside), into `DIR/<target>`
/// (`Generated/<target>` without `--output`).
@main
struct OpenAPIClientGenPlugins: BuildToolPlugin, CommandPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let tool = try context.tool(named: "openapi-client-gen").url
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        let plan = try Plan(tool: tool, target: target, output: output, optional: false)
        let spec = plan.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "its spec"
        // The command works the plan out again when it runs (`plugin-generate`): SwiftPM reuses these commands until
        // the target's files change, and the configuration may have changed since.
        return [
            .buildCommand(
                displayName: "Generating Swift client for \(target.name) from \(spec)",
                executable: tool, arguments: ["plugin-generate"] + plan.words.dropFirst(),
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
        let package = context.package.directoryURL
        var generated = 0
        // Without --target, every target with a spec but the test targets (whose fixtures may be specs).
        let targets = names.isEmpty
            ? context.package.targets.filter { ($0 as? SourceModuleTarget)?.kind != .test }
            : try context.package.targets(named: names)
        // --output is the folder for the one target named; otherwise each target gets a folder of its own in it
        // (in Generated/ by default).
        let folder = outputOption.map { URL(fileURLWithPath: $0, relativeTo: package).standardizedFileURL }
        for target in targets {
            let output: URL
            if let folder, names.count == 1 {
                output = folder
            } else {
                output = (folder ?? package.appendingPathComponent("Generated")).appendingPathComponent(target.name)
            }
            let plan = try Plan(tool: tool, target: target, output: output, optional: names.isEmpty)
            guard !plan.arguments.isEmpty else { continue }
            let status = try Plan.run(tool, plan.arguments, capturing: false).status
            guard status == 0 else {
                throw Plan.Failure(description: "openapi-client-gen failed for target '\(target.name)' (exit \(status))")
            }
            generated += 1
        }
        if generated == 0 {
            throw Plan.Failure(description: "no target to generate; pass --target NAME (a target with an OpenAPI spec)")
        }
    }
}

/// What `openapi-client-gen plugin-plan` prints for a target: `argument`, `input` and `output` lines, and its
/// diagnostics, which go to SwiftPM with their file and line.
struct Plan {
    /// What the tool was asked: `plugin-plan` and its words.
    var words: [String]
    var arguments: [String] = []
    var inputs: [URL] = []
    var outputs: [URL] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(tool: URL, target: Target, output: URL, optional: Bool) throws {
        // Only what may be a spec: a target's files could be more than a command line takes.
        let files = ((target as? SourceModuleTarget)?.sourceFiles.map(\.url.path) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
        words = ["plugin-plan", target.name, target.directoryURL.path, output.path] + (optional ? ["--optional"] : []) + ["--"] + files
        let (status, text) = try Self.run(tool, words, capturing: true)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            let file = fields.count == 4 && !fields[1].isEmpty ? fields[1] : nil
            switch fields[0] {
            case "argument": arguments.append(fields[1])
            case "input": inputs.append(URL(fileURLWithPath: fields[1]))
            case "output": outputs.append(URL(fileURLWithPath: fields[1]))
            case "error" where fields.count == 4: Diagnostics.error(fields[3], file: file, line: Int(fields[2]))
            case "warning" where fields.count == 4: Diagnostics.warning(fields[3], file: file, line: Int(fields[2]))
            default: continue
            }
        }
        guard status == 0 else {
            throw Failure(description: "openapi-client-gen could not plan target '\(target.name)' (exit \(status))")
        }
    }

    /// Runs the tool: its exit status, and its standard output when `capturing` (else it prints to the terminal).
    /// Its standard error is the terminal's either way.
    static func run(_ tool: URL, _ arguments: [String], capturing: Bool) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        if capturing { process.standardOutput = output }
        try process.run()
        let text = capturing ? String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
