import Foundation
import PineconeControl

/// Prints results as short summaries, or as JSON with `--json`.
struct Output {
    let json: Bool

    func backup(_ backup: BackupModel) {
        if json { return printJSON(backup) }
        print(Self.line(backup))
    }

    func backups(_ list: BackupList) {
        if json { return printJSON(list) }
        for backup in list.data ?? [] { print(Self.line(backup)) }
        if let next = list.pagination?.next { print("next page: --pagination-token \(next)") }
    }

    func deleted(_ id: String) {
        if json { return printJSON(["deleted": id]) }
        print("deleted backup \(id)")
    }

    func restoreStarted(_ response: CreateIndexFromBackupResponse) {
        if json { return printJSON(response) }
        print("restore job \(response.restoreJobId) started; index id \(response.indexId)")
    }

    func restoreJobs(_ list: RestoreJobList) {
        if json { return printJSON(list) }
        for job in list.data { print(Self.line(job)) }
        if let next = list.pagination?.next { print("next page: --pagination-token \(next)") }
    }

    func restoreJob(_ job: RestoreJobModel) {
        if json { return printJSON(job) }
        print(Self.line(job))
    }

    static func line(_ backup: BackupModel) -> String {
        var text = "\(backup.backupId)  \(backup.status)  index=\(backup.sourceIndexName)"
        if let name = backup.name { text += "  name=\(name)" }
        if let records = backup.recordCount { text += "  records=\(records)" }
        if let created = backup.createdAt { text += "  created=\(RFC3339.string(from: created))" }
        return text
    }

    static func line(_ job: RestoreJobModel) -> String {
        var text = "\(job.restoreJobId)  \(job.status)  backup=\(job.backupId)  index=\(job.targetIndexName)"
        if let percent = job.percentComplete { text += "  \(percent)%" }
        return text
    }

    /// `status code: message`, for errors.
    static func describe(_ error: ClientError) -> String {
        guard case .api(let api) = error else { return error.description }
        var text = "\(api.status)"
        if let code = api.code { text += " \(code)" }
        text += ": " + (api.message ?? api.rawBody ?? "no message")
        if let id = api.requestID { text += " (request ID \(id))" }
        return text
    }

    private func printJSON(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        guard let data = try? encoder.encode(value) else { return }
        print(String(decoding: data, as: UTF8.self))
    }
}
