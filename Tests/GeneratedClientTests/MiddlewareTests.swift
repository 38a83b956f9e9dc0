import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// Where middlewares sit: around each attempt (inside retries), before authentication and logging,
/// outside the transport's deadline; and that their changes to the request reach the transport.
@Suite struct MiddlewareTests {
    static let apiKey = "pcsk_test_middleware_5e6f7a8b"
    static let backup = #"{"backup_id":"b","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r"}"#

    /// Answers with the scripted statuses in turn (the last one repeats), recording what it got.
    actor ScriptedTransport: HTTPTransport {
        private(set) var requests: [SentRequest] = []
        private(set) var events: [String] = []
        private var statuses: [Int]
        let log: EventLog

        init(statuses: [Int], log: EventLog) {
            self.statuses = statuses
            self.log = log
        }

        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            requests.append(SentRequest(request: request, body: body))
            await log.append("transport")
            let status = statuses.count > 1 ? statuses.removeFirst() : statuses[0]
            return (HTTPResponse(status: status), Data((status == 200 ? MiddlewareTests.backup : "{}").utf8))
        }
    }

    actor EventLog {
        private(set) var events: [String] = []
        func append(_ event: String) { events.append(event) }
    }

    /// Logs its name on the way in and out, with the attempt; records whether it saw credentials.
    struct Tracing: ClientMiddleware {
        let name: String
        let log: EventLog

        func intercept(
            _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
            next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
        ) async throws -> (HTTPResponse, HTTPBody) {
            let sawKey = request.headerFields.contains { $0.value.contains(MiddlewareTests.apiKey) } || (request.path ?? "").contains(MiddlewareTests.apiKey)
            await log.append("\(name)>\(context.attempt)\(sawKey ? " saw the key" : "")")
            let (response, responseBody) = try await next(request, body)
            await log.append("\(name)<\(response.status.code)")
            return (response, responseBody)
        }
    }

    /// Adds, replaces and repeats fields.
    struct Headers: ClientMiddleware {
        func intercept(
            _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
            next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
        ) async throws -> (HTTPResponse, HTTPBody) {
            var request = request
            request.headerFields[HTTPField.Name("X-Tenant")!] = "acme"
            request.headerFields[.userAgent] = "middleware/1"
            request.headerFields.append(HTTPField(name: HTTPField.Name("X-Trace")!, value: "a"))
            request.headerFields.append(HTTPField(name: HTTPField.Name("X-Trace")!, value: "b"))
            return try await next(request, body)
        }
    }

    private func client(_ transport: some HTTPTransport, _ middlewares: [any ClientMiddleware],
                        // No total-time limit to speak of: on a loaded machine the test run can starve one call for a minute.
                        retryPolicy: RetryPolicy = RetryPolicy(initialBackoff: .milliseconds(1), jitter: 0, maximumTotalTime: .seconds(3600)),
                        timeout: Duration = .seconds(30)) -> Client {
        Client(configuration: ClientConfiguration(apiKey: Self.apiKey, timeout: timeout, retryPolicy: retryPolicy, middlewares: middlewares),
               transport: transport)
    }

    @Test func middlewaresRunFirstOutermostAroundEveryAttemptAndNeverSeeTheKey() async throws {
        let log = EventLog()
        let transport = ScriptedTransport(statuses: [503, 200], log: log)
        let backup = try await client(transport, [Tracing(name: "A", log: log), Tracing(name: "B", log: log)]).describeBackup(backupId: "b")
        #expect(backup.backupId == "b")
        #expect(await log.events == ["A>1", "B>1", "transport", "B<503", "A<503", "A>2", "B>2", "transport", "B<200", "A<200"])
        // Authentication comes after the middlewares: the transport got the key, they did not.
        #expect(await transport.requests.map { $0.request.values("Api-Key") } == [[Self.apiKey], [Self.apiKey]])
    }

    @Test func headerChangesReachTheTransportAndRepeatedFieldsAreKept() async throws {
        let log = EventLog()
        let transport = ScriptedTransport(statuses: [200], log: log)
        _ = try await client(transport, [Headers()]).describeBackup(backupId: "b")
        let request = try #require(await transport.requests.first).request
        #expect(request.values("X-Tenant") == ["acme"])
        #expect(request.values("User-Agent") == ["middleware/1"])
        #expect(request.values("X-Trace") == ["a", "b"])
        #expect(request.values("X-Pinecone-Api-Version") == ["2025-10"], "the generated fields are still there")
    }

    /// A token-refreshing middleware (the example in `ClientMiddleware`'s documentation): it sets
    /// `Authorization` itself, so the configuration needs no token, and retries once on 401.
    @Test func refreshingBearerTokenMiddlewareSuppliesTheCredentials() async throws {
        actor Tokens {
            var issued = 0
            func current() -> String { "token-\(issued)" }
            func refresh() -> String { issued += 1; return "token-\(issued)" }
        }
        struct RefreshingToken: ClientMiddleware {
            let tokens: Tokens
            func intercept(
                _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
                next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
            ) async throws -> (HTTPResponse, HTTPBody) {
                var request = request
                request.headerFields[.authorization] = "Bearer \(await tokens.current())"
                let (response, responseBody) = try await next(request, body)
                guard response.status == .unauthorized else { return (response, responseBody) }
                request.headerFields[.authorization] = "Bearer \(await tokens.refresh())"
                return try await next(request, body)
            }
        }
        let log = EventLog()
        let transport = ScriptedTransport(statuses: [401, 200], log: log)
        let core = ClientCore(configuration: ClientConfiguration(middlewares: [RefreshingToken(tokens: Tokens())]),
                              defaultServerURL: "https://api.example", transport: transport)
        var request = ClientRequest(operationID: "whoami", method: .get, path: "/me")
        request.security = [[.bearer]]
        try await core.send(request)
        #expect(await transport.requests.map { $0.request.values("Authorization") } == [["Bearer token-0"], ["Bearer token-1"]])
    }

    @Test func withoutMiddlewareOrTokenABearerOperationIsRefusedBeforeSending() async throws {
        let transport = ScriptedTransport(statuses: [200], log: EventLog())
        let core = ClientCore(configuration: ClientConfiguration(), defaultServerURL: "https://api.example", transport: transport)
        var request = ClientRequest(operationID: "whoami", method: .get, path: "/me")
        request.security = [[.bearer]]
        await #expect(throws: ClientError.self) { try await core.send(request) }
        #expect(await transport.requests.isEmpty)
    }

    /// The configured timeout bounds the transport only: a middleware's own slow work (fetching a
    /// token) does not count against it.
    @Test func timeoutBoundsTheTransportNotTheMiddlewares() async throws {
        let slow = Intercepting { request, body, _, next in
            try await Task.sleep(for: .milliseconds(300))
            return try await next(request, body)
        }
        let transport = ScriptedTransport(statuses: [200], log: EventLog())
        let backup = try await client(transport, [slow], timeout: .milliseconds(100)).describeBackup(backupId: "b")
        #expect(backup.backupId == "b")
    }

    @Test func timingMiddlewareSeesEachAttempt() async throws {
        final class Timings: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [(String, Int, Duration)] = []
            func record(_ operation: String, _ attempt: Int, _ duration: Duration) {
                lock.withLock { values.append((operation, attempt, duration)) }
            }
            var all: [(String, Int, Duration)] { lock.withLock { values } }
        }
        struct Timing: ClientMiddleware {
            let record: @Sendable (String, Int, Duration) -> Void
            func intercept(
                _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
                next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
            ) async throws -> (HTTPResponse, HTTPBody) {
                let start = ContinuousClock.now
                defer { record(context.operationID, context.attempt, ContinuousClock.now - start) }
                return try await next(request, body)
            }
        }
        let timings = Timings()
        let transport = ScriptedTransport(statuses: [500, 200], log: EventLog())
        _ = try await client(transport, [Timing(record: timings.record)]).describeBackup(backupId: "b")
        #expect(timings.all.map(\.0) == ["describe_backup", "describe_backup"])
        #expect(timings.all.map(\.1) == [1, 2])
        #expect(timings.all.allSatisfy { $0.2 >= .zero })
    }

    @Test func middlewareThatAnswersItselfSkipsTheTransport() async throws {
        let canned = Intercepting { _, _, _, _ in (HTTPResponse(status: .ok), HTTPBody(Data(MiddlewareTests.backup.utf8))) }
        let transport = ScriptedTransport(statuses: [500], log: EventLog())
        #expect(try await client(transport, [canned]).describeBackup(backupId: "b").backupId == "b")
        #expect(await transport.requests.isEmpty)
    }
}
