import Foundation
import Testing
@testable import OpenAPIClientGen

/// Specs split over files (`MultiFile/corpus`): every kind of object in another file, `$ref`s relative to
/// the file they are in, a cycle across two files, YAML and JSON. The spec generates, its code compiles, and
/// its examples round-trip; broken ones (`MultiFile/broken`) report each error in the file it is in.
@Suite struct MultiFileSpecTests {
    static let folder = packageRoot.appendingPathComponent("Tests/OpenAPIClientGenTests/MultiFile")
    static let corpus = folder.appendingPathComponent("corpus/openapi.yaml")

    static func generate(_ spec: URL) throws(DiagnosticError) -> (GeneratorPipeline.Output, ExampleInventory) {
        let bytes = (try? [UInt8](Data(contentsOf: spec))) ?? []
        return try GeneratorPipeline().runCollectingExamples(bytes, file: spec.path, reader: .fileSystem)
    }

    @Test func theCorpusGeneratesOneTypePerFileReferencedSchema() throws {
        let (output, _) = try Self.generate(Self.corpus)
        let types = typesSource(output)
        for declaration in [
            "public struct Owner:", "public struct Pet:", "public struct NewPet:", "public struct Tag:",
            "public typealias TagList = [Tag]", "public enum PetKind:", "public struct ErrorModel:",
        ] {
            #expect(types.contains(declaration), "missing \(declaration)")
        }
        // owner.json is reached as `schemas/owner.json`, `./owner.json` and `../schemas/./owner.json`: one type.
        #expect(!types.contains("Owner2"))
        #expect(types.contains("public var owner: Owner?"))
        #expect(clientSource(output).contains("func listPets(limit: Int? = nil) async throws -> [Pet]"))
        #expect(clientSource(output).contains("func getPet(petId: String) async throws -> Pet"))
        let folder = Self.corpus.deletingLastPathComponent().path + "/"
        #expect(output.referencedFiles.map { $0.replacingOccurrences(of: folder, with: "") }.sorted() == [
            "common.yaml", "headers.yaml", "operations/get-pet.yaml", "parameters.yaml", "paths/pets.yaml",
            "request-bodies/new-pet.yaml", "responses/pet-list.yaml", "schemas/kinds.yaml", "schemas/new-pet.json",
            "schemas/owner.json", "schemas/pet.yaml", "schemas/tags.yaml",
        ])
        #expect(output.diagnostics.map(\.description) == [
            "\(Self.corpus.path):14:13: note: an operation is given by $ref, which OpenAPI allows only for a whole path item; it is read from the file it names",
        ])
    }

    @Test func theCorpusCompilesAndItsExamplesRoundTrip() async throws {
        let (output, examples) = try Self.generate(Self.corpus)
        let runtime = try #require(ExampleRoundTrip.RuntimeBuild.locate(), "the runtime's module and objects were not found beside the tests")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("multi-file-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let job = try PineconeSpecsTests.Job(name: "corpus", output: output, examples: examples, in: scratch)
        let run = try await ProcessRunner.onOwnThread { try ExampleRoundTrip.compileAndRun(job.files, in: job.folder, runtime: runtime) }
        #expect(run.compilerErrors.isEmpty, "\(run.compilerErrors.prefix(3000))")
        // Examples in six files: the pet, owner and error schemas, a parameter, two responses and a request body.
        #expect(examples.sites.count >= 7)
        for (index, site) in examples.sites.enumerated() {
            switch run.results[index] {
            case .reencoded(let text)?:
                let difference = ExampleComparison.difference(original: site.value.jsonText ?? "", reencoded: text)
                #expect(difference == nil, "\(site.location) as \(site.swiftType): \(difference ?? "")")
            case .failed(let reason)?: Issue.record("\(site.location) as \(site.swiftType): \(reason)")
            case nil: Issue.record("\(site.location): no result \(run.crash ?? "")")
            }
        }
    }

    /// Each broken spec's first error, by the file it must be in (relative to the case's folder).
    static let broken: [String: String] = [
        "missing-file": "paths/pets.yaml:9:19: error: $ref '../schemas/pet.yaml': cannot read",
        "missing-fragment": "paths/pets.yaml:9:19: error: $ref '../schemas.yaml#/Pets' does not resolve: the top of",
        "bad-ref-in-nested-file": "schemas/pet.yaml:6:11: error: $ref '#/components/schemas/Owner' does not resolve: the top of",
        "not-yaml": "schemas/pet.yaml:3:2: error: YAML:",
        "url-ref": "paths/pets.yaml:9:19: error: $ref 'https://example.com/pet.yaml' names a URL",
        "error-in-referenced-file": "schemas/thing.yaml:6:11: error: unknown type 'strnig'",
    ]

    @Test(arguments: broken.keys.sorted())
    func brokenSpecIsLocatedInTheRightFile(_ name: String) throws {
        let spec = Self.folder.appendingPathComponent("broken/\(name)/openapi.yaml")
        let expected = Self.folder.path + "/broken/\(name)/" + Self.broken[name]!
        do {
            _ = try Self.generate(spec)
            Issue.record("\(name) generated")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix(expected) }, "expected \(expected)… in:\n\(lines.joined(separator: "\n"))")
            #expect(error.diagnostics.allSatisfy { $0.file != nil && $0.mark != nil }, "every diagnostic is located")
        }
    }
}
