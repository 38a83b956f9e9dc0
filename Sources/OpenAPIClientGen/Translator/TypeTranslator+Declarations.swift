extension TypeTranslator {
    /// An open enum for `enum` / `x-enum` values; `nil` (with a warning) for values it cannot name.
    func enumDeclaration(
        _ schema: Schema, _ values: [JSONValue], named name: String, diagnostics: inout DiagnosticCollector
    ) -> EnumDeclaration? {
        let values = values.filter { $0 != .null }
        var rawType: EnumDeclaration.RawType
        if values.allSatisfy({ if case .string = $0 { true } else { false } }) {
            rawType = .string
        } else if values.allSatisfy({ if case .integer = $0 { true } else { false } }) {
            rawType = .int
        } else if schema.type == .string, values.allSatisfy({ $0.scalarText != nil }) {
            rawType = .string  // `enum: [yes, 1.0]` on a string schema: YAML read them as other types.
        } else {
            diagnostics.warning("enum values of mixed or non-scalar types are not supported; '\(name)' uses the plain type", at: schema.mark)
            return nil
        }
        var taken: Set<String> = ["unrecognized", "rawValue", "hashValue", "allCases"]
        var seen = Set<String>()
        var cases: [EnumDeclaration.Case] = []
        for value in values {
            let text = value.scalarText!
            guard seen.insert(text).inserted else { continue }
            let caseName = SafeNameGenerator.unique(SafeNameGenerator.memberName(rawType == .int ? "value\(text)" : text), in: &taken)
            cases.append(EnumDeclaration.Case(name: caseName, rawValue: text))
        }
        return EnumDeclaration(
            name: name, documentation: Self.documentation(schema), deprecated: schema.deprecated,
            rawType: rawType, cases: cases, isClosed: schema.constValue != nil)
    }

    /// The struct for an object schema; `sentAsForm`: it is a form body, whose fields say how each is sent.
    mutating func structDeclaration(
        for schema: Schema, named name: String, sentAsForm isForm: Bool = false, diagnostics: inout DiagnosticCollector
    ) -> StructDeclaration {
        var declaration = StructDeclaration(name: name, documentation: Self.documentation(schema), deprecated: schema.deprecated)
        if isForm { declaration.formFields = [] }
        var properties = OrderedMap<SchemaOrReference>()
        var requiredEntries: [(name: String, mark: Mark)] = []
        var visited = Set<String>()
        collectProperties(of: schema, into: &properties, required: &requiredEntries, visited: &visited)
        // JSON Schema ignores a required name that no property declares; so do we, and say so.
        for entry in requiredEntries where properties[entry.name] == nil {
            diagnostics.warning("'required' names '\(entry.name)', which no property declares (here or in an allOf member); it is ignored", at: entry.mark)
        }
        let required = Set(requiredEntries.map(\.name))

        var memberNames: Set<String> = []
        var nestedNames = names.nestedScope(inside: name)
        for (wireName, property) in properties {
            let memberName = SafeNameGenerator.unique(SafeNameGenerator.memberName(wireName), in: &memberNames)
            // `_2fa` or `_65E5_672C` (a name without letters) is spelt alike as member and type: keep them apart.
            nestedNames.insert(memberName.trimmingBackticks)
            let nestedName = TypeNameRegistry.nestedName(for: wireName, in: &nestedNames)
            var type = self.type(
                for: property, suggestedName: nestedName, nested: &declaration.nestedTypes, context: .property(inForm: isForm),
                diagnostics: &diagnostics)
            let inline = inlineSchema(property)
            // Optional and nullable: absent, null and a value differ (`Nullable<T>?`). Required and
            // nullable: `T?` that encodes `nil` as an explicit null, since the key must be present.
            let nullable = isNullable(property)
            // A write-only property never comes back, so a response without it must still decode.
            let isRequired = required.contains(wireName) && inline?.writeOnly != true
            if nullable && !isRequired {
                type = .optional(.generic(.nullable, type.unwrapped))
            } else if nullable || !isRequired {
                type = type.optional
            }
            // 3.1: a `$ref`'s own description documents the property.
            let documentation = inline.flatMap(Self.propertyDocumentation) ?? Self.referenceDescription(property)
            declaration.properties.append(PropertyDeclaration(
                name: memberName, wireName: wireName, type: type,
                documentation: documentation, deprecated: inline?.deprecated ?? false,
                encodesExplicitNull: nullable && isRequired,
                constraints: constraints.constraints(for: property, type: type, diagnostics: &diagnostics)))
            if isForm { declaration.formFields?.append(formFieldKind(property)) }
        }
        // Extra keys the schema declares (`additionalProperties: true` or a schema) are kept, not dropped.
        let valueType: SwiftType?
        switch schema.additionalProperties {
        case .schema(let values)?:
            let nestedName = TypeNameRegistry.nestedName(for: "AdditionalProperty", in: &nestedNames)
            valueType = type(
                for: values, suggestedName: nestedName, nested: &declaration.nestedTypes, context: .property(inForm: isForm),
                diagnostics: &diagnostics)
        case .allowed(true)?:
            valueType = .jsonValue
        case .allowed(false)?, nil:
            valueType = nil
        }
        if let valueType {
            declaration.additionalProperties = .init(
                name: SafeNameGenerator.unique("additionalProperties", in: &memberNames), valueType: valueType)
        }
        return declaration
    }

    /// A property's description, with what `readOnly` / `writeOnly` mean for it.
    static func propertyDocumentation(_ schema: Schema) -> String? {
        let note = schema.readOnly ? "Read-only: set by the server; ignored in requests."
            : schema.writeOnly ? "Write-only: sent in requests, never returned." : nil
        return [documentation(schema), note].compactMap { $0 }.joined(separator: "\n\n").nilIfEmpty
    }

    static func referenceDescription(_ schema: SchemaOrReference) -> String? {
        guard case .reference(let reference) = schema else { return nil }
        return reference.description ?? reference.summary
    }

    /// How a property of a form body is sent: files as file parts, primitives (and arrays of them) as
    /// text, anything else as JSON, as OpenAPI's default content types for form parts have it.
    private func formFieldKind(_ property: SchemaOrReference) -> StructDeclaration.FormFieldKind {
        func resolved(_ schema: SchemaOrReference) -> Schema? {
            switch schema {
            case .schema(let inline): inline
            case .reference(let reference): resolve(reference)
            }
        }
        func isPrimitive(_ schema: Schema) -> Bool {
            [.string, .integer, .number, .boolean].contains(schema.type) && schema.format != "binary" && schema.format != "byte"
        }
        guard let schema = resolved(property) else { return .json }
        if schema.type == .string, schema.format == "binary" { return .file }
        if isPrimitive(schema) { return .text }
        if schema.type == .array, let items = schema.items.flatMap(resolved), isPrimitive(items) { return .text }
        return .json
    }

    /// Own properties plus those of every `allOf` member, recursively; cycles are cut.
    private func collectProperties(
        of schema: Schema, into properties: inout OrderedMap<SchemaOrReference>, required: inout [(name: String, mark: Mark)],
        visited: inout Set<String>
    ) {
        for member in schema.allOf {
            switch member {
            case .reference(let reference):
                guard visited.insert(reference.name).inserted, let target = resolve(reference) else { continue }
                collectProperties(of: target, into: &properties, required: &required, visited: &visited)
            case .schema(let inline):
                collectProperties(of: inline, into: &properties, required: &required, visited: &visited)
            }
        }
        for (name, property) in schema.properties { properties[name] = property }
        required += schema.required
    }

    var resolver: SchemaResolver { SchemaResolver(schemas: document.components.schemas) }

    /// The component schema a reference names, following aliases.
    func resolve(_ reference: Reference) -> Schema? {
        resolver.resolve(reference)
    }

    func isNullable(_ schema: SchemaOrReference) -> Bool {
        resolver.isNullable(schema)
    }

    private func inlineSchema(_ schema: SchemaOrReference) -> Schema? {
        if case .schema(let inline) = schema { return inline }
        return nil
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
