import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The end marker of event streams is configuration, not a Pinecone (or OpenAI) rule built into the runtime.
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
        for try await event in ServerSentEventStream<Chunk>(operationID: "chat", status: 200, bytes: bytes, endMarker: endMarker) {
            texts.append(event.data.text)
        }
        return texts
    }

    @Test func theConfiguredMarkerEndsTheStream() async throws {
        #expect(try await events(endMarker: "[DONE]") == ["a"])
    }

    @Test func withoutAMarkerItIsJustAnEventThatDoesNotDecode() async throws {
        await #expect(throws: ClientError.self) { _ = try await events(endMarker: nil) }
    }

    @Test func theDefaultConfigurationHasNoMarker() {
        #expect(ClientConfiguration().eventStreamEndMarker == nil)
    }
}
