/// A node of a YAML document, with the position where it starts.
///
/// Scalars keep their source text: the YAML layer never guesses types, so `2025-10`,
/// `3.0.3` and `'yes'` stay strings until a later stage asks for a number or a boolean.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// The explicit tag (`!!str`, `!custom`), when the source gave one.
    public var tag: String?
    public var mark: Mark

    public init(_ content: Content, tag: String? = nil, mark: Mark) {
        self.content = content
        self.tag = tag
        self.mark = mark
    }
}

public struct YAMLScalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

extension YAMLNode {
    /// The scalar's text, or `nil` for a collection.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under a scalar key, for a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// What the node is, in words for a diagnostic ("a mapping", "the scalar 'x'").
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar):
            let text = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            return "the scalar '\(text)'"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// Whether a plain scalar reads as YAML's null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        guard let scalar, scalar.style == .plain, tag == nil else { return tag == "tag:yaml.org,2002:null" }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.value)
    }
}
