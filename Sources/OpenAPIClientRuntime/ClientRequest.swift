import Foundation

/// A request as generated code builds it: a path with its parameters, query, headers, body.
public struct ClientRequest: Sendable {
    /// Credentials an operation accepts; see ``ClientRequest/security``.
    public enum Security: Sendable, Hashable {
        case apiKeyHeader(String)
        case apiKeyQuery(String)
        case bearer
        case basic
    }

    /// A path whose interpolated values are percent-encoded as one segment each.
    public struct Path: ExpressibleByStringInterpolation, Sendable {
        public var encoded: String

        public init(stringLiteral value: String) {
            encoded = value
        }

        public init(stringInterpolation: Interpolation) {
            encoded = stringInterpolation.encoded
        }

        public struct Interpolation: StringInterpolationProtocol {
            var encoded = ""

            public init(literalCapacity: Int, interpolationCount: Int) {
                encoded.reserveCapacity(literalCapacity + interpolationCount * 16)
            }

            public mutating func appendLiteral(_ literal: String) {
                encoded += literal
            }

            public mutating func appendInterpolation(_ value: some ParameterValue) {
                let text = value.parameterText
                // "." and ".." would be dot segments, which URL stacks remove (`/backups/..` becomes `/`).
                encoded += text == "." || text == ".." ? String(repeating: "%2E", count: text.count) : PercentEncoding.encode(text)
            }
        }
    }

    public var operationID: String
    public var method: String
    public var path: Path
    /// Already percent-encoded `name=value` pairs.
    public private(set) var query: [String] = []
    public private(set) var headerFields: [(name: String, value: String)] = []
    public private(set) var body: Data?
    /// Alternatives, each a set of credentials sent together; the first the configuration can fill is used.
    public var security: [[Security]] = []

    public enum Method: String, Sendable {
        case get = "GET", put = "PUT", post = "POST", delete = "DELETE", options = "OPTIONS", head = "HEAD",
             patch = "PATCH", trace = "TRACE"
    }

    public init(operationID: String, method: Method, path: Path) {
        self.operationID = operationID
        self.method = method.rawValue
        self.path = path
    }

    /// Adds `name=value`; nothing for `nil`.
    public mutating func addQuery(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        query.append(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value.parameterText))
    }

    /// Adds `name=value` once per element (form style, exploded).
    public mutating func addQuery(_ name: String, _ values: [some ParameterValue]?) {
        for value in values ?? [] { addQuery(name, value) }
    }

    /// Sets a header; refuses values with CR or LF, which could inject headers.
    public mutating func setHeader(_ name: String, _ value: (some ParameterValue)?) throws(ClientError) {
        guard let value else { return }
        let text = value.parameterText
        guard !text.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }),
              !name.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" || $0 == ":" })
        else {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the value of header '\(name)' contains CR or LF")
        }
        headerFields.append((name, text))
    }

    /// Encodes the body as JSON; nothing for `nil`.
    public mutating func setJSONBody(_ value: (some Encodable & Sendable)?, contentType: String) throws(ClientError) {
        guard let value else { return }
        do {
            body = try JSONCoding.makeEncoder().encode(value)
        } catch {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the body could not be encoded: \(error)")
        }
        headerFields.append(("Content-Type", contentType))
    }
}
