import Foundation
import HTTPTypes

/// A request as generated code builds it: a path with its parameters, query, headers, body.
@_spi(Generated)
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

            /// An open enum's raw value, as one segment.
            public mutating func appendInterpolation<Value: OpenEnum>(_ value: Value) where Value.RawValue: ParameterValue {
                appendInterpolation(value.rawValue)
            }

            /// A list in one segment, comma-separated (OpenAPI's `simple` style), each value percent-encoded.
            public mutating func appendInterpolation(_ values: [some ParameterValue]) {
                encoded += values.map { PercentEncoding.encode($0.parameterText) }.joined(separator: ",")
            }

            /// A list of open enum values in one segment, comma-separated.
            public mutating func appendInterpolation<Value: OpenEnum>(_ values: [Value]) where Value.RawValue: ParameterValue {
                appendInterpolation(values.map(\.rawValue))
            }

            /// A value as one segment, percent-encoded.
            public mutating func appendInterpolation(_ value: some ParameterValue) {
                appendInterpolation(value.parameterText)
            }

            /// Text as one segment, percent-encoded. Most path parameters are strings: this overload spares them the
            /// generic call (generated code is in another module, so `some ParameterValue` is not specialized there).
            public mutating func appendInterpolation(_ text: String) {
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
    public private(set) var headerFields = HTTPFields()
    public private(set) var body: Data?
    /// Alternatives, each a set of credentials sent together; the first the configuration can fill is used.
    public var security: [[Security]] = []
    /// The `Accept` header: what the operation's success response is.
    public var accept = "application/json"
    /// The spec's constraints on the arguments, checked as the request is built; a violation is
    /// thrown before anything is sent.
    public private(set) var checks = RequestChecks()

    public enum Method: String, Sendable {
        case get = "GET", put = "PUT", post = "POST", delete = "DELETE", options = "OPTIONS", head = "HEAD",
             patch = "PATCH", trace = "TRACE", query = "QUERY"
    }

    public init(operationID: String, method: Method, path: Path) {
        self.operationID = operationID
        self.method = method.rawValue
        self.path = path
    }

    /// For a method the spec names in OpenAPI 3.2's `additionalOperations` (`LINK`), sent as written.
    public init(operationID: String, method: String, path: Path) {
        self.operationID = operationID
        self.method = method
        self.path = path
    }

    /// Checks an argument (or the body, at `body`) against the spec's constraints.
    public mutating func check(_ value: some ConstraintCheckable, at path: String, _ constraints: Constraints = .none) {
        checks.check(value, at: path, constraints)
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

    /// Adds an open enum's raw value; nothing for `nil`.
    public mutating func addQuery<Value: OpenEnum>(_ name: String, _ value: Value?) where Value.RawValue: ParameterValue {
        addQuery(name, value?.rawValue)
    }

    /// Adds an open enum's raw value once per element.
    public mutating func addQuery<Value: OpenEnum>(_ name: String, _ values: [Value]?) where Value.RawValue: ParameterValue {
        for value in values ?? [] { addQuery(name, value.rawValue) }
    }

    /// Sets a header to an open enum's raw value; nothing for `nil`.
    public mutating func setHeader<Value: OpenEnum>(_ name: String, _ value: Value?) throws(ClientError) where Value.RawValue: ParameterValue {
        try setHeader(name, value?.rawValue)
    }

    /// Sets a header; refuses values with CR or LF, which could inject headers.
    public mutating func setHeader(_ name: String, _ value: (some ParameterValue)?) throws(ClientError) {
        try setHeader(name, value?.parameterText)
    }

    /// Sets a header to text; refuses values with CR or LF. The overload string values take (most headers, and the
    /// spec's constants such as an API version), without the generic call.
    public mutating func setHeader(_ name: String, _ value: String?) throws(ClientError) {
        guard let text = value else { return }
        guard !HeaderValue.hasLineBreak(text), let fieldName = HTTPField.Name(name) else {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the value of header '\(name)' contains CR or LF")
        }
        headerFields.append(HTTPField(name: fieldName, value: text))
    }

    /// Sets a header to a list, comma-separated (OpenAPI's `simple` style); nothing for `nil`.
    public mutating func setHeader(_ name: String, _ values: [some ParameterValue]?) throws(ClientError) {
        guard let values else { return }
        try setHeader(name, values.map(\.parameterText).joined(separator: ","))
    }

    /// Sets a header to a list of open enum values, comma-separated; nothing for `nil`.
    public mutating func setHeader<Value: OpenEnum>(_ name: String, _ values: [Value]?) throws(ClientError) where Value.RawValue: ParameterValue {
        try setHeader(name, values?.map(\.rawValue))
    }

    /// Encodes the body as JSON; nothing for `nil`.
    public mutating func setJSONBody(_ value: (some Encodable & Sendable)?, contentType: String) throws(ClientError) {
        guard let value else { return }
        do {
            body = try JSONCoding.makeEncoder().encode(value)
        } catch {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the body could not be encoded: \(error)")
        }
        headerFields.append(HTTPField(name: .contentType, value: contentType))
    }

    /// Encodes an array as JSON Lines (`application/x-ndjson`): one value per line, each line ended
    /// by LF; nothing for `nil`.
    public mutating func setJSONLinesBody<Element: Encodable & Sendable>(_ values: [Element]?, contentType: String) throws(ClientError) {
        guard let values else { return }
        let encoder = JSONCoding.makeEncoder()
        var data = Data()
        do {
            for value in values {
                data.append(try encoder.encode(value))
                data.append(UInt8(ascii: "\n"))
            }
        } catch {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the body could not be encoded: \(error)")
        }
        body = data
        headerFields.append(HTTPField(name: .contentType, value: contentType))
    }

    /// Encodes the fields as `multipart/form-data`, with a boundary of its own; nothing for `nil`.
    public mutating func setMultipartBody(_ value: (some FormEncodable)?) throws(ClientError) {
        guard let value else { return }
        let (data, boundary) = FormEncoding.multipart(try fields(of: value))
        body = data
        headerFields.append(HTTPField(name: .contentType, value: "multipart/form-data; boundary=\(boundary)"))
    }

    /// Encodes the fields as `application/x-www-form-urlencoded`; nothing for `nil`.
    public mutating func setURLEncodedFormBody(_ value: (some FormEncodable)?, contentType: String) throws(ClientError) {
        guard let value else { return }
        body = FormEncoding.urlEncoded(try fields(of: value))
        headerFields.append(HTTPField(name: .contentType, value: contentType))
    }

    /// Sends bytes as they are (`application/octet-stream`, `text/plain`); nothing for `nil`.
    public mutating func setRawBody(_ value: Data?, contentType: String) {
        guard let value else { return }
        body = value
        headerFields.append(HTTPField(name: .contentType, value: contentType))
    }

    /// Sends text as UTF-8; nothing for `nil`.
    public mutating func setRawBody(_ value: String?, contentType: String) {
        setRawBody(value.map { Data($0.utf8) }, contentType: contentType)
    }

    private func fields(of value: some FormEncodable) throws(ClientError) -> [FormField] {
        do {
            return try value.formFields()
        } catch {
            throw ClientError.invalidRequest(operationID: operationID, reason: "the body could not be encoded: \(error)")
        }
    }
}
