#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser
import Foundation
import PineconeControl

/// `pinecone-backups`: Pinecone backups and restores from the command line, shaped like Pinecone's `pc`.
@main
struct PineconeBackups: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinecone-backups",
        abstract: "Create, list, inspect and delete Pinecone backups, restore indexes from them, and list indexes.",
        discussion: """
            The API key is read from \(Client.apiKeyVariable); the control-plane URL from --base-url, \
            else \(Client.hostVariable), else https://api.pinecone.io.

            \(ExitStatus.summary)
            """,
        subcommands: [BackupCommand.self, RestoreCommand.self, IndexCommand.self])

    /// Runs the command line, mapping every failure to one line on standard error and a documented exit status.
    static func main() async {
        let status: ExitStatus
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            status = .success
        } catch {
            status = report(error)
        }
        Terminal.flush()
        Foundation.exit(status.rawValue)
    }

    /// Prints `error` and returns the exit status it stands for.
    private static func report(_ error: any Error) -> ExitStatus {
        switch error {
        case let failure as CommandFailure:
            Terminal.error("error: \(failure.message)")
            return failure.status
        case let error as ClientError:
            Terminal.error("error: \(ErrorSummary.line(for: error))")
            if let hint = error.pineconeHint { Terminal.error("note: \(hint)") }
            // The client refused to build the request, so nothing was sent: above all an argument
            // outside the spec's limits, which the generated client checks (`--limit 101`).
            if case .invalidRequest = error { return .usage }
            return .failure
        case let error as WaitError:
            Terminal.error("error: \(error)")
            if case .timedOut = error { return .gaveUpWaiting }
            return .reachedFailed
        case let error as RepeatedPageTokenError:
            Terminal.error("error: \(error)")
            return .failure
        default:
            // ArgumentParser's own errors: help and version (exit 0), usage errors (exit 2).
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return .success
            }
            // Our messages start `error:`, as compilers' do; ArgumentParser's start `Error:`.
            Terminal.error(message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : message)
            return code == .validationFailure ? .usage : .failure
        }
    }
}

/// The exit statuses `pinecone-backups` documents.
enum ExitStatus: Int32 {
    case success = 0
    /// The API answered with an error, or it could not be reached.
    case failure = 1
    /// The command line was wrong, or the API key is missing: nothing was sent.
    case usage = 2
    /// `--wait` saw the backup or restore job reach `Failed`, or the restored index fail to start.
    case reachedFailed = 3
    /// `--wait` gave up after `--wait-timeout`.
    case gaveUpWaiting = 4

    static let summary = """
        Exit status: 0 done; 1 an API or network error; 2 a usage error (nothing sent); \
        3 --wait saw the backup, restore job or restored index fail; 4 --wait gave up after --wait-timeout.
        """
}

/// A failure of ours, with its message and exit status.
struct CommandFailure: Error {
    var message: String
    var status: ExitStatus

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message + "\n(see --help)", status: .usage)
    }
}
#endif
