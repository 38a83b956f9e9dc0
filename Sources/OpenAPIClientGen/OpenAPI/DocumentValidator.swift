/// Checks what the parser cannot see locally: every `$ref` resolves to the right kind of object,
/// reference chains end in an object, path templates match their parameters, operation IDs are unique.
public struct DocumentValidator {
    let document: OpenAPIDocument
    var diagnostics: DiagnosticCollector

    public static func validate(_ document: OpenAPIDocument) throws(DiagnosticError) -> [Diagnostic] {
        var validator = DocumentValidator(document: document, diagnostics: DiagnosticCollector(file: document.file))
        validator.run()
        try validator.diagnostics.throwIfErrors()
        return validator.diagnostics.diagnostics
    }

    private mutating func run() {
        let components = document.components
        for (name, schema) in components.schemas {
            if case .reference(let reference) = schema { checkAliasChain(from: name, reference) }
            visit(schema)
        }
        for (_, parameter) in components.parameters { visit(parameter, kind: "parameters") { $0.visit($1) } }
        for (_, response) in components.responses { visit(response, kind: "responses") { $0.visit($1) } }
        for (_, body) in components.requestBodies { visit(body, kind: "requestBodies") { $0.visit($1) } }
        for (_, header) in components.headers { visit(header, kind: "headers") { $0.visit($1.schema) } }
        for (_, scheme) in components.securitySchemes { visit(scheme, kind: "securitySchemes") { _, _ in } }
        for requirement in document.security { checkSecurity(requirement) }

        var operationIds: [String: Mark] = [:]
        for item in document.paths {
            for operation in item.operations {
                if let id = operation.operationId {
                    if let first = operationIds[id] {
                        diagnostics.error("duplicate operationId '\(id)' (first used at \(first))", at: operation.mark)
                    } else {
                        operationIds[id] = operation.mark
                    }
                }
                check(operation)
            }
        }
    }

    private mutating func check(_ operation: Operation) {
        for parameter in operation.parameters { visit(parameter, kind: "parameters") { $0.visit($1) } }
        if let body = operation.requestBody { visit(body, kind: "requestBodies") { $0.visit($1) } }
        for (_, response) in operation.responses { visit(response, kind: "responses") { $0.visit($1) } }
        for requirement in operation.security ?? [] { checkSecurity(requirement) }

        let declared = Set(operation.parameters.compactMap { document.components.parameters.resolve($0) }
            .filter { $0.location == .path }.map(\.name))
        let templated = Self.templateNames(operation.path)
        for name in templated where !declared.contains(name) {
            diagnostics.error("path parameter '{\(name)}' in '\(operation.path)' is not declared for \(operation.method.rawValue.uppercased())", at: operation.mark)
        }
        for name in declared where !templated.contains(name) {
            diagnostics.error("path parameter '\(name)' does not appear in the path '\(operation.path)'", at: operation.mark)
        }
    }

    /// `{name}` segments of a path template.
    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return names
    }

    private mutating func checkSecurity(_ requirement: SecurityRequirement) {
        for scheme in requirement.schemes where document.components.securitySchemes[scheme.name] == nil {
            diagnostics.error("security requirement names '\(scheme.name)', which is not in components.securitySchemes", at: scheme.mark)
        }
    }

    private mutating func checkAliasChain(from name: String, _ first: Reference) {
        var seen: Set = [name]
        var reference = first
        while case .reference(let next)? = target(of: reference) {
            guard seen.insert(reference.name).inserted else {
                diagnostics.error("circular $ref chain through '\(name)' never reaches a schema", at: first.mark)
                return
            }
            reference = next
        }
    }

    private func target(of reference: Reference) -> SchemaOrReference? {
        guard reference.pointer.hasPrefix("#/components/schemas/") else { return nil }
        return document.components.schemas[reference.name]
    }

    // MARK: Walking

    private mutating func visit<T>(
        _ item: Referenceable<T>, kind: String, _ body: (inout DocumentValidator, T) -> Void
    ) {
        switch item {
        case .reference(let reference):
            let map: [String]? = switch kind {
            case "parameters": document.components.parameters.keys
            case "responses": document.components.responses.keys
            case "requestBodies": document.components.requestBodies.keys
            case "headers": document.components.headers.keys
            case "securitySchemes": document.components.securitySchemes.keys
            default: nil
            }
            checkPointer(reference, kind: kind, names: map ?? [])
        case .value(let value):
            body(&self, value)
        }
    }

    private mutating func checkPointer(_ reference: Reference, kind: String, names: [String]) {
        let prefix = "#/components/\(kind)/"
        guard reference.pointer.hasPrefix(prefix) else {
            diagnostics.error("$ref '\(reference.pointer)' must point into '\(prefix)' here", at: reference.mark)
            return
        }
        let rest = reference.pointer.dropFirst(prefix.count)
        guard !rest.isEmpty, !rest.contains("/") else {
            diagnostics.error("$ref '\(reference.pointer)' must name a component ('\(prefix)Name'); pointers into a component are not supported", at: reference.mark)
            return
        }
        if !names.contains(reference.name) {
            diagnostics.error("$ref '\(reference.pointer)' does not resolve: there is no '\(reference.name)' in components.\(kind)", at: reference.mark)
        }
    }

    private mutating func visit(_ schema: SchemaOrReference?) {
        switch schema {
        case nil: return
        case .reference(let reference)?:
            checkPointer(reference, kind: "schemas", names: document.components.schemas.keys)
        case .schema(let schema)?:
            for (_, property) in schema.properties { visit(property) }
            visit(schema.items)
            if case .schema(let inner)? = schema.additionalProperties { visit(inner) }
            for member in schema.allOf + schema.oneOf + schema.anyOf { visit(member) }
            visit(schema.not)
            for (_, reference) in schema.discriminator?.mapping ?? [] {
                checkPointer(reference, kind: "schemas", names: document.components.schemas.keys)
            }
        }
    }

    private mutating func visit(_ parameter: Parameter) { visit(parameter.schema) }

    private mutating func visit(_ body: RequestBody) {
        for (_, media) in body.content { visit(media.schema) }
    }

    private mutating func visit(_ response: Response) {
        for (_, media) in response.content { visit(media.schema) }
        for (_, header) in response.headers { visit(header, kind: "headers") { $0.visit($1.schema) } }
    }
}
