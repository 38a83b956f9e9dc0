import Foundation

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
