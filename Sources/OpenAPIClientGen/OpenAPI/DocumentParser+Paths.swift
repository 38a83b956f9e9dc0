extension DocumentParser {
    mutating func paths(_ node: YAMLNode) -> [PathItem] {
        var items: [PathItem] = []
        for (path, keyMark, value) in reader.entries(node, "'paths'") {
            guard path.hasPrefix("/") else {
                reader.diagnostics.error("path '\(path)' must start with '/'", at: keyMark)
                continue
            }
            if let item = pathItem(path, value, at: keyMark) { items.append(item) }
        }
        return items
    }

    mutating func pathItem(_ path: String, _ node: YAMLNode, at mark: Mark) -> PathItem? {
        var node = node
        var summary: String?
        if node["$ref"] != nil {
            guard version >= .v3_1, let (target, reference) = pathItemTarget(node, path: path) else {
                if version == .v3_0 { reader.diagnostics.warning("path item $ref is not supported; skipping '\(path)'", at: node.mark) }
                return nil
            }
            node = target
            summary = reference.summary
        }
        let methods = HTTPMethod.fixedFields(version)
        let known = version32(Set(methods.map(\.rawValue) + ["summary", "description", "servers", "parameters"]), adds: ["additionalOperations"])
        guard let fields = reader.object(node, "the path item '\(path)'", known: known) else { return nil }
        let shared = parameterList(fields["parameters"])
        var item = PathItem(path: path, mark: mark)
        var operations: [(HTTPMethod, YAMLNode)] = methods.compactMap { method in fields[method.rawValue].map { (method, $0) } }
        if let additional = fields["additionalOperations"] { operations += additionalOperations(additional) }
        for (method, operationNode) in operations {
            if var operation = operation(method, path, operationNode, sharedParameters: shared) {
                if operation.summary == nil { operation.summary = summary ?? reader.string(fields["summary"], "'summary'") }
                item.operations.append(operation)
            }
        }
        return item
    }

    private mutating func parameterList(_ node: YAMLNode?) -> [Referenceable<Parameter>] {
        // 3.1 documents often write an empty `parameters:`; it means none.
        if version >= .v3_1, node?.isNull == true { return [] }
        return reader.sequence(node, "'parameters'").compactMap { referenceable($0) { $0.parameter($1) } }
    }

    private mutating func operation(
        _ method: HTTPMethod, _ path: String, _ node: YAMLNode, sharedParameters: [Referenceable<Parameter>]
    ) -> Operation? {
        let known: Set = [
            "tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody",
            "responses", "callbacks", "deprecated", "security", "servers",
        ]
        let what = "the operation '\(method.rawValue.uppercased()) \(path)'"
        guard let fields = reader.object(node, what, known: known) else { return nil }
        var operation = Operation(method: method, path: path, mark: node.mark)
        operation.operationId = reader.string(fields["operationId"], "'operationId'")
        operation.summary = reader.string(fields["summary"], "'summary'")
        operation.description = reader.string(fields["description"], "'description'")
        operation.tags = reader.strings(fields["tags"], "'tags'").map(\.value)
        operation.deprecated = reader.bool(fields["deprecated"], "'deprecated'") ?? false
        operation.security = securityRequirements(fields["security"])
        // The operation's parameters override the path item's with the same name and location.
        let own = parameterList(fields["parameters"])
        operation.parameters = sharedParameters + own
        if let body = fields["requestBody"] {
            operation.requestBody = referenceable(body) { $0.requestBody($1) }
        }
        if fields["callbacks"] != nil {
            reader.diagnostics.warning("callbacks are not supported; they are skipped", at: fields["callbacks"]!.mark)
        }
        guard let responses = fields["responses"] else {
            // 3.1 made `responses` optional: such an operation is sent like one whose only response is
            // `default` without content (any 2xx returns, others throw), so the method returns `Void`.
            if version < .v3_1 { reader.diagnostics.error("\(what) has no 'responses'", at: node.mark) }
            return operation
        }
        for (code, keyMark, value) in reader.entries(responses, "'responses'") {
            guard code == "default" || Self.isStatusCode(code) else {
                reader.diagnostics.error("'\(code)' is not a status code; expected 100–599, 1XX–5XX or 'default'", at: keyMark)
                continue
            }
            operation.responses[code] = referenceable(value) { $0.response($1) }
        }
        return operation
    }

    static func isStatusCode(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 3, let first = characters.first?.wholeNumberValue, (1...5).contains(first) else { return false }
        return (characters[1].isASCIIDigit && characters[2].isASCIIDigit) || (characters[1] == "X" && characters[2] == "X")
    }

    mutating func parameter(_ node: YAMLNode) -> Parameter? {
        let known: Set = [
            "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode",
            "allowReserved", "schema", "example", "examples", "content",
        ]
        guard let fields = reader.object(node, "a parameter", known: known) else { return nil }
        if version >= .v3_2, fields["in"]?.scalar?.value == "querystring" {
            reader.diagnostics.warning("'in: querystring' (OpenAPI 3.2) is not supported; the parameter is not sent", at: fields["in"]!.mark)
            return nil
        }
        guard let name = reader.string(fields["name"], "a parameter's 'name'") else {
            if fields["name"] == nil { reader.diagnostics.error("a parameter needs a 'name'", at: node.mark) }
            return nil
        }
        let locationText = reader.string(fields["in"], "'in'")
        guard let location = locationText.flatMap(ParameterLocation.init(rawValue:)) else {
            reader.diagnostics.error("parameter '\(name)' needs 'in' to be path, query, header or cookie", at: fields["in"]?.mark ?? node.mark)
            return nil
        }
        var parameter = Parameter(name: name, location: location, mark: node.mark)
        parameter.description = reader.string(fields["description"], "'description'")
        parameter.required = reader.bool(fields["required"], "'required'") ?? false
        if location == .path && !parameter.required {
            reader.diagnostics.error("path parameter '\(name)' must be 'required: true'", at: fields["required"]?.mark ?? node.mark)
        }
        parameter.deprecated = reader.bool(fields["deprecated"], "'deprecated'") ?? false
        parameter.style = reader.string(fields["style"], "'style'")
        parameter.explode = reader.bool(fields["explode"], "'explode'")
        parameter.example = fields["example"].map(Example.init)
        (parameter.examples, parameter.unreadExamples) = examples(fields["examples"])
        if let schemaNode = fields["schema"] {
            parameter.schema = schema(schemaNode)
        } else if let content = fields["content"] {
            let media = self.content(content)
            parameter.contentType = media.keys.first
            parameter.schema = media.values.first?.schema
        } else {
            reader.diagnostics.error("parameter '\(name)' needs a 'schema' or 'content'", at: node.mark)
        }
        return parameter
    }

    mutating func requestBody(_ node: YAMLNode) -> RequestBody? {
        guard let fields = reader.object(node, "a request body", known: ["description", "content", "required"]) else { return nil }
        var body = RequestBody(mark: node.mark)
        body.description = reader.string(fields["description"], "'description'")
        body.required = reader.bool(fields["required"], "'required'") ?? false
        if let content = fields["content"] {
            body.content = self.content(content)
        } else {
            reader.diagnostics.error("a request body needs 'content'", at: node.mark)
        }
        return body
    }

    mutating func response(_ node: YAMLNode) -> Response? {
        guard let fields = reader.object(node, "a response", known: version32(["description", "headers", "content", "links"], adds: ["summary"])) else { return nil }
        let description = reader.string(fields["description"], "a response's 'description'")
        if fields["description"] == nil {
            reader.diagnostics.warning("a response should have a 'description'", at: node.mark)
        }
        var response = Response(mark: node.mark, description: description ?? "")
        if let content = fields["content"] { response.content = self.content(content) }
        if let links = fields["links"] { response.links = self.links(links) }
        if let headers = fields["headers"] {
            for (name, _, value) in reader.entries(headers, "'headers'") {
                response.headers[name] = referenceable(value) { $0.header($1) }
            }
        }
        return response
    }

    /// A response's links, for the operation's documentation; a `$ref` is looked up in `components.links`.
    mutating func links(_ node: YAMLNode) -> [ResponseLink] {
        reader.entries(node, "'links'").compactMap { name, _, value in
            var target = value
            if let refNode = value["$ref"] {
                // Only `components.links` is looked up: a link elsewhere (another file) is left out, with a warning.
                let pointer = refNode.scalar?.value ?? ""
                let prefix = "#/components/links/"
                guard pointer.hasPrefix(prefix), let component = linkComponents[String(pointer.dropFirst(prefix.count))] else {
                    reader.diagnostics.warning(
                        "the link '\(name)' refers to '\(pointer)', which is not in components.links; it is left out of the documentation",
                        at: refNode.mark)
                    return nil
                }
                target = component
            }
            let known: Set = ["operationRef", "operationId", "parameters", "requestBody", "description", "server"]
            guard let fields = reader.object(target, "a link", known: known) else { return nil }
            return ResponseLink(
                name: name, operationId: reader.string(fields["operationId"], "'operationId'"),
                operationRef: reader.string(fields["operationRef"], "'operationRef'"),
                description: reader.string(fields["description"], "'description'"))
        }
    }

    mutating func header(_ node: YAMLNode) -> Header? {
        let known: Set = ["description", "required", "deprecated", "schema", "style", "explode", "example", "examples", "content"]
        guard let fields = reader.object(node, "a header", known: known) else { return nil }
        var header = Header(mark: node.mark)
        header.description = reader.string(fields["description"], "'description'")
        header.required = reader.bool(fields["required"], "'required'") ?? false
        header.schema = fields["schema"].flatMap { schema($0) }
        return header
    }

    private mutating func content(_ node: YAMLNode) -> OrderedMap<MediaType> {
        var result = OrderedMap<MediaType>()
        for (type, _, value) in reader.entries(node, "'content'") {
            let known = version32(["schema", "example", "examples", "encoding"], adds: ["itemSchema", "itemEncoding", "prefixEncoding"])
            guard let fields = reader.object(value, "the media type '\(type)'", known: known) else { continue }
            var media = MediaType(mark: value.mark)
            media.schema = fields["schema"].flatMap { schema($0) }
            if version >= .v3_2 { readSequentialItems(fields, type: type, into: &media) }
            media.example = fields["example"].map(Example.init)
            (media.examples, media.unreadExamples) = examples(fields["examples"])
            result[type] = media
        }
        return result
    }

    /// Named examples by their inline `value`, and the names of those without one (`externalValue`, `$ref`).
    private mutating func examples(_ node: YAMLNode?) -> (OrderedMap<Example>, [String]) {
        var result = OrderedMap<Example>()
        var unread: [String] = []
        guard let node else { return (result, unread) }
        for (name, _, value) in reader.entries(node, "'examples'") {
            let known = version32(["summary", "description", "value", "externalValue", "$ref"], adds: ["dataValue", "serializedValue"])
            guard let fields = reader.object(value, "the example '\(name)'", known: known) else { continue }
            // 3.2's `dataValue` is the value as data, which is what the round trip checks.
            if let example = fields["value"] ?? fields["dataValue"] { result[name] = Example(example) } else { unread.append(name) }
        }
        return (result, unread)
    }
}
