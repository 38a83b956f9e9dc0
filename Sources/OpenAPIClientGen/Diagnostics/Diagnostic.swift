/// A position in a source file: 1-based line and column, as an editor counts them, and which of the
/// spec's files it is in.
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column number (in Unicode scalars, as libyaml counts them).
    public var column: Int
    /// The file, as an index into the document's ``OpenAPIDocument/files``: 0 is the root spec, others are
    /// the files its `$ref`s name. An index rather than a path, so a mark stays small and cheap to copy.
    public var file: Int

    public init(line: Int, column: Int, file: Int = 0) {
        self.line = line
        self.column = column
        self.file = file
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
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
        "\(location)\(severity.rawValue): \(message)"
    }

    /// `path:line:column: `, `path: ` or nothing: where the diagnostic is, as ``description`` begins.
    public var location: String {
        guard let file else { return "" }
        return file + (mark.map { ":\($0.line):\($0.column)" } ?? "") + ": "
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

/// Collects diagnostics across a stage, each naming the file its mark is in.
public struct DiagnosticCollector: Sendable {
    /// The root spec: ``files``' first entry.
    public var file: String { files[0] }
    /// The spec's files by ``Mark/file`` index.
    public let files: [String]
    public private(set) var diagnostics: [Diagnostic] = []

    /// A collector for a spec of one file.
    public init(file: String) {
        files = [file]
    }

    /// A collector for a spec of several files: each diagnostic names the file its mark's index picks.
    public init(files: [String]) {
        precondition(!files.isEmpty, "a document has at least its root file")
        self.files = files
    }

    /// The file a mark is in.
    public func file(of mark: Mark?) -> String {
        guard let mark, mark.file > 0, mark.file < files.count else { return files[0] }
        return files[mark.file]
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, message, file: file(of: mark), at: mark))
    }

    public mutating func warning(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.warning, message, file: file(of: mark), at: mark))
    }

    /// A warning about a place reached from many others (a schema many operations reference): said once,
    /// however often the translation passes by it.
    public mutating func warningOnce(_ message: String, at mark: Mark?) {
        let warning = Diagnostic(.warning, message, file: file(of: mark), at: mark)
        if !diagnostics.contains(warning) { diagnostics.append(warning) }
    }

    public mutating func note(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.note, message, file: file(of: mark), at: mark))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Throws the collected diagnostics when any of them is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
