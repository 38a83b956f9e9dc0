import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpenAPIClientRuntime
import PineconeControl
import Testing

/// A POST that may have reached the server is never sent again, by the client or by the transport
/// underneath: on URLSession (libcurl on Linux, which resends a request by itself when a reused
/// keep-alive connection closes before any answer) and, with the trait, on AsyncHTTPClient.
@Suite struct OnceOnlyPostTests {
    @Test func postDroppedAfterReadingIsSentOnceAfterAKeepAliveConnectionWasWarmed() async throws {
        let server = try await MockPinecone()
        // URLSession on a session of the test's own: libcurl keeps only a few idle connections per session,
        // and the other tests' servers would push this one's out of the shared session's cache.
        let transport = TestTransport.current ?? URLSessionTransport(session: URLSession(configuration: .ephemeral))
        let client = Client(configuration: ClientConfiguration(serverURL: server.baseURL, apiKey: server.apiKey, retryPolicy: FailureTests.fast),
                            transport: transport)
        // GETs until two in a row share a connection: the transport keeps connections alive, so a POST
        // could reuse one (on a loaded machine a transport may open another connection now and then).
        var ports: [Int] = []
        for _ in 1...5 {
            _ = try await client.listProjectBackups()
            ports = try await server.requests().filter { $0["method"] as? String == "GET" }.compactMap { $0["port"] as? Int }
            if ports.count >= 2, ports[ports.count - 1] == ports[ports.count - 2] { break }
        }
        try #require(ports.count >= 2 && ports[ports.count - 1] == ports[ports.count - 2],
                     "no GETs shared a connection, so the test would prove nothing: \(ports)")
        let path = "/indexes/docs-example/backups"
        // The server reads the POST, then drops the connection without a word; once only, so a resent
        // POST would be answered and the call would succeed.
        try await server.inject([.init(method: "POST", path: path, action: "close")])
        let error = try await #require(throws: ClientError.self) {
            try await client.createBackup(indexName: "docs-example", body: .init(name: "once"))
        }
        guard case .transport = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(try await server.count("POST", path) == 1)
        // GETs still go out (on the warm connection, when the transport kept it).
        _ = try await client.listProjectBackups()
        #expect(try await server.count("GET", "/backups") == ports.count + 1)
    }
}
