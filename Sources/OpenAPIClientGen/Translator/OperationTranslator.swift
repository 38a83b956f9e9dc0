/// Translates operations into client methods.
extension TypeTranslator {
    mutating func translateClient(named clientName: String, operationTypes: inout [TypeDeclaration]) -> ClientDeclaration {
        var functionNames: Set<String> = []
        var operations: [OperationDeclaration] = []
        for operation in document.operations {
            if let declaration = translate(operation, functionNames: &functionNames, types: &operationTypes) {
                operations.append(declaration)
            }
        }
        operationTypes += companionTypes
        companionTypes.removeAll()
        let info = document.info
        // 3.1's `summary` and license identifier are nil in 3.0 documents.
        let license = info.license.map { "License: \($0)." }
        return ClientDeclaration(
            name: clientName,
            documentation: [info.title, info.summary, info.description, license].compactMap { $0 }.joined(separator: "\n\n"),
            servers: document.servers.map(\.url),
            apiVersion: info.version,
            operations: operations)
    }

    private mutating func translate(
        _ operation: Operation, functionNames: inout Set<String>, types: inout [TypeDeclaration]
    ) -> OperationDeclaration? {
        let label = "\(operation.method.rawValue.uppercased()) \(operation.path)"
        let rawName = operation.operationId ?? "\(operation.method.rawValue) \(operation.path)"
        let functionName = SafeNameGenerator.unique(SafeNameGenerator.memberName(rawName), in: &functionNames)
        let typePrefix = SafeNameGenerator.typeName(rawName)
        let site = Self.site(of: operation)
        var declaration = OperationDeclaration(
            operationId: operation.operationId ?? rawName, functionName: functionName,
            deprecated: operation.deprecated, method: operation.method, pathExpression: operation.path)

        // Parameters: later ones with the same name and location override earlier (path-level) ones.
        var parameters: [Parameter] = []
        for item in operation.parameters {
            guard var parameter = document.components.parameters.resolve(item) else { continue }
            // 3.1: the description beside a `$ref` overrides the parameter's own.
            if case .reference(let reference) = item, let text = reference.description { parameter.description = text }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        var argumentNames: Set<String> = []
        var parameterDocs: [(String, String)] = []
        func argument(for parameter: Parameter, type: SwiftType, translator: inout TypeTranslator) -> String {
            let name = SafeNameGenerator.unique(SafeNameGenerator.memberName(parameter.name), in: &argumentNames)
            let optional = !parameter.required
            declaration.arguments.append(.init(
                name: name, type: optional ? type.optional : type, defaultValue: optional ? "nil" : nil,
                documentation: parameter.description))
            if let text = parameter.description { parameterDocs.append((name, text)) }
            return name
        }

        // Path parameters first, in template order, so calls read like the URL.
        var path = String(operation.path.swiftLiteral.dropFirst().dropLast())
        for templateName in DocumentValidator.templateNames(operation.path) {
            guard let parameter = parameters.first(where: { $0.location == .path && $0.name == templateName }) else { continue }
            let type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types)
            let name = argument(for: parameter, type: type, translator: &self)
            path = path.replacingFirst("{\(templateName)}", with: "\\(\(name))")
        }
        declaration.pathExpression = path

        if let bodyItem = operation.requestBody {
            guard var body = document.components.requestBodies.resolve(bodyItem) else { return nil }
            if case .reference(let reference) = bodyItem, let text = reference.description { body.description = text }
            guard let (contentType, media, encoding) = Self.requestContent(body.content) else {
                let types = body.content.keys.joined(separator: ", ")
                diagnostics.warning("request bodies of type \(types) are not supported; skipping \(label)", at: body.mark)
                return nil
            }
            var type: SwiftType
            switch encoding {
            case .json:
                type = media.schema.map { self.type(forNamed: $0, name: typePrefix + "Request", types: &types) } ?? .jsonValue
                siteTypes["\(site).requestBody.\(contentType)"] = type
            case .jsonLines where media.itemSchema != nil:
                // 3.2: `itemSchema` is the type of each line.
                type = .array(self.type(forNamed: media.itemSchema!, name: typePrefix + "RequestItem", types: &types))
            case .jsonLines:
                // One value per line: the argument is the array the schema describes (or an array of it).
                let element = media.schema.map { schema -> SchemaOrReference in
                    if case .schema(let inline) = schema, inline.type == .array, let items = inline.items { return items }
                    return schema
                }
                type = .array(element.map { self.type(forNamed: $0, name: typePrefix + "RequestItem", types: &types) } ?? .jsonValue)
            case .multipart, .urlEncodedForm:
                guard let schema = media.schema, let formType = formType(schema, name: typePrefix + "Request", types: &types) else {
                    diagnostics.warning("a \(contentType) body must be an object with properties; skipping \(label)", at: media.mark)
                    return nil
                }
                type = formType
            case .raw:
                type = contentType.lowercased().hasPrefix("text/") ? .string : .named("Data")
                if let items = media.itemSchema {
                    diagnostics.warning("the \(contentType) request body is sent as it is given; its itemSchema is not used", at: items.mark)
                }
            }
            if !body.required { type = type.optional }
            let name = SafeNameGenerator.unique("body", in: &argumentNames)
            declaration.arguments.append(.init(name: name, type: type, defaultValue: body.required ? nil : "nil", documentation: body.description))
            parameterDocs.append((name, body.description ?? "The request body."))
            declaration.body = .init(argument: name, contentType: contentType, isOptional: !body.required, encoding: encoding)
        }

        for parameter in parameters where parameter.location != .path {
            switch parameter.location {
            case .query:
                let type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types)
                declaration.query.append(.init(wireName: parameter.name, expression: argument(for: parameter, type: type, translator: &self)))
            case .header:
                let lowered = parameter.name.lowercased()
                if ["accept", "content-type", "authorization"].contains(lowered) {
                    diagnostics.warning("header parameter '\(parameter.name)' is set by the client itself; the declaration is ignored", at: parameter.mark)
                    continue
                }
                if let value = parameterDefault(parameter) {
                    // Constant headers such as X-Pinecone-Api-Version are sent without asking the caller.
                    declaration.headers.append(.init(wireName: parameter.name, expression: value.swiftLiteral))
                } else {
                    let type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types)
                    declaration.headers.append(.init(wireName: parameter.name, expression: argument(for: parameter, type: type, translator: &self)))
                }
            case .cookie:
                diagnostics.warning("cookie parameters are not supported; '\(parameter.name)' of \(label) is not sent", at: parameter.mark)
            case .path:
                break
            }
        }

        (declaration.response, declaration.streamingVariant) = successResponse(
            operation, typePrefix: typePrefix, site: site, functionName: functionName, functionNames: &functionNames, types: &types)
        declaration.pagination = pagination(for: declaration, operation: operation, parameters: parameters, functionNames: &functionNames)
        declaration.security = securityAlternatives(operation.security ?? document.security)
        declaration.documentation = operationDocumentation(operation, label: label, parameters: parameterDocs)
        return declaration
    }

    /// What the first 2xx response (by code) with a body gives: JSON decoded, a stream of events or
    /// JSON lines, or bytes. When it offers JSON and a stream, the stream becomes a second method.
    private mutating func successResponse(
        _ operation: Operation, typePrefix: String, site: String, functionName: String, functionNames: inout Set<String>,
        types: inout [TypeDeclaration]
    ) -> (OperationDeclaration.Response, (String, OperationDeclaration.Response)?) {
        let codes = operation.responses.keys.filter { $0.hasPrefix("2") }.sorted()
        for code in codes {
            guard let item = operation.responses[code], let response = document.components.responses.resolve(item) else { continue }
            if response.content.isEmpty { continue }
            var stream: OperationDeclaration.Response?
            for (type, media) in response.content {
                // Every stream's types are declared, as they always were; the first stream is used.
                let candidate = streamResponse(type, media, typePrefix: typePrefix, types: &types)
                stream = stream ?? candidate
            }
            if let (contentType, media) = Self.jsonContent(response.content) {
                let type = media.schema.map { self.type(forNamed: $0, name: typePrefix + "Response", types: &types) } ?? .jsonValue
                siteTypes["\(site).responses.\(code).\(contentType)"] = type
                guard let stream else { return (.json(type), nil) }
                let name = SafeNameGenerator.unique(functionName + "Stream", in: &functionNames)
                return (.json(type), (name, stream))
            }
            if let stream { return (stream, nil) }
            return (.data(contentType: response.content.keys.first ?? "*/*"), nil)
        }
        return (.none, nil)
    }

    /// The struct for a form body, marked to conform to `FormEncodable`; `nil` when the schema is not an object.
    private mutating func formType(_ schema: SchemaOrReference, name: String, types: inout [TypeDeclaration]) -> SwiftType? {
        switch schema {
        case .reference(let reference):
            guard let target = resolve(reference), needsStruct(target), let name = componentTypeNames[reference.name] else { return nil }
            return .named(name)  // Declared with the components, already as a form (see `formTypeNames`).
        case .schema(let inline):
            guard needsStruct(inline) else { return nil }
            let unique = SafeNameGenerator.unique(name, in: &topLevelNames)
            formTypeNames.insert(unique)
            types.append(declaration(for: inline, named: unique))
            return .named(unique)
        }
    }

    /// A type for an operation's body or response: a reference as is, an inline object named after the operation.
    mutating func type(forNamed schema: SchemaOrReference, name: String, types: inout [TypeDeclaration]) -> SwiftType {
        guard case .schema(let inline) = schema, needsStruct(inline) || inline.enumValues != nil else {
            return type(for: schema, suggestedName: name, nested: &types)
        }
        let unique = SafeNameGenerator.unique(name, in: &topLevelNames)
        types.append(declaration(for: inline, named: unique))
        return .named(unique)
    }

    private mutating func parameterType(
        _ parameter: Parameter, typePrefix: String, site: String, types: inout [TypeDeclaration]
    ) -> SwiftType {
        var type = SwiftType.string
        if let schema = parameter.schema {
            type = self.type(forNamed: schema, name: typePrefix + SafeNameGenerator.typeName(parameter.name), types: &types)
        }
        siteTypes[Self.site(of: parameter, in: site)] = type
        return type
    }

    /// Where an operation's examples are, as ``ExampleSite`` locations name it: `paths./backups.get`.
    static func site(of operation: Operation) -> String {
        "paths.\(operation.path).\(operation.method.rawValue)"
    }

    static func site(of parameter: Parameter, in operationSite: String) -> String {
        "\(operationSite).parameters.\(parameter.location.rawValue).\(parameter.name)"
    }

    private func parameterDefault(_ parameter: Parameter) -> String? {
        guard case .schema(let schema)? = parameter.schema else { return nil }
        return schema.defaultValue?.scalarText
    }

    static func jsonContent(_ content: OrderedMap<MediaType>) -> (String, MediaType)? {
        for (type, media) in content {
            let base = baseMediaType(type)
            if base == "application/json" || base.hasSuffix("+json") || base == "*/*" { return (type, media) }
        }
        return nil
    }

    /// `application/json; charset=utf-8` → `application/json`.
    static func baseMediaType(_ type: String) -> String {
        type.split(separator: ";").first.map { $0.trimmingCharacters(in: " ") }?.lowercased() ?? ""
    }

    /// The request body's media type the client sends, by preference: JSON, JSON lines, multipart,
    /// URL-encoded form, then bytes or text as they are.
    static func requestContent(_ content: OrderedMap<MediaType>) -> (String, MediaType, OperationDeclaration.Body.Encoding)? {
        if let (type, media) = jsonContent(content) { return (type, media, .json) }
        let preferences: [(Set<String>, OperationDeclaration.Body.Encoding)] = [
            (["application/x-ndjson", "application/jsonl", "application/x-jsonlines"], .jsonLines),
            (["multipart/form-data"], .multipart),
            (["application/x-www-form-urlencoded"], .urlEncodedForm),
        ]
        for (types, encoding) in preferences {
            if let (type, media) = content.first(where: { types.contains(baseMediaType($0.key)) }) { return (type, media, encoding) }
        }
        if let (type, media) = content.first(where: { !baseMediaType($0.key).hasPrefix("multipart/") }) { return (type, media, .raw) }
        return nil
    }

    private mutating func securityAlternatives(_ requirements: [SecurityRequirement]) -> [[OperationDeclaration.Security]] {
        requirements.map { requirement in
            requirement.schemes.compactMap { scheme -> OperationDeclaration.Security? in
                guard let item = document.components.securitySchemes[scheme.name],
                      let resolved = document.components.securitySchemes.resolve(item) else { return nil }
                switch resolved.kind {
                case .apiKey(let name, .header): return .apiKeyHeader(name)
                case .apiKey(let name, .query): return .apiKeyQuery(name)
                case .http(let kind, _) where kind == "bearer": return .bearer
                case .http(let kind, _) where kind == "basic": return .basic
                default:
                    diagnostics.warning("security scheme '\(scheme.name)' is not supported; requests carry no credentials for it", at: resolved.mark)
                    return nil
                }
            }
        }.filter { !$0.isEmpty }
    }

    private func operationDocumentation(_ operation: Operation, label: String, parameters: [(String, String)]) -> String {
        var parts: [String] = []
        if let summary = operation.summary { parts.append(summary) }
        if let description = operation.description, description != operation.summary { parts.append(description) }
        parts.append("`\(label)`")
        if !parameters.isEmpty {
            parts.append((["- Parameters:"] + parameters.map { "  - \($0.0.trimmingBackticks): \($0.1.collapsingWhitespace)" }).joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement, maxReplacements: 1)
    }

    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }

    /// One line: runs of whitespace (newlines included) become one space.
    var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String { String(self).trimmingCharacters(in: set) }
}
