/// How the renderer spells the declarations' values as Swift: types, literals, paths, constraints.
/// The translator hands over data; this is where it becomes source text.
extension SwiftType: CustomStringConvertible {
    public var description: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element)]"
        case .dictionary(let value): "[String: \(value)]"
        case .optional(let wrapped): "\(wrapped)?"
        case .generic(let wrapper, let argument): "\(wrapper.rawValue)<\(argument)>"
        }
    }
}

extension ConstantValue {
    /// `nil`, `"2025-10"`, `42`, `0.5`, `true`.
    var swiftLiteral: String {
        switch self {
        case .none: "nil"
        case .string(let text): text.swiftLiteral
        case .integer(let value): String(value)
        case .number(let value): Self.numberLiteral(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// `100` rather than `100.0` where the value is whole, as the spec writes it.
    static func numberLiteral(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension OperationDeclaration.PathComponent {
    /// The path as a `ClientRequest.Path` literal: arguments interpolated, so each is percent-encoded.
    static func swiftLiteral(_ components: [Self]) -> String {
        let body = components.map { component in
            switch component {
            case .literal(let text): String(text.swiftLiteral.dropFirst().dropLast())
            case .argument(let name): "\\(\(name))"
            }
        }
        return "\"" + body.joined() + "\""
    }
}

extension OperationDeclaration.Field.Value {
    var swiftExpression: String {
        switch self {
        case .argument(let name): name
        case .constant(let value): value.swiftLiteral
        }
    }
}

extension Constraints {
    /// `Constraints(minimum: 1, maximum: 100)`; `nil` when there is nothing on the value itself.
    var swiftExpression: String? {
        var parts: [String] = []
        func add(_ label: String, _ value: Double?) {
            if let value { parts.append("\(label): \(ConstantValue.numberLiteral(value))") }
        }
        func add(_ label: String, _ value: Int?) {
            if let value { parts.append("\(label): \(value)") }
        }
        add("minimum", minimum)
        add("maximum", maximum)
        add("exclusiveMinimum", exclusiveMinimum)
        add("exclusiveMaximum", exclusiveMaximum)
        add("multipleOf", multipleOf)
        add("minLength", minLength)
        add("maxLength", maxLength)
        if let pattern { parts.append("pattern: \(pattern.swiftLiteral)") }
        add("minItems", minItems)
        add("maxItems", maxItems)
        if let items = items?.swiftExpression { parts.append("items: \(items)") }
        return parts.isEmpty ? nil : "Constraints(\(parts.joined(separator: ", ")))"
    }
}

extension OperationDeclaration.PropertyStep {
    /// `pagination?`, `pagination?.wrapped?` or `data`: the step as part of an optional chain.
    var chainText: String {
        switch presence {
        case .always: name
        case .optional: name + "?"
        case .optionalNullable: name + "?.wrapped?"
        }
    }
}
