import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A recursive optional nullable property is stored as `Indirect<Nullable<T>>?`: `null` and an absent
/// key must still differ, as they do for `Nullable<T>?`.
struct BoxedNullableTests {
    /// Coded as the generator writes it (`SwiftRenderer.renderCoding`, through the runtime's helpers).
    private struct Holder: Codable {
        var next: Indirect<Nullable<Int>>?

        init(next: Indirect<Nullable<Int>>?) { self.next = next }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.next = try container.decodeIndirectNullableIfPresent(Indirect<Nullable<Int>>.self, "next")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeValueIfPresent(self.next, "next")
        }
    }

    @Test func nullAbsentAndValueStayApart() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Holder.self, from: Data(#"{"next": null}"#.utf8)).next?.value == .null)
        #expect(try decoder.decode(Holder.self, from: Data("{}".utf8)).next == nil)
        #expect(try decoder.decode(Holder.self, from: Data(#"{"next": 3}"#.utf8)).next?.value == .value(3))
        let encoded = try JSONEncoder().encode(Holder(next: Indirect(.null)))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"next":null}"#)
    }
}
