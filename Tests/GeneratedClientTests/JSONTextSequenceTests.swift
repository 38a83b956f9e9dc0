import Foundation
import Testing
@_spi(Generated) import OpenAPIClientRuntime

/// `application/json-seq` (RFC 7464) bodies, which 3.2's `itemSchema` types: each record starts with a
/// record separator (0x1E) and ends with a line feed, and is read as a JSON line.
@Suite struct JSONTextSequenceTests {
    struct Record: Decodable, Equatable, Sendable {
        var message: String
    }

    func decode(_ chunks: [[UInt8]]) async throws -> [Record] {
        let bytes = AsyncThrowingStream<Data, any Error> { continuation in
            for chunk in chunks { continuation.yield(Data(chunk)) }
            continuation.finish()
        }
        var records: [Record] = []
        for try await record in JSONLinesStream<Record>(operationID: "exportRecords", status: 200, bytes: bytes) {
            records.append(record)
        }
        return records
    }

    @Test func recordSeparatorsAreDropped() async throws {
        let body = Array("\u{1E}{\"message\":\"a\"}\n\u{1E}{\"message\":\"b\"}\n\u{1E}{\"message\":\"c\"}".utf8)
        #expect(try await decode([body]) == [Record(message: "a"), Record(message: "b"), Record(message: "c")])
        // Chunked anywhere, the separator included.
        #expect(try await decode(body.map { [$0] }) == [Record(message: "a"), Record(message: "b"), Record(message: "c")])
    }
}
