// On glibc the C functions below come from libyaml's module (`shim.h` includes their headers), not from the Glibc
// overlay: a debug build indexes every module it imports, and the overlay is rebuilt from its interface to be
// indexed, about half a second on every consumer's clean build, on its critical path (the tool is built first).
#if canImport(Glibc)
internal import COpenAPIClientGenYAML
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `openapi-client-gen SPEC --output DIR [--access public|internal] [--client-name NAME] [--no-request-checks]`
///
/// The command line lives in the library, and the executable is one line calling `main(_:)`: the tool is built
/// in every consumer's clean build before anything else, and a second module of its own would be compiled
/// after this one, on the build's critical path.
public enum GenerateCommand {
    static let usage = """
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
        """

    struct Arguments {
        var spec: String?
        var output: String?
        var options = GeneratorPipeline.Options()
        var quiet = false
    }

    /// Runs the command line `words` (without the program's name) and returns the exit status.
    public static func main(_ words: [String]) -> Int32 {
        let arguments: Arguments
        do {
            guard let parsed = try parse(words) else {
                print(usage)
                return 0
            }
            arguments = parsed
        } catch {
            printError("error: \(error)\n\nUsage: openapi-client-gen <spec> --output <directory> (see --help)")
            return 2
        }
        return run(arguments)
    }

    static func parse(_ words: [String]) throws(UsageError) -> Arguments? {
        var arguments = Arguments()
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
            case "-o", "--output": arguments.output = try value(for: word)
            case "--access":
                let level = try value(for: word)
                guard let access = SwiftRenderer.AccessLevel(rawValue: level) else {
                    throw UsageError("--access must be 'public' or 'internal', not '\(level)'")
                }
                arguments.options.accessLevel = access
            case "--client-name":
                let name = try value(for: word)
                guard SafeNameGenerator.typeName(name) == name else { throw UsageError("--client-name '\(name)' is not a Swift type name") }
                arguments.options.clientName = name
            case "--no-request-checks": arguments.options.checksRequests = false
            case "--filter-tag": arguments.options.filter.tags.append(try value(for: word))
            case "--filter-operation": arguments.options.filter.operationIDs.append(try value(for: word))
            case "--filter-path": arguments.options.filter.pathPrefixes.append(try value(for: word))
            case "-q", "--quiet": arguments.quiet = true
            default:
                if word.hasPrefix("-") { throw UsageError("unknown option '\(word)'") }
                if arguments.spec != nil { throw UsageError("only one spec can be given; got '\(arguments.spec!)' and '\(word)'") }
                arguments.spec = word
            }
            index += 1
        }
        guard arguments.spec != nil else { throw UsageError("missing the spec file") }
        guard arguments.output != nil else { throw UsageError("missing --output <directory>") }
        return arguments
    }

    static func run(_ arguments: Arguments) -> Int32 {
        let clock = ContinuousClock()
        let start = clock.now
        let spec = arguments.spec!, output = arguments.output!
        do {
            let bytes = try FileSystem.read(spec)
            let result = try GeneratorPipeline(options: arguments.options).run(bytes, file: spec, reader: .fileSystem)
            if !arguments.quiet {
                for diagnostic in result.diagnostics { printError(diagnostic.description) }
            }
            try FileSystem.createDirectory(output)
            var written = 0
            for file in result.files where try FileSystem.writeIfChanged(output + "/" + file.name, file.contents) {
                written += 1
            }
            let removed = FileSystem.removeStaleGeneratedFiles(
                in: output, keeping: Set(result.files.map(\.name)), header: SwiftRenderer.headerPrefix)
            let elapsed = clock.now - start
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            if !arguments.quiet {
                print("Generated \(result.schemaCount) schemas and \(result.operationCount) operations from \(spec): "
                    + "\(result.files.count) files, \(written) written to \(output)"
                    + (removed.isEmpty ? "" : " (removed \(removed.joined(separator: ", ")), no longer generated)")
                    + ", in \(milliseconds) ms")
            }
            return 0
        } catch let error as DiagnosticError {
            for diagnostic in error.diagnostics where !(arguments.quiet && diagnostic.severity != .error) {
                printError(diagnostic.description)
            }
            return 1
        } catch {
            printError("\(error)")
            return 1
        }
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The little file access the generator needs, straight on libc: no Foundation in the build path.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Failure(description: "\(path): error: cannot open: \(lastError)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count {
                if ferror(file) != 0 { throw Failure(description: "\(path): error: cannot read: \(lastError)") }
                return bytes
            }
        }
    }

    /// A regular file's bytes, for the files a spec references: a device or a folder named by a `$ref` is
    /// refused rather than read (`/dev/zero` would never end).
    static func readRegularFile(_ path: String) throws(SpecFileReader.Failure) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SpecFileReader.Failure(lastError) }
        guard (status.st_mode & mode_t(S_IFMT)) == mode_t(S_IFREG) else { throw SpecFileReader.Failure("not a regular file") }
        do {
            return try read(path)
        } catch {
            throw SpecFileReader.Failure(lastError)
        }
    }

    /// Writes the file unless it already holds exactly these bytes, so unchanged output keeps its
    /// modification time and the build system has nothing to recompile. Returns whether it wrote.
    @discardableResult
    static func writeIfChanged(_ path: String, _ contents: String) throws -> Bool {
        let bytes = Array(contents.utf8)
        if let existing = try? read(path), existing == bytes { return false }
        guard let file = fopen(path, "wb") else { throw Failure(description: "\(path): error: cannot write: \(lastError)") }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else { throw Failure(description: "\(path): error: cannot write: \(lastError)") }
        return true
    }

    /// Removes the `.swift` files in `directory` that this generator wrote (they start with `header`) and that are
    /// not among `keeping`: files an earlier version wrote under other names (`Types2.swift`), which would
    /// otherwise declare every type twice beside the new files. Returns the names removed.
    static func removeStaleGeneratedFiles(in directory: String, keeping: Set<String>, header: String) -> [String] {
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
    static func createDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errorNumber != EEXIST {
                throw Failure(description: "\(path): error: cannot create directory: \(lastError)")
            }
        }
    }

    private static var lastError: String { String(cString: strerror(errorNumber)) }
}

#if canImport(Glibc)
/// `errno`, which is the overlay's (the C macro does not import).
private var errorNumber: Int32 { __errno_location().pointee }
#else
private var errorNumber: Int32 { errno }
#endif

func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
