/// Accumulates lines of Swift with indentation; the only place output text is assembled.
public struct CodePrinter {
    public private(set) var text = ""
    private var indentation = ""
    private let indentUnit = "    "
    /// Documentation wraps at this column; code lines are never wrapped.
    public var maximumWidth = 100

    public init() {}

    /// Prints one line at the current indentation (an empty line stays empty).
    public mutating func line(_ line: String = "") {
        if !line.isEmpty {
            text += indentation
            text += line
        }
        text += "\n"
    }

    /// Adds text another printer made, as it is (its lines carry their own indentation).
    public mutating func append(_ printed: String) {
        text += printed
    }

    /// Prints `opening {`, the body one level deeper, then `}`.
    public mutating func block(_ opening: String, closing: String = "}", _ body: (inout CodePrinter) -> Void) {
        line(opening + " {")
        indented(body)
        line(closing)
    }

    public mutating func indented(_ body: (inout CodePrinter) -> Void) {
        indentation += indentUnit
        body(&self)
        indentation.removeLast(indentUnit.count)
    }

    /// `///` lines for a documentation text; blank lines are kept as `///`.
    public mutating func documentation(_ text: String?) {
        guard let text else { return }
        var lines = text.documentationText.splitting(atASCII: UInt8(ascii: "\n")).map { $0.trailingWhitespaceTrimmed }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        let width = max(40, maximumWidth - indentation.count - 4)
        for docLine in lines {
            if docLine.isEmpty {
                line("///")
                continue
            }
            // Most lines fit as they are: no wrapping, nothing to work out.
            if docLine.utf8.count <= width {
                line("/// " + docLine)
                continue
            }
            // A list item's continuation lines are indented under its text, so that DocC keeps them in the item.
            let leading = docLine.utf8.prefix { $0 == UInt8(ascii: " ") }.count
            let text = leading == 0 ? docLine : String(docLine.dropFirst(leading))
            let hanging = String(repeating: " ", count: text.hasPrefix("- ") ? leading + 2 : 0)
            let margin = String(repeating: " ", count: leading)
            for (index, wrapped) in Self.wrap(text, width: width - hanging.count).enumerated() {
                line("/// " + (index == 0 ? margin : hanging) + wrapped)
            }
        }
    }
}

extension CodePrinter {
    /// Splits at spaces so that lines fit `width`; a word longer than that stands alone.
    static func wrap(_ text: String, width: Int) -> [String] {
        // Characters never outnumber UTF-8 bytes: most lines fit without counting characters.
        guard text.utf8.count > width, text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        for word in text.splitting(atASCII: UInt8(ascii: " ")) {
            let length = word.isASCII ? word.utf8.count : word.count
            if currentLength > 0, currentLength + 1 + length > width {
                lines.append(current)
                current = String(word)
                currentLength = length
            } else if currentLength == 0 && current.isEmpty {
                current = String(word)
                currentLength = length
            } else {
                current += " "
                current += word
                currentLength += 1 + length
            }
        }
        lines.append(current)
        return lines
    }
}

extension Substring {
    /// Without trailing white space (as `Character.isWhitespace` has it), ASCII looked at byte by byte.
    var trailingWhitespaceTrimmed: String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last {
            let isWhitespace = last.isASCII
                ? last == " " || last == "\t" || last == "\n" || last == "\r" || last.value == 0x0B || last.value == 0x0C
                : last.properties.isWhitespace
            guard isWhitespace else { break }
            scalars.removeLast()
        }
        return String(scalars)
    }
}
