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

/// `format: byte` (and `binary`) in a query, a header or a path: base64, as JSON carries bytes.
@_spi(Generated)
extension Data: ParameterValue {
    public var parameterText: String { base64EncodedString() }
}

@_spi(Generated)
extension Date: ParameterValue {
    public var parameterText: String { RFC3339.string(from: self) }
}

enum PercentEncoding {
    /// Percent-encodes everything but RFC 3986's unreserved characters, so the value stays one
    /// path segment or one query component whatever it holds (`/`, `?`, `#`, `%`, spaces, non-ASCII).
    static func encode(_ text: String) -> String {
        // Most values (IDs, names, numbers) need no escaping; this runs for every parameter of every call.
        guard text.containsUTF8Byte(where: { !isUnreserved($0) }) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}

/// Header values: CR and LF would end the field and start another (header injection).
enum HeaderValue {
    /// Whether `text` holds a CR or an LF (also inside a `"\r\n"` character), checked on its bytes.
    static func hasLineBreak(_ text: String) -> Bool {
        text.containsUTF8Byte { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
    }
}

extension String {
    /// Whether one of the string's UTF-8 bytes satisfies `predicate`: on its contiguous bytes when it has them
    /// (native strings), where the UTF-8 view's iterator costs ten times more. Runs for every parameter of every call.
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
