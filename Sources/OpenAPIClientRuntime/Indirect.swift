/// Boxed storage for a property through which a generated struct contains itself.
/// Encodes and decodes as the wrapped value; compares by value.
@_spi(Generated)
public final class Indirect<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public let value: Wrapped

    public init(_ value: Wrapped) {
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        value = try Wrapped(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
