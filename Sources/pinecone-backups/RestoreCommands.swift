#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser
import PineconeControl

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Create indexes from backups, and follow the restore jobs.",
        subcommands: [Create.self, List.self, Describe.self])
}

extension RestoreCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new index from a backup.",
            discussion: """
                With --wait, polls the restore job until it is Completed, showing its percentage, then the \
                new index until it is ready, and prints its host: what the data plane needs (exit 3 if \
                either fails, 4 on --wait-timeout, which bounds both waits together).
                """)

        @OptionGroup var backup: IdentifierArgument<BackupID>
        /// Its length is checked against the spec by the generated client, before anything is sent (exit 2).
        @Option(help: ArgumentHelp("The new index's name: lowercase letters, digits or hyphens, within the API's length limits.",
                                   valueName: "index-name"))
        var name: String
        @Option(help: ArgumentHelp("enabled or disabled (default: disabled).", valueName: "state"),
                completion: .list(DeletionProtection.allCases.map(\.rawValue)))
        var deletionProtection: String?
        @Option(help: ArgumentHelp("Tags for the new index.", valueName: "key=value,…"))
        var tags: String?
        @OptionGroup var waiting: WaitOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            _ = try protection()
            _ = try parsedTags()
        }

        func run() async throws {
            let id = try backup.value()
            let body = CreateIndexFromBackupRequest(name: name, tags: try parsedTags(), deletionProtection: try protection())
            let session = try Session(connection)
            let started = try await session.call { try await $0.createIndexFromBackupOperation(backupId: id, body: body) }
            guard waiting.wait else { return session.show(started) }
            session.note("restore job \(started.restoreJobId) started; new index \(name) (\(started.indexId))")
            let clock = ContinuousClock()
            let deadline = clock.now + waiting.waitTimeout.duration
            let job = try await session.waitUntilCompleted(jobID: started.restoreJobId, waiting)
            let jobBody = session.lastResponseBody
            let index = try await session.waitUntilReady(indexName: name, timeout: max(deadline - clock.now, .zero), waiting)
            session.show(job, jobBody: jobBody, index)
            session.note("index \(name) is ready at \(index.host)")
        }

        private func protection() throws -> DeletionProtection? {
            guard let deletionProtection else { return nil }
            guard let value = DeletionProtection.allCases.first(where: { $0.rawValue == deletionProtection }) else {
                throw ValidationError("--deletion-protection must be enabled or disabled, not '\(deletionProtection)'")
            }
            return value
        }

        /// `env=prod,team=search` → tags.
        private func parsedTags() throws -> IndexTags? {
            guard let tags else { return nil }
            var parsed: IndexTags = [:]
            for pair in tags.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw ValidationError("--tags takes key=value pairs separated by commas, not '\(pair)'")
                }
                parsed[String(parts[0])] = String(parts[1])
            }
            return parsed
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the project's restore jobs.")

        @OptionGroup var paging: PagingOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let session = try Session(connection)
            let limit = paging.limit
            try await session.list(paging, fetch: { try await $0.listRestoreJobs(limit: limit, paginationToken: $1) },
                                   items: \.data, next: { $0.pagination?.next }, table: Tables.restoreJobs)
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one restore job and its progress.")

        @OptionGroup var job: IdentifierArgument<JobID>
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let id = try job.value()
            let session = try Session(connection)
            session.show(try await session.call { try await $0.describeRestoreJob(jobId: id) })
        }
    }
}
#endif
