/// The request body an operation sends and the responses it documents, as the client sees them.
extension OperationTranslator {
    /// The request body as the client sends it: its media type (JSON first), how it is encoded, the
    /// argument's type (before optionality) and what is checked on it; `nil` when it cannot be sent.
    mutating func requestBody(
        _ bodyItem: Referenceable<RequestBody>, label: String, typePrefix: String, site: String, types: inout [TypeDeclaration],
        diagnostics: inout DiagnosticCollector
    ) -> (RequestBody, ContentType, OperationDeclaration.Body.Encoding, SwiftType, Constraints?)? {
        guard var body = schemas.document.components.requestBodies.resolve(bodyItem) else { return nil }
        if case .reference(let reference) = bodyItem, let text = reference.description { body.description = text }
        guard let (contentType, media, encoding) = TypeTranslator.requestContent(body.content).map({ (ContentType($0.0), $0.1, $0.2) }) else {
            let types = body.content.keys.joined(separator: ", ")
            diagnostics.warning("request bodies of type \(types) are not supported; skipping \(label)", at: body.mark)
            return nil
        }
        let type: SwiftType
        switch encoding {
        case .json:
            type = media.schema.map {
                schemas.type(forNamed: $0, name: typePrefix + "Request", types: &types, diagnostics: &diagnostics)
            } ?? .jsonValue
            siteTypes["\(site).requestBody.\(contentType.name)"] = type
        case .jsonLines where media.itemSchema != nil:
            // 3.2: `itemSchema` is the type of each line.
            let items = media.itemSchema!
            type = .array(schemas.type(forNamed: items, name: typePrefix + "RequestItem", types: &types, diagnostics: &diagnostics))
        case .jsonLines:
            // One value per line: the argument is the array the schema describes (or an array of it).
            let element = media.schema.map { schema -> SchemaOrReference in
                if case .schema(let inline) = schema, inline.type == .array, let items = inline.items { return items }
                return schema
            }
            type = .array(element.map {
                schemas.type(forNamed: $0, name: typePrefix + "RequestItem", types: &types, diagnostics: &diagnostics)
            } ?? .jsonValue)
        case .multipart, .urlEncodedForm:
            guard let schema = media.schema,
                  let formType = schemas.formType(schema, name: typePrefix + "Request", types: &types, diagnostics: &diagnostics) else {
                diagnostics.warning("a \(contentType.name) body must be an object with properties; skipping \(label)", at: media.mark)
                return nil
            }
            type = formType
        case .raw:
            type = contentType.base.hasPrefix("text/") ? .string : .named("Data")
            if let items = media.itemSchema {
                diagnostics.warning("the \(contentType.name) request body is sent as it is given; its itemSchema is not used", at: items.mark)
            }
        }
        // JSON bodies are checked against the schema's constraints before they are sent.
        let checks = encoding == .json
            ? media.schema.flatMap { schemas.constraints.constraints(for: $0, type: type, diagnostics: &diagnostics) } : nil
        return (body, contentType, encoding, type, checks)
    }

    /// What the first 2xx response (by code) with a body gives: JSON decoded, a stream of events or
    /// JSON lines, or bytes. When it offers JSON and a stream, the stream becomes a second method.
    mutating func successResponse(
        _ operation: Operation, typePrefix: String, site: String, functionName: String, functionNames: inout Set<String>,
        types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> (OperationDeclaration.Response, (String, OperationDeclaration.Response)?) {
        let codes = operation.responses.keys.filter { $0.hasPrefix("2") }.sorted()
        for code in codes {
            guard let item = operation.responses[code], let response = schemas.document.components.responses.resolve(item) else { continue }
            if response.content.isEmpty { continue }
            var stream: OperationDeclaration.Response?
            for (type, media) in response.content {
                // Every stream's types are declared, as they always were; the first stream is used.
                let candidate = schemas.streamResponse(
                    ContentType(type), media, typePrefix: typePrefix, types: &types, diagnostics: &diagnostics)
                stream = stream ?? candidate
            }
            if let (contentType, media) = TypeTranslator.jsonContent(response.content) {
                var type = media.schema.map {
                    schemas.type(forNamed: $0, name: typePrefix + "Response", types: &types, diagnostics: &diagnostics)
                } ?? .jsonValue
                // A nullable schema at the top of the body: `null` decodes, as `nil`.
                if let schema = media.schema, schemas.isNullable(schema), type != .jsonValue { type = type.optional }
                siteTypes["\(site).responses.\(code).\(contentType)"] = type
                guard let stream else { return (.json(type), nil) }
                let name = SafeNameGenerator.unique(functionName + "Stream", in: &functionNames)
                return (.json(type), (name, stream))
            }
            if let stream { return (stream, nil) }
            return (.data(ContentType(response.content.keys.first ?? "*/*")), nil)
        }
        return (.none, nil)
    }

    /// The non-2xx responses the spec documents, by status (`default` last), with their descriptions.
    func documentedErrors(_ operation: Operation) -> [OperationDeclaration.DocumentedError] {
        let statuses = operation.responses.keys.filter { !$0.hasPrefix("2") }
            .sorted { ($0 == "default" ? 1 : 0, $0) < ($1 == "default" ? 1 : 0, $1) }
        return statuses.compactMap { status in
            guard let item = operation.responses[status], let response = schemas.document.components.responses.resolve(item) else { return nil }
            let text = response.description.allSatisfy(\.isWhitespace) ? "No description." : response.description
            return .init(status: status, description: text)
        }
    }
}
