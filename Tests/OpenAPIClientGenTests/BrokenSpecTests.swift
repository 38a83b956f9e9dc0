import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every broken spec in `BrokenSpecs/`, and a few too big to commit that are written at test time, run
/// through the built `openapi-client-gen` as a child process: exit status 1 (not a crash), nothing on
/// stderr but located diagnostics, the expected error at the expected line and column, and the budget the
/// issue sets for any input: 2 seconds and 200 MB.
///
/// Serialized so that the children do not compete with each other for the time budget.
@Suite(.serialized) struct BrokenSpecTests {
    struct Expected: Sendable {
        /// `line:column`, counted by hand in the spec.
        var location: String
        /// A distinctive part of the message.
        var message: String

        init(_ location: String, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    static let folder = packageRoot.appendingPathComponent("Tests/OpenAPIClientGenTests/BrokenSpecs")

    /// The error each file must produce, among whatever else it reports.
    static let expectations: [String: Expected] = [
        // YAML syntax
        "unterminated-double-quote.yaml": Expected("5:16", "found unexpected end of stream while scanning a quoted scalar: the quote here is never closed"),
        "unterminated-single-quote.yaml": Expected("4:12", "found unexpected end of stream while scanning a quoted scalar: the quote here is never closed"),
        "tab-indentation.yaml": Expected("4:1", "found a tab character that violates indentation while scanning a plain scalar (at 3:10); YAML does not allow tabs for indentation"),
        "tab-indentation-nested-key.yaml": Expected("3:1", "found character that cannot start any token while scanning for the next token; YAML does not allow tabs for indentation"),
        "unclosed-flow-mapping.yaml": Expected("3:1", "did not find expected ',' or '}' while parsing a flow mapping (at 2:7)"),
        "unclosed-flow-sequence.yaml": Expected("4:6", "did not find expected ',' or ']' while parsing a flow sequence (at 3:7)"),
        "mapping-value-in-plain-scalar.yaml": Expected("5:19", "mapping values are not allowed in this context"),
        "inconsistent-indentation.yaml": Expected("4:3", "did not find expected key while parsing a block mapping (at 1:1)"),
        "unknown-escape-in-double-quote.yaml": Expected("3:18", "found unknown escape character while parsing a quoted scalar (at 3:10)"),
        "undefined-alias.yaml": Expected("8:10", "unknown alias '*pet': no anchor '&pet' precedes it"),
        "invalid-utf8.yaml": Expected("5:19", "invalid trailing UTF-8 octet (byte offset 73); the character that starts here is not valid UTF-8"),
        "duplicate-key-top-level.yaml": Expected("6:1", "duplicate key 'info' in this mapping (first defined at 2:1)"),
        "duplicate-key-nested.yaml": Expected("13:9", "duplicate key 'name' in this mapping (first defined at 11:9)"),
        "alias-bomb.yaml": Expected("12:10", "aliases expand to more than 100000 nodes; refusing the document (an alias bomb?)"),
        // 830 bytes that used to generate 16.7 MB of nested structs in 2.8 s: refused at the second `*d`.
        "alias-amplified-schemas.yaml": Expected("12:51", "aliases expand to more than 100000 nodes; refusing the document (an alias bomb?)"),
        // What the document is
        "empty-file.yaml": Expected("1:1", "the file holds no YAML document"),
        "scalar-document.yaml": Expected("1:1", "the OpenAPI document must be a mapping, found the scalar 'just a scalar, not an OpenAPI document'"),
        "sequence-document.yaml": Expected("1:1", "the OpenAPI document must be a mapping, found a sequence"),
        "several-documents.yaml": Expected("6:1", "the file holds more than one YAML document"),
        "openapi-2-0.yaml": Expected("1:10", "unsupported OpenAPI version '2.0'; only 3.0.x, 3.1.x and 3.2.x are supported"),
        "swagger-2-0.yaml": Expected("1:10", "this is a Swagger 2.0 document; only OpenAPI 3.0.x, 3.1.x and 3.2.x are supported"),
        "no-openapi-key.yaml": Expected("1:1", "the document has no 'openapi' key"),
        "no-info.yaml": Expected("1:1", "the document has no 'info'"),
        "info-without-title.yaml": Expected("3:3", "'info' needs a 'title'"),
        "no-paths.yaml": Expected("1:1", "the document has no 'paths'"),
        // $ref
        "unresolved-schema-ref.yaml": Expected("15:23", "$ref '#/components/schemas/Pets' does not resolve: there is no 'Pets' in components.schemas"),
        "unresolved-parameter-ref.yaml": Expected("10:17", "$ref '#/components/parameters/Limit' does not resolve: there is no 'Limit' in components.parameters"),
        "unresolved-response-ref.yaml": Expected("11:17", "$ref '#/components/responses/NotFound' does not resolve: there is no 'NotFound' in components.responses"),
        "unresolved-request-body-ref.yaml": Expected("10:15", "$ref '#/components/requestBodies/NewPet' does not resolve: there is no 'NewPet' in components.requestBodies"),
        "ref-to-wrong-kind.yaml": Expected("10:17", "$ref '#/components/schemas/Limit' must point into '#/components/parameters/' here"),
        "ref-outside-file.yaml": Expected("9:13", "$ref 'common.yaml#/components/schemas/Pet': cannot read"),
        "ref-not-a-string.yaml": Expected("9:13", "$ref must be a string, found a sequence"),
        "circular-ref-chain.yaml": Expected("9:13", "circular $ref chain through 'Alpha' never reaches a schema"),
        "self-referencing-ref.yaml": Expected("9:13", "circular $ref chain through 'Node' never reaches a schema"),
        "self-referencing-all-of.yaml": Expected("11:17", "circular $ref chain through 'Node' never reaches a schema"),
        "circular-parameter-ref.yaml": Expected("17:13", "circular $ref chain through 'Limit' never reaches a parameter"),
        "circular-response-ref.yaml": Expected("15:13", "circular $ref chain through 'NotFound' never reaches a response"),
        // Schemas
        "misspelt-type.yaml": Expected("12:17", "unknown type 'strnig'; expected one of string, integer, number, boolean, array, object"),
        "type-not-a-string.yaml": Expected("10:9", "'type' must be a string, found a mapping"),
        "enum-not-a-list.yaml": Expected("10:13", "'enum' must be a sequence, found the scalar 'available, pending, sold'"),
        "properties-not-a-mapping.yaml": Expected("11:9", "'properties' must be a mapping, found a sequence"),
        "items-is-a-scalar.yaml": Expected("10:14", "a schema must be a mapping, found the scalar 'string'"),
        "schema-not-a-mapping.yaml": Expected("8:10", "a schema must be a mapping, found the scalar 'object'"),
        "discriminator-without-property-name.yaml": Expected("21:9", "a discriminator needs a 'propertyName'"),
        "non-numeric-minimum.yaml": Expected("10:16", "'minimum' must be a number, found the scalar 'zero'"),
        // OpenAPI 3.1 schemas
        "type-array-unknown-type.yaml": Expected("11:26", "unknown type 'nul'; expected one of string, integer, number, boolean, array, object, null"),
        "exclusive-minimum-not-a-number.yaml": Expected("9:25", "'exclusiveMinimum' must be a number, found the scalar 'zero'"),
        "ref-to-missing-defs-entry.yaml": Expected("11:17", "$ref '#/components/schemas/Pet/$defs/Tagg' does not resolve: there is no 'Tagg' in the $defs of 'Pet'"),
        // Paths and operations
        "undeclared-path-parameter.yaml": Expected("8:7", "path parameter '{petId}' in '/pets/{petId}' is not declared for GET"),
        "path-parameter-not-in-template.yaml": Expected("10:11", "path parameter 'petId' does not appear in the path '/pets'"),
        "path-parameter-not-required.yaml": Expected("12:21", "path parameter 'petId' must be 'required: true'"),
        "duplicate-operation-id.yaml": Expected("13:7", "duplicate operationId 'pets' (first used at 8:7)"),
        "bad-status-code.yaml": Expected("12:9", "'2OO' is not a status code"),
        "parameter-bad-in.yaml": Expected("11:15", "parameter 'pet' needs 'in' to be path, query, header or cookie"),
        "parameter-without-schema.yaml": Expected("10:11", "parameter 'limit' needs a 'schema' or 'content'"),
        "path-without-leading-slash.yaml": Expected("6:3", "path 'pets' must start with '/'"),
        "operation-without-responses.yaml": Expected("8:7", "the operation 'GET /pets' has no 'responses'"),
        "request-body-without-content.yaml": Expected("10:9", "a request body needs 'content'"),
        // Security
        "unknown-security-scheme-type.yaml": Expected("9:13", "unknown security scheme type 'apikey'"),
        "api-key-scheme-in-path.yaml": Expected("9:7", "an apiKey security scheme needs 'name' and 'in' (query, header or cookie)"),
    ]

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: files)
    func brokenSpec(_ file: String) async throws {
        let expected = try #require(Self.expectations[file], "\(file) has no entry in BrokenSpecTests.expectations")
        try await Self.check(Self.folder.appendingPathComponent(file).path, expected)
    }

    @Test func everyExpectationHasItsFile() {
        #expect(Self.files.count >= 48)
        #expect(Set(Self.expectations.keys).subtracting(Self.files).sorted() == [])
    }

    /// Specs too big, or too unreadable, to commit; written to a temporary folder when the test runs.
    enum GeneratedSpec: String, CaseIterable, Sendable {
        case hugeDescriptionOnOneLine = "huge-description-one-line.yaml"
        case hugeDescriptionInABlockScalar = "huge-description-block-scalar.yaml"
        case deepFlowSequences = "deep-flow-sequences.yaml"
        case deepFlowMappings = "deep-flow-mappings.yaml"
        case deepBlockSequences = "deep-block-sequences.yaml"

        static let header = "openapi: 3.0.3\ninfo:\n  title: Huge\n  version: \"1.0\"\n"

        var contents: String {
            switch self {
            case .hugeDescriptionOnOneLine:
                // 10 MB on line 2, then a duplicate key after it on the same line.
                "openapi: 3.0.3\ninfo: {title: Huge, version: \"1.0\", description: \""
                    + String(repeating: "a", count: 10_000_000) + "\", title: Again}\npaths: {}\n"
            case .hugeDescriptionInABlockScalar:
                // 100,000 lines of 101 bytes (lines 6 to 100,005), then a misspelt type.
                Self.header + "  description: |\n"
                    + String(repeating: "    " + String(repeating: "x", count: 96) + "\n", count: 100_000)
                    + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: strnig\n"
            case .deepFlowSequences:
                Self.header + "paths: {}\nx-deep: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
            case .deepFlowMappings:
                Self.header + "paths: {}\nx-deep: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
            case .deepBlockSequences:
                Self.header + "paths: {}\nx-deep:\n  " + String(repeating: "- ", count: 10_000) + "leaf\n"
            }
        }

        var expected: Expected {
            switch self {
            case .hugeDescriptionOnOneLine:
                // `info: {` is 7 columns, `title: Huge, version: "1.0", description: "` 43, the text 10,000,000,
                // then `", ` 3: the second `title` starts at 7 + 43 + 10,000,000 + 3 + 1.
                Expected("2:10000054", "duplicate key 'title' in this mapping (first defined at 2:8)")
            case .hugeDescriptionInABlockScalar:
                Expected("100010:13", "unknown type 'strnig'")
            case .deepFlowSequences:
                // The root mapping is the first level; the 256th `[` (column 9 + 255) would be the 257th.
                Expected("6:264", "nesting is deeper than 256 levels")
            case .deepFlowMappings:
                Expected("6:1029", "nesting is deeper than 256 levels")
            case .deepBlockSequences:
                // Each `- ` is two columns from column 3: the 256th starts at 3 + 2 × 255.
                Expected("7:513", "nesting is deeper than 256 levels")
            }
        }
    }

    @Test(arguments: GeneratedSpec.allCases)
    func generatedBrokenSpec(_ spec: GeneratedSpec) async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(spec.rawValue)
        try Data(spec.contents.utf8).write(to: file)
        try await Self.check(file.path, spec.expected)
    }

    // MARK: - Running the generator

    /// The issue's budget for any input, however broken or big.
    static let timeBudget = Duration.seconds(2)
    static let memoryBudget = 200 * 1024 * 1024

    static func check(_ spec: String, _ expected: Expected, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Generated")
        let executable = try #require(CommandLineTests.executable, "openapi-client-gen was not built next to the tests")
        // Off Swift concurrency's threads, a few at a time (see `ProcessRunner.onOwnThread`).
        let run = try await ProcessRunner.onOwnThread { try runGenerator(executable, arguments: [spec, "--output", output.path], in: folder) }

        #expect(run.signal == nil, "killed by signal \(run.signal ?? 0)\(run.timedOut ? " after hanging" : "")", sourceLocation: sourceLocation)
        #expect(run.exitStatus == 1, sourceLocation: sourceLocation)
        #expect(run.stdout == "", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is generated from a broken spec", sourceLocation: sourceLocation)

        #expect(run.stderr.hasSuffix("\n"), sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty, sourceLocation: sourceLocation)
        for line in lines {
            #expect(isLocatedDiagnostic(line, in: spec), "not a `path:line:column: severity: message` line: \(line.prefix(300))", sourceLocation: sourceLocation)
        }
        let prefix = "\(spec):\(expected.location): error: "
        #expect(
            lines.contains { $0.hasPrefix(prefix) && $0.contains(expected.message) },
            "expected \(prefix)…\(expected.message)… in:\n\(run.stderr.prefix(2_000))", sourceLocation: sourceLocation)

        // CPU time, not wall time: what the generator spends is the budget, however loaded the machine is
        // (with four compiles running beside it, one run took 2.8 s of wall time). A hang still ends at 60 s above.
        #expect(run.cpuTime < timeBudget, "took \(run.cpuTime) of CPU (\(run.duration) of wall time)", sourceLocation: sourceLocation)
        #expect(run.peakMemory < memoryBudget, "peak memory \(run.peakMemory / 1024) KB", sourceLocation: sourceLocation)
    }

    /// `<spec>:<line>:<column>: error|warning|note: <message>`.
    static func isLocatedDiagnostic(_ line: String, in spec: String) -> Bool {
        guard line.hasPrefix(spec + ":") else { return false }
        return line.dropFirst(spec.count + 1).wholeMatch(of: #/[1-9][0-9]*:[1-9][0-9]*: (error|warning|note): .+/#) != nil
    }

    struct Run {
        var exitStatus: Int32?
        var signal: Int32?
        var timedOut = false
        var stdout: String
        var stderr: String
        /// Wall-clock time from spawning the child to reaping it.
        var duration: Duration
        /// User and system time of the child and what it waited for (GNU time's generator), from `wait4`.
        var cpuTime: Duration
        /// The generator's peak resident set, in bytes.
        var peakMemory: Int
    }

    /// GNU time, to measure the generator's peak memory. The `ru_maxrss` that `wait4` gives for a child
    /// spawned straight from the tests is no good on Linux: `exec` carries the spawning process's own peak
    /// over into the child, so it reads as the size of the test process (some 50 MB) or more. GNU time
    /// forks the generator from a process of 2 MB and reports its `wait4` figure (`-f %M`, in kilobytes).
    static let gnuTime: String? = {
        #if os(Linux)
        FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil
        #else
        nil
        #endif
    }()

    /// Runs `openapi-client-gen` with stdout and stderr in files in `folder`, under GNU time when there is
    /// one, and reaps it with `wait4`, which waits for this child alone and gives its resource usage
    /// (without GNU time, an upper bound of the generator's peak memory).
    static func runGenerator(_ executable: URL, arguments: [String], in folder: URL) throws -> Run {
        let stdoutPath = folder.appendingPathComponent("stdout").path
        let stderrPath = folder.appendingPathComponent("stderr").path
        let memoryReport = folder.appendingPathComponent("peak-memory").path
        var command = [executable.path] + arguments
        if let gnuTime { command = [gnuTime, "-f", "%M", "-o", memoryReport] + command }

        // A process group of its own (ChildProcess), so that a hang is ended for GNU time and the generator together,
        // polled so that a hang ends in a failed test (well past the budget) rather than a stuck run.
        let child = try ChildProcess.spawn(command, stdout: .file(stdoutPath), stderr: .file(stderrPath))
        let exit = child.wait(timeout: .seconds(60))
        let usage = exit.usage
        var signal = exit.signal
        var exitStatus = exit.status
        #if canImport(Darwin)
        var peakMemory = Int(usage.ru_maxrss)  // bytes
        #else
        var peakMemory = Int(usage.ru_maxrss) * 1024  // kilobytes
        #endif
        if gnuTime != nil, signal == nil {
            // The last line is the figure; before it, "Command exited with non-zero status 1" or
            // "Command terminated by signal 11".
            let report = try String(contentsOfFile: memoryReport, encoding: .utf8).split(separator: "\n")
            let kilobytes = try #require(report.last.flatMap { Int($0) }, "GNU time reported \(report)")
            peakMemory = kilobytes * 1024
            if let line = report.first(where: { $0.hasPrefix("Command terminated by signal ") }) {
                signal = Int32(line.split(separator: " ").last!)
                exitStatus = nil
            }
        }
        return Run(
            exitStatus: exitStatus,
            signal: signal,
            timedOut: exit.timedOut,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stdoutPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stderrPath)), as: UTF8.self),
            duration: exit.duration,
            cpuTime: .seconds(Int64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec))
                + .microseconds(Int64(usage.ru_utime.tv_usec) + Int64(usage.ru_stime.tv_usec)),
            peakMemory: peakMemory)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-spec-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
