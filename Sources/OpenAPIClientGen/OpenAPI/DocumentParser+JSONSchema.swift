/// The JSON Schema 2020-12 keywords of OpenAPI 3.1 and 3.2 schemas: those that shape Swift types are
/// read into ``Schema``; those that shape types Swift cannot say get a warning and a fallback.
extension DocumentParser {
    static let schemaKeys31 = schemaKeys.union([
        "const", "examples", "contentEncoding", "contentMediaType", "contentSchema", "$defs", "$schema", "$id",
        "$anchor", "$comment", "$dynamicAnchor", "$dynamicRef", "prefixItems", "if", "then", "else", "dependentSchemas",
        "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "patternProperties", "propertyNames",
        "contains", "minContains", "maxContains",
    ])

    /// A 3.1 `type`, a name or a list of names: `"null"` makes the schema nullable; the other names are
    /// returned, so that several of them can become a one-of once the rest of the schema is read.
    mutating func readTypes(_ node: YAMLNode?, into schema: inout Schema) -> [Schema.Kind] {
        guard let node else { return [] }
        let names: [(String, Mark)]
        if let items = node.sequence {
            names = items.compactMap { item in reader.string(item, "an entry of 'type'").map { ($0, item.mark) } }
        } else {
            names = reader.string(node, "'type'").map { [($0, node.mark)] } ?? []
        }
        var kinds: [Schema.Kind] = []
        for (name, mark) in names {
            if name == "null" {
                schema.nullable = true
            } else if let kind = Schema.Kind(rawValue: name) {
                if !kinds.contains(kind) { kinds.append(kind) }
            } else {
                let expected = Schema.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.diagnostics.error("unknown type '\(name)'; expected one of \(expected), null", at: mark)
            }
        }
        schema.type = kinds.count == 1 ? kinds[0] : nil
        return kinds
    }

    /// The numeric `exclusiveMinimum` / `exclusiveMaximum` of 3.1; the 3.0 booleans still mean what they did.
    mutating func readExclusiveBounds(_ fields: [String: YAMLNode], into bounds: inout Schema.Bounds) {
        for (key, isMinimum) in [("exclusiveMinimum", true), ("exclusiveMaximum", false)] {
            guard let node = fields[key] else { continue }
            if case .bool(let flag) = JSONValue(node) {
                reader.diagnostics.warning("in OpenAPI 3.1 '\(key)' is the bound itself, a number; the 3.0 form '\(flag)' is read as 3.0 reads it", at: node.mark)
                if isMinimum { bounds.exclusiveMinimum = flag } else { bounds.exclusiveMaximum = flag }
                continue
            }
            guard let value = reader.number(node, "'\(key)'") else { continue }
            if isMinimum { bounds.exclusiveMinimumValue = value } else { bounds.exclusiveMaximumValue = value }
        }
    }

    mutating func readJSONSchemaKeywords(_ fields: [String: YAMLNode], types: [Schema.Kind], into schema: inout Schema) {
        if let node = fields["const"] {
            let value = JSONValue(node)
            schema.constValue = value
            if schema.type == nil && types.isEmpty { schema.type = Self.kind(of: value) }
            // A string or integer constant is a one-value enumeration, closed (see `TypeTranslator`).
            switch value {
            case .string, .integer: schema.enumValues = [value]
            default: break
            }
        }
        schema.examples = reader.sequence(fields["examples"], "'examples'").map(Example.init)
        schema.contentMediaType = reader.string(fields["contentMediaType"], "'contentMediaType'")
        if let node = fields["contentEncoding"], let encoding = reader.string(node, "'contentEncoding'") {
            schema.contentEncoding = encoding
            if encoding.lowercased() != "base64" {
                reader.diagnostics.warning("contentEncoding '\(encoding)' is not decoded; the value stays a String", at: node.mark)
            }
        }
        schema.contentSchema = fields["contentSchema"].flatMap { self.schema($0) }
        warnAboutUnsupportedKeywords(fields, into: &schema)
        if types.count > 1 { splitTypes(types, of: &schema) }
        foldNullAlternatives(of: &schema)
    }

    private static func kind(of value: JSONValue) -> Schema.Kind? {
        switch value {
        case .string: .string
        case .integer: .integer
        case .number: .number
        case .bool: .boolean
        case .array: .array
        case .object: .object
        case .null: nil
        }
    }

    /// Each keyword here constrains a shape Swift's types cannot state; it is named in a warning, and
    /// the schema falls back to the closest type.
    private mutating func warnAboutUnsupportedKeywords(_ fields: [String: YAMLNode], into schema: inout Schema) {
        if let node = fields["prefixItems"] {
            reader.diagnostics.warning("'prefixItems' (tuples) is not supported; the array's elements are read as any JSON value", at: node.mark)
            schema.items = nil
        }
        if let node = fields["if"] ?? fields["then"] ?? fields["else"] {
            reader.diagnostics.warning("'if'/'then'/'else' is not supported; the schema is read without the condition, and keys its branches add are kept", at: node.mark)
            keepUndeclaredKeys(&schema)
        }
        if let node = fields["dependentSchemas"] {
            reader.diagnostics.warning("'dependentSchemas' is not supported; the object is read without them, and keys they add are kept", at: node.mark)
            keepUndeclaredKeys(&schema)
        }
        if let node = fields["patternProperties"] {
            let patterns = reader.entries(node, "'patternProperties'")
            reader.diagnostics.warning("'patternProperties' is not supported; keys matching the patterns are kept as additional properties", at: node.mark)
            if schema.additionalProperties == nil {
                if patterns.count == 1, let values = self.schema(patterns[0].value) {
                    schema.additionalProperties = .schema(values)
                } else {
                    schema.additionalProperties = .allowed(true)
                }
            }
        }
        if let node = fields["unevaluatedProperties"] {
            reader.diagnostics.warning("'unevaluatedProperties' is not supported; it is read as 'additionalProperties'", at: node.mark)
            if schema.additionalProperties == nil {
                if case .bool(let allowed) = JSONValue(node) {
                    schema.additionalProperties = .allowed(allowed)
                } else if let values = self.schema(node) {
                    schema.additionalProperties = .schema(values)
                }
            }
        }
        if let node = fields["$dynamicRef"] {
            reader.diagnostics.warning("'$dynamicRef' is not supported; the value is read as any JSON value", at: node.mark)
            var fallback = Schema(mark: schema.mark)
            fallback.description = schema.description
            fallback.nullable = schema.nullable
            schema = fallback
        }
    }

    /// Conditional subschemas may add properties; an object keeps them rather than dropping them.
    private func keepUndeclaredKeys(_ schema: inout Schema) {
        if !schema.properties.isEmpty, schema.additionalProperties == nil { schema.additionalProperties = .allowed(true) }
    }

    /// `type: [string, integer]`: a one-of of the primitives, each with the keywords that apply to it.
    private func splitTypes(_ types: [Schema.Kind], of schema: inout Schema) {
        schema.oneOf = types.map { kind in
            var alternative = Schema(mark: schema.mark)
            alternative.type = kind
            switch kind {
            case .string, .integer, .number:
                alternative.format = schema.format
                alternative.contentEncoding = schema.contentEncoding
            case .array:
                alternative.items = schema.items
            case .object:
                alternative.properties = schema.properties
                alternative.required = schema.required
                alternative.additionalProperties = schema.additionalProperties
            case .boolean:
                break
            }
            return .schema(alternative)
        }
        schema.type = nil
        schema.format = nil
        schema.items = nil
        schema.properties = OrderedMap()
        schema.required = []
        schema.additionalProperties = nil
    }

    /// `anyOf`/`oneOf` with a `{type: "null"}` branch: the branch makes the schema nullable, and a
    /// single remaining branch is the schema itself (a `$ref` through a one-member `allOf`).
    private func foldNullAlternatives(of schema: inout Schema) {
        let (oneOf, oneOfHadNull) = Self.removingNull(schema.oneOf)
        let (anyOf, anyOfHadNull) = Self.removingNull(schema.anyOf)
        guard oneOfHadNull || anyOfHadNull else { return }
        schema.nullable = true
        (schema.oneOf, schema.anyOf) = (oneOf, anyOf)
        let remaining = oneOf + anyOf
        guard remaining.count == 1, oneOf.isEmpty || anyOf.isEmpty, schema.properties.isEmpty, schema.allOf.isEmpty, schema.type == nil else { return }
        (schema.oneOf, schema.anyOf) = ([], [])
        switch remaining[0] {
        case .reference:
            schema.allOf = remaining
        case .schema(var inner):
            // The branch is the type; the outer schema's documentation wins.
            inner.nullable = true
            inner.description = schema.description ?? inner.description
            inner.title = schema.title ?? inner.title
            inner.deprecated = schema.deprecated || inner.deprecated
            inner.readOnly = schema.readOnly || inner.readOnly
            inner.writeOnly = schema.writeOnly || inner.writeOnly
            inner.example = schema.example ?? inner.example
            inner.examples = schema.examples + inner.examples
            inner.defaultValue = schema.defaultValue ?? inner.defaultValue
            schema = inner
        }
    }

    private static func removingNull(_ alternatives: [SchemaOrReference]) -> ([SchemaOrReference], Bool) {
        let kept = alternatives.filter { alternative in
            guard case .schema(let inline) = alternative else { return true }
            return !isNullOnly(inline)
        }
        return (kept, kept.count != alternatives.count)
    }

    /// `{type: "null"}` or `{const: null}`, and nothing that would give the branch another shape.
    private static func isNullOnly(_ schema: Schema) -> Bool {
        let isNull = (schema.type == nil && schema.nullable) || schema.constValue == .null
        return isNull && schema.properties.isEmpty && schema.items == nil && schema.allOf.isEmpty && schema.oneOf.isEmpty
            && schema.anyOf.isEmpty && schema.enumValues == nil && schema.additionalProperties == nil
    }
}
