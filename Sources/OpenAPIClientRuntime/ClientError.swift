import Foundation

/// Every failure a generated client throws. Descriptions never contain credentials.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a status outside 2xx.
    case unexpectedStatus(operationID: String, status: Int, headers: [String: String], body: Data)
    /// The request never got a response: connection refused, timeout, TLS failure.
    case transport(operationID: String, reason: String)
    /// A 2xx response whose body is not what the spec promises.
    case decoding(operationID: String, status: Int, codingPath: String, reason: String, bodySnippet: String)
    /// The request could not be built (a header with CR/LF, no server URL, a body that does not encode).
    case invalidRequest(operationID: String, reason: String)

    public var operationID: String {
        switch self {
        case .unexpectedStatus(let id, _, _, _), .transport(let id, _), .decoding(let id, _, _, _, _),
             .invalidRequest(let id, _):
            id
        }
    }

    /// The HTTP status, when there was a response.
    public var status: Int? {
        switch self {
        case .unexpectedStatus(_, let status, _, _), .decoding(_, let status, _, _, _): status
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .unexpectedStatus(let id, let status, _, let body):
            "\(id): the server answered \(status): \(Self.snippet(body))"
        case .transport(let id, let reason):
            "\(id): the request failed: \(reason)"
        case .decoding(let id, let status, let path, let reason, let snippet):
            "\(id): the \(status) response does not decode at '\(path.isEmpty ? "<root>" : path)': \(reason) (body: \(snippet))"
        case .invalidRequest(let id, let reason):
            "\(id): invalid request: \(reason)"
        }
    }

    /// The first 200 characters of a body, for messages.
    static func snippet(_ body: Data) -> String {
        if body.isEmpty { return "<empty body>" }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return body.count > 200 ? text + "…" : text
    }
}
