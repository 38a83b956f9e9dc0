import Testing
@testable import OpenAPIClientGen

/// What vendors' specs do that JSON Schema and OpenAPI allow, read as they define it rather than more
/// strictly: each quirk found in `../shared/realworld` (OpenAI, Twilio, readme's examples), one a test.
@Suite struct LenientReadingTests {
    func described(_ yaml: String) -> [String] {
        diagnostics(yaml, file: "spec.yaml").map(\.description)
    }

    /// A document with one operation, `paths` indented by 2.
    func specWithPaths(_ paths: String, version: String = "3.0.3", components: String = "") -> String {
        """
        openapi: \(version)
        info: {title: T, version: "1"}
        paths:
        \(paths.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        \(components)
        """
    }

    // OpenAI: `required` in one `allOf` member names a property another member declares.
    @Test func requiredIsCheckedAgainstTheMergedSchema() async throws {
        let yaml = specWithSchemas("""
            Base:
              type: object
              properties:
                type: {type: string}
            Message:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  properties:
                    id: {type: string}
                  required: [id, type]
            """)
        let output = try generate(yaml)
        #expect(output.diagnostics.isEmpty)
        let source = typesSource(output)
        #expect(source.contains("public struct Message: Codable, Hashable, Sendable {\n    public var type: String\n    public var id: String\n"))
        try await expectTypeChecks(output)
    }

    // readme's schema-enums: a required name that no property has is ignored, as JSON Schema ignores it.
    @Test func requiredNamingNoPropertyIsAWarningAtTheName() throws {
        let yaml = specWithSchemas("""
            A:
              type: object
              required: [a, ghost]
              properties:
                a: {type: string}
            """)
        #expect(described(yaml) == [
            "spec.yaml:8:21: warning: 'required' names 'ghost', which no property declares (here or in an allOf member); it is ignored",
        ])
        #expect(typesSource(try generate(yaml)).contains("    public var a: String\n"))
    }

    // OpenAI: `maximum: 9.223372036854776e+18` (2^63, meant as Int64.max); Twilio-like `1.0` counts and defaults.
    @Test func integerBoundsAndDefaultsWrittenAsFloats() async throws {
        let yaml = specWithPaths("""
            /a:
              get:
                operationId: getA
                parameters:
                  - {name: limit, in: query, schema: {type: integer, minimum: 1.0, maximum: 9.223372036854776e+18}}
                  - {name: n, in: header, required: true, schema: {type: integer, default: 1.0}}
                  - {name: s, in: query, schema: {type: string, maxLength: 10.0}}
                responses: {'204': {description: done}}
            """)
        #expect(described(yaml) == [
            "spec.yaml:8:44: warning: 'maximum' 9.223372036854776e+18 is beyond the integer type's range; it is not checked",
        ])
        let output = try generate(yaml)
        let client = clientSource(output)
        #expect(client.contains(#"request.check(limit, at: "limit", Constraints(minimum: 1))"#))
        #expect(client.contains(#"request.check(s, at: "s", Constraints(maxLength: 10))"#))
        #expect(client.contains(#"try request.setHeader("n", 1)"#))
        try await expectTypeChecks(output)
    }

    // readme's 3.1 examples: `responses` is optional in 3.1.
    @Test func operationWithoutResponsesReturnsVoidIn31() async throws {
        let paths = "/a:\n  put:\n    operationId: putA\n    requestBody:\n      content: {application/json: {schema: {type: string}}}"
        let output = try generate(specWithPaths(paths, version: "3.1.0"))
        #expect(output.diagnostics.isEmpty)
        #expect(clientSource(output).contains("public func putA(body: String? = nil) async throws {\n"))
        try await expectTypeChecks(output)
        // 3.0 requires them.
        #expect(described(specWithPaths(paths)) == ["spec.yaml:6:7: error: the operation 'PUT /a' has no 'responses'"])
    }

    @Test func mutualTLSIsAWarningAtTheScheme() throws {
        let yaml = specWithPaths("""
            /a:
              get:
                operationId: getA
                security: [{tls: []}, {key: []}]
                responses: {'204': {description: done}}
            """, version: "3.1.0", components: """
            components:
              securitySchemes:
                tls: {type: mutualTLS}
                key: {type: apiKey, in: header, name: X-Key}
            """)
        #expect(described(yaml) == [
            "spec.yaml:11:10: warning: security scheme 'tls' (mutualTLS): the client certificate comes from the transport's TLS settings (a URLSession or HTTPClient configured with it); requests carry nothing for it",
        ])
        #expect(clientSource(try generate(yaml)).contains(#"request.security = [[.apiKeyHeader("X-Key")]]"#))
    }

    // readme's response-http-behavior: a requirement naming a scheme that `components` does not declare.
    @Test func securityRequirementNamingAnUndeclaredSchemeSendsNothingForIt() throws {
        let yaml = specWithPaths("""
            /a:
              get:
                operationId: getA
                security: [{api_key: []}]
                responses: {'204': {description: done}}
            """)
        #expect(described(yaml) == [
            "spec.yaml:7:19: warning: security requirement names 'api_key', which is not in components.securitySchemes; no credential is sent for it",
        ])
        #expect(!clientSource(try generate(yaml)).contains("request.security"))
    }

    // Twilio's lookups: `AddOnsData`, an object in the query (`format: prefixed-collapsible-map-AddOns`).
    @Test func objectQueryParameterIsAWarningAndNotSent() async throws {
        let yaml = specWithPaths("""
            /a:
              get:
                operationId: getA
                parameters:
                  - {name: AddOnsData, in: query, schema: {type: object}}
                  - {name: raw, in: query, schema: {type: string, format: byte}}
                responses: {'204': {description: done}}
            """)
        #expect(described(yaml) == [
            "spec.yaml:8:11: warning: query parameter 'AddOnsData' of GET /a is an object or a free-form value, which has no text form the client can choose; it is not sent",
        ])
        let output = try generate(yaml)
        #expect(clientSource(output).contains("public func getA(raw: Data? = nil) async throws {\n"))
        try await expectTypeChecks(output)
    }

    // Twilio: `nullable: true` fields of URL-encoded bodies (`CallScore`), where a form has no null.
    @Test func nullableFormFieldsAreSentWhenTheyHoldAValue() async throws {
        let yaml = specWithPaths("""
            /a:
              post:
                operationId: postA
                requestBody:
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties:
                          CallScore: {type: integer, nullable: true}
                          Kind: {type: string, enum: [a, b], nullable: true}
                responses: {'204': {description: done}}
            """)
        let output = try generate(yaml)
        let source = typesSource(output)
        #expect(source.contains(#"form.text("CallScore", callScore?.wrapped)"#))
        #expect(source.contains(#"form.text("Kind", kind?.wrapped)"#))
        try await expectTypeChecks(output)
    }
}
