/// Reads the constraints a request should check from a schema, given the Swift type the value has.
///
/// Inputs: the component schemas (to follow references) and whether checks are wanted; output: a
/// ``Constraints`` per value, or `nil` when there is nothing the generated code can check.
/// Constraints are kept only where the Swift type can carry them: bounds on numbers, lengths and
/// patterns on `String` (not on dates, bytes or enums), item counts on arrays.
struct ConstraintTranslator {
    let resolver: SchemaResolver
    /// `false` for `--no-request-checks`: nothing is checked, and patterns are not looked at.
    let isEnabled: Bool
    init(resolver: SchemaResolver, isEnabled: Bool) {
        self.resolver = resolver
        self.isEnabled = isEnabled
    }

    static let numberTypes: Set = ["Int", "Int32", "Int64", "Double", "Float"]

    /// A schema referenced from many places is walked from each; what it warns about is said once
    /// (``DiagnosticCollector/warningOnce(_:at:)``), so the translator keeps no state of its own.
    func constraints(
        for schema: SchemaOrReference, type: SwiftType, diagnostics: inout DiagnosticCollector
    ) -> Constraints? {
        guard isEnabled else { return nil }
        return walk(schema, type, depth: 0, diagnostics: &diagnostics)
    }

    private func walk(
        _ schemaOrReference: SchemaOrReference, _ type: SwiftType, depth: Int, diagnostics: inout DiagnosticCollector
    ) -> Constraints? {
        guard depth < 16, let schema = resolver.resolved(schemaOrReference) else { return nil }
        let bounds = schema.bounds
        switch type {
        case .optional(let wrapped), .generic(.nullable, let wrapped), .generic(.indirect, let wrapped):
            return walk(schemaOrReference, wrapped, depth: depth, diagnostics: &diagnostics)
        case .array(let element):
            var result = Constraints(minItems: bounds.minItems, maxItems: bounds.maxItems)
            if let items = schema.items { result.items = walk(items, element, depth: depth + 1, diagnostics: &diagnostics) }
            return result.isEmpty ? nil : result
        case .dictionary(let value):
            guard case .schema(let values)? = schema.additionalProperties,
                  let items = walk(values, value, depth: depth + 1, diagnostics: &diagnostics) else { return nil }
            return Constraints(items: items)
        case .named("String"):
            var result = Constraints(minLength: bounds.minLength, maxLength: bounds.maxLength)
            if let pattern = bounds.pattern {
                if Self.isCheckable(pattern) {
                    result.pattern = pattern
                } else {
                    diagnostics.warningOnce(
                        "pattern '\(pattern)' cannot be checked (Swift's regular expressions do not accept it); requests are sent without checking it",
                        at: bounds.patternMark ?? schema.mark)
                }
            }
            return result.isEmpty ? nil : result
        case .named(let name) where Self.numberTypes.contains(name):
            var result = Constraints(minimum: bounds.minimum, maximum: bounds.maximum, multipleOf: bounds.multipleOf)
            // 3.0: a boolean that makes `minimum` exclusive; 3.1: the exclusive bound itself.
            if bounds.exclusiveMinimum { (result.exclusiveMinimum, result.minimum) = (bounds.minimum, nil) }
            if bounds.exclusiveMaximum { (result.exclusiveMaximum, result.maximum) = (bounds.maximum, nil) }
            if let value = bounds.exclusiveMinimumValue { result.exclusiveMinimum = value }
            if let value = bounds.exclusiveMaximumValue { result.exclusiveMaximum = value }
            if let range = Self.integerRanges[name] { dropBounds(outside: range, of: &result, schema, diagnostics: &diagnostics) }
            return result.isEmpty ? nil : result
        case .named:
            // A component that is only a string, a number or an array of them is a `typealias`: its checks are
            // those of the type it names (`Name = String` with `maxLength: 45`).
            guard case .reference = schemaOrReference, let target = aliasedType(schema) else { return nil }
            return walk(.schema(schema), target, depth: depth + 1, diagnostics: &diagnostics)
        case .generic:
            return nil
        }
    }

    /// The type a component's `typealias` names, where the translator declares one for a scalar
    /// (``TypeTranslator/scalarType(_:inForm:)``) or an array; `nil` where it declares a type of its own (enums,
    /// structs, `oneOf`s) or a map. Dates, bytes and booleans come back as such and carry no constraints.
    private func aliasedType(_ schema: Schema) -> SwiftType? {
        guard schema.enumValues?.isEmpty ?? true, schema.wrappedAllOfMember == nil, !OneOfTranslator.isOneOf(schema) else { return nil }
        guard schema.type == .array else { return TypeTranslator.scalarType(schema) }
        // Only the element's kind matters to the walk (an element that is itself an alias is one of these).
        return .array(schema.items.flatMap(resolver.resolved).flatMap(aliasedType) ?? .jsonValue)
    }

    /// The values of the integer types, as doubles: `Int64.max` (2^63 - 1) has no double, so the upper end is open.
    private static let integerRanges: [String: (lower: Double, upperBeyond: Double)] = [
        "Int": (-0x1p63, 0x1p63), "Int64": (-0x1p63, 0x1p63), "Int32": (-0x1p31, 0x1p31),
    ]

    /// A bound no value of the integer type can reach (`maximum: 9.223372036854776e+18`, which is 2^63, on
    /// an `Int`) says nothing a check could use: it is not checked, and the spec's author is told.
    private func dropBounds(
        outside range: (lower: Double, upperBeyond: Double), of constraints: inout Constraints, _ schema: Schema,
        diagnostics: inout DiagnosticCollector
    ) {
        let bounds: [(String, WritableKeyPath<Constraints, Double?>)] = [
            ("minimum", \.minimum), ("maximum", \.maximum), ("exclusiveMinimum", \.exclusiveMinimum),
            ("exclusiveMaximum", \.exclusiveMaximum),
        ]
        for (label, path) in bounds {
            guard let value = constraints[keyPath: path], value < range.lower || value >= range.upperBeyond else { continue }
            diagnostics.warningOnce("'\(label)' \(ConstantValue.numberLiteral(value)) is beyond the integer type's range; it is not checked", at: schema.mark)
            constraints[keyPath: path] = nil
        }
    }

    /// Whether the runtime can check the pattern: it uses Swift's `Regex`, as this does.
    static func isCheckable(_ pattern: String) -> Bool {
        (try? Regex(pattern)) != nil
    }

}

/// Decides, once every type is declared, which types check their values: the structs a request sends (as
/// an argument, or inside one) that hold constraints, directly or through another type, and the `oneOf`
/// enums a request sends with such a struct among their cases. Such a struct's property holding a
/// checking type gets an empty ``Constraints``, so that the check reaches inside it; response-only types
/// check nothing and get no conformance.
enum ConstraintPlanner {
    /// What the planner needs of a declared type: the types its values hold (a struct's properties, an
    /// enum's cases), and for structs whether a property carries constraints of its own.
    private struct Node {
        var children: [SwiftType]
        var constrainsItself: Bool
    }

    static func plan(_ types: inout [TypeDeclaration], _ client: inout ClientDeclaration) {
        var nodes: [String: Node] = [:]
        collect(types, prefix: "", into: &nodes)
        let sent = reachable(from: client.operations.flatMap { $0.arguments.map(\.type) }, nodes)
        // A type checks when one of its values does, which may be through another type: until nothing changes.
        var checking = Set<String>()
        var changed = true
        while changed {
            changed = false
            for name in sent.sorted() where !checking.contains(name) {
                let node = nodes[name]!
                if node.constrainsItself || node.children.contains(where: { holds($0, checking, scope: name, nodes) }) {
                    checking.insert(name)
                    changed = true
                }
            }
        }
        rewrite(&types, prefix: "", checking: checking, nodes: nodes)
        for index in client.operations.indices {
            for argument in client.operations[index].arguments.indices where client.operations[index].arguments[argument].constraints == nil {
                if holds(client.operations[index].arguments[argument].type, checking, scope: "", nodes) {
                    client.operations[index].arguments[argument].constraints = Constraints.none
                }
            }
        }
    }

    private static func collect(_ types: [TypeDeclaration], prefix: String, into nodes: inout [String: Node]) {
        for type in types {
            switch type {
            case .structure(let declaration):
                nodes[prefix + declaration.name] = Node(
                    children: declaration.properties.map(\.type), constrainsItself: declaration.properties.contains { $0.constraints != nil })
                collect(declaration.nestedTypes, prefix: prefix + declaration.name + ".", into: &nodes)
            case .oneOf(let declaration):
                nodes[prefix + declaration.name] = Node(children: declaration.cases.map(\.type), constrainsItself: false)
                collect(declaration.nestedTypes, prefix: prefix + declaration.name + ".", into: &nodes)
            case .openEnum, .alias:
                continue
            }
        }
    }

    /// Every struct or enum a value of these types may hold, by qualified name.
    private static func reachable(from roots: [SwiftType], _ nodes: [String: Node]) -> Set<String> {
        var seen = Set<String>()
        var stack = roots.compactMap { typeName($0, scope: "", nodes) }
        while let name = stack.popLast() {
            guard seen.insert(name).inserted, let node = nodes[name] else { continue }
            stack += node.children.compactMap { typeName($0, scope: name, nodes) }
        }
        return seen
    }

    private static func rewrite(_ types: inout [TypeDeclaration], prefix: String, checking: Set<String>, nodes: [String: Node]) {
        for index in types.indices {
            switch types[index] {
            case .structure(var declaration):
                let name = prefix + declaration.name
                for property in declaration.properties.indices {
                    if !checking.contains(name) {
                        declaration.properties[property].constraints = nil
                    } else if declaration.properties[property].constraints == nil,
                              holds(declaration.properties[property].type, checking, scope: name, nodes) {
                        declaration.properties[property].constraints = Constraints.none
                    }
                }
                rewrite(&declaration.nestedTypes, prefix: name + ".", checking: checking, nodes: nodes)
                types[index] = .structure(declaration)
            case .oneOf(var declaration):
                let name = prefix + declaration.name
                declaration.checkedCases = checking.contains(name)
                    ? declaration.cases.filter { holds($0.type, checking, scope: name, nodes) }.map(\.name) : []
                rewrite(&declaration.nestedTypes, prefix: name + ".", checking: checking, nodes: nodes)
                types[index] = .oneOf(declaration)
            case .openEnum, .alias:
                continue
            }
        }
    }

    private static func holds(_ type: SwiftType, _ checking: Set<String>, scope: String, _ nodes: [String: Node]) -> Bool {
        typeName(type, scope: scope, nodes).map(checking.contains) ?? false
    }

    /// The struct or enum a type holds (through optionals, containers, `Nullable`), qualified as Swift
    /// finds it from `scope`: nested types first, then outward.
    private static func typeName(_ type: SwiftType, scope: String, _ nodes: [String: Node]) -> String? {
        switch type {
        case .named(let name):
            var current: Substring? = scope.isEmpty ? nil : scope[...]
            while let enclosing = current {
                if nodes["\(enclosing).\(name)"] != nil { return "\(enclosing).\(name)" }
                current = enclosing.lastIndex(of: ".").map { enclosing[..<$0] }
            }
            return nodes[name] != nil ? name : nil
        case .optional(let inner), .array(let inner), .dictionary(let inner), .generic(.nullable, let inner), .generic(.indirect, let inner):
            return typeName(inner, scope: scope, nodes)
        case .generic:
            return nil
        }
    }
}
