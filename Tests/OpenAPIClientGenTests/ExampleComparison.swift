import Foundation
import OpenAPIClientRuntime

/// Compares an example from a spec with what the generated code re-encoded it to. Equal means:
/// the same JSON, except that numbers compare by value (`1` and `1.0`), a `null` member may be left
/// out, a date-time string may come back as the runtime's canonical form of the same instant
/// (`RFC3339.string`: UTC, at most six fractional digits), and a 32-bit float as the shortest text
/// for the same `Float` — nothing looser.
enum ExampleComparison {
    /// `nil` when equal; else where and how they differ (`$.spec.pod_type: expected "p1.x1", got "p2.x1"`).
    static func difference(original: String, reencoded: String) -> String? {
        let decoder = JSONDecoder()
        guard let expected = try? decoder.decode(Value.self, from: Data(original.utf8)) else { return "the example is not valid JSON" }
        guard let actual = try? decoder.decode(Value.self, from: Data(reencoded.utf8)) else { return "the re-encoded text is not valid JSON: \(reencoded.prefix(200))" }
        return difference(expected, actual, at: "$")
    }

    private static func difference(_ expected: Value, _ actual: Value, at path: String) -> String? {
        switch (expected, actual) {
        case (.null, .null):
            return nil
        case (.bool(let a), .bool(let b)):
            if a == b { return nil }
        case (.integer(let a), .integer(let b)):
            if a == b { return nil }
        case (.integer, .number), (.number, .integer), (.number, .number):
            if expected.doubleValue == actual.doubleValue || isSameFloat(expected, actual) { return nil }
        case (.string(let a), .string(let b)):
            if a == b || isSameInstant(a, b) { return nil }
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return "\(path): expected \(a.count) elements, got \(b.count)" }
            for (index, pair) in zip(a, b).enumerated() {
                if let difference = difference(pair.0, pair.1, at: "\(path)[\(index)]") { return difference }
            }
            return nil
        case (.object(let a), .object(let b)):
            for key in a.keys.sorted() {
                let value = a[key]!
                guard let other = b[key] else {
                    if value == .null { continue }  // An explicit null may be dropped.
                    return "\(path).\(key): missing after re-encoding (expected \(value))"
                }
                if let difference = difference(value, other, at: "\(path).\(key)") { return difference }
            }
            if let extra = b.keys.sorted().first(where: { a[$0] == nil }) {
                return "\(path).\(extra): not in the example, re-encoded as \(b[extra]!)"
            }
            return nil
        default:
            break
        }
        return "\(path): expected \(expected), got \(actual)"
    }

    /// A `format: float` property is a `Float`: an example that is exactly a 32-bit float, written with
    /// all of its digits as a `Double` (`0.9281134605407715`), comes back as the shortest text for the
    /// same `Float` (`0.92811346`). A `Double` property re-encodes every value exactly, so this never
    /// excuses a difference there.
    private static func isSameFloat(_ original: Value, _ reencoded: Value) -> Bool {
        guard let original = original.doubleValue, let reencoded = reencoded.doubleValue else { return false }
        return Double(Float(original)) == original && Float(reencoded) == Float(original)
    }

    /// The re-encoded text is exactly what the runtime writes for the instant the original names.
    private static func isSameInstant(_ original: String, _ reencoded: String) -> Bool {
        guard let date = RFC3339.date(from: original) else { return false }
        return RFC3339.string(from: date) == reencoded
    }

    /// JSON with integers kept apart from other numbers, so that large integers compare exactly.
    enum Value: Decodable, Equatable, CustomStringConvertible {
        case null
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        case array([Value])
        case object([String: Value])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int64.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([Value].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: Value].self))
            }
        }

        var doubleValue: Double? {
            switch self {
            case .integer(let value): Double(value)
            case .number(let value): value
            default: nil
            }
        }

        var description: String {
            switch self {
            case .null: "null"
            case .bool(let value): "\(value)"
            case .integer(let value): "\(value)"
            case .number(let value): "\(value)"
            case .string(let value): "\"\(value.prefix(80))\""
            case .array(let values): "an array of \(values.count)"
            case .object(let members): "an object with \(members.keys.sorted().prefix(6).joined(separator: ", "))"
            }
        }
    }
}
