/// Builds an ``OpenAPIDocument`` from YAML nodes, collecting every problem it finds.
public struct DocumentParser {
    var reader: NodeReader
    let file: String
    /// Set from `openapi` before anything else is read; 3.1 and 3.2 read more keys.
    var version = SpecVersion.v3_0
    /// 3.1: `components.pathItems`, read when a path's `$ref` names one.
    var pathItemComponents: [String: YAMLNode] = [:]
    /// `components.links`, read when a response's link is a `$ref` to one.
    var linkComponents: [String: YAMLNode] = [:]

    /// `referencedFiles`: the other files the document's marks point into (``Mark/file`` 1, 2, …).
    public init(file: String, referencedFiles: [String] = []) {
        self.file = file
        reader = NodeReader(files: [file] + referencedFiles)
    }

    /// Parses the document; throws when any error was found, otherwise returns it with warnings.
    public static func parse(_ root: YAMLNode, file: String, referencedFiles: [String] = []) throws(DiagnosticError) -> (OpenAPIDocument, [Diagnostic]) {
        var parser = DocumentParser(file: file, referencedFiles: referencedFiles)
        var document = parser.document(root)
        document?.referencedFiles = referencedFiles
        try parser.reader.diagnostics.throwIfErrors()
        guard let document else { throw DiagnosticError(parser.reader.diagnostics.diagnostics) }
        return (document, parser.reader.diagnostics.diagnostics)
    }

    mutating func document(_ root: YAMLNode) -> OpenAPIDocument? {
        var known: Set = ["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "swagger"]
        let versionText = root["openapi"]?.scalar?.value ?? ""
        if versionText.hasPrefix("3.1") || versionText.hasPrefix("3.2") {
            known.formUnion(Self.documentKeys31)
            if versionText.hasPrefix("3.2") { known.insert("$self") }
        }
        guard let fields = reader.object(root, "the OpenAPI document", known: known) else { return nil }
        guard let versionNode = fields["openapi"] else {
            if let swagger = fields["swagger"] {
                reader.diagnostics.error("this is a Swagger \(swagger.scalar?.value ?? "2.0") document; only OpenAPI 3.0.x, 3.1.x and 3.2.x are supported", at: swagger.mark)
            } else {
                reader.diagnostics.error("the document has no 'openapi' key; expected 'openapi: 3.0.x'", at: root.mark)
            }
            return nil
        }
        let version = reader.string(versionNode, "'openapi'") ?? ""
        guard let specVersion = Self.specVersion(version) else {
            reader.diagnostics.error("unsupported OpenAPI version '\(version)'; only 3.0.x, 3.1.x and 3.2.x are supported", at: versionNode.mark)
            return nil
        }
        self.version = specVersion
        if specVersion >= .v3_1 { readDocumentHeader(fields) }
        var document = OpenAPIDocument(openapi: version, version: specVersion, info: info(fields["info"], at: root.mark), file: file)
        for server in reader.sequence(fields["servers"], "'servers'") {
            guard let serverFields = reader.object(server, "a server", known: version32(["url", "description", "variables"], adds: ["name"])) else { continue }
            guard let url = reader.string(serverFields["url"], "a server's 'url'") else {
                if serverFields["url"] == nil { reader.diagnostics.error("a server needs a 'url'", at: server.mark) }
                continue
            }
            document.servers.append(Server(url: url, description: reader.string(serverFields["description"], "'description'")))
        }
        if let components = fields["components"] {
            document.components = self.components(components)
        }
        document.security = securityRequirements(fields["security"])  ?? []
        if let paths = fields["paths"] {
            document.paths = self.paths(paths)
        } else if specVersion == .v3_0 {
            reader.diagnostics.error("the document has no 'paths'", at: root.mark)
        }
        if specVersion >= .v3_1 { readWebhooks(fields) }
        return document
    }

    /// `3.0.x` is read as 3.0, `3.1.x` as 3.1, `3.2.x` as 3.2; anything else is refused.
    static func specVersion(_ text: String) -> SpecVersion? {
        if text.hasPrefix("3.0") { return .v3_0 }
        if text.hasPrefix("3.1") { return .v3_1 }
        if text.hasPrefix("3.2") { return .v3_2 }
        return nil
    }

    /// `keys`, plus `additions` when the document is 3.2.
    func version32(_ keys: Set<String>, adds additions: Set<String>) -> Set<String> {
        version >= .v3_2 ? keys.union(additions) : keys
    }

    private mutating func info(_ node: YAMLNode?, at mark: Mark) -> Info {
        guard let node else {
            reader.diagnostics.error("the document has no 'info'", at: mark)
            return Info(title: "", version: "")
        }
        var known: Set = ["title", "version", "description", "termsOfService", "contact", "license"]
        if version >= .v3_1 { known.insert("summary") }
        guard let fields = reader.object(node, "'info'", known: known) else { return Info(title: "", version: "") }
        let title = reader.string(fields["title"], "'info.title'")
        let version = reader.string(fields["version"], "'info.version'")
        if title == nil, fields["title"] == nil { reader.diagnostics.error("'info' needs a 'title'", at: node.mark) }
        if version == nil, fields["version"] == nil { reader.diagnostics.error("'info' needs a 'version'", at: node.mark) }
        var info = Info(title: title ?? "", version: version ?? "", description: reader.string(fields["description"], "'info.description'"))
        if self.version >= .v3_1 {
            info.summary = reader.string(fields["summary"], "'info.summary'")
            info.license = fields["license"].flatMap { license($0) }
        }
        return info
    }

    // MARK: Components

    private mutating func components(_ node: YAMLNode) -> Components {
        var known: Set = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks"]
        if version >= .v3_1 { known.insert("pathItems") }
        if version >= .v3_2 { known.insert("mediaTypes") }
        var components = Components()
        guard let fields = reader.object(node, "'components'", known: known) else { return components }
        if let node = fields["schemas"] {
            for (name, _, value) in reader.entries(node, "'components.schemas'") {
                components.schemas[name] = schema(value)
                if version >= .v3_1 { fileDefinitions(of: value, under: name, into: &components.schemas) }
            }
        }
        if version >= .v3_1 { readComponentAdditions(fields) }
        if let node = fields["parameters"] {
            for (name, _, value) in reader.entries(node, "'components.parameters'") {
                components.parameters[name] = referenceable(value) { $0.parameter($1) }
            }
        }
        if let node = fields["responses"] {
            for (name, _, value) in reader.entries(node, "'components.responses'") {
                components.responses[name] = referenceable(value) { $0.response($1) }
            }
        }
        if let node = fields["requestBodies"] {
            for (name, _, value) in reader.entries(node, "'components.requestBodies'") {
                components.requestBodies[name] = referenceable(value) { $0.requestBody($1) }
            }
        }
        if let node = fields["headers"] {
            for (name, _, value) in reader.entries(node, "'components.headers'") {
                components.headers[name] = referenceable(value) { $0.header($1) }
            }
        }
        if let node = fields["securitySchemes"] {
            for (name, _, value) in reader.entries(node, "'components.securitySchemes'") {
                components.securitySchemes[name] = referenceable(value) { $0.securityScheme($1) }
            }
        }
        if let node = fields["links"] {
            for (name, _, value) in reader.entries(node, "'components.links'") { linkComponents[name] = value }
        }
        return components
    }

    /// Reads a `$ref` or the object itself.
    mutating func referenceable<T>(_ node: YAMLNode, _ parse: (inout DocumentParser, YAMLNode) -> T?) -> Referenceable<T>? {
        if node["$ref"] != nil {
            return reference(node).map { .reference($0) }
        }
        return parse(&self, node).map { .value($0) }
    }

    // MARK: Security

    private mutating func securityScheme(_ node: YAMLNode) -> SecurityScheme? {
        let known = version32(
            ["type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"],
            adds: ["oauth2MetadataUrl", "deprecated"])
        guard let fields = reader.object(node, "a security scheme", known: known) else { return nil }
        let description = reader.string(fields["description"], "'description'")
        switch reader.string(fields["type"], "a security scheme's 'type'") {
        case "apiKey":
            guard let name = reader.string(fields["name"], "'name'"),
                  let locationText = reader.string(fields["in"], "'in'"),
                  let location = ParameterLocation(rawValue: locationText), location != .path
            else {
                reader.diagnostics.error("an apiKey security scheme needs 'name' and 'in' (query, header or cookie)", at: node.mark)
                return nil
            }
            return SecurityScheme(kind: .apiKey(name: name, location: location), description: description, mark: node.mark)
        case "http":
            guard let scheme = reader.string(fields["scheme"], "'scheme'") else {
                reader.diagnostics.error("an http security scheme needs a 'scheme'", at: node.mark)
                return nil
            }
            return SecurityScheme(kind: .http(scheme: scheme.lowercased(), bearerFormat: reader.string(fields["bearerFormat"], "'bearerFormat'")), description: description, mark: node.mark)
        case "oauth2":
            return SecurityScheme(kind: .oauth2, description: description, mark: node.mark)
        case "openIdConnect":
            return SecurityScheme(kind: .openIdConnect(url: reader.string(fields["openIdConnectUrl"], "'openIdConnectUrl'") ?? ""), description: description, mark: node.mark)
        case "mutualTLS" where version >= .v3_1:
            return SecurityScheme(kind: .mutualTLS, description: description, mark: node.mark)
        case let other:
            reader.diagnostics.error("unknown security scheme type '\(other ?? "")'; expected apiKey, http, oauth2 or openIdConnect", at: fields["type"]?.mark ?? node.mark)
            return nil
        }
    }

    mutating func securityRequirements(_ node: YAMLNode?) -> [SecurityRequirement]? {
        guard let node else { return nil }
        return reader.sequence(node, "'security'").map { item in
            SecurityRequirement(schemes: reader.entries(item, "a security requirement").map { name, mark, scopes in
                (name, reader.strings(scopes, "the scopes of '\(name)'").map(\.value), mark)
            })
        }
    }
}
