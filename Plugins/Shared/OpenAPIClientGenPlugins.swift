import Foundation
import PackagePlugin

// Both of the package's plugins, in one file that both plugin targets compile (each folder holds a link to it).
// SwiftPM compiles every plugin of every package in the graph in each consumer's clean build, after the generator
// and before anything else, one compiler job per file: a single file is about a quarter of a second less per plugin.
// One type serves both: SwiftPM calls `createBuildCommands` for the build plugin and `performCommand` for the
// command plugin, each as the manifest declares it.

/// The build plugin (`OpenAPIClientGenPlugin`) runs `openapi-client-gen` at build time for the target it is
/// applied to; the generated sources live in the build folder and are never committed. The build command declares
/// the spec, every file its `$ref`s name and the configuration as its inputs, so SwiftPM reruns it when any of
/// them changes.
///
/// The command plugin (`GenerateOpenAPIClient`),
/// `swift package --allow-writing-to-package-directory generate-openapi-client --target NAME [--output DIR]`,
/// writes the sources the build plugin would generate, for reading or vendoring.
@main
struct OpenAPIClientGenPlugins: BuildToolPlugin, CommandPlugin {
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

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let outputOption = extractor.extractOption(named: "output").last
        if !extractor.remainingArguments.isEmpty {
            throw SpecLocator.Failure(description: "unexpected arguments: \(extractor.remainingArguments.joined(separator: " "))")
        }
        let targets = try context.package.targets(named: targetNames).compactMap { $0 as? SourceModuleTarget }
            .filter { target in targetNames.isEmpty ? usesBuildPlugin(target) : true }
        if targets.isEmpty {
            throw SpecLocator.Failure(description: "no target to generate; pass --target NAME (a target with an OpenAPI spec)")
        }
        let tool = try context.tool(named: "openapi-client-gen")
        for target in targets {
            let located = try SpecLocator.locate(
                targetName: target.name, directory: target.directoryURL, files: target.sourceFiles.map(\.url))
            let output = outputOption.map { URL(fileURLWithPath: $0, relativeTo: context.package.directoryURL).standardizedFileURL }
                ?? context.package.directoryURL.appendingPathComponent("Generated").appendingPathComponent(target.name)
            let process = Process()
            process.executableURL = tool.url
            process.arguments = [located.spec.path, "--output", output.path] + located.options
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw SpecLocator.Failure(description: "openapi-client-gen failed for target '\(target.name)' (exit \(process.terminationStatus))")
            }
        }
    }

    private func usesBuildPlugin(_ target: SourceModuleTarget) -> Bool {
        FileManager.default.fileExists(atPath: target.directoryURL.appendingPathComponent(SpecLocator.configName).path)
            || target.sourceFiles.contains { file in
                SpecLocator.specNames.contains(file.url.lastPathComponent)
                    || SpecLocator.specSuffixes.contains { file.url.lastPathComponent.hasSuffix($0) }
            }
    }
}

/// Finds the spec a target is generated from, by the convention README documents:
/// `openapi-client-gen.json` in the target naming it, or else exactly one spec file in the target.
struct SpecLocator {
    static let configName = "openapi-client-gen.json"
    static let specNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let specSuffixes = [".oas.yaml", ".oas.yml", ".oas.json"]

    struct Configuration: Decodable {
        /// The spec, relative to the configuration file.
        var spec: String?
        /// `public` (default) or `internal`.
        var access: String?
        /// The generated client type's name (default `Client`).
        var clientName: String?
        /// `false` turns off the checks of requests against the spec's constraints (default `true`).
        var requestChecks: Bool?
        /// Generate only the operations matching any of these, and the schemas they reach.
        var filter: Filter?
    }

    struct Filter: Decodable {
        var tags: [String]?
        var operations: [String]?
        var paths: [String]?
    }

    struct Located {
        var spec: URL
        /// The configuration file, when there is one; an input of the build command like the spec.
        var configFile: URL?
        var configuration: Configuration

        /// The generator's arguments after the spec and output folder.
        var options: [String] {
            var arguments: [String] = []
            if let access = configuration.access { arguments += ["--access", access] }
            if let name = configuration.clientName { arguments += ["--client-name", name] }
            if configuration.requestChecks == false { arguments.append("--no-request-checks") }
            for tag in configuration.filter?.tags ?? [] { arguments += ["--filter-tag", tag] }
            for id in configuration.filter?.operations ?? [] { arguments += ["--filter-operation", id] }
            for prefix in configuration.filter?.paths ?? [] { arguments += ["--filter-path", prefix] }
            return arguments
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func locate(targetName: String, directory: URL, files: [URL]) throws -> Located {
        let config = directory.appendingPathComponent(configName)
        if FileManager.default.fileExists(atPath: config.path) {
            let configuration: Configuration
            do {
                configuration = try JSONDecoder().decode(Configuration.self, from: Data(contentsOf: config))
            } catch {
                throw Failure(description: "\(config.path): cannot read \(configName): \(error)")
            }
            if let path = configuration.spec {
                let spec = URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
                guard FileManager.default.fileExists(atPath: spec.path) else {
                    throw Failure(description: "\(config.path): the spec '\(path)' it names does not exist (looked for \(spec.path))")
                }
                return Located(spec: spec, configFile: config, configuration: configuration)
            }
            return try Located(spec: single(targetName, directory, files), configFile: config, configuration: configuration)
        }
        return try Located(spec: single(targetName, directory, files), configFile: nil, configuration: Configuration())
    }

    private static func single(_ targetName: String, _ directory: URL, _ files: [URL]) throws -> URL {
        let specs = files.filter { file in
            let name = file.lastPathComponent
            return specNames.contains(name) || specSuffixes.contains { name.hasSuffix($0) }
        }.sorted { $0.path < $1.path }
        let lookedFor = "\(configName) naming a spec, or one file named openapi.yaml, openapi.yml, openapi.json or *.oas.yaml"
        guard let spec = specs.first else {
            throw Failure(description: "target '\(targetName)' has no OpenAPI spec: looked in \(directory.path) for \(lookedFor)")
        }
        guard specs.count == 1 else {
            let names = specs.map(\.lastPathComponent).joined(separator: ", ")
            throw Failure(description: "target '\(targetName)' has several OpenAPI specs (\(names)); keep one, or name one in \(configName)")
        }
        return spec
    }
}

/// The files a spec's `$ref`s name, followed from file to file, for the build command's inputs: editing
/// any of them must regenerate. A plugin cannot use the generator's parser, so this reads `$ref`s from
/// the text; it may list a file too many (a `$ref` inside an example), which costs nothing, and it finds
/// every file `$ref: path`, `"$ref": "path"` and `{$ref: path}` name.
enum ReferencedFiles {
    /// Every file reached from `spec`, without the spec itself, sorted.
    static func of(_ spec: URL) -> [URL] {
        var seen: Set<String> = [spec.standardizedFileURL.path]
        var pending = [spec.standardizedFileURL]
        var found: [URL] = []
        while let file = pending.popLast() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let folder = file.deletingLastPathComponent()
            for reference in references(in: text) {
                let path = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard !path.isEmpty, !path.contains("://") else { continue }
                let decoded = path.removingPercentEncoding ?? path
                let target = URL(fileURLWithPath: decoded, relativeTo: folder).standardizedFileURL
                guard seen.insert(target.path).inserted, FileManager.default.fileExists(atPath: target.path) else { continue }
                found.append(target)
                pending.append(target)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The values written after each `$ref` key: quoted or plain, up to the end of the scalar.
    static func references(in text: String) -> [String] {
        var values: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "$ref") {
            rest = rest[range.upperBound...]
            var value = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " || $0 == "\t" }
            guard value.first == ":" else { continue }
            value = value.dropFirst().drop { $0 == " " || $0 == "\t" }
            if let quote = value.first, quote == "\"" || quote == "'" {
                values.append(String(value.dropFirst().prefix { $0 != quote && $0 != "\n" }))
            } else {
                values.append(String(value.prefix { !" \t\r\n,}]".contains($0) }))
            }
        }
        return values
    }
}
