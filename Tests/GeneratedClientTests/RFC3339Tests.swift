import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `RFC3339` and the `JSONCoding` coders built on it.
@Suite struct RFC3339Tests {
    /// 2025-05-15T00:52:10Z, the instant of the guide's `created_at` without its fraction.
    static let base: TimeInterval = 1_747_270_330

    // MARK: Parsing

    @Test(arguments: [
        ("2025-05-15T00:52:10Z", base),
        ("2025-05-15T00:52:10.8Z", base + 0.8),
        ("2025-05-15T00:52:10.809Z", base + 0.809),
        ("2025-05-15T00:52:10.809305Z", base + 0.809305),
        ("2025-05-15T00:52:10.809305882Z", base + 0.809305882),
        ("2025-05-15T00:52:10.809305882123Z", base + 0.809305882123),
        ("2025-05-15T00:52:10.000000000001Z", base),
        ("2025-05-15T00:52:10.999999999999Z", base + 1),
    ])
    func fractionalDigits(text: String, expected: TimeInterval) throws {
        let date = try #require(RFC3339.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - expected) < 1e-6, "\(text) → \(date.timeIntervalSince1970)")
    }

    @Test func nineDigitsKeepSubMicrosecondPrecision() throws {
        let date = try #require(RFC3339.date(from: "2025-05-15T00:52:10.809305882Z"))
        #expect(abs(date.timeIntervalSince1970 - 1_747_270_330.809305882) < 1e-6)
        // Distinct from the rounded microsecond value by more than a Double's resolution here (~2.4e-7).
        let micro = try #require(RFC3339.date(from: "2025-05-15T00:52:10.809305Z"))
        #expect(date > micro)
    }

    @Test(arguments: [
        "2025-05-15T00:52:10Z", "2025-05-15T00:52:10z", "2025-05-15t00:52:10Z", "2025-05-15t00:52:10z",
        "2025-05-15T02:52:10+02:00", "2025-05-14T19:22:10-05:30", "2025-05-15T00:52:10+00:00",
        "2025-05-15T00:52:10-00:00", "2025-05-14T10:52:10-14:00", "2025-05-15T14:52:10+14:00",
        "2025-05-15 00:52:10Z",  // RFC 3339 § 5.6 lets applications use a space
    ])
    func separatorsAndZones(text: String) throws {
        let date = try #require(RFC3339.date(from: text), "\(text) parses")
        #expect(date.timeIntervalSince1970 == Self.base, "\(text)")
    }

    @Test func offsetsWithFractions() throws {
        let date = try #require(RFC3339.date(from: "2025-05-14T19:22:10.809305-05:30"))
        #expect(abs(date.timeIntervalSince1970 - (Self.base + 0.809305)) < 1e-6)
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("1969-12-31T23:59:59.5Z", -0.5),
        ("1969-07-20T20:17:40Z", -14_182_940),
        ("1900-01-01T00:00:00Z", -2_208_988_800),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
        ("2100-02-28T23:59:59Z", 4_107_542_399),
        ("2100-03-01T00:00:00Z", 4_107_542_400),
        ("2400-02-29T12:00:00Z", 13_574_606_400),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
    ])
    func calendarDates(text: String, expected: TimeInterval) throws {
        let date = try #require(RFC3339.date(from: text), "\(text) parses")
        #expect(date.timeIntervalSince1970 == expected, "\(text)")
    }

    @Test func leapSecondIsAcceptedAsTheSecondBefore() throws {
        let date = try #require(RFC3339.date(from: "2016-12-31T23:59:60Z"))
        #expect(date.timeIntervalSince1970 == 1_483_228_799)
    }

    @Test(arguments: [
        "",
        "2025-05-15",
        "2025-05-15T00:52:10",  // no zone
        "2025-05-15T00:52:10.809305",  // no zone after a fraction
        "2025-13-01T00:00:00Z",  // month 13
        "2025-00-10T00:00:00Z",
        "2025-05-00T00:00:00Z",
        "2025-05-32T00:00:00Z",
        "2025-02-30T00:00:00Z",  // February has no 30th
        "2025-02-29T00:00:00Z",  // not a leap year
        "2100-02-29T00:00:00Z",  // not a leap year either
        "2025-04-31T00:00:00Z",  // April has 30 days
        "2025-05-15T24:00:00Z",
        "2025-05-15T00:60:00Z",
        "2025-05-15T00:00:61Z",
        "2025-05-15T00:52:10Zjunk",  // trailing garbage
        "2025-05-15T00:52:10Z ",
        "2025-05-15T00:52:10+02:00x",
        " 2025-05-15T00:52:10Z",
        "2025-05-15T12:00:00.Z",  // empty fraction
        "2025-05-15T12:00:00,5Z",
        "2025-05-15T00:52:10+0200",
        "2025-05-15T00:52:10+02",
        "2025-05-15T00:52:10+24:00",  // offset hours are 00–23
        "2025-05-15T00:52:10+02:60",  // offset minutes are 00–59
        "2025-05-15X00:52:10Z",
        "2025-5-15T00:52:10Z",
        "25-05-15T00:52:10Z",
        "2025-05-15T0:52:10Z",
        "2025/05/15T00:52:10Z",
        "２０２５-05-15T00:52:10Z",  // full-width digits
        "+2025-05-15T00:52:10Z",
        "1747270330",
    ])
    func rejectsMalformed(text: String) {
        #expect(RFC3339.date(from: text) == nil, "'\(text)' is not an RFC 3339 date-time")
    }

    // MARK: Formatting

    @Test(arguments: [
        (base, "2025-05-15T00:52:10Z"),
        (base + 0.809306, "2025-05-15T00:52:10.809306Z"),
        (base + 0.000001, "2025-05-15T00:52:10.000001Z"),
        (base + 0.5, "2025-05-15T00:52:10.5Z"),
        (base + 0.25, "2025-05-15T00:52:10.25Z"),
        (base + 0.80930588, "2025-05-15T00:52:10.809306Z"),  // rounded to microseconds
        (base + 0.9999996, "2025-05-15T00:52:11Z"),  // rounds up into the next second
        (0, "1970-01-01T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-0.5, "1969-12-31T23:59:59.5Z"),
        (-0.0000001, "1970-01-01T00:00:00Z"),
        (-86_400, "1969-12-31T00:00:00Z"),
        (-86_401, "1969-12-30T23:59:59Z"),
        (-14_182_940, "1969-07-20T20:17:40Z"),
        (-14_182_939.75, "1969-07-20T20:17:40.25Z"),
        (-2_208_988_800, "1900-01-01T00:00:00Z"),
        (-62_135_596_800, "0001-01-01T00:00:00Z"),
        (1_709_164_800, "2024-02-29T00:00:00Z"),
        (4_107_542_399, "2100-02-28T23:59:59Z"),
        (4_107_542_400, "2100-03-01T00:00:00Z"),
        (13_574_606_400, "2400-02-29T12:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ] as [(TimeInterval, String)])
    func formats(interval: TimeInterval, expected: String) {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: interval)) == expected)
    }

    @Test func formatsTheGuidesTimestampWithMicroseconds() throws {
        let date = try #require(RFC3339.date(from: "2025-05-15T00:52:10.809305882Z"))
        #expect(RFC3339.string(from: date) == "2025-05-15T00:52:10.809306Z")
    }

    @Test func formattedDatesParseBack() throws {
        // Microsecond-precise instants survive string(from:) → date(from:) → string(from:) exactly
        // while a Double still resolves microseconds (|t| < 2^32 s, until 2106), across leap days and the epoch.
        let starts: [TimeInterval] = [-2_208_988_800, -86_400.123456, -1.000001, 0, 951_782_400, Self.base,
                                      4_107_542_399.999999]
        for start in starts {
            for step in stride(from: 0.0, through: 3 * 86_400, by: 8_640.123457) {
                let date = Date(timeIntervalSince1970: start + step)
                let text = RFC3339.string(from: date)
                let parsed = try #require(RFC3339.date(from: text), "\(text) parses")
                #expect(abs(parsed.timeIntervalSince(date)) <= 0.5e-6 + 1e-9, "\(text)")
                #expect(RFC3339.string(from: parsed) == text)
            }
        }
        // Further out a Double has coarser steps; the round trip stays within them.
        for start: TimeInterval in [-62_135_596_800, 253_402_000_000] {
            for step in stride(from: 0.0, through: 3 * 86_400, by: 8_640.123457) {
                let date = Date(timeIntervalSince1970: start + step)
                let text = RFC3339.string(from: date)
                let parsed = try #require(RFC3339.date(from: text), "\(text) parses")
                #expect(abs(parsed.timeIntervalSince(date)) < 1e-4, "\(text)")
                #expect(String(text.prefix(19)) == String(RFC3339.string(from: parsed).prefix(19)))
            }
        }
    }

    @Test func agreesWithISO8601DateFormatter() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for text in ["2025-05-15T00:52:10.809Z", "1999-12-31T23:59:59.999Z", "2000-02-29T12:34:56.000Z",
                     "2025-05-14T19:22:10.500-05:30"] {
            let ours = try #require(RFC3339.date(from: text))
            let theirs = try #require(formatter.date(from: text))
            #expect(abs(ours.timeIntervalSince(theirs)) < 1e-3, "\(text)")
        }
    }

    // MARK: JSONCoding

    struct Stamped: Codable, Equatable {
        var name: String
        var at: Date
        var finishedAt: Date?
        var link: String
    }

    @Test func jsonRoundTripWritesRFC3339() throws {
        let value = Stamped(name: "backup", at: Date(timeIntervalSince1970: Self.base + 0.809306),
                            finishedAt: Date(timeIntervalSince1970: -0.5), link: "https://h.example/a/b")
        let data = try JSONCoding.makeEncoder().encode(value)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""at":"2025-05-15T00:52:10.809306Z""#))
        #expect(text.contains(#""finishedAt":"1969-12-31T23:59:59.5Z""#))
        #expect(text.contains(#""link":"https://h.example/a/b""#), "slashes are not escaped")
        let decoded = try JSONCoding.makeDecoder().decode(Stamped.self, from: data)
        #expect(decoded.name == value.name)
        #expect(abs(decoded.at.timeIntervalSince(value.at)) < 1e-6)
        #expect(decoded.finishedAt == value.finishedAt)
        #expect(decoded.link == value.link)
    }

    @Test func jsonDecodesEveryAcceptedForm() throws {
        let json = #"[{"name":"a","at":"2025-05-15T02:52:10+02:00","link":""},{"name":"b","at":"2025-05-15t00:52:10.809305882z","finishedAt":null,"link":""}]"#
        let values = try JSONCoding.makeDecoder().decode([Stamped].self, from: Data(json.utf8))
        #expect(values[0].at.timeIntervalSince1970 == Self.base)
        #expect(abs(values[1].at.timeIntervalSince1970 - (Self.base + 0.809305882)) < 1e-6)
        #expect(values[1].finishedAt == nil)
    }

    @Test func jsonRejectsAMalformedDateWithItsPath() throws {
        let json = #"{"name":"a","at":"2025-05-15T00:52:10","link":""}"#
        do {
            _ = try JSONCoding.makeDecoder().decode(Stamped.self, from: Data(json.utf8))
            Issue.record("decoding should fail")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["at"])
            #expect(context.debugDescription.contains("2025-05-15T00:52:10"))
        }
        // A number is not accepted as a date either.
        #expect(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode(Stamped.self, from: Data(#"{"name":"a","at":1747270330,"link":""}"#.utf8))
        }
    }

    @Test func coderSettingsAreIndependent() {
        // Each call returns a fresh coder; changing one must not affect the next.
        let encoder = JSONCoding.makeEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        #expect(JSONCoding.makeEncoder().outputFormatting == [.withoutEscapingSlashes])
    }
}
