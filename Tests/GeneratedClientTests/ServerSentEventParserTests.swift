import Foundation
import Testing
@testable import OpenAPIClientRuntime

/// The `text/event-stream` parser against the WHATWG rules, fed whole and byte by byte.
@Suite struct ServerSentEventParserTests {
    /// Parses `text` in one go and one byte at a time; both must agree.
    func parse(_ text: String) -> [ServerSentEvent] {
        var whole = ServerSentEventParser()
        let all = whole.parse(Array(text.utf8))
        var bytewise = ServerSentEventParser()
        let pieces = text.utf8.flatMap { bytewise.parse([$0]) }
        #expect(all == pieces, "chunking changed the result")
        return all
    }

    @Test func dataLinesAreJoinedWithLineFeeds() {
        #expect(parse("data: a\ndata:b\ndata:  c\n\n") == [ServerSentEvent(data: "a\nb\n c")])
    }

    @Test func everyLineEndingCounts() {
        #expect(parse("data: 1\r\n\r\ndata: 2\r\rdata: 3\n\n").map(\.data) == ["1", "2", "3"])
    }

    @Test func commentsAndUnknownFieldsAreIgnored() {
        #expect(parse(": hello\nfoo: bar\ndata: x\n\n") == [ServerSentEvent(data: "x")])
    }

    @Test func eventTypeAppliesToOneEventOnly() {
        #expect(parse("event: add\ndata: 1\n\ndata: 2\n\n").map(\.event) == ["add", "message"])
    }

    @Test func idCarriesOverAndIsIgnoredWithNUL() {
        let events = parse("id: 7\ndata: a\n\ndata: b\n\nid: x\u{0}y\ndata: c\n\nid\ndata: d\n\n")
        #expect(events.map(\.id) == ["7", "7", "7", ""])
    }

    @Test func retryCountsOnlyWhenAllDigits() {
        #expect(parse("retry: 10\ndata: a\n\nretry: 1x\ndata: b\n\n").map(\.retry) == [10, nil])
    }

    @Test func fieldWithoutColonHasAnEmptyValue() {
        #expect(parse("data\ndata\n\n") == [ServerSentEvent(data: "\n")])
    }

    @Test func eventWithoutDataIsNotDispatched() {
        #expect(parse("event: ping\n\n\n\ndata: a\n\n").map(\.event) == ["message"])
    }

    @Test func leadingByteOrderMarkIsDropped() {
        #expect(parse("\u{FEFF}data: a\n\n") == [ServerSentEvent(data: "a")])
        // Only at the very start: later it is part of the field name, which is then unknown.
        #expect(parse("data: a\n\n\u{FEFF}data: b\n\n") == [ServerSentEvent(data: "a")])
    }

    @Test func unterminatedEventAtTheEndIsNotDispatched() {
        #expect(parse("data: a\n\ndata: b") == [ServerSentEvent(data: "a")])
    }

    @Test func nonASCIIIsDecodedAsUTF8() {
        #expect(parse("data: naïve ✓\n\n") == [ServerSentEvent(data: "naïve ✓")])
    }
}
