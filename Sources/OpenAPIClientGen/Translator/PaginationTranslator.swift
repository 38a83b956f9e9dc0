/// Recognises token-paged list operations: a query parameter such as `paginationToken`, and a
/// response object with an array of items (`data`) and a `pagination` object holding `next`.
extension TypeTranslator {
    static let tokenParameterNames: Set<String> = ["paginationToken", "pagination_token", "page_token", "pageToken"]

    mutating func pagination(
        for declaration: OperationDeclaration, operation: Operation, parameters: [Parameter], functionNames: inout Set<String>
    ) -> OperationDeclaration.Pagination? {
        guard let tokenParameter = parameters.first(where: { $0.location == .query && Self.tokenParameterNames.contains($0.name) }),
              let tokenIndex = declaration.query.firstIndex(where: { $0.wireName == tokenParameter.name }),
              case .named? = declaration.returnType,
              let response = successSchema(operation), let page = resolveObject(response)
        else { return nil }

        // The items: the page's only array property (`data`, `backups`, …).
        let arrays = page.properties.compactMap { name, schema -> (String, SchemaOrReference)? in
            guard let resolved = resolveObject(schema) ?? inlineOrResolved(schema), resolved.type == .array,
                  let items = resolved.items else { return nil }
            return (name, items)
        }
        guard arrays.count == 1, let (itemsName, itemSchema) = arrays.first else { return nil }

        // The next token: `pagination.next` (or a top-level `next`/`next_token`).
        var nextPath: String?
        for (name, schema) in page.properties {
            if let object = resolveObject(schema), let next = object.properties["next"] {
                let tail = object.isRequired("next") || !isNullable(next) ? "" : "?.wrapped"
                nextPath = access(name, in: page) + ".next" + tail
            }
        }
        if nextPath == nil, let name = ["next", "next_token", "nextToken"].first(where: { page.properties[$0] != nil }) {
            nextPath = SafeNameGenerator.memberName(name)
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
            tokenArgument: declaration.query[tokenIndex].expression,
            itemsProperty: String(access(itemsName, in: page).trimmingSuffix("?")),
            itemsAreOptional: !page.isRequired(itemsName) || isNullable(page.properties[itemsName]!),
            nextTokenPath: nextPath)
    }

    /// A property of the page as an optional chain: `pagination`, `pagination?`, or `pagination?.wrapped?`
    /// for a `Nullable` one.
    private func access(_ name: String, in page: Schema) -> String {
        let member = SafeNameGenerator.memberName(name)
        let nullable = page.properties[name].map(isNullable) ?? false
        switch (page.isRequired(name), nullable) {
        case (true, false): return member
        case (false, true): return member + "?.wrapped?"
        default: return member + "?"
        }
    }

    private func successSchema(_ operation: Operation) -> SchemaOrReference? {
        for code in operation.responses.keys.filter({ $0.hasPrefix("2") }).sorted() {
            guard let item = operation.responses[code], let response = document.components.responses.resolve(item),
                  let (_, media) = Self.jsonContent(response.content) else { continue }
            return media.schema
        }
        return nil
    }

    /// The object schema behind a schema or reference, if it is one with properties.
    private func resolveObject(_ schema: SchemaOrReference) -> Schema? {
        guard let resolved = inlineOrResolved(schema), !resolved.properties.isEmpty else { return nil }
        return resolved
    }

    private func inlineOrResolved(_ schema: SchemaOrReference) -> Schema? {
        switch schema {
        case .schema(let inline): inline
        case .reference(let reference): resolve(reference)
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }
}
