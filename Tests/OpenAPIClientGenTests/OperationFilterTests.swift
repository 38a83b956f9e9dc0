import Foundation
import Testing
@testable import OpenAPIClientGen
import OpenAPIClientGenCommandLine

/// `--filter-tag`, `--filter-operation` and `--filter-path` (and the plugin's `"filter"`): only the
/// matching operations, and only the schemas they reach, transitively.
@Suite struct OperationFilterTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Zoo, version: "1.0"}
        paths:
          /cats:
            get:
              operationId: listCats
              tags: [Cats]
              responses:
                '200':
                  description: Cats.
                  content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Cat'}}}}
          /dogs/{id}:
            get:
              operationId: getDog
              tags: [Dogs]
              parameters: [{$ref: '#/components/parameters/DogID'}]
              responses:
                '200': {$ref: '#/components/responses/Dog'}
          /birds:
            post:
              operationId: addBird
              tags: [Birds]
              requestBody:
                content: {application/json: {schema: {$ref: '#/components/schemas/Bird'}}}
              responses:
                '204': {description: Added.}
        components:
          parameters:
            DogID: {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/DogKey'}}
          responses:
            Dog:
              description: A dog.
              content: {application/json: {schema: {$ref: '#/components/schemas/Dog'}}}
          schemas:
            Cat: {type: object, properties: {toy: {$ref: '#/components/schemas/Toy'}}}
            Toy: {type: object, properties: {parts: {type: array, items: {$ref: '#/components/schemas/Part'}}}}
            Part: {type: object, properties: {name: {type: string}}}
            Dog: {type: object, properties: {name: {type: string}}}
            DogKey: {type: string, enum: [a, b]}
            Bird: {type: object, properties: {wings: {type: integer}}}
            Orphan: {type: object, properties: {name: {type: string}}}
        """

    func typeNames(_ filter: OperationFilter) throws -> [String] {
        let output = try generate(Self.spec, options: .init(filter: filter))
        return typesSource(output).split(separator: "\n").compactMap { line in
            guard line.hasPrefix("public struct ") || line.hasPrefix("public enum ") || line.hasPrefix("public typealias ") else { return nil }
            return String(line.split(separator: " ")[2].prefix { $0.isLetter || $0.isNumber })
        }.sorted()
    }

    @Test func aTagKeepsItsOperationsAndTheSchemasTheyReachTransitively() throws {
        #expect(try typeNames(OperationFilter(tags: ["Cats"])) == ["Cat", "Part", "Toy"])
        let client = clientSource(try generate(Self.spec, options: .init(filter: OperationFilter(tags: ["Cats"]))))
        #expect(client.contains("func listCats("))
        #expect(!client.contains("func getDog("))
        #expect(!client.contains("func addBird("))
    }

    @Test func schemasReachedThroughComponentParametersAndResponsesAreKept() throws {
        #expect(try typeNames(OperationFilter(operationIDs: ["getDog"])) == ["Dog", "DogKey"])
    }

    @Test func anOperationMatchingAnyCriterionIsKept() throws {
        #expect(try typeNames(OperationFilter(tags: ["Birds"], pathPrefixes: ["/dogs"])) == ["Bird", "Dog", "DogKey"])
    }

    @Test func noFilterKeepsEverything() throws {
        #expect(try typeNames(OperationFilter()).contains("Orphan"))
    }

    @Test func aCriterionMatchingNothingIsAnErrorListingTheTags() {
        do {
            _ = try generate(Self.spec, options: .init(filter: OperationFilter(tags: ["Cats", "Fish"], operationIDs: ["nope"])))
            Issue.record("a filter matching nothing generated")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "test.yaml: error: the filter's tag 'Fish' matches no operation of the spec; its tags are: Cats, Dogs, Birds",
                "test.yaml: error: the filter's operation 'nope' matches no operationId of the spec; its tags are: Cats, Dogs, Birds",
            ])
        }
    }

    @Test func theCommandLineTakesRepeatedFilters() throws {
        let arguments = try #require(try CommandLineArguments.parse([
            "spec.yaml", "-o", "out", "--filter-tag", "Cats", "--filter-tag", "Dogs", "--filter-operation", "addBird", "--filter-path", "/v2",
        ]))
        #expect(arguments.filterTags == ["Cats", "Dogs"])
        #expect(arguments.filterOperations == ["addBird"])
        #expect(arguments.filterPaths == ["/v2"])
    }
}

/// A filter on OpenAI's spec (`../shared/realworld/openai/openapi.yaml`, hundreds of operations, thousands of
/// schemas): one tag gives a small client that compiles, without the schemas only other operations reach.
@Suite struct OpenAIFilterTests {
    static let spec = sharedFolder("REALWORLD_DIR", "realworld").appendingPathComponent("openai/openapi.yaml")

    @Test func oneTagGivesASmallClientThatCompiles() async throws {
        guard FileManager.default.fileExists(atPath: Self.spec.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("no spec at \(Self.spec.path); CI needs ../shared/realworld (or REALWORLD_DIR)")
            } else {
                print("skipped: no spec at \(Self.spec.path) (set REALWORLD_DIR)")
            }
            return
        }
        let bytes = [UInt8](try Data(contentsOf: Self.spec))
        let output = try GeneratorPipeline(options: .init(filter: OperationFilter(tags: ["Models"]))).run(bytes, file: Self.spec.path)
        let types = typesSource(output)
        #expect(output.operationCount == 3)
        #expect(output.schemaCount < 10, "only what the Models operations reach")
        #expect(types.contains("public struct ListModelsResponse:"))
        #expect(types.contains("public struct Model:"))
        // Reached only by the chat operations, which the filter leaves out.
        #expect(!types.contains("CreateChatCompletionRequest"))
        #expect(clientSource(output).contains("func listModels("))
        #expect(!clientSource(output).contains("func createChatCompletion("))
        try await expectTypeChecks(output)
    }
}
