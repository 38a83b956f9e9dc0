/// An enumeration that accepts values it does not know.
///
/// Generated enums name every value the spec lists and keep any other in `unrecognized`, so a
/// server that adds a value never breaks decoding, and the value re-encodes exactly as received.
/// `Codable` comes from the standard library's `RawRepresentable` support.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable
where RawValue: Codable & Hashable & Sendable {
    /// Never fails: unknown values become `unrecognized`.
    init(rawValue: RawValue)
}


