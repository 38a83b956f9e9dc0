import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import PineconeControl
import Testing

/// Retries, timeouts, cancellation and broken bodies, against the local server's programmed faults.
@Suite struct FailureTests {
    /// Fast waits so that retries take milliseconds.
    // No total-time limit to speak of: on a loaded machine the whole test run can starve one call for a minute.
    static let fast = RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(50), maximumTotalTime: .seconds(3600))

    func backup(_ server: MockPinecone) async throws -> BackupModel {
        try await server.client().createBackup(indexName: "docs-example", body: CreateBackupRequest(name: "b"))
    }

    @Test(arguments: [408, 429, 500, 502, 503, 504])
    func getIsRetriedOnTransientStatuses(status: Int) async throws {
        let server = try await MockPinecone()
        let created = try await backup(server)
        let path = "/backups/\(created.backupId)"
        try await server.inject([.init(method: "GET", path: path, status: status), .init(method: "GET", path: path, status: status)])
        let described = try await server.client(retryPolicy: Self.fast).describeBackup(backupId: created.backupId)
        #expect(described.backupId == created.backupId)
        #expect(try await server.count("GET", path) == 3)
    }

    @Test func retriesStopAtTheAttemptLimit() async throws {
        let server = try await MockPinecone()
        try await server.inject(Array(repeating: .init(method: "GET", path: "/backups", status: 503, body: "busy"), count: 5))
        let error = try await #require(throws: ClientError.self) { try await server.client(retryPolicy: Self.fast).listProjectBackups() }
        #expect(error.status == 503)
        #expect(try await server.count("GET", "/backups") == 3)
    }

    @Test func retriesCanBeTurnedOff() async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 503)])
        let error = try await #require(throws: ClientError.self) { try await server.client(retryPolicy: .disabled).listProjectBackups() }
        #expect(error.status == 503)
        #expect(try await server.count("GET", "/backups") == 1)
    }

    @Test func nonTransientStatusesAreNotRetried() async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 400, body: #"{"error":{"code":"INVALID_ARGUMENT","message":"no"}}"#)])
        let error = try await #require(throws: ClientError.self) { try await server.client(retryPolicy: Self.fast).listProjectBackups() }
        #expect(error.errorCode == .invalidArgument)
        #expect(try await server.count("GET", "/backups") == 1)
    }

    /// Backoff alone (at least 300 s, after jitter) would pass the total time allowed (120 s, room for a
    /// loaded machine): a retry proves `Retry-After` was used.
    @Test(arguments: ["0", "Thu, 01 Jan 1970 00:00:00 GMT", "3600"])
    func retryAfterIsHonouredUpToTheCap(value: String) async throws {
        let server = try await MockPinecone()
        let policy = RetryPolicy(maximumAttempts: 2, initialBackoff: .seconds(600), maximumBackoff: .seconds(600), maximumRetryAfter: .milliseconds(20), maximumTotalTime: .seconds(120))
        try await server.inject([.init(method: "GET", path: "/backups", status: 429, headers: ["Retry-After": value])])
        #expect(try await server.client(retryPolicy: policy).listProjectBackups().data?.isEmpty == true)
        #expect(try await server.count("GET", "/backups") == 2)
    }

    @Test func retriesStopAtTheTotalTime() async throws {
        let server = try await MockPinecone()
        let policy = RetryPolicy(maximumAttempts: 5, initialBackoff: .seconds(10), maximumTotalTime: .seconds(1))
        try await server.inject([.init(method: "GET", path: "/backups", status: 503)])
        let error = try await #require(throws: ClientError.self) { try await server.client(retryPolicy: policy).listProjectBackups() }
        #expect(error.status == 503)
        #expect(try await server.count("GET", "/backups") == 1)
    }

    @Test func postIsNotRetriedAfterReachingTheServer() async throws {
        let server = try await MockPinecone()
        let path = "/indexes/docs-example/backups"
        try await server.inject([.init(method: "POST", path: path, status: 503)])
        let error = try await #require(throws: ClientError.self) {
            try await server.client(retryPolicy: Self.fast).createBackup(indexName: "docs-example", body: .init(name: "once"))
        }
        #expect(error.status == 503)
        #expect(try await server.count("POST", path) == 1)
    }

    @Test func timedOutPostIsNotSentTwice() async throws {
        let server = try await MockPinecone()
        let path = "/indexes/docs-example/backups"
        // The server answers after 5 s; the client gives up after 1 s (ample for the request to arrive
        // even on a loaded machine) and must not send it again.
        try await server.inject([.init(method: "POST", path: path, status: 201, body: "{}", delay: 5)])
        let client = server.client(retryPolicy: Self.fast, timeout: .seconds(1))
        let error = try await #require(throws: ClientError.self) {
            try await client.createBackup(indexName: "docs-example", body: .init(name: "once"))
        }
        guard case .transport(_, let reason) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(reason == "timed out")
        #expect(try await server.count("POST", path) == 1)
    }

    /// The timeout covers the whole response, body included. `stall`: the head and half of the body arrive at once,
    /// the rest never (the server closes after 30 s). `trickle`: the body comes a byte every 0.4 s, 4.4 s in all,
    /// never idle for as long as the timeout, so only a deadline on the whole request (not an idle timeout such as
    /// URLSession's own, which alone would also end `stall`) ends the call; without one the call succeeds.
    @Test(arguments: ["stall", "trickle"])
    func bodyThatDoesNotArriveWithinTheTimeoutTimesOut(action: String) async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 200, body: #"{"data":[]}"#, action: action)])
        let client = server.client(retryPolicy: .disabled, timeout: .seconds(1))
        let error = try await #require(throws: ClientError.self) { try await client.listProjectBackups() }
        guard case .transport(_, let reason) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(reason == "timed out")
    }

    /// A stalled body holds up no other call on the same client (on URLSession: the same session and connection
    /// pool). The stalled call waits 10 s for its body; a describe sent meanwhile must come back before that.
    @Test func aStalledBodyHoldsUpNoOtherCallOfTheClient() async throws {
        let server = try await MockPinecone()
        let created = try await backup(server)
        try await server.inject([.init(method: "GET", path: "/backups", status: 200, body: #"{"data":[]}"#, action: "stall")])
        let client = server.client(retryPolicy: .disabled, timeout: .seconds(10))
        let clock = ContinuousClock()
        let stalled = Task { () async -> (ended: ContinuousClock.Instant, error: (any Error)?) in
            do {
                _ = try await client.listProjectBackups()
                return (clock.now, nil)
            } catch {
                return (clock.now, error)
            }
        }
        // Until the server holds the stalled request (`count` matches by prefix: before any describe).
        while try await server.count("GET", "/backups") == 0 { try await Task.sleep(for: .milliseconds(20)) }
        let described = try await client.describeBackup(backupId: created.backupId)
        let describedAt = clock.now
        #expect(described.backupId == created.backupId)
        let (stalledEnded, stalledError) = await stalled.value
        #expect(describedAt < stalledEnded, "the describe waited for the stalled call")
        guard case .transport(_, let reason) = stalledError as? ClientError else {
            Issue.record("expected a transport error, got \(String(describing: stalledError))")
            return
        }
        #expect(reason == "timed out")
    }

    @Test func droppedConnectionIsRetriedForGet() async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", action: "close")])
        #expect(try await server.client(retryPolicy: Self.fast).listProjectBackups().data?.isEmpty == true)
        #expect(try await server.count("GET", "/backups") == 2)
    }

    @Test func refusedConnectionIsRetriedEvenForPost() async throws {
        let counter = CountingTransport()
        let configuration = ClientConfiguration(serverURL: URL(string: "http://127.0.0.1:9")!, apiKey: "k", retryPolicy: Self.fast)
        let client = Client(configuration: configuration, transport: counter)
        let error = try await #require(throws: ClientError.self) { try await client.createBackup(indexName: "i", body: .init()) }
        guard case .transport(_, let reason) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(reason.hasPrefix("could not connect"))
        #expect(await counter.attempts == 3)
    }

    @Test func cancellingTheTaskStopsTheRequestPromptly() async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 200, body: #"{"data":[]}"#, delay: 20)])
        let client = server.client()
        let task = Task { try await client.listProjectBackups() }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
    }

    @Test func brokenBodiesBecomeTypedErrorsWithStatusAndSnippet() async throws {
        let server = try await MockPinecone()
        let client = server.client(retryPolicy: .disabled)
        let html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
        try await server.inject([
            .init(method: "GET", path: "/backups/empty", status: 200, body: ""),
            .init(method: "GET", path: "/backups/notjson", status: 200, body: "<html>oops</html>"),
            .init(method: "GET", path: "/backups/shape", status: 200, body: #"{"backup_id": 42}"#),
            .init(method: "GET", path: "/backups/truncated", status: 200, body: #"{"backup_id": "x", "sou"#, action: "truncate"),
            .init(method: "GET", path: "/backups/gateway", status: 502, headers: ["Content-Type": "text/html"], body: html),
        ])
        for (id, path) in [("empty", "<root>"), ("notjson", "<root>"), ("shape", "backup_id")] {
            let error = try await #require(throws: ClientError.self) { try await client.describeBackup(backupId: id) }
            guard case .decoding(let operation, let status, let codingPath, _, let snippet) = error else {
                Issue.record("\(id): expected a decoding error, got \(error)")
                continue
            }
            #expect(operation == "describe_backup")
            #expect(status == 200)
            #expect((codingPath.isEmpty ? "<root>" : codingPath) == path, "\(id)")
            #expect(!snippet.isEmpty)
        }
        let truncated = try await #require(throws: ClientError.self) { try await client.describeBackup(backupId: "truncated") }
        #expect(truncated.description.contains("describe_backup"))
        let gateway = try await #require(throws: ClientError.self) { try await client.describeBackup(backupId: "gateway") }
        #expect(gateway.status == 502)
        #expect(gateway.apiError?.rawBody == html)
        #expect(gateway.description.contains("502"))
    }

    @Test func unknownFieldsAndEnumValuesInSuccessBodiesDecode() async throws {
        let server = try await MockPinecone()
        let body = #"{"backup_id":"b","source_index_name":"i","source_index_id":"x","status":"Archiving","cloud":"gcp","region":"r","metric":"manhattan","brand_new_field":{"a":[1,2]}}"#
        try await server.inject([.init(method: "GET", path: "/backups/b", status: 200, body: body)])
        let backup = try await server.client().describeBackup(backupId: "b")
        #expect(backup.status == "Archiving")
        #expect(backup.metric == .unrecognized("manhattan"))
    }

    @Test func plainHTTPIsRefusedUnlessLoopbackOrAllowed() async throws {
        for (url, allowed) in [("http://api.example.com", false), ("http://127.0.0.1:1", true), ("http://localhost:1", true), ("http://[::1]:1", true)] {
            let core = ClientCore(configuration: ClientConfiguration(serverURL: URL(string: url)!, apiKey: "k"), defaultServerURL: nil, transport: nil)
            var request = ClientRequest(operationID: "op", method: .get, path: "/x")
            request.security = [[.apiKeyHeader("Api-Key")]]
            let built = (try? core.makeHTTPRequest(request)) != nil
            #expect(built == allowed, "\(url)")
        }
        let optedIn = ClientCore(configuration: ClientConfiguration(serverURL: URL(string: "http://api.example.com")!, apiKey: "k", allowsInsecureHTTP: true), defaultServerURL: nil, transport: nil)
        #expect(throws: Never.self) { try optedIn.makeHTTPRequest(ClientRequest(operationID: "op", method: .get, path: "/x")) }
    }
}

/// The tests' transport underneath, counting the attempts that reach the transport.
actor CountingTransport: HTTPTransport {
    private let inner = TestTransport.concrete
    private(set) var attempts = 0

    nonisolated func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        await increment()
        return try await inner.send(request, body: body, timeout: timeout)
    }

    private func increment() { attempts += 1 }
}
