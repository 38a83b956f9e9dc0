extension String {
    /// `split(separator:omittingEmptySubsequences: false)` for an ASCII separator, on UTF-8 bytes rather than
    /// characters. Documentation, names and `$ref` pointers go through this on every run, and breaking them
    /// into characters (grapheme clusters) was an eighth of a generator run. An ASCII byte is always a character
    /// boundary, except "\n" after "\r" (one character in Swift), where no split is made, as `split` would
    /// not make one either.
    func splitting(atASCII separator: UInt8) -> [Substring] {
        var parts: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == separator && !(separator == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) {
                parts.append(self[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        parts.append(self[start..<bytes.endIndex])
        return parts
    }
}

extension StringProtocol {
    /// Whether every byte is ASCII: then bytes and characters are one and the same (but for "\r\n").
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
