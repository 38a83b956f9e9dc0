#if OpenAPIRuntime
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIClientRuntime
import OpenAPIRuntime
import OpenAPIRuntimeInterop
import OpenAPIURLSession
import PineconeControl
import Testing

/// The generated Pinecone client on swift-openapi-runtime's transports (swift-openapi-urlsession's and
/// swift-openapi-async-http-client's), with a swift-openapi-runtime middleware in the chain, against the
/// local server (package trait `OpenAPIRuntime`).
@Suite struct OpenAPIRuntimeInteropTests {
    static let transports = ["urlsession", "async-http-client"]

    /// What the swift-openapi-runtime middleware and transport were shown.
    actor Seen {
        var middleware: [(operationID: String, baseURL: String, path: String, body: String?)] = []
        var transport: [(operationID: String, baseURL: String, path: String)] = []

        func middleware(_ operationID: String, _ baseURL: URL, _ path: String?, _ body: String?) {
            middleware.append((operationID, baseURL.absoluteString, path ?? "", body))
        }

        func transport(_ operationID: String, _ baseURL: URL, _ path: String?) {
            transport.append((operationID, baseURL.absoluteString, path ?? ""))
        }
    }

    /// Adds a header, and reads and passes on the request body, as auth or signing middlewares do.
    struct HeaderMiddleware: OpenAPIRuntime.ClientMiddleware {
        let seen: Seen

        func intercept(
            _ request: HTTPRequest, body: OpenAPIRuntime.HTTPBody?, baseURL: URL, operationID: String,
            next: @Sendable (HTTPRequest, OpenAPIRuntime.HTTPBody?, URL) async throws -> (HTTPResponse, OpenAPIRuntime.HTTPBody?)
        ) async throws -> (HTTPResponse, OpenAPIRuntime.HTTPBody?) {
            var request = request
            request.headerFields[HTTPField.Name("X-Interop")!] = "middleware"
            var text: String?
            if let body { text = try await String(collecting: body, upTo: 1 << 20) }
            await seen.middleware(operationID, baseURL, request.path, text)
            return try await next(request, text.map { OpenAPIRuntime.HTTPBody($0) }, baseURL)
        }
    }

    /// The real transport underneath, noting what it is given.
    struct NotingTransport<Inner: OpenAPIRuntime.ClientTransport>: OpenAPIRuntime.ClientTransport {
        let inner: Inner
        let seen: Seen

        func send(
            _ request: HTTPRequest, body: OpenAPIRuntime.HTTPBody?, baseURL: URL, operationID: String
        ) async throws -> (HTTPResponse, OpenAPIRuntime.HTTPBody?) {
            await seen.transport(operationID, baseURL, request.path)
            return try await inner.send(request, body: body, baseURL: baseURL, operationID: operationID)
        }
    }

    static func transport(_ name: String, _ seen: Seen) -> any HTTPTransport {
        name == "urlsession"
            ? OpenAPIRuntimeTransport(NotingTransport(inner: OpenAPIURLSession.URLSessionTransport(), seen: seen))
            : OpenAPIRuntimeTransport(NotingTransport(inner: OpenAPIAsyncHTTPClient.AsyncHTTPClientTransport(), seen: seen))
    }

    static func client(_ server: MockPinecone, _ name: String, _ seen: Seen, timeout: Duration = .seconds(30)) -> Client {
        var configuration = Client.pineconeConfiguration(apiKey: server.apiKey, host: server.baseURL, timeout: timeout,
                                                         middlewares: [OpenAPIRuntimeMiddleware(HeaderMiddleware(seen: seen))], environment: [:])
        configuration.retryPolicy = .disabled
        return Client(configuration: configuration, transport: transport(name, seen))
    }

    @Test(arguments: transports)
    func theGeneratedClientRunsOnTheirTransportsAndMiddlewares(transport name: String) async throws {
        let server = try await MockPinecone(readyAfter: 1)
        let seen = Seen()
        let client = Self.client(server, name, seen)
        let created = try await client.createBackup(indexName: "docs-example", body: .init(name: "nightly", description: "via interop"))
        #expect(created.name == "nightly")
        let described = try await client.describeBackup(backupId: created.backupId)
        #expect(described.status == "Ready")
        var names: [String] = []
        for try await backup in client.allProjectBackups(limit: 1) { names.append(backup.name ?? "") }
        #expect(names == ["nightly"])
        let missing = try await #require(throws: OpenAPIClientRuntime.ClientError.self) { try await client.describeBackup(backupId: "missing") }
        #expect(missing.errorCode == .notFound)

        let base = server.baseURL.absoluteString.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let middleware = await seen.middleware
        #expect(middleware.map(\.operationID) == ["create_backup", "describe_backup", "list_project_backups", "describe_backup"])
        #expect(middleware.allSatisfy { $0.baseURL == base }, "\(middleware.map(\.baseURL))")
        #expect(middleware.first?.path == "/indexes/docs-example/backups")
        #expect(middleware.first?.body?.contains(#""description":"via interop""#) == true, "\(middleware.first?.body ?? "no body")")
        let transport = await seen.transport
        #expect(transport.map(\.operationID) == middleware.map(\.operationID))
        #expect(transport.allSatisfy { $0.baseURL == base })
        #expect(transport.last?.path == "/backups/missing")

        let requests = try await server.requests()
        #expect(requests.count == 4)
        // Header names in any case: swift-openapi-async-http-client sends them lowercased.
        let interop = requests.map { ($0["headers"] as? [String: String])?.first { $0.key.lowercased() == "x-interop" }?.value }
        #expect(interop == Array(repeating: "middleware", count: 4), "\(interop)")
        #expect(try await server.count("POST", "/indexes/docs-example/backups") == 1)
    }

    @Test(arguments: transports)
    func theClientsTimeoutEndsACallOnTheirTransport(transport name: String) async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 200, body: #"{"data":[]}"#, delay: 10)])
        let client = Self.client(server, name, Seen(), timeout: .seconds(1))
        let error = try await #require(throws: OpenAPIClientRuntime.ClientError.self) { try await client.listProjectBackups() }
        guard case .transport(_, let reason) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(reason == "timed out", "the client's deadline ended the call; the server would have answered")
    }

    @Test(arguments: transports)
    func cancellingTheTaskEndsACallOnTheirTransport(transport name: String) async throws {
        let server = try await MockPinecone()
        try await server.inject([.init(method: "GET", path: "/backups", status: 200, body: #"{"data":[]}"#, delay: 10)])
        let client = Self.client(server, name, Seen())
        let task = Task { try await client.listProjectBackups() }
        try await Task.sleep(for: .milliseconds(300))
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
    }
}
#endif
