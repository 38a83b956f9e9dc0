/// Types for operations' bodies and responses, declared at the top level and named after the operation.
extension TypeTranslator {
    /// The struct for a form body, marked to conform to `FormEncodable`; `nil` when the schema is not an object.
    mutating func formType(
        _ schema: SchemaOrReference, name: String, types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> SwiftType? {
        switch schema {
        case .reference(let reference):
            guard let target = resolve(reference), needsStruct(declaredWrappedMember(target) ?? target),
                  let name = componentTypeNames[reference.name] else { return nil }
            return .named(name)  // Declared with the components, already as a form (see `formComponents()`).
        case .schema(let inline):
            guard needsStruct(inline) else { return nil }
            let unique = names.claimTopLevel(name)
            var declared = declarations(for: inline, named: unique, sentAsForm: true, diagnostics: &diagnostics)
            // Nothing but this operation's request refers to it: it is only ever sent as a form.
            if case .structure(var form)? = declared.first {
                form.isCodable = false
                declared[0] = .structure(form)
            }
            types += declared
            return .named(unique)
        }
    }

    /// A type for an operation's body or response: a reference as is, an inline object named after the operation.
    mutating func type(
        forNamed schema: SchemaOrReference, name: String, types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> SwiftType {
        guard case .schema(let inline) = schema, needsStruct(inline) || inline.enumValues != nil else {
            return type(for: schema, suggestedName: name, nested: &types, diagnostics: &diagnostics)
        }
        let unique = names.claimTopLevel(name)
        types += declarations(for: inline, named: unique, diagnostics: &diagnostics)
        return .named(unique)
    }

    /// The first JSON media type (``ContentType/Kind-swift.enum/json``) of a body or response.
    static func jsonContent(_ content: OrderedMap<MediaType>) -> (String, MediaType)? {
        content.first { ContentType($0.key).kind == .json }.map { ($0.key, $0.value) }
    }

    /// The request body's media type the client sends, by preference: JSON, JSON lines, multipart,
    /// URL-encoded form, then bytes or text as they are.
    static func requestContent(_ content: OrderedMap<MediaType>) -> (String, MediaType, OperationDeclaration.Body.Encoding)? {
        if let (type, media) = jsonContent(content) { return (type, media, .json) }
        let kinds = content.keys.map { ContentType($0).kind }
        let preferences: [(ContentType.Kind, OperationDeclaration.Body.Encoding)] = [
            (.jsonLines, .jsonLines), (.multipart, .multipart), (.urlEncodedForm, .urlEncodedForm),
        ]
        for (kind, encoding) in preferences {
            if let index = kinds.firstIndex(of: kind) { return (content.keys[index], content[content.keys[index]]!, encoding) }
        }
        if let (type, media) = content.first(where: { !ContentType($0.key).base.hasPrefix("multipart/") }) { return (type, media, .raw) }
        return nil
    }
}


extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }

    /// One line: runs of whitespace (newlines included) become one space.
    var collapsingWhitespace: String {
        guard isASCII else { return split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        // The same on bytes, for ASCII text (nearly all of it): no characters, no Unicode properties.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var spaceDue = false
        for byte in utf8 {
            if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) {
                spaceDue = !bytes.isEmpty
            } else {
                if spaceDue { bytes.append(UInt8(ascii: " ")) }
                spaceDue = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String { String(self).trimmingCharacters(in: set) }
}

