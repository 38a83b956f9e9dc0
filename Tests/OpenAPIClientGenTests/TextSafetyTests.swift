import Testing
@testable import OpenAPIClientGen

/// Text from a spec reaches generated code in documentation, string literals and names; whatever it holds
/// (every kind of line break, `*/`, backslashes, quotes, interpolations, NUL and other control characters,
/// keywords, non-ASCII), the code compiles. Fuzz-style: specs built from a seeded random mix of such pieces,
/// put in every place a spec string reaches the output, are generated and type-checked.
@Suite struct TextSafetyTests {
    static let pieces = [
        "\r\n", "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "*/", "/*", "//", "\\", "\"", "\"\"\"", "'",
        "`", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{9F}", "\t", "\\(x)", "#", "\"#", "ünï", "日本", "🙂", " ", "a", "Z", "9",
        "-", "_", ".", "self", "default", "Type", "init", "%", "$", "- ", "///", "@", "\u{202E}",
    ]

    /// SplitMix64: the same texts on every run and machine.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func text(avoiding excluded: Set<Character> = []) -> String {
            var result = ""
            for _ in 0..<(1 + next(7)) { result += TextSafetyTests.pieces[next(TextSafetyTests.pieces.count)] }
            result.removeAll { excluded.contains($0) }
            return result.isEmpty ? "x" : result
        }
    }

    /// A YAML double-quoted scalar holding exactly `text`: printable ASCII as it is, everything else escaped.
    static func yaml(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" {
                result += "\\" + String(scalar)
            } else if scalar.value >= 0x20 && scalar.value < 0x7F {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16)
                result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }
        return result + "\""
    }

    /// A spec with a random text in every place one reaches the output.
    static func spec(seed: UInt64, version: String) -> String {
        var random = Random(state: seed)
        func t() -> String { yaml(random.text()) }
        // Path segments and path parameter names cannot hold what delimits them.
        func segment() -> String { random.text(avoiding: ["/", "{", "}", "?", "#", "\r", "\n", "\r\n", "\u{0}"]) }
        let pathName = segment()
        let path = yaml("/" + segment() + "/{" + pathName + "}/" + segment())
        var operations = ""
        for index in 0..<3 {
            operations += """
                  \(["get", "post", "put"][index]):
                    operationId: \(yaml(random.text() + "\(index)"))
                    summary: \(t())
                    description: \(t())
                    parameters:
                      - {name: \(yaml(pathName)), in: path, required: true, description: \(t()), schema: {type: string}}
                      - {name: \(t()), in: query, description: \(t()), schema: {type: string, pattern: \(yaml("^[a-z]" + random.text() + "$"))}}
                      - {name: \(t()), in: header, required: true, schema: {type: string, default: \(t())}}
                      - {name: \(t()), in: header, schema: {type: string, enum: [\(t()), \(t())]}}
                    \(index == 0 ? "" : "requestBody: {description: \(t()), content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}")
                    security: [{key: []}]
                    responses:
                      '200': {description: \(t()), content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
                      '404': {description: \(t())}

            """
        }
        let constant = version == "3.0.3" ? "" : "konst: {const: \(t()), description: \(t())}"
        return """
            openapi: \(version)
            info:
              title: \(t())
              description: \(t())
              version: \(t())
              \(version == "3.0.3" ? "" : "summary: \(t())\n  license: {name: \(t()), identifier: \(t())}")
            servers: [{url: \(t())}]
            paths:
              \(path):
            \(operations)
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: \(t()), description: \(t())}
              schemas:
                Thing:
                  title: \(t())
                  description: \(t())
                  type: object
                  required: [\(t())]
                  properties:
                    \(t()): {type: string, description: \(t()), pattern: \(yaml("^" + random.text()))}
                    \(t()): {type: string, enum: [\(t()), \(t()), \(t())], description: \(t())}
                    \(t()): {type: object, description: \(t()), properties: {\(t()): {type: integer, description: \(t())}}}
                    \(t()): {$ref: '#/components/schemas/Pick'}
                    \(constant)
                \(t()):
                  description: \(t())
                  type: string
                  enum: [\(t()), \(t())]
                Pick:
                  description: \(t())
                  oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
                  discriminator:
                    propertyName: \(t())
                    mapping: {\(t()): '#/components/schemas/A', \(t()): '#/components/schemas/B'}
                A: {type: object, properties: {\(t()): {type: string}}}
                B: {type: object, properties: {\(t()): {type: integer}}}
            """
    }

    @Test(arguments: [(UInt64(1), "3.0.3"), (2, "3.1.0"), (3, "3.0.3"), (4, "3.1.0")])
    func anyTextInAnyPlaceCompiles(seed: UInt64, version: String) async throws {
        let output = try generate(Self.spec(seed: seed, version: version))
        try await expectTypeChecks(output)
    }

    @Test func everyLineBreakStartsADocumentationLine() {
        var printer = CodePrinter()
        printer.documentation("a\r\nb\rc\u{2028}d\u{2029}e\u{85}f\u{0B}g\u{0C}h\ni\u{0}j\u{1B}k")
        #expect(printer.text == "/// a\n/// b\n/// c\n/// d\n/// e\n/// f\n/// g\n/// h\n/// i j k\n")
    }

    @Test func stringLiteralsEscapeWhatWouldEndOrBreakThem() {
        #expect("a\"b\\c\r\nd\u{0}e\u{2028}f\u{85}g\u{7F}".swiftLiteral == #""a\"b\\c\r\nd\u{0}e\u{2028}f\u{85}g\u{7f}""#)
        #expect("\\(x) */ 🙂".swiftLiteral == #""\\(x) */ 🙂""#)
    }
}
