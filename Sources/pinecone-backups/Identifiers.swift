#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser

/// An identifier a command acts on, accepted as its first argument or with its option, as `pc` does.
/// Both spellings may be given only when they agree.
enum Identifier {
    /// For `validate()`: one of the two spellings must be there.
    static func requirePresent(_ positional: String?, _ option: String?, _ name: String) throws {
        guard positional != nil || option != nil else {
            throw ValidationError("missing the \(name.replacingOccurrences(of: "-", with: " ")): give it as an argument or with --\(name)")
        }
        if positional?.isEmpty == true { throw ValidationError("the <\(name)> argument must not be empty") }
        if option?.isEmpty == true { throw ValidationError("--\(name) must not be empty") }
    }

    /// For `run()`: the identifier. Two different values are refused here rather than in `validate()`, so that
    /// `--colour red --backup-id x` is reported as the unknown option it is (ArgumentParser reports those
    /// after validation), not as two backup IDs.
    static func resolve(_ positional: String?, _ option: String?, _ name: String) throws -> String {
        if let positional, let option, positional != option {
            throw CommandFailure.usage("two different values for --\(name): '\(positional)' and '\(option)'")
        }
        guard let value = positional ?? option else { throw CommandFailure.usage("missing --\(name)") }
        return value
    }
}

/// What names an identifier on the command line.
protocol IdentifierKind {
    /// The option's name without dashes, and the argument's value name: `backup-id`.
    static var name: String { get }
    /// What it is, for help: `The backup's ID`.
    static var summary: String { get }
    /// The option's value name: `id`.
    static var valueName: String { get }
}

/// An identifier as the first argument or as `--<name>`.
struct IdentifierArgument<Kind: IdentifierKind>: ParsableArguments {
    @Argument(help: ArgumentHelp("\(Kind.summary) (or use --\(Kind.name)).", valueName: Kind.name))
    var positional: String?

    @Option(name: .customLong(Kind.name), help: ArgumentHelp("\(Kind.summary).", valueName: Kind.valueName))
    var option: String?

    func validate() throws { try Identifier.requirePresent(positional, option, Kind.name) }
    func value() throws -> String { try Identifier.resolve(positional, option, Kind.name) }
}

enum BackupID: IdentifierKind {
    static let name = "backup-id", summary = "The backup's ID", valueName = "id"
}

enum JobID: IdentifierKind {
    static let name = "job-id", summary = "The restore job's ID", valueName = "id"
}

enum DescribedIndex: IdentifierKind {
    static let name = "index-name", summary = "The index's name", valueName = "name"
}

enum IndexName: IdentifierKind {
    static let name = "index-name", summary = "The index to back up", valueName = "name"
}
#endif
