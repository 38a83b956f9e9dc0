import Testing
@testable import OpenAPIClientGen

/// Broken specs give located errors; questionable ones give located warnings; nothing is silent.
@Suite struct DiagnosticsTests {
    func errors(_ yaml: String) -> [String] {
        diagnostics(yaml, file: "spec.yaml").filter { $0.severity == .error }.map(\.description)
    }

    func warnings(_ yaml: String) -> [String] {
        diagnostics(yaml, file: "spec.yaml").filter { $0.severity == .warning }.map(\.description)
    }

    @Test func unresolvedSchemaReferenceIsReportedWhereItIsWritten() {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Missing'}
            """
        #expect(errors(yaml) == ["spec.yaml:11:30: error: $ref '#/components/schemas/Missing' does not resolve: there is no 'Missing' in components.schemas"])
    }

    @Test func referenceToTheWrongKindOfObject() {
        let yaml = specWithSchemas("""
            A:
              type: object
              properties:
                p: {$ref: '#/components/parameters/P'}
            """)
        #expect(errors(yaml) == ["spec.yaml:9:19: error: $ref '#/components/parameters/P' must point into '#/components/schemas/' here"])
    }

    @Test func referencesToOtherFilesAreRefusedForASpecGivenAsText() {
        let yaml = specWithSchemas("A: {$ref: 'other.yaml#/components/schemas/B'}")
        #expect(errors(yaml) == ["spec.yaml:6:15: error: $ref 'other.yaml#/components/schemas/B': cannot read 'other.yaml': no other files are read for a spec given as text"])
    }

    @Test func circularReferenceChainWithNoObject() {
        let yaml = specWithSchemas("""
            Loop1: {$ref: '#/components/schemas/Loop2'}
            Loop2: {$ref: '#/components/schemas/Loop3'}
            Loop3: {$ref: '#/components/schemas/Loop1'}
            """)
        let found = errors(yaml)
        #expect(found.count == 3)
        #expect(found.first == "spec.yaml:6:19: error: circular $ref chain through 'Loop1' never reaches a schema")
    }

    @Test func recursionThroughAnObjectIsFine() throws {
        let yaml = specWithSchemas("""
            Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}, next: {$ref: '#/components/schemas/Tree'}}}
            """)
        #expect(errors(yaml) == [])
        #expect(try generate(yaml).schemaCount == 1)
    }

    @Test func referencedParametersResolve() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  parameters:
                    - $ref: '#/components/parameters/Id'
                    - $ref: '#/components/parameters/Limit'
                  responses: {'204': {description: none}}
            components:
              parameters:
                Id: {in: path, name: id, required: true, schema: {type: string}}
                Limit: {in: query, name: limit, schema: {type: integer}}
            """
        let client = clientSource(try generate(yaml))
        #expect(client.contains("public func getItem(id: String, limit: Int? = nil) async throws {"))
        #expect(client.contains(#"path: "/items/\(id)")"#))
    }

    @Test func misspeltTypeIsAnErrorAndRequiredNamingNoPropertyAWarning() {
        let yaml = specWithSchemas("""
            A:
              type: object
              required: [nope]
              properties:
                x: {type: strng}
            """)
        #expect(errors(yaml) == [
            "spec.yaml:10:19: error: unknown type 'strng'; expected one of string, integer, number, boolean, array, object",
        ])
        let fixed = yaml.replacingOccurrences(of: "strng", with: "string")
        #expect(diagnostics(fixed, file: "spec.yaml").map(\.description) == [
            "spec.yaml:8:18: warning: 'required' names 'nope', which no property declares (here or in an allOf member); it is ignored",
        ])
    }

    @Test func undeclaredPathParameterAndDuplicateOperationId() {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /a/{id}:
                get:
                  operationId: same
                  responses: {'200': {description: ok}}
              /b:
                get:
                  operationId: same
                  typo: 1
                  responses: {'200': {description: ok}}
            """
        #expect(errors(yaml) == [
            "spec.yaml:6:7: error: path parameter '{id}' in '/a/{id}' is not declared for GET",
            "spec.yaml:10:7: error: duplicate operationId 'same' (first used at 6:7)",
        ])
        #expect(diagnostics(yaml, file: "spec.yaml").map(\.description).contains("spec.yaml:11:7: warning: unknown key 'typo' in the operation 'GET /b' is ignored"))
    }

    @Test(arguments: [
        ("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n", "spec.yaml:1:10: error: this is a Swagger 2.0 document; only OpenAPI 3.0.x, 3.1.x and 3.2.x are supported"),
        ("info: {title: T, version: '1'}\npaths: {}\n", "spec.yaml:1:1: error: the document has no 'openapi' key; expected 'openapi: 3.0.x'"),
        ("openapi: 2.0\ninfo: {title: T, version: '1'}\npaths: {}\n", "spec.yaml:1:10: error: unsupported OpenAPI version '2.0'; only 3.0.x, 3.1.x and 3.2.x are supported"),
        ("- a\n- b\n", "spec.yaml:1:1: error: the OpenAPI document must be a mapping, found a sequence"),
        ("just a scalar\n", "spec.yaml:1:1: error: the OpenAPI document must be a mapping, found the scalar 'just a scalar'"),
        ("openapi: 3.0.3\npaths: {}\n", "spec.yaml:1:1: error: the document has no 'info'"),
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {responses: {'99': {description: x}}}}}\n", "spec.yaml:3:32: error: '99' is not a status code; expected 100–599, 1XX–5XX or 'default'"),
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {parameters: [{name: q, in: body}], responses: {}}}}\n", "spec.yaml:3:47: error: parameter 'q' needs 'in' to be path, query, header or cookie"),
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {}}}\n", "spec.yaml:3:19: error: the operation 'GET /a' has no 'responses'"),
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nopenapi: 3.0.3\n", "spec.yaml:4:1: error: duplicate key 'openapi' in this mapping (first defined at 1:1)"),
    ])
    func documentLevelErrors(yaml: String, expected: String) {
        #expect(errors(yaml) == [expected])
    }

    @Test func unsupportedConstructsWarnAndGenerationGoesOn() throws {
        let yaml = specWithSchemas("""
            Name:
              type: string
              not: {enum: [admin]}
            """)
        let output = try generate(yaml, file: "spec.yaml")
        #expect(output.diagnostics.map(\.description) == ["spec.yaml:7:7: warning: 'not' is not supported; it is ignored"])
        #expect(typesSource(output) == "public typealias Name = String")
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let diagnostic = Diagnostic(.error, "something is wrong", file: "spec/x.yaml", at: Mark(line: 3, column: 7))
        #expect(diagnostic.description == "spec/x.yaml:3:7: error: something is wrong")
        #expect(Diagnostic(.warning, "w", file: "f.yaml").description == "f.yaml: warning: w")
        #expect(Diagnostic(.error, "no file").description == "error: no file")
    }
}
