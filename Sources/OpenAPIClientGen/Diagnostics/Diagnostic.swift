/// A position in a source file: 1-based line and column, as an editor counts them.
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column number (in Unicode scalars, as libyaml counts them).
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One message for the user, located in the spec so an editor can jump to it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    /// The file the message is about; `nil` for messages about no file in particular.
    public var file: String?
    public var mark: Mark?

    public init(_ severity: Severity, _ message: String, file: String? = nil, at mark: Mark? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.mark = mark
    }

    /// `path:line:column: error: message`, the form compilers use.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file + ":"
            if let mark { prefix += "\(mark.line):\(mark.column):" }
            prefix += " "
        }
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Thrown by a stage that found at least one error; carries every diagnostic it collected.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics for one file across a stage.
public struct DiagnosticCollector: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, message, file: file, at: mark))
    }

    public mutating func warning(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.warning, message, file: file, at: mark))
    }

    public mutating func note(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.note, message, file: file, at: mark))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Throws the collected diagnostics when any of them is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
