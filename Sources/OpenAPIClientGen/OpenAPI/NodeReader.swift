/// Typed reads of YAML nodes for the OpenAPI parser; every mismatch becomes a located error.
struct NodeReader {
    var diagnostics: DiagnosticCollector

    init(files: [String]) {
        diagnostics = DiagnosticCollector(files: files)
    }

    /// The pairs of a mapping node, keyed by scalar text. Warns about keys the object does not
    /// define (`x-` extensions are allowed anywhere), so a misspelt key is never silently ignored.
    mutating func object(
        _ node: YAMLNode, _ what: String, known: Set<String>
    ) -> [String: YAMLNode]? {
        guard let pairs = node.mapping else {
            diagnostics.error("\(what) must be a mapping, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var fields: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                diagnostics.error("keys in \(what) must be scalars, found \(pair.key.kindDescription)", at: pair.key.mark)
                continue
            }
            if !known.contains(key) && !key.hasPrefix("x-") {
                diagnostics.warning("unknown key '\(key)' in \(what) is ignored", at: pair.key.mark)
            }
            fields[key] = pair.value
        }
        return fields
    }

    /// A mapping's pairs in order, for maps keyed by user names (paths, properties, components).
    mutating func entries(_ node: YAMLNode, _ what: String) -> [(key: String, keyMark: Mark, value: YAMLNode)] {
        guard let pairs = node.mapping else {
            if !node.isNull {
                diagnostics.error("\(what) must be a mapping, found \(node.kindDescription)", at: node.mark)
            }
            return []
        }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar?.value else {
                diagnostics.error("keys in \(what) must be scalars, found \(pair.key.kindDescription)", at: pair.key.mark)
                return nil
            }
            return (key, pair.key.mark, pair.value)
        }
    }

    mutating func string(_ node: YAMLNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.error("\(what) must be a string, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        return scalar.value
    }

    mutating func bool(_ node: YAMLNode?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch JSONValue(node) {
        case .bool(let value): return value
        default:
            diagnostics.error("\(what) must be true or false, found \(node.kindDescription)", at: node.mark)
            return nil
        }
    }

    mutating func number(_ node: YAMLNode?, _ what: String) -> Double? {
        guard let node else { return nil }
        switch JSONValue(node) {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default:
            diagnostics.error("\(what) must be a number, found \(node.kindDescription)", at: node.mark)
            return nil
        }
    }

    /// A count (`maxLength`, `minItems`); a whole number written as a float (`10.0`) is that integer, as
    /// JSON Schema has it.
    mutating func integer(_ node: YAMLNode?, _ what: String) -> Int? {
        guard let node else { return nil }
        let value: Int? = switch JSONValue(node) {
        case .integer(let value): value
        case .number(let value) where value == value.rounded(.towardZero) && value.magnitude < 0x1p62: Int(value)
        default: nil
        }
        guard let value, value >= 0 else {
            diagnostics.error("\(what) must be a non-negative integer, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        return value
    }

    mutating func sequence(_ node: YAMLNode?, _ what: String) -> [YAMLNode] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            diagnostics.error("\(what) must be a sequence, found \(node.kindDescription)", at: node.mark)
            return []
        }
        return items
    }

    mutating func strings(_ node: YAMLNode?, _ what: String) -> [(value: String, mark: Mark)] {
        sequence(node, what).compactMap { item in
            string(item, "an entry of \(what)").map { ($0, item.mark) }
        }
    }

    /// A `$ref` object's pointer, when the node is one. Only local pointers (`#/…`) are read.
    mutating func reference(_ node: YAMLNode) -> Reference? {
        guard let refNode = node["$ref"] else { return nil }
        guard let pointer = string(refNode, "$ref") else { return nil }
        if !pointer.hasPrefix("#/") {
            diagnostics.error("$ref '\(pointer)' points outside this file; only local references ('#/components/…') are supported", at: refNode.mark)
            return nil
        }
        return Reference(pointer: pointer, mark: refNode.mark)
    }
}
