import Testing
@testable import OpenAPIClientGen

/// Operations: header defaults, error documentation, security schemes, JSON-lines media types,
/// nullable bodies and the constructs that are warned about.
struct OperationSnippetTests {
    func spec(_ operation: String, components: String = "{}") -> String {
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /things:
            get:
              operationId: getThings
        \(operation.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        components: \(components)
        """
    }

    @Test func optionalHeaderWithADefaultIsAnArgumentDefaultingToIt() throws {
        let output = try generate(spec("""
            parameters:
              - {in: header, name: X-Version, required: true, schema: {type: string, default: "2025-10"}}
              - {in: header, name: X-Trace, schema: {type: string, default: "off"}}
              - {in: header, name: X-Retries, schema: {type: integer, default: 3}}
            responses: {'204': {description: Done}}
            """))
        let client = clientSource(output)
        #expect(client.contains(#"public func getThings(xTrace: String = "off", xRetries: Int = 3) async throws {"#))
        #expect(client.contains(#"try request.setHeader("X-Version", "2025-10")"#))
        #expect(client.contains(#"try request.setHeader("X-Trace", xTrace)"#))
        #expect(client.contains(#"try request.setHeader("X-Retries", xRetries)"#))
    }

    @Test func errorResponsesAreDocumentedInStatusOrder() throws {
        let output = try generate(spec("""
            responses:
              default: {description: Something else went wrong.}
              '409': {description: Already exists.}
              '200': {description: OK}
              '404': {description: Not found.}
            """))
        #expect(clientSource(output).contains("""
                /// - Throws: ``ClientError``; `.api` for these error responses the spec documents:
                ///   - 404: Not found.
                ///   - 409: Already exists.
                ///   - default: Something else went wrong.
                public func getThings() async throws {
            """))
    }

    /// Links are documentation: the operation lists them, by name and target, also through `components.links`.
    @Test func linksDocumentTheOperationAndOAuth2WarnsWhereItIsWritten() throws {
        let yaml = spec("""
            security: [{oauth: []}]
            responses:
              '204':
                description: Done
                links: {again: {operationId: getThings, description: "The same list."}, other: {$ref: '#/components/links/L'}, lost: {$ref: '#/components/links/Nope'}}
            """, components: """
            {securitySchemes: {oauth: {type: oauth2, flows: {}}, unused: {type: openIdConnect, openIdConnectUrl: "https://x"}}, links: {L: {operationRef: '#/paths/~1things/get'}}}
            """)
        let warnings = diagnostics(yaml, file: "spec.yaml").filter { $0.severity == .warning }.map(\.description)
        #expect(!warnings.contains { $0.contains("links are not supported") })
        #expect(warnings.contains { $0.hasPrefix("spec.yaml:11:") && $0.contains("the link 'lost' refers to '#/components/links/Nope', which is not in components.links") })
        #expect(warnings.contains { $0.hasPrefix("spec.yaml:12:") && $0.contains("security scheme 'oauth' (oauth2) is not supported") })
        #expect(warnings.contains { $0.contains("security scheme 'unused' (openIdConnect) is not supported") })
        let client = clientSource(try generate(yaml))
        #expect(client.contains("""
                /// Links from the response:
                /// - again: the operation `getThings`. The same list.
                /// - other: the operation at `#/paths/~1things/get`
            """))
    }

    @Test func httpBasicAsksForTheConfigurationsCredentials() throws {
        let output = try generate(spec("""
            security: [{basic: []}]
            responses: {'204': {description: Done}}
            """, components: "{securitySchemes: {basic: {type: http, scheme: basic}}}"))
        #expect(output.diagnostics.isEmpty)
        #expect(clientSource(output).contains("request.security = [[.basic]]"))
    }

    @Test(arguments: ["application/jsonl", "application/x-ndjson", "application/json-seq"])
    func jsonLinesAreAskedForWithTheSpecsMediaType(mediaType: String) throws {
        let output = try generate(spec("""
            responses:
              '200':
                description: Lines
                content:
                  \(mediaType):
                    itemSchema: {type: object, properties: {id: {type: string}}}
            """).replacingOccurrences(of: "3.0.3", with: "3.2.0"))
        #expect(clientSource(output).contains(
            "return try await core.streamJSONLines(request, of: GetThingsResponseItem.self, accept: \"\(mediaType)\")"))
    }

    @Test func nullableResponseDecodesNull() throws {
        let output = try generate(spec("""
            responses:
              '200':
                description: The thing, or null
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
            """, components: "{schemas: {Thing: {type: object, nullable: true, properties: {id: {type: string}}}}}"))
        #expect(clientSource(output).contains("public func getThings() async throws -> Thing? {"))
        #expect(clientSource(output).contains("return try await core.send(request, returning: Thing?.self)"))
    }
}
