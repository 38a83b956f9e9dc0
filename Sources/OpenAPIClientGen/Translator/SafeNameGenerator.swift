/// Turns names from the spec into valid, idiomatic Swift identifiers. The one place that knows
/// Swift's keywords and naming conventions.
public enum SafeNameGenerator {
    /// `list_index_backups` → `ListIndexBackups`; `BackupModel` stays.
    public static func typeName(_ raw: String) -> String {
        let words = splitWords(raw)
        var name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.isEmpty { name = "_" + hexName(raw) }
        if name.first!.isASCIIDigit { name = "_" + name }
        return name
    }

    /// `backup_id` → `backupId`, `X-Pinecone-Api-Version` → `xPineconeApiVersion`,
    /// `INVALID_ARGUMENT` → `invalidArgument`; keywords come back in backticks.
    public static func memberName(_ raw: String) -> String {
        escaped(lowerCamel(raw, fallback: raw))
    }

    /// An identifier without escaping, for building other names.
    public static func lowerCamel(_ raw: String, fallback: String) -> String {
        let words = splitWords(raw)
        guard let first = words.first else { return "_" + hexName(fallback) }
        var name = lowercasedLeadingCapitals(first)
        for word in words.dropFirst() {
            let isAllCaps = word.allSatisfy { !$0.isLowercase }
            name += word.prefix(1).uppercased() + (isAllCaps ? word.dropFirst().lowercased() : String(word.dropFirst()))
        }
        if name.first!.isASCIIDigit { name = "_" + name }
        return name
    }

    /// Backticks a keyword; renames the few identifiers backticks cannot save.
    public static func escaped(_ identifier: String) -> String {
        if unusableIdentifiers.contains(identifier) { return "_" + identifier }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Appends `2`, `3`, … to names already taken, so distinct spec names never collide in Swift.
    public static func unique(_ name: String, in taken: inout Set<String>) -> String {
        let bare = name.trimmingBackticks
        var candidate = bare
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(bare)\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate == bare ? name : escaped(candidate)
    }

    /// Words by separators (anything not a letter or digit) and by lower→upper case changes.
    static func splitWords(_ raw: String) -> [String] {
        if raw.isASCII { return splitASCIIWords(raw) }
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in raw {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, previous.isLowercase || previous.isASCIIDigit, character.isUppercase {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `splitWords` for an all-ASCII name (nearly every one), on bytes: the same words, without breaking the
    /// name into characters and looking up their Unicode properties.
    private static func splitASCIIWords(_ raw: String) -> [String] {
        var words: [String] = []
        var start: String.Index?
        var previous: UInt8 = 0
        let bytes = raw.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if !(isUpper || isLower || isDigit) {
                if let wordStart = start { words.append(String(raw[wordStart..<index])) }
                start = nil
            } else if let wordStart = start {
                let previousIsLowerOrDigit = (previous >= UInt8(ascii: "a") && previous <= UInt8(ascii: "z"))
                    || (previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9"))
                if previousIsLowerOrDigit && isUpper {
                    words.append(String(raw[wordStart..<index]))
                    start = index
                }
            } else {
                start = index
            }
            previous = byte
            index = bytes.index(after: index)
        }
        if let wordStart = start { words.append(String(raw[wordStart..<bytes.endIndex])) }
        return words
    }

    /// `URLPath` → `urlPath`, `Backup` → `backup`, `ID` → `id`.
    private static func lowercasedLeadingCapitals(_ word: String) -> String {
        let characters = Array(word)
        var upperCount = 0
        while upperCount < characters.count, characters[upperCount].isUppercase { upperCount += 1 }
        if upperCount == characters.count { return word.lowercased() }
        if upperCount <= 1 { return word.prefix(1).lowercased() + word.dropFirst() }
        // Keep the capital that starts the next word: "URLPath" → "url" + "Path".
        return String(characters[..<(upperCount - 1)]).lowercased() + String(characters[(upperCount - 1)...])
    }

    /// A name for a value with no letters or digits at all (`+`, `-`): its scalars in hex.
    private static func hexName(_ raw: String) -> String {
        raw.isEmpty ? "empty" : raw.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "super", "throws",
        "true", "try", "async", "some", "any", "borrowing", "consuming",
    ]

    /// Identifiers that are awkward even in backticks (`x.self`, `x.Type`, `init`).
    static let unusableIdentifiers: Set<String> = ["self", "Self", "Type", "Protocol", "init", "_"]

    /// The standard library's, Foundation's and the runtime's core type names.
    private static let shadowedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Codable", "CodingKey", "CodingKeys", "Data", "Date", "Decodable",
        "Decoder", "Dictionary", "Double", "Encodable", "Encoder", "Error", "Float", "Hashable", "Int", "Int32",
        "Int64", "Optional", "Protocol", "Result", "Self", "Sendable", "Set", "String", "Type", "URL", "UUID",
        "Void", "JSONValue", "JSONObject", "OpenEnum", "ClientCore", "ClientRequest", "ClientConfiguration",
        "ClientError", "HTTPTransport", "Foundation", "OpenAPIClientRuntime", "ClientMiddleware", "HTTPBody",
        "HTTPRequest", "HTTPResponse", "HTTPFields", "PageSequence", "ClientProtocol",
    ]

    /// Type names that would shadow the standard library, Foundation or the runtime in generated code:
    /// the above, and the runtime's other names generated code spells (wrappers, streams, forms, checks).
    static let reservedTypeNames = shadowedTypeNames.union([
        "Nullable", "Indirect", "ServerSentEventStream", "JSONLinesStream", "FormEncodable", "FormField",
        "FormFieldsBuilder", "MultipartFile", "Constraints", "RequestChecks", "ConstraintCheckable",
    ])
}

extension String {
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count > 1 ? String(dropFirst().dropLast()) : self
    }
}
