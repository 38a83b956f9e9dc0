import Foundation
import Testing
@testable import OpenAPIClientGen

/// Small specs → the Swift they generate, for media types, security schemes, nullability and name
/// collisions; where a snippet could fail to compile, the output is also type-checked.
@Suite struct MediaTypeSnippetTests {
    func spec(paths: String, schemas: String = "Thing: {type: object, properties: {id: {type: string}}}") -> String {
        func indent(_ text: String, by spaces: Int) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
        }
        return """
            openapi: 3.0.3
            info: {title: Test, version: "1.0"}
            servers: [{url: "https://example.com"}]
            paths:
            \(indent(paths, by: 2))
            components:
              securitySchemes:
                Bearer: {type: http, scheme: bearer}
                Key: {type: apiKey, in: header, name: Api-Key}
              schemas:
            \(indent(schemas, by: 4))
            """
    }

    @Test func multipartBodyBecomesAFormEncodableStructWithFileParts() async throws {
        let output = try generate(spec(paths: """
            /files:
              post:
                operationId: upload_file
                requestBody:
                  required: true
                  content:
                    multipart/form-data:
                      schema:
                        type: object
                        required: [file]
                        properties:
                          file: {type: string, format: binary}
                          tags: {type: array, items: {type: string}}
                          meta: {type: object, properties: {a: {type: string}}}
                responses: {'200': {description: ok}}
            """))
        let types = typesSource(output), client = clientSource(output)
        // Declared inline for this request alone, it is only ever sent as a form: no `Codable`.
        #expect(types.contains("public struct UploadFileRequest: Hashable, Sendable {"))
        #expect(!types.contains("UploadFileRequest: Codable"))
        #expect(types.contains("@_spi(Generated) extension UploadFileRequest: FormEncodable {}"))
        #expect(types.contains("    @_spi(Generated) public func formFields() throws -> [FormField] {"))
        #expect(types.contains("    public var file: MultipartFile\n"))
        #expect(types.contains("""
                    var form = FormFieldsBuilder()
                    form.file("file", file)
                    form.text("tags", tags)
                    try form.json("meta", meta)
                    return form.fields
            """))
        #expect(client.contains("try request.setMultipartBody(body)"))
        try await expectTypeChecks(output)
    }

    @Test func urlEncodedFormUsesAReferencedSchemaAndJSONIsPreferredWhenOffered() async throws {
        let output = try generate(spec(paths: """
            /token:
              post:
                operationId: get_token
                requestBody:
                  required: true
                  content:
                    application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Thing'}}
                responses: {'200': {description: ok}}
            /both:
              post:
                operationId: both
                requestBody:
                  content:
                    application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Thing'}}
                    application/json: {schema: {$ref: '#/components/schemas/Thing'}}
                responses: {'200': {description: ok}}
            """))
        let client = clientSource(output)
        #expect(typesSource(output).contains("@_spi(Generated) extension Thing: FormEncodable {}"))
        #expect(client.contains(#"try request.setURLEncodedFormBody(body, contentType: "application/x-www-form-urlencoded")"#))
        #expect(client.contains(#"try request.setJSONBody(body, contentType: "application/json")"#))
        try await expectTypeChecks(output)
    }

    @Test func eventStreamsAndJSONLines() async throws {
        let output = try generate(spec(paths: """
            /chat:
              post:
                operationId: chat
                responses:
                  '200':
                    description: ok
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Thing'}}
                      text/event-stream: {schema: {$ref: '#/components/schemas/Thing'}}
            /events:
              get:
                operationId: events
                responses:
                  '200': {description: ok, content: {text/event-stream: {schema: {type: object, properties: {n: {type: integer}}}}}}
            /records:
              get:
                operationId: export_records
                responses:
                  '200': {description: ok, content: {application/x-ndjson: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}
              post:
                operationId: import_records
                requestBody:
                  required: true
                  content:
                    application/x-ndjson: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}
                responses: {'201': {description: ok}}
            /blob:
              get:
                operationId: blob
                responses:
                  '200': {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
            """))
        let client = clientSource(output)
        #expect(client.contains("public func chat() async throws -> Thing {"))
        #expect(client.contains("public func chatStream() async throws -> ServerSentEventStream<Thing> {"))
        #expect(client.contains("return try await core.streamServerSentEvents(request, of: Thing.self)"))
        #expect(client.contains("public func events() async throws -> ServerSentEventStream<EventsEvent> {"))
        #expect(client.contains("public func exportRecords() async throws -> JSONLinesStream<Thing> {"))
        #expect(client.contains("public func importRecords(body: [Thing]) async throws {"))
        #expect(client.contains(#"try request.setJSONLinesBody(body, contentType: "application/x-ndjson")"#))
        #expect(client.contains("public func blob() async throws -> Data {"))
        #expect(client.contains(#"request.accept = "application/octet-stream""#))
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        try await expectTypeChecks(output)
    }

    @Test func bearerAndAPIKeySchemes() throws {
        let output = try generate(spec(paths: """
            /a:
              get:
                operationId: a
                security: [{Bearer: []}, {Key: []}]
                responses: {'204': {description: ok}}
            /b:
              get:
                operationId: b
                security: [{Bearer: [], Key: []}]
                responses: {'204': {description: ok}}
            """))
        let client = clientSource(output)
        #expect(client.contains("request.security = [[.bearer], [.apiKeyHeader(\"Api-Key\")]]"))
        #expect(client.contains("request.security = [[.bearer, .apiKeyHeader(\"Api-Key\")]]"))
    }

    @Test func nullableProperties() async throws {
        let output = try generate(spec(paths: "{}", schemas: """
            Patch:
              type: object
              required: [kept]
              properties:
                cleared: {type: string, nullable: true}
                kept: {type: integer, nullable: true}
                child: {$ref: '#/components/schemas/Child'}
            Child: {type: object, nullable: true, properties: {x: {type: string}}}
            """))
        let types = typesSource(output)
        #expect(types.contains("    public var cleared: Nullable<String>?\n"))
        #expect(types.contains("    public var kept: Int?\n"))
        #expect(types.contains("    public var child: Nullable<Child>?\n"))
        #expect(types.contains("""
                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: AnyCodingKey.self)
                    try container.encodeValueIfPresent(self.cleared, "cleared")
                    try container.encodeValue(self.kept, "kept")
                    try container.encodeValueIfPresent(self.child, "child")
                }
            """))
        try await expectTypeChecks(output)
    }

    /// Names that collide once made Swift identifiers get numbered in document order, the same every
    /// run, and the result compiles.
    @Test func collidingSchemaAndOperationNamesAreDisambiguated() async throws {
        let yaml = spec(paths: """
            /things:
              get:
                operationId: list_things
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/thing'}}}}}
              post:
                operationId: listThings
                requestBody:
                  content:
                    application/json: {schema: {type: object, properties: {a: {type: string}}}}
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
            /things/{id}:
              get:
                operationId: ListThings
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/thing-'}}}}}
            """, schemas: """
            thing: {type: object, properties: {a: {type: string}}}
            Thing: {type: object, properties: {b: {type: string}}}
            thing-: {type: object, properties: {c: {type: string}}}
            ListThingsRequest: {type: object, properties: {d: {type: string}}}
            """)
        let output = try generate(yaml)
        #expect(try generate(yaml).files == output.files)
        let types = typesSource(output), client = clientSource(output)
        for name in ["Thing", "Thing2", "Thing3", "ListThingsRequest", "ListThingsRequest2"] {
            #expect(types.contains("public struct \(name): Codable"), "\(name) missing")
        }
        #expect(client.contains("public func listThings() async throws -> Thing {"))
        #expect(client.contains("public func listThings2(body: ListThingsRequest2? = nil) async throws -> Thing2 {"))
        #expect(client.contains("public func listThings3(id: String) async throws -> Thing3 {"))
        try await expectTypeChecks(output)
    }
}

extension MediaTypeSnippetTests {
    @Test func readOnlyAndWriteOnlyProperties() throws {
        let output = try generate(spec(paths: "{}", schemas: """
            Key:
              type: object
              required: [id, secret]
              properties:
                id: {type: string, readOnly: true, description: The key's ID.}
                secret: {type: string, writeOnly: true}
            """))
        let types = typesSource(output)
        #expect(types.contains("""
                /// The key's ID.
                ///
                /// Read-only: set by the server; ignored in requests.
                public var id: String
            """))
        // Required, but never in a response: optional, so that responses decode.
        #expect(types.contains("""
                /// Write-only: sent in requests, never returned.
                public var secret: String?
            """))
    }

    /// A component that only wraps an inline object or enum in `allOf` (a place for a description) is that
    /// type under its own name: not an alias of itself beside it, and a form body when an operation sends it as one.
    @Test func componentWrappingAnInlineAllOfMemberIsThatType() async throws {
        let output = try generate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /f:
                post:
                  operationId: send
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {$ref: '#/components/schemas/Upload'}
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Upload:
                  description: A file to send.
                  allOf:
                    - type: object
                      properties:
                        file: {type: string, format: binary}
                Mode:
                  allOf: [{type: string, enum: [fast, slow]}]
            """)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        let types = typesSource(output)
        #expect(!types.contains("typealias"))
        #expect(types.contains("/// A file to send.\npublic struct Upload: Codable, Hashable, Sendable {"))
        #expect(types.contains("    public var file: MultipartFile?\n"))
        #expect(types.contains("@_spi(Generated) extension Upload: FormEncodable {}"))
        #expect(types.contains("public enum Mode: OpenEnum, CaseIterable {"))
        #expect(clientSource(output).contains("try request.setMultipartBody(body)"))
        try await expectTypeChecks(output)
    }
}
