/// The words of a command line: subcommands, `--option value` pairs and `--flags`.
struct ParsedArguments {
    var words: [String]
    var options: [String: String] = [:]
    var flags: Set<String> = []

    static let flagNames: Set<String> = ["--json", "--all", "--help", "-h"]

    /// Splits `--name value` and `--name=value`; everything else is a positional word.
    init(_ arguments: [String]) throws(UsageError) {
        words = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if Self.flagNames.contains(argument) {
                flags.insert(argument == "-h" ? "--help" : argument)
            } else if argument.hasPrefix("--") {
                if let equals = argument.firstIndex(of: "=") {
                    options[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
                } else {
                    index += 1
                    guard index < arguments.count else { throw UsageError("\(argument) needs a value") }
                    options[argument] = arguments[index]
                }
            } else {
                words.append(argument)
            }
            index += 1
        }
    }

    /// Takes an option out, so that what remains at the end is reported as unknown.
    mutating func take(_ name: String) -> String? {
        options.removeValue(forKey: name)
    }

    mutating func required(_ name: String) throws(UsageError) -> String {
        guard let value = take(name), !value.isEmpty else { throw UsageError("missing \(name)") }
        return value
    }

    mutating func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = take(name) else { return nil }
        guard let value = Int(text), value > 0 else { throw UsageError("\(name) must be a positive whole number, not '\(text)'") }
        return value
    }

    func rejectUnknown() throws(UsageError) {
        if let unknown = options.keys.sorted().first { throw UsageError("unknown option '\(unknown)'") }
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
