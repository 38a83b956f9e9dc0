import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PineconeControl
import Testing

/// A server that sends a page token again: no item is passed on twice, new items on the last page
/// still are, and the walk ends with `RepeatedPageTokenError`, in the library and in the CLI's `--all`.
@Suite struct RepeatedTokenTests {
    /// Five backups of `docs-example`, listed two a page: pages [a b] [c d] [e] from a correct server.
    func serverWithFiveBackups(bug: String) async throws -> (MockPinecone, [String: String]) {
        let server = try await MockPinecone()
        var ids: [String: String] = [:]
        for name in ["a", "b", "c", "d", "e"] {
            ids[name] = try await server.client().createBackup(indexName: "docs-example", body: .init(name: name)).backupId
        }
        try await server.misbehavePaging(bug)
        return (server, ids)
    }

    /// The server's misbehaviour, the names passed on, and the list requests it takes.
    static let cases: [(bug: String, names: [String], requests: Int)] = [
        ("ignore-token", ["a", "b"], 2),                // [a b] next T1, then [a b] next T1 again
        ("repeat-last-token", ["a", "b", "c", "d", "e"], 3),  // … [e] next T2, the token that fetched it
        ("restart", ["a", "b", "c", "d"], 3),           // … [a b] next T1, an earlier token
    ]

    @Test(arguments: cases.indices)
    func theLibraryPassesEachItemOnOnce(index: Int) async throws {
        let (bug, names, requests) = Self.cases[index]
        let (server, _) = try await serverWithFiveBackups(bug: bug)
        var seen: [String] = []
        let error = try await #require(throws: RepeatedPageTokenError.self) {
            for try await backup in server.client().allIndexBackups(indexName: "docs-example", limit: 2) { seen.append(backup.name ?? "") }
        }
        #expect(seen == names, "\(bug)")
        #expect(error.pagesFetched == requests)
        #expect(try await server.count("GET", "/indexes/docs-example/backups") == requests)
    }

    @Test func thePagesLeaveOutAPageThatOnlyRepeats() async throws {
        let (server, _) = try await serverWithFiveBackups(bug: "ignore-token")
        var pages: [[String]] = []
        await #expect(throws: RepeatedPageTokenError.self) {
            for try await page in server.client().allIndexBackups(indexName: "docs-example", limit: 2).pages {
                pages.append(page.map { $0.name ?? "" })
            }
        }
        #expect(pages == [["a", "b"]])
    }

    #if CLI
    @Test(arguments: cases.indices)
    func theCLIsAllPrintsEachItemOnce(index: Int) async throws {
        let (bug, names, _) = Self.cases[index]
        let (server, ids) = try await serverWithFiveBackups(bug: bug)
        let cli = BackupsCLITests()
        let arguments = ["backup", "list", "--index-name", "docs-example", "--limit", "2", "--all"]

        let table = try await cli.run(arguments, apiKey: server.apiKey, server: server)
        #expect(table.status == 1)
        #expect(table.stderr.contains("again after"), "\(table.stderr)")
        for (name, id) in ids {
            let printed = table.stdout.components(separatedBy: id).count - 1
            #expect(printed == (names.contains(name) ? 1 : 0), "\(bug): \(name) printed \(printed) times:\n\(table.stdout)")
        }

        let json = try await cli.run(arguments + ["--json"], apiKey: server.apiKey, server: server)
        #expect(json.status == 1)
        let items = try #require(try cli.json(json.stdout)["data"] as? [[String: Any]])
        #expect(items.compactMap { $0["name"] as? String } == names, "\(bug)")
        #expect(items.allSatisfy { $0["vector_type"] as? String == "dense" }, "the items as the server sent them")
    }
    #endif
}

extension MockPinecone {
    /// Switches on one of the server's pagination bugs for every later list (`misbehave` in the fixture).
    func misbehavePaging(_ bug: String) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("__paging"))
        request.httpMethod = "POST"
        request.httpBody = try JSONEncoder().encode(["bug": bug])
        _ = try await URLSession.shared.data(for: request)
    }
}
