import Foundation

/// A value that can stand in a path segment, a query item or a header.
@_spi(Generated)
public protocol ParameterValue: Sendable {
    /// The value as text, before any percent-encoding.
    var parameterText: String { get }
}

@_spi(Generated)
extension String: ParameterValue {
    public var parameterText: String { self }
}

@_spi(Generated)
extension Bool: ParameterValue {
    public var parameterText: String { self ? "true" : "false" }
}

@_spi(Generated)
extension Int: ParameterValue {
    public var parameterText: String { String(self) }
}

@_spi(Generated)
extension Int32: ParameterValue {
    public var parameterText: String { String(self) }
}

@_spi(Generated)
extension Int64: ParameterValue {
    public var parameterText: String { String(self) }
}

@_spi(Generated)
extension Double: ParameterValue {
    public var parameterText: String { String(self) }
}

@_spi(Generated)
extension Float: ParameterValue {
    public var parameterText: String { String(self) }
}

@_spi(Generated)
extension Date: ParameterValue {
    public var parameterText: String { RFC3339.string(from: self) }
}

enum PercentEncoding {
    /// Percent-encodes everything but RFC 3986's unreserved characters, so the value stays one
    /// path segment or one query component whatever it holds (`/`, `?`, `#`, `%`, spaces, non-ASCII).
    static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
