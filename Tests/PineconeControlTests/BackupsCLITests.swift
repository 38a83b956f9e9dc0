import Foundation
import Testing

/// `pinecone-backups` run as a user would, against the local server.
@Suite struct BackupsCLITests {
    static let executable = ProcessRunner.builtExecutable("pinecone-backups")

    func run(_ arguments: [String], apiKey: String?, server: MockPinecone? = nil) throws -> ProcessRunner.Result {
        let executable = try #require(Self.executable, "pinecone-backups was not built next to the tests")
        var environment = ProcessInfo.processInfo.environment
        environment["PINECONE_API_KEY"] = apiKey
        environment["PINECONE_CONTROLLER_HOST"] = nil
        let serverArguments = server.map { ["--base-url", $0.baseURL.absoluteString] } ?? []
        return try ProcessRunner.run(executable, arguments + serverArguments, environment: environment)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func backupAndRestoreCommands() throws {
        let server = try MockPinecone(readyAfter: 1)
        let key = server.apiKey

        let created = try run(["backup", "create", "--index-name", "docs-example", "--name", "nightly", "--description", "Nightly", "--json"], apiKey: key, server: server)
        #expect(created.status == 0, "\(created.stderr)")
        let backup = try json(created.stdout)
        let id = try #require(backup["backup_id"] as? String)
        #expect(backup["status"] as? String == "Initializing")
        #expect(backup["name"] as? String == "nightly")

        let described = try run(["backup", "describe", "--backup-id", id], apiKey: key, server: server)
        #expect(described.status == 0)
        #expect(described.stdout.hasPrefix("\(id)  Ready  index=docs-example  name=nightly  records=98  created="))

        let listed = try run(["backup", "list", "--index-name", "docs-example", "--json"], apiKey: key, server: server)
        #expect((try json(listed.stdout)["data"] as? [[String: Any]])?.compactMap { $0["backup_id"] as? String } == [id])
        let all = try run(["backup", "list", "--all"], apiKey: key, server: server)
        #expect(all.stdout.hasPrefix(id))

        let restored = try run(["restore", "--backup-id", id, "--name", "restored", "--deletion-protection", "enabled", "--tags", "env=test,team=search", "--json"], apiKey: key, server: server)
        #expect(restored.status == 0, "\(restored.stderr)")
        let jobId = try #require(try json(restored.stdout)["restore_job_id"] as? String)
        let job = try run(["restore", "describe", "--job-id", jobId, "--json"], apiKey: key, server: server)
        #expect(try json(job.stdout)["status"] as? String == "Completed")
        let jobs = try run(["restore", "list"], apiKey: key, server: server)
        #expect(jobs.stdout.hasPrefix("\(jobId)  Completed  backup=\(id)  index=restored"))

        let deleted = try run(["backup", "delete", "--backup-id", id], apiKey: key, server: server)
        #expect(deleted.status == 0)
        #expect(deleted.stdout == "deleted backup \(id)\n")
    }

    @Test func apiErrorsPrintStatusCodeAndMessageAndExit1() throws {
        let server = try MockPinecone()
        let result = try run(["backup", "describe", "--backup-id", "missing"], apiKey: server.apiKey, server: server)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: 404 NOT_FOUND: Backup missing not found. (request ID req-"))

        let wrongKey = "pcsk_wrong_key_value"
        let unauthorized = try run(["backup", "list"], apiKey: wrongKey, server: server)
        #expect(unauthorized.status == 1)
        #expect(unauthorized.stderr.hasPrefix("error: 401 UNAUTHENTICATED: Invalid API key."))
        #expect(!unauthorized.stderr.contains(wrongKey) && !unauthorized.stdout.contains(wrongKey))
    }

    @Test(arguments: [
        (["backup", "list"], nil as String?, "error: no API key: set PINECONE_API_KEY"),
        (["backup", "create"], "key", "error: missing --index-name"),
        (["backup", "list", "--limit", "zero"], "key", "error: --limit must be a positive whole number, not 'zero'"),
        (["backup", "frobnicate"], "key", "error: unknown command 'backup frobnicate'"),
        (["backup", "describe", "--backup-id", "x", "--colour", "red"], "key", "error: unknown option '--colour'"),
        (["restore", "--backup-id", "x", "--name", "n", "--deletion-protection", "maybe"], "key", "error: --deletion-protection must be enabled or disabled, not 'maybe'"),
        (["backup", "list", "--base-url", "ftp://x"], "key", "error: --base-url must be an http(s) URL, not 'ftp://x'"),
    ])
    func usageErrorsExit2(arguments: [String], apiKey: String?, message: String) throws {
        let result = try run(arguments, apiKey: apiKey)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message + "\n"))
    }

    @Test func helpListsTheCommands() throws {
        let result = try run(["--help"], apiKey: nil)
        #expect(result.status == 0)
        #expect(result.stdout.contains("backup create --index-name <name>"))
        #expect(result.stdout.contains("restore describe --job-id <id>"))
    }
}
