#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser
import PineconeControl

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Create, list, describe and delete backups of serverless indexes.",
        subcommands: [Create.self, List.self, Describe.self, Delete.self])
}

extension BackupCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Back up an index.",
            discussion: "With --wait, polls until the backup is Ready (exit 3 if it fails, 4 on --wait-timeout).")

        @OptionGroup var index: IdentifierArgument<IndexName>
        @Option(help: "A name for the backup.") var name: String?
        @Option(help: "A description of the backup.") var description: String?
        @OptionGroup var waiting: WaitOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let indexName = try index.value()
            let session = try Session(connection)
            let body = CreateBackupRequest(name: name, description: description)
            var backup = try await session.call { try await $0.createBackup(indexName: indexName, body: body) }
            if waiting.wait {
                backup = try await session.waitUntilReady(backup, waiting)
            }
            session.show(backup)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the backups of an index, or of the whole project.",
            discussion: "Without --all, one page; its next-page token is printed below the table.")

        @Option(help: "Only the backups of this index.") var indexName: String?
        @OptionGroup var paging: PagingOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let session = try Session(connection)
            let (indexName, limit) = (indexName, paging.limit)
            let fetch: @Sendable (Client, String?) async throws -> BackupList = { client, token in
                if let indexName {
                    return try await client.listIndexBackups(indexName: indexName, limit: limit, paginationToken: token)
                }
                return try await client.listProjectBackups(limit: limit, paginationToken: token)
            }
            try await session.list(paging, fetch: fetch, items: { $0.data ?? [] }, next: { $0.pagination?.next },
                                   table: Tables.backups)
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one backup.")

        @OptionGroup var backup: IdentifierArgument<BackupID>
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let id = try backup.value()
            let session = try Session(connection)
            session.show(try await session.call { try await $0.describeBackup(backupId: id) })
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a backup.",
            discussion: """
                Asks for confirmation on a terminal. Without a terminal (a script, a pipe), it refuses \
                unless --yes is given.
                """)

        @OptionGroup var backup: IdentifierArgument<BackupID>
        @Flag(name: [.customShort("y"), .long], help: "Delete without asking.") var yes = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let id = try backup.value()
            if !yes {
                guard Terminal.inputIsTerminal else {
                    throw CommandFailure.usage("refusing to delete backup \(id) without --yes: standard input is not a terminal")
                }
                guard Terminal.confirm("Delete backup \(id)? This cannot be undone. [y/N] ") else {
                    throw CommandFailure(message: "not deleted", status: .usage)
                }
            }
            let session = try Session(connection)
            try await session.call { try await $0.deleteBackup(backupId: id) }
            session.deleted(id)
        }
    }
}
#endif
