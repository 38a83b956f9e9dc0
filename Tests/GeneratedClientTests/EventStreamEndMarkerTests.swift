import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The end marker of event streams is the caller's (`ending(atData:)`), not a rule built into the runtime.
@Suite struct EventStreamEndMarkerTests {
    struct Chunk: Decodable, Sendable {
        var text: String
    }

    func events(endMarker: String?) async throws -> [String] {
        let bytes = AsyncThrowingStream<Data, any Error> { continuation in
            continuation.yield(Data("data: {\"text\":\"a\"}\n\ndata: [DONE]\n\ndata: {\"text\":\"after\"}\n\n".utf8))
            continuation.finish()
        }
        var texts: [String] = []
        let stream = ServerSentEventStream<Chunk>(operationID: "chat", status: 200, bytes: bytes)
        for try await event in endMarker.map(stream.ending(atData:)) ?? stream {
            texts.append(event.data.text)
        }
        return texts
    }

    @Test func theMarkerEndsTheStream() async throws {
        #expect(try await events(endMarker: "[DONE]") == ["a"])
    }

    @Test func withoutAMarkerItIsJustAnEventThatDoesNotDecode() async throws {
        await #expect(throws: ClientError.self) { _ = try await events(endMarker: nil) }
    }
}
