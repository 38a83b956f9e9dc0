import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `ClientRequest` + `ClientCore.makeHTTPRequest`, used the way the generated operations use them.
@Suite struct RequestBuildingTests {
    static let apiKey = "pcsk_TEST_5ecret-Key_0123456789"
    static let server = "https://api.pinecone.io"

    private func core(_ configuration: ClientConfiguration = ClientConfiguration(apiKey: apiKey),
                      defaultServerURL: String? = server) -> ClientCore {
        ClientCore(configuration: configuration, defaultServerURL: defaultServerURL, transport: nil)
    }

    private func build(_ request: ClientRequest,
                       _ configuration: ClientConfiguration = ClientConfiguration(apiKey: apiKey)) throws(ClientError) -> SentRequest {
        SentRequest(request: try core(configuration).makeHTTPRequest(request), body: request.body)
    }

    /// As `Client.describeBackup(backupId:)` builds it.
    private func describeBackup(_ backupId: String) throws(ClientError) -> ClientRequest {
        var request = ClientRequest(operationID: "describe_backup", method: .get, path: "/backups/\(backupId)")
        try request.setHeader("X-Pinecone-Api-Version", "2025-10")
        request.security = [[.apiKeyHeader("Api-Key")]]
        return request
    }

    private func headers(_ request: SentRequest, _ name: String) -> [String] {
        request.headerFields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    // MARK: Path parameters

    @Test(arguments: [
        ("plain-id_1.2~x", "plain-id_1.2~x"),
        ("a/b", "a%2Fb"),
        ("../indexes/secret", "..%2Findexes%2Fsecret"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#frag", "a%23frag"),
        ("100%", "100%25"),
        ("%2F", "%252F"),
        ("a b", "a%20b"),
        ("a+b", "a%2Bb"),
        ("café", "caf%C3%A9"),
        ("🚀", "%F0%9F%9A%80"),
        ("x/y?z#w%v é🚀", "x%2Fy%3Fz%23w%25v%20%C3%A9%F0%9F%9A%80"),
        ("a;b,c=d&e:f@g", "a%3Bb%2Cc%3Dd%26e%3Af%40g"),
        ("[::1]", "%5B%3A%3A1%5D"),
        ("tab\there\nnl", "tab%09here%0Anl"),
    ])
    func pathParameterIsOneEncodedSegment(value: String, encoded: String) throws {
        let http = try build(describeBackup(value))
        #expect(http.url.absoluteString == "https://api.pinecone.io/backups/" + encoded)
        #expect(http.method == "GET")
        // Still exactly two segments after the host, whatever the value holds.
        let path = http.url.absoluteString.dropFirst("https://api.pinecone.io".count)
        #expect(path.split(separator: "/", omittingEmptySubsequences: false).count == 3)
        #expect(http.url.query == nil)
        #expect(http.url.fragment == nil)
        // The server gets the value back by percent-decoding the segment.
        #expect(encoded.removingPercentEncoding == value)
    }

    @Test(arguments: [(".", "%2E"), ("..", "%2E%2E")])
    func dotSegmentsAreEncoded(value: String, encoded: String) throws {
        // `/backups/..` would be normalized to `/` by HTTP stacks (curl under URLSession on Linux does),
        // so DELETE /backups/{id} with id ".." would hit another resource.
        let http = try build(describeBackup(value))
        #expect(http.url.absoluteString == "https://api.pinecone.io/backups/" + encoded)
        #expect(http.url.standardized.absoluteString == "https://api.pinecone.io/backups/" + encoded)
        // Dots inside a longer value are ordinary characters and stay as they are.
        #expect(try build(describeBackup("a..b")).url.absoluteString == "https://api.pinecone.io/backups/a..b")
        #expect(try build(describeBackup("...")).url.absoluteString == "https://api.pinecone.io/backups/...")
    }

    @Test func severalPathParameters() throws {
        let index = "my index", namespace = "ns/1"
        let request = ClientRequest(operationID: "op", method: .post, path: "/indexes/\(index)/namespaces/\(namespace)/x")
        let http = try build(request)
        #expect(http.url.absoluteString == "https://api.pinecone.io/indexes/my%20index/namespaces/ns%2F1/x")
        #expect(http.method == "POST")
    }

    @Test func nonStringPathParameters() throws {
        let date = Date(timeIntervalSince1970: 1_747_270_330.5)
        let request = ClientRequest(operationID: "op", method: .get,
                                    path: "/a/\(42)/\(Int64(-7))/\(true)/\(date)/\(1.5)")
        #expect(try build(request).url.absoluteString
                == "https://api.pinecone.io/a/42/-7/true/2025-05-15T00%3A52%3A10.5Z/1.5")
    }

    // MARK: Query

    @Test func queryItemsAreEncoded() throws {
        var request = ClientRequest(operationID: "list_index_backups", method: .get, path: "/indexes/\("docs-example")/backups")
        request.addQuery("limit", 10)
        request.addQuery("paginationToken", "eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ==")
        request.addQuery("filter", "a b&c=d+e/f?g#h%é")
        request.addQuery("flag", false)
        request.addQuery("since", Date(timeIntervalSince1970: 0))
        request.addQuery("odd name&", "v")
        let http = try build(request)
        #expect(http.url.absoluteString == "https://api.pinecone.io/indexes/docs-example/backups"
                + "?limit=10&paginationToken=eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ%3D%3D"
                + "&filter=a%20b%26c%3Dd%2Be%2Ff%3Fg%23h%25%C3%A9&flag=false"
                + "&since=1970-01-01T00%3A00%3A00Z&odd%20name%26=v")
        // A standard parser gets every value back unchanged.
        let items = try #require(URLComponents(url: http.url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(items.map(\.name) == ["limit", "paginationToken", "filter", "flag", "since", "odd name&"])
        #expect(items.map(\.value) == ["10", "eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ==", "a b&c=d+e/f?g#h%é", "false",
                                       "1970-01-01T00:00:00Z", "v"])
    }

    @Test func nilQueryValuesAreOmitted() throws {
        var request = ClientRequest(operationID: "list_project_backups", method: .get, path: "/backups")
        request.addQuery("limit", Int?.none)
        request.addQuery("paginationToken", String?.none)
        #expect(request.query.isEmpty)
        #expect(try build(request).url.absoluteString == "https://api.pinecone.io/backups")

        request.addQuery("paginationToken", "t")
        request.addQuery("limit", Int?.none)
        #expect(try build(request).url.absoluteString == "https://api.pinecone.io/backups?paginationToken=t")

        // An empty string is a value, unlike nil.
        var empty = ClientRequest(operationID: "op", method: .get, path: "/backups")
        empty.addQuery("paginationToken", "")
        #expect(try build(empty).url.absoluteString == "https://api.pinecone.io/backups?paginationToken=")
    }

    @Test func arraysRepeatTheKey() throws {
        var request = ClientRequest(operationID: "op", method: .get, path: "/backups")
        request.addQuery("id", ["a", "b c", "d/e"])
        request.addQuery("n", [1, 2])
        request.addQuery("none", [String]?.none)
        request.addQuery("empty", [String]())
        #expect(try build(request).url.absoluteString == "https://api.pinecone.io/backups?id=a&id=b%20c&id=d%2Fe&n=1&n=2")
    }

    // MARK: Headers and credentials

    @Test func apiKeyHeaderIsSentWhenConfigured() throws {
        let http = try build(describeBackup("b1"))
        #expect(headers(http, "Api-Key") == [Self.apiKey])
        #expect(headers(http, "X-Pinecone-Api-Version") == ["2025-10"])
        #expect(headers(http, "Accept") == ["application/json"])
        #expect(headers(http, "User-Agent").count == 1)
        #expect(headers(http, "Content-Type").isEmpty)
        #expect(http.body == nil)
    }

    @Test func apiKeyHeaderIsAbsentWithoutAKey() throws {
        // The runtime refuses to build a request whose security it cannot fill (.invalidRequest);
        // if it ever sends it anyway, the header must be absent.
        do {
            let http = try build(describeBackup("b1"), ClientConfiguration())
            #expect(headers(http, "Api-Key").isEmpty)
            #expect(headers(http, "Authorization").isEmpty)
            #expect(headers(http, "X-Pinecone-Api-Version") == ["2025-10"])
        } catch {
            guard case .invalidRequest(let id, let reason) = error else { Issue.record("got \(error)"); return }
            #expect(id == "describe_backup")
            #expect(reason.contains("Api-Key"), "the message names the missing credential: \(reason)")
        }
        // Without security, a request without a key is built normally.
        var open = try describeBackup("b1")
        open.security = []
        let http = try build(open, ClientConfiguration())
        #expect(headers(http, "Api-Key").isEmpty)
        #expect(headers(http, "X-Pinecone-Api-Version") == ["2025-10"])
    }

    @Test func apiKeyIsNotSentToOperationsWithoutSecurity() throws {
        var request = try describeBackup("b1")
        request.security = []
        let http = try build(request)
        #expect(headers(http, "Api-Key").isEmpty)
        #expect(!http.headerFields.contains { $0.value.contains(Self.apiKey) })
    }

    @Test func otherSecuritySchemes() throws {
        var request = ClientRequest(operationID: "op", method: .get, path: "/x")
        request.security = [[.bearer], [.apiKeyQuery("api_key")]]
        // Only an API key: the second alternative.
        var http = try build(request, ClientConfiguration(apiKey: "k y"))
        #expect(http.url.absoluteString == "https://api.pinecone.io/x?api_key=k%20y")
        #expect(headers(http, "Authorization").isEmpty)
        // A bearer token: the first.
        http = try build(request, ClientConfiguration(apiKey: "k", bearerToken: "tok"))
        #expect(headers(http, "Authorization") == ["Bearer tok"])
        #expect(http.url.query == nil)
        // Both credentials of one alternative, or none of it.
        request.security = [[.apiKeyHeader("Api-Key"), .bearer]]
        if let partial = try? build(request, ClientConfiguration(apiKey: "k")) {
            #expect(headers(partial, "Api-Key").isEmpty, "an alternative is used whole or not at all")
        }
        http = try build(request, ClientConfiguration(apiKey: "k", bearerToken: "t"))
        #expect(headers(http, "Api-Key") == ["k"])
        #expect(headers(http, "Authorization") == ["Bearer t"])
    }

    @Test func apiKeyWithLineBreakIsNeverSentAsAHeader() throws {
        let key = "key\r\nX-Injected: 1"
        do {
            let http = try build(describeBackup("b1"), ClientConfiguration(apiKey: key))
            #expect(headers(http, "Api-Key").isEmpty)
            #expect(headers(http, "X-Injected").isEmpty)
            #expect(!http.headerFields.contains { $0.value.contains("\n") || $0.value.contains("\r") })
        } catch {
            guard case .invalidRequest = error else { Issue.record("got \(error)"); return }
            #expect(!error.description.contains("X-Injected"), "the message does not show the key")
        }
    }

    /// In order: the generated fields, the configuration's (repeated names kept), then the credentials,
    /// which are added after the middlewares.
    @Test func additionalHeadersComeAfterTheGeneratedOnesAndRepeatsAreKept() throws {
        var extra = HTTPFields()
        extra.append(HTTPField(name: HTTPField.Name("X-B")!, value: "2"))
        extra.append(HTTPField(name: HTTPField.Name("X-A")!, value: "1"))
        extra.append(HTTPField(name: HTTPField.Name("X-B")!, value: "3"))
        let configuration = ClientConfiguration(apiKey: Self.apiKey, additionalHeaders: extra, userAgent: "tests/1.0")
        let http = try build(describeBackup("b1"), configuration)
        #expect(http.headerFields.map(\.name) == ["Accept", "User-Agent", "X-Pinecone-Api-Version", "X-B", "X-A", "X-B", "Api-Key"])
        #expect(headers(http, "X-B") == ["2", "3"])
        #expect(headers(http, "User-Agent") == ["tests/1.0"])
    }

    @Test(arguments: ["v\r", "v\n", "v\r\nX-Injected: 1", "\n", "line1\nline2"])
    func setHeaderRefusesLineBreaks(value: String) throws {
        let secret = "SECRET-HEADER-VALUE" + value
        var request = ClientRequest(operationID: "describe_backup", method: .get, path: "/backups/b1")
        do {
            try request.setHeader("X-Custom", secret)
            Issue.record("setHeader accepted a value with CR or LF")
        } catch {
            guard case .invalidRequest(let operationID, let reason) = error else {
                Issue.record("expected .invalidRequest, got \(error)")
                return
            }
            #expect(operationID == "describe_backup")
            #expect(reason.contains("X-Custom"))
            for text in [error.description, String(reflecting: error), "\(error)", reason] {
                #expect(!text.contains("SECRET-HEADER-VALUE"), "the message does not repeat the value: \(text)")
            }
        }
        #expect(request.headerFields.isEmpty, "nothing was added")
    }

    @Test func setHeaderRefusesBadNames() {
        var request = ClientRequest(operationID: "op", method: .get, path: "/x")
        #expect(throws: ClientError.self) { try request.setHeader("X-A\r\nX-B", "v") }
        #expect(throws: ClientError.self) { try request.setHeader("X-A: b", "v") }
        #expect(request.headerFields.isEmpty)
    }

    @Test func setHeaderWithNilAddsNothing() throws {
        var request = ClientRequest(operationID: "op", method: .get, path: "/x")
        try request.setHeader("X-Optional", String?.none)
        #expect(request.headerFields.isEmpty)
        try request.setHeader("X-Int", 3)
        #expect(request.headerFields.map(\.value) == ["3"])
    }

    @Test func additionalHeaderWithLineBreakCannotInjectAField() throws {
        let configuration = ClientConfiguration(apiKey: Self.apiKey, additionalHeaders: [HTTPField.Name("X-Trace")!: "a\nX-Evil: 1"])
        let http = try build(describeBackup("b1"), configuration)
        #expect(headers(http, "X-Evil").isEmpty)
        #expect(!http.headerFields.contains { $0.value.contains("\n") || $0.value.contains("\r") })
    }


    // MARK: Configuration does not show the key

    @Test func configurationDescriptionsRedactTheKey() {
        let configuration = ClientConfiguration(serverURL: URL(string: "https://h.example"), apiKey: Self.apiKey,
                                                bearerToken: "BEARER-TOKEN-123")
        let texts = [configuration.description, configuration.debugDescription, "\(configuration)",
                     String(describing: configuration), String(reflecting: configuration), "\([configuration])",
                     String(reflecting: Optional(configuration))]
        for text in texts {
            #expect(!text.contains(Self.apiKey), "\(text)")
            #expect(!text.contains("BEARER-TOKEN-123"), "\(text)")
        }
        #expect(configuration.description.contains("<redacted>"))
        #expect(configuration.description.contains("https://h.example"))
        #expect(ClientConfiguration().description.contains("apiKey: none"))
    }

    @Test func dumpAndMirrorsRedactTheKey() {
        let configuration = ClientConfiguration(apiKey: Self.apiKey, bearerToken: "BEARER-TOKEN-123")
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains(Self.apiKey), "\(dumped)")
        #expect(!dumped.contains("BEARER-TOKEN-123"))
        // Values that hold a configuration print it through its redacted description.
        let client = Client(configuration: configuration)
        for text in [String(describing: client), String(reflecting: client), String(describing: client.core)] {
            #expect(!text.contains(Self.apiKey), "\(text)")
        }
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        #expect(!dumpedClient.contains(Self.apiKey), "\(dumpedClient)")
    }

    // MARK: Server URLs

    @Test(arguments: [
        ("https://h.example", "https://h.example/backups/b1"),
        ("https://h.example/", "https://h.example/backups/b1"),
        ("https://h.example//", "https://h.example/backups/b1"),
        ("https://h.example/v1", "https://h.example/v1/backups/b1"),
        ("https://h.example/v1/", "https://h.example/v1/backups/b1"),
        ("http://localhost:8080/proxy/pinecone/", "http://localhost:8080/proxy/pinecone/backups/b1"),
    ])
    func serverURLsJoin(server: String, expected: String) throws {
        let configuration = ClientConfiguration(serverURL: URL(string: server), apiKey: Self.apiKey)
        #expect(try core(configuration).makeHTTPRequest(describeBackup("b1")).fullURL!.absoluteString == expected)
        // The same text as the spec's default server.
        #expect(try core(ClientConfiguration(apiKey: Self.apiKey), defaultServerURL: server).makeHTTPRequest(describeBackup("b1"))
                .fullURL!.absoluteString == expected)
    }

    @Test func configuredServerWinsOverTheDefault() throws {
        let configuration = ClientConfiguration(serverURL: URL(string: "https://other.example/"), apiKey: Self.apiKey)
        let http = try core(configuration).makeHTTPRequest(describeBackup("b1"))
        #expect(http.fullURL!.absoluteString == "https://other.example/backups/b1")
        #expect(Client.servers == ["https://api.pinecone.io"])
        #expect(try Client(configuration: ClientConfiguration(apiKey: Self.apiKey)).core.makeHTTPRequest(describeBackup("b1")).fullURL!.absoluteString
                == "https://api.pinecone.io/backups/b1")
    }

    @Test func noServerIsAnInvalidRequest() throws {
        do {
            _ = try core(ClientConfiguration(apiKey: Self.apiKey), defaultServerURL: nil).makeHTTPRequest(describeBackup("b1"))
            Issue.record("a request without a server was built")
        } catch {
            guard case .invalidRequest(let id, _) = error else { Issue.record("got \(error)"); return }
            #expect(id == "describe_backup")
        }
    }

    // MARK: Bodies

    struct Payload: Encodable, Sendable {
        var name: String
        var createdAt: Date
        var link: String
        var note: String?

        enum CodingKeys: String, CodingKey {
            case name
            case createdAt = "created_at"
            case link
            case note
        }
    }

    @Test func setJSONBodySetsContentTypeAndEncodesDatesAsRFC3339() throws {
        var request = ClientRequest(operationID: "create_backup", method: .post, path: "/indexes/\("docs-example")/backups")
        try request.setHeader("X-Pinecone-Api-Version", "2025-10")
        try request.setJSONBody(Payload(name: "b", createdAt: Date(timeIntervalSince1970: 1_747_270_330.809306),
                                        link: "https://h.example/x", note: nil),
                                contentType: "application/json")
        request.security = [[.apiKeyHeader("Api-Key")]]
        let http = try build(request)
        #expect(http.method == "POST")
        #expect(http.url.absoluteString == "https://api.pinecone.io/indexes/docs-example/backups")
        #expect(headers(http, "Content-Type") == ["application/json"])
        let body = try #require(http.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object["created_at"] as? String == "2025-05-15T00:52:10.809306Z")
        #expect(object["name"] as? String == "b")
        #expect(object.keys.contains("note") == false, "nil optionals are left out")
        #expect(String(decoding: body, as: UTF8.self).contains(#""link":"https://h.example/x""#))
    }

    @Test func setJSONBodyWithGeneratedModel() throws {
        var request = ClientRequest(operationID: "create_index_from_backup_operation", method: .post,
                                    path: "/backups/\("b1")/create-index")
        try request.setJSONBody(CreateIndexFromBackupRequest(name: "restored", tags: ["env": "prod"],
                                                             deletionProtection: .enabled),
                                contentType: "application/json")
        let body = try #require(request.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object["name"] as? String == "restored")
        #expect(object["deletion_protection"] as? String == "enabled")
        #expect(object["tags"] as? [String: String] == ["env": "prod"])
        #expect(request.headerFields.map(\.name.rawName) == ["Content-Type"])
    }

    @Test func setJSONBodyWithNilSetsNothing() throws {
        var request = ClientRequest(operationID: "op", method: .post, path: "/x")
        try request.setJSONBody(Payload?.none, contentType: "application/json")
        #expect(request.body == nil)
        #expect(request.headerFields.isEmpty)
    }

    @Test func unencodableBodyIsAnInvalidRequest() throws {
        var request = ClientRequest(operationID: "op", method: .post, path: "/x")
        do {
            try request.setJSONBody([Double.nan], contentType: "application/json")
            Issue.record("NaN was encoded")
        } catch {
            guard case .invalidRequest(let id, _) = error else { Issue.record("got \(error)"); return }
            #expect(id == "op")
        }
        #expect(request.body == nil)
    }
}
