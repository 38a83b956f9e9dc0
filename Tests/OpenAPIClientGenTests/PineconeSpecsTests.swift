import Foundation
import Testing
@testable import OpenAPIClientGen

/// Every spec Pinecone has published generates without errors, its output compiles and links against
/// the runtime, and every example in it (on schemas, properties, parameters, bodies and responses)
/// decodes into the generated type for its place and re-encodes to the same JSON. Reads
/// `../shared/pinecone-api` (or `PINECONE_API_DIR`) in place.
@Suite struct PineconeSpecsTests {
    static let folder = sharedFolder("PINECONE_API_DIR", "pinecone-api")

    static var specs: [URL] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(".oas.yaml") }.sorted { $0.path < $1.path }
    }

    /// One spec's generated code, ready to build, and its examples.
    struct Job: Sendable {
        var name: String
        var folder: URL
        var files: [URL]
        var examples: ExampleInventory

        /// Writes the generated files and a driver that round-trips the examples into `scratch/name`.
        init(name: String, output: GeneratorPipeline.Output, examples: ExampleInventory, in scratch: URL) throws {
            folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            files = []
            let driver = GeneratorPipeline.GeneratedFile(name: "main.swift", contents: ExampleRoundTrip.driver(for: examples.sites))
            for file in output.files + [examples.supportFile, driver].compactMap({ $0 }) {
                let url = folder.appendingPathComponent(file.name)
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                files.append(url)
            }
            self.name = name
            self.examples = examples
        }
    }

    @Test func everyPublishedSpecGeneratesCompilesAndRoundTripsItsExamples() async throws {
        let specs = Self.specs
        guard !specs.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("no specs under \(Self.folder.path); CI needs ../shared/pinecone-api (or PINECONE_API_DIR)")
            } else {
                print("skipped: no specs under \(Self.folder.path) (set PINECONE_API_DIR)")
            }
            return
        }
        let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module and objects were not found beside the tests")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pinecone-specs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var jobs: [Job] = []
        for spec in specs {
            let name = spec.deletingPathExtension().deletingPathExtension().lastPathComponent
            let output: GeneratorPipeline.Output
            let examples: ExampleInventory
            do {
                let bytes = try [UInt8](Data(contentsOf: spec))
                (output, examples) = try await ProcessRunner.onOwnThread { try GeneratorPipeline().runCollectingExamples(bytes, file: spec.path) }
            } catch {
                Issue.record("\(name) does not generate:\n\(error)")
                continue
            }
            jobs.append(try Job(name: name, output: output, examples: examples, in: scratch))
        }

        // For review: every example with the type it is checked against, one a line.
        if let listing = ProcessInfo.processInfo.environment["PINECONE_EXAMPLES_LIST"] {
            let lines = jobs.flatMap { job in job.examples.sites.map { "\(job.name)\t\($0.location)\t\($0.swiftType)" } }
            try (lines.joined(separator: "\n") + "\n").write(toFile: listing, atomically: true, encoding: .utf8)
        }

        // Two builds at a time: each is one swiftc invocation, and the machine may have only two cores.
        let runs = try await Self.parallel(jobs, width: 2) { job in
            Result { try ExampleRoundTrip.compileAndRun(job.files, in: job.folder, runtime: runtime) }
        }
        var report = Report(allowList: Self.knownContradictions)
        for (job, run) in zip(jobs, runs) {
            switch run {
            case .success(let run): report.add(job, run)
            case .failure(let error): Issue.record("\(job.name): \(error)")
            }
        }
        report.checkAllowList(testedSpecs: Set(jobs.map(\.name)))

        print("Pinecone specs: \(jobs.count) generated / \(report.compiled) compiled / \(specs.count) total")
        print("Pinecone examples: \(report.roundTripped) round-tripped / \(report.total) total"
            + " (\(report.allowed) known contradictions of their own schema, allow-listed)")
        let unread = report.unchecked.filter { $0.1.reason == .unread }, notJSON = report.unchecked.filter { $0.1.reason == .notJSON }
        print("Pinecone examples not checked: \(unread.count) given by externalValue or $ref, \(notJSON.count) on non-JSON media types")
        for (spec, example) in report.unchecked where example.reason != .noGeneratedType {
            print("  \(spec) \(example.location): \(example.reason.rawValue)")
        }
        report.recordFindings()
        #expect(jobs.count == specs.count)
        #expect(report.compiled == jobs.count)
    }

    /// Counts and findings over all specs; `allowList` holds the examples known to contradict their schema.
    struct Report {
        let allowList: [String: String]
        var compiled = 0, total = 0, roundTripped = 0, allowed = 0
        var failures: [String] = []
        var staleAllowances: [String] = []
        var unchecked: [(String, UncheckedExample)] = []
        private var failedAllowances: Set<String> = []

        init(allowList: [String: String]) {
            self.allowList = allowList
        }

        mutating func add(_ job: Job, _ run: ExampleRoundTrip.Run) {
            total += job.examples.sites.count
            unchecked += job.examples.unchecked.map { (job.name, $0) }
            guard run.compilerErrors.isEmpty else {
                Issue.record("\(job.name) does not compile:\n\(run.compilerErrors.prefix(3000))")
                return
            }
            compiled += 1
            for (index, site) in job.examples.sites.enumerated() {
                let key = "\(job.name) \(site.location)"
                let problem: String? = switch run.results[index] {
                case .reencoded(let text)?:
                    ExampleComparison.difference(original: site.value.jsonText ?? "", reencoded: text).map { "re-encodes differently: \($0)" }
                case .failed(let reason)?: reason
                case nil: site.value.jsonText == nil ? "not expressible in JSON" : "no result; the driver stopped: \(run.crash ?? "?")"
                }
                if let problem {
                    if allowList[key] != nil {
                        allowed += 1
                        failedAllowances.insert(key)
                    } else {
                        failures.append("\(key) as \(site.swiftType): \(problem)")
                    }
                } else {
                    roundTripped += 1
                }
            }
        }

        /// Records as issues what must not happen: an example with no generated type, one that does not
        /// round-trip and is not allow-listed, an allow-list entry that no longer fails.
        func recordFindings() {
            for (spec, example) in unchecked where example.reason == .noGeneratedType {
                Issue.record("\(spec) \(example.location): \(example.reason.rawValue)")
            }
            if !failures.isEmpty {
                Issue.record("\(failures.count) examples do not round-trip:\n\(failures.joined(separator: "\n"))")
            }
            if !staleAllowances.isEmpty {
                Issue.record("allow-list entries that no longer fail; remove them:\n\(staleAllowances.joined(separator: "\n"))")
            }
        }

        /// Every allow-list entry for a spec that was tested must still fail. An entry for a spec that exists
        /// but was not tested this run (not compiled in CI) is left alone, so the list may cover every spec and
        /// be checked whole when all are tested; an entry naming no spec at all (`knownSpecs`, when given) is
        /// stale in every run.
        mutating func checkAllowList(testedSpecs: Set<String>, knownSpecs: Set<String>? = nil) {
            for key in allowList.keys.sorted() where !failedAllowances.contains(key) {
                let spec = String(key.split(separator: " ").first ?? "")
                guard testedSpecs.contains(spec) || knownSpecs.map({ !$0.contains(spec) }) == true else { continue }
                staleAllowances.append(key)
            }
        }
    }

    /// `body` over `items`, `width` at a time, results in order. Off Swift concurrency's threads (see
    /// `ProcessRunner.onOwnThread`): `body` waits on a compiler for minutes in all.
    static func parallel<Item: Sendable, Output: Sendable>(
        _ items: [Item], width: Int, _ body: @escaping @Sendable (Item) -> Output
    ) async throws -> [Output] {
        try await ProcessRunner.onOwnThread(limited: false) {
            let state = LockedState(next: 0, results: [Output?](repeating: nil, count: items.count))
            DispatchQueue.concurrentPerform(iterations: width) { _ in
                while let index = state.take(limit: items.count) {
                    state.store(body(items[index]), at: index)
                }
            }
            return state.results.map { $0! }
        }
    }

    private final class LockedState<Output: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next: Int
        private(set) var results: [Output?]

        init(next: Int, results: [Output?]) {
            self.next = next
            self.results = results
        }

        func take(limit: Int) -> Int? {
            lock.withLock {
                guard next < limit else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ output: Output, at index: Int) {
            lock.withLock { results[index] = output }
        }
    }
}
