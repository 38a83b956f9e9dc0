import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PineconeControl

/// Starts `Fixtures/mock_pinecone.py` on 127.0.0.1 for one test and stops it afterwards.
/// A real HTTP server in a child process: the client under test goes through the tests' transport
/// (URLSession, or AsyncHTTPClient with the package trait; see `TestTransport`) and TCP.
final class MockPinecone: @unchecked Sendable {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mock_pinecone.py")

    let apiKey = "pcsk_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
    private let server: ChildServer
    var baseURL: URL { server.baseURL }

    /// - Parameters:
    ///   - readyAfter: How many describes a backup, restore job, index or collection takes to be ready.
    ///   - indexQuota: How many indexes the project may hold (3 are there from the start).
    ///   - collectionQuota: How many collections the project may hold.
    init(readyAfter: Int = 2, indexQuota: Int = 20, collectionQuota: Int = 3) async throws {
        server = try await ChildServer(script: Self.script, arguments: [
            "--api-key", apiKey, "--ready-after", String(readyAfter), "--index-quota", String(indexQuota),
            "--collection-quota", String(collectionQuota),
        ])
    }

    /// A client for this server, with the right key unless told otherwise.
    func client(apiKey: String? = nil) -> Client {
        Client(apiKey: apiKey ?? self.apiKey, host: baseURL, transport: TestTransport.current, environment: [:])
    }

    /// Every request the server saw before this one: method, raw path, headers.
    func requests() async throws -> [[String: Any]] {
        let (data, _) = try await URLSession.shared.data(from: baseURL.appendingPathComponent("__requests"))
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }

    /// Requests the server saw for a method and path, faults included.
    func count(_ method: String, _ path: String) async throws -> Int {
        try await requests().filter { $0["method"] as? String == method && ($0["path"] as? String)?.hasPrefix(path) == true }.count
    }

    /// One programmed failure, applied once to the next request that matches `method` and `path`.
    struct Fault: Encodable {
        var method: String
        var path: String
        var status: Int?
        var headers: [String: String]?
        var body: String?
        /// Seconds to wait before answering.
        var delay: Double?
        /// `close` (drop the connection without answering), `truncate` (send less body than announced),
        /// `stall` (send the head and half of the body, then nothing for 30 s) or `trickle` (send the head, then
        /// the body one byte every 0.4 s).
        var action: String?
        /// A substring the query string must contain (`paginationToken=`), to fault one page of a list.
        var query: String?
    }

    func inject(_ faults: [Fault]) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("__faults"))
        request.httpMethod = "POST"
        request.httpBody = try JSONEncoder().encode(faults)
        _ = try await URLSession.shared.data(for: request)
    }

    /// A client with a fast retry policy, for tests of retrying.
    func client(retryPolicy: RetryPolicy, timeout: Duration = .seconds(30)) -> Client {
        Client(configuration: ClientConfiguration(serverURL: baseURL, apiKey: apiKey, timeout: timeout, retryPolicy: retryPolicy),
               transport: TestTransport.current)
    }
}
