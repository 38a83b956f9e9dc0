#if CLI  // pinecone-backups is built only with the package trait `CLI` (see CLITraitTests.swift)
import Foundation
import Testing

/// `pinecone-backups --verbose`: the client's logs on standard error, the key redacted.
@Suite struct VerboseCLITests {
    let cli = BackupsCLITests()

    @Test func verboseLogsEachAttemptAndTwiceTheCurlCommandWithoutTheKey() async throws {
        let server = try await MockPinecone()
        let id = try await cli.createBackup(server, name: "verbose")

        let once = try await cli.run(["backup", "describe", id, "--verbose", "--json"], apiKey: server.apiKey, server: server)
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stderr.contains("operation=describe_backup"), "\(once.stderr)")
        #expect(once.stderr.contains("status=200"))
        #expect(once.stderr.contains("request_id=req-"))
        #expect(!once.stderr.contains("curl -X"), "-v alone shows no curl command")
        #expect(try JSONSerialization.jsonObject(with: Data(once.stdout.utf8)) is [String: Any], "standard output stays JSON")

        let twice = try await cli.run(["backup", "describe", id, "-vv"], apiKey: server.apiKey, server: server)
        #expect(twice.status == 0, "\(twice.stderr)")
        #expect(twice.stderr.contains("curl -X GET '\(server.baseURL.absoluteString)/backups/\(id)'"), "\(twice.stderr)")
        #expect(twice.stderr.contains("-H 'Api-Key: <redacted>'"))
        for result in [once, twice] {
            #expect(!result.stderr.contains(server.apiKey) && !result.stdout.contains(server.apiKey), "the key was printed")
        }

        let quiet = try await cli.run(["backup", "describe", id], apiKey: server.apiKey, server: server)
        #expect(quiet.stderr.isEmpty, "nothing is logged without --verbose: \(quiet.stderr)")
    }
}
#endif
