import Foundation
import Testing
@testable import OpenAPIClientGen

/// The 3.1 and 3.2 specs we wrote (`Specs31/`): each generates with exactly the warnings it is written
/// to provoke, its output compiles and links against the runtime, and every example in it decodes into
/// the generated type for its place and re-encodes to the same JSON.
@Suite struct Specs31Tests {
    static let folder = packageRoot.appendingPathComponent("Tests/OpenAPIClientGenTests/Specs31")

    /// Each spec's diagnostics, as `line:column: severity: start of the message`.
    static let expectedDiagnostics: [String: [String]] = [
        "pets-3.1": [
            "15:3: note: webhook 'petAdopted' is skipped",
        ],
        "fallbacks-3.1": [
            "14:24: warning: 'prefixItems' (tuples) is not supported",
            "19:15: warning: 'if'/'then'/'else' is not supported",
            "25:13: warning: 'dependentSchemas' is not supported",
            "30:34: warning: 'unevaluatedProperties' is not supported",
            "34:13: warning: 'patternProperties' is not supported",
            "36:24: warning: '$dynamicRef' is not supported",
            "39:21: warning: 'nullable' is not part of OpenAPI 3.1",
        ],
        "webhooks-only-3.1": [
            "7:3: note: webhook 'orderShipped' is skipped",
        ],
        "streams-3.2": [
            "4:8: warning: '$self' (OpenAPI 3.2) is not supported",
            "134:5: warning: 'components.mediaTypes' (OpenAPI 3.2) is not supported",
            "67:17: warning: 'itemEncoding' (OpenAPI 3.2) is not supported",
            "92:15: warning: 'in: querystring' (OpenAPI 3.2) is not supported",
        ],
    ]

    static var specs: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everySpecHasItsExpectations() {
        let names = Set(Self.specs.map { $0.deletingPathExtension().lastPathComponent })
        #expect(names == Set(Self.expectedDiagnostics.keys))
    }

    @Test func everySpecGeneratesCompilesAndRoundTripsItsExamples() async throws {
        let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module and objects were not found beside the tests")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specs31-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var jobs: [PineconeSpecsTests.Job] = []
        for spec in Self.specs {
            let name = spec.deletingPathExtension().lastPathComponent
            let bytes = try [UInt8](Data(contentsOf: spec))
            let (output, examples) = try await ProcessRunner.onOwnThread { try GeneratorPipeline().runCollectingExamples(bytes, file: name) }
            let diagnostics = output.diagnostics.map { "\($0.mark!): \($0.severity.rawValue): \($0.message)" }
            let expected = Self.expectedDiagnostics[name] ?? []
            #expect(diagnostics.count == expected.count, "\(name): \(diagnostics)")
            for (line, prefix) in zip(diagnostics, expected) {
                #expect(line.hasPrefix(prefix), "\(name): \(line)")
            }
            #expect(examples.unchecked.isEmpty, "\(name): \(examples.unchecked.map(\.location))")

            jobs.append(try PineconeSpecsTests.Job(name: name, output: output, examples: examples, in: scratch))
        }

        let runs = try await PineconeSpecsTests.parallel(jobs, width: 2) { job in
            Result { try ExampleRoundTrip.compileAndRun(job.files, in: job.folder, runtime: runtime) }
        }
        var roundTripped = 0, total = 0
        for (job, run) in zip(jobs, runs) {
            let run = try run.get()
            guard run.compilerErrors.isEmpty else {
                Issue.record("\(job.name) does not compile:\n\(run.compilerErrors.prefix(3000))")
                continue
            }
            #expect(!job.examples.sites.isEmpty, "\(job.name) has no examples to check")
            for (index, site) in job.examples.sites.enumerated() {
                total += 1
                switch run.results[index] {
                case .reencoded(let text)?:
                    if let difference = ExampleComparison.difference(original: site.value.jsonText ?? "", reencoded: text) {
                        Issue.record("\(job.name) \(site.location) as \(site.swiftType) re-encodes differently: \(difference)")
                    } else {
                        roundTripped += 1
                    }
                case .failed(let reason)?:
                    Issue.record("\(job.name) \(site.location) as \(site.swiftType): \(reason)")
                case nil:
                    Issue.record("\(job.name) \(site.location): no result; the driver stopped: \(run.crash ?? "?")")
                }
            }
        }
        print("OpenAPI 3.1/3.2 corpus: \(jobs.count) specs, \(roundTripped) of \(total) examples round-tripped")
        #expect(jobs.count == Self.expectedDiagnostics.count)
    }
}
