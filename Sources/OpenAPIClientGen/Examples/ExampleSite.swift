/// An `example` from the spec, paired with the Swift type generated for the place it is attached to,
/// so that a test can decode it with the generated code and compare the re-encoded JSON.
/// Not part of the emitted client.
struct ExampleSite: Sendable {
    /// Where the example is: `components.schemas.BackupModel.example`,
    /// `paths./backups.get.responses.200.application/json.examples.ready`.
    var location: String
    /// The type as code outside the generated types names it: `BackupModel`, `[String: Int]?`, `IndexSpec.Pod`.
    var swiftType: String
    var value: JSONValue
}

/// An example that cannot be checked against a generated type, and why.
struct UncheckedExample: Sendable, Equatable {
    enum Reason: String, Sendable {
        case unread = "given by externalValue or $ref, not inline"
        case notJSON = "on a media type that is not JSON"
        case noGeneratedType = "no generated type corresponds to the schema it is attached to"
    }

    var location: String
    var reason: Reason
}

/// Every example of one spec.
struct ExampleInventory: Sendable {
    var sites: [ExampleSite] = []
    var unchecked: [UncheckedExample] = []
    /// Declarations for schemas the client itself never names (inline schemas of error responses),
    /// so that their examples have a type too.
    var supportFile: GeneratorPipeline.GeneratedFile?
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
        var result = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
