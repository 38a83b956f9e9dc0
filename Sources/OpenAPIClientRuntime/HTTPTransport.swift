import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the transport sees it: everything resolved, nothing left to encode.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// In the order they are sent; names as written.
    public var headerFields: [(name: String, value: String)]
    public var body: Data?

    public init(method: String, url: URL, headerFields: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headerFields = headerFields
        self.body = body
    }
}

public struct HTTPResponse: Sendable {
    public var statusCode: Int
    /// Header names lowercased.
    public var headerFields: [String: String]
    public var body: Data

    public init(statusCode: Int, headerFields: [String: String] = [:], body: Data = Data()) {
        self.statusCode = statusCode
        self.headerFields = headerFields.reduce(into: [:]) { $0[$1.key.lowercased()] = $1.value }
        self.body = body
    }
}

/// Sends one request and returns the response, whatever its status. Plug in your own
/// (AsyncHTTPClient, a test double) without touching generated code.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse
}

/// Failures a transport reports; anything else it throws counts as ``other``.
public enum TransportError: Error, Sendable, CustomStringConvertible {
    /// No connection could be made (refused, host not found): the request never reached the server,
    /// so even a POST may be sent again.
    case cannotConnect(String)
    /// No complete response within the time allowed.
    case timedOut
    /// Anything else: the request may or may not have reached the server.
    case other(String)

    public var description: String {
        switch self {
        case .cannotConnect(let reason): "could not connect: \(reason)"
        case .timedOut: "timed out"
        case .other(let reason): reason
        }
    }
}

/// The default transport, on `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    public let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        urlRequest.httpBody = request.body
        let data: Data, response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            switch error.code {
            case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
                throw TransportError.cannotConnect(error.localizedDescription)
            case .timedOut:
                throw TransportError.timedOut
            case .cancelled:
                throw CancellationError()
            default:
                throw TransportError.other(error.localizedDescription)
            }
        }
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return HTTPResponse(statusCode: http.statusCode, headerFields: headers, body: data)
    }
}
