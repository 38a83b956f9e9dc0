/// Walking the document slot by slot, rewriting `$ref`s and filing their targets. Each function returns
/// the node rewritten, or `nil` when nothing in it changed, so unchanged parts are never copied.
extension ReferenceBundler {
    mutating func emit(_ node: YAMLNode, as slot: ReferenceSlot, isTop: Bool) -> YAMLNode? {
        guard case .mapping(let pairs) = node.content else { return nil }
        if slot.takesReference, let reference = pairs.first(where: { $0.key.scalar?.value == "$ref" })?.value, let text = reference.scalar?.value {
            return self.reference(node, text, at: reference.mark, in: slot)
        }
        if !isTop, !inPlace.isEmpty, let kind = slot.componentKind, let key = inPlace[InPlaceKey(mark: node.mark, kind: kind)],
           let name = register(key, node) {
            return Self.referenceNode(kind: kind, name: name, at: node.mark)
        }
        if slot == .discriminator { return discriminator(node, pairs) }
        let children = slot.children
        guard !children.isEmpty else { return nil }
        var changed: [YAMLPair]?
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalar?.value, let child = children[key] else { continue }
            let componentKind = slot == .components && Self.kinds.contains(key) ? key : nil
            if let value = emit(pair.value, child, componentKind: componentKind) {
                if changed == nil { changed = pairs }
                changed![index].value = value
            }
        }
        return changed.map { YAMLNode(.mapping($0), tag: node.tag, mark: node.mark) }
    }

    /// A child: one node (a sequence of them, for a tuple's `items`), or a map or list of nodes.
    /// `componentKind`: the map is the root's components of that kind.
    private mutating func emit(_ node: YAMLNode, _ child: ReferenceSlot.Child, componentKind: String?) -> YAMLNode? {
        switch (child, node.content) {
        case (.one(let slot), .mapping):
            return emit(node, as: slot, isTop: false)
        case (.one(let slot), .sequence(let items)), (.list(let slot), .sequence(let items)):
            var changed: [YAMLNode]?
            for (index, item) in items.enumerated() {
                if let value = emit(item, as: slot, isTop: false) {
                    if changed == nil { changed = items }
                    changed![index] = value
                }
            }
            return changed.map { YAMLNode(.sequence($0), tag: node.tag, mark: node.mark) }
        case (.map(let slot), .mapping(let pairs)):
            if pairs.count == 1, pairs[0].key.scalar?.value == "$ref", let text = pairs[0].value.scalar?.value {
                return mapReference(node, text, at: pairs[0].value.mark, of: slot)
            }
            var changed: [YAMLPair]?
            for (index, pair) in pairs.enumerated() {
                let value: YAMLNode?
                if let componentKind, let name = pair.key.scalar?.value, let (_, target) = rootComponentTargets[componentKind]?[name] {
                    // The component is only a `$ref`: the target takes its name and stands in its place.
                    value = emit(target, as: slot, isTop: true) ?? target
                } else {
                    value = emit(pair.value, as: slot, isTop: false)
                }
                if let value {
                    if changed == nil { changed = pairs }
                    changed![index].value = value
                }
            }
            return changed.map { YAMLNode(.mapping($0), tag: node.tag, mark: node.mark) }
        default:
            return nil
        }
    }

    /// A `$ref` in `slot`: pointed at the target's component, or replaced by the target read in place.
    private mutating func reference(_ node: YAMLNode, _ text: String, at mark: Mark, in slot: ReferenceSlot) -> YAMLNode? {
        switch resolve(text, at: mark) {
        case .unchanged, .failed:
            return nil
        case .rootComponent(let pointer):
            return Self.replacingReference(in: node, with: pointer)
        case .target(var key, let target):
            if let kind = slot.componentKind {
                key.kind = kind
                guard let name = register(key, target) else { return nil }
                return Self.replacingReference(in: node, with: Self.pointer(kind: kind, name: name))
            }
            return inline(key, target, in: slot, referencedBy: node, at: mark)
        }
    }

    /// A `$ref` standing for a whole map (`properties: {$ref: attributes.yml#/ids}`): not OpenAPI, but JSON
    /// Reference tools read the map it names in its place, and so does this, with a warning.
    private mutating func mapReference(_ node: YAMLNode, _ text: String, at mark: Mark, of slot: ReferenceSlot) -> YAMLNode? {
        guard case .target(let key, let target) = resolve(text, at: mark) else {
            error("$ref '\(text)' stands for a map of \(slot)s, which must be written out (or named from another file)", at: mark)
            return nil
        }
        guard !inlineStack.contains(key) else {
            error("circular $ref: this map of \(slot)s includes itself", at: mark)
            return nil
        }
        warning("$ref '\(text)' stands for a whole map, which OpenAPI does not allow; the map it names is read here", at: mark)
        return inlining(key, as: "map of \(slot)") { $0.emit(target, .map(slot), componentKind: nil) ?? target }
    }

    /// A path item, operation or example read where its `$ref` stood.
    private mutating func inline(_ key: Key, _ target: YAMLNode, in slot: ReferenceSlot, referencedBy node: YAMLNode, at mark: Mark) -> YAMLNode? {
        guard !inlineStack.contains(key) else {
            error("circular $ref: this \(slot) includes itself", at: mark)
            return nil
        }
        if slot == .operation, !isSecondPass {
            operationReferences.count += 1
            operationReferences.first = operationReferences.first ?? mark
        }
        let ignored = (node.mapping ?? []).compactMap(\.key.scalar?.value).filter { $0 != "$ref" && !$0.hasPrefix("x-") }
        if !ignored.isEmpty {
            warning("keys beside '$ref' are ignored: \(ignored.joined(separator: ", "))", at: node.mark)
        }
        return inlining(key, as: "\(slot)") { $0.emit(target, as: slot, isTop: true) ?? target }
    }

    /// Emits a target read in place once per pass; the second pass reuses the first's unless the target
    /// holds a place it must replace.
    private mutating func inlining(_ key: Key, as what: String, _ body: (inout ReferenceBundler) -> YAMLNode) -> YAMLNode {
        var cacheKey = key
        cacheKey.kind = what
        if isSecondPass, !containers.contains(Place(file: key.file, pointer: key.pointer)), let known = inlinedContent[cacheKey] { return known }
        inlined.insert(key)
        inlineStack.append(key)
        defer { inlineStack.removeLast() }
        let content = body(&self)
        inlinedContent[cacheKey] = content
        return content
    }

    /// A discriminator's `mapping` values are `$ref`s written as plain strings.
    private mutating func discriminator(_ node: YAMLNode, _ pairs: [YAMLPair]) -> YAMLNode? {
        guard let index = pairs.firstIndex(where: { $0.key.scalar?.value == "mapping" }), case .mapping(var entries) = pairs[index].value.content else { return nil }
        var changed = false
        for (entryIndex, entry) in entries.enumerated() {
            // A bare schema name ("Cat") names a component, as the parser reads it.
            guard let text = entry.value.scalar?.value, text.contains("#") || text.contains("/") || text.hasSuffix(".yaml") || text.hasSuffix(".yml") || text.hasSuffix(".json") else { continue }
            let pointer: String
            switch resolve(text, at: entry.value.mark) {
            case .unchanged, .failed: continue
            case .rootComponent(let local): pointer = local
            case .target(var key, let target):
                key.kind = "schemas"
                guard let name = register(key, target) else { continue }
                pointer = Self.pointer(kind: "schemas", name: name)
            }
            entries[entryIndex].value = YAMLNode(.scalar(YAMLScalar(pointer)), mark: entry.value.mark)
            changed = true
        }
        guard changed else { return nil }
        var pairs = pairs
        pairs[index].value = YAMLNode(.mapping(entries), tag: pairs[index].value.tag, mark: pairs[index].value.mark)
        return YAMLNode(.mapping(pairs), tag: node.tag, mark: node.mark)
    }

    // MARK: Building nodes

    static func pointer(kind: String, name: String) -> String {
        var escaped = ""
        for character in name {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return "#/components/\(kind)/" + escaped
    }

    static func referenceNode(kind: String, name: String, at mark: Mark) -> YAMLNode {
        let key = YAMLNode(.scalar(YAMLScalar("$ref")), mark: mark)
        return YAMLNode(.mapping([YAMLPair(key: key, value: YAMLNode(.scalar(YAMLScalar(pointer(kind: kind, name: name))), mark: mark))]), mark: mark)
    }

    /// The `$ref` node with its pointer replaced; keys beside it stay for the parser to read or warn about.
    static func replacingReference(in node: YAMLNode, with pointer: String) -> YAMLNode {
        guard case .mapping(var pairs) = node.content, let index = pairs.firstIndex(where: { $0.key.scalar?.value == "$ref" }) else { return node }
        pairs[index].value = YAMLNode(.scalar(YAMLScalar(pointer)), mark: pairs[index].value.mark)
        return YAMLNode(.mapping(pairs), tag: node.tag, mark: node.mark)
    }

    /// The document with the new components added after its own, kind by kind.
    static func adding(_ components: [String: [(key: Key, name: String, node: YAMLNode)]], to document: YAMLNode) -> YAMLNode {
        guard case .mapping(var pairs) = document.content else { return document }
        let index = pairs.firstIndex { $0.key.scalar?.value == "components" } ?? {
            pairs.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar("components")), mark: document.mark), value: YAMLNode(.mapping([]), mark: document.mark)))
            return pairs.count - 1
        }()
        var section = pairs[index].value.mapping ?? []
        for kind in kinds {
            guard let entries = components[kind] else { continue }
            let newPairs = entries.map { YAMLPair(key: YAMLNode(.scalar(YAMLScalar($0.name)), mark: $0.node.mark), value: $0.node) }
            if let kindIndex = section.firstIndex(where: { $0.key.scalar?.value == kind }) {
                let existing = section[kindIndex].value
                section[kindIndex].value = YAMLNode(.mapping((existing.mapping ?? []) + newPairs), tag: existing.tag, mark: existing.mark)
            } else {
                section.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar(kind)), mark: document.mark), value: YAMLNode(.mapping(newPairs), mark: document.mark)))
            }
        }
        pairs[index].value = YAMLNode(.mapping(section), tag: pairs[index].value.tag, mark: pairs[index].value.mark)
        return YAMLNode(.mapping(pairs), tag: document.tag, mark: document.mark)
    }
}
