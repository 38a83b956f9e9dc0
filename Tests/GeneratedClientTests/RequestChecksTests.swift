import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The runtime's side of the generated checks: each kind of constraint, the message it gives, and
/// that a request with a violation fails before anything is built or sent.
@Suite struct RequestChecksTests {
    private func violation(_ value: some ConstraintCheckable, _ constraints: Constraints, at path: String = "value") -> String? {
        var checks = RequestChecks()
        checks.check(value, at: path, constraints)
        return checks.violation
    }

    @Test func numericBounds() {
        #expect(violation(101, Constraints(minimum: 1, maximum: 100)) == "value is 101, but the spec's maximum is 100")
        #expect(violation(0, Constraints(minimum: 1, maximum: 100)) == "value is 0, but the spec's minimum is 1")
        #expect(violation(100, Constraints(minimum: 1, maximum: 100)) == nil)
        #expect(violation(0.0, Constraints(exclusiveMinimum: 0)) == "value is 0.0, but the spec's exclusiveMinimum is 0")
        #expect(violation(0.5, Constraints(exclusiveMinimum: 0, exclusiveMaximum: 1)) == nil)
        #expect(violation(Int64(1), Constraints(exclusiveMaximum: 1)) == "value is 1, but the spec's exclusiveMaximum is 1")
    }

    @Test func multipleOf() {
        #expect(violation(7, Constraints(multipleOf: 5)) == "value is 7, but the spec's multipleOf is 5")
        #expect(violation(10, Constraints(multipleOf: 5)) == nil)
        // 0.3 / 0.1 is 2.9999999999999996 in binary floating point: still a multiple.
        #expect(violation(0.3, Constraints(multipleOf: 0.1)) == nil)
        #expect(violation(0.35, Constraints(multipleOf: 0.1)) == "value is 0.35, but the spec's multipleOf is 0.1")
    }

    @Test func lengthsAreCountedInUnicodeScalars() {
        // Precomposed "é" is one scalar; "e" + combining acute is two, as JSON Schema counts them.
        #expect(violation(String(repeating: "\u{E9}", count: 3), Constraints(maxLength: 3)) == nil)
        #expect(violation(String(repeating: "e\u{301}", count: 2), Constraints(maxLength: 3))
            == "value is \"e\u{301}e\u{301}\" (4 characters), but the spec's maxLength is 3")
        #expect(violation("", Constraints(minLength: 1)) == "value is \"\" (0 characters), but the spec's minLength is 1")
    }

    @Test func longValuesAreCutShortInTheMessage() throws {
        let message = try #require(violation(String(repeating: "x", count: 100), Constraints(maxLength: 45)))
        #expect(message == "value is \"\(String(repeating: "x", count: 40))…\" (100 characters), but the spec's maxLength is 45")
    }

    @Test func patternsMatchAnywhereUnlessAnchored() {
        #expect(violation("abc-1", Constraints(pattern: "[0-9]")) == nil)
        #expect(violation("Abc", Constraints(pattern: "^[a-z]+$")) == "value is \"Abc\", but the spec's pattern is '^[a-z]+$'")
    }

    @Test func itemCountsAndElementsAtTheirIndex() {
        #expect(violation(["a", "b", "c"], Constraints(maxItems: 2)) == "value is 3 items long, but the spec's maxItems is 2")
        #expect(violation([Bool](), Constraints(minItems: 1)) == "value is 0 items long, but the spec's minItems is 1")
        #expect(violation(["ok", "too long"], Constraints(items: Constraints(maxLength: 3)))
            == "value[1] is \"too long\" (8 characters), but the spec's maxLength is 3")
        #expect(violation(["b": 5, "a": 1], Constraints(items: Constraints(maximum: 4))) == "value.b is 5, but the spec's maximum is 4")
    }

    @Test func absentAndNullValuesAreNotChecked() {
        #expect(violation(Int?.none, Constraints(minimum: 1)) == nil)
        #expect(violation(Nullable<Int>?.some(.null), Constraints(minimum: 1)) == nil)
        #expect(violation(Nullable<Int>?.some(.value(0)), Constraints(minimum: 1)) == "value is 0, but the spec's minimum is 1")
    }

    @Test func onlyTheFirstViolationIsKept() {
        var checks = RequestChecks()
        checks.check(0, at: "a", Constraints(minimum: 1))
        checks.check(9, at: "b", Constraints(maximum: 1))
        #expect(checks.violation == "a is 0, but the spec's minimum is 1")
    }

    @Test func aViolationFailsTheRequestBeforeItIsBuiltAndHidesCredentials() throws {
        let key = "pcsk_TEST_in_the_value"
        var request = ClientRequest(operationID: "list_things", method: .get, path: "/things")
        request.check("prefix-" + key, at: "name", Constraints(maxLength: 3))
        let core = ClientCore(configuration: ClientConfiguration(apiKey: key), defaultServerURL: "https://example.com", transport: nil)
        let error = try #require(throws: ClientError.self) { try core.makeHTTPRequest(request) }
        guard case .invalidRequest(let operation, let reason) = error else {
            Issue.record("expected invalidRequest, got \(error)")
            return
        }
        #expect(operation == "list_things")
        #expect(!reason.contains(key))
        #expect(reason.hasPrefix("name is \"prefix-<redacted>\""))
    }

    @Test func basicCredentialsAreSentAndNeverPrinted() throws {
        var request = ClientRequest(operationID: "get_thing", method: .get, path: "/thing")
        request.security = [[.basic]]
        let credentials = BasicCredentials(username: "user", password: "pa55-word")
        let configuration = ClientConfiguration(basicCredentials: credentials)
        let core = ClientCore(configuration: configuration, defaultServerURL: "https://example.com", transport: nil)
        let http = try core.makeHTTPRequest(request)
        let authorization = http.headerFields[values: .authorization]
        #expect(authorization == ["Basic " + Data("user:pa55-word".utf8).base64EncodedString()])
        for text in [configuration.description, "\(credentials)", String(reflecting: configuration)] {
            #expect(!text.contains("pa55-word"))
        }
        // A colon in the user name cannot be sent (RFC 7617): no credentials, so the request fails.
        let colon = ClientConfiguration(basicCredentials: BasicCredentials(username: "a:b", password: "p"))
        #expect(throws: ClientError.self) {
            try ClientCore(configuration: colon, defaultServerURL: "https://example.com", transport: nil).makeHTTPRequest(request)
        }
    }
}
