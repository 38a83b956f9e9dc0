/// A value whose spec constraints can be checked before a request is sent. Generated structs with
/// constrained properties conform; so do strings, numbers and the containers of such values.
@_spi(Generated)
public protocol ConstraintCheckable {
    /// Records the first way this value (at `path`: `limit`, `body.spec.replicas`) breaks `constraints`.
    func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks)
}

/// Collects the first constraint a request breaks. The client throws it as
/// ``ClientError/invalidRequest(operationID:reason:)`` before anything is sent.
@_spi(Generated)
public struct RequestChecks: Sendable {
    /// What is wrong, naming the parameter or JSON path, the constraint and the value.
    public private(set) var violation: String?

    public init() {}

    /// Checks `value` at `path` unless an earlier check already failed.
    public mutating func check(_ value: some ConstraintCheckable, at path: String, _ constraints: Constraints = .none) {
        guard violation == nil else { return }
        value.checkConstraints(constraints, at: path, into: &self)
    }

    public mutating func fail(_ path: String, _ value: String, keyword: String, limit: String) {
        if violation == nil { violation = "\(path) is \(value), but the spec's \(keyword) is \(limit)" }
    }

    /// Numbers as the spec writes them: `100`, not `100.0`.
    static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    /// A string value for a message: quoted, and cut short so a long value does not flood the log.
    static func quoted(_ string: String) -> String {
        let scalars = string.unicodeScalars
        guard scalars.count > 40 else { return "\"\(string)\"" }
        var short = String.UnicodeScalarView()
        short.append(contentsOf: scalars.prefix(40))
        return "\"\(String(short))…\""
    }
}

@_spi(Generated)
extension RequestChecks {
    mutating func checkNumber(_ value: Double, text: String, _ c: Constraints, at path: String) {
        if let minimum = c.minimum, value < minimum { fail(path, text, keyword: "minimum", limit: Self.text(minimum)) }
        if let maximum = c.maximum, value > maximum { fail(path, text, keyword: "maximum", limit: Self.text(maximum)) }
        if let bound = c.exclusiveMinimum, value <= bound { fail(path, text, keyword: "exclusiveMinimum", limit: Self.text(bound)) }
        if let bound = c.exclusiveMaximum, value >= bound { fail(path, text, keyword: "exclusiveMaximum", limit: Self.text(bound)) }
        if let divisor = c.multipleOf, divisor > 0 {
            let quotient = value / divisor
            // A tolerance, since 0.3 / 0.1 is not exactly 3 in binary floating point.
            if abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
                fail(path, text, keyword: "multipleOf", limit: Self.text(divisor))
            }
        }
    }

    mutating func checkCount(_ count: Int, _ c: Constraints, at path: String) {
        if let minimum = c.minItems, count < minimum { fail(path, "\(count) items long", keyword: "minItems", limit: "\(minimum)") }
        if let maximum = c.maxItems, count > maximum { fail(path, "\(count) items long", keyword: "maxItems", limit: "\(maximum)") }
    }
}

@_spi(Generated)
extension String: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        let length = unicodeScalars.count
        let described = "\(Self.quoted(self)) (\(length) characters)"
        if let minimum = constraints.minLength, length < minimum { checks.fail(path, described, keyword: "minLength", limit: "\(minimum)") }
        if let maximum = constraints.maxLength, length > maximum { checks.fail(path, described, keyword: "maxLength", limit: "\(maximum)") }
        if let pattern = constraints.pattern, !Self.matches(self, pattern) {
            checks.fail(path, RequestChecks.quoted(self), keyword: "pattern", limit: "'\(pattern)'")
        }
    }

    private static func quoted(_ string: String) -> String { RequestChecks.quoted(string) }

    /// Swift's regular expressions, which the generator also uses to decide that a pattern can be
    /// checked: one it could not compile was left out of the generated code with a warning.
    private static func matches(_ string: String, _ pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return true }
        return string.contains(regex)
    }
}

@_spi(Generated)
extension Int: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkNumber(Double(self), text: String(self), constraints, at: path)
    }
}

@_spi(Generated)
extension Int32: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkNumber(Double(self), text: String(self), constraints, at: path)
    }
}

@_spi(Generated)
extension Int64: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkNumber(Double(self), text: String(self), constraints, at: path)
    }
}

@_spi(Generated)
extension Double: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkNumber(self, text: "\(self)", constraints, at: path)
    }
}

@_spi(Generated)
extension Float: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkNumber(Double(self), text: "\(self)", constraints, at: path)
    }
}

// Containers check whatever they hold that can be checked. The element is cast rather than required
// to conform, so that an array of booleans or enums can still have its item count checked.

@_spi(Generated)
extension Optional: ConstraintCheckable {
    /// Absent values are not checked: whether a value is required is the type's business.
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        // Unwrapped first: `self` itself would cast, being an `Optional`, and check itself forever.
        if let wrapped = self, let value = wrapped as? any ConstraintCheckable { value.checkConstraints(constraints, at: path, into: &checks) }
    }
}

@_spi(Generated)
extension Nullable: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        if case .value(let value) = self, let value = value as? any ConstraintCheckable {
            value.checkConstraints(constraints, at: path, into: &checks)
        }
    }
}

@_spi(Generated)
extension Array: ConstraintCheckable {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        checks.checkCount(count, constraints, at: path)
        let items = constraints.items ?? .none
        for (index, element) in enumerated() {
            if let element = element as? any ConstraintCheckable { checks.check(element, at: "\(path)[\(index)]", items) }
        }
    }
}

@_spi(Generated)
extension Dictionary: ConstraintCheckable where Key == String {
    public func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks) {
        let items = constraints.items ?? .none
        // Sorted, so that which violation is reported first does not depend on hashing.
        for key in keys.sorted() {
            if let value = self[key] as? any ConstraintCheckable { checks.check(value, at: "\(path).\(key)", items) }
        }
    }
}
