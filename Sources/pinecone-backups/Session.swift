#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation
import PineconeControl

/// One command's use of the API: the client, the responses as received (for `--json`), and how results are shown.
struct Session {
    let client: Client
    let json: Bool
    private let recorder = ResponseRecorder(redacting: ProcessInfo.processInfo.environment[Client.apiKeyVariable] ?? "")

    init(_ options: ConnectionOptions) throws {
        client = try options.makeClient(middlewares: [recorder])
        json = options.json
    }

    /// Calls the API; the recorder keeps the last response body as the server sent it.
    func call<T>(_ operation: (Client) async throws -> T) async throws -> T {
        try await operation(client)
    }

    /// The body of the last response, for `--json`.
    private var lastBody: Data { recorder.lastBody }

    func show(_ backup: BackupModel) {
        Terminal.output(json ? RawJSON.pretty(lastBody) : Tables.details(of: backup))
    }

    func show(_ job: RestoreJobModel) {
        Terminal.output(json ? RawJSON.pretty(lastBody) : Tables.details(of: job))
    }

    func show(_ started: CreateIndexFromBackupResponse) {
        Terminal.output(json ? RawJSON.pretty(lastBody) : Tables.details(of: started))
    }

    func show(_ index: IndexModel) {
        Terminal.output(json ? RawJSON.pretty(lastBody) : Tables.details(of: index))
    }

    func show(_ list: IndexList) {
        Terminal.output(json ? RawJSON.pretty(lastBody) : Tables.indexes(list.indexes ?? []).rendered)
    }

    /// `restore create --wait`: the completed job and the ready index; with `--json`, one object holding
    /// both bodies as sent, `{"restore_job": …, "index": …}`.
    func show(_ job: RestoreJobModel, jobBody: Data, _ index: IndexModel) {
        if json {
            return Terminal.output(RawJSON.pretty(RawJSON.object(["restore_job": jobBody, "index": lastBody])))
        }
        Terminal.output(Tables.details(of: job) + "\n\n" + Tables.details(of: index))
    }

    /// The server answers a delete with no body; `--json` still prints a JSON document.
    func deleted(_ id: String) {
        if json {
            Terminal.output(lastBody.isEmpty
                ? RawJSON.pretty(RawJSON.object(["backup_id": (try? JSONEncoder().encode(id)) ?? Data(), "deleted": Data("true".utf8)]))
                : RawJSON.pretty(lastBody))
        } else {
            Terminal.output("Deleted backup \(id).")
        }
    }

    /// A remark for people, kept off standard output when that carries JSON.
    func note(_ text: String) {
        if json { Terminal.error(text) } else { Terminal.output(text) }
    }

    /// One page, or with `--all` every page from `--pagination-token` on, each item once (see `PageCursor`).
    ///
    /// A failure after some pages prints what was fetched, then the error and the token to resume from.
    func list<Page, Item: Hashable>(
        _ paging: PagingOptions, fetch: (Client, String?) async throws -> Page, items: (Page) -> [Item],
        next: (Page) -> String?, table: ([Item]) -> Table
    ) async throws {
        guard paging.all else {
            let page = try await call { try await fetch($0, paging.paginationToken) }
            if json { return Terminal.output(RawJSON.pretty(lastBody)) }
            Terminal.output(table(items(page)).rendered)
            if let token = next(page) { Terminal.output("next page: --pagination-token \(token)") }
            return
        }
        var cursor = PageCursor(startingAt: paging.paginationToken)
        var collected: [Listed<Item>] = []
        do {
            while let token = cursor.next {
                let page = try await call { try await fetch($0, token.value) }
                collected += cursor.advance(past: try listed(items(page), page: cursor.pagesFetched + 1), to: next(page))
            }
            if let repeated = cursor.repeatedToken { throw repeated }
        } catch {
            if cursor.pagesFetched > 0 { emit(collected, table: table) }
            guard let resume = cursor.next?.value, !(error is RepeatedPageTokenError) else { throw error }
            let summary = (error as? ClientError).map(ErrorSummary.line(for:)) ?? "\(error)"
            throw CommandFailure(
                message: "\(summary)\nafter \(cursor.pagesFetched) page(s); resume with: --pagination-token \(resume)",
                status: .failure)
        }
        emit(collected, table: table)
    }

    /// A page's items, each with its JSON as the server sent it when that is to be printed.
    private func listed<Item: Hashable>(_ items: [Item], page number: Int) throws -> [Listed<Item>] {
        guard json else { return items.map { Listed(item: $0, raw: Data()) } }
        guard let raw = RawJSON.arrayElements(named: "data", in: lastBody), raw.count == items.count else {
            throw CommandFailure(message: "page \(number) from the server has no \"data\" array", status: .failure)
        }
        return zip(items, raw).map { Listed(item: $0, raw: $1) }
    }

    private func emit<Item: Hashable>(_ listed: [Listed<Item>], table: ([Item]) -> Table) {
        guard json else { return Terminal.output(table(listed.map(\.item)).rendered) }
        Terminal.output(RawJSON.pretty(RawJSON.object(["data": RawJSON.array(listed.map(\.raw))])))
    }

    /// `backup create --wait`: polls until `Ready`, showing the status as it changes.
    func waitUntilReady(_ backup: BackupModel, _ options: WaitOptions) async throws -> BackupModel {
        let progress = Progress(label: "backup \(backup.backupId)")
        defer { progress.finish() }
        progress.update(backup.status)
        return try await call {
            try await $0.waitUntilReady(
                backupId: backup.backupId, timeout: options.waitTimeout.duration, pollInterval: options.pollInterval.duration,
                progress: { progress.update($0.status) })
        }
    }

    /// The last response's body as sent.
    var lastResponseBody: Data { lastBody }

    /// `restore create --wait`, once the job completed: polls the new index until it is ready, within `timeout`.
    func waitUntilReady(indexName: String, timeout: Duration, _ options: WaitOptions) async throws -> IndexModel {
        let progress = Progress(label: "index \(indexName)")
        defer { progress.finish() }
        return try await call {
            try await $0.waitUntilReady(
                indexName: indexName, timeout: timeout, pollInterval: options.pollInterval.duration,
                progress: { progress.update($0.status.state.rawValue) })
        }
    }

    /// `restore create --wait`: polls until `Completed`, showing the status and percentage.
    func waitUntilCompleted(jobID: String, _ options: WaitOptions) async throws -> RestoreJobModel {
        let progress = Progress(label: "restore job \(jobID)")
        defer { progress.finish() }
        return try await call {
            try await $0.waitUntilCompleted(
                restoreJobId: jobID, timeout: options.waitTimeout.duration, pollInterval: options.pollInterval.duration,
                progress: { progress.update($0.status, percent: $0.percentComplete) })
        }
    }
}

/// An item of a list and its JSON as received; one item equals another when the decoded items do.
struct Listed<Item: Hashable>: Hashable {
    var item: Item
    var raw: Data

    static func == (lhs: Listed, rhs: Listed) -> Bool { lhs.item == rhs.item }
    func hash(into hasher: inout Hasher) { hasher.combine(item) }
}
#endif
