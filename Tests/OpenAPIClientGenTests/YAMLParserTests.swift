import Testing
@testable import OpenAPIClientGen

/// The YAML front end: libyaml events → `YAMLNode` trees with marks, limits and located errors.
@Suite struct YAMLParserTests {
    // MARK: - Helpers

    static let file = "spec.yaml"

    func parse(_ yaml: String, limits: YAMLParser.Limits = .init()) throws(DiagnosticError) -> YAMLNode {
        try YAMLParser(limits: limits).parse(yaml, file: Self.file)
    }

    func parse(bytes: [UInt8], limits: YAMLParser.Limits = .init()) throws(DiagnosticError) -> YAMLNode {
        try YAMLParser(limits: limits).parse(bytes, file: Self.file)
    }

    /// The single diagnostic a failing parse throws; records an issue when it parses or throws several.
    func failure(_ yaml: String, limits: YAMLParser.Limits = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        failure(bytes: Array(yaml.utf8), limits: limits, sourceLocation: sourceLocation)
    }

    func failure(bytes: [UInt8], limits: YAMLParser.Limits = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        do {
            let node = try YAMLParser(limits: limits).parse(bytes, file: Self.file)
            Issue.record("expected a parse error, got \(node.kindDescription)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.diagnostics.count == 1, "\(error)", sourceLocation: sourceLocation)
            let diagnostic = error.diagnostics.first
            #expect(diagnostic?.severity == .error, sourceLocation: sourceLocation)
            #expect(diagnostic?.file == Self.file, sourceLocation: sourceLocation)
            #expect(diagnostic?.mark != nil, "a YAML error must say where it is", sourceLocation: sourceLocation)
            return diagnostic
        }
    }

    /// The value under `v` in a one-key document.
    func value(_ yaml: String) throws -> YAMLNode {
        try #require(try parse(yaml)["v"])
    }

    // MARK: - Marks

    @Test func marksOfKeysValuesAndSequenceItemsInBlockStyle() throws {
        let root = try parse("""
            openapi: 3.0.3
            info:
              title: Pets
              version: "1.0"
            tags:
              - name: a
              - plain
            """)
        #expect(root.mark == Mark(line: 1, column: 1))
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.scalar?.value) == ["openapi", "info", "tags"])
        #expect(pairs.map(\.key.mark) == [Mark(line: 1, column: 1), Mark(line: 2, column: 1), Mark(line: 5, column: 1)])
        #expect(pairs[0].value.mark == Mark(line: 1, column: 10))

        let info = try #require(root["info"])
        #expect(info.mark == Mark(line: 3, column: 3))
        let infoPairs = try #require(info.mapping)
        #expect(infoPairs.map(\.key.mark) == [Mark(line: 3, column: 3), Mark(line: 4, column: 3)])
        #expect(infoPairs.map(\.value.mark) == [Mark(line: 3, column: 10), Mark(line: 4, column: 12)])

        let tags = try #require(root["tags"])
        #expect(tags.mark == Mark(line: 6, column: 3))
        let items = try #require(tags.sequence)
        #expect(items.map(\.mark) == [Mark(line: 6, column: 5), Mark(line: 7, column: 5)])
        let first = try #require(items[0].mapping?.first)
        #expect(first.key.mark == Mark(line: 6, column: 5))
        #expect(first.value.mark == Mark(line: 6, column: 11))
    }

    @Test func marksInFlowStyle() throws {
        let root = try parse("a: [x, {b: y, cc: 'z'}]")
        let sequence = try #require(root["a"])
        #expect(sequence.mark == Mark(line: 1, column: 4))
        let items = try #require(sequence.sequence)
        #expect(items.map(\.mark) == [Mark(line: 1, column: 5), Mark(line: 1, column: 8)])
        let pairs = try #require(items[1].mapping)
        #expect(pairs.map(\.key.mark) == [Mark(line: 1, column: 9), Mark(line: 1, column: 15)])
        #expect(pairs.map(\.value.mark) == [Mark(line: 1, column: 12), Mark(line: 1, column: 19)])
    }

    @Test func marksOfDeeplyNestedMappings() throws {
        let root = try parse("""
            a:
              b:
                c:
                  d: leaf
            """)
        let c = try #require(root["a"]?["b"]?["c"])
        #expect(c.mark == Mark(line: 4, column: 7))
        let pair = try #require(c.mapping?.first)
        #expect(pair.key.mark == Mark(line: 4, column: 7))
        #expect(pair.value.mark == Mark(line: 4, column: 10))
        #expect(pair.value.scalar?.value == "leaf")
    }

    @Test func marksAfterALiteralBlockScalar() throws {
        let root = try parse("""
            description: |
              line one

              line three
            next: value
            folded: >
              a
              b
            last: 1
            """)
        let description = try #require(root["description"])
        #expect(description.mark == Mark(line: 1, column: 14))
        #expect(description.scalar == YAMLScalar("line one\n\nline three\n", style: .literal))
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.mark) == [
            Mark(line: 1, column: 1), Mark(line: 5, column: 1), Mark(line: 6, column: 1), Mark(line: 9, column: 1),
        ])
        #expect(root["next"]?.mark == Mark(line: 5, column: 7))
        #expect(root["last"]?.mark == Mark(line: 9, column: 7))
    }

    @Test func marksWithCRLFLineEndings() throws {
        let root = try parse("a: 1\r\nb:\r\n  c: two\r\nd: |\r\n  x\r\n  y\r\ne: end\r\n")
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.mark) == [
            Mark(line: 1, column: 1), Mark(line: 2, column: 1), Mark(line: 4, column: 1), Mark(line: 7, column: 1),
        ])
        let c = try #require(root["b"]?.mapping?.first)
        #expect(c.key.mark == Mark(line: 3, column: 3))
        #expect(c.value.mark == Mark(line: 3, column: 6))
        #expect(c.value.scalar?.value == "two", "no stray carriage return in the text")
        #expect(root["d"]?.scalar?.value == "x\ny\n", "line breaks inside block scalars are normalised to LF")
        #expect(root["e"]?.mark == Mark(line: 7, column: 4))
    }

    @Test func byteOrderMarkIsSkippedAndDoesNotShiftColumns() throws {
        let root = try parse("\u{FEFF}a: 1\nb: two")
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.scalar?.value) == ["a", "b"], "the BOM must not become part of the first key")
        #expect(pairs.map(\.key.mark) == [Mark(line: 1, column: 1), Mark(line: 2, column: 1)])
        #expect(pairs.map(\.value.mark) == [Mark(line: 1, column: 4), Mark(line: 2, column: 4)])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try parse("ключ: значение\n🙂: x")
        let pairs = try #require(root.mapping)
        #expect(pairs[0].value.mark == Mark(line: 1, column: 7))
        #expect(pairs[1].value.mark == Mark(line: 2, column: 4))
        #expect(pairs[0].value.scalar?.value == "значение")
    }

    @Test func rootMarkAfterAnExplicitDocumentStart() throws {
        let root = try parse("# comment\n---\na: 1\n")
        #expect(root.mark == Mark(line: 3, column: 1))
    }

    // MARK: - Scalars keep their text and style

    @Test(arguments: [
        ("v: 2025-10", "2025-10", YAMLScalar.Style.plain),
        ("v: 3.0.3", "3.0.3", .plain),
        ("v: 'yes'", "yes", .singleQuoted),
        ("v: \"no\"", "no", .doubleQuoted),
        ("v: on", "on", .plain),
        ("v: ~", "~", .plain),
        ("v: null", "null", .plain),
        ("v: 0x1F", "0x1F", .plain),
        ("v: 1e3", "1e3", .plain),
        ("v: .inf", ".inf", .plain),
        ("v: 012", "012", .plain),
        ("v:", "", .plain),
        ("v:   # only a comment", "", .plain),
        ("v: ''", "", .singleQuoted),
        ("v: 'it''s'", "it's", .singleQuoted),
        ("v: \"tab\\there \\u00e9 \\\"q\\\"\"", "tab\there é \"q\"", .doubleQuoted),
        ("v: two  spaces # comment", "two  spaces", .plain),
        ("v: a\n  continued", "a continued", .plain),
    ])
    func scalarKeepsItsTextAndStyle(yaml: String, text: String, style: YAMLScalar.Style) throws {
        let node = try value(yaml)
        #expect(node.scalar == YAMLScalar(text, style: style))
        #expect(node.tag == nil)
    }

    @Test(arguments: [
        ("v: |\n  a\n  b\n", "a\nb\n", YAMLScalar.Style.literal),
        ("v: |\n  a\n  b", "a\nb", .literal), // no final line break in the input, none to keep
        ("v: |-\n  a\n  b\n", "a\nb", .literal),
        ("v: |+\n  a\n\n\nk: 1", "a\n\n\n", .literal),
        ("v: |\n  a\n    indented\n  b\n", "a\n  indented\nb\n", .literal),
        ("v: |2\n    two extra\n", "  two extra\n", .literal),
        ("v: |\n  a\n\n\nk: 1", "a\n", .literal), // clip: one final line break
        ("v: >\n  a\n  b\n\n  c\n", "a b\nc\n", .folded),
        ("v: >-\n  a\n  b\n", "a b", .folded),
        ("v: >\n  a\n    more\n  b\n", "a\n  more\nb\n", .folded),
    ])
    func blockScalarText(yaml: String, text: String, style: YAMLScalar.Style) throws {
        let node = try value(yaml)
        #expect(node.scalar == YAMLScalar(text, style: style))
    }

    @Test func explicitTagsAreKeptExpanded() throws {
        let root = try parse("""
            a: !!str 123
            b: !custom x
            c: ! 12
            d: !!map {k: v}
            e: plain
            """)
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.scalar == YAMLScalar("123"))
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == "!")
        #expect(root["d"]?.tag == "tag:yaml.org,2002:map")
        #expect(root["d"]?["k"]?.scalar?.value == "v")
        #expect(root["e"]?.tag == nil)
    }

    // MARK: - JSONValue resolution (YAML 1.2 core schema)

    @Test(arguments: [
        ("v: true", JSONValue.bool(true)),
        ("v: False", .bool(false)),
        ("v: 'true'", .string("true")),
        ("v: \"false\"", .string("false")),
        ("v: yes", .string("yes")),
        ("v: on", .string("on")),
        ("v: 12", .integer(12)),
        ("v: -12", .integer(-12)),
        ("v: +12", .integer(12)),
        ("v: 012", .integer(12)),
        ("v: 1.5", .number(1.5)),
        ("v: -.5", .number(-0.5)),
        ("v: 1.", .number(1)),
        ("v: 1e3", .number(1000)),
        ("v: 2.5E-1", .number(0.25)),
        ("v: 99999999999999999999", .number(1e20)),
        ("v: 0x1F", .integer(31)),
        ("v: 0o17", .integer(15)),
        ("v: 0x-1", .string("0x-1")),
        ("v: 0o+7", .string("0o+7")),
        ("v: .inf", .number(.infinity)),
        ("v: +.Inf", .number(.infinity)),
        ("v: -.INF", .number(-.infinity)),
        ("v: 2025-10", .string("2025-10")),
        ("v: 3.0.3", .string("3.0.3")),
        ("v: 1_000", .string("1_000")),
        ("v: 1e", .string("1e")),
        ("v: .", .string(".")),
        ("v: +", .string("+")),
        ("v: 0x", .string("0x")),
        ("v: 0o8", .string("0o8")),
        ("v: ~", .null),
        ("v: null", .null),
        ("v: NULL", .null),
        ("v:", .null),
        ("v: '~'", .string("~")),
        ("v: ''", .string("")),
        ("v: \"12\"", .string("12")),
        ("v: |\n  12\n", .string("12\n")),
        ("v: !!str 12", .string("12")),
        ("v: !!str true", .string("true")),
        ("v: !!str", .string("")),
        ("v: ! 12", .string("12")),
        ("v: !!int 12", .integer(12)),
        ("v: !!float 1", .number(1)),
        ("v: !!bool true", .bool(true)),
        ("v: !!null ''", .null),
    ])
    func jsonValueResolution(yaml: String, expected: JSONValue) throws {
        #expect(JSONValue(try value(yaml)) == expected)
    }

    @Test func jsonValueOfCollectionsKeepsOrder() throws {
        let root = try parse("""
            v: [1, 'a', {z: null, a: 2.5}]
            w:
              - true
            """)
        let expected = JSONValue.object([
            (key: "v", value: .array([.integer(1), .string("a"), .object([(key: "z", value: .null), (key: "a", value: .number(2.5))])])),
            (key: "w", value: .array([.bool(true)])),
        ])
        #expect(JSONValue(root) == expected)
        #expect(JSONValue(root) != JSONValue.object([(key: "w", value: .array([.bool(true)]))]))
    }

    // MARK: - Anchors and aliases

    @Test func aliasOfAScalarAndOfAMappingResolvesToTheSameContent() throws {
        let root = try parse("""
            base: &b
              x: 1
              y: [a, b]
            name: &n hello
            copy: *b
            again: *n
            """)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy.mapping?.map(\.key.scalar?.value) == ["x", "y"])
        #expect(JSONValue(copy) == JSONValue(base))
        #expect(copy["y"]?.sequence?.map(\.scalar?.value) == ["a", "b"])
        #expect(root["again"]?.scalar == YAMLScalar("hello"))
    }

    @Test func aliasNodeIsMarkedWhereTheAliasIsWritten() throws {
        let root = try parse("""
            base: &b {x: 1}
            copy: *b
            """)
        #expect(root["copy"]?.mark == Mark(line: 2, column: 7))
        // What the alias expands to still points at the anchored text.
        #expect(root["copy"]?.mapping?.first?.key.mark == Mark(line: 1, column: 11))
    }

    @Test func laterAnchorWithTheSameNameWins() throws {
        let root = try parse("""
            a: &x one
            b: &x two
            c: *x
            """)
        #expect(root["c"]?.scalar?.value == "two")
    }

    @Test func unknownAliasIsALocatedError() throws {
        let diagnostic = try #require(failure("a: 1\nb: *nope\n"))
        #expect(diagnostic.description == "spec.yaml:2:4: error: unknown alias '*nope': no anchor '&nope' precedes it")
    }

    @Test func aliasInsideItsOwnAnchorIsRefused() throws {
        // Recursive structures would never end; the anchor only exists once its node is complete.
        let diagnostic = try #require(failure("a: &x [1, *x]"))
        #expect(diagnostic.message.contains("unknown alias '*x'"))
        #expect(diagnostic.mark == Mark(line: 1, column: 11))
    }

    /// 9 levels of 9 aliases: 9^9 ≈ 387 million nodes once expanded.
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test func aliasBombIsRefused() throws {
        let diagnostic = try #require(failure(Self.billionLaughs))
        #expect(diagnostic.message == "aliases expand to more than 100000 nodes; refusing the document (an alias bomb?)")
        // Refused as soon as aliases have added 100,000 nodes: at the first `*e` (66,430 nodes each).
        #expect(diagnostic.mark == Mark(line: 6, column: 8))
    }

    @Test func aliasLimitCountsOnlyWhatAliasesAdd() throws {
        // The aliases add 4 × 4 = 16 nodes; the document has 24.
        let yaml = """
            a: &a [1, 2, 3]
            b: [*a, *a, *a, *a]
            """
        #expect(throws: Never.self) { try parse(yaml, limits: .init(maximumAliasNodes: 16)) }
        let diagnostic = try #require(failure(yaml, limits: .init(maximumAliasNodes: 15)))
        #expect(diagnostic.message == "aliases expand to more than 15 nodes; refusing the document (an alias bomb?)")
        #expect(diagnostic.mark == Mark(line: 2, column: 17))
    }

    @Test func nodeLimitCountsAliasesAtTheirExpandedSize() throws {
        // root 1 + key 1 + [1,2,3] 4 + key 1 + sequence 1 + 4 aliases × 4 = 24 nodes.
        let yaml = """
            a: &a [1, 2, 3]
            b: [*a, *a, *a, *a]
            """
        let root = try parse(yaml)
        #expect(root["b"]?.sequence?.count == 4)
        #expect(throws: Never.self) { try parse(yaml, limits: .init(maximumNodes: 24)) }
        let diagnostic = try #require(failure(yaml, limits: .init(maximumNodes: 23)))
        #expect(diagnostic.message == "the document expands to more than 23 nodes through aliases; refusing it (an alias bomb?)")
        #expect(diagnostic.mark == Mark(line: 2, column: 17))
    }

    @Test func smallNodeLimitRefusesAModestBombTheDefaultAccepts() throws {
        let yaml = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            """
        let root = try parse(yaml)
        #expect(root["c"]?.sequence?.first?.sequence?.count == 10)
        let diagnostic = try #require(failure(yaml, limits: .init(maximumNodes: 500)))
        #expect(diagnostic.message.contains("more than 500 nodes"))
        #expect(diagnostic.mark?.line == 3)
    }

    // MARK: - Errors

    @Test func unclosedFlowSequenceIsASyntaxError() throws {
        let diagnostic = try #require(failure("key: [unclosed\nnext: 1\n"))
        // libyaml's problem, then its context with the context's own position.
        #expect(diagnostic.description == "spec.yaml:2:5: error: YAML: did not find expected ',' or ']' while parsing a flow sequence (at 1:6)")
    }

    @Test func syntaxErrorAtTheEndOfInputWithoutAFinalNewline() throws {
        let diagnostic = try #require(failure("key: [unclosed"))
        #expect(diagnostic.message.contains("while parsing a flow sequence (at 1:6)"))
        // libyaml puts the end of the stream at the start of a line after the last one.
        #expect(diagnostic.mark == Mark(line: 2, column: 1))
    }

    @Test func tabIndentationIsAnError() throws {
        let diagnostic = try #require(failure("a:\n\tb: 1\n"))
        #expect(diagnostic.mark == Mark(line: 2, column: 1))
        #expect(diagnostic.message.hasPrefix("YAML: found character that cannot start any token"))
    }

    @Test func unterminatedQuotedStringIsAnError() throws {
        let diagnostic = try #require(failure("a: \"abc\nb: 1\n"))
        #expect(diagnostic.message == "YAML: found unexpected end of stream while scanning a quoted scalar: the quote here is never closed")
        // At the quote left open, not at the end of the file where libyaml noticed.
        #expect(diagnostic.mark == Mark(line: 1, column: 4))
    }

    @Test func duplicateKeyPointsAtTheSecondKeyAndMentionsTheFirst() throws {
        let diagnostic = try #require(failure("a: 1\nb: 2\na: 3\n"))
        #expect(diagnostic.description == "spec.yaml:3:1: error: duplicate key 'a' in this mapping (first defined at 1:1)")
    }

    @Test func duplicateKeyInANestedFlowMapping() throws {
        let diagnostic = try #require(failure("outer:\n  inner: {x: 1, y: 2, \"x\": 3}\n"))
        #expect(diagnostic.mark == Mark(line: 2, column: 23))
        #expect(diagnostic.message.contains("first defined at 2:11"))
    }

    @Test func duplicateKeyWrittenAsAnAliasPointsAtTheAlias() throws {
        let diagnostic = try #require(failure("&k a: 1\n*k : 2\n"))
        #expect(diagnostic.mark == Mark(line: 2, column: 1))
        #expect(diagnostic.message == "duplicate key 'a' in this mapping (first defined at 1:1)")
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try parse("a: {x: 1}\nb: {x: 2}\n")
        #expect(root["b"]?["x"]?.scalar?.value == "2")
    }

    @Test func severalDocumentsAreAnErrorAtTheSecond() throws {
        let diagnostic = try #require(failure("---\na: 1\n---\nb: 2\n"))
        #expect(diagnostic.mark == Mark(line: 3, column: 1))
        #expect(diagnostic.message.contains("more than one YAML document"))
    }

    @Test func secondImplicitDocumentAfterAnEndMarkerIsAnError() throws {
        let diagnostic = try #require(failure("a: 1\n...\nb: 2\n"))
        #expect(diagnostic.mark == Mark(line: 3, column: 1))
    }

    @Test(arguments: ["", "\n\n", "   ", "# only a comment\n", "\u{FEFF}"])
    func inputWithoutADocumentIsAnError(yaml: String) throws {
        let diagnostic = try #require(failure(yaml))
        #expect(diagnostic.description == "spec.yaml:1:1: error: the file holds no YAML document")
    }

    @Test func emptyByteArrayIsAnError() throws {
        let diagnostic = try #require(failure(bytes: []))
        #expect(diagnostic.message == "the file holds no YAML document")
    }

    @Test func tenThousandNestedFlowSequencesAreRefusedWithoutCrashing() throws {
        let diagnostic = try #require(failure(String(repeating: "[", count: 10_000)))
        #expect(diagnostic.message == "nesting is deeper than 256 levels")
        #expect(diagnostic.mark == Mark(line: 1, column: 257))
    }

    @Test func deeplyNestedBlockSequencesAreRefused() throws {
        let yaml = String(repeating: "- ", count: 2_000) + "x"
        let diagnostic = try #require(failure(yaml))
        #expect(diagnostic.message == "nesting is deeper than 256 levels")
        #expect(diagnostic.mark == Mark(line: 1, column: 513), "at the 257th '-'")
    }

    @Test func depthLimitBoundary() throws {
        let limits = YAMLParser.Limits(maximumDepth: 3)
        let root = try parse("[[[1]]]", limits: limits)
        #expect(root.sequence?.first?.sequence?.first?.sequence?.first?.scalar?.value == "1")
        let diagnostic = try #require(failure("a:\n  b:\n    c: [1]\n", limits: limits))
        #expect(diagnostic.message == "nesting is deeper than 3 levels")
        #expect(diagnostic.mark == Mark(line: 3, column: 8))
    }

    @Test func invalidUTF8IsALocatedError() throws {
        let bytes = Array("a: 1\nbb: ok\nc: ".utf8) + [0xFF, 0xFE] + Array(" x\n".utf8)
        let diagnostic = try #require(failure(bytes: bytes))
        #expect(diagnostic.message.contains("UTF-8"))
        #expect(diagnostic.message.contains("byte offset 15"))
        #expect(diagnostic.mark == Mark(line: 3, column: 4))
    }

    @Test func invalidUTF8AfterABOMAndCRLFLineEndingsIsLocated() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: é\r\nb: ".utf8) + [0xC0, 0x80]
        let diagnostic = try #require(failure(bytes: bytes))
        #expect(diagnostic.message.contains("UTF-8"))
        #expect(diagnostic.mark == Mark(line: 2, column: 4))
    }

    @Test func truncatedUTF8SequenceIsAnError() throws {
        let bytes = Array("a: é".utf8).dropLast()
        let diagnostic = try #require(failure(bytes: Array(bytes)))
        #expect(diagnostic.message.contains("UTF-8"))
        #expect(diagnostic.mark == Mark(line: 1, column: 4))
    }

    @Test func controlCharacterIsAnError() throws {
        let diagnostic = try #require(failure(bytes: Array("a: b\u{07}\n".utf8)))
        #expect(diagnostic.message == "YAML: control characters are not allowed (byte offset 4)")
        #expect(diagnostic.mark == Mark(line: 1, column: 5))
    }

    @Test func errorsRenderLikeACompiler() throws {
        let error = DiagnosticError([
            Diagnostic(.error, "first", file: "x.yaml", at: Mark(line: 3, column: 7)),
            Diagnostic(.warning, "second", file: "x.yaml"),
            Diagnostic(.note, "third"),
        ])
        #expect(error.description == "x.yaml:3:7: error: first\nx.yaml: warning: second\nnote: third")
    }

    // MARK: - Documents that are not mappings

    @Test func documentThatIsAPlainScalarParses() throws {
        let root = try parse("just some text")
        #expect(root.scalar == YAMLScalar("just some text"))
        #expect(root.mark == Mark(line: 1, column: 1))
        #expect(try parse("--- 42\n").scalar?.value == "42")
    }

    @Test func documentThatIsASequenceParses() throws {
        let root = try parse("- a\n- b: 1\n")
        let items = try #require(root.sequence)
        #expect(items.count == 2)
        #expect(items[0].scalar?.value == "a")
        #expect(items[1]["b"]?.scalar?.value == "1")
        #expect(root.mapping == nil)
    }

    // MARK: - YAMLNode helpers

    @Test func subscriptByKey() throws {
        let root = try parse("""
            info: {title: T}
            '200': ok
            "404": missing
            list: [a]
            """)
        #expect(root["info"]?["title"]?.scalar?.value == "T")
        #expect(root["200"]?.scalar?.value == "ok")
        #expect(root["404"]?.scalar?.value == "missing")
        #expect(root["absent"] == nil)
        #expect(root["info"]?["absent"] == nil)
        #expect(root["list"]?["a"] == nil, "a sequence has no keys")
        #expect(root["200"]?["ok"] == nil, "a scalar has no keys")
    }

    @Test(arguments: [
        ("v: ~", true),
        ("v: null", true),
        ("v: Null", true),
        ("v: NULL", true),
        ("v:", true),
        ("v: !!null ''", true),
        ("v: 'null'", false),
        ("v: \"\"", false),
        ("v: nil", false),
        ("v: none", false),
        ("v: nULL", false),
        ("v: !!str null", false),
        ("v: ! null", false),
        ("v: {}", false),
        ("v: []", false),
    ])
    func isNull(yaml: String, expected: Bool) throws {
        #expect(try value(yaml).isNull == expected)
    }

    @Test func kindDescription() throws {
        let root = try parse("""
            m: {a: 1}
            s: [1]
            short: hello
            forty: \(String(repeating: "x", count: 40))
            long: \(String(repeating: "y", count: 41))
            """)
        #expect(root.kindDescription == "a mapping")
        #expect(root["m"]?.kindDescription == "a mapping")
        #expect(root["s"]?.kindDescription == "a sequence")
        #expect(root["short"]?.kindDescription == "the scalar 'hello'")
        #expect(root["forty"]?.kindDescription == "the scalar '\(String(repeating: "x", count: 40))'")
        #expect(root["long"]?.kindDescription == "the scalar '\(String(repeating: "y", count: 40))…'")
    }
}
