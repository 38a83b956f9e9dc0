internal import COpenAPIClientGenYAML

/// Reads YAML text into a ``YAMLNode`` tree with libyaml's event parser.
///
/// Anchors and aliases are resolved; the number of nodes an alias may expand to is bounded, so an
/// "alias bomb" is refused instead of eating memory. Duplicate keys, several documents in one
/// stream and nesting deeper than ``Limits/maximumDepth`` are errors.
public struct YAMLParser: Sendable {
    public struct Limits: Sendable {
        /// The deepest nesting of collections accepted, aliases expanded.
        public var maximumDepth: Int
        /// The most nodes the document may have once every alias is expanded.
        public var maximumNodes: Int
        /// The most nodes aliases may add in all. Far below ``maximumNodes``: every node an alias
        /// repeats can become generated code (an inline object becomes a struct at each place), so a
        /// small file of nested aliases could otherwise ask for a hundred megabytes of Swift.
        public var maximumAliasNodes: Int

        public init(maximumDepth: Int = 256, maximumNodes: Int = 2_000_000, maximumAliasNodes: Int = 100_000) {
            self.maximumDepth = maximumDepth
            self.maximumNodes = maximumNodes
            self.maximumAliasNodes = maximumAliasNodes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses one YAML document. `file` names the source in diagnostics.
    public func parse(_ text: String, file: String) throws(DiagnosticError) -> YAMLNode {
        try parse(Array(text.utf8), file: file)
    }

    /// `fileIndex` goes into every mark: which of the spec's files this is (0 for the root spec).
    public func parse(_ bytes: [UInt8], file: String, fileIndex: Int = 0) throws(DiagnosticError) -> YAMLNode {
        var builder = TreeBuilder(file: file, fileIndex: fileIndex, limits: limits)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw DiagnosticError([Diagnostic(.error, "could not initialise the YAML parser", file: file)])
        }
        defer { yaml_parser_delete(parser) }

        // libyaml wants a non-null pointer even for empty input.
        let input = bytes.isEmpty ? [0] : bytes
        let result: Result<YAMLNode, DiagnosticError> = input.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    var diagnostic = Self.libyamlError(parser.pointee, bytes: bytes, file: file)
                    diagnostic.mark?.file = fileIndex
                    return .failure(DiagnosticError([diagnostic]))
                }
                defer { yaml_event_delete(&event) }
                do throws(DiagnosticError) {
                    if event.type == YAML_STREAM_END_EVENT {
                        return .success(try builder.finish())
                    }
                    try builder.handle(event)
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    private static func libyamlError(_ parser: yaml_parser_t, bytes: [UInt8], file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        var message = problem
        if let context {
            let contextMark = Mark(parser.context_mark)
            message += " \(context)" + (contextMark == Mark(parser.problem_mark) ? "" : " (at \(contextMark))")
        }
        var mark = Mark(parser.problem_mark)
        if parser.error == YAML_READER_ERROR {
            message += " (byte offset \(parser.problem_offset))"
            // The reader (bad UTF-8, control characters) sets only a byte offset, never
            // `problem_mark`; count the line and column up to that offset ourselves.
            if parser.encoding == YAML_UTF8_ENCODING {
                var offset = Int(parser.problem_offset)
                if problem == "invalid trailing UTF-8 octet" {
                    // The offset is that of the bad octet, which may be a fine character of its own
                    // (a space after a Latin-1 'é'); point at the start of the character it breaks.
                    while offset > 1, bytes[offset - 1] & 0xC0 == 0x80 { offset -= 1 }
                    offset -= 1
                    message += "; the character that starts here is not valid UTF-8"
                }
                mark = Self.mark(atByteOffset: offset, in: bytes)
            }
        }
        if parser.error == YAML_SCANNER_ERROR, problem == "found unexpected end of stream", context == "while scanning a quoted scalar" {
            // The end of the file is no place to look for a missing quote: point at the one left open.
            mark = Mark(parser.context_mark)
            message = "\(problem) while scanning a quoted scalar: the quote here is never closed"
        }
        if parser.error == YAML_SCANNER_ERROR, Self.character(at: mark, in: bytes) == UInt8(ascii: "\t") {
            message += "; YAML does not allow tabs for indentation, use spaces"
        }
        return Diagnostic(.error, "YAML: " + message, file: file, at: mark)
    }

    /// The byte at a 1-based line and column (columns in bytes; only for spotting ASCII such as tabs).
    static func character(at mark: Mark, in bytes: [UInt8]) -> UInt8? {
        var line = 1
        var index = 0
        while line < mark.line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        let position = index + mark.column - 1
        return position < bytes.count ? bytes[position] : nil
    }

    /// The line and column of a byte offset into UTF-8 input, counted as libyaml counts them:
    /// columns in Unicode scalars, CR LF as one break, a leading BOM not counted.
    static func mark(atByteOffset offset: Int, in bytes: [UInt8]) -> Mark {
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for (index, scalar) in String(decoding: bytes.prefix(offset), as: UTF8.self).unicodeScalars.enumerated() {
            defer { previous = scalar }
            switch scalar {
            case "\u{FEFF}" where index == 0:
                continue
            case "\n" where previous == "\r":
                continue
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }
}

extension Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

/// Turns libyaml's event stream into a tree, one open collection per stack frame.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// The keys so far by text, for mappings past ``Frame/keysLookedAtInTurn`` keys.
        var keysSeen: [String: Mark] = [:]
        var mark: Mark
        var tag: String?
        var anchor: String?
        /// Nodes in this collection so far, itself included.
        var size = 1
        /// Levels of nesting in this collection so far, itself included, aliases expanded.
        var depth = 1

        /// Up to this many keys, a repeated key is found by looking at the keys in turn: most mappings are
        /// small, and a dictionary per mapping, grown key by key, was a tenth of a generator run.
        static let keysLookedAtInTurn = 8

        /// Records a key of this mapping; returns where the same key first stood, if it did.
        mutating func add(key text: String, at mark: Mark) -> Mark? {
            if pairs.count < Self.keysLookedAtInTurn {
                return pairs.first { $0.key.scalar?.value == text }?.key.mark
            }
            if keysSeen.isEmpty {
                for pair in pairs { if let key = pair.key.scalar?.value { keysSeen[key] = pair.key.mark } }
            }
            if let first = keysSeen[text] { return first }
            keysSeen[text] = mark
            return nil
        }
    }

    let file: String
    let fileIndex: Int
    let limits: YAMLParser.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int, depth: Int)] = [:]
    private var root: YAMLNode?
    private var documentCount = 0
    private var totalNodes = 0
    /// Nodes added by alias expansions, against ``YAMLParser/Limits/maximumAliasNodes``.
    private var aliasNodes = 0

    init(file: String, fileIndex: Int, limits: YAMLParser.Limits) {
        self.file = file
        self.fileIndex = fileIndex
        self.limits = limits
    }

    mutating func handle(_ event: yaml_event_t) throws(DiagnosticError) {
        var mark = Mark(event.start_mark)
        mark.file = fileIndex
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                throw error("the file holds more than one YAML document; an OpenAPI spec is one document", at: mark)
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = YAMLNode(.scalar(YAMLScalar(value, style: Self.style(data.style))), tag: Self.string(data.tag), mark: mark)
            try count(1, at: mark)
            try complete(node, size: 1, depth: 0, anchor: Self.string(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw error("unknown alias '*\(name)': no anchor '&\(name)' precedes it", at: mark)
            }
            aliasNodes += anchored.size
            guard aliasNodes <= limits.maximumAliasNodes else {
                throw error("aliases expand to more than \(limits.maximumAliasNodes) nodes; refusing the document (an alias bomb?)", at: mark)
            }
            try count(anchored.size, at: mark)
            // An alias nests its anchor's collections where it stands, so aliases of aliases could
            // otherwise build a tree far deeper than the limit from a small file.
            guard stack.count + anchored.depth <= limits.maximumDepth else {
                throw error("nesting is deeper than \(limits.maximumDepth) levels once the alias '*\(name)' is expanded", at: mark)
            }
            // The alias itself sits here; what it expands to keeps the marks of the anchored text.
            var node = anchored.node
            node.mark = mark
            try complete(node, size: anchored.size, depth: anchored.depth, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try open(Frame(isMapping: false, mark: mark, tag: Self.string(data.tag), anchor: Self.string(data.anchor)))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try open(Frame(isMapping: true, mark: mark, tag: Self.string(data.tag), anchor: Self.string(data.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            try complete(YAMLNode(content, tag: frame.tag, mark: frame.mark), size: frame.size, depth: frame.depth, anchor: frame.anchor)
        default:
            break
        }
    }

    func finish() throws(DiagnosticError) -> YAMLNode {
        guard let root else {
            throw DiagnosticError([Diagnostic(.error, "the file holds no YAML document", file: file, at: Mark(line: 1, column: 1, file: fileIndex))])
        }
        return root
    }

    private mutating func open(_ frame: Frame) throws(DiagnosticError) {
        guard stack.count < limits.maximumDepth else {
            throw error("nesting is deeper than \(limits.maximumDepth) levels", at: frame.mark)
        }
        try count(1, at: frame.mark)
        stack.append(frame)
    }

    /// Counts nodes as they are made, aliases at their expanded size, against the limit.
    private mutating func count(_ nodes: Int, at mark: Mark) throws(DiagnosticError) {
        totalNodes += nodes
        guard totalNodes <= limits.maximumNodes else {
            throw error("the document expands to more than \(limits.maximumNodes) nodes through aliases; refusing it (an alias bomb?)", at: mark)
        }
    }

    private mutating func complete(_ node: YAMLNode, size: Int, depth: Int, anchor: String?) throws(DiagnosticError) {
        if let anchor { anchors[anchor] = (node, size, depth) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        // The open collection is changed where it stands in the stack, never copied out and back.
        let top = stack.count - 1
        stack[top].size += size
        stack[top].depth = max(stack[top].depth, depth + 1)
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if let text = node.scalar?.value, let first = stack[top].add(key: text, at: node.mark) {
                throw error("duplicate key '\(text)' in this mapping (first defined at \(first))", at: node.mark)
            }
            stack[top].pendingKey = node
        }
    }

    private func error(_ message: String, at mark: Mark) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, message, file: file, at: mark)])
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
