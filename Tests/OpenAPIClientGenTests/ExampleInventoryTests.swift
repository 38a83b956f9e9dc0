import Testing
@testable import OpenAPIClientGen

/// The example inventory pairs each example with the type the generated code uses at its place, and
/// the comparison accepts exactly the differences re-encoding may make.
@Suite struct ExampleInventoryTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Test, version: "1.0"}
        paths:
          /things/{id}:
            get:
              operationId: get_thing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}, example: t-1}
                - {name: kind, in: query, schema: {type: string, enum: [a, b]}, examples: {first: {value: a}, far: {externalValue: 'http://x'}}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
                      examples: {one: {value: {id: t-1, spec: {pod: {size: 2}}}}}
                '400':
                  description: Bad
                  content:
                    application/json:
                      schema: {type: object, properties: {error: {type: string}}, example: {error: bad}}
                    text/plain:
                      example: bad
        components:
          schemas:
            Thing:
              type: object
              required: [id]
              example: {id: t-2}
              properties:
                id: {type: string, example: t-3}
                spec:
                  type: object
                  properties:
                    pod:
                      type: object
                      properties: {size: {type: integer, example: 4}}
                tags: {type: array, items: {type: string, example: red}}
        """

    @Test func everyExampleIsPairedWithTheTypeOfItsPlace() throws {
        let (_, inventory) = try GeneratorPipeline().runCollectingExamples(Array(Self.spec.utf8), file: "test.yaml")
        let sites = inventory.sites.map { "\($0.location) as \($0.swiftType): \($0.value.jsonText!)" }
        #expect(sites == [
            "components.schemas.Thing.example as Thing: {\"id\":\"t-2\"}",
            "components.schemas.Thing.properties.id.example as String: \"t-3\"",
            "components.schemas.Thing.properties.spec.properties.pod.properties.size.example as Int?: 4",
            "components.schemas.Thing.properties.tags.items.example as String: \"red\"",
            "paths./things/{id}.get.parameters.path.id.example as String: \"t-1\"",
            "paths./things/{id}.get.parameters.query.kind.examples.first as GetThingKind: \"a\"",
            "paths./things/{id}.get.responses.200.application/json.examples.one as Thing: {\"id\":\"t-1\",\"spec\":{\"pod\":{\"size\":2}}}",
            "paths./things/{id}.get.responses.400.application/json.schema.example as ExampleGetThingResponse400: {\"error\":\"bad\"}",
        ])
        #expect(inventory.unchecked == [
            UncheckedExample(location: "paths./things/{id}.get.parameters.query.kind.examples.far", reason: .unread),
            UncheckedExample(location: "paths./things/{id}.get.responses.400.text/plain.example", reason: .notJSON),
        ])
        // The error response's inline schema has no type in the client; one is declared for the check.
        #expect(inventory.supportFile?.contents.contains("struct ExampleGetThingResponse400: Codable, Hashable, Sendable {") == true)
    }

    @Test func nestedTypesAreNamedFromTheTopLevel() throws {
        let (_, inventory) = try GeneratorPipeline().runCollectingExamples(Array(specWithSchemas("""
            Outer:
              type: object
              properties:
                spec:
                  type: object
                  example: {pod: {size: 1}}
                  properties:
                    pod: {type: object, example: {size: 2}, properties: {size: {type: integer}}}
                list:
                  type: array
                  items: {type: object, example: {x: 1}, properties: {x: {type: integer}}}
            """).utf8), file: "test.yaml")
        #expect(inventory.sites.map(\.swiftType) == ["Outer.Spec?", "Outer.Spec.Pod?", "Outer.ListItem"])
    }

    @Test func jsonTextEscapesStrings() {
        let value = JSONValue.object([(key: "a\"b", value: .array([.string("line\n\u{1}"), .number(0.5), .null]))])
        #expect(value.jsonText == #"{"a\"b":["line\n\u0001",0.5,null]}"#)
        #expect(JSONValue.number(.infinity).jsonText == nil)
        #expect(ExampleRoundTrip.rawLiteral("{\"a\":\"#\"}") == "##\"{\"a\":\"#\"}\"##")
    }

    @Test(arguments: [
        (#"{"a":1,"b":null}"#, #"{"a":1.0}"#, nil),
        (#"{"a":1}"#, #"{"a":1,"b":2}"#, "$.b: not in the example, re-encoded as 2"),
        (#"{"a":1}"#, #"{}"#, "$.a: missing after re-encoding (expected 1)"),
        (#"[true]"#, #"[1]"#, "$[0]: expected true, got 1"),
        (#""2025-05-15T00:52:10.809305882Z""#, #""2025-05-15T00:52:10.809306Z""#, nil),
        (#""2025-05-15T02:52:10+02:00""#, #""2025-05-15T00:52:10Z""#, nil),
        (#""2025-05-15T00:52:10.8093Z""#, #""2025-05-15T00:52:10.809Z""#, #"$: expected "2025-05-15T00:52:10.8093Z", got "2025-05-15T00:52:10.809Z""#),
        (#"0.9281134605407715"#, #"0.92811346"#, nil),
        (#"0.1"#, #"0.10000000149011612"#, "$: expected 0.1, got 0.10000000149011612"),
        (#"9007199254740993"#, #"9007199254740992"#, "$: expected 9007199254740993, got 9007199254740992"),
    ] as [(String, String, String?)])
    func comparison(original: String, reencoded: String, difference: String?) {
        #expect(ExampleComparison.difference(original: original, reencoded: reencoded) == difference)
    }
}
