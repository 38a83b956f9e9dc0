import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import PeerPinecone

/// The peer: swift-openapi-generator 1.14.3's client for the same spec, on swift-openapi-runtime
/// 1.13.4 and swift-openapi-urlsession 1.4.0.
enum Peer {
    /// The peer's best built-in date transcoder for Pinecone's dates, and how many fractional digits
    /// it reads back exactly (found by trying, so the notes say what is true on this machine).
    static func bestTranscoder() -> (transcoder: any DateTranscoder, name: String, digits: Int?) {
        let candidates: [(any DateTranscoder, String)] = [
            (.iso8601WithFractionalSeconds, ".iso8601WithFractionalSeconds"), (.iso8601, ".iso8601 (default)"),
        ]
        for digits in [9, 6, 3] {
            let text = "2025-05-15T00:52:10." + String("809305882".prefix(digits)) + "Z"
            for (transcoder, name) in candidates where (try? transcoder.decode(text)) != nil {
                return (transcoder, name, digits)
            }
        }
        return (candidates[0].0, candidates[0].1, nil)
    }

    /// Whether the transcoder reads `text`.
    static func decodes(_ text: String, with transcoder: any DateTranscoder) -> Bool {
        (try? transcoder.decode(text)) != nil
    }

    struct MemoryTransport: ClientTransport {
        let body: Data
        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(self.body))
        }
    }

    static func memoryClient(body: Data, transcoder: any DateTranscoder) -> Client {
        Client(serverURL: URL(string: "https://api.pinecone.io")!, configuration: Configuration(dateTranscoder: transcoder),
               transport: MemoryTransport(body: body), middlewares: [APIKeyMiddleware(key: "pcsk_bench_key")])
    }

    static func listViaClient(_ client: Client) async throws -> Summary {
        let response = try await client.list_project_backups(headers: .init(X_hyphen_Pinecone_hyphen_Api_hyphen_Version: "2025-10"))
        return Summary(try response.ok.body.json.data ?? [])
    }

    /// The generated types alone, with the JSONDecoder the peer's `Converter` sets up.
    static func decodeTypes(_ data: Data, transcoder: any DateTranscoder) throws -> Summary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            return try transcoder.decode(try container.decode(String.self))
        }
        return Summary(try decoder.decode(Components.Schemas.BackupList.self, from: data).data ?? [])
    }

    static func httpClient(port: Int, transcoder: any DateTranscoder) -> Client {
        Client(serverURL: URL(string: "http://127.0.0.1:\(port)")!, configuration: Configuration(dateTranscoder: transcoder),
               transport: URLSessionTransport(), middlewares: [APIKeyMiddleware(key: "pcsk_bench_key")])
    }

    static func describe(_ client: Client, id: String) async throws -> String? {
        let response = try await client.describe_backup(
            path: .init(backup_id: id), headers: .init(X_hyphen_Pinecone_hyphen_Api_hyphen_Version: "2025-10"))
        return try response.ok.body.json.created_at
    }
}

extension Summary {
    init(_ backups: [Components.Schemas.BackupModel]) {
        self.init(count: backups.count, firstID: backups.first?.backup_id ?? "",
                  dateSum: backups.reduce(0) { $0 + secondsSince1970($1.created_at) },
                  recordSum: backups.reduce(0) { $0 + ($1.record_count ?? 0) })
    }
}
