import Testing
@testable import OpenAPIClientGen

/// The checks generated from the spec's constraints: one snippet per kind of constraint, the
/// warning for a pattern that cannot be checked, and the option that turns the checks off.
struct RequestCheckSnippetTests {
    /// An operation with one query parameter whose schema is `schema`.
    func parameterSpec(_ schema: String, version: String = "3.0.3") -> String {
        """
        openapi: \(version)
        info: {title: T, version: "1"}
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {in: query, name: value, schema: \(schema)}
              responses: {'204': {description: Done}}
        """
    }

    func check(_ schema: String, version: String = "3.0.3") throws -> String? {
        let client = clientSource(try generate(parameterSpec(schema, version: version)))
        return client.split(separator: "\n").first { $0.contains("request.check(") }.map { String($0.trimmingCharacters(in: " ")) }
    }

    @Test(arguments: [
        ("{type: integer, minimum: 1, maximum: 100}", #"request.check(value, at: "value", Constraints(minimum: 1, maximum: 100))"#),
        ("{type: number, minimum: 0, exclusiveMinimum: true, maximum: 1.5, exclusiveMaximum: true}",
         #"request.check(value, at: "value", Constraints(exclusiveMinimum: 0, exclusiveMaximum: 1.5))"#),
        ("{type: integer, multipleOf: 5}", #"request.check(value, at: "value", Constraints(multipleOf: 5))"#),
        ("{type: string, minLength: 1, maxLength: 45}", #"request.check(value, at: "value", Constraints(minLength: 1, maxLength: 45))"#),
        ("{type: string, pattern: '^[a-z0-9-]+$'}", #"request.check(value, at: "value", Constraints(pattern: "^[a-z0-9-]+$"))"#),
        ("{type: array, minItems: 1, maxItems: 3, items: {type: string, maxLength: 2}}",
         #"request.check(value, at: "value", Constraints(minItems: 1, maxItems: 3, items: Constraints(maxLength: 2)))"#),
    ])
    func eachKindOfConstraintIsChecked(schema: String, expected: String) throws {
        #expect(try check(schema) == expected)
    }

    @Test func numericExclusiveBoundsOf31() throws {
        #expect(try check("{type: integer, exclusiveMinimum: 0, exclusiveMaximum: 10}", version: "3.1.0")
            == #"request.check(value, at: "value", Constraints(exclusiveMinimum: 0, exclusiveMaximum: 10))"#)
    }

    @Test func constraintsTheTypeCannotCarryAreNotChecked() throws {
        // Lengths on a date, bounds on a string, and nothing at all: no check is generated.
        #expect(try check("{type: string, format: date-time, maxLength: 3}") == nil)
        #expect(try check("{type: string, minimum: 3}") == nil)
        #expect(try check("{type: integer}") == nil)
    }

    @Test func patternThatCannotBeTranslatedIsSkippedWithALocatedWarning() throws {
        // Lookbehind is ECMA-262 but not Swift `Regex` syntax.
        let output = try generate(parameterSpec("{type: string, maxLength: 5, pattern: '(?<=a)b'}"), file: "spec.yaml")
        #expect(output.diagnostics.map(\.description) == [
            "spec.yaml:8:82: warning: pattern '(?<=a)b' cannot be checked (Swift's regular expressions do not accept it); requests are sent without checking it",
        ])
        #expect(clientSource(output).contains(#"request.check(value, at: "value", Constraints(maxLength: 5))"#))
    }

    @Test func componentsThatAreAliasesAreCheckedAndWarnOnce() throws {
        // `Name` is `typealias Name = String`: its length is checked wherever it is used, as an inline
        // schema's is (Pinecone 2024-04's `IndexName`); two operations and a struct property reach it, and
        // its pattern, which cannot be checked, is reported once. Aliased numbers and arrays likewise.
        let output = try generate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /a:
                get:
                  operationId: getA
                  parameters: [{name: n, in: query, schema: {$ref: '#/components/schemas/Name'}}]
                  responses: {'204': {description: done}}
              /b:
                post:
                  operationId: postB
                  parameters: [{name: n, in: query, schema: {$ref: '#/components/schemas/Name'}}]
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {name: {$ref: '#/components/schemas/Name'}, thing: {$ref: '#/components/schemas/Thing'}}}
                  responses: {'204': {description: done}}
            components:
              schemas:
                Name: {type: string, maxLength: 5, pattern: '(?<=a)b'}
                Tags: {type: array, maxItems: 3, items: {$ref: '#/components/schemas/Short'}}
                Short: {type: string, maxLength: 2}
                Count: {type: integer, format: int32, minimum: 1}
                When: {type: string, format: date-time, maxLength: 40}
                Thing:
                  type: object
                  properties:
                    tags: {$ref: '#/components/schemas/Tags'}
                    count: {$ref: '#/components/schemas/Count'}
                    when: {$ref: '#/components/schemas/When'}
            """, file: "spec.yaml")
        let client = clientSource(output), types = typesSource(output)
        #expect(client.contains(#"request.check(n, at: "n", Constraints(maxLength: 5))"#))
        #expect(types.contains(#"checks.check(name, at: path + ".name", Constraints(maxLength: 5))"#))
        #expect(types.contains(#"checks.check(tags, at: path + ".tags", Constraints(maxItems: 3, items: Constraints(maxLength: 2)))"#))
        #expect(types.contains(#"checks.check(count, at: path + ".count", Constraints(minimum: 1))"#))
        #expect(!types.contains(#"checks.check(when"#))  // a date carries no length
        #expect(output.diagnostics.map(\.description) == [
            "spec.yaml:20:49: warning: pattern '(?<=a)b' cannot be checked (Swift's regular expressions do not accept it); requests are sent without checking it",
        ])
    }

    @Test func jsonBodiesAreCheckedAtTheirJSONPath() throws {
        let output = try generate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses: {'201': {description: Created}}
            components:
              schemas:
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, maxLength: 45}
                    spec: {$ref: '#/components/schemas/Spec'}
                    parts: {type: array, items: {$ref: '#/components/schemas/Spec'}}
                    label: {type: string}
                Spec:
                  type: object
                  properties:
                    replicas: {type: integer, minimum: 1}
                Unsent:
                  type: object
                  properties:
                    size: {type: integer, maximum: 3}
            """)
        #expect(clientSource(output).contains("""
                    request.check(body, at: "body")
                    try request.setJSONBody(body, contentType: "application/json")
            """))
        let types = typesSource(output)
        #expect(types.contains("public struct Thing: Codable, Hashable, Sendable {"))
        // The conformance is SPI, like the protocol: no `checkConstraints` in users' completions.
        #expect(types.contains("@_spi(Generated) extension Thing: ConstraintCheckable {}"))
        #expect(types.contains("""
                @_spi(Generated) public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
                    checks.check(name, at: path + ".name", Constraints(maxLength: 45))
                    checks.check(spec, at: path + ".spec")
                    checks.check(parts, at: path + ".parts")
                }
            """))
        #expect(types.contains("""
                    checks.check(replicas, at: path + ".replicas", Constraints(minimum: 1))
            """))
        // Only what a request sends checks anything: a schema no operation sends gets no conformance.
        #expect(types.contains("public struct Unsent: Codable, Hashable, Sendable {"))
    }

    /// A `oneOf` body checks the alternative it holds, when that alternative checks anything.
    @Test func oneOfBodiesCheckTheAlternativeTheyHold() async throws {
        let output = try generate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /shapes:
                post:
                  operationId: createShape
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Label'}, {type: string}]
                  responses: {'204': {description: Done}}
            components:
              schemas:
                Circle: {type: object, properties: {radius: {type: number, maximum: 10}}}
                Label: {type: object, properties: {text: {type: string}}}
            """)
        #expect(clientSource(output).contains("request.check(body, at: \"body\")"))
        let types = typesSource(output)
        #expect(types.contains("""
                @_spi(Generated) public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
                    switch self {
                    case .circle(let value): checks.check(value, at: path)
                    default: break
                    }
                }
            """))
        #expect(types.contains("@_spi(Generated) extension CreateShapeRequest: ConstraintCheckable {}"))
        #expect(!types.contains("extension Label: ConstraintCheckable"), "Label has nothing to check")
        try await expectTypeChecks(output)
    }

    @Test func theOptionTurnsTheChecksOff() throws {
        let spec = parameterSpec("{type: string, maxLength: 5, pattern: '(?<=a)b'}")
        let output = try generate(spec, options: .init(checksRequests: false))
        #expect(!clientSource(output).contains("request.check("))
        #expect(output.diagnostics.isEmpty, "no pattern warning when nothing is checked")
    }
}

extension RequestCheckSnippetTests {
    @Test func schemasNamedLikeTheChecksAreRenamed() throws {
        let output = try generate(specWithSchemas("""
            Constraints: {type: object, properties: {a: {type: string}}}
            Nullable: {type: object, properties: {a: {type: string}}}
            """))
        #expect(typesSource(output).contains("public struct ConstraintsModel: Codable, Hashable, Sendable {"))
        #expect(typesSource(output).contains("public struct NullableModel: Codable, Hashable, Sendable {"))
    }
}
