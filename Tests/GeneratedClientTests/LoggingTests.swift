import Foundation
import HTTPTypes
import Logging
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// What the client logs through the configured `Logger`: one debug line per attempt, a replayable
/// `curl` command at trace, and never a credential, whatever the request or the server echoes.
@Suite struct LoggingTests {
    static let apiKey = "pcsk_test_logging_0a1b2c3d4e5f"
    static let token = "pcsk_test_bearer_logging_9z8y7x"
    static let backup = #"{"backup_id":"b","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r"}"#

    /// Answers with the scripted responses in turn (the last repeats); `nil` throws an error that echoes the key.
    actor Scripted: HTTPTransport {
        private var answers: [(Int, [String: String], String)?]

        init(_ answers: [(Int, [String: String], String)?]) { self.answers = answers }

        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            let answer = answers.count > 1 ? answers.removeFirst() : answers[0]
            guard let (status, headers, text) = answer else {
                throw TransportError.other("connection reset while sending Api-Key: \(LoggingTests.apiKey)")
            }
            return (HTTPResponse(status: status, headers: headers), Data(text.utf8))
        }
    }

    // No total-time limit to speak of: on a loaded machine the whole test run can starve one call for a minute.
    static let fast = RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(1), jitter: 0, maximumTotalTime: .seconds(3600))

    private func client(_ transport: Scripted, logger: Logger, middlewares: [any ClientMiddleware] = []) -> Client {
        Client(configuration: ClientConfiguration(apiKey: Self.apiKey, bearerToken: Self.token, retryPolicy: Self.fast,
                                                  middlewares: middlewares, logger: logger), transport: transport)
    }

    @Test func eachAttemptIsOneDebugLineWithItsFields() async throws {
        let (logger, store) = CapturingLogHandler.logger()
        let transport = Scripted([(503, ["X-Request-Id": "req-1"], "{}"), (200, ["X-Request-Id": "req-2"], Self.backup)])
        _ = try await client(transport, logger: logger).describeBackup(backupId: "b 1")
        let debug = store.records.filter { $0.level == .debug }
        #expect(debug.count == 2)
        #expect(debug.map { $0.metadata["operation"]?.description } == ["describe_backup", "describe_backup"])
        #expect(debug.map { $0.metadata["method"]?.description } == ["GET", "GET"])
        #expect(debug.map { $0.metadata["path"]?.description } == ["/backups/b%201", "/backups/b%201"])
        #expect(debug.map { $0.metadata["status"]?.description } == ["503", "200"])
        #expect(debug.map { $0.metadata["attempt"]?.description } == ["1", "2"])
        #expect(debug.map { $0.metadata["request_id"]?.description } == ["req-1", "req-2"])
        #expect(debug.allSatisfy { $0.metadata["duration_ms"].flatMap { Double($0.description) } != nil })
    }

    @Test func failedAttemptIsLoggedWithItsErrorRedacted() async throws {
        let (logger, store) = CapturingLogHandler.logger()
        await #expect(throws: ClientError.self) {
            _ = try await client(Scripted([nil]), logger: logger).describeBackup(backupId: "b")
        }
        let debug = store.records.filter { $0.level == .debug }
        #expect(debug.count == 3, "GET is retried after a transport failure")
        #expect(debug.allSatisfy { $0.metadata["error"]?.description.contains("<redacted>") == true })
    }

    @Test func traceIsACurlCommandThatReplaysTheRequestWithCredentialsRedacted() async throws {
        let (logger, store) = CapturingLogHandler.logger()
        _ = try await client(Scripted([(201, [:], Self.backup)]), logger: logger)
            .createBackup(indexName: "docs example", body: CreateBackupRequest(name: "it's", description: "nightly"))
        let trace = try #require(store.records.first { $0.level == .trace }).message
        #expect(trace.hasPrefix("curl -X POST 'https://api.pinecone.io/indexes/docs%20example/backups' -H 'Accept: application/json'"))
        #expect(trace.contains("-H 'Api-Key: <redacted>'"))
        #expect(trace.contains("-H 'X-Pinecone-Api-Version: 2025-10'"))
        #expect(trace.contains("-H 'Content-Type: application/json'"))
        // The body as sent (its key order is the encoder's), quoted for the shell.
        #expect(trace.contains("--data-binary '{"))
        #expect(trace.contains(#""name":"it'\''s""#))
        #expect(trace.contains(#""description":"nightly""#))
    }

    /// The API key and bearer tokens, wherever they might surface: the key header, a query key, a
    /// token a middleware set, a body the caller filled with the key, an error body and a request ID
    /// echoing it, a transport error quoting it. None reaches the logger, at any level.
    @Test func noCredentialAppearsAtAnyLevel() async throws {
        let token = Intercepting { request, body, _, next in
            var request = request
            request.headerFields[.authorization] = "Bearer pcsk_test_middleware_token_77"
            return try await next(request, body)
        }
        let (logger, store) = CapturingLogHandler.logger()
        let echo = #"{"error":{"code":"UNAUTHENTICATED","message":"bad key \#(Self.apiKey)"}}"#
        let transport = Scripted([(401, ["X-Request-Id": Self.apiKey], echo)])
        let plain = client(transport, logger: logger)
        _ = try? await plain.describeBackup(backupId: Self.apiKey)
        _ = try? await plain.createBackup(indexName: "i", body: CreateBackupRequest(name: "n", description: Self.apiKey))
        _ = try? await client(Scripted([nil]), logger: logger).listProjectBackups()
        _ = try? await client(transport, logger: logger, middlewares: [token]).describeBackup(backupId: "b")
        let core = ClientCore(configuration: ClientConfiguration(apiKey: Self.apiKey, bearerToken: Self.token, retryPolicy: .disabled, logger: logger),
                              defaultServerURL: "https://api.example", transport: transport)
        for security in [[ClientRequest.Security.apiKeyQuery("api_key")], [.bearer], [.apiKeyHeader("X-Custom-Key")]] {
            var request = ClientRequest(operationID: "op", method: .get, path: "/x")
            request.security = [security]
            _ = try? await core.send(request)
        }
        let records = store.records
        #expect(Set(records.map(\.level)) == [.trace, .debug])
        #expect(records.count >= 16)
        for record in records {
            for secret in [Self.apiKey, Self.token, "pcsk_test_middleware_token_77"] {
                #expect(!record.text.contains(secret), "logged a credential at \(record.level): \(record.text)")
            }
        }
        #expect(records.contains { $0.message.contains("api_key=<redacted>") })
        #expect(records.contains { $0.message.contains("Authorization: <redacted>") })
        #expect(records.contains { $0.message.contains("X-Custom-Key: <redacted>") })
    }

    /// A key that a query item carries percent-encoded is redacted in that form too.
    @Test func aPercentEncodedKeyInTheQueryIsRedacted() async throws {
        let (logger, store) = CapturingLogHandler.logger()
        let key = "pcsk_test_key/with+reserved=chars"
        let core = ClientCore(configuration: ClientConfiguration(apiKey: key, retryPolicy: .disabled, logger: logger),
                              defaultServerURL: "https://api.example", transport: Scripted([(200, [:], "{}")]))
        var request = ClientRequest(operationID: "op", method: .get, path: "/x")
        request.security = [[.apiKeyQuery("api_key")]]
        try await core.send(request)
        #expect(store.records.count == 2)
        for record in store.records {
            #expect(!record.text.contains("pcsk_test_key"), "logged the key at \(record.level): \(record.text)")
        }
        #expect(store.records.contains { $0.message.contains("api_key=<redacted>") })
    }

    @Test func theDefaultLoggerDiscardsEverything() {
        let logger = ClientConfiguration().logger
        #expect(logger.handler is SwiftLogNoOpLogHandler)
    }
}
