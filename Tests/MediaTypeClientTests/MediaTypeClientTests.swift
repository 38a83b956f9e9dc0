import Foundation
import MediaTypeTestClient
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The client the build plugin generated from `openapi.yaml`, against `Fixtures/media_server.py` over
/// real HTTP on 127.0.0.1: what the Pinecone specs need beyond JSON (assistant chat streams, file
/// uploads, record imports as JSON lines, the OAuth token form, explicit nulls, bearer tokens).
@Suite struct MediaTypeClientTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/media_server.py")

    let token = "pcsk_test_bearer_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
    let server: ChildServer
    let client: Client

    init() async throws {
        server = try await ChildServer(script: Self.script, arguments: ["--token", token])
        client = Client(configuration: Self.configuration(server, bearerToken: token), transport: TestTransport.current)
    }

    /// For this server: its URL, a token, and where its error bodies say what went wrong.
    static func configuration(_ server: ChildServer, bearerToken: String, retryPolicy: RetryPolicy = .default) -> ClientConfiguration {
        ClientConfiguration(serverURL: server.baseURL, bearerToken: bearerToken, retryPolicy: retryPolicy, errorDetails: errorDetails)
    }

    /// The server's error body, `{"error": {"code", "message"}}`.
    struct ErrorBody: Decodable {
        struct Details: Decodable { var code: String?, message: String? }
        var error: Details
    }

    static let errorDetails: @Sendable (Data) -> (code: String?, message: String?) = { body in
        let error = (try? JSONDecoder().decode(ErrorBody.self, from: body))?.error
        return (error?.code, error?.message)
    }

    // MARK: Server-sent events

    @Test func eventStreamArrivesIncrementallyAndFollowsTheWHATWGRules() async throws {
        var events: [ServerSentEventStream<ChatChunk>.Event] = []
        // `[DONE]` ends the stream, as OpenAI-style streams use.
        for try await event in try await client.watchEvents().ending(atData: "[DONE]") {
            events.append(event)
            // The server holds the rest of the stream until told the first event arrived: a client
            // that buffered the whole body would read "not released" ten seconds later.
            if events.count == 1 { try await client.release() }
        }
        #expect(events.map(\.data.index) == [0, 1, 2])  // Nothing after `data: [DONE]`.
        #expect(events.map(\.data.text) == ["Hel", "released", "!"])
        #expect(events[0].event == "delta")
        #expect(events[1].event == "message")  // The default type.
        #expect(events.map(\.id) == ["1", "1", "1"])  // The last event ID carries over.
        #expect(events.map(\.retry) == [nil, nil, 1500])
        #expect(events[2].data.finishReason == .value("stop"))
        #expect(events[0].data.finishReason == nil)
    }

    @Test func jsonOperationAlsoHasAStreamingVariant() async throws {
        let answer = try await client.chat(body: ChatRequest(message: "hello there"))
        #expect(answer.text == "hello there")
        #expect(answer.finishReason == .null)  // Sent as an explicit null, kept as one.

        var words: [String] = []
        for try await event in try await client.chatStream(body: ChatRequest(message: "one two three", stream: true)) {
            words.append(event.data.text)
        }
        #expect(words == ["one", "two", "three"])
    }

    /// A transport that implements only `send` (as a user's own might) gets the default `stream`:
    /// the whole body at once, parsed the same way.
    @Test func transportWithoutStreamingSupportStillDeliversTheEvents() async throws {
        struct SendOnly: HTTPTransport {
            let inner = TestTransport.concrete
            func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
                try await inner.send(request, body: body, timeout: timeout)
            }
        }
        let client = Client(configuration: Self.configuration(server, bearerToken: token), transport: SendOnly())
        var words: [String] = []
        for try await event in try await client.chatStream(body: ChatRequest(message: "a b", stream: true)) {
            words.append(event.data.text)
        }
        #expect(words == ["a", "b"])
        var ids: [String] = []
        for try await record in try await client.exportRecords(count: 3) {
            ids.append(record.id)
        }
        #expect(ids == ["rec-0", "rec-1", "rec-2"])
    }

    @Test func errorStatusOfAStreamingOperationIsATypedError() async throws {
        let client = Client(configuration: Self.configuration(server, bearerToken: token, retryPolicy: .disabled), transport: TestTransport.current)
        let error = await #expect(throws: ClientError.self) {
            _ = try await client.chatStream(body: ChatRequest(message: "overload", stream: true))
        }
        #expect(error?.status == 429)
        #expect(error?.apiError?.code == "RESOURCE_EXHAUSTED")
        #expect(error?.apiError?.message == "Slow down.")
    }

    @Test func wrongBearerTokenIsUnauthorizedAndTheTokenStaysSecret() async throws {
        let wrong = "pcsk_wrong_bearer_" + UUID().uuidString
        let client = Client(configuration: Self.configuration(server, bearerToken: wrong), transport: TestTransport.current)
        let error = await #expect(throws: ClientError.self) {
            _ = try await client.watchEvents()
        }
        #expect(error?.isUnauthorized == true)
        #expect(error.map { !"\($0)".contains(wrong) && !String(reflecting: $0).contains(wrong) } == true)
    }

    @Test func eventThatDoesNotDecodeIsADecodingErrorNamingTheOperation() async throws {
        var received: [Int] = []
        let error = await #expect(throws: ClientError.self) {
            for try await event in try await client.watchEvents(scenario: "broken") {
                received.append(event.data.index)
            }
        }
        #expect(received == [0])
        guard case .decoding(let operationID, let status, _, _, let snippet)? = error else {
            Issue.record("expected a decoding error, got \(String(describing: error))")
            return
        }
        #expect(operationID == "watch_events")
        #expect(status == 200)
        #expect(snippet == "not json")
    }

    @Test func eventCutOffBeforeItsBlankLineIsDiscarded() async throws {
        var received: [String] = []
        for try await event in try await client.watchEvents(scenario: "unterminated") {
            received.append(event.data.text)
        }
        #expect(received == ["ok"])
    }

    // MARK: JSON lines

    @Test func jsonLinesResponseDecodesLineByLine() async throws {
        var ids: [String] = []
        for try await record in try await client.exportRecords(count: 25) {
            ids.append(record.id)
        }
        #expect(ids == (0..<25).map { "rec-\($0)" })
    }

    @Test func jsonLinesRequestSendsOneRecordPerLine() async throws {
        let records = [Record(id: "a", chunkText: "first\nline"), Record(id: "b", category: "x")]
        let echo = try await client.importRecords(body: records)
        #expect(echo.contentType == "application/x-ndjson")
        #expect(echo.records == records)
        #expect(echo.json == .object(["lines": .integer(2), "ends_with_lf": .bool(true)]))
    }

    // MARK: Forms

    @Test func multipartUploadSendsFileTextArrayAndJSONParts() async throws {
        // Bytes that look like a boundary and contain line breaks must survive.
        let contents = Data("%PDF-1.7\r\n--not-a-boundary\r\n\u{0}\u{1}end".utf8)
        let body = UploadFileRequest(
            file: MultipartFile(data: contents, filename: "report \"Q3\".pdf", contentType: "application/pdf"),
            purpose: .assistants, tags: ["a", "b"], metadata: .init(owner: "ops"), pages: 3)
        let echo = try await client.uploadFile(body: body)
        #expect(echo.contentType == "multipart/form-data")
        let parts = try #require(echo.parts)
        #expect(parts.map(\.name) == ["file", "purpose", "tags", "tags", "metadata", "pages"])
        #expect(parts[0].filename == "report %22Q3%22.pdf")
        #expect(parts[0].contentType == "application/pdf")
        #expect(parts[0].body == String(decoding: contents, as: UTF8.self))
        #expect(parts[1].body == "assistants")
        #expect(parts[2].body == "a" && parts[3].body == "b")
        #expect(parts[4].contentType == "application/json")
        #expect(parts[4].body == #"{"owner":"ops"}"#)
        #expect(parts[5].body == "3")
    }

    @Test func fileFromDiskTakesItsNameAndType() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).txt")
        try Data("hello".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try MultipartFile(contentsOf: url)
        #expect(file.filename == url.lastPathComponent)
        #expect(file.contentType == "text/plain")
        #expect(file.data == Data("hello".utf8))
    }

    @Test func urlEncodedFormWithoutCredentials() async throws {
        let echo = try await client.getToken(body: TokenRequest(
            grantType: .clientCredentials, clientId: "id with spaces&=", clientSecret: "s3cr3t/+", scope: ["read", "write"]))
        #expect(echo.contentType == "application/x-www-form-urlencoded")
        #expect(echo.fields == ["grant_type": ["client_credentials"], "client_id": ["id with spaces&="],
                                "client_secret": ["s3cr3t/+"], "scope": ["read", "write"]])
        #expect(echo.authorization == nil)  // `security: []`: the bearer token is not sent.
    }

    // MARK: Nulls and raw bytes

    @Test func nullableFieldsSendExplicitNullsAndLeaveAbsentOnesOut() async throws {
        let echo = try await client.updateNote(noteId: "n/1", body: NoteUpdate(title: .null, body: nil, revision: nil))
        // `title` cleared, `body` untouched, `revision` required and nullable: sent as null.
        #expect(echo.json == .object(["title": .null, "revision": .null]))

        let set = try await client.updateNote(noteId: "n/1", body: NoteUpdate(title: .value("Plans"), revision: 4))
        #expect(set.json == .object(["title": .string("Plans"), "revision": .integer(4)]))
    }

    @Test func nullableRoundTripKeepsTheDifferenceBetweenNullAndAbsent() throws {
        let decoded = try JSONCoding.makeDecoder().decode(NoteUpdate.self, from: Data(#"{"title":null,"revision":2}"#.utf8))
        #expect(decoded.title == .null)
        #expect(decoded.body == nil)
        let encoded = try JSONCoding.makeEncoder().encode(decoded)
        #expect(try JSONCoding.makeDecoder().decode(JSONValue.self, from: encoded) == .object(["title": .null, "revision": .integer(2)]))
    }

    @Test func rawBytesGoAndComeBackAsData() async throws {
        let bytes = Data((0...255).map { UInt8($0) })
        #expect(try await client.reverseBlob(body: bytes) == Data(bytes.reversed()))
    }
}
