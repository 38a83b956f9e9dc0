/// Checks what the parser cannot see locally: every `$ref` resolves to the right kind of object,
/// reference chains end in an object, path templates match their parameters, operation IDs are unique.
public struct DocumentValidator {
    let document: OpenAPIDocument
    var diagnostics: DiagnosticCollector

    public static func validate(_ document: OpenAPIDocument) throws(DiagnosticError) -> [Diagnostic] {
        var validator = DocumentValidator(document: document, diagnostics: DiagnosticCollector(files: document.sourceFiles))
        validator.run()
        try validator.diagnostics.throwIfErrors()
        return validator.diagnostics.diagnostics
    }

    private mutating func run() {
        let components = document.components
        // A schema that only wraps one `allOf` member is an alias too (`J: {allOf: [$ref: J]}` would be `typealias J = J`).
        let schemaAliases = components.schemas.compactMap { name, schema -> (name: String, reference: Reference)? in
            var current = schema
            while case .schema(let wrapper) = current, (wrapper.enumValues ?? []).isEmpty, let member = wrapper.wrappedAllOfMember {
                current = member
            }
            guard case .reference(let reference) = current else { return nil }
            return (name, reference)
        }
        checkAliasChains(schemaAliases, kind: "schemas", reaching: "a schema")
        checkAliasChains(Self.aliases(components.parameters), kind: "parameters", reaching: "a parameter")
        checkAliasChains(Self.aliases(components.responses), kind: "responses", reaching: "a response")
        checkAliasChains(Self.aliases(components.requestBodies), kind: "requestBodies", reaching: "a request body")
        checkAliasChains(Self.aliases(components.headers), kind: "headers", reaching: "a header")
        checkAliasChains(Self.aliases(components.securitySchemes), kind: "securitySchemes", reaching: "a security scheme")
        for (_, schema) in components.schemas { visit(schema) }
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

        // Each path parameter with where it is declared: the `$ref` or the parameter itself.
        let declared = operation.parameters.compactMap { item -> (name: String, mark: Mark)? in
            guard let parameter = document.components.parameters.resolve(item), parameter.location == .path else { return nil }
            if case .reference(let reference) = item { return (parameter.name, reference.mark) }
            return (parameter.name, parameter.mark)
        }
        let templated = Self.templateNames(operation.path)
        for name in templated where !declared.contains(where: { $0.name == name }) {
            diagnostics.error("path parameter '{\(name)}' in '\(operation.path)' is not declared for \(operation.method.rawValue.uppercased())", at: operation.mark)
        }
        for (name, mark) in declared where !templated.contains(name) {
            diagnostics.error("path parameter '\(name)' does not appear in the path '\(operation.path)'", at: mark)
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
            // Other tools send nothing for it too; the spec is readable, so it is not rejected.
            diagnostics.warning("security requirement names '\(scheme.name)', which is not in components.securitySchemes; no credential is sent for it", at: scheme.mark)
        }
    }

    /// Reports each component of one kind whose `$ref`s lead back around without reaching an object.
    /// `aliases` are the components of that kind that are `$ref`s, in spec order.
    private mutating func checkAliasChains(_ aliases: [(name: String, reference: Reference)], kind: String, reaching object: String) {
        let targets = Dictionary(aliases.map { ($0.name, $0.reference) }, uniquingKeysWith: { first, _ in first })
        for (name, first) in aliases {
            var seen: Set = [name]
            var reference = first
            while reference.pointer.hasPrefix("#/components/\(kind)/"), let next = targets[reference.name] {
                guard seen.insert(reference.name).inserted else {
                    diagnostics.error("circular $ref chain through '\(name)' never reaches \(object)", at: first.mark)
                    break
                }
                reference = next
            }
        }
    }

    private static func aliases<T>(_ map: OrderedMap<Referenceable<T>>) -> [(name: String, reference: Reference)] {
        map.compactMap { name, item in
            guard case .reference(let reference) = item else { return nil }
            return (name, reference)
        }
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
        if document.version >= .v3_1, kind == "schemas", reference.name.utf8.contains(UInt8(ascii: "/")) {
            // `Name/$defs/Def`, filed among the schemas by the parser.
            if !names.contains(reference.name) {
                let path = reference.name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                diagnostics.error("$ref '\(reference.pointer)' does not resolve: there is no '\(path.last ?? "")' in the $defs of '\(path.dropLast(2).joined(separator: "/"))'", at: reference.mark)
            }
            return
        }
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
            visit(schema.contentSchema)
            for (_, reference) in schema.discriminator?.mapping ?? [] {
                checkPointer(reference, kind: "schemas", names: document.components.schemas.keys)
            }
        }
    }

    private mutating func visit(_ parameter: Parameter) { visit(parameter.schema) }

    private mutating func visit(_ body: RequestBody) {
        for (_, media) in body.content { visit(media.schema); visit(media.itemSchema) }
    }

    private mutating func visit(_ response: Response) {
        for (_, media) in response.content { visit(media.schema); visit(media.itemSchema) }
        for (_, header) in response.headers { visit(header, kind: "headers") { $0.visit($1.schema) } }
    }
}
