import Testing
@testable import OpenAPIClientGen

/// A minimal 3.1 (or 3.2) document around the given `components.schemas` body (indented by 4).
func spec31(_ schemas: String, version: String = "3.1.0") -> String {
    specWithSchemas(schemas).replacingOccurrences(of: "openapi: 3.0.3", with: "openapi: \(version)")
}

/// The Swift each JSON Schema 2020-12 keyword of OpenAPI 3.1 becomes, one keyword a test.
@Suite struct OpenAPI31SnippetTests {
    @Test func versionDecidesTheReading() throws {
        for version in ["3.1.0", "3.1.1", "3.2.0"] {
            #expect(try generate(spec31("A: {type: string}", version: version)).diagnostics.isEmpty)
        }
        #expect(diagnostics(spec31("A: {type: string}", version: "4.0.0"), file: "spec.yaml").map(\.description)
            == ["spec.yaml:1:10: error: unsupported OpenAPI version '4.0.0'; only 3.0.x, 3.1.x and 3.2.x are supported"])
        // 3.0 still rejects what 3.1 reads.
        let yaml30 = specWithSchemas("A: {type: integer, exclusiveMinimum: 0}")
        #expect(diagnostics(yaml30, file: "spec.yaml").map(\.description)
            == ["spec.yaml:6:42: error: 'exclusiveMinimum' must be true or false, found the scalar '0'"])
    }

    @Test func typeArrayWithNullIsNullable() throws {
        let source = typesSource(try generate(spec31("""
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: [string, "null"]}
                name: {type: [string, "null"]}
            """)))
        #expect(source.contains("    public var id: String?\n"))
        #expect(source.contains("    public var name: Nullable<String>?\n"))
        #expect(source.contains(#"try container.encodeValue(self.id, "id")"#))  // required: an explicit null
    }

    @Test func nullableElementsAndValuesAreOptional() throws {
        let source = typesSource(try generate(spec31("""
            Scores:
              type: object
              properties:
                list: {type: array, items: {type: [number, "null"]}}
                map: {type: object, additionalProperties: {type: [integer, "null"]}}
            """)))
        #expect(source.contains("    public var list: [Double?]?\n"))
        #expect(source.contains("    public var map: [String: Int?]?\n"))
    }

    @Test func typeArrayOfSeveralTypesIsAOneOf() throws {
        let source = typesSource(try generate(spec31("Id: {type: [integer, string, \"null\"]}")))
        #expect(source.hasPrefix("public enum Id: Codable, Hashable, Sendable {\n    case integer(Int)\n    case string(String)\n"))
    }

    @Test func nullBranchOfAnyOfOrOneOfMakesTheOtherNullable() throws {
        let source = typesSource(try generate(spec31("""
            Owner: {type: object, properties: {name: {type: string}}}
            Pet:
              type: object
              properties:
                owner:
                  anyOf: [{$ref: '#/components/schemas/Owner'}, {type: "null"}]
                nickname:
                  oneOf: [{type: string}, {type: "null"}]
            """)))
        #expect(source.contains("    public var owner: Nullable<Owner>?\n"))
        #expect(source.contains("    public var nickname: Nullable<String>?\n"))
    }

    @Test func constBecomesAClosedSingleCaseEnumOrTheConstantsType() throws {
        let source = typesSource(try generate(spec31("""
            Dog:
              type: object
              required: [kind]
              properties:
                kind: {const: dog}
                legs: {const: 4}
                tame: {const: true}
            """)))
        #expect(source.contains("""
                /// Always `"dog"`.
                public var kind: Kind
            """))
        #expect(source.contains("""
                public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
                    case dog = "dog"
                }
            """))
        #expect(source.contains("public enum Legs: Int, Codable, Hashable, Sendable, CaseIterable {\n        case value4 = 4\n"))
        #expect(source.contains("    /// Always `true`.\n    public var tame: Bool?\n"))
    }

    @Test func examplesAreReadAndChecked() throws {
        let yaml = spec31("Age: {type: integer, examples: [1, 2]}")
        let (_, inventory) = try GeneratorPipeline().runCollectingExamples(Array(yaml.utf8), file: "spec.yaml")
        #expect(inventory.sites.map(\.location) == ["components.schemas.Age.examples.0", "components.schemas.Age.examples.1"])
        #expect(inventory.sites.map(\.swiftType) == ["Age", "Age"])
    }

    @Test func numericExclusiveBoundsAreRead() throws {
        let yaml = spec31("Weight: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1.5}")
        let (document, warnings) = try DocumentParser.parse(try YAMLParser().parse(Array(yaml.utf8), file: "spec.yaml"), file: "spec.yaml")
        guard case .schema(let schema)? = document.components.schemas["Weight"] else { Issue.record("no schema"); return }
        #expect(schema.bounds.exclusiveMinimumValue == 0)
        #expect(schema.bounds.exclusiveMaximumValue == 1.5)
        #expect(warnings.isEmpty)
        // The 3.0 boolean form still means what it did, with a warning.
        #expect(diagnostics(spec31("A: {type: integer, minimum: 0, exclusiveMinimum: true}"), file: "spec.yaml").map(\.description)
            == ["spec.yaml:6:54: warning: in OpenAPI 3.1 'exclusiveMinimum' is the bound itself, a number; the 3.0 form 'true' is read as 3.0 reads it"])
    }

    @Test func base64ContentEncodingIsData() throws {
        let source = typesSource(try generate(spec31("""
            Photo:
              type: object
              properties:
                png: {type: string, contentEncoding: base64, contentMediaType: image/png}
                text: {type: string, contentEncoding: quoted-printable}
            """)))
        #expect(source.contains("    /// Content: `image/png`, base64-encoded.\n    public var png: Data?\n"))
        #expect(source.contains("    public var text: String?\n"))
        #expect(diagnostics(spec31("A: {type: string, contentEncoding: base32}"), file: "spec.yaml").map(\.description)
            == ["spec.yaml:6:40: warning: contentEncoding 'base32' is not decoded; the value stays a String"])
    }

    @Test func refsIntoDefsResolve() throws {
        let source = typesSource(try generate(spec31("""
            Pet:
              type: object
              properties:
                tag: {$ref: '#/components/schemas/Pet/$defs/Tag'}
              $defs:
                Tag:
                  type: object
                  properties:
                    label: {type: string}
            """)))
        #expect(source.contains("    public var tag: Tag?\n"))
        #expect(source.contains("public struct Tag: Codable, Hashable, Sendable {\n    public var label: String?\n"))
    }

    @Test func refKeepsItsSiblingDescription() throws {
        let source = typesSource(try generate(spec31("""
            Tag: {type: string}
            Pet:
              type: object
              properties:
                tag: {$ref: '#/components/schemas/Tag', description: The pet's tag.}
            """)))
        #expect(source.contains("    /// The pet's tag.\n    public var tag: Tag?\n"))
    }

    @Test(arguments: [
        ("point: {type: array, prefixItems: [{type: number}]}", "public var point: [JSONValue]?", "'prefixItems' (tuples) is not supported"),
        ("cond: {type: object, properties: {a: {type: string}}, if: {required: [a]}, then: {required: [b]}}",
         "public var additionalProperties: [String: JSONValue]", "'if'/'then'/'else' is not supported"),
        ("deps: {type: object, properties: {a: {type: string}}, dependentSchemas: {a: {required: [b]}}}",
         "public var additionalProperties: [String: JSONValue]", "'dependentSchemas' is not supported"),
        ("closed: {type: object, properties: {a: {type: string}}, unevaluatedProperties: {type: integer}}",
         "public var additionalProperties: [String: Int]", "'unevaluatedProperties' is not supported"),
        ("labels: {type: object, patternProperties: {'^x-': {type: integer}}}", "public var labels: [String: Int]?", "'patternProperties' is not supported"),
        ("tree: {$dynamicRef: '#node'}", "public var tree: JSONValue?", "'$dynamicRef' is not supported"),
        ("legacy: {type: string, nullable: true}", "public var legacy: Nullable<String>?", "'nullable' is not part of OpenAPI 3.1"),
    ])
    func unsupportedKeywordsWarnAndFallBack(_ property: String, _ line: String, _ warning: String) throws {
        let output = try generate(spec31("Thing:\n  type: object\n  properties:\n    " + property))
        #expect(typesSource(output).contains(line))
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.first.map { $0.severity == .warning && $0.mark!.line == 9 && $0.message.hasPrefix(warning) } == true)
    }
}
