/// `oneOf` and `anyOf` become enums with associated values. With a discriminator, its property picks
/// the case (the `mapping`, or else the schema's name); without one, the first alternative that
/// decodes wins. Either way a value that fits no case is kept in `unrecognized`, never fatal.
///
/// Inputs: the schema, the enum's name, and the schema translator that types (and declares) each
/// alternative; output: the declaration, and warnings into the sink it is given.
enum OneOfTranslator {
    static func isOneOf(_ schema: Schema) -> Bool {
        schema.properties.isEmpty && (!schema.oneOf.isEmpty || !schema.anyOf.isEmpty)
    }

    static func declaration(
        for schema: Schema, named name: String, schemas: inout TypeTranslator, diagnostics: inout DiagnosticCollector
    ) -> OneOfDeclaration {
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        var declaration = OneOfDeclaration(
            name: name, documentation: TypeTranslator.documentation(schema), deprecated: schema.deprecated, cases: [],
            discriminator: schema.discriminator?.propertyName)
        var caseNames: Set<String> = ["unrecognized"]
        var nestedNames = schemas.names.nestedScope(inside: name)
        for (index, alternative) in alternatives.enumerated() {
            var values: [String] = []
            if let discriminator = schema.discriminator, case .reference(let reference) = alternative {
                values = discriminator.mapping.filter { $0.reference.name == reference.name }.map(\.value)
                if values.isEmpty { values = [reference.name] }  // Implicit mapping: the schema's own name.
            }
            // Cases read like the discriminator's values (`.onDemand`), else like the alternatives.
            let label = values.first.flatMap { SafeNameGenerator.splitWords($0).isEmpty ? nil : $0 } ?? caseLabel(alternative, index: index, componentTypeNames: schemas.componentTypeNames)
            let nestedName = TypeNameRegistry.nestedName(for: label, in: &nestedNames)
            let type = schemas.type(for: alternative, suggestedName: nestedName, nested: &declaration.nestedTypes, diagnostics: &diagnostics)
            declaration.cases.append(.init(
                name: SafeNameGenerator.unique(SafeNameGenerator.memberName(label), in: &caseNames),
                type: type, discriminatorValues: values))
        }
        if schema.discriminator != nil, alternatives.contains(where: { if case .schema = $0 { true } else { false } }) {
            diagnostics.warning("a discriminator selects only alternatives given as $ref; inline ones in '\(name)' are tried in order", at: schema.mark)
        }
        return declaration
    }

    /// A name for an alternative: its title, the schema it references, or its type.
    private static func caseLabel(_ alternative: SchemaOrReference, index: Int, componentTypeNames: [String: String]) -> String {
        switch alternative {
        case .reference(let reference):
            return componentTypeNames[reference.name] ?? reference.name
        case .schema(let inline):
            if let title = inline.title, !SafeNameGenerator.splitWords(title).isEmpty { return title }
            switch inline.type {
            case .string: return inline.format == "date-time" ? "date" : "string"
            case .integer: return "integer"
            case .number: return "number"
            case .boolean: return "bool"
            case .array: return "array"
            case .object, nil: return "variant\(index + 1)"
            }
        }
    }
}
