/// Recognises token-paged list operations: a query parameter such as `paginationToken`, and a
/// response object with an array of items (`data`) and a `pagination` object holding `next`.
///
/// Inputs: the translated operation, its spec, the component schemas and their Swift names; output:
/// how to page it, or `nil`. It declares no types and reports nothing.
struct PaginationTranslator {
    static let tokenParameterNames: Set<String> = ["paginationToken", "pagination_token", "page_token", "pageToken"]

    let resolver: SchemaResolver
    let responses: OrderedMap<Referenceable<Response>>
    let componentTypeNames: [String: String]

    func pagination(
        for declaration: OperationDeclaration, operation: Operation, parameters: [Parameter], functionNames: inout Set<String>
    ) -> OperationDeclaration.Pagination? {
        guard let tokenParameter = parameters.first(where: { $0.location == .query && Self.tokenParameterNames.contains($0.name) }),
              let tokenField = declaration.query.first(where: { $0.wireName == tokenParameter.name }),
              case .argument(let tokenArgument) = tokenField.value,
              case .named? = declaration.returnType,
              let response = successSchema(operation), let page = resolveObject(response)
        else { return nil }

        // The items: the page's only array property (`data`, `backups`, …).
        let arrays = page.properties.compactMap { name, schema -> (String, SchemaOrReference)? in
            guard let resolved = resolver.resolved(schema), resolved.type == .array, let items = resolved.items else { return nil }
            return (name, items)
        }
        guard arrays.count == 1, let (itemsName, itemSchema) = arrays.first else { return nil }

        // The next token: `pagination.next` (or a top-level `next`/`next_token`).
        var nextPath: [OperationDeclaration.PropertyStep]?
        for (name, schema) in page.properties {
            if let object = resolveObject(schema), object.properties["next"] != nil {
                nextPath = [step(name, in: page), step("next", in: object)]
            }
        }
        if nextPath == nil, let name = ["next", "next_token", "nextToken"].first(where: { page.properties[$0] != nil }) {
            nextPath = [step(name, in: page)]
        }
        guard let nextPath else { return nil }

        // Items must be a named schema: an inline item type has no stable name to expose.
        guard case .reference(let itemReference) = itemSchema,
              let elementName = componentTypeNames[itemReference.name] else { return nil }
        let base = declaration.functionName.hasPrefix("list") ? String(declaration.functionName.dropFirst(4)) : ""
        let name = base.first?.isUppercase == true ? "all" + base : declaration.functionName + "Sequence"
        return OperationDeclaration.Pagination(
            sequenceName: SafeNameGenerator.unique(name, in: &functionNames),
            elementType: .named(elementName),
            tokenArgument: tokenArgument,
            items: step(itemsName, in: page),
            nextToken: nextPath)
    }

    /// A property of an object and how it may be missing: `T`, `T?`, or `Nullable<T>?`.
    private func step(_ name: String, in object: Schema) -> OperationDeclaration.PropertyStep {
        let nullable = object.properties[name].map(resolver.isNullable) ?? false
        let presence: OperationDeclaration.PropertyStep.Presence
        switch (object.isRequired(name), nullable) {
        case (true, false): presence = .always
        case (false, true): presence = .optionalNullable
        default: presence = .optional
        }
        return .init(name: SafeNameGenerator.memberName(name), presence: presence)
    }

    private func successSchema(_ operation: Operation) -> SchemaOrReference? {
        for code in operation.responses.keys.filter({ $0.hasPrefix("2") }).sorted() {
            guard let item = operation.responses[code], let response = responses.resolve(item),
                  let (_, media) = TypeTranslator.jsonContent(response.content) else { continue }
            return media.schema
        }
        return nil
    }

    /// The object schema behind a schema or reference, if it is one with properties.
    private func resolveObject(_ schema: SchemaOrReference) -> Schema? {
        guard let resolved = resolver.resolved(schema), !resolved.properties.isEmpty else { return nil }
        return resolved
    }
}
