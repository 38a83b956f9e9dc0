import Testing
@testable import OpenAPIClientGen

/// The bundling stage on specs held in memory: `$ref`s to other files and to any JSON pointer, names of
/// the targets it files among the components, and the diagnostics it gives, each in its own file.
@Suite struct ReferenceBundlerTests {
    static let header = "openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\n"

    func run(_ files: [String: String]) throws(DiagnosticError) -> GeneratorPipeline.Output {
        try GeneratorPipeline().run(Array(files["api/openapi.yaml"]!.utf8), file: "api/openapi.yaml", reader: .inMemory(files))
    }

    func problems(_ files: [String: String]) -> [String] {
        do {
            return try run(files).diagnostics.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static func spec(schema: String) -> String {
        header + """
            paths:
              /things:
                get:
                  operationId: getThing
                  responses:
                    '200':
                      description: A thing.
                      content: {application/json: {schema: {$ref: '\(schema)'}}}
            """
    }

    @Test func aPointerAnywhereInTheDocumentResolvesWithItsEscapes() async throws {
        let output = try generate(Self.header + """
            paths:
              /any/thing:
                post:
                  operationId: post
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            circular:
                              type: object
                              properties:
                                next: {$ref: '#/paths/~1any~1thing/post/requestBody/content/application~1json/schema/properties/circular'}
                            again: {$ref: '#/paths/%7E1any~1thing/post/requestBody/content/application%7E1json/schema/properties/circular'}
                  responses: {'204': {description: Done.}}
            components:
              schemas:
                A: {type: object, properties: {b: {type: string}, c: {$ref: '#/components/schemas/A/properties/b'}}}
            """)
        let types = typesSource(output)
        // The target is one type, named after its pointer's last key, wherever it is reached from.
        #expect(types.contains("public struct Circular:"))
        #expect(types.contains("public var circular: Circular?"))
        #expect(types.contains("public var again: Circular?"))
        #expect(types.contains("public typealias B = String"))
        #expect(types.contains("public var c: B?"))
        try await expectTypeChecks(output)
    }

    @Test func aFileReachedAlongDifferentPathsIsOneTypeAndSameStemsAreNumbered() throws {
        let output = try run([
            "api/openapi.yaml": Self.spec(schema: "models/box.yaml"),
            "api/models/box.yaml": "type: object\nproperties:\n  a: {$ref: 'a/item.yaml'}\n  b: {$ref: './b/item.yaml'}\n  again: {$ref: '../models/a/./item.yaml'}\n",
            "api/models/a/item.yaml": "type: object\nproperties: {name: {type: string}}\n",
            "api/models/b/item.yaml": "type: object\nproperties: {size: {type: integer}}\n",
        ])
        let types = typesSource(output)
        #expect(types.contains("public var a: Item?"))
        #expect(types.contains("public var b: Item2?"))
        #expect(types.contains("public var again: Item?"))
        #expect(!types.contains("Item3"))
    }

    @Test func aRootComponentThatIsOnlyAReferenceKeepsItsName() throws {
        let output = try run([
            "api/openapi.yaml": Self.spec(schema: "owner.json") + "\ncomponents:\n  schemas:\n    Person: {$ref: 'owner.json'}\n",
            "api/owner.json": #"{"type": "object", "properties": {"name": {"type": "string"}}}"#,
        ])
        let types = typesSource(output)
        #expect(types.contains("public struct Person:"))
        #expect(!types.contains("Owner"))
        #expect(clientSource(output).contains("-> Person"))
    }

    @Test func aReferenceLeavingTheSpecsFolderIsAWarning() throws {
        let output = try run(["api/openapi.yaml": Self.spec(schema: "../shared/thing.yaml"), "shared/thing.yaml": "type: string\n"])
        #expect(output.diagnostics.map(\.description) == [
            "api/openapi.yaml:10:55: warning: $ref '../shared/thing.yaml' leaves the spec's folder: 'shared/thing.yaml' is read, but the spec no longer stands on its own",
        ])
    }

    @Test(arguments: [
        ("https://example.com/thing.yaml", "api/openapi.yaml:10:55: error: $ref 'https://example.com/thing.yaml' names a URL"),
        ("thing.yaml#anchor", "api/openapi.yaml:10:55: error: $ref 'thing.yaml#anchor': '#anchor' is not a JSON pointer"),
        ("thing.yaml#/nope", "api/openapi.yaml:10:55: error: $ref 'thing.yaml#/nope' does not resolve: the top of 'api/thing.yaml' has no 'nope'"),
        ("missing.yaml", "api/openapi.yaml:10:55: error: $ref 'missing.yaml': cannot read 'api/missing.yaml': No such file or directory"),
        ("thing.yaml#/properties/name/type", "api/thing.yaml:2:27: error: a schema must be a mapping, found the scalar 'string'"),
    ])
    func brokenReferencesAreLocated(reference: String, expected: String) {
        let found = problems(["api/openapi.yaml": Self.spec(schema: reference), "api/thing.yaml": "type: object\nproperties: {name: {type: string}}\n"])
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test func aPathItemThatIncludesItselfIsAnError() {
        let found = problems(["api/openapi.yaml": Self.header + "paths:\n  /a: {$ref: 'loop.yaml'}\n", "api/loop.yaml": "$ref: 'loop.yaml'\n"])
        #expect(found == ["api/loop.yaml:1:7: error: circular $ref: this pathItem includes itself"])
    }
}
