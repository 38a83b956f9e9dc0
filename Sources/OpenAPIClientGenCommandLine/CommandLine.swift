// The module is this one file on purpose: one compiler job, which finishes early and so does the debug build's
// indexing of the standard library and Glibc while the generator compiles (Package.swift says more).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `openapi-client-gen SPEC --output DIR [--access public|internal] [--client-name NAME] [--no-request-checks]`
/// `[--filter-tag NAME] [--filter-operation ID] [--filter-path PREFIX] [--quiet]`, as words: what the values mean
/// (an access level, a type name) the generator's library checks, in `GeneratorPipeline.Options`.
///
/// This module is the command line's half that needs nothing of the generator (its words and its files), so
/// SwiftPM compiles it beside the generator's library rather than after it: see Package.swift.
public struct CommandLineArguments: Equatable, Sendable {
    public var spec: String
    public var output: String
    public var access: String?
    public var clientName: String?
    public var checksRequests = true
    public var filterTags: [String] = []
    public var filterOperations: [String] = []
    public var filterPaths: [String] = []
    public var quiet = false

    public init(spec: String, output: String) {
        self.spec = spec
        self.output = output
    }

    public static let usage = """
        OVERVIEW: Generates a Swift client (models and one async method per operation) from an OpenAPI 3.0 YAML spec.

        USAGE: openapi-client-gen <spec> --output <directory> [options]

        ARGUMENTS:
          <spec>                   The OpenAPI document (YAML or JSON); the files its $refs name are read
                                   relative to the file they are named in.

        OPTIONS:
          -o, --output <directory> Where to write Client.swift and Generated_01.swift to
                                   Generated_16.swift (created if missing).
          --access <level>         public (default) or internal: the access level of generated declarations.
          --client-name <name>     The name of the generated client type (default: Client).
          --no-request-checks      Do not check requests against the spec's constraints (minimum, maxLength,
                                   pattern, …) before sending them: for specs whose constraints are wrong.
          --filter-tag <name>      Generate only the operations with this tag (repeatable; with the other
                                   filters, an operation matching any of them is kept), and the schemas
                                   they reach.
          --filter-operation <id>  Generate only the operation with this operationId (repeatable).
          --filter-path <prefix>   Generate only the operations whose path starts with this (repeatable).
          -q, --quiet              Print errors only: no warnings, no summary.
          -h, --help               Show this help.

        Errors are printed as 'path:line:column: error: message'; the exit code is 1 for errors in the
        spec, 2 for wrong arguments.

        The package's SwiftPM plugins run 'openapi-client-gen plugin-plan' and 'plugin-generate' (see
        PluginPlanArguments in the source).
        """

    /// The arguments in `words` (without the program's name); nil for `--help`.
    public static func parse(_ words: [String]) throws(UsageError) -> CommandLineArguments? {
        var spec: String?
        var output: String?
        var arguments = CommandLineArguments(spec: "", output: "")
        var index = 0
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < words.count else { throw UsageError("\(option) needs a value") }
            return words[index]
        }
        while index < words.count {
            let word = words[index]
            switch word {
            case "-h", "--help": return nil
            case "-o", "--output": output = try value(for: word)
            case "--access": arguments.access = try value(for: word)
            case "--client-name": arguments.clientName = try value(for: word)
            case "--no-request-checks": arguments.checksRequests = false
            case "--filter-tag": arguments.filterTags.append(try value(for: word))
            case "--filter-operation": arguments.filterOperations.append(try value(for: word))
            case "--filter-path": arguments.filterPaths.append(try value(for: word))
            case "-q", "--quiet": arguments.quiet = true
            default:
                if word.hasPrefix("-") { throw UsageError("unknown option '\(word)'") }
                if let first = spec { throw UsageError("only one spec can be given; got '\(first)' and '\(word)'") }
                spec = word
            }
            index += 1
        }
        guard let spec else { throw UsageError("missing the spec file") }
        guard let output else { throw UsageError("missing --output <directory>") }
        arguments.spec = spec
        arguments.output = output
        return arguments
    }
}

/// `openapi-client-gen plugin-plan TARGET DIRECTORY OUTPUT [--optional] [-- FILE…]`, which the package's plugins run:
/// it prints what to generate for a SwiftPM target (the spec, the generator's arguments, the build command's inputs and
/// outputs; `TargetPlan` in the generator's library). `FILE…` are the target's files as SwiftPM lists them. With
/// `--optional`, a target without a spec prints nothing, rather than an error. `plugin-generate`, with the same words,
/// is the build plugin's command: it works the plan out again and generates.
public struct PluginPlanArguments: Equatable, Sendable {
    public var target: String
    public var directory: String
    public var output: String
    public var optional: Bool
    public var sourceFiles: [String]

    public init(target: String, directory: String, output: String, optional: Bool = false, sourceFiles: [String] = []) {
        self.target = target
        self.directory = directory
        self.output = output
        self.optional = optional
        self.sourceFiles = sourceFiles
    }

    public static let usage = "openapi-client-gen plugin-plan <target> <target-directory> <output-directory> [--optional] -- <file>…"

    /// The words after `plugin-plan`.
    public static func parse(_ words: [String]) throws(UsageError) -> PluginPlanArguments {
        let separator = words.firstIndex(of: "--") ?? words.endIndex
        var positional = words[..<separator].filter { $0 != "--optional" }
        guard positional.count == 3 else {
            throw UsageError("plugin-plan takes a target name, its folder and an output folder, then -- and the target's files")
        }
        var arguments = PluginPlanArguments(target: positional.removeFirst(), directory: positional.removeFirst(), output: positional.removeFirst())
        arguments.optional = words[..<separator].contains("--optional")
        arguments.sourceFiles = Array(words[min(separator + 1, words.endIndex)...])
        return arguments
    }
}

/// Words the command line cannot take; the tool prints it with the usage line and exits with 2.
public struct UsageError: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// The file access the generator's command line needs, straight on libc: no Foundation in the build path.
public enum FileSystem {
    /// What could not be done to which file, and the system's reason ("No such file or directory").
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        /// `open`, `read`, `write`, `create directory`.
        public var action: String
        public var reason: String

        public var description: String { "\(path): error: cannot \(action): \(reason)" }
    }

    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Failure(path: path, action: "open", reason: lastError) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count {
                if ferror(file) != 0 { throw Failure(path: path, action: "read", reason: lastError) }
                return bytes
            }
        }
    }

    /// A regular file's bytes, for the files a spec references: a device or a folder named by a `$ref` is
    /// refused rather than read (`/dev/zero` would never end).
    public static func readRegularFile(_ path: String) throws(Failure) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(path: path, action: "open", reason: lastError) }
        guard (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFREG) else {
            throw Failure(path: path, action: "read", reason: "not a regular file")
        }
        return try read(path)
    }

    /// Writes the file unless it already holds exactly these bytes, so unchanged output keeps its
    /// modification time and the build system has nothing to recompile. Returns whether it wrote.
    @discardableResult
    public static func writeIfChanged(_ path: String, _ contents: String) throws(Failure) -> Bool {
        let bytes = Array(contents.utf8)
        if let existing = try? read(path), existing == bytes { return false }
        guard let file = fopen(path, "wb") else { throw Failure(path: path, action: "write", reason: lastError) }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else { throw Failure(path: path, action: "write", reason: lastError) }
        return true
    }

    /// Removes the `.swift` files in `directory` that this generator wrote (they start with `header`) and that are
    /// not among `keeping`: files an earlier version wrote under other names (`Types2.swift`), which would
    /// otherwise declare every type twice beside the new files. Returns the names removed.
    public static func removeStaleGeneratedFiles(in directory: String, keeping: Set<String>, header: String) -> [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var stale: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".swift"), !keeping.contains(name) else { continue }
            guard let bytes = try? read(directory + "/" + name), bytes.starts(with: header.utf8) else { continue }
            stale.append(name)
        }
        return stale.sorted().filter { unlink(directory + "/" + $0) == 0 }
    }

    /// `mkdir -p`.
    public static func createDirectory(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(path: path, action: "create directory", reason: lastError)
            }
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}

/// Writes a line to standard error.
public func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Ends the process with `status`.
public func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
