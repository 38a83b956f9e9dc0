import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The generated open enums: known values are cases, unknown values survive as sent.
@Suite struct OpenEnumTests {
    typealias Metric = BackupModel.Metric
    typealias Code = ErrorResponse.ErrorPayload.Code

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONCoding.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    private func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
    }

    /// JSON text as a comparable object (key order is not stable across encodings).
    private func jsonObject(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    // MARK: Known values

    @Test func knownMetricsDecodeToTheirCases() throws {
        let metrics = try decode([Metric].self, #"["cosine", "euclidean", "dotproduct"]"#)
        #expect(metrics == [.cosine, .euclidean, .dotproduct])
        // Exhaustive switch: a new case in the generator output breaks the build here, on purpose.
        let names = metrics.map { metric -> String in
            switch metric {
            case .cosine: "cos"
            case .euclidean: "l2"
            case .dotproduct: "dot"
            case .unrecognized(let value): "?" + value
            }
        }
        #expect(names == ["cos", "l2", "dot"])
        #expect(try encode(metrics) == #"["cosine","euclidean","dotproduct"]"#)
    }

    @Test func knownDeletionProtectionDecodes() throws {
        let values = try decode([DeletionProtection].self, #"["enabled", "disabled"]"#)
        #expect(values == [.enabled, .disabled])
        for value in values {
            switch value {
            case .enabled: #expect(value.rawValue == "enabled")
            case .disabled: #expect(value.rawValue == "disabled")
            case .unrecognized: Issue.record("\(value) is known")
            }
        }
    }

    @Test(arguments: [
        ("NOT_FOUND", Code.notFound), ("INVALID_ARGUMENT", .invalidArgument), ("INTERNAL", .internal),
        ("OK", .ok), ("PAYMENT_REQUIRED", .paymentRequired), ("UNAUTHENTICATED", .unauthenticated),
    ])
    func knownErrorCodesDecode(raw: String, expected: Code) throws {
        let code = try decode(Code.self, "\"\(raw)\"")
        #expect(code == expected)
        #expect(code.rawValue == raw)
        #expect(try encode([code]) == "[\"\(raw)\"]")
    }

    @Test func errorResponseWithKnownAndUnknownCodes() throws {
        let known = try decode(ErrorResponse.self, """
            {"status": 404, "error": {"code": "NOT_FOUND", "message": "Backup not found", "details": {"id": "x", "n": 1}}}
            """)
        #expect(known.status == 404)
        #expect(known.error.code == .notFound)
        #expect(known.error.details?["id"] == "x")
        #expect(known.error.details?["n"] == 1)
        if case .notFound = known.error.code {} else { Issue.record("switch on .notFound") }

        let unknown = try decode(ErrorResponse.self, #"{"status": 418, "error": {"code": "I_AM_A_TEAPOT", "message": "short and stout"}}"#)
        #expect(unknown.error.code == .unrecognized("I_AM_A_TEAPOT"))
        #expect(try encode(unknown.error.code) == #""I_AM_A_TEAPOT""#)
    }

    // MARK: Unknown values

    @Test func unknownMetricIsKeptAndReencodedExactly() throws {
        let metric = try decode(Metric.self, #""manhattan""#)
        #expect(metric == .unrecognized("manhattan"))
        #expect(metric.rawValue == "manhattan")
        #expect(try encode(metric) == #""manhattan""#)
        #expect(try encode([metric]) == #"["manhattan"]"#)
        if case .unrecognized(let value) = metric {
            #expect(value == "manhattan")
        } else {
            Issue.record("expected .unrecognized, got \(metric)")
        }
    }

    @Test(arguments: ["manhattan", "Cosine", "COSINE", " cosine", "", "dot product", "é/🚀\"\\"])
    func unknownValuesRoundTrip(raw: String) throws {
        let json = try encode(raw)
        let metric = try decode(Metric.self, json)
        #expect(metric == .unrecognized(raw), "values are matched exactly, case and spaces included")
        #expect(try encode(metric) == json)
        #expect(Metric(rawValue: raw) == metric)
    }

    @Test func unknownDeletionProtectionRoundTrips() throws {
        let request = try decode(CreateIndexFromBackupRequest.self, #"{"name": "restored", "deletion_protection": "paused"}"#)
        #expect(request.deletionProtection == .unrecognized("paused"))
        #expect(try jsonObject(encode(request)) == jsonObject(#"{"name":"restored","deletion_protection":"paused"}"#))
        let again = try decode(CreateIndexFromBackupRequest.self, try encode(request))
        #expect(again == request)
    }

    @Test func wrongJSONTypeIsADecodingError() {
        #expect(throws: DecodingError.self) { try decode(Metric.self, "42") }
        #expect(throws: DecodingError.self) { try decode(Metric.self, "null") }
        #expect(throws: DecodingError.self) { try decode(Code.self, #"{"code": "OK"}"#) }
    }

    @Test func backupWithUnknownMetricAndUnknownFieldsRoundTrips() throws {
        let json = """
            {
              "backup_id": "8c85e612-ed1c-4f97-9f8c-8194e07bcf71",
              "source_index_name": "docs-example",
              "source_index_id": "f73b36c9-faf5-4a2c-b1d6-4013d8b1cc74",
              "status": "Ready",
              "cloud": "aws",
              "region": "us-east-1",
              "dimension": 1024,
              "metric": "manhattan",
              "vector_type": "dense",
              "future_field": {"nested": [1, 2, {"deep": null}]},
              "schema": {"fields": {"genre": {"filterable": true, "future_flag": 1}}},
              "tags": {"env": "prod"},
              "created_at": "2025-05-15T00:52:10.809305882Z"
            }
            """
        let backup = try decode(BackupModel.self, json)
        #expect(backup.metric == .unrecognized("manhattan"))
        #expect(backup.schema?.fields["genre"]?.filterable == true)
        #expect(backup.tags == ["env": "prod"])

        let encoded = try encode(backup)
        #expect(encoded.contains(#""metric":"manhattan""#))
        #expect(!encoded.contains("future_field"), "unknown fields are not kept by the generated structs")
        let again = try decode(BackupModel.self, encoded)
        #expect(again.metric == .unrecognized("manhattan"))
        #expect(again == backup)
        #expect(try jsonObject(encode(again)) == jsonObject(encoded), "the second encoding is the same JSON")
    }

    @Test func missingOrNullMetricIsNil() throws {
        let base = #""backup_id": "b", "source_index_name": "i", "source_index_id": "x", "status": "Ready", "cloud": "aws", "region": "r""#
        #expect(try decode(BackupModel.self, "{\(base)}").metric == nil)
        #expect(try decode(BackupModel.self, "{\(base), \"metric\": null}").metric == nil)
        #expect(try decode(BackupModel.self, "{\(base), \"metric\": \"dotproduct\"}").metric == .dotproduct)
    }

    // MARK: allCases

    @Test func allCasesListEveryKnownValueOnce() {
        #expect(Metric.allCases == [.cosine, .euclidean, .dotproduct])
        #expect(DeletionProtection.allCases == [.disabled, .enabled])
        #expect(Code.allCases.count == 20)
        #expect(Code.allCases.first == .ok)
        #expect(Code.allCases.last == .paymentRequired)
        checkAllCases(Metric.self)
        checkAllCases(DeletionProtection.self)
        checkAllCases(Code.self)
    }

    /// No `unrecognized` in `allCases`, raw values distinct, each one maps back to its case.
    private func checkAllCases<E: OpenEnum & CaseIterable>(_ type: E.Type) where E.RawValue == String {
        let raws = E.allCases.map(\.rawValue)
        #expect(Set(raws).count == raws.count, "\(E.self): raw values are distinct")
        for value in E.allCases {
            #expect(E(rawValue: value.rawValue) == value, "\(E.self).\(value.rawValue) is a known case")
        }
        #expect(E(rawValue: "surely-not-a-known-value").rawValue == "surely-not-a-known-value")
        #expect(!E.allCases.contains(E(rawValue: "surely-not-a-known-value")))
    }

    @Test func openEnumsAreParameterValues() throws {
        var request = ClientRequest(operationID: "test", method: .get, path: "/things/\(Metric.unrecognized("a b"))")
        request.addQuery("metric", Metric.dotproduct)
        request.addQuery("metrics", [Metric.cosine, .unrecognized("x/y")])
        try request.setHeader("X-Protection", DeletionProtection.enabled)
        let http = try ClientCore(configuration: ClientConfiguration(), defaultServerURL: "https://h.example", transport: nil)
            .makeHTTPRequest(request)
        #expect(http.fullURL!.absoluteString == "https://h.example/things/a%20b?metric=dotproduct&metrics=cosine&metrics=x%2Fy")
        #expect(http.headerFields.contains { $0.name.rawName == "X-Protection" && $0.value == "enabled" })
    }
}
