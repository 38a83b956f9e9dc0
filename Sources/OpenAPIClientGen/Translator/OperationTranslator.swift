/// Translates operations into client methods.
///
/// Inputs: the document's operations, and the schema translator that declares their parameter, body and
/// response types, handed over once the components are translated (moved, not copied: the top-level
/// names it hands out go on from where the components left them, and no other copy can drift from it);
/// output: a ``Translation``. Warnings go to the sink ``translateClient(named:diagnostics:)`` is given.
struct OperationTranslator {
    /// Owned by this translator from `init` on.
    var schemas: TypeTranslator
    /// The types of operation parameters, bodies and responses, by example-site location.
    var siteTypes: [String: SwiftType] = [:]

    /// What the operations translate into.
    struct Translation {
        var client: ClientDeclaration
        /// The types the operations' parameters, bodies and responses declare, sorted by name.
        var types: [TypeDeclaration]
        /// The type of each example site (`paths./backups.get.parameters.query.limit`), for the example tests.
        var siteTypes: [String: SwiftType]
    }

    init(schemas: consuming TypeTranslator) {
        self.schemas = schemas
    }

    /// The client, with one method per operation the client can send. Translates once: the translator is used up.
    consuming func translateClient(named clientName: String, diagnostics: inout DiagnosticCollector) -> Translation {
        var functionNames: Set<String> = []
        var operations: [OperationDeclaration] = []
        var types: [TypeDeclaration] = []
        for operation in schemas.document.operations {
            if let declaration = translate(operation, functionNames: &functionNames, types: &types, diagnostics: &diagnostics) {
                operations.append(declaration)
            }
        }
        let info = schemas.document.info
        // 3.1's `summary` and license identifier are nil in 3.0 documents.
        let license = info.license.map { "License: \($0)." }
        let client = ClientDeclaration(
            name: clientName,
            documentation: [info.title, info.summary, info.description, license].compactMap { $0 }.joined(separator: "\n\n"),
            servers: schemas.document.servers.map(\.url),
            apiVersion: info.version,
            operations: operations)
        return Translation(client: client, types: types.sorted { $0.name < $1.name }, siteTypes: siteTypes)
    }

    private mutating func translate(
        _ operation: Operation, functionNames: inout Set<String>, types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> OperationDeclaration? {
        let label = "\(operation.method.rawValue.uppercased()) \(operation.path)"
        let rawName = operation.operationId ?? "\(operation.method.rawValue) \(operation.path)"
        let functionName = SafeNameGenerator.unique(SafeNameGenerator.memberName(rawName), in: &functionNames)
        let typePrefix = SafeNameGenerator.typeName(rawName)
        let site = Self.site(of: operation)
        var declaration = OperationDeclaration(
            operationId: operation.operationId ?? rawName, functionName: functionName,
            deprecated: operation.deprecated, method: operation.method)

        let parameters = Self.parameters(of: operation, in: schemas.document.components)
        var argumentNames: Set<String> = []
        var parameterDocs: [(String, String)] = []
        func argument(
            for parameter: Parameter, type: SwiftType, default value: ConstantValue? = nil, translator: inout OperationTranslator
        ) -> String {
            let name = SafeNameGenerator.unique(SafeNameGenerator.memberName(parameter.name), in: &argumentNames)
            let optional = !parameter.required && value == nil
            let constraints = parameter.schema.flatMap { translator.schemas.constraints.constraints(for: $0, type: type, diagnostics: &diagnostics) }
            declaration.arguments.append(.init(
                name: name, type: optional ? type.optional : type, defaultValue: value ?? (optional ? ConstantValue.none : nil),
                documentation: parameter.description, constraints: constraints, wireName: parameter.name))
            if let text = parameter.description { parameterDocs.append((name, text)) }
            return name
        }

        // Path parameters first, in template order, so calls read like the URL.
        for component in Self.pathTemplate(operation.path) {
            guard case .argument(let templateName) = component else {
                declaration.path.append(component)
                continue
            }
            guard let parameter = parameters.first(where: { $0.location == .path && $0.name == templateName }) else {
                // Reported by the validator; the text stays as the spec wrote it.
                declaration.path.append(.literal("{\(templateName)}"))
                continue
            }
            var type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types, diagnostics: &diagnostics)
            if !TextParameter.canSend(parameter.schema, resolver: schemas.resolver) {
                // The path cannot do without it: the caller writes the segment.
                diagnostics.warning("path parameter '\(parameter.name)' of \(label) is an object or a free-form value, which has no text form the client can choose; it is a String, sent as the segment's text", at: parameter.mark)
                type = .string
            }
            declaration.path.append(.argument(argument(for: parameter, type: type, translator: &self)))
        }

        if let bodyItem = operation.requestBody {
            // A body the client cannot send skips the operation (with a warning).
            guard let (body, contentType, encoding, bodyType, checks) = requestBody(
                bodyItem, label: label, typePrefix: typePrefix, site: site, types: &types, diagnostics: &diagnostics) else { return nil }
            let type = body.required ? bodyType : bodyType.optional
            let name = SafeNameGenerator.unique("body", in: &argumentNames)
            declaration.arguments.append(.init(
                name: name, type: type, defaultValue: body.required ? nil : ConstantValue.none, documentation: body.description,
                constraints: checks, wireName: "body"))
            parameterDocs.append((name, body.description ?? "The request body."))
            declaration.body = .init(argument: name, contentType: contentType, isOptional: !body.required, encoding: encoding)
        }

        for parameter in parameters where parameter.location != .path {
            if parameter.location != .cookie, !TextParameter.canSend(parameter.schema, resolver: schemas.resolver) {
                diagnostics.warning("\(parameter.location.rawValue) parameter '\(parameter.name)' of \(label) is an object or a free-form value, which has no text form the client can choose; it is not sent", at: parameter.mark)
                continue
            }
            switch parameter.location {
            case .query:
                let type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types, diagnostics: &diagnostics)
                declaration.query.append(.init(wireName: parameter.name, value: .argument(argument(for: parameter, type: type, translator: &self))))
            case .header:
                let lowered = parameter.name.lowercased()
                if ["accept", "content-type", "authorization"].contains(lowered) {
                    diagnostics.warning("header parameter '\(parameter.name)' is set by the client itself; the declaration is ignored", at: parameter.mark)
                    continue
                }
                let value = parameterDefault(parameter)
                if let value, parameter.required {
                    // Required headers with a default, such as X-Pinecone-Api-Version, are sent without asking the caller.
                    declaration.headers.append(.init(wireName: parameter.name, value: .constant(value)))
                } else {
                    // An optional one with a default is an argument defaulting to it, which the caller may override.
                    let type = parameterType(parameter, typePrefix: typePrefix, site: site, types: &types, diagnostics: &diagnostics)
                    let name = argument(for: parameter, type: type, default: value, translator: &self)
                    declaration.headers.append(.init(wireName: parameter.name, value: .argument(name)))
                }
            case .cookie:
                diagnostics.warning("cookie parameters are not supported; '\(parameter.name)' of \(label) is not sent", at: parameter.mark)
            case .path:
                break
            }
        }

        let stream: (functionName: String, response: OperationDeclaration.Response)?
        (declaration.response, stream) = successResponse(
            operation, typePrefix: typePrefix, site: site, functionName: functionName, functionNames: &functionNames, types: &types,
            diagnostics: &diagnostics)
        let paging = PaginationTranslator(resolver: schemas.resolver, responses: schemas.document.components.responses, componentTypeNames: schemas.componentTypeNames)
        declaration.pagination = paging.pagination(for: declaration, operation: operation, parameters: parameters, functionNames: &functionNames)
        declaration.security = SecurityTranslator.alternatives(operation.security ?? schemas.document.security, schemes: schemas.document.components.securitySchemes)
        declaration.errors = documentedErrors(operation)
        declaration.documentation = operationDocumentation(operation, label: label, parameters: parameterDocs)
        if let stream {
            var variant = declaration
            (variant.functionName, variant.response, variant.pagination) = (stream.functionName, stream.response, nil)
            let mediaType = if case .jsonLines(_, let type) = stream.response { type.name } else { "text/event-stream" }
            variant.documentation = (declaration.documentation.map { $0 + "\n\n" } ?? "")
                + "Returns the response as a stream, as it arrives (`\(mediaType)`)."
            declaration.streamingVariant = variant
        }
        return declaration
    }

    private mutating func parameterType(
        _ parameter: Parameter, typePrefix: String, site: String, types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> SwiftType {
        var type = SwiftType.string
        if let schema = parameter.schema {
            let name = typePrefix + SafeNameGenerator.typeName(parameter.name)
            type = schemas.type(forNamed: schema, name: name, types: &types, diagnostics: &diagnostics)
        }
        siteTypes[Self.site(of: parameter, in: site)] = type
        return type
    }

    /// The operation's parameters: later ones with the same name and location override earlier
    /// (path-level) ones; 3.1's description beside a `$ref` overrides the parameter's own.
    static func parameters(of operation: Operation, in components: Components) -> [Parameter] {
        var parameters: [Parameter] = []
        for item in operation.parameters {
            guard var parameter = components.parameters.resolve(item) else { continue }
            if case .reference(let reference) = item, let text = reference.description { parameter.description = text }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        return parameters
    }

    /// Where an operation's examples are, as ``ExampleSite`` locations name it: `paths./backups.get`.
    static func site(of operation: Operation) -> String {
        "paths.\(operation.path).\(operation.method.rawValue)"
    }

    static func site(of parameter: Parameter, in operationSite: String) -> String {
        "\(operationSite).parameters.\(parameter.location.rawValue).\(parameter.name)"
    }

    /// The schema's `default`, typed as the argument is: a number stays a number for an integer parameter.
    private func parameterDefault(_ parameter: Parameter) -> ConstantValue? {
        guard case .schema(let schema)? = parameter.schema, let value = schema.defaultValue else { return nil }
        switch (schema.type, value) {
        case (.integer, .integer(let number)): return .integer(number)
        // `default: 1.0` on an integer: JSON Schema's integers include whole floats.
        case (.integer, .number(let number)) where number == number.rounded() && number.magnitude < 0x1p53: return .integer(Int(number))
        case (.number, .integer(let number)): return .number(Double(number))
        case (.number, .number(let number)): return .number(number)
        case (.boolean, .bool(let flag)): return .boolean(flag)
        default: return value.scalarText.map(ConstantValue.string)
        }
    }

    /// `/backups/{backup_id}/create-index` → literal, argument `backup_id`, literal.
    static func pathTemplate(_ path: String) -> [OperationDeclaration.PathComponent] {
        var components: [OperationDeclaration.PathComponent] = []
        var rest = path[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { components.append(.literal(String(rest[..<open]))) }
            components.append(.argument(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { components.append(.literal(String(rest))) }
        return components
    }

    private func operationDocumentation(_ operation: Operation, label: String, parameters: [(String, String)]) -> String {
        var parts: [String] = []
        if let summary = operation.summary { parts.append(summary) }
        if let description = operation.description, description != operation.summary { parts.append(description) }
        parts.append("`\(label)`")
        if !parameters.isEmpty {
            var lines = ["- Parameters:"]
            for (name, text) in parameters { lines.append("  - \(name.trimmingBackticks): \(text.collapsingWhitespace)") }
            parts.append(lines.joined(separator: "\n"))
        }
        var links: [ResponseLink] = []
        for status in operation.responses.keys.sorted() where status.hasPrefix("2") {
            guard let response = operation.responses[status], let resolved = schemas.document.components.responses.resolve(response) else { continue }
            links += resolved.links
        }
        if !links.isEmpty {
            // What the spec says the response leads to (Pinecone: the index's host for the data plane).
            // Statements, not one expression of `??`s and closures: that took the type checker 79 ms, three times
            // any other function of the generator (which every consumer's clean build compiles).
            var lines = ["Links from the response:"]
            for link in links {
                var line = "- \(link.name): "
                if let id = link.operationId {
                    line += "the operation `\(id)`"
                } else if let reference = link.operationRef {
                    line += "the operation at `\(reference)`"
                } else {
                    line += "no operation"
                }
                if let description = link.description { line += ". \(description.collapsingWhitespace)" }
                lines.append(line)
            }
            parts.append(lines.joined(separator: "\n"))
        }

        return parts.joined(separator: "\n\n")
    }
}
