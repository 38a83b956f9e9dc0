import AsyncHTTPClient
import Foundation
import NIOCore
@_spi(Generated) import OpenAPIClientRuntime
import PineconeControl

/// The floor on AsyncHTTPClient: the same `describe_backup` request written by hand on `HTTPClient.shared`, the
/// same four header fields as our client's (AsyncHTTPClient, unlike URLSession, adds no `User-Agent` of its own),
/// the body collected and decoded into the same `BackupModel` with one reused decoder.
struct RawAsyncHTTPClient: Sendable {
    let url: String
    let decoder = JSONCoding.makeDecoder()

    init(port: Int) {
        url = "http://127.0.0.1:\(port)/backups/"
    }

    func describe(id: String) async throws -> String? {
        var request = HTTPClientRequest(url: url + id)
        request.method = .GET
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "OpenAPIClientRuntime/0.1.0 (Swift)")
        request.headers.add(name: "Api-Key", value: "pcsk_bench_key")
        request.headers.add(name: "X-Pinecone-Api-Version", value: "2025-10")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        guard response.status == .ok else { throw Failure(description: "status \(response.status)") }
        let body = try await response.body.collect(upTo: 1 << 20)
        return try decoder.decode(BackupModel.self, from: Data(buffer: body)).createdAt
    }
}

extension Data {
    init(buffer: ByteBuffer) {
        self = buffer.withUnsafeReadableBytes { Data($0) }
    }
}
