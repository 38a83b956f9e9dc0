import Foundation
import HTTPTypes

/// Every failure a generated client throws: switch on it, or use the checks (`isNotFound`).
/// Descriptions never contain credentials.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a status outside 2xx.
    case api(APIError)
    /// The request got no response: connection refused, timeout, TLS failure.
    case transport(operationID: String, reason: String)
    /// A 2xx response whose body is not what the spec promises.
    case decoding(operationID: String, status: Int, codingPath: String, reason: String, bodySnippet: String)
    /// The request could not be built (a header with CR/LF, no server URL, no credentials).
    case invalidRequest(operationID: String, reason: String)

    public var operationID: String {
        switch self {
        case .api(let error): error.operationID
        case .transport(let id, _), .decoding(let id, _, _, _, _), .invalidRequest(let id, _): id
        }
    }

    /// The HTTP status, when there was a response.
    public var status: Int? {
        switch self {
        case .api(let error): error.status
        case .decoding(_, let status, _, _, _): status
        case .transport, .invalidRequest: nil
        }
    }

    /// The error response, for `.api`.
    public var apiError: APIError? {
        if case .api(let error) = self { return error }
        return nil
    }

    public var isBadRequest: Bool { status == 400 }
    public var isUnauthorized: Bool { status == 401 }
    public var isForbidden: Bool { status == 403 }
    public var isNotFound: Bool { status == 404 }
    public var isConflict: Bool { status == 409 }
    public var isRateLimited: Bool { status == 429 }
    public var isServerError: Bool { (status ?? 0) >= 500 }

    public var description: String {
        switch self {
        case .api(let error):
            error.description
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

/// An error response: its status, its body, and the service's code and message when
/// ``ClientConfiguration/errorDetails`` reads them from the body (each service has its own shape;
/// the runtime assumes none).
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The spec's `operationId` of the failed call.
    public var operationID: String
    /// The HTTP status code.
    public var status: Int
    /// The response's header fields.
    public var headers: HTTPFields
    /// The response body (credentials the request carried are redacted from it).
    public var body: Data
    /// The service's error code (`NOT_FOUND`), when the body has one.
    public var code: String?
    /// The service's explanation, when the body has one.
    public var message: String?
    /// The request ID the service assigned, for support: the value of the response header named by
    /// ``ClientConfiguration/requestIDHeaderName``.
    public var requestID: String?

    /// An error response.
    public init(operationID: String, status: Int, headers: HTTPFields = [:], body: Data, requestID: String? = nil,
                code: String? = nil, message: String? = nil) {
        self.operationID = operationID
        self.status = status
        self.headers = headers
        self.body = body
        self.requestID = requestID
        self.code = code
        self.message = message
    }

    /// The body as text when it is not JSON (an HTML 502 page, a plain-text message).
    public var rawBody: String? {
        guard !body.isEmpty, (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) == nil else { return nil }
        return String(decoding: body, as: UTF8.self)
    }

    /// The body decoded as `T` (an operation's error schema), or `nil`.
    public func decodeBody<T: Decodable>(as type: T.Type) -> T? {
        try? JSONCoding.makeDecoder().decode(T.self, from: body)
    }

    /// `operation: status CODE: message (request ID …)`.
    public var description: String {
        var text = "\(operationID): \(status)"
        if let code { text += " \(code)" }
        if let message { text += ": \(message)" } else if code == nil { text += ": \(ClientError.snippet(body))" }
        if let requestID { text += " (request ID \(requestID))" }
        return text
    }
}
