/// The component names targets are filed under.
extension ReferenceBundler {
    /// The root's own component names come first; a root component that is only a `$ref` gives its
    /// name to the target (a schema that is also a component keeps its component name).
    mutating func reserveRootComponentNames(_ root: YAMLNode) {
        guard let section = root["components"]?.mapping else { return }
        for pair in section {
            guard let kind = pair.key.scalar?.value, Self.kinds.contains(kind), let entries = pair.value.mapping else { continue }
            takenNames[kind, default: []].formUnion(entries.compactMap(\.key.scalar?.value))
        }
        for pair in section {
            guard let kind = pair.key.scalar?.value, Self.kinds.contains(kind), let entries = pair.value.mapping else { continue }
            for entry in entries {
                guard let name = entry.key.scalar?.value, let only = entry.value.mapping, only.count == 1,
                      only[0].key.scalar?.value == "$ref", let text = only[0].value.scalar?.value,
                      case .target(var key, let target) = resolve(text, at: only[0].value.mark) else { continue }
                key.kind = kind
                guard names[key] == nil else { continue }  // Another component names it first: this one stays an alias.
                names[key] = name
                rootComponentTargets[kind, default: [:]][name] = (key, target)
            }
        }
    }

    /// The name `key` is filed under, given on first sight; queues the target to be emitted once per pass.
    /// `nil` only for a target the first pass never saw (cannot happen: the passes walk the same document).
    mutating func register(_ key: Key, _ target: YAMLNode) -> String? {
        let name: String
        if let known = names[key] {
            name = known
        } else {
            // `name`, or `name2`, `name3`, … when taken, as type names are made unique.
            name = SafeNameGenerator.unique(preferredName(key), in: &takenNames[key.kind, default: []])
            names[key] = name
        }
        if queued.insert(key).inserted { queue.append((key, target)) }
        return name
    }

    /// A target that is a component of its file keeps that name; a whole file is named by its stem
    /// (`schemas/owner.json` → `owner`); anything else by the last key of its pointer that names something.
    private func preferredName(_ key: Key) -> String {
        let pointer = key.pointer
        if pointer.count == 3, pointer[0] == "components", pointer[1] == key.kind { return pointer[2] }
        if let last = pointer.last(where: Self.isNaming) { return last }
        return SpecPath.stem(of: files[key.file])
    }

    /// Keys that say what a thing is, rather than where it stands (`schema`, `items`, `0`, `application/json`).
    private static func isNaming(_ segment: String) -> Bool {
        !segment.isEmpty && Int(segment) == nil && !segment.contains("/") && !structuralKeys.contains(segment)
    }

    private static let structuralKeys: Set = [
        "schema", "items", "additionalProperties", "not", "content", "properties", "allOf", "anyOf", "oneOf", "prefixItems",
        "$defs", "definitions", "components", "schemas", "parameters", "responses", "requestBodies", "headers", "requestBody",
        "paths", "get", "put", "post", "delete", "options", "head", "patch", "trace", "query", "itemSchema", "securitySchemes",
    ]
}
