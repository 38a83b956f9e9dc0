#if CLI  // pinecone-backups is built only with the package trait `CLI` (see CLITraitTests.swift)
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `pinecone-backups` run as a user would, against the local server.
@Suite struct BackupsCLITests {
    static let executable = ProcessRunner.builtExecutable("pinecone-backups")
    static let ptyRunner = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pty_run.py")

    func environment(apiKey: String?) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PINECONE_API_KEY"] = apiKey
        environment["PINECONE_CONTROLLER_HOST"] = nil
        return environment
    }

    /// Waits for the CLI suspended, on a thread of its own (`ProcessRunner.onOwnThread`), not on one of Swift
    /// concurrency's, which the other tests' calls need. Not in the compilers' slots: a CLI run takes a moment.
    func run(_ arguments: [String], apiKey: String?, server: MockPinecone? = nil) async throws -> ProcessRunner.Result {
        let executable = try #require(Self.executable, "pinecone-backups was not built next to the tests")
        let serverArguments = server.map { ["--base-url", $0.baseURL.absoluteString] } ?? []
        let environment = environment(apiKey: apiKey)
        return try await ProcessRunner.onOwnThread(limited: false) { try ProcessRunner.run(executable, arguments + serverArguments, environment: environment) }
    }

    /// Runs the CLI on a pseudo-terminal (standard input, output and error), typing `answer` at a `[y/N]` prompt.
    func runOnTerminal(_ arguments: [String], answer: String? = nil, server: MockPinecone) async throws -> ProcessRunner.Result {
        let executable = try #require(Self.executable, "pinecone-backups was not built next to the tests")
        let answerArguments = answer.map { ["--answer", $0] } ?? []
        let command = ["python3", Self.ptyRunner.path] + answerArguments + ["--", executable.path] + arguments
            + ["--base-url", server.baseURL.absoluteString]
        let environment = environment(apiKey: server.apiKey)
        return try await ProcessRunner.onOwnThread(limited: false) {
            try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), command, environment: environment)
        }
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// A backup created through the API, so that CLI tests start from a known state.
    func createBackup(_ server: MockPinecone, name: String, index: String = "docs-example") async throws -> String {
        let created = try await run(["backup", "create", index, "--name", name, "--json"], apiKey: server.apiKey, server: server)
        #expect(created.status == 0, "\(created.stderr)")
        return try #require(try json(created.stdout)["backup_id"] as? String)
    }

    @Test func backupAndRestoreLifecycle() async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let key = server.apiKey

        let created = try await run(["backup", "create", "--index-name", "docs-example", "--name", "nightly", "--description", "Nightly", "--json"],
                              apiKey: key, server: server)
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(try json(created.stdout)["backup_id"] as? String)

        let described = try await run(["backup", "describe", id], apiKey: key, server: server)
        #expect(described.status == 0, "\(described.stderr)")
        let lines = described.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Backup ID    \(id)")
        #expect(lines.contains("Status       Ready"))
        #expect(lines.contains("Size         1.1 MB (1069169 bytes)"))
        #expect(lines.contains { $0.hasPrefix("Created      20") && $0.hasSuffix(" UTC") })

        let listed = try await run(["backup", "list", "--index-name", "docs-example"], apiKey: key, server: server)
        let table = listed.stdout.split(separator: "\n").map(String.init)
        #expect(table.count == 2, "\(listed.stdout)")
        #expect(table.first?.hasPrefix("ID") == true)
        #expect(table.first?.split(separator: " ").map(String.init) == ["ID", "NAME", "INDEX", "STATUS", "RECORDS", "SIZE", "CREATED"])
        let header = try #require(table.first), row = try #require(table.last)
        #expect(row.hasPrefix(id))
        for column in ["NAME", "INDEX", "STATUS", "RECORDS", "SIZE", "CREATED"] {
            let offset = try #require(header.range(of: column)).lowerBound.utf16Offset(in: header)
            let cell = row.utf16.dropFirst(offset).first.map { Character(UnicodeScalar($0)!) }
            #expect(cell != " " && cell != nil, "column \(column) is aligned with its header:\n\(listed.stdout)")
        }

        let restored = try await run(["restore", "create", id, "--name", "restored", "--deletion-protection", "enabled",
                                "--tags", "env=test,team=search", "--wait", "--poll-interval", "10ms"], apiKey: key, server: server)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("Status          Completed"), "\(restored.stdout)")
        #expect(restored.stdout.contains("Progress        100.0%"))

        let jobs = try await run(["restore", "list"], apiKey: key, server: server)
        #expect(jobs.stdout.hasPrefix("JOB ID"))
        #expect(jobs.stdout.contains("restored"))

        let deleted = try await run(["backup", "delete", id, "--yes"], apiKey: key, server: server)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout == "Deleted backup \(id).\n")
        #expect(try await server.count("DELETE", "/backups/") == 1)
    }

    @Test func waitFollowsABackupUntilReady() async throws {
        let server = try await MockPinecone(readyAfter: 3)
        let result = try await run(["backup", "create", "docs-example", "--name", "nightly", "--wait", "--poll-interval", "10ms"],
                             apiKey: server.apiKey, server: server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Status       Ready"))
        let progress = result.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: #" \(\d+s\)"#, with: "", options: .regularExpression) }
        #expect(progress.count == 2 && progress[0].hasSuffix(": Initializing") && progress[1].hasSuffix(": Ready"),
                "one plain line per status change off a terminal:\n\(result.stderr)")
        #expect(try await server.count("GET", "/backups/") == 3, "polled until the third describe turned it Ready")
    }

    @Test func waitStopsWithExit3WhenTheBackupFails() async throws {
        let server = try await MockPinecone(readyAfter: 2)
        let result = try await run(["backup", "create", "docs-example", "--name", "will-fail", "--wait", "--poll-interval", "10ms"],
                             apiKey: server.apiKey, server: server)
        #expect(result.status == 3)
        #expect(result.stderr.contains(": Failed"))
        #expect(result.stderr.hasSuffix("failed\n"), "\(result.stderr)")
    }

    @Test func waitGivesUpWithExit4() async throws {
        let server = try await MockPinecone(readyAfter: 1000)
        let result = try await run(["backup", "create", "docs-example", "--name", "slow", "--wait", "--poll-interval", "20ms", "--wait-timeout", "100ms"],
                             apiKey: server.apiKey, server: server)
        #expect(result.status == 4)
        #expect(result.stderr.range(of: "error: backup [0-9a-f-]+ was still 'Initializing' after 0.1 seconds", options: .regularExpression) != nil,
                "says what timed out: \(result.stderr)")
    }

    @Test func restoreWaitShowsThePercentage() async throws {
        let server = try await MockPinecone(readyAfter: 3)
        let id = try await createBackup(server, name: "nightly")
        let result = try await run(["restore", "create", "--backup-id", id, "--name", "restored", "--wait", "--poll-interval", "10ms"],
                             apiKey: server.apiKey, server: server)
        #expect(result.status == 0, "\(result.stderr)")
        for state in ["InProgress 33.3%", "InProgress 66.7%", "Completed 100.0%"] {
            #expect(result.stderr.contains(": \(state) ("), "\(result.stderr)")
        }
    }

    @Test func waitRedrawsOneLineOnATerminal() async throws {
        let server = try await MockPinecone(readyAfter: 3)
        let result = try await runOnTerminal(["backup", "create", "docs-example", "--name", "nightly", "--wait", "--poll-interval", "10ms"], server: server)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "\r\u{1B}[2K").count == 5, "one line drawn, then redrawn at each of three polls:\n\(result.stdout.debugDescription)")
    }

    @Test func deleteAsksOnATerminalAndRefusesWithoutOne() async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let id = try await createBackup(server, name: "nightly")

        let refused = try await run(["backup", "delete", id], apiKey: server.apiKey, server: server)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("without --yes: standard input is not a terminal"))

        let declined = try await runOnTerminal(["backup", "delete", id], answer: "n", server: server)
        #expect(declined.stdout.contains("Delete backup \(id)? This cannot be undone. [y/N]"))
        #expect(declined.status == 2)
        #expect(try await server.count("DELETE", "/backups/") == 0, "nothing is deleted unless confirmed")

        let confirmed = try await runOnTerminal(["backup", "delete", id], answer: "y", server: server)
        #expect(confirmed.status == 0, "\(confirmed.stdout)")
        #expect(confirmed.stdout.contains("Deleted backup \(id)."))
        #expect(try await server.count("DELETE", "/backups/") == 1)

        let other = try await createBackup(server, name: "second")
        let withYes = try await run(["backup", "delete", "--backup-id", other, "--yes"], apiKey: server.apiKey, server: server)
        #expect(withYes.status == 0, "\(withYes.stderr)")
        #expect(try await server.count("DELETE", "/backups/") == 2)
    }

    @Test func aRepeatedPageTokenIsAnErrorNotDuplicates() async throws {
        let server = try await MockPinecone()
        let page = #"{"data": [{"backup_id": "b1", "source_index_name": "i", "source_index_id": "x", "status": "Ready", "cloud": "aws", "region": "us-east-1"}], "pagination": {"next": "same"}}"#
        let fault = MockPinecone.Fault(method: "GET", path: "/backups", status: 200, headers: ["Content-Type": "application/json"], body: page)
        try await server.inject([fault, fault, fault])
        let result = try await run(["backup", "list", "--all"], apiKey: server.apiKey, server: server)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the server sent the page token 'same' again after 2 page(s)"), "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "b1").count == 2, "the item of the two pages is printed once:\n\(result.stdout)")
        #expect(try await server.count("GET", "/backups") == 2, "no third request for a token already followed")
    }

    @Test func allThatFailsOnPage2PrintsWhatItHasAndWhereToResume() async throws {
        let server = try await MockPinecone()
        for name in ["a", "b", "c"] { _ = try await createBackup(server, name: name) }
        let error = #"{"error": {"code": "INVALID_ARGUMENT", "message": "token expired"}, "status": 400}"#
        try await server.inject([MockPinecone.Fault(method: "GET", path: "/backups", status: 400, body: error, query: "paginationToken=")])
        let result = try await run(["backup", "list", "--limit", "2", "--all", "--json"], apiKey: server.apiKey, server: server)
        #expect(result.status == 1)
        let printed = try #require(try json(result.stdout)["data"] as? [[String: Any]])
        #expect(printed.compactMap { $0["name"] as? String } == ["a", "b"])
        #expect(result.stderr.hasPrefix("error: 400 INVALID_ARGUMENT: token expired"), "\(result.stderr)")
        let resume = try #require(result.stderr.components(separatedBy: "resume with: --pagination-token ").last?
            .trimmingCharacters(in: .whitespacesAndNewlines))

        let rest = try await run(["backup", "list", "--limit", "2", "--all", "--pagination-token", resume, "--json"], apiKey: server.apiKey, server: server)
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect((try json(rest.stdout)["data"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["c"])
    }

    @Test func jsonPrintsTheBodyAsTheServerSentIt() async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let id = try await createBackup(server, name: "nightly")
        _ = try await run(["backup", "describe", id], apiKey: server.apiKey, server: server)  // now Ready, and stays so

        var request = URLRequest(url: server.baseURL.appendingPathComponent("backups/\(id)"))
        request.setValue(server.apiKey, forHTTPHeaderField: "Api-Key")
        request.setValue("2025-10", forHTTPHeaderField: "X-Pinecone-Api-Version")
        let (sent, _) = try await URLSession.shared.data(for: request)
        let result = try await run(["backup", "describe", id, "--json"], apiKey: server.apiKey, server: server)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.minified(result.stdout) == Self.minified(String(decoding: sent, as: UTF8.self)), "\(result.stdout)")
        #expect(result.stdout.contains(#""read_capacity": {"#) && result.stdout.contains(#""vector_type": "dense""#))
        #expect(result.stdout.range(of: #""created_at": "[0-9T:-]+\.[0-9]{9}Z""#, options: .regularExpression) != nil)

        let restore = try await run(["restore", "create", id, "--name", "restored", "--wait", "--poll-interval", "10ms", "--json"],
                              apiKey: server.apiKey, server: server)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains(#""percent_complete": 100.0"#), "a float stays as sent:\n\(restore.stdout)")

        let all = try await run(["backup", "list", "--all", "--json"], apiKey: server.apiKey, server: server)
        let items = try #require(try json(all.stdout)["data"] as? [[String: Any]])
        #expect(items.count == 1 && items.first?["read_capacity"] != nil)
    }

    @Test func limitOutsideTheSpecIsRefusedBeforeSending() async throws {
        let server = try await MockPinecone()
        let result = try await run(["backup", "list", "--limit", "101"], apiKey: server.apiKey, server: server)
        #expect(result.status == 2)
        #expect(result.stderr.contains("list_project_backups: invalid request: limit is 101, but the spec's maximum is 100"), "\(result.stderr)")
        let name = try await run(["restore", "create", "some-backup", "--name", String(repeating: "n", count: 46)], apiKey: server.apiKey, server: server)
        #expect(name.status == 2)
        #expect(name.stderr.contains("body.name is \"nnnn"), "\(name.stderr)")
        #expect(name.stderr.contains("(46 characters), but the spec's maxLength is 45"), "\(name.stderr)")
        #expect(try await server.requests().isEmpty, "nothing reached the server")
    }

    @Test func unknownOptionIsAUsageErrorThatNamesIt() async throws {
        let result = try await run(["backup", "describe", "--colour", "red", "--backup-id", "x"], apiKey: "key")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--colour'"), "\(result.stderr)")
    }

    @Test func apiErrorsAreOneLineWithStatusCodeMessageAndRequestID() async throws {
        let server = try await MockPinecone()
        let missing = try await run(["backup", "describe", "missing"], apiKey: server.apiKey, server: server)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: 404 NOT_FOUND: Backup missing not found. (request id req-"), "\(missing.stderr)")
        #expect(missing.stderr.split(separator: "\n").count == 1)

        let wrongKey = "pcsk_wrong_key_value"
        let unauthorized = try await run(["backup", "list"], apiKey: wrongKey, server: server)
        #expect(unauthorized.status == 1)
        #expect(unauthorized.stderr.hasPrefix("error: 401 UNAUTHENTICATED: Invalid API key."))
        #expect(!unauthorized.stderr.contains(wrongKey) && !unauthorized.stdout.contains(wrongKey))

        let page = "<html><head><style>body { color: red }</style><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
            + String(repeating: "<p>upstream unavailable</p>", count: 40) + "</body></html>"
        try await server.inject([MockPinecone.Fault(method: "POST", path: "/indexes", status: 502, headers: ["Content-Type": "text/html; charset=utf-8"], body: page)])
        let html = try await run(["backup", "create", "docs-example"], apiKey: server.apiKey, server: server)
        #expect(html.status == 1)
        let line = try #require(html.stderr.split(separator: "\n").first)
        #expect(html.stderr.split(separator: "\n").count == 1)
        #expect(line.hasPrefix("error: 502: text/html body: 502 Bad Gateway 502 Bad Gateway upstream unavailable"), "\(line)")
        #expect(!line.contains("<") && !line.contains("color: red") && line.hasSuffix("…"))

        try await server.inject([MockPinecone.Fault(method: "POST", path: "/indexes", status: 400, body: #"{"code": 3, "message": "bad"}"#)])
        let numeric = try await run(["backup", "create", "docs-example"], apiKey: server.apiKey, server: server)
        #expect(numeric.stderr == "error: 400 INVALID_ARGUMENT (3): bad\n")
    }

    @Test(arguments: [
        (["backup", "list"], nil as String?, "error: no API key: set PINECONE_API_KEY"),
        (["backup", "create"], "key", "error: missing the index name: give it as an argument or with --index-name"),
        (["backup", "describe", "a", "--backup-id", "b"], "key", "error: two different values for --backup-id: 'a' and 'b'"),
        (["backup", "list", "--limit", "zero"], "key", "error: The value 'zero' is invalid for '--limit <n>'"),
        (["backup", "frobnicate"], "key", "error: Unexpected argument 'frobnicate'"),
        (["restore", "create", "x", "--name", "n", "--deletion-protection", "maybe"], "key", "error: --deletion-protection must be enabled or disabled, not 'maybe'"),
        (["backup", "list", "--base-url", "ftp://x"], "key", "error: --base-url must be an http(s) URL such as https://api.pinecone.io, not 'ftp://x'"),
        (["backup", "list", "--base-url", "http://pinecone.example"], "key", "error: --base-url http://pinecone.example is plain http to another machine"),
    ])
    func usageErrorsExit2(arguments: [String], apiKey: String?, message: String) async throws {
        let result = try await run(arguments, apiKey: apiKey)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func plainHTTPFromTheEnvironmentIsAUsageErrorToo() throws {
        let executable = try #require(Self.executable)
        var environment = environment(apiKey: "key")
        environment["PINECONE_CONTROLLER_HOST"] = "http://pinecone.example"
        let result = try ProcessRunner.run(executable, ["backup", "list"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: PINECONE_CONTROLLER_HOST=http://pinecone.example is plain http"), "\(result.stderr)")
        #expect(result.stderr.contains("--allow-insecure-http"))
    }

    @Test(arguments: [
        (["--help"], ["backup", "restore", "index", "Exit status: 0 done"]),
        (["index", "--help"], ["list", "describe"]),
        (["index", "describe", "--help"], ["<index-name>", "--index-name", "--json"]),
        (["backup", "--help"], ["create", "list", "describe", "delete"]),
        (["restore", "--help"], ["create", "list", "describe"]),
        (["backup", "create", "--help"], ["--index-name", "--wait-timeout", "--json"]),
        (["backup", "delete", "--help"], ["--yes", "<backup-id>"]),
        (["restore", "create", "--help"], ["--deletion-protection", "--tags", "--wait"]),
        (["help", "restore", "list"], ["--pagination-token", "--all"]),
    ])
    func everyCommandHasItsOwnHelp(arguments: [String], mentions: [String]) async throws {
        let result = try await run(arguments, apiKey: nil)
        #expect(result.status == 0)
        for text in mentions { #expect(result.stdout.contains(text), "\(arguments) help mentions \(text):\n\(result.stdout)") }
    }

    @Test func completionScriptsAreGenerated() async throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try await run(["--generate-completion-script", shell], apiKey: nil)
            #expect(result.status == 0)
            #expect(result.stdout.contains("pinecone-backups") && result.stdout.contains("restore"), "\(shell)")
        }
    }

    /// JSON text without the whitespace between tokens (strings kept whole).
    static func minified(_ text: String) -> String {
        var output = "", inString = false, escaped = false
        for character in text {
            if inString {
                output.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
                output.append(character)
            } else if !character.isWhitespace {
                output.append(character)
            }
        }
        return output
    }
}
#endif
