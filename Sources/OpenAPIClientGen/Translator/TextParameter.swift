/// Which parameter schemas the client can send as text (a query item, a header, a path segment): the
/// runtime's `ParameterValue`s (strings, numbers, booleans, dates, bytes as base64), open enums of them, and
/// arrays of those (repeated query keys). An object or a free-form value has no text form the client can
/// pick without guessing the style a server wants (Twilio's `prefixed-collapsible-map`, `deepObject`, …).
enum TextParameter {
    static func canSend(_ schema: SchemaOrReference?, resolver: SchemaResolver, allowsArray: Bool = true) -> Bool {
        // A parameter with `content` instead of a schema is sent as its text.
        guard let schema else { return true }
        guard let resolved = resolver.resolved(schema) else { return false }
        if let member = resolved.wrappedAllOfMember { return canSend(member, resolver: resolver, allowsArray: allowsArray) }
        if !resolved.oneOf.isEmpty || !resolved.anyOf.isEmpty || resolved.allOf.count > 1 { return false }
        if resolved.type == nil, let values = resolved.enumValues?.filter({ $0 != .null }), !values.isEmpty {
            // An enum without a type is an open enum when its values are all strings or all integers.
            return values.allSatisfy { if case .string = $0 { true } else { false } }
                || values.allSatisfy { if case .integer = $0 { true } else { false } }
        }
        switch resolved.type {
        case .string, .integer, .number, .boolean: return true
        case .array: return allowsArray && resolved.items.map { canSend($0, resolver: resolver, allowsArray: false) } ?? false
        case .object, nil: return false
        }
    }
}
