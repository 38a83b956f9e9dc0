/// Where text from the spec becomes Swift source: string literals and documentation lines. Whatever a
/// description, name or value holds (line breaks of every kind, quotes, backslashes, NUL and other control
/// characters), what comes out compiles and says the same. Everything the renderer writes from the spec
/// passes through here.
extension String {
    /// The text as a Swift string literal.
    var swiftLiteral: String {
        quoted { Self.needsUnicodeEscape($0) ? "\\u{\(String($0.value, radix: 16))}" : nil }
    }

    /// Control characters, and the line and paragraph separators some editors break lines at.
    private static func needsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// The text with every kind of line break (CRLF, a lone CR, U+0085 NEL, U+2028, U+2029, vertical tab,
    /// form feed) as "\n", and other control characters (NUL, escape, …) as spaces: each documentation line
    /// is then one `///` line, and nothing in it ends the comment or upsets the compiler.
    var documentationText: String {
        // Nearly every description holds none of them: no copy.
        guard utf8.contains(where: { $0 < 0x20 && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 })
        else { return self }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A where previous == "\r": break  // The LF of a CRLF: the CR broke the line already.
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: result.append("\n")
            case 0x09: result.append(scalar)
            case 0..<0x20, 0x7F...0x9F: result.append(" ")
            default: result.append(scalar)
            }
            previous = scalar
        }
        return String(result)
    }
}

extension String {
    /// The text in double quotes with `"`, `\`, LF, CR and tab escaped as Swift and JSON both write
    /// them; `control` spells any other scalar that needs escaping (`nil` keeps it as it is).
    func quoted(escaping control: (Unicode.Scalar) -> String?) -> String {
        var result = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if let escaped = control(scalar) { result += escaped } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
