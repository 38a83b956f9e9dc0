import Testing
@testable import OpenAPIClientGen

/// OpenAPI 3.1's document-level additions and 3.2's sequential media types, methods and the additions
/// that are not supported, as generated code and diagnostics.
@Suite struct OpenAPI32SnippetTests {
    static let header31 = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
    static let header32 = "openapi: 3.2.0\ninfo: {title: T, version: '1'}\n"

    @Test func pathsAreOptionalAndWebhooksAreSkippedWithANote() throws {
        let yaml = Self.header31 + """
            webhooks:
              ping:
                post:
                  responses: {'200': {description: ok}}
            """
        let output = try generate(yaml, file: "spec.yaml")
        #expect(output.operationCount == 0)
        #expect(output.diagnostics.map(\.description) == ["spec.yaml:4:3: note: webhook 'ping' is skipped: the API calls webhooks, a client does not"])
    }

    @Test func pathItemsComponentsAreRefTargets() throws {
        let yaml = Self.header31 + """
            paths:
              /pets: {$ref: '#/components/pathItems/Pets', summary: Every pet.}
              /cats: {$ref: '#/components/pathItems/Cats'}
            components:
              pathItems:
                Pets:
                  get:
                    operationId: listPets
                    parameters:
                    responses: {'204': {description: ok}}
            """
        #expect(diagnostics(yaml, file: "spec.yaml").map(\.description)
            == ["spec.yaml:5:17: error: $ref '#/components/pathItems/Cats' does not resolve: there is no 'Cats' in components.pathItems"])
        let fixed = yaml.replacingOccurrences(of: "  /cats: {$ref: '#/components/pathItems/Cats'}\n", with: "")
        let client = clientSource(try generate(fixed))
        #expect(client.contains("    /// Every pet.\n    ///\n    /// `GET /pets`\n    public func listPets() async throws {\n"))
    }

    @Test func documentLevelKeys() throws {
        let yaml = Self.header31.replacingOccurrences(of: "version: '1'}", with: """
            version: '1', summary: One line., license: {name: MIT License, identifier: MIT}}
            jsonSchemaDialect: https://example.com/dialect
            paths: {}
            """)
        let output = try generate(yaml, file: "spec.yaml")
        #expect(clientSource(output).contains("/// T\n///\n/// One line.\n///\n/// License: MIT.\npublic struct Client: ClientProtocol, Sendable {"))
        #expect(output.diagnostics.map(\.description)
            == ["spec.yaml:3:20: warning: jsonSchemaDialect 'https://example.com/dialect' is not OpenAPI's base dialect; schemas are read as the base dialect"])
        let base = yaml.replacingOccurrences(of: "https://example.com/dialect", with: "https://spec.openapis.org/oas/3.1/dialect/base")
        #expect(try generate(base).diagnostics.isEmpty)
    }

    @Test func parameterAndBodyRefsKeepTheirSiblingDescriptions() throws {
        let yaml = Self.header31 + """
            paths:
              /a:
                post:
                  parameters: [{$ref: '#/components/parameters/Q', description: Overridden.}]
                  requestBody: {$ref: '#/components/requestBodies/B', description: The new thing.}
                  responses: {'204': {description: ok}}
            components:
              parameters:
                Q: {name: q, in: query, description: Original., schema: {type: string}}
              requestBodies:
                B: {description: Original., content: {application/json: {schema: {type: string}}}}
            """
        let client = clientSource(try generate(yaml))
        #expect(client.contains("    ///   - q: Overridden.\n"))
        #expect(client.contains("    ///   - body: The new thing.\n"))
    }

    @Test func itemSchemaTypesStreams() async throws {
        let yaml = Self.header32 + """
            paths:
              /events:
                get:
                  operationId: events
                  responses:
                    '200':
                      description: ok
                      content:
                        text/event-stream:
                          itemSchema:
                            type: object
                            properties:
                              data: {type: string, contentMediaType: application/json, contentSchema: {$ref: '#/components/schemas/Change'}}
              /lines:
                get:
                  operationId: lines
                  responses:
                    '200':
                      description: ok
                      content:
                        application/jsonl: {itemSchema: {$ref: '#/components/schemas/Change'}}
              /sequence:
                get:
                  operationId: sequence
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json-seq: {itemSchema: {$ref: '#/components/schemas/Change'}}
              /upload:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      application/x-ndjson: {itemSchema: {$ref: '#/components/schemas/Change'}}
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Change: {type: object, properties: {op: {type: string}}}
            """
        let output = try generate(yaml)
        let client = clientSource(output)
        #expect(client.contains("public func events() async throws -> ServerSentEventStream<Change> {"))
        #expect(client.contains("public func lines() async throws -> JSONLinesStream<Change> {"))
        #expect(client.contains("public func sequence() async throws -> JSONLinesStream<Change> {"))
        #expect(client.contains("public func upload(body: [Change]) async throws {"))
        #expect(output.diagnostics.isEmpty)
        try await expectTypeChecks(output)
    }

    @Test func queryMethodAndAdditionalOperations() async throws {
        let yaml = Self.header32 + """
            paths:
              /search:
                query:
                  operationId: search
                  requestBody: {required: true, content: {application/json: {schema: {type: object}}}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
              /items/{id}:
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                additionalOperations:
                  LINK: {operationId: link, responses: {'204': {description: ok}}}
                  GET: {operationId: again, responses: {'204': {description: ok}}}
            """
        let output = try generate(yaml, file: "spec.yaml")
        let client = clientSource(output)
        #expect(client.contains("var request = ClientRequest(operationID: \"search\", method: .query, path: \"/search\")"))
        #expect(client.contains("var request = ClientRequest(operationID: \"link\", method: \"LINK\", path: \"/items/\\(id)\")"))
        #expect(output.diagnostics.map(\.description)
            == ["spec.yaml:13:7: warning: 'GET' has a field of its own ('get'); additionalOperations may not repeat it, so it is skipped"])
        try await expectTypeChecks(output)
        // In 3.1 `query` is not a method.
        let yaml31 = yaml.replacingOccurrences(of: "openapi: 3.2.0", with: "openapi: 3.1.0")
        #expect(diagnostics(yaml31, file: "spec.yaml").map(\.description).contains("spec.yaml:5:5: warning: unknown key 'query' in the path item '/search' is ignored"))
    }

    @Test func unsupported32AdditionsWarn() throws {
        let yaml = Self.header32 + """
            $self: https://example.com/api.yaml
            paths:
              /a:
                get:
                  parameters: [{name: q, in: querystring, content: {application/json: {schema: {type: object}}}}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json: {itemSchema: {type: string}}
              /b:
                post:
                  requestBody: {content: {application/json-seq: {itemSchema: {type: object}}}}
                  responses: {'204': {description: ok}}
            """
        #expect(diagnostics(yaml, file: "spec.yaml").map(\.description) == [
            "spec.yaml:3:8: warning: '$self' (OpenAPI 3.2) is not supported; references are resolved within this file",
            "spec.yaml:7:34: warning: 'in: querystring' (OpenAPI 3.2) is not supported; the parameter is not sent",
            "spec.yaml:12:44: warning: 'itemSchema' on 'application/json' is not used: only event streams, JSON lines and JSON text sequences are read item by item",
            "spec.yaml:15:66: warning: the application/json-seq request body is sent as it is given; its itemSchema is not used",
        ])
    }
}
