/// What the package's SwiftPM plugins run for one target, found by the convention README documents: the target's
/// `openapi-client-gen.json`, which may name the spec, or else the one spec file among the target's sources.
///
/// The plugins ask the tool for it (`openapi-client-gen plugin-plan`) rather than work it out themselves: SwiftPM
/// compiles every plugin of every package in each consumer's clean build, one after the other, so each line a
/// plugin holds is paid for by every consumer; and here the convention is written once, with located errors.
public struct TargetPlan: Equatable, Sendable {
    public static let configurationName = "openapi-client-gen.json"
    public static let specNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    public static let specSuffixes = [".oas.yaml", ".oas.yml", ".oas.json"]

    /// The spec the target is generated from.
    public var spec: String
    /// The generator's arguments: the spec, `--output` and the folder, then the options the configuration sets.
    public var arguments: [String]
    /// The files whose change must regenerate: the spec, every file its `$ref`s name (followed from file to file),
    /// the configuration file.
    public var inputs: [String]
    /// What generation writes: ``SwiftRenderer/fileNames`` in the output folder, whatever the spec.
    public var outputs: [String]
    /// What the configuration file holds that the generator ignores (an unknown key): said, not fatal.
    public var warnings: [Diagnostic] = []

    /// The plan for a target, or nil when the target has neither a configuration file nor a spec (it does not use
    /// the generator). `sourceFiles` are the target's files as SwiftPM lists them; the reader reads the
    /// configuration and the spec. Its inputs are the spec and the configuration: ``addReferencedFiles(reader:)``
    /// adds what the `$ref`s name, which only the build plugin's inputs need.
    public static func find(
        target: String, directory: String, sourceFiles: [String], output: String, reader: SpecFileReader
    ) throws(DiagnosticError) -> TargetPlan? {
        let configurationPath = SpecPath.resolve(configurationName, against: directory)
        var configuration = Configuration()
        var spec: String
        var inputs: [String] = []
        switch reader.read(configurationPath) {
        case .success(let bytes):
            configuration = try Configuration(bytes, file: configurationPath)
            inputs.append(configurationPath)
            if let named = configuration.spec {
                spec = SpecPath.resolve(named, against: directory)
                if case .failure(let failure) = reader.read(spec) {
                    throw DiagnosticError([Diagnostic(
                        .error, "the spec '\(named)' it names cannot be read (\(spec)): \(failure.reason)",
                        file: configurationPath, at: configuration.specMark)])
                }
            } else {
                guard let single = try single(target: target, directory: directory, sourceFiles: sourceFiles) else {
                    throw DiagnosticError([Diagnostic(.error, noSpecMessage(target: target, directory: directory))])
                }
                spec = single
            }
        case .failure:
            guard let single = try single(target: target, directory: directory, sourceFiles: sourceFiles) else { return nil }
            spec = single
        }
        inputs.insert(spec, at: 0)
        return TargetPlan(
            spec: spec, arguments: [spec, "--output", output] + configuration.options, inputs: inputs,
            outputs: SwiftRenderer.fileNames.map { SpecPath.resolve($0, against: output) }, warnings: configuration.warnings)
    }

    /// Why a target without a spec cannot be generated.
    public static func noSpecMessage(target: String, directory: String) -> String {
        "target '\(target)' has no OpenAPI spec: looked in \(directory) for \(configurationName) naming a spec, "
            + "or one file named openapi.yaml, openapi.yml, openapi.json or *.oas.yaml"
    }

    /// The plan as the tool prints it for the plugins: a ``line(for:)`` per warning, then one `argument`, `input`
    /// or `output` line per value, a tab after the word. A value with a line break in it cannot be written so, and
    /// is an error.
    public func lines() throws(DiagnosticError) -> String {
        var text = warnings.map { Self.line(for: $0) }.joined()
        for (word, values) in [("argument", arguments), ("input", inputs), ("output", outputs)] {
            for value in values {
                guard !value.contains(where: \.isNewline) else {
                    throw DiagnosticError([Diagnostic(.error, "a path with a line break cannot be passed to SwiftPM: \(value.debugDescription)")])
                }
                text += word + "\t" + value + "\n"
            }
        }
        return text
    }

    /// A diagnostic as the plugins read it, to hand it to SwiftPM with its place: `error` or `warning`, the file,
    /// the line and the message, separated by tabs (the file and the line may be empty).
    public static func line(for diagnostic: Diagnostic) -> String {
        let message = String(diagnostic.message.map { $0.isNewline ? " " : $0 })
        return "\(diagnostic.severity.rawValue)\t\(diagnostic.file ?? "")\t\(diagnostic.mark.map { String($0.line) } ?? "")\t\(message)\n"
    }

    /// The one spec among the target's files, nil when there is none; several are an error.
    static func single(target: String, directory: String, sourceFiles: [String]) throws(DiagnosticError) -> String? {
        let specs = sourceFiles.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return specNames.contains(name) || specSuffixes.contains { name.hasSuffix($0) }
        }.sorted()
        guard specs.count <= 1 else {
            let names = specs.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
            throw DiagnosticError([Diagnostic(
                .error, "target '\(target)' has several OpenAPI specs (\(names)); keep one, or name one in \(configurationName)")])
        }
        return specs.first
    }

    /// Adds every file reached from the spec through `$ref`s to the inputs, after the spec, sorted. Read from the
    /// text, not parsed: SwiftPM asks the plugin on every build, and a broken spec must get to the generator, which
    /// reports where it is broken. It may list a file too many (a `$ref` in an example), which costs nothing.
    public mutating func addReferencedFiles(reader: SpecFileReader) {
        guard case .success(let bytes) = reader.read(spec) else { return }
        var seen: Set<String> = [spec]
        var pending = [(file: spec, bytes: bytes)]
        var found: [String] = []
        while let (file, bytes) = pending.popLast() {
            for reference in Self.references(in: bytes) {
                let path = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard !path.isEmpty, !path.contains("://") else { continue }
                let target = SpecPath.resolve(path.removingPercentEncodingIfPossible, against: SpecPath.directory(of: file))
                guard seen.insert(target).inserted, case .success(let contents) = reader.read(target) else { continue }
                found.append(target)
                pending.append((target, contents))
            }
        }
        inputs.insert(contentsOf: found.sorted(), at: 1)
    }

    /// The values written after each `$ref` key, quoted or plain, up to the end of the scalar: `$ref: path`,
    /// `"$ref": "path"`, `{$ref: path}`.
    static func references(in bytes: [UInt8]) -> [String] {
        let key = Array("$ref".utf8)
        var values: [String] = []
        var index = 0
        while index + key.count <= bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index..<index + key.count].elementsEqual(key) else {
                index += 1
                continue
            }
            index += key.count
            while index < bytes.count, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(bytes[index]) {
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { continue }
            index += 1
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            var end = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                index += 1
                end = index
                while end < bytes.count, bytes[end] != quote, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            } else {
                let stops = Array(" \t\r\n,}]".utf8)
                while end < bytes.count, !stops.contains(bytes[end]) { end += 1 }
            }
            let value = String(decoding: bytes[index..<end], as: UTF8.self)
            // JSON may escape a slash (`"schemas\/pet.json"`, as PHP writes it).
            values.append(bytes[index - 1] == UInt8(ascii: "\"") ? value.replacing("\\/", with: "/") : value)
            index = end
        }
        return values
    }

    /// `openapi-client-gen.json`: the spec, when it is not the one spec among the target's files, and the generator's
    /// options.
    struct Configuration {
        var spec: String?
        var specMark: Mark?
        var options: [String] = []
        /// Unknown keys, said but not fatal.
        var warnings: [Diagnostic] = []

        init() {}

        init(_ bytes: [UInt8], file: String) throws(DiagnosticError) {
            let root = try YAMLParser().parse(bytes, file: file)
            var reader = NodeReader(files: [file])
            let known: Set = ["spec", "access", "clientName", "requestChecks", "filter"]
            if let fields = reader.object(root, TargetPlan.configurationName, known: known) {
                // A JSON string, or null for the default: `"clientName": 3` is an error, not the name "3".
                func text(_ key: String) -> String? {
                    guard let node = fields[key], !node.isNull else { return nil }
                    guard case .string(let value) = JSONValue(node) else {
                        reader.diagnostics.error("\(key) must be a string, found \(node.kindDescription)", at: node.mark)
                        return nil
                    }
                    return value
                }
                spec = text("spec")
                specMark = fields["spec"]?.mark
                if let access = text("access") { options += ["--access", access] }
                if let name = text("clientName") { options += ["--client-name", name] }
                if let checks = fields["requestChecks"], !checks.isNull, reader.bool(checks, "requestChecks") == false {
                    options.append("--no-request-checks")
                }
                if let filter = fields["filter"], !filter.isNull,
                    let entries = reader.object(filter, "filter", known: ["tags", "operations", "paths"]) {
                    for (key, option) in [("tags", "--filter-tag"), ("operations", "--filter-operation"), ("paths", "--filter-path")] {
                        for entry in reader.strings(entries[key], "filter.\(key)") { options += [option, entry.value] }
                    }
                }
            }
            if reader.diagnostics.hasErrors { throw DiagnosticError(reader.diagnostics.diagnostics) }
            warnings = reader.diagnostics.diagnostics
        }
    }
}
