/// Follows `$ref`s to component schemas: the one lookup every translator shares.
struct SchemaResolver: Sendable {
    let schemas: OrderedMap<SchemaOrReference>

    /// The component schema a reference names, following aliases (a chain of 32 at most: cycles end).
    func resolve(_ reference: Reference) -> Schema? {
        var current = schemas[reference.name]
        for _ in 0..<32 {
            switch current {
            case .schema(let schema)?: return schema
            case .reference(let next)?: current = schemas[next.name]
            case nil: return nil
            }
        }
        return nil
    }

    /// The inline schema, or the one a reference leads to.
    func resolved(_ schema: SchemaOrReference) -> Schema? {
        switch schema {
        case .schema(let inline): inline
        case .reference(let reference): resolve(reference)
        }
    }

    func isNullable(_ schema: SchemaOrReference) -> Bool {
        resolved(schema)?.nullable ?? false
    }
}
