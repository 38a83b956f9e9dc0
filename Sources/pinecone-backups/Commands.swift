import PineconeControl

/// One method per command; each takes its options out of the arguments and prints the result.
struct Commands {
    let client: Client
    let output: Output

    func run(_ arguments: inout ParsedArguments) async throws {
        let words = arguments.words
        switch (words.first, words.dropFirst().first, words.count) {
        case ("backup", "create", 2):
            let body = CreateBackupRequest(name: arguments.take("--name"), description: arguments.take("--description"))
            let indexName = try arguments.required("--index-name")
            try arguments.rejectUnknown()
            output.backup(try await client.createBackup(indexName: indexName, body: body))
        case ("backup", "list", 2):
            let indexName = arguments.take("--index-name")
            let limit = try arguments.integer("--limit")
            let token = arguments.take("--pagination-token")
            try arguments.rejectUnknown()
            if arguments.flags.contains("--all") {
                var backups: [BackupModel] = []
                let sequence = indexName.map { client.allIndexBackups(indexName: $0, limit: limit) } ?? client.allProjectBackups(limit: limit)
                for try await backup in sequence { backups.append(backup) }
                output.backups(BackupList(data: backups))
            } else if let indexName {
                output.backups(try await client.listIndexBackups(indexName: indexName, limit: limit, paginationToken: token))
            } else {
                output.backups(try await client.listProjectBackups(limit: limit, paginationToken: token))
            }
        case ("backup", "describe", 2):
            let id = try arguments.required("--backup-id")
            try arguments.rejectUnknown()
            output.backup(try await client.describeBackup(backupId: id))
        case ("backup", "delete", 2):
            let id = try arguments.required("--backup-id")
            try arguments.rejectUnknown()
            try await client.deleteBackup(backupId: id)
            output.deleted(id)
        case ("restore", nil, 1):
            let id = try arguments.required("--backup-id")
            var body = CreateIndexFromBackupRequest(name: try arguments.required("--name"))
            if let protection = arguments.take("--deletion-protection") {
                guard let value = CreateIndexFromBackupRequest.DeletionProtection.allCases.first(where: { $0.rawValue == protection }) else {
                    throw UsageError("--deletion-protection must be enabled or disabled, not '\(protection)'")
                }
                body.deletionProtection = value
            }
            if let tags = arguments.take("--tags") { body.tags = try Self.tags(tags) }
            try arguments.rejectUnknown()
            output.restoreStarted(try await client.createIndexFromBackupOperation(backupId: id, body: body))
        case ("restore", "list", 2):
            let limit = try arguments.integer("--limit")
            let token = arguments.take("--pagination-token")
            try arguments.rejectUnknown()
            if arguments.flags.contains("--all") {
                var jobs: [RestoreJobModel] = []
                for try await job in client.allRestoreJobs(limit: limit) { jobs.append(job) }
                output.restoreJobs(RestoreJobList(data: jobs))
            } else {
                output.restoreJobs(try await client.listRestoreJobs(limit: limit, paginationToken: token))
            }
        case ("restore", "describe", 2):
            let id = try arguments.required("--job-id")
            try arguments.rejectUnknown()
            output.restoreJob(try await client.describeRestoreJob(jobId: id))
        default:
            throw UsageError("unknown command '\(words.joined(separator: " "))'")
        }
    }

    /// `env=prod,team=search` → tags.
    static func tags(_ text: String) throws(UsageError) -> IndexTags {
        var tags: IndexTags = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty else { throw UsageError("--tags takes key=value pairs separated by commas, not '\(pair)'") }
            tags[String(parts[0])] = String(parts[1])
        }
        return tags
    }
}
