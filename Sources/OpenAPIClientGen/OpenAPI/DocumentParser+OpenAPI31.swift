/// What OpenAPI 3.1 and 3.2 add at the document level: optional `paths`, `webhooks`,
/// `jsonSchemaDialect`, `components.pathItems`, `$ref` siblings, the license's SPDX identifier, and
/// 3.2's `additionalOperations`, `itemSchema` and the additions this generator does not support.
extension DocumentParser {
    static let documentKeys31: Set = ["webhooks", "jsonSchemaDialect"]

    /// The dialects whose keywords the schema reader knows: OpenAPI's base dialects and plain 2020-12.
    static let knownDialectPrefixes = [
        "https://spec.openapis.org/oas/3.1/dialect/", "https://spec.openapis.org/oas/3.2/dialect/",
        "https://json-schema.org/draft/2020-12/schema",
    ]

    /// The media types whose `itemSchema` types a stream's elements.
    static let sequentialMediaTypes: Set = [
        "text/event-stream", "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json-seq",
    ]

    /// What concerns the whole document, read before anything in it.
    mutating func readDocumentHeader(_ fields: [String: YAMLNode]) {
        if let dialect = fields["jsonSchemaDialect"], let text = reader.string(dialect, "'jsonSchemaDialect'"),
           !Self.knownDialectPrefixes.contains(where: text.hasPrefix) {
            reader.diagnostics.warning("jsonSchemaDialect '\(text)' is not OpenAPI's base dialect; schemas are read as the base dialect", at: dialect.mark)
        }
        if let node = fields["$self"] {
            reader.diagnostics.warning("'$self' (OpenAPI 3.2) is not supported; references are resolved within this file", at: node.mark)
        }
    }

    /// Webhooks, read after the components they may name.
    mutating func readWebhooks(_ fields: [String: YAMLNode]) {
        if let webhooks = fields["webhooks"] {
            for (name, keyMark, value) in reader.entries(webhooks, "'webhooks'") {
                // Read, so that mistakes in them are reported, then dropped.
                _ = pathItem(name, value, at: keyMark)
                reader.diagnostics.note("webhook '\(name)' is skipped: the API calls webhooks, a client does not", at: keyMark)
            }
        }
    }

    /// The license as the client's documentation names it: its SPDX `identifier`, or else its `name`.
    mutating func license(_ node: YAMLNode) -> String? {
        guard let fields = reader.object(node, "'license'", known: ["name", "identifier", "url"]) else { return nil }
        if let identifier = fields["identifier"], fields["url"] != nil {
            reader.diagnostics.warning("a license has an 'identifier' or a 'url', not both; the identifier is used", at: identifier.mark)
        }
        return reader.string(fields["identifier"], "'license.identifier'") ?? reader.string(fields["name"], "'license.name'")
    }

    mutating func readComponentAdditions(_ fields: [String: YAMLNode]) {
        if let node = fields["pathItems"] {
            for (name, _, value) in reader.entries(node, "'components.pathItems'") { pathItemComponents[name] = value }
        }
        if let node = fields["mediaTypes"] {
            reader.diagnostics.warning("'components.mediaTypes' (OpenAPI 3.2) is not supported; $refs to it are errors", at: node.mark)
        }
    }

    /// Files a component schema's `$defs` among the schemas as `Name/$defs/Def`, which is what a
    /// `$ref` to `#/components/schemas/Name/$defs/Def` names (see ``Reference/name``), recursively.
    mutating func fileDefinitions(of node: YAMLNode, under name: String, into schemas: inout OrderedMap<SchemaOrReference>) {
        guard let definitions = node["$defs"] else { return }
        for (definition, _, value) in reader.entries(definitions, "'$defs'") {
            let key = "\(name)/$defs/\(definition)"
            schemas[key] = schema(value)
            fileDefinitions(of: value, under: key, into: &schemas)
        }
    }

    /// A `$ref` with, from 3.1 on, the `description` and `summary` beside it.
    mutating func reference(_ node: YAMLNode) -> Reference? {
        guard var reference = reader.reference(node) else { return nil }
        if version >= .v3_1 {
            if let text = node["description"] { reference.description = reader.string(text, "'description'") }
            if let text = node["summary"] { reference.summary = reader.string(text, "'summary'") }
        }
        return reference
    }

    /// The path item a path's `$ref` names in `components.pathItems`; `nil` after reporting why not.
    mutating func pathItemTarget(_ node: YAMLNode, path: String) -> (YAMLNode, Reference)? {
        guard let reference = reference(node) else { return nil }
        let prefix = "#/components/pathItems/"
        guard reference.pointer.hasPrefix(prefix) else {
            reader.diagnostics.error("$ref '\(reference.pointer)' must point into '\(prefix)' here", at: reference.mark)
            return nil
        }
        guard let target = pathItemComponents[reference.name] else {
            reader.diagnostics.error("$ref '\(reference.pointer)' does not resolve: there is no '\(reference.name)' in components.pathItems", at: reference.mark)
            return nil
        }
        if target["$ref"] != nil {
            // One level only: a chain could loop, and specs do not need one.
            reader.diagnostics.warning("the path item '\(reference.name)' is itself a $ref, which is not followed; skipping '\(path)'", at: target.mark)
            return nil
        }
        return (target, reference)
    }

    /// 3.2's `additionalOperations`: methods the path item has no field for (`LINK`), sent as written.
    mutating func additionalOperations(_ node: YAMLNode) -> [(HTTPMethod, YAMLNode)] {
        let fixed = Set(HTTPMethod.fixedFields(version).map(\.rawValue))
        return reader.entries(node, "'additionalOperations'").compactMap { name, keyMark, value in
            if fixed.contains(name.lowercased()) {
                reader.diagnostics.warning("'\(name)' has a field of its own ('\(name.lowercased())'); additionalOperations may not repeat it, so it is skipped", at: keyMark)
                return nil
            }
            guard !name.isEmpty, name.utf8.allSatisfy(Self.isTokenCharacter) else {
                reader.diagnostics.warning("'\(name)' is not an HTTP method name; the operation is skipped", at: keyMark)
                return nil
            }
            return (HTTPMethod(additional: name), value)
        }
    }

    /// RFC 9110's `tchar`, without the characters a Swift string literal would need to escape.
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
             UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// 3.2's `itemSchema`, and a warning for the item encodings, which are not supported.
    mutating func readSequentialItems(_ fields: [String: YAMLNode], type: String, into media: inout MediaType) {
        if let node = fields["itemSchema"] {
            media.itemSchema = schema(node)
            let base = type.split(separator: ";").first.map { String($0).trimmingCharacters(in: " ").lowercased() } ?? ""
            if !Self.sequentialMediaTypes.contains(base) {
                reader.diagnostics.warning("'itemSchema' on '\(type)' is not used: only event streams, JSON lines and JSON text sequences are read item by item", at: node.mark)
            }
        }
        for key in ["itemEncoding", "prefixEncoding"] {
            if let node = fields[key] {
                reader.diagnostics.warning("'\(key)' (OpenAPI 3.2) is not supported; it is ignored", at: node.mark)
            }
        }
    }
}
