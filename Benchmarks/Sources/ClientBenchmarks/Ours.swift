import AsyncHTTPClient
import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import OpenAPIAsyncHTTPClientTransport
import PineconeControl
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Our side: PineconeControl, generated from spec/ by OpenAPIClientGenPlugin, on OpenAPIClientRuntime.
enum Ours {
    /// A transport that answers every request with the same 200 response, so that a call through
    /// the client measures request building and response decoding without a network.
    struct MemoryTransport: HTTPTransport {
        let body: Data
        /// Like the URLSession and AsyncHTTPClient transports: the client adds no `Deadline` (two tasks a call), so
        /// the in-memory rows measure what the client layer costs on those transports.
        var enforcesTimeoutAndCancellation: Bool { true }
        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), self.body)
        }
    }

    static func memoryClient(body: Data) -> Client {
        Client(apiKey: "pcsk_bench_key", host: URL(string: "https://api.pinecone.io")!, transport: MemoryTransport(body: body),
               environment: [:])
    }

    /// `list_project_backups` through the whole client.
    static func listViaClient(_ client: Client) async throws -> Summary {
        Summary(try await client.listProjectBackups().data ?? [])
    }

    /// The generated types alone, decoded as the client decodes them.
    static func decodeTypes(_ data: Data) throws -> Summary {
        Summary(try JSONCoding.makeDecoder().decode(BackupList.self, from: data).data ?? [])
    }

    static func httpClient(port: Int) -> Client {
        Client(apiKey: "pcsk_bench_key", host: URL(string: "http://127.0.0.1:\(port)")!, environment: [:])
    }

    /// The same client on `AsyncHTTPClientTransport()` as users get it: on the transport's own default client
    /// (`AsyncHTTPClientTransport.sharedClient`, on AsyncHTTPClient's default event loops), not on `HTTPClient.shared`,
    /// which the hand-written floor uses. One pool for both made them interfere: the loop a pooled connection is on
    /// depends on which of them opened it, and the transport keeps to one loop while the floor's requests go to any.
    static func asyncHTTPClient(port: Int) -> Client {
        Client(apiKey: "pcsk_bench_key", host: URL(string: "http://127.0.0.1:\(port)")!,
               transport: transport, environment: [:])
    }

    static func decoder() -> JSONDecoder { JSONCoding.makeDecoder() }

    static let sharedDecoder = JSONCoding.makeDecoder()
    static let transport = AsyncHTTPClientTransport()

    /// Diagnosis: our AsyncHTTPClient transport alone, with the request built by hand (the client's four fields) and the body decoded
    /// with one reused decoder: what the transport costs over hand-written AsyncHTTPClient code, without the client.
    static func describeThroughTransport(port: Int, id: String) async throws -> String? {
        let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(port)", path: "/backups/" + id,
                                  headerFields: [.accept: "application/json", .userAgent: "OpenAPIClientRuntime/0.1.0 (Swift)",
                                                 HTTPField.Name("Api-Key")!: "pcsk_bench_key",
                                                 HTTPField.Name("X-Pinecone-Api-Version")!: "2025-10"])
        let (_, data) = try await transport.send(request, body: nil, timeout: .seconds(30))
        return try sharedDecoder.decode(BackupModel.self, from: data).createdAt
    }

    static func decodeBackup(_ data: Data, with decoder: JSONDecoder) throws -> String? {
        try decoder.decode(BackupModel.self, from: data).createdAt
    }

    static func describe(_ client: Client, id: String) async throws -> String? {
        try await client.describeBackup(backupId: id).createdAt
    }
}

extension Summary {
    init(_ backups: [BackupModel]) {
        self.init(count: backups.count, firstID: backups.first?.backupId ?? "",
                  dateSum: backups.reduce(0) { $0 + secondsSince1970($1.createdAt) },
                  recordSum: backups.reduce(0) { $0 + ($1.recordCount ?? 0) })
    }
}

/// `created_at` is a string in Pinecone's spec, on both sides; both parse it with the same function, so the
/// decoding comparison stays like for like.
func secondsSince1970(_ timestamp: String?) -> Double {
    timestamp.flatMap(RFC3339.date(from:))?.timeIntervalSince1970 ?? 0
}
