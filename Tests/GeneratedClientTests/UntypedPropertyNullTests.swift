import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A property without a type is `JSONValue?`: an explicit `null` decodes as `.null` and an absent key as
/// `nil`, so each re-encodes as it came (OpenAI's `{"results": null}`). The coding is written as the
/// generator writes it (`SwiftRenderer.renderCoding`, through the runtime's helpers).
struct UntypedPropertyNullTests {
    private struct Holder: Codable, Equatable {
        var results: JSONValue?

        init(results: JSONValue?) { self.results = results }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.results = try container.decodeJSONValueIfPresent("results")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeValueIfPresent(self.results, "results")
        }
    }

    @Test(arguments: [#"{"results":null}"#, "{}", #"{"results":[1,"a",null]}"#])
    func reEncodesAsItCame(json: String) throws {
        let value = try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == json)
    }

    @Test func nullAndAbsentDiffer() throws {
        #expect(try JSONDecoder().decode(Holder.self, from: Data(#"{"results": null}"#.utf8)) == Holder(results: .null))
        #expect(try JSONDecoder().decode(Holder.self, from: Data("{}".utf8)) == Holder(results: nil))
    }
}
