import Testing
@testable import OpenAPIClientGen

/// A few lines of YAML and the exact Swift they must produce.
@Suite struct SnippetTests {
    @Test func objectWithOddNamesKeywordsAndDeprecation() throws {
        let output = try generate(specWithSchemas("""
            Thing:
              description: A thing.
              type: object
              required: [id, type]
              properties:
                id: {type: string, description: The id.}
                type: {type: string}
                default: {type: boolean}
                self: {type: integer, format: int64}
                2fa-enabled: {type: boolean}
                old: {type: string, deprecated: true}
            """))
        #expect(typesSource(output) == """
            /// A thing.
            public struct Thing: Codable, Hashable, Sendable {
                /// The id.
                public var id: String
                public var type: String
                public var `default`: Bool?
                public var _self: Int64?
                public var _2faEnabled: Bool?
                @available(*, deprecated)
                public var old: String? {
                    get { _old }
                    set { _old = newValue }
                }
                private var _old: String?

                public init(
                    id: String,
                    type: String,
                    `default`: Bool? = nil,
                    _self: Int64? = nil,
                    _2faEnabled: Bool? = nil,
                    old: String? = nil
                ) {
                    self.id = id
                    self.type = type
                    self.`default` = `default`
                    self._self = _self
                    self._2faEnabled = _2faEnabled
                    self._old = old
                }

                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: AnyCodingKey.self)
                    self.id = try container.decodeString("id")
                    self.type = try container.decodeString("type")
                    self.`default` = try container.decodeBoolIfPresent("default")
                    self._self = try container.decodeInt64IfPresent("self")
                    self._2faEnabled = try container.decodeBoolIfPresent("2fa-enabled")
                    self._old = try container.decodeStringIfPresent("old")
                }

                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: AnyCodingKey.self)
                    try container.encodeString(self.id, "id")
                    try container.encodeString(self.type, "type")
                    try container.encodeBoolIfPresent(self.`default`, "default")
                    try container.encodeInt64IfPresent(self._self, "self")
                    try container.encodeBoolIfPresent(self._2faEnabled, "2fa-enabled")
                    try container.encodeStringIfPresent(self._old, "old")
                }
            }
            """)
    }

    @Test func xEnumBecomesAnOpenEnum() throws {
        let output = try generate(specWithSchemas("""
            DeletionProtection:
              description: Whether deletion protection is on.
              type: string
              x-enum: [disabled, enabled, INVALID_ARGUMENT, us-east-1, default]
            """))
        #expect(typesSource(output) == """
            /// Whether deletion protection is on.
            public enum DeletionProtection: OpenEnum, CaseIterable {
                case disabled
                case enabled
                case invalidArgument
                case usEast1
                case `default`
                /// A value this version of the client does not know; it is kept as sent.
                case unrecognized(String)

                public init(rawValue: String) {
                    switch rawValue {
                    case "disabled": self = .disabled
                    case "enabled": self = .enabled
                    case "INVALID_ARGUMENT": self = .invalidArgument
                    case "us-east-1": self = .usEast1
                    case "default": self = .default
                    default: self = .unrecognized(rawValue)
                    }
                }

                public var rawValue: String {
                    switch self {
                    case .disabled: "disabled"
                    case .enabled: "enabled"
                    case .invalidArgument: "INVALID_ARGUMENT"
                    case .usEast1: "us-east-1"
                    case .default: "default"
                    case .unrecognized(let value): value
                    }
                }

                /// The values this version of the client knows.
                public static let allCases: [Self] = [.disabled, .enabled, .invalidArgument, .usEast1, .default]
            }
            """)
    }

    @Test func integerEnumAndQuotedValuesStayStrings() throws {
        let output = try generate(specWithSchemas("""
            Level: {type: integer, enum: [1, 2, 3]}
            Answer: {type: string, enum: ['yes', 'no', '1.0']}
            """))
        let source = typesSource(output)
        #expect(source.contains("public enum Level: OpenEnum, CaseIterable {\n    case value1\n    case value2\n    case value3\n    /// A value this version of the client does not know; it is kept as sent.\n    case unrecognized(Int)"))
        #expect(source.contains("case 2: self = .value2"))
        #expect(source.contains(#"case "1.0": self = ._10"#))
        #expect(source.contains(#"case "yes": self = .yes"#))
    }

    @Test(arguments: [
        ("{type: string}", "String"),
        ("{type: string, format: date-time}", "Date"),
        ("{type: string, format: byte}", "Data"),
        ("{type: string, format: binary}", "Data"),
        ("{type: string, format: uuid}", "String"),
        ("{type: integer}", "Int"),
        ("{type: integer, format: int32}", "Int32"),
        ("{type: integer, format: int64}", "Int64"),
        ("{type: number}", "Double"),
        ("{type: number, format: float}", "Float"),
        ("{type: number, format: double}", "Double"),
        ("{type: boolean}", "Bool"),
        ("{type: array, items: {type: string}}", "[String]"),
        ("{type: array, items: {type: array, items: {type: number, format: float}}}", "[[Float]]"),
        ("{type: array, items: {type: object, additionalProperties: {type: integer}}}", "[[String: Int]]"),
        ("{type: object, additionalProperties: {type: string}}", "[String: String]"),
        ("{type: object, additionalProperties: {$ref: '#/components/schemas/Other'}}", "[String: Other]"),
        ("{type: object}", "JSONObject"),
        ("{type: object, additionalProperties: true}", "JSONObject"),
        ("{}", "JSONValue"),
        ("{type: array}", "[JSONValue]"),
        ("{$ref: '#/components/schemas/Other'}", "Other"),
        ("{allOf: [{$ref: '#/components/schemas/Other'}], description: Wrapped.}", "Other"),
    ])
    func typeMapping(schema: String, expected: String) throws {
        let output = try generate(specWithSchemas("""
            Holder:
              type: object
              required: [value]
              properties:
                value: \(schema)
            Other: {type: object, properties: {x: {type: string}}}
            """))
        #expect(typesSource(output).contains("    public var value: \(expected)\n"), "\(schema) should map to \(expected)")
    }

    /// Extra keys were dropped when decoding (issue 4); `ReadCapacityDedicatedSpec` (2025-10) declares them.
    @Test func additionalPropertiesBesidePropertiesAreKept() throws {
        let output = try generate(specWithSchemas("""
            Spec:
              type: object
              required: [mode]
              properties:
                mode: {type: string}
                default: {type: integer}
              additionalProperties: true
            """))
        #expect(typesSource(output) == """
            public struct Spec: Codable, Hashable, Sendable {
                public var mode: String
                public var `default`: Int?
                /// Keys beyond the declared properties, kept as sent.
                public var additionalProperties: [String: JSONValue]

                public init(mode: String, `default`: Int? = nil, additionalProperties: [String: JSONValue] = [:]) {
                    self.mode = mode
                    self.`default` = `default`
                    self.additionalProperties = additionalProperties
                }

                private static let declaredKeys: Set<String> = ["mode", "default"]

                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: AnyCodingKey.self)
                    self.mode = try container.decodeString("mode")
                    self.`default` = try container.decodeIntIfPresent("default")
                    var additionalProperties: [String: JSONValue] = [:]
                    for key in container.allKeys where !Self.declaredKeys.contains(key.stringValue) {
                        additionalProperties[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
                    }
                    self.additionalProperties = additionalProperties
                }

                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: AnyCodingKey.self)
                    try container.encodeString(self.mode, "mode")
                    try container.encodeIntIfPresent(self.`default`, "default")
                    for (key, value) in additionalProperties where !Self.declaredKeys.contains(key) {
                        try container.encode(value, forKey: AnyCodingKey(key))
                    }
                }
            }
            """)
    }

    @Test func additionalPropertiesSchemaBesidePropertiesIsTypedAndNamedApart() throws {
        let output = try generate(specWithSchemas("""
            Labels:
              type: object
              properties:
                owner: {type: string}
                additionalProperties: {type: string}
              additionalProperties:
                type: object
                properties: {since: {type: string}}
            """))
        let source = typesSource(output)
        #expect(source.contains("    public var additionalProperties: String?\n"))
        #expect(source.contains("    public var additionalProperties2: [String: AdditionalProperty]\n"))
        #expect(source.contains("    public struct AdditionalProperty: Codable, Hashable, Sendable {"))
        #expect(source.contains("for key in container.allKeys where !Self.declaredKeys.contains(key.stringValue) {"))
        #expect(output.diagnostics.isEmpty)
    }

    /// 3.0 `nullable: true` on array items and map values: a `null` among them must decode.
    @Test func nullableElementsAndValuesAreOptional() async throws {
        let output = try generate(specWithSchemas("""
            Scores:
              type: object
              properties:
                list: {type: array, items: {type: number, nullable: true}}
                map: {type: object, additionalProperties: {type: integer, nullable: true}}
                plain: {type: array, items: {type: string}}
            Names: {type: array, items: {type: string, nullable: true}}
            """))
        let source = typesSource(output)
        #expect(source.contains("    public var list: [Double?]?\n"))
        #expect(source.contains("    public var map: [String: Int?]?\n"))
        #expect(source.contains("    public var plain: [String]?\n"))
        #expect(source.contains("public typealias Names = [String?]\n"))
        try await expectTypeChecks(output)
    }

    @Test func nullableRequiredPropertyIsOptional() throws {
        let output = try generate(specWithSchemas("""
            Holder:
              type: object
              required: [a, b]
              properties:
                a: {type: string, nullable: true}
                b: {type: string}
            """))
        let source = typesSource(output)
        #expect(source.contains("public var a: String?\n"))
        #expect(source.contains("public var b: String\n"))
    }

    @Test func inlineObjectsAreNestedAndNamedAfterTheirProperty() throws {
        let output = try generate(specWithSchemas("""
            ErrorResponse:
              type: object
              required: [error]
              properties:
                error:
                  type: object
                  properties:
                    code: {type: string, x-enum: [NOT_FOUND]}
                fields:
                  type: object
                  additionalProperties:
                    type: object
                    properties: {filterable: {type: boolean}}
                items:
                  type: array
                  items: {type: object, properties: {id: {type: string}}}
            """))
        let source = typesSource(output)
        #expect(source.contains("public var error: ErrorPayload\n"))
        #expect(source.contains("    public struct ErrorPayload: Codable, Hashable, Sendable {"))
        #expect(source.contains("        public var code: Code?\n"))
        #expect(source.contains("        public enum Code: OpenEnum, CaseIterable {"))
        #expect(source.contains("public var fields: [String: FieldsValue]?\n"))
        #expect(source.contains("    public struct FieldsValue: Codable, Hashable, Sendable {"))
        #expect(source.contains("public var items: [ItemsItem]?\n"))
    }

    @Test func allOfMergesProperties() throws {
        let output = try generate(specWithSchemas("""
            Base:
              type: object
              required: [id]
              properties: {id: {type: string}}
            Derived:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [size]
                  properties: {size: {type: integer}}
            """))
        let source = typesSource(output)
        #expect(source.contains("public struct Derived: Codable, Hashable, Sendable {\n    public var id: String\n    public var size: Int\n"))
    }

    @Test func recursiveSchemasAreBoxed() throws {
        let output = try generate(specWithSchemas("""
            Node:
              type: object
              required: [name]
              properties:
                name: {type: string}
                parent: {$ref: '#/components/schemas/Node'}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            """))
        let source = typesSource(output)
        #expect(source.contains("""
                public var parent: Node? {
                    get { _parent?.value }
                    set { _parent = newValue.map(Indirect.init) }
                }
                private var _parent: Indirect<Node>?
                public var children: [Node]?
            """))
        #expect(source.contains("self._parent = parent.map(Indirect.init)"))
        #expect(source.contains(#"self._parent = try container.decodeValueIfPresent(Indirect<Node>.self, "parent")"#))
    }

    @Test func operationWithPathQueryHeaderAndInlineBody() throws {
        let output = try generate("""
            openapi: 3.0.3
            info: {title: Test API, version: "2025-10"}
            servers: [{url: "https://api.example.com"}]
            security: [{ApiKeyAuth: []}]
            paths:
              /things/{thing_id}:
                parameters:
                  - {in: path, name: thing_id, required: true, schema: {type: string}}
                post:
                  operationId: update_thing
                  summary: Update a thing
                  parameters:
                    - {in: header, name: X-Api-Version, required: true, schema: {type: string, default: 2025-10}}
                    - {in: query, name: dry_run, schema: {type: boolean}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {type: object, required: [name], properties: {name: {type: string}}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                    '404': {description: Not found}
            components:
              securitySchemes:
                ApiKeyAuth: {type: apiKey, in: header, name: Api-Key}
              schemas:
                Thing: {type: object, properties: {name: {type: string}}}
            """)
        #expect(clientSource(output).contains("""
                /// Update a thing
                ///
                /// `POST /things/{thing_id}`
                ///
                /// - Parameters:
                ///   - body: The request body.
                ///
                /// - Throws: ``ClientError``; `.api` for these error responses the spec documents:
                ///   - 404: Not found
                public func updateThing(thingId: String, body: UpdateThingRequest, dryRun: Bool? = nil) async throws -> Thing {
                    var request = ClientRequest(operationID: "update_thing", method: .post, path: "/things/\\(thingId)")
                    request.addQuery("dry_run", dryRun)
                    try request.setHeader("X-Api-Version", "2025-10")
                    try request.setJSONBody(body, contentType: "application/json")
                    request.security = [[.apiKeyHeader("Api-Key")]]
                    return try await core.send(request, returning: Thing.self)
                }
            """))
        #expect(typesSource(output).contains("public struct UpdateThingRequest: Codable, Hashable, Sendable {\n    public var name: String\n"))
    }

    @Test func operationWithoutResponseBodyReturnsVoid() throws {
        let output = try generate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /items/{id}:
                delete:
                  operationId: deleteItem
                  parameters: [{in: path, name: id, required: true, schema: {type: integer}}]
                  responses: {'202': {description: Accepted}}
            """)
        #expect(clientSource(output).contains("public func deleteItem(id: Int) async throws {"))
        #expect(clientSource(output).contains("try await core.send(request)\n"))
    }

    @Test func internalAccessLevel() throws {
        let output = try generate(specWithSchemas("A: {type: object, properties: {b: {type: string}}}"), options: .init(accessLevel: .internal))
        #expect(typesSource(output).hasPrefix("struct A: Codable, Hashable, Sendable {\n    var b: String?"))
        #expect(!clientSource(output).contains("public "))
    }

    @Test func oneOfWithDiscriminatorPicksTheCaseByMapping() throws {
        let output = try generate(specWithSchemas("""
            Capacity:
              oneOf:
                - $ref: '#/components/schemas/OnDemandSpec'
                - $ref: '#/components/schemas/DedicatedSpec'
              discriminator:
                propertyName: mode
                mapping:
                  OnDemand: '#/components/schemas/OnDemandSpec'
                  Dedicated: '#/components/schemas/DedicatedSpec'
            OnDemandSpec: {type: object, required: [mode], properties: {mode: {type: string}}}
            DedicatedSpec: {type: object, required: [mode], properties: {mode: {type: string}, replicas: {type: integer}}}
            """))
        #expect(typesSource(output).hasPrefix("""
            public enum Capacity: Codable, Hashable, Sendable {
                case onDemand(OnDemandSpec)
                case dedicated(DedicatedSpec)
                /// A value that fits none of the alternatives this version knows; it is kept as sent.
                case unrecognized(JSONValue)

                public init(from decoder: any Decoder) throws {
                    let tag = try? decoder.container(keyedBy: AnyCodingKey.self)
                        .decodeIfPresent(String.self, forKey: AnyCodingKey("mode"))
                    switch tag {
                    case "OnDemand":
                        self = .onDemand(try decoder.singleValueContainer().decode(OnDemandSpec.self))
                        return
                    case "Dedicated":
                        self = .dedicated(try decoder.singleValueContainer().decode(DedicatedSpec.self))
                        return
                    default: break
                    }
                    self = .unrecognized(try JSONValue(from: decoder))
                }

                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.singleValueContainer()
                    switch self {
                    case .onDemand(let value): try container.encode(value)
                    case .dedicated(let value): try container.encode(value)
                    case .unrecognized(let value): try container.encode(value)
                    }
                }
            }
            """))
        #expect(output.diagnostics.isEmpty)
    }

    @Test func oneOfWithoutDiscriminatorTriesEachAlternativeInOrder() throws {
        let output = try generate(specWithSchemas("""
            Spec:
              description: Where the index runs.
              oneOf:
                - title: Serverless
                  type: object
                  required: [serverless]
                  properties: {serverless: {type: object, properties: {cloud: {type: string}}}}
                - title: Pod-based
                  type: object
                  required: [pod]
                  properties: {pod: {type: string}}
            Value:
              anyOf: [{type: string}, {type: integer}, {type: string, format: date-time}]
            """))
        let source = typesSource(output)
        #expect(source.contains("""
            /// Where the index runs.
            public enum Spec: Codable, Hashable, Sendable {
                case serverless(Serverless)
                case podBased(PodBased)
            """))
        #expect(source.contains("""
                    let container = try decoder.singleValueContainer()
                    if let value = try? container.decode(Serverless.self) { self = .serverless(value); return }
                    if let value = try? container.decode(PodBased.self) { self = .podBased(value); return }
                    self = .unrecognized(try JSONValue(from: decoder))
            """))
        #expect(source.contains("    public struct Serverless: Codable, Hashable, Sendable {\n        public var serverless: ServerlessPayload\n"))
        #expect(source.contains("public enum Value: Codable, Hashable, Sendable {\n    case string(String)\n    case integer(Int)\n    case date(Date)\n"))
    }
}
