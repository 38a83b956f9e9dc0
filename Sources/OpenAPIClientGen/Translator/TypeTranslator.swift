/// Translates schemas into Swift types: structs for objects, open enums for enumerations,
/// aliases for everything that maps onto an existing type.
///
/// What a place decides about a type comes in as a ``TypeContext``; the declarations a type needs come
/// back to the caller (`nested`, or the result); warnings go to the `diagnostics` sink each call is given.
/// Its own state is what naming needs across calls: the top-level names handed out so far.
struct TypeTranslator {
    let document: OpenAPIDocument
    /// The generated types' names: components' decided up front, top-level ones handed out once each.
    var names: TypeNameRegistry
    /// Component schema name → Swift type name.
    var componentTypeNames: [String: String] { names.componentNames }
    /// The constraints requests check, per property and argument.
    let constraints: ConstraintTranslator

    init(document: OpenAPIDocument, reservedNames: Set<String>, checksRequests: Bool = true) {
        self.document = document
        constraints = ConstraintTranslator(resolver: SchemaResolver(schemas: document.components.schemas), isEnabled: checksRequests)
        names = TypeNameRegistry(componentSchemas: document.components.schemas.keys, version: document.version, reservedNames: reservedNames)
    }

    /// One declaration per component schema, sorted by Swift name for stable, diff-friendly output.
    mutating func translateComponents(diagnostics: inout DiagnosticCollector) -> [TypeDeclaration] {
        let forms = formComponents()
        var result: [TypeDeclaration] = []
        for (name, schema) in document.components.schemas {
            let swiftName = componentTypeNames[name]!
            switch schema {
            case .reference:
                let target = type(for: schema, suggestedName: swiftName, nested: &result, diagnostics: &diagnostics)
                result.append(.alias(AliasDeclaration(name: swiftName, target: target)))
            case .schema(let schema):
                result += declarations(for: schema, named: swiftName, sentAsForm: forms.contains(swiftName), diagnostics: &diagnostics)
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    /// The Swift names of the components some operation sends as a form body (multipart, URL-encoded):
    /// their structs get `FormEncodable`, and their `format: binary` properties are ``MultipartFile``s.
    func formComponents() -> Set<String> {
        var forms: Set<String> = []
        for operation in document.operations {
            guard let item = operation.requestBody, let body = document.components.requestBodies.resolve(item),
                  let (_, media, encoding) = Self.requestContent(body.content),
                  encoding == .multipart || encoding == .urlEncodedForm,
                  case .reference(let reference)? = media.schema, let name = componentTypeNames[reference.name] else { continue }
            forms.insert(name)
        }
        return forms
    }

    /// The top-level declarations for a schema that needs a name of its own (a component, an inline body):
    /// its own first, then those an alias needs beside it (the element type of `[PrometheusTargetsItem]`).
    /// `sentAsForm`: a struct here is a form body (see ``formComponents()``).
    mutating func declarations(
        for schema: Schema, named name: String, sentAsForm: Bool = false, diagnostics: inout DiagnosticCollector
    ) -> [TypeDeclaration] {
        if let member = declaredWrappedMember(schema) {
            return declarations(for: member, named: name, sentAsForm: sentAsForm, diagnostics: &diagnostics)
        }
        let documentation = Self.documentation(schema)
        if let values = schema.enumValues, !values.isEmpty, let declaration = enumDeclaration(schema, values, named: name, diagnostics: &diagnostics) {
            return [.openEnum(declaration)]
        }
        if needsStruct(schema) {
            return [.structure(structDeclaration(for: schema, named: name, sentAsForm: sentAsForm, diagnostics: &diagnostics))]
        }
        if OneOfTranslator.isOneOf(schema) {
            return [.oneOf(OneOfTranslator.declaration(for: schema, named: name, schemas: &self, diagnostics: &diagnostics))]
        }
        var companions: [TypeDeclaration] = []
        let target = type(for: .schema(schema), suggestedName: name, nested: &companions, context: .aliasTarget, diagnostics: &diagnostics)
        names.reserveTopLevel(companions.map(\.name))
        return [.alias(AliasDeclaration(name: name, documentation: documentation, deprecated: schema.deprecated, target: target))] + companions
    }

    /// The inline struct, enum or `oneOf` a schema only wraps (`allOf: [{type: object, …}]`), with the wrapper's
    /// description and deprecation: it is declared under the wrapper's name, which an alias to it would take.
    func declaredWrappedMember(_ schema: Schema) -> Schema? {
        guard case .schema(var member)? = schema.wrappedAllOfMember,
              needsStruct(member) || !(member.enumValues ?? []).isEmpty || OneOfTranslator.isOneOf(member) else { return nil }
        if Self.documentation(schema) != nil {
            (member.description, member.title) = (schema.description, schema.title)
        }
        member.deprecated = member.deprecated || schema.deprecated
        return member
    }

    /// The Swift type for a schema in some context; inline enums and objects become declarations
    /// appended to `nested`, named `suggestedName`; `context` says what the place decides about the type.
    mutating func type(
        for schemaOrReference: SchemaOrReference, suggestedName: String, nested: inout [TypeDeclaration],
        context: TypeContext = .value, diagnostics: inout DiagnosticCollector
    ) -> SwiftType {
        let schema: Schema
        switch schemaOrReference {
        case .reference(let reference):
            if let name = componentTypeNames[reference.name], reference.pointer.hasPrefix("#/components/schemas/") {
                return .named(name)
            }
            return .jsonValue
        case .schema(let inline):
            schema = inline
        }
        if context.declaresInlineTypes, let values = schema.enumValues, !values.isEmpty,
           var declaration = enumDeclaration(schema, values, named: suggestedName, diagnostics: &diagnostics) {
            declaration.documentation = nil  // The property that holds it carries the description.
            nested.append(.openEnum(declaration))
            return .named(suggestedName)
        }
        if let member = schema.wrappedAllOfMember {
            return type(for: member, suggestedName: suggestedName, nested: &nested, context: context.beneath, diagnostics: &diagnostics)
        }
        if context.declaresInlineTypes, needsStruct(schema) {
            var declaration = structDeclaration(for: schema, named: suggestedName, diagnostics: &diagnostics)
            declaration.documentation = nil
            nested.append(.structure(declaration))
            return .named(suggestedName)
        }
        if OneOfTranslator.isOneOf(schema) {
            guard context.declaresInlineTypes else { return .jsonValue }
            var declaration = OneOfTranslator.declaration(for: schema, named: suggestedName, schemas: &self, diagnostics: &diagnostics)
            declaration.documentation = nil
            nested.append(.oneOf(declaration))
            return .named(suggestedName)
        }
        if schema.not != nil {
            diagnostics.warning("'not' is not supported; it is ignored", at: schema.mark)
        }
        if let scalar = Self.scalarType(schema, inForm: context.isFormField) {
            return scalar
        }
        switch schema.type {
        case .array:
            guard let items = schema.items else { return .array(.jsonValue) }
            let element = type(for: items, suggestedName: suggestedName + "Item", nested: &nested, context: context.beneath, diagnostics: &diagnostics)
            return .array(nullableElement(items, element))
        case .object, nil, .string, .integer, .number, .boolean:  // the last four are scalars, returned above
            if case .schema(let values)? = schema.additionalProperties {
                let value = type(
                    for: values, suggestedName: suggestedName + "Value", nested: &nested, context: context.beneath, diagnostics: &diagnostics)
                return .dictionary(nullableElement(values, value))
            }
            return schema.type == .object ? .jsonObject : .jsonValue
        }
    }

    /// Elements and map values that may be null (3.0 `nullable: true`, 3.1 `[T, "null"]`) are `T?`, so a
    /// `null` among them decodes.
    private func nullableElement(_ schema: SchemaOrReference, _ type: SwiftType) -> SwiftType {
        isNullable(schema) ? type.optional : type
    }

    /// The Swift type of a string, integer, number or boolean schema (`inForm`: a form field, where binary is a
    /// file); `nil` for arrays, objects and untyped schemas. Also what a component's `typealias` names, which
    /// ``ConstraintTranslator`` checks as this type.
    static func scalarType(_ schema: Schema, inForm: Bool = false) -> SwiftType? {
        switch schema.type {
        case .string: stringType(schema, inForm: inForm)
        case .integer: .named(schema.format == "int32" ? "Int32" : schema.format == "int64" ? "Int64" : "Int")
        case .number: .named(schema.format == "float" ? "Float" : "Double")
        case .boolean: .named("Bool")
        case .array, .object, nil: nil
        }
    }

    private static func stringType(_ schema: Schema, inForm: Bool) -> SwiftType {
        switch schema.format {
        case "date-time": .named("Date")
        case "binary": inForm ? .named("MultipartFile") : .named("Data")
        case "byte": .named("Data")
        // 3.1: base64 in the JSON, bytes in Swift, as `format: byte` is.
        default: schema.contentEncoding?.lowercased() == "base64" ? .named("Data") : .string
        }
    }

    /// Objects with properties (own or through `allOf`) become structs; maps and free-form objects do not.
    func needsStruct(_ schema: Schema) -> Bool {
        if schema.type != nil && schema.type != .object { return false }
        if !schema.properties.isEmpty { return true }
        return schema.allOf.count > 1 || (schema.allOf.count == 1 && !schema.properties.isEmpty)
    }

    static func documentation(_ schema: Schema) -> String? {
        var text = schema.description ?? schema.title
        if schema.constValue != nil || schema.contentMediaType != nil { text = documentingContent(schema, text) }
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// 3.1: the constant (`Always "dog".`) and the content's media type, after the description.
    private static func documentingContent(_ schema: Schema, _ text: String?) -> String? {
        var lines = text.map { [$0] } ?? []
        if let value = schema.constValue {
            lines.append("Always `\(value.jsonText ?? "null")`.")
        }
        if let mediaType = schema.contentMediaType {
            lines.append("Content: `\(mediaType)`\(schema.contentEncoding.map { ", \($0)-encoded" } ?? "").")
        }
        return lines.joined(separator: "\n\n")
    }
}
