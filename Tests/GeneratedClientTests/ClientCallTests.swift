import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The generated `Client` against a transport that records the request and answers with a canned
/// response: decoding and error mapping only (the tests against a real server come later).
@Suite struct ClientCallTests {
    static let apiKey = "pcsk_CALL-TESTS_s3cr3t_9f8e7d6c5b4a"

    /// Records every request and answers each with the same response, or throws.
    actor RecordingTransport: HTTPTransport {
        private(set) var requests: [SentRequest] = []
        private(set) var timeouts: [Duration] = []
        let response: HTTPResponse
        let responseBody: Data
        let failure: (any Error & Sendable)?

        init(status: Int, body: String = "", headers: [String: String] = [:]) {
            response = HTTPResponse(status: status, headers: headers)
            responseBody = Data(body.utf8)
            failure = nil
        }

        init(failure: any Error & Sendable) {
            response = HTTPResponse(status: 599)
            responseBody = Data()
            self.failure = failure
        }

        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            requests.append(SentRequest(request: request, body: body))
            timeouts.append(timeout)
            if let failure { throw failure }
            return (response, responseBody)
        }

        var last: SentRequest {
            get throws { try #require(requests.last, "the client sent no request") }
        }
    }

    struct TransportFailure: Error, CustomStringConvertible {
        var description: String
    }

    private func client(_ transport: any HTTPTransport, apiKey: String? = apiKey,
                        configuration: ClientConfiguration? = nil) -> Client {
        // Retries are tested on their own (RetryTests); here one request is one response.
        Client(configuration: configuration ?? ClientConfiguration(apiKey: apiKey, retryPolicy: .disabled, errorDetails: Self.errorDetails),
               transport: transport)
    }

    /// The spec's error schema read for `APIError.code` and `.message`, as PineconeControl's `Client.errorDetails` does.
    static let errorDetails: @Sendable (Data) -> (code: String?, message: String?) = { body in
        let response = try? JSONCoding.makeDecoder().decode(ErrorResponse.self, from: body)
        return (response?.error.code.rawValue, response?.error.message)
    }

    @Test func withoutErrorDetailsTheRuntimeReadsNoCodeFromTheBody() async throws {
        let transport = RecordingTransport(status: 404, body: Self.notFound)
        let error = try #require(await clientError {
            _ = try await client(transport, configuration: ClientConfiguration(apiKey: Self.apiKey, retryPolicy: .disabled)).describeBackup(backupId: "m")
        })
        #expect(error.apiError?.code == nil && error.apiError?.message == nil)
        #expect(error.description.contains("404"))
    }

    /// The `ClientError` an operation throws, checked for credentials in every rendering.
    private func clientError(_ operation: () async throws -> Void, secrets: [String] = [apiKey],
                             sourceLocation: SourceLocation = #_sourceLocation) async -> ClientError? {
        do {
            try await operation()
            Issue.record("expected a ClientError, got success", sourceLocation: sourceLocation)
            return nil
        } catch let error as ClientError {
            var dumped = ""
            dump(error, to: &dumped)
            for text in [error.description, String(reflecting: error), "\(error)", error.localizedDescription, dumped] {
                for secret in secrets {
                    #expect(!text.contains(secret), "the error shows a credential: \(text)", sourceLocation: sourceLocation)
                }
            }
            return error
        } catch {
            Issue.record("expected a ClientError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    private func header(_ request: SentRequest, _ name: String) -> [String] {
        request.headerFields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// The curl response of "Describe a backup" in Pinecone's guide.
    static let describedBackup = """
        {
          "backup_id":"8c85e612-ed1c-4f97-9f8c-8194e07bcf71",
          "source_index_id":"f73b36c9-faf5-4a2c-b1d6-4013d8b1cc74",
          "source_index_name":"docs-example",
          "tags":{},
          "name":"example-backup",
          "description":"Monthly backup of production index",
          "status":"Ready",
          "cloud":"aws",
          "region":"us-east-1",
          "dimension":1024,
          "record_count":98,
          "namespace_count":3,
          "size_bytes":1069169,
          "created_at":"2025-03-11T18:29:50.549505Z"
        }
        """

    static let notFound = #"{"error":{"code":"NOT_FOUND","message":"Backup 'missing' not found"},"status":404}"#

    // MARK: Successful calls

    @Test func describeBackupDecodesA200() async throws {
        let transport = RecordingTransport(status: 200, body: Self.describedBackup, headers: ["Content-Type": "application/json"])
        let backup = try await client(transport).describeBackup(backupId: "8c85e612-ed1c-4f97-9f8c-8194e07bcf71")
        #expect(backup.backupId == "8c85e612-ed1c-4f97-9f8c-8194e07bcf71")
        #expect(backup.sourceIndexName == "docs-example")
        #expect(backup.status == "Ready")
        #expect(backup.dimension == 1024)
        #expect(backup.recordCount == 98)
        #expect(backup.sizeBytes == 1_069_169)
        #expect(backup.tags == [:])
        #expect(backup.metric == nil)
        #expect(backup.createdAt == "2025-03-11T18:29:50.549505Z")

        let request = try await transport.last
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == "https://api.pinecone.io/backups/8c85e612-ed1c-4f97-9f8c-8194e07bcf71")
        #expect(header(request, "Api-Key") == [Self.apiKey])
        #expect(header(request, "X-Pinecone-Api-Version") == ["2025-10"])
        #expect(header(request, "Accept") == ["application/json"])
        #expect(request.body == nil)
        #expect(await transport.timeouts == [.seconds(30)])
    }

    @Test func describeBackupEncodesTheIDAsOneSegment() async throws {
        let transport = RecordingTransport(status: 200, body: Self.describedBackup)
        _ = try await client(transport).describeBackup(backupId: "../indexes/x?y#z")
        #expect(try await transport.last.url.absoluteString == "https://api.pinecone.io/backups/..%2Findexes%2Fx%3Fy%23z")
    }

    @Test func deleteBackupAccepts202WithAnEmptyBody() async throws {
        let transport = RecordingTransport(status: 202)
        try await client(transport).deleteBackup(backupId: "9947520e-d5a1-4418-a78d-9f464c9969da")
        let request = try await transport.last
        #expect(request.method == "DELETE")
        #expect(request.url.absoluteString == "https://api.pinecone.io/backups/9947520e-d5a1-4418-a78d-9f464c9969da")
        #expect(header(request, "Api-Key") == [Self.apiKey])
        #expect(header(request, "X-Pinecone-Api-Version") == ["2025-10"])
        #expect(request.body == nil)
    }

    @Test(arguments: [200, 202, 204])
    func deleteBackupIgnoresAnyBodyOnSuccess(status: Int) async throws {
        let transport = RecordingTransport(status: status, body: "not json at all")
        try await client(transport).deleteBackup(backupId: "b")
    }

    @Test func createBackupSendsPostWithJSONBody() async throws {
        let transport = RecordingTransport(status: 201, body: Self.describedBackup)
        let backup = try await client(transport).createBackup(
            indexName: "docs-example",
            body: CreateBackupRequest(name: "example-backup", description: "Monthly backup of production index"))
        #expect(backup.name == "example-backup")

        let request = try await transport.last
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.pinecone.io/indexes/docs-example/backups")
        #expect(request.url.path == "/indexes/docs-example/backups")
        #expect(header(request, "X-Pinecone-Api-Version") == ["2025-10"])
        #expect(header(request, "Content-Type") == ["application/json"])
        #expect(header(request, "Api-Key") == [Self.apiKey])
        let body = try #require(request.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object.count == 2)
        #expect(object["name"] as? String == "example-backup")
        #expect(object["description"] as? String == "Monthly backup of production index")
        #expect(try JSONCoding.makeDecoder().decode(CreateBackupRequest.self, from: body)
                == CreateBackupRequest(name: "example-backup", description: "Monthly backup of production index"))
    }

    @Test func createBackupWithEmptyRequestSendsAnEmptyObject() async throws {
        let transport = RecordingTransport(status: 201, body: Self.describedBackup)
        _ = try await client(transport).createBackup(indexName: "my index/1", body: CreateBackupRequest())
        let request = try await transport.last
        #expect(request.url.absoluteString == "https://api.pinecone.io/indexes/my%20index%2F1/backups")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == "{}")
    }

    @Test func listIndexBackupsSendsLimitAndPaginationToken() async throws {
        let body = """
            {"data":[{"backup_id":"bf2cda5d-b233-4a0a-aae9-b592780ad3ff","cloud":"aws","created_at":"2025-05-16T18:01:51.531129Z",
            "dimension":0,"name":"example-backup","region":"us-east-1","source_index_id":"bcb5b3c9","source_index_name":"docs-example",
            "status":"Ready"}],"pagination":{"next":"eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ=="}}
            """
        let transport = RecordingTransport(status: 200, body: body)
        let page = try await client(transport).listIndexBackups(indexName: "docs-example", limit: 2,
                                                               paginationToken: "eyJsaW1pdCI6Miwib2Zmc2V0IjoxfQ==")
        #expect(page.data?.count == 1)
        #expect(page.data?.first?.dimension == 0)
        #expect(page.pagination?.next == "eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ==")

        let request = try await transport.last
        #expect(request.method == "GET")
        #expect(request.url.absoluteString
                == "https://api.pinecone.io/indexes/docs-example/backups?limit=2&paginationToken=eyJsaW1pdCI6Miwib2Zmc2V0IjoxfQ%3D%3D")
        let items = try #require(URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(items == [URLQueryItem(name: "limit", value: "2"),
                          URLQueryItem(name: "paginationToken", value: "eyJsaW1pdCI6Miwib2Zmc2V0IjoxfQ==")])
    }

    @Test func listIndexBackupsWithoutOptionsSendsNoQuery() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"data":[]}"#)
        let page = try await client(transport).listIndexBackups(indexName: "docs-example")
        #expect(page.data == [])
        #expect(page.pagination == nil)
        #expect(try await transport.last.url.absoluteString == "https://api.pinecone.io/indexes/docs-example/backups")
        // Only the token.
        _ = try await client(transport).listIndexBackups(indexName: "docs-example", paginationToken: "t")
        #expect(try await transport.last.url.query == "paginationToken=t")
    }

    @Test func listProjectBackupsAndEmptyObject() async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let page = try await client(transport).listProjectBackups(limit: 100)
        #expect(page.data == nil, "`data` is optional in the spec")
        #expect(try await transport.last.url.absoluteString == "https://api.pinecone.io/backups?limit=100")
    }

    @Test func createIndexFromBackup() async throws {
        let transport = RecordingTransport(status: 202, body: #"{"restore_job_id":"rj-1","index_id":"idx-1"}"#)
        let response = try await client(transport).createIndexFromBackupOperation(
            backupId: "8c85e612", body: CreateIndexFromBackupRequest(name: "restored", deletionProtection: .disabled))
        #expect(response == CreateIndexFromBackupResponse(restoreJobId: "rj-1", indexId: "idx-1"))
        let request = try await transport.last
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.pinecone.io/backups/8c85e612/create-index")
        let body = try #require(request.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object["name"] as? String == "restored")
        #expect(object["deletion_protection"] as? String == "disabled")
        #expect(object["tags"] == nil)
    }

    @Test func restoreJobs() async throws {
        let list = """
            {"data":[{"restore_job_id":"rj-1","backup_id":"b","target_index_name":"t","target_index_id":"ti",
            "status":"Completed","created_at":"2025-05-15T00:52:10.809305882Z","completed_at":"2025-05-15T01:00:00Z",
            "percent_complete":100.0},
            {"restore_job_id":"rj-2","backup_id":"b","target_index_name":"t2","target_index_id":"ti2",
            "status":"Pending","created_at":"2025-05-15T00:52:10Z","completed_at":null,"percent_complete":12.5}],
            "pagination":null}
            """
        let transport = RecordingTransport(status: 200, body: list)
        let jobs = try await client(transport).listRestoreJobs(limit: 2)
        #expect(jobs.data.count == 2)
        #expect(jobs.data[0].percentComplete == 100)
        #expect(jobs.data[1].percentComplete == 12.5)
        #expect(jobs.data[1].completedAt == nil)
        #expect(jobs.pagination == nil)
        #expect(try await transport.last.url.absoluteString == "https://api.pinecone.io/restore-jobs?limit=2")

        let single = RecordingTransport(status: 200, body: """
            {"restore_job_id":"rj-1","backup_id":"b","target_index_name":"t","target_index_id":"ti",
             "status":"Completed","created_at":"2025-05-15T00:52:10Z"}
            """)
        let job = try await client(single).describeRestoreJob(jobId: "rj 1")
        #expect(job.restoreJobId == "rj-1")
        #expect(job.createdAt.timeIntervalSince1970 == 1_747_270_330)
        #expect(try await single.last.url.absoluteString == "https://api.pinecone.io/restore-jobs/rj%201")
    }

    @Test func everyOperationSendsTheVersionHeaderAndKey() async throws {
        let backup = RecordingTransport(status: 200, body: Self.describedBackup)
        let list = RecordingTransport(status: 200, body: #"{"data":[]}"#)
        let restore = RecordingTransport(status: 200, body: #"{"restore_job_id":"r","index_id":"i"}"#)
        let jobs = RecordingTransport(status: 200, body: #"{"data":[]}"#)
        let job = RecordingTransport(status: 200, body: """
            {"restore_job_id":"r","backup_id":"b","target_index_name":"t","target_index_id":"i","status":"Pending",
             "created_at":"2025-05-15T00:52:10Z"}
            """)
        _ = try await client(list).listProjectBackups()
        _ = try await client(backup).describeBackup(backupId: "b")
        try await client(backup).deleteBackup(backupId: "b")
        _ = try await client(restore).createIndexFromBackupOperation(backupId: "b", body: .init(name: "n"))
        _ = try await client(list).listIndexBackups(indexName: "i")
        _ = try await client(backup).createBackup(indexName: "i", body: .init())
        _ = try await client(jobs).listRestoreJobs()
        _ = try await client(job).describeRestoreJob(jobId: "r")
        var requests: [SentRequest] = []
        for transport in [list, backup, restore, jobs, job] { requests += await transport.requests }
        #expect(requests.count == 8)
        let routes = Set(requests.map { "\($0.method) \($0.url.path)" })
        #expect(routes == ["GET /backups", "GET /backups/b", "DELETE /backups/b", "POST /backups/b/create-index",
                           "GET /indexes/i/backups", "POST /indexes/i/backups", "GET /restore-jobs", "GET /restore-jobs/r"])
        for request in requests {
            #expect(header(request, "X-Pinecone-Api-Version") == ["2025-10"], "\(request.method) \(request.url)")
            #expect(header(request, "Api-Key") == [Self.apiKey], "\(request.method) \(request.url)")
            #expect(header(request, "Content-Type") == (request.method == "POST" ? ["application/json"] : []))
        }
    }

    @Test func configurationReachesTheTransport() async throws {
        let transport = RecordingTransport(status: 202)
        let configuration = ClientConfiguration(serverURL: URL(string: "https://proxy.example/pinecone/"), apiKey: "k",
                                                timeout: .seconds(5), additionalHeaders: [HTTPField.Name("X-Request-Id")!: "42"])
        try await client(transport, configuration: configuration).deleteBackup(backupId: "b")
        let request = try await transport.last
        #expect(request.url.absoluteString == "https://proxy.example/pinecone/backups/b")
        #expect(header(request, "X-Request-Id") == ["42"])
        #expect(await transport.timeouts == [.seconds(5)])
    }

    @Test(arguments: [nil, "key\r\nX-Injected: 1"] as [String?])
    func withoutAUsableKeyNoCredentialIsSent(key: String?) async throws {
        let transport = RecordingTransport(status: 401, body: #"{"error":{"code":"UNAUTHENTICATED","message":"Invalid API Key"},"status":401}"#)
        let error = try #require(await clientError { _ = try await client(transport, apiKey: key).describeBackup(backupId: "b") })
        // Either the client refuses to send (current runtime: .invalidRequest) or the server says 401;
        // a missing or unsafe key is never sent either way.
        for request in await transport.requests {
            #expect(header(request, "Api-Key").isEmpty)
            #expect(header(request, "X-Injected").isEmpty)
        }
        switch error {
        case .invalidRequest(let id, _): #expect(id == "describe_backup")
        case .api(let apiError): #expect(apiError.status == 401)
        default: Issue.record("unexpected \(error)")
        }
    }

    // MARK: Pages

    /// Answers each list request with the page for its `paginationToken`, or a 500.
    actor PagingTransport: HTTPTransport {
        private(set) var urls: [String] = []
        let pages: [String: String]

        init(pages: [String: String]) { self.pages = pages }

        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            let url = try #require(request.fullURL)
            urls.append(url.absoluteString)
            let token = URLComponents(url: url, resolvingAgainstBaseURL: false)?
                .queryItems?.first { $0.name == "paginationToken" }?.value ?? ""
            guard let body = pages[token] else { return (HTTPResponse(status: 500), Data("no such page".utf8)) }
            return (HTTPResponse(status: 200), Data(body.utf8))
        }
    }

    private static func page(_ ids: [String], next: String?) -> String {
        let items = ids.map {
            #"{"backup_id":"\#($0)","source_index_name":"docs-example","source_index_id":"x","status":"Ready","cloud":"aws","region":"us-east-1"}"#
        }
        return #"{"data":[\#(items.joined(separator: ","))]"# + (next.map { #","pagination":{"next":"\#($0)"}}"# } ?? "}")
    }

    @Test func allIndexBackupsFollowsTheTokens() async throws {
        let transport = PagingTransport(pages: ["": Self.page(["a", "b"], next: "t1=="), "t1==": Self.page(["c", "d"], next: "t2"),
                                                "t2": Self.page(["e"], next: nil)])
        var ids: [String] = []
        for try await backup in client(transport).allIndexBackups(indexName: "docs-example", limit: 2) {
            ids.append(backup.backupId)
        }
        #expect(ids == ["a", "b", "c", "d", "e"])
        #expect(await transport.urls == [
            "https://api.pinecone.io/indexes/docs-example/backups?limit=2",
            "https://api.pinecone.io/indexes/docs-example/backups?limit=2&paginationToken=t1%3D%3D",
            "https://api.pinecone.io/indexes/docs-example/backups?limit=2&paginationToken=t2",
        ])
    }

    @Test func allProjectBackupsStopsAtAnError() async throws {
        let transport = PagingTransport(pages: ["": Self.page(["a", "b"], next: "gone")])
        var ids: [String] = []
        let error = await clientError {
            for try await backup in client(transport).allProjectBackups() { ids.append(backup.backupId) }
        }
        #expect(ids == ["a", "b"])
        #expect(error?.status == 500)
        #expect(await transport.urls.count == 2)
    }

    // MARK: Error mapping

    @Test func notFoundThrowsUnexpectedStatus() async throws {
        let transport = RecordingTransport(status: 404, body: Self.notFound, headers: ["X-Request-Id": "abc"])
        let error = try #require(await clientError { _ = try await client(transport).describeBackup(backupId: "missing") })
        #expect(error.status == 404)
        #expect(error.isNotFound)
        #expect(error.operationID == "describe_backup")
        guard case .api(let apiError) = error else {
            Issue.record("expected .api (a non-2xx status), got \(error)")
            return
        }
        #expect(apiError.operationID == "describe_backup")
        #expect(apiError.status == 404)
        #expect(apiError.headers[HTTPField.Name("x-request-id")!] == "abc", "header names match in any case")
        #expect(apiError.requestID == "abc")
        #expect(apiError.code == "NOT_FOUND")
        #expect(apiError.message == "Backup 'missing' not found")
        let payload = try JSONCoding.makeDecoder().decode(ErrorResponse.self, from: apiError.body)
        #expect(payload.status == 404)
        #expect(payload.error.code == .notFound)
        #expect(apiError.decodeBody(as: ErrorResponse.self) == payload)
        #expect(error.description.contains("404"))
        #expect(error.description.contains("NOT_FOUND"))
    }

    @Test(arguments: [400, 401, 403, 404, 409, 412, 422, 429, 500, 503])
    func non2xxStatusesThrow(status: Int) async throws {
        let transport = RecordingTransport(status: status, body: #"{"error":{"code":"X","message":"m"},"status":\#(status)}"#)
        let error = await clientError { try await client(transport).deleteBackup(backupId: "b") }
        #expect(error?.status == status)
        #expect(error?.apiError?.status == status, "a non-2xx status is .api: \(String(describing: error))")
    }

    @Test(arguments: [100, 199, 300, 304])
    func statusesOutside2xxThrowEvenWithAValidBody(status: Int) async throws {
        let transport = RecordingTransport(status: status, body: Self.describedBackup)
        let error = await clientError { _ = try await client(transport).describeBackup(backupId: "b") }
        #expect(error?.status == status)
    }

    @Test func errorBodyEchoingTheKeyIsRedacted() async throws {
        let echo = #"{"error":{"code":"UNAUTHENTICATED","message":"Invalid API Key: \#(Self.apiKey)"},"status":401}"#
        let transport = RecordingTransport(status: 401, body: echo)
        let error = try #require(await clientError { _ = try await client(transport).describeBackup(backupId: "b") })
        #expect(error.status == 401)
        #expect(error.description.contains("UNAUTHENTICATED"))
        let apiError = try #require(error.apiError)
        #expect(!String(decoding: apiError.body, as: UTF8.self).contains(Self.apiKey))
        #expect(apiError.message?.contains(Self.apiKey) == false)
        // The body still decodes: the key is replaced, not the JSON around it.
        let payload = try JSONCoding.makeDecoder().decode(ErrorResponse.self, from: apiError.body)
        #expect(payload.error.code == .unauthenticated)
    }

    @Test func missingKeyInAnArrayNamesItsPath() async throws {
        let body = """
            {"data":[{"source_index_name":"docs-example","source_index_id":"x","status":"Ready","cloud":"aws","region":"us-east-1"}]}
            """
        let transport = RecordingTransport(status: 200, body: body)
        let error = try #require(await clientError { _ = try await client(transport).listIndexBackups(indexName: "docs-example") })
        guard case .decoding(let id, let status, let codingPath, let reason, let snippet) = error else {
            Issue.record("expected .decoding, got \(error)")
            return
        }
        #expect(id == "list_index_backups")
        #expect(status == 200)
        #expect(codingPath == "data[0].backup_id")
        #expect(reason.contains("backup_id"))
        #expect(snippet.hasPrefix(#"{"data":[{"source_index_name""#))
        #expect(error.description.contains("data[0].backup_id"))
    }

    @Test(arguments: [
        // A string where a number belongs.
        (#"{"data":[{"backup_id":"a","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r"},{"backup_id":"b","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r","dimension":"1024"}]}"#,
         "data[1].dimension"),
        // A number where the timestamp string belongs.
        (#"{"data":[{"backup_id":"a","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r","created_at":1747270330}]}"#,
         "data[0].created_at"),
        // A required key that is null.
        (#"{"data":[{"backup_id":null,"source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r"}]}"#,
         "data[0].backup_id"),
        // Pagination without its required token.
        (#"{"data":[],"pagination":{}}"#, "pagination.next"),
        // An object where the array belongs.
        (#"{"data":{"backup_id":"a"}}"#, "data"),
        // Tags with a non-string value.
        (#"{"data":[{"backup_id":"a","source_index_name":"i","source_index_id":"x","status":"Ready","cloud":"aws","region":"r","tags":{"n":1}}]}"#,
         "data[0].tags.n"),
    ])
    func wrongShapesNameTheFailingPath(body: String, expectedPath: String) async throws {
        let transport = RecordingTransport(status: 200, body: body)
        let error = try #require(await clientError { _ = try await client(transport).listProjectBackups() })
        guard case .decoding(_, _, let codingPath, _, _) = error else {
            Issue.record("expected .decoding, got \(error)")
            return
        }
        #expect(codingPath == expectedPath)
    }

    @Test(arguments: ["", "<html>502 Bad Gateway</html>", "[]", "null"])
    func nonObjectBodiesAreDecodingErrors(body: String) async throws {
        let transport = RecordingTransport(status: 200, body: body)
        let error = try #require(await clientError { _ = try await client(transport).describeBackup(backupId: "b") })
        guard case .decoding(let id, let status, let codingPath, _, let snippet) = error else {
            Issue.record("expected .decoding, got \(error)")
            return
        }
        #expect(id == "describe_backup")
        #expect(status == 200)
        #expect(codingPath == "")
        #expect(error.description.contains("<root>"))
        #expect(snippet == (body.isEmpty ? "<empty body>" : body))
    }

    @Test func longBodiesAreCutInMessages() async throws {
        let body = #"{"data":"# + String(repeating: "x", count: 5_000)
        let transport = RecordingTransport(status: 500, body: body)
        let error = try #require(await clientError { _ = try await client(transport).listProjectBackups() })
        #expect(error.description.count < 400)
        #expect(error.description.hasSuffix("…"))
    }

    @Test func decodingErrorEchoingTheKeyIsRedacted() async throws {
        // A 2xx body of the wrong shape that happens to contain the key (a proxy echoing the request).
        let body = #"{"data":[{"note":"request had Api-Key \#(Self.apiKey)"}]}"#
        let transport = RecordingTransport(status: 200, body: body)
        let error = try #require(await clientError { _ = try await client(transport).listProjectBackups() })
        if case .decoding(_, _, let path, _, _) = error {
            #expect(path == "data[0].backup_id")
        } else {
            Issue.record("expected .decoding, got \(error)")
        }
    }

    @Test func transportFailuresAreRedacted() async throws {
        let transport = RecordingTransport(failure: TransportFailure(
            description: "connection reset while sending Api-Key: \(Self.apiKey) to https://api.pinecone.io"))
        let error = try #require(await clientError { try await client(transport).deleteBackup(backupId: "b") })
        guard case .transport(let id, let reason) = error else {
            Issue.record("expected .transport, got \(error)")
            return
        }
        #expect(id == "delete_backup")
        #expect(reason.contains("connection reset"))
        #expect(reason.contains("<redacted>"))
        #expect(error.status == nil)
    }

    @Test func urlErrorsAreTransportErrors() async throws {
        let transport = RecordingTransport(failure: URLError(.timedOut))
        let error = try #require(await clientError { _ = try await client(transport).listRestoreJobs() })
        if case .transport(let id, _) = error {
            #expect(id == "list_restore_jobs")
        } else {
            Issue.record("expected .transport, got \(error)")
        }
    }

    /// `HTTPFields` cannot hold CR or LF (swift-http-types turns them into spaces), so an additional
    /// header cannot inject another field.
    @Test func lineBreakInAnAdditionalHeaderCannotInjectAField() async throws {
        let transport = RecordingTransport(status: 200, body: Self.describedBackup)
        let configuration = ClientConfiguration(apiKey: Self.apiKey, additionalHeaders: [HTTPField.Name("X-Bad")!: "a\r\nX-Injected: 1"],
                                                retryPolicy: .disabled)
        _ = try await client(transport, configuration: configuration).describeBackup(backupId: "b")
        let request = try await transport.last
        #expect(header(request, "X-Injected").isEmpty)
        #expect(!request.headerFields.contains { $0.value.contains("\r") || $0.value.contains("\n") })
    }
}
