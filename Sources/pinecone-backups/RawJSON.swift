#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation

/// JSON handled as the server's text: indented for reading and spliced together, but never decoded
/// and re-encoded, so no field is dropped and no number or timestamp is rewritten (`100.0` stays
/// `100.0`, nine fractional digits stay nine).
enum RawJSON {
    /// `data` indented by two spaces per level, every string and number copied as it is; text that is
    /// not JSON is returned unchanged.
    static func pretty(_ data: Data) -> String {
        var scanner = Scanner(bytes: Array(data))
        var output: [UInt8] = []
        output.reserveCapacity(data.count * 2)
        guard scanner.reindent(into: &output, depth: 0), scanner.atEnd else {
            return String(decoding: data, as: UTF8.self)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The elements of the array under `key` in a top-level object, each as its own bytes.
    static func arrayElements(named key: String, in data: Data) -> [Data]? {
        var scanner = Scanner(bytes: Array(data))
        return scanner.elements(ofArrayNamed: Array(key.utf8))
    }

    /// `{"k": v, …}` from values that are already JSON.
    static func object(_ members: KeyValuePairs<String, Data>) -> Data {
        var output = Data("{".utf8)
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(contentsOf: Array(",".utf8)) }
            output.append(contentsOf: Array("\"\(member.key)\":".utf8))
            output.append(member.value)
        }
        output.append(contentsOf: Array("}".utf8))
        return output
    }

    /// `[a, b, …]` from values that are already JSON.
    static func array(_ elements: [Data]) -> Data {
        var output = Data("[".utf8)
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(element)
        }
        output.append(UInt8(ascii: "]"))
        return output
    }

    /// A validating walk over JSON bytes that copies tokens verbatim.
    struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var atEnd: Bool {
            var copy = self
            copy.skipWhitespace()
            return copy.position == bytes.count
        }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        /// Skips one value; returns its byte range.
        mutating func skipValue() -> Range<Int>? {
            skipWhitespace()
            guard position < bytes.count else { return nil }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = bytes[position] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == close {
                    position += 1
                    return start..<position
                }
                while true {
                    if isObject {
                        skipWhitespace()
                        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), skipString() != nil else { return nil }
                        skipWhitespace()
                        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                        position += 1
                    }
                    guard skipValue() != nil else { return nil }
                    skipWhitespace()
                    guard position < bytes.count else { return nil }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == close else { return nil }
                    position += 1
                    return start..<position
                }
            case UInt8(ascii: "\""):
                return skipString()
            default:
                // A number or a literal: everything up to the next delimiter, checked by shape.
                while position < bytes.count, !Self.delimiters.contains(bytes[position]) { position += 1 }
                guard position > start, Self.isScalar(bytes[start..<position]) else { return nil }
                return start..<position
            }
        }

        static let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":")]

        /// `true`, `false`, `null`, or a number in JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
        /// Checked by hand: this runs for every number of every page.
        static func isScalar(_ token: ArraySlice<UInt8>) -> Bool {
            if token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8) || token.elementsEqual("null".utf8) { return true }
            var rest = token[...]
            func digits() -> Int {
                let count = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
                rest = rest.dropFirst(count)
                return count
            }
            if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
            let leadingZero = rest.first == UInt8(ascii: "0")
            let integer = digits()
            guard integer > 0, !(leadingZero && integer > 1) else { return false }
            if rest.first == UInt8(ascii: ".") {
                rest = rest.dropFirst()
                guard digits() > 0 else { return false }
            }
            if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
                rest = rest.dropFirst()
                if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
                guard digits() > 0 else { return false }
            }
            return rest.isEmpty
        }

        mutating func skipString() -> Range<Int>? {
            let start = position
            position += 1
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\\"): position += 2
                case UInt8(ascii: "\""):
                    position += 1
                    return start..<position
                case 0..<0x20: return nil
                default: position += 1
                }
            }
            return nil
        }

        /// Copies one value into `output`, containers indented, scalars as they are.
        mutating func reindent(into output: inout [UInt8], depth: Int) -> Bool {
            skipWhitespace()
            guard position < bytes.count else { return false }
            let open = bytes[position]
            guard open == UInt8(ascii: "{") || open == UInt8(ascii: "[") else {
                guard let range = skipValue() else { return false }
                output += bytes[range]
                return true
            }
            let isObject = open == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipWhitespace()
            if position < bytes.count, bytes[position] == close {
                position += 1
                output += [open, close]
                return true
            }
            output.append(open)
            while true {
                output.append(0x0A)
                output += Array(repeating: 0x20, count: (depth + 1) * 2)
                if isObject {
                    skipWhitespace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = skipString() else { return false }
                    output += bytes[key]
                    skipWhitespace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
                    position += 1
                    output += Array(": ".utf8)
                }
                guard reindent(into: &output, depth: depth + 1) else { return false }
                skipWhitespace()
                guard position < bytes.count else { return false }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    output.append(UInt8(ascii: ","))
                    continue
                }
                guard bytes[position] == close else { return false }
                position += 1
                output.append(0x0A)
                output += Array(repeating: 0x20, count: depth * 2)
                output.append(close)
                return true
            }
        }

        /// The elements of `object[key]`, when the document is an object whose `key` is an array.
        mutating func elements(ofArrayNamed key: [UInt8]) -> [Data]? {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return nil }
            position += 1
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let name = skipString() else { return nil }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                skipWhitespace()
                if Array(bytes[name.dropFirst().dropLast()]) == key, position < bytes.count, bytes[position] == UInt8(ascii: "[") {
                    return arrayElements()
                }
                guard skipValue() != nil else { return nil }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
        }

        private mutating func arrayElements() -> [Data]? {
            position += 1
            var elements: [Data] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { return elements }
            while true {
                guard let range = skipValue() else { return nil }
                elements.append(Data(bytes[range]))
                skipWhitespace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: "]") { return elements }
                guard bytes[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
        }
    }
}
#endif
