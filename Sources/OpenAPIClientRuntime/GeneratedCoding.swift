/// What generated `init(from:)` and `encode(to:)` call, one name per kind of property:
///
///     self.name = try container.decodeString("name")
///     self.spec = try container.decodeValueIfPresent(IndexSpec.self, "spec")
///     try container.encodeInt32IfPresent(self.dimension, "dimension")
///
/// The containers' own `decode`, `decodeIfPresent`, `encode` and `encodeIfPresent` have some seventeen overloads
/// each, and resolving every line of a generated model against all of them was most of the type-checking of the
/// generated code: 6.9 of 9.6 s in function bodies on Twilio's api_v2010. A name with one declaration behind it
/// type-checks in about a fifth of the time. The primitives' helpers call the containers' non-generic overloads,
/// which JSONDecoder and JSONEncoder implement without the generic path's type checks, so nothing is slower at run
/// time.
@_spi(Generated)
extension KeyedDecodingContainer where K == AnyCodingKey {

    @inlinable public func decodeString(_ key: String) throws -> String { try decode(String.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeStringIfPresent(_ key: String) throws -> String? {
        try decodeIfPresent(String.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeInt(_ key: String) throws -> Int { try decode(Int.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeIntIfPresent(_ key: String) throws -> Int? {
        try decodeIfPresent(Int.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeInt32(_ key: String) throws -> Int32 { try decode(Int32.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeInt32IfPresent(_ key: String) throws -> Int32? {
        try decodeIfPresent(Int32.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeInt64(_ key: String) throws -> Int64 { try decode(Int64.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeInt64IfPresent(_ key: String) throws -> Int64? {
        try decodeIfPresent(Int64.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeDouble(_ key: String) throws -> Double { try decode(Double.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeDoubleIfPresent(_ key: String) throws -> Double? {
        try decodeIfPresent(Double.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeFloat(_ key: String) throws -> Float { try decode(Float.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeFloatIfPresent(_ key: String) throws -> Float? {
        try decodeIfPresent(Float.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeBool(_ key: String) throws -> Bool { try decode(Bool.self, forKey: AnyCodingKey(key)) }
    @inlinable public func decodeBoolIfPresent(_ key: String) throws -> Bool? {
        try decodeIfPresent(Bool.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeValue<T: Decodable>(_ type: T.Type, _ key: String) throws -> T {
        try decode(T.self, forKey: AnyCodingKey(key))
    }

    @inlinable public func decodeValueIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        try decodeIfPresent(T.self, forKey: AnyCodingKey(key))
    }

    // The standard library's `decodeIfPresent` returns `nil` for an explicit `null` as for an absent key; these
    // keep the two apart, so that each re-encodes as it came.

    /// An absent key is `nil`, an explicit `null` is ``Nullable/null``.
    @inlinable public func decodeNullableIfPresent<T>(_ type: Nullable<T>.Type, _ key: String) throws -> Nullable<T>? {
        let key = AnyCodingKey(key)
        guard contains(key) else { return nil }
        return try decode(Nullable<T>.self, forKey: key)
    }

    /// An absent key is `nil`, an explicit `null` is a boxed ``Nullable/null`` (an optional nullable property
    /// through which a struct contains itself).
    @inlinable public func decodeIndirectNullableIfPresent<T>(
        _ type: Indirect<Nullable<T>>.Type, _ key: String
    ) throws -> Indirect<Nullable<T>>? {
        let key = AnyCodingKey(key)
        guard contains(key) else { return nil }
        return Indirect(try decode(Nullable<T>.self, forKey: key))
    }

    /// An absent key is `nil`, an explicit `null` is ``JSONValue/null`` (a property without a type: OpenAI's
    /// `{"results": null}`).
    @inlinable public func decodeJSONValueIfPresent(_ key: String) throws -> JSONValue? {
        let key = AnyCodingKey(key)
        // `guard`, not `?:`: JSONValue is `ExpressibleByNilLiteral`, so a bare `nil` there would be `.null`.
        guard contains(key) else { return nil }
        return try decode(JSONValue.self, forKey: key)
    }
}

@_spi(Generated)
extension KeyedEncodingContainer where K == AnyCodingKey {

    @inlinable public mutating func encodeString(_ value: String, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeStringIfPresent(_ value: String?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeInt(_ value: Int, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeIntIfPresent(_ value: Int?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeInt32(_ value: Int32, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeInt32IfPresent(_ value: Int32?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeInt64(_ value: Int64, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeInt64IfPresent(_ value: Int64?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeDouble(_ value: Double, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeDoubleIfPresent(_ value: Double?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeFloat(_ value: Float, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeFloatIfPresent(_ value: Float?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeBool(_ value: Bool, _ key: String) throws { try encode(value, forKey: AnyCodingKey(key)) }
    @inlinable public mutating func encodeBoolIfPresent(_ value: Bool?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    /// Any value; an optional one writes `null` when it is `nil` (a required nullable property).
    @inlinable public mutating func encodeValue<T: Encodable>(_ value: T, _ key: String) throws {
        try encode(value, forKey: AnyCodingKey(key))
    }

    @inlinable public mutating func encodeValueIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }
}
