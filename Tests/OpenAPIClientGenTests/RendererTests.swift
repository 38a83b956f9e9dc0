import Testing
@_spi(Generated) @testable import OpenAPIClientGen

/// The renderer alone: hand-built declarations in, Swift text out. Nothing here parses a spec.
struct RendererTests {
    func render(_ operation: OperationDeclaration) -> String {
        let client = ClientDeclaration(name: "Client", documentation: nil, servers: [], apiVersion: "1", operations: [operation])
        let renderer = SwiftRenderer(sourceName: "hand-built")
        return renderer.render(GeneratedModule(types: [], client: client)).map(\.contents).joined()
    }

    func operation() -> OperationDeclaration {
        var operation = OperationDeclaration(operationId: "get_part", functionName: "getPart", method: .get)
        operation.path = [.literal("/things/"), .argument("thingId"), .literal("/parts/{odd}")]
        operation.arguments = [
            .init(name: "thingId", type: .string, defaultValue: nil, documentation: nil,
                  constraints: Constraints(minLength: 1, pattern: #"^[a-z"]+$"#), wireName: "thing_id"),
            .init(name: "limit", type: .optional(.named("Int")), defaultValue: ConstantValue.none, documentation: nil,
                  constraints: Constraints(exclusiveMaximum: 2.5, multipleOf: 0.5), wireName: "limit"),
            .init(name: "mode", type: .string, defaultValue: .string("fast"), documentation: nil, constraints: nil, wireName: "X-Mode"),
        ]
        operation.query = [.init(wireName: "limit", value: .argument("limit"))]
        operation.headers = [
            .init(wireName: "X-Version", value: .constant(.integer(2))),
            .init(wireName: "X-Mode", value: .argument("mode")),
        ]
        operation.response = .jsonLines(.named("Part"), ContentType("application/json-seq"))
        operation.errors = [.init(status: "404", description: "No such\nthing.")]
        return operation
    }

    @Test func pathsDefaultsChecksAndHeadersAreSpelledAsSwift() {
        let text = render(operation())
        #expect(text.contains("""
                public func getPart(
                    thingId: String,
                    limit: Int? = nil,
                    mode: String = "fast"
                ) async throws -> JSONLinesStream<Part> {
                    var request = ClientRequest(operationID: "get_part", method: .get, path: "/things/\\(thingId)/parts/{odd}")
                    request.check(thingId, at: "thing_id", Constraints(minLength: 1, pattern: "^[a-z\\"]+$"))
                    request.check(limit, at: "limit", Constraints(exclusiveMaximum: 2.5, multipleOf: 0.5))
                    request.addQuery("limit", limit)
                    try request.setHeader("X-Version", 2)
                    try request.setHeader("X-Mode", mode)
                    return try await core.streamJSONLines(request, of: Part.self, accept: "application/json-seq")
                }
            """))
    }

    @Test func documentedErrorsFollowTheDocumentation() {
        var operation = operation()
        operation.documentation = "Gets a part."
        #expect(render(operation).contains("""
                /// Gets a part.
                ///
                /// - Throws: ``ClientError``; `.api` for these error responses the spec documents:
                ///   - 404: No such thing.
            """))
    }

    @Test func pagingFollowsTheStepsOfTheResponse() {
        var operation = operation()
        operation.response = .json(.named("Page"))
        operation.arguments.append(.init(name: "token", type: .optional(.string), defaultValue: ConstantValue.none, documentation: nil,
                                         constraints: nil, wireName: "token"))
        operation.pagination = .init(
            sequenceName: "allParts", elementType: .named("Part"), tokenArgument: "token",
            items: .init(name: "data", presence: .optionalNullable),
            nextToken: [.init(name: "pagination", presence: .optional), .init(name: "next", presence: .optionalNullable)])
        #expect(render(operation).contains("return (page.data?.wrapped ?? [], page.pagination?.next?.wrapped)"))
    }

    @Test func genericWrappersAndConstraintChecksOfAStruct() {
        let declaration = StructDeclaration(name: "Thing", properties: [
            PropertyDeclaration(name: "note", wireName: "note", type: .optional(.generic(.nullable, .string)),
                                constraints: Constraints(maxLength: 3)),
            PropertyDeclaration(name: "parts", wireName: "parts", type: .array(.named("Part")), constraints: Constraints.none),
        ])
        var printer = CodePrinter()
        SwiftRenderer(sourceName: "hand-built").render(declaration, into: &printer)
        #expect(printer.text.contains("public struct Thing: Codable, Hashable, Sendable {"))
        #expect(printer.text.contains("    @_spi(Generated) public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {"))
        #expect(printer.text.contains("public var note: Nullable<String>?"))
        #expect(printer.text.contains("""
                    checks.check(note, at: path + ".note", Constraints(maxLength: 3))
                    checks.check(parts, at: path + ".parts")
            """))
    }
}

extension RendererTests {
    /// A section's weight (the lines that are neither blank nor comments) decides which file it goes to, so the
    /// one-pass count must agree with the definition, line by line, on every shape of text: blank lines, lines of
    /// spaces, "/" alone, "//" after spaces, "\r\n" (one line end fewer, as `splitting(atASCII:)` makes no cut
    /// there), no final newline, and non-ASCII bytes.
    @Test func sectionWeightCountsTheLinesThatAreNeitherBlankNorComments() {
        func definition(_ text: String) -> Int {
            text.splitting(atASCII: UInt8(ascii: "\n")).count { line in
                let code = line.utf8.drop { $0 == UInt8(ascii: " ") }
                return !code.isEmpty && !code.starts(with: "//".utf8)
            }
        }
        let fixed = ["", "\n", "a", "a\n", "/", "/\n", " /", "//", " // x\n", "  /x\n//\n", "\r\n", "a\r\n//\n",
                     "\r\r\n\n", "  \n \n", "/ /\n", "é\n  é", "struct A {}\n\n// c\n    let x = 1\n"]
        for text in fixed {
            #expect(SwiftRenderer.weight(text) == definition(text), "\(text.debugDescription)")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = [" ", "/", "\n", "\r", "a", "é", "//", "  "]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SwiftRenderer.weight(text) == definition(text), "\(text.debugDescription)")
        }
    }
}
