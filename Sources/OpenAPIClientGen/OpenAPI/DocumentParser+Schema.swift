extension DocumentParser {
    static let schemaKeys: Set = [
        "type", "format", "title", "description", "properties", "required", "items", "enum", "nullable",
        "deprecated", "readOnly", "writeOnly", "default", "example", "additionalProperties", "allOf", "oneOf",
        "anyOf", "not", "discriminator", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "externalDocs", "xml", "$ref",
    ]

    /// Beside a 3.1 `$ref`: annotations, and `$defs`, which the parser files among the schemas.
    static let refSiblings31: Set = ["description", "summary", "$defs", "$comment", "$id", "$schema", "$anchor", "title"]

    /// Reads a schema or a `$ref` to one; `nil` after reporting an error.
    mutating func schema(_ node: YAMLNode) -> SchemaOrReference? {
        if node["$ref"] != nil {
            if let siblings = node.mapping, siblings.count > 1 {
                // OpenAPI 3.0 ignores a $ref's siblings; say so rather than drop them quietly.
                let kept: Set = version >= .v3_1 ? Self.refSiblings31 : ["description", "summary"]
                let ignored = siblings.compactMap(\.key.scalar?.value).filter { $0 != "$ref" && !kept.contains($0) && !$0.hasPrefix("x-") }
                if !ignored.isEmpty {
                    reader.diagnostics.warning("keys beside '$ref' are ignored: \(ignored.joined(separator: ", "))", at: node.mark)
                }
            }
            return reference(node).map(SchemaOrReference.reference)
        }
        let known = version >= .v3_1 ? Self.schemaKeys31 : Self.schemaKeys
        guard let fields = reader.object(node, "a schema", known: known) else { return nil }
        var schema = Schema(mark: node.mark)
        var types: [Schema.Kind] = []
        if version >= .v3_1 {
            types = readTypes(fields["type"], into: &schema)
        } else {
            readType(fields["type"], into: &schema)
        }
        schema.format = reader.string(fields["format"], "'format'")
        schema.title = reader.string(fields["title"], "'title'")
        schema.description = reader.string(fields["description"], "'description'")
        schema.nullable = reader.bool(fields["nullable"], "'nullable'") ?? schema.nullable
        if version >= .v3_1, let nullable = fields["nullable"] {
            reader.diagnostics.warning("'nullable' is not part of OpenAPI 3.1; write the type as a list with \"null\" (type: [string, \"null\"]); it is honoured here", at: nullable.mark)
        }
        schema.deprecated = reader.bool(fields["deprecated"], "'deprecated'") ?? false
        schema.readOnly = reader.bool(fields["readOnly"], "'readOnly'") ?? false
        schema.writeOnly = reader.bool(fields["writeOnly"], "'writeOnly'") ?? false
        schema.defaultValue = fields["default"].map(JSONValue.init)
        schema.example = fields["example"].map(Example.init)
        if let values = fields["enum"] {
            schema.enumValues = reader.sequence(values, "'enum'").map(JSONValue.init)
        } else if let values = fields["x-enum"] {
            schema.enumValues = reader.sequence(values, "'x-enum'").map(JSONValue.init)
            schema.enumIsExtension = true
        }
        if let properties = fields["properties"] {
            for (name, _, value) in reader.entries(properties, "'properties'") {
                schema.properties[name] = self.schema(value)
            }
        }
        // Checked against the schema as merged (an `allOf` member may require another member's property),
        // which only the translator sees: TypeTranslator.structDeclaration.
        schema.required = reader.strings(fields["required"], "'required'").map { (name: $0.value, mark: $0.mark) }
        schema.items = fields["items"].flatMap { self.schema($0) }
        if schema.type == .array && fields["items"] == nil && fields["prefixItems"] == nil {
            reader.diagnostics.warning("an array schema without 'items'; its elements are read as any JSON value", at: node.mark)
        }
        if let additional = fields["additionalProperties"] {
            if case .bool(let allowed) = JSONValue(additional) {
                schema.additionalProperties = .allowed(allowed)
            } else if let inner = self.schema(additional) {
                schema.additionalProperties = .schema(inner)
            }
        }
        schema.allOf = schemaList(fields["allOf"], "'allOf'")
        schema.oneOf = schemaList(fields["oneOf"], "'oneOf'")
        schema.anyOf = schemaList(fields["anyOf"], "'anyOf'")
        schema.not = fields["not"].flatMap { self.schema($0) }
        if let discriminator = fields["discriminator"] {
            schema.discriminator = self.discriminator(discriminator)
        }
        readBounds(fields, into: &schema.bounds)
        if version >= .v3_1 { readJSONSchemaKeywords(fields, types: types, into: &schema) }
        return .schema(schema)
    }

    private mutating func readType(_ node: YAMLNode?, into schema: inout Schema) {
        guard let node else { return }
        // OpenAPI 3.1 spells nullable types as a list; accept `[T, "null"]` too.
        var names: [(String, Mark)] = []
        if let items = node.sequence {
            names = items.compactMap { item in reader.string(item, "an entry of 'type'").map { ($0, item.mark) } }
        } else if let name = reader.string(node, "'type'") {
            names = [(name, node.mark)]
        }
        for (name, mark) in names {
            if name == "null" {
                schema.nullable = true
            } else if let kind = Schema.Kind(rawValue: name) {
                if schema.type != nil {
                    reader.diagnostics.warning("several types in one schema are not supported; using '\(schema.type!.rawValue)'", at: mark)
                } else {
                    schema.type = kind
                }
            } else {
                let expected = Schema.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.diagnostics.error("unknown type '\(name)'; expected one of \(expected)", at: mark)
            }
        }
    }

    mutating func schemaList(_ node: YAMLNode?, _ what: String) -> [SchemaOrReference] {
        reader.sequence(node, what).compactMap { schema($0) }
    }

    private mutating func discriminator(_ node: YAMLNode) -> Schema.Discriminator? {
        guard let fields = reader.object(node, "a discriminator", known: ["propertyName", "mapping"]) else { return nil }
        guard let propertyName = reader.string(fields["propertyName"], "'propertyName'") else {
            reader.diagnostics.error("a discriminator needs a 'propertyName'", at: node.mark)
            return nil
        }
        var mapping: [(String, Reference)] = []
        if let mappingNode = fields["mapping"] {
            for (value, _, target) in reader.entries(mappingNode, "the discriminator's 'mapping'") {
                guard let text = reader.string(target, "a discriminator mapping") else { continue }
                // A mapping value is a $ref pointer or a bare schema name.
                let pointer = text.hasPrefix("#/") ? text : "#/components/schemas/\(text)"
                mapping.append((value, Reference(pointer: pointer, mark: target.mark)))
            }
        }
        return Schema.Discriminator(propertyName: propertyName, mapping: mapping)
    }

    mutating func readBounds(_ fields: [String: YAMLNode], into bounds: inout Schema.Bounds) {
        bounds.minimum = reader.number(fields["minimum"], "'minimum'")
        bounds.maximum = reader.number(fields["maximum"], "'maximum'")
        if version >= .v3_1 {
            readExclusiveBounds(fields, into: &bounds)
        } else {
            bounds.exclusiveMinimum = reader.bool(fields["exclusiveMinimum"], "'exclusiveMinimum'") ?? false
            bounds.exclusiveMaximum = reader.bool(fields["exclusiveMaximum"], "'exclusiveMaximum'") ?? false
        }
        bounds.multipleOf = reader.number(fields["multipleOf"], "'multipleOf'")
        bounds.minLength = reader.integer(fields["minLength"], "'minLength'")
        bounds.maxLength = reader.integer(fields["maxLength"], "'maxLength'")
        bounds.pattern = reader.string(fields["pattern"], "'pattern'")
        bounds.patternMark = fields["pattern"]?.mark
        bounds.minItems = reader.integer(fields["minItems"], "'minItems'")
        bounds.maxItems = reader.integer(fields["maxItems"], "'maxItems'")
        bounds.uniqueItems = reader.bool(fields["uniqueItems"], "'uniqueItems'") ?? false
        bounds.minProperties = reader.integer(fields["minProperties"], "'minProperties'")
        bounds.maxProperties = reader.integer(fields["maxProperties"], "'maxProperties'")
    }
}
