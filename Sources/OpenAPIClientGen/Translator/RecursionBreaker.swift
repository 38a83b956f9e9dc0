/// Finds struct properties through which a type contains itself (`Node.parent: Node?`, or
/// `A.b: B?` with `B.a: A?`) and marks them indirect, since a Swift struct cannot hold itself by value.
/// Arrays and dictionaries already store their elements out of line, so only direct edges count.
enum RecursionBreaker {
    static func breakCycles(in types: inout [TypeDeclaration]) {
        var edges: [String: Set<String>] = [:]
        for case .structure(let declaration) in types {
            edges[declaration.name] = Set(declaration.properties.compactMap { directName($0.type) })
        }
        func reaches(_ start: String, _ target: String) -> Bool {
            var stack = [start]
            var seen: Set<String> = []
            while let name = stack.popLast() {
                if name == target { return true }
                guard seen.insert(name).inserted else { continue }
                stack.append(contentsOf: edges[name] ?? [])
            }
            return false
        }
        for index in types.indices {
            guard case .structure(var declaration) = types[index] else { continue }
            var changed = false
            for propertyIndex in declaration.properties.indices {
                guard let target = directName(declaration.properties[propertyIndex].type),
                      edges[target] != nil, reaches(target, declaration.name) else { continue }
                declaration.properties[propertyIndex].isIndirect = true
                changed = true
            }
            if changed { types[index] = .structure(declaration) }
        }
    }

    private static func directName(_ type: SwiftType) -> String? {
        switch type {
        case .named(let name): name
        // Nullable and Indirect hold their value inline as far as the cycle goes; streams do not.
        case .optional(let wrapped), .generic(.nullable, let wrapped), .generic(.indirect, let wrapped): directName(wrapped)
        case .array, .dictionary, .generic: nil
        }
    }
}
