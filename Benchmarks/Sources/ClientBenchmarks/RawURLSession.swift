import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import PineconeControl
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The floor: the same `describe_backup` request written by hand on `URLSession.shared`, decoded into
/// the same `BackupModel` with one reused decoder.
struct RawURLSession: Sendable {
    let baseURL: URL
    let decoder = JSONCoding.makeDecoder()

    init(port: Int) {
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    func describe(id: String) async throws -> String? {
        var request = URLRequest(url: baseURL.appendingPathComponent("backups").appendingPathComponent(id))
        request.httpMethod = "GET"
        request.timeoutInterval = 30
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("pcsk_bench_key", forHTTPHeaderField: "Api-Key")
        request.setValue("2025-10", forHTTPHeaderField: "X-Pinecone-Api-Version")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try decoder.decode(BackupModel.self, from: data).createdAt
    }
}
