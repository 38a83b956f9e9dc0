import ArgumentParser

/// An identifier a command acts on, accepted as its first argument or with its option, as `pc` does.
/// Both spellings may be given only when they agree.
enum Identifier {
    /// For `validate()`: one of the two spellings must be there.
    static func requirePresent(_ positional: String?, _ option: String?, _ name: String) throws {
        guard positional != nil || option != nil else {
            throw ValidationError("missing the \(name.replacingOccurrences(of: "-", with: " ")): give it as an argument or with --\(name)")
        }
        guard positional?.isEmpty != true, option?.isEmpty != true else { throw ValidationError("--\(name) must not be empty") }
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

struct BackupIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The backup's ID (or use --backup-id).", valueName: "backup-id"))
    var positional: String?

    @Option(name: .customLong("backup-id"), help: ArgumentHelp("The backup's ID.", valueName: "id"))
    var option: String?

    func validate() throws { try Identifier.requirePresent(positional, option, "backup-id") }
    func value() throws -> String { try Identifier.resolve(positional, option, "backup-id") }
}

struct JobIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The restore job's ID (or use --job-id).", valueName: "job-id"))
    var positional: String?

    @Option(name: .customLong("job-id"), help: ArgumentHelp("The restore job's ID.", valueName: "id"))
    var option: String?

    func validate() throws { try Identifier.requirePresent(positional, option, "job-id") }
    func value() throws -> String { try Identifier.resolve(positional, option, "job-id") }
}

struct IndexNameArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The index to back up (or use --index-name).", valueName: "index-name"))
    var positional: String?

    @Option(name: .customLong("index-name"), help: ArgumentHelp("The index to back up.", valueName: "name"))
    var option: String?

    func validate() throws { try Identifier.requirePresent(positional, option, "index-name") }
    func value() throws -> String { try Identifier.resolve(positional, option, "index-name") }
}
