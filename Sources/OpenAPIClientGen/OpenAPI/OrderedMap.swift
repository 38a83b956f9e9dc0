/// Keys in source order with fast lookup: OpenAPI's maps are ordered in the file, and the
/// generator keeps that order so output is deterministic and reads like the spec.
public struct OrderedMap<Value: Sendable>: Sendable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: Value] = [:]

    public init() {}

    public subscript(key: String) -> Value? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }
    public var values: [Value] { keys.map { storage[$0]! } }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        keys.lazy.map { (key: $0, value: storage[$0]!) }.makeIterator()
    }
}

extension OrderedMap {
    /// Follows `$ref`s through this component map to the object; `nil` for a dangling or looping chain.
    public func resolve<T>(_ item: Referenceable<T>) -> T? where Value == Referenceable<T> {
        var current = item
        for _ in 0..<32 {
            switch current {
            case .value(let value): return value
            case .reference(let reference):
                guard let next = self[reference.name] else { return nil }
                current = next
            }
        }
        return nil
    }
}
