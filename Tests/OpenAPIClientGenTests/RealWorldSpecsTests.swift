import Foundation
import Testing
@testable import OpenAPIClientGen

/// Specs vendors publish, read in place from `../shared/realworld` (or `REALWORLD_DIR`): OpenAI's, Twilio's
/// 55, and readme's 49 corner-case examples (DigitalOcean's, split over many files, is issue 18's).
///
/// Every one generates, and its warnings are those in `RealWorld/diagnostics.txt`, so a change in them is
/// reviewed as a diff (`REALWORLD_RECORD=1` rewrites the file). The five largest and a sample compile against
/// the runtime and round-trip their examples as `PineconeSpecsTests` does; `Scripts/check-realworld-specs.sh`
/// (`REALWORLD_COMPILE=all`) does it for every one. The allow-list covers every spec: its entries for specs not
/// compiled in this run are not checked, so they are checked for staleness only by the script.
@Suite struct RealWorldSpecsTests {
    static let folder = sharedFolder("REALWORLD_DIR", "realworld")
    static let expectations = packageRoot.appendingPathComponent("Tests/OpenAPIClientGenTests/RealWorld/diagnostics.txt")

    /// Specs that do not generate today for a reason another issue owns, with that reason.
    static let knownFailures: [String: String] = [:]

    /// The five largest specs, compiled in CI.
    static let largest = [
        "openai/openapi.yaml", "twilio/twilio_api_v2010.yaml", "twilio/twilio_conversations_v1.yaml",
        "twilio/twilio_taskrouter_v1.yaml", "twilio/twilio_messaging_v1.yaml",
    ]

    /// Compiled in CI beside the largest: the specs whose generated code used to fail to compile, and corners.
    static let sample = [
        "twilio/twilio_lookups_v1.yaml", "twilio/twilio_insights_v1.yaml",
        "readme-oas-examples/3.0/yaml/schema-validation.yaml", "readme-oas-examples/3.1/yaml/parameters-style.yaml",
        "readme-oas-examples/3.1/yaml/schema-types.yaml", "readme-oas-examples/3.1/yaml/security.yaml",
        "readme-oas-examples/3.0/yaml/polymorphism.yaml", "readme-oas-examples/3.0/yaml/schema-enums.yaml",
    ]

    /// Every spec, as a path relative to the folder, in a stable order.
    static var specs: [String] {
        let root = folder.standardizedFileURL.path + "/"
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.map { $0.standardizedFileURL.path }
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.contains("/digitalocean/") && $0.hasPrefix(root) }
            .map { String($0.dropFirst(root.count)) }
            .filter { !$0.hasPrefix("readme-oas-examples/") || $0.contains("/yaml/") }
            .sorted()
    }

    static func available() -> Bool {
        guard specs.isEmpty else { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("no specs under \(folder.path); CI needs ../shared/realworld (or REALWORLD_DIR)")
        } else {
            print("skipped: no specs under \(folder.path) (set REALWORLD_DIR)")
        }
        return false
    }

    /// One spec's diagnostics as the expectations file lists them: its path, then a line per diagnostic.
    static func section(_ spec: String) -> (text: String, generated: Bool) {
        let bytes = (try? Data(contentsOf: folder.appendingPathComponent(spec))).map { [UInt8]($0) } ?? []
        var lines: [String]
        var generated = true
        do {
            lines = try GeneratorPipeline().run(bytes, file: spec).diagnostics.map(\.description)
        } catch {
            lines = error.diagnostics.map(\.description)
            generated = false
        }
        return ("## \(spec)\(generated ? "" : " (does not generate)")\n" + lines.map { $0 + "\n" }.joined(), generated)
    }

    @Test func everySpecGeneratesWithTheWarningsOnRecord() async throws {
        guard Self.available() else { return }
        var text = "# Diagnostics of the specs in ../shared/realworld; regenerate with REALWORLD_RECORD=1 (README).\n"
        for spec in Self.specs {
            // Off Swift concurrency's threads, as the compiles (see `ProcessRunner.onOwnThread`): minutes of work.
            let (section, generated) = try await ProcessRunner.onOwnThread { Self.section(spec) }
            text += "\n" + section
            if !generated && Self.knownFailures[spec] == nil {
                Issue.record("\(spec) does not generate:\n\(section)")
            } else if generated, let reason = Self.knownFailures[spec] {
                Issue.record("\(spec) generates now; remove it from knownFailures (\(reason))")
            }
        }
        if ProcessInfo.processInfo.environment["REALWORLD_RECORD"] != nil {
            try FileManager.default.createDirectory(at: Self.expectations.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: Self.expectations, atomically: true, encoding: .utf8)
            return
        }
        let recorded = (try? String(contentsOf: Self.expectations, encoding: .utf8)) ?? ""
        if recorded != text {
            Issue.record("the diagnostics differ from RealWorld/diagnostics.txt (REALWORLD_RECORD=1 rewrites it):\n\(Self.difference(recorded, text))")
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> String {
        "\((ContinuousClock.now - start).components.seconds) s"
    }

    /// The lines only one side has, marked `-` (on record) and `+` (now), at most 60 of them.
    static func difference(_ recorded: String, _ current: String) -> String {
        let old = recorded.split(separator: "\n"), new = current.split(separator: "\n")
        let removed = old.filter { !Set(new).contains($0) }.map { "- " + $0 }
        let added = new.filter { !Set(old).contains($0) }.map { "+ " + $0 }
        return (removed + added).prefix(60).joined(separator: "\n")
    }

    /// An entry is stale when its spec was tested and it did not fail, or when it names no spec; an entry
    /// for a spec this run did not compile (the default run's non-CI specs) is left for the script's run.
    @Test func allowListEntriesAreCheckedForTheTestedSpecsAndForTypos() {
        var report = PineconeSpecsTests.Report(allowList: [
            "twilio/a paths./x.example": "r", "twilio/b paths./y.example": "r", "twilio/typo paths./z.example": "r",
        ])
        report.checkAllowList(testedSpecs: ["twilio/a"], knownSpecs: ["twilio/a", "twilio/b"])
        #expect(report.staleAllowances == ["twilio/a paths./x.example", "twilio/typo paths./z.example"])
        var all = PineconeSpecsTests.Report(allowList: report.allowList)
        all.checkAllowList(testedSpecs: ["twilio/a", "twilio/b"], knownSpecs: ["twilio/a", "twilio/b"])
        #expect(all.staleAllowances == ["twilio/a paths./x.example", "twilio/b paths./y.example", "twilio/typo paths./z.example"])
    }

    @Test func generatedCodeCompilesAndRoundTripsTheExamples() async throws {
        guard Self.available() else { return }
        let all = ProcessInfo.processInfo.environment["REALWORLD_COMPILE"] == "all"
        let chosen = all ? Self.specs.filter { Self.knownFailures[$0] == nil } : Self.largest + Self.sample
        let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module and objects were not found beside the tests")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("realworld-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var jobs: [PineconeSpecsTests.Job] = []
        for spec in chosen {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(spec)))
            let name = String(spec.dropLast(".yaml".count))
            do {
                let (output, examples) = try await ProcessRunner.onOwnThread { try GeneratorPipeline().runCollectingExamples(bytes, file: spec) }
                jobs.append(try PineconeSpecsTests.Job(name: name, output: output, examples: examples, in: scratch))
            } catch {
                Issue.record("\(spec) does not generate:\n\(error)")
            }
        }
        let start = ContinuousClock.now
        let runs = try await PineconeSpecsTests.parallel(jobs, width: 2) { job in
            let start = ContinuousClock.now
            let run = Result { try ExampleRoundTrip.compileAndRun(job.files, in: job.folder, runtime: runtime) }
            print("real-world spec \(job.name): built and run in \(Self.seconds(since: start))")
            return run
        }
        var report = PineconeSpecsTests.Report(allowList: Self.knownContradictions)
        for (job, run) in zip(jobs, runs) {
            switch run {
            case .success(let run): report.add(job, run)
            case .failure(let error): Issue.record("\(job.name): \(error)")
            }
        }
        report.checkAllowList(testedSpecs: Set(jobs.map(\.name)), knownSpecs: Set(Self.specs.map { String($0.dropLast(".yaml".count)) }))
        print("Real-world specs: \(report.compiled) compiled / \(jobs.count) generated / \(chosen.count) chosen"
            + " in \(Self.seconds(since: start))")
        print("Real-world examples: \(report.roundTripped) round-tripped / \(report.total) total (\(report.allowed) allow-listed)")
        report.recordFindings()
        #expect(report.compiled == jobs.count)
    }
}
