/// A property that may be absent, `null`, or a value — for `nullable` properties that are not
/// required, where the three mean different things to the server (in a PATCH body, `null` clears a
/// field and absence leaves it alone). Generated structs declare such properties as `Nullable<T>?`:
/// `nil` leaves the key out, `.null` sends `null`, `.value(x)` sends `x`; decoding keeps the same distinction.
public enum Nullable<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    case null
    indirect case value(Wrapped)

    /// The value, or `nil` for `null`.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// `.null` for `nil`, else `.value`.
    public init(_ value: Wrapped?) {
        self = value.map(Nullable.value) ?? .null
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}
