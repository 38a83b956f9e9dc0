#if CLI  // pinecone-backups is built only with the package trait `CLI` (see CLITraitTests.swift)
import Foundation
import Testing

/// `pinecone-backups index …`, `restore create --wait` up to the ready index, and the polish found by
/// driving the tool as a person would.
@Suite struct IndexCLITests {
    let cli = BackupsCLITests()

    @Test func indexListAndDescribe() async throws {
        let server = try await MockPinecone()
        let list = try await cli.run(["index", "list"], apiKey: server.apiKey, server: server)
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true && lines.first?.hasSuffix("HOST") == true, "\(list.stdout)")
        #expect(lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) ?? "" }
            == ["docs-example", "example-sparse-index", "legacy-pods"])
        #expect(lines[1].contains("Ready") && lines[1].contains("1024") && lines[1].hasSuffix("docs-example-f73b36c.svc.aped-4627-b74a.pinecone.io"))

        let listJSON = try await cli.run(["index", "list", "--json"], apiKey: server.apiKey, server: server)
        let indexes = try #require(try cli.json(listJSON.stdout)["indexes"] as? [[String: Any]])
        #expect(indexes.count == 3)

        let described = try await cli.run(["index", "describe", "legacy-pods"], apiKey: server.apiKey, server: server)
        #expect(described.status == 0, "\(described.stderr)")
        #expect(described.stdout.contains("Host                 legacy-pods-0a9d4a3.svc.aped-4627-b74a.pinecone.io"), "\(described.stdout)")
        #expect(described.stdout.contains("Deployment           pod us-east1-gcp p1.x1"), "\(described.stdout)")
        let byOption = try await cli.run(["index", "describe", "--index-name", "docs-example", "--json"], apiKey: server.apiKey, server: server)
        #expect(try cli.json(byOption.stdout)["host"] as? String == "docs-example-f73b36c.svc.aped-4627-b74a.pinecone.io")

        let missing = try await cli.run(["index", "describe", "nope"], apiKey: server.apiKey, server: server)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: 404 NOT_FOUND: Index nope not found."), "\(missing.stderr)")
    }

    @Test func restoreWaitEndsWithTheReadyIndexAndItsHost() async throws {
        let server = try await MockPinecone(readyAfter: 2)
        let id = try await cli.createBackup(server, name: "nightly")
        let result = try await cli.run(["restore", "create", id, "--name", "restored", "--wait", "--poll-interval", "10ms"],
                                 apiKey: server.apiKey, server: server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Status          Completed"), "\(result.stdout)")
        let host = try #require(result.stdout.firstMatch(of: /Host +(restored-[0-9a-f]{7}\.svc\.[a-z0-9.-]+)/)?.1, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("index restored is ready at \(host)\n"), "\(result.stdout)")
        #expect(result.stderr.contains("index restored: Initializing") && result.stderr.contains("index restored: Ready"), "\(result.stderr)")

        let json = try await cli.run(["restore", "create", id, "--name", "restored-two", "--wait", "--poll-interval", "10ms", "--json"],
                               apiKey: server.apiKey, server: server)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try cli.json(json.stdout)
        #expect((object["restore_job"] as? [String: Any])?["status"] as? String == "Completed")
        #expect(((object["index"] as? [String: Any])?["host"] as? String)?.hasPrefix("restored-two-") == true, "\(json.stdout)")
        #expect(json.stderr.contains("index restored-two is ready at restored-two-"), "the note stays off standard output")
    }

    @Test func restoreWaitTimeoutSaysWhatTimedOut() async throws {
        let server = try await MockPinecone(readyAfter: 1_000)
        let id = try await cli.createBackup(server, name: "nightly")
        let result = try await cli.run(["restore", "create", id, "--name", "late", "--wait", "--poll-interval", "20ms", "--wait-timeout", "100ms"],
                                 apiKey: server.apiKey, server: server)
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.range(of: "error: restore job [0-9a-f-]+ was still 'InProgress' after 0.1 seconds", options: .regularExpression) != nil,
                "\(result.stderr)")
    }

    @Test func deleteWithJSONPrintsJSON() async throws {
        let server = try await MockPinecone()
        let id = try await cli.createBackup(server, name: "old")
        let deleted = try await cli.run(["backup", "delete", id, "--yes", "--json"], apiKey: server.apiKey, server: server)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        let object = try cli.json(deleted.stdout)
        #expect(object["backup_id"] as? String == id && object["deleted"] as? Bool == true)
    }

    @Test func anEmptyArgumentIsNamedAsAnArgument() async throws {
        let positional = try await cli.run(["backup", "describe", ""], apiKey: "key")
        #expect(positional.status == 2)
        #expect(positional.stderr.hasPrefix("error: the <backup-id> argument must not be empty\n"), "\(positional.stderr)")
        let option = try await cli.run(["backup", "describe", "--backup-id", ""], apiKey: "key")
        #expect(option.stderr.hasPrefix("error: --backup-id must not be empty\n"), "\(option.stderr)")
    }

    @Test func aQuotaRefusalIsFollowedByWhatToDo() async throws {
        let server = try await MockPinecone()
        let body = #"{"error": {"code": "FORBIDDEN", "message": "Backup quota exceeded."}, "status": 403}"#
        try await server.inject([MockPinecone.Fault(method: "POST", path: "/indexes/docs-example/backups", status: 403,
                                                    headers: ["Content-Type": "application/json"], body: body)])
        let result = try await cli.run(["backup", "create", "docs-example"], apiKey: server.apiKey, server: server)
        #expect(result.status == 1)
        #expect(result.stderr == "error: 403 FORBIDDEN: Backup quota exceeded.\nnote: the project's quota is used up; delete something or raise the quota\n",
                "\(result.stderr)")
    }

    @Test func anHTMLPageWithStatus200IsShownWithoutTags() async throws {
        let server = try await MockPinecone()
        let page = "<html><head><title>Sign in</title></head><body><h1>Sign in to the proxy</h1><p>Your session expired.</p></body></html>"
        try await server.inject([MockPinecone.Fault(method: "GET", path: "/backups/b1", status: 200, headers: ["Content-Type": "text/html"], body: page)])
        let result = try await cli.run(["backup", "describe", "b1"], apiKey: server.apiKey, server: server)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: describe_backup: the 200 response does not decode"), "\(result.stderr)")
        #expect(result.stderr.contains("Sign in to the proxy Your session expired."), "\(result.stderr)")
        #expect(!result.stderr.contains("<h1>") && !result.stderr.contains("</"), "\(result.stderr)")
    }
}
#endif
