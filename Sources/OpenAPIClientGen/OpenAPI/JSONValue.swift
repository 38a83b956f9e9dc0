/// A JSON-compatible value read from the spec: `example`, `default`, `enum` entries.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .integer(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .object(let pairs):
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }

    /// The text of a scalar value, as it would appear in a query string or a Swift literal.
    public var scalarText: String? {
        switch self {
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        default: nil
        }
    }
}

extension JSONValue {
    /// Reads a YAML node as JSON, resolving plain scalars by YAML 1.2's core schema
    /// (`null`, `true`, numbers); quoted scalars and `!!str` stay strings.
    public init(_ node: YAMLNode) {
        switch node.content {
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .mapping(let pairs):
            self = .object(pairs.map { (key: $0.key.scalar?.value ?? "", value: JSONValue($0.value)) })
        case .scalar(let scalar):
            self = JSONValue.resolve(scalar, tag: node.tag)
        }
    }

    private static func resolve(_ scalar: YAMLScalar, tag: String?) -> JSONValue {
        let text = scalar.value
        // Any explicit tag, the non-specific `!` included, turns off resolution by content.
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return .bool(["true", "True", "TRUE"].contains(text))
            case "tag:yaml.org,2002:int": return Int(text).map(JSONValue.integer) ?? .string(text)
            case "tag:yaml.org,2002:float": return Double(text).map(JSONValue.number) ?? .string(text)
            default: return .string(text)
            }
        }
        guard scalar.style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        default: break
        }
        if isInteger(text), let value = Int(text) { return .integer(value) }
        // `Int(_:radix:)` would also take a sign after the prefix (`0x-1`), which the core schema does not.
        if text.hasPrefix("0x"), text.dropFirst(2).allSatisfy(\.isHexDigit), let value = Int(text.dropFirst(2), radix: 16) { return .integer(value) }
        if text.hasPrefix("0o"), text.dropFirst(2).allSatisfy(\.isASCIIDigit), let value = Int(text.dropFirst(2), radix: 8) { return .integer(value) }
        if isFloat(text), let value = Double(text) { return .number(value) }
        return .string(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// YAML 1.2 core: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    private static func isFloat(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let mantissa = rest.prefix { $0 != "e" && $0 != "E" }
        let exponent = rest.dropFirst(mantissa.count)
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !mantissa.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        guard parts.contains(where: { !$0.isEmpty }) else { return false }
        if exponent.isEmpty { return true }
        var digits = exponent.dropFirst()
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension JSONValue {
    /// Compact JSON text; `nil` for a value JSON cannot express (an infinite or NaN number).
    var jsonText: String? {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? String(value) : nil
        case .string(let value): return value.jsonStringLiteral
        case .array(let values):
            var parts: [String] = []
            for value in values {
                guard let text = value.jsonText else { return nil }
                parts.append(text)
            }
            return "[" + parts.joined(separator: ",") + "]"
        case .object(let pairs):
            var parts: [String] = []
            for pair in pairs {
                guard let text = pair.value.jsonText else { return nil }
                parts.append(pair.key.jsonStringLiteral + ":" + text)
            }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }
}

extension String {
    /// The text as a JSON string, escaped as RFC 8259 requires.
    var jsonStringLiteral: String {
        quoted { scalar in
            guard scalar.value < 0x20 else { return nil }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
