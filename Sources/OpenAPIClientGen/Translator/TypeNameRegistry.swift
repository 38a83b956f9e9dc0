/// The names of the generated types, in one place: every component schema's Swift name is decided up front
/// (so a `$ref` resolves anywhere, in any order), top-level names are handed out once each, and names nested
/// in a type stay clear of the top-level ones (so a reference inside it is never shadowed).
///
/// Inputs: the component schemas' names, the document's version and the names the caller reserves (the
/// client's); output: names. The spelling rules themselves are ``SafeNameGenerator``'s.
struct TypeNameRegistry: Sendable {
    /// Component schema name (`Pet`, 3.1 `Pet/$defs/Tag`) → Swift type name.
    let componentNames: [String: String]
    /// Every top-level type name handed out so far.
    private(set) var topLevel: Set<String>

    init(componentSchemas: [String], version: SpecVersion, reservedNames: Set<String>) {
        var taken = SafeNameGenerator.reservedTypeNames.union(reservedNames)
        var names: [String: String] = [:]
        for name in componentSchemas {
            // A 3.1 definition (`Pet/$defs/Tag`) is named by itself, like a component.
            let ownName = version >= .v3_1 && name.contains("/$defs/") ? String(name.split(separator: "/").last ?? "") : name
            var swiftName = SafeNameGenerator.typeName(ownName)
            if SafeNameGenerator.reservedTypeNames.contains(swiftName) || reservedNames.contains(swiftName) {
                swiftName += "Model"
            }
            names[name] = SafeNameGenerator.unique(swiftName, in: &taken)
        }
        componentNames = names
        topLevel = taken
    }

    /// A new top-level name: `name`, or `name2`, `name3`, … when it is taken.
    mutating func claimTopLevel(_ name: String) -> String {
        SafeNameGenerator.unique(name, in: &topLevel)
    }

    /// Marks names as taken at the top level (types declared elsewhere).
    mutating func reserveTopLevel(_ names: some Sequence<String>) {
        topLevel.formUnion(names)
    }

    /// The names a type's nested types must avoid: every top-level name, and the type's own.
    func nestedScope(inside typeName: String) -> Set<String> {
        topLevel.union([typeName])
    }

    /// The nested type named after `label` (a property, a case): `Payload` is added where the name would
    /// shadow a runtime or top-level type, then `2`, `3`, … where the scope already has it.
    static func nestedName(for label: String, in scope: inout Set<String>) -> String {
        var name = SafeNameGenerator.typeName(label)
        if SafeNameGenerator.reservedTypeNames.contains(name) || scope.contains(name) {
            name += "Payload"
        }
        return SafeNameGenerator.unique(name, in: &scope)
    }
}
