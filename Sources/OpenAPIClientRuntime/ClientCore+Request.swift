import Foundation
import HTTPTypes

extension ClientCore {
    /// The full request as the transport gets it: server, encoded path and query, fields, credentials.
    public func makeHTTPRequest(_ request: ClientRequest) throws(ClientError) -> HTTPRequest {
        try authenticate(buildRequest(request), security: request.security, operationID: request.operationID)
    }

    /// The request without credentials (those are added after the middlewares, see ``ClientMiddleware``):
    /// server, path, query, `Accept`, `User-Agent`, the operation's fields, the configuration's extra fields.
    func buildRequest(_ request: ClientRequest) throws(ClientError) -> HTTPRequest {
        // An argument outside the spec's constraints: nothing is built, so nothing is sent.
        if let violation = request.checks.violation {
            throw .invalidRequest(operationID: request.operationID, reason: Self.redacting(violation, configuration))
        }
        guard let server else {
            throw .invalidRequest(operationID: request.operationID, reason: configuration.serverURL == nil
                ? "no server URL: the spec lists none and the configuration sets none"
                : "'\(Self.redacting(configuration.serverURL?.absoluteString ?? "", configuration))' is not a valid server URL")
        }
        if let insecureServer {
            throw .invalidRequest(operationID: request.operationID, reason: "refusing to send credentials to \(insecureServer) "
                + "without TLS; use https, or set ClientConfiguration.allowsInsecureHTTP")
        }
        var path = server.pathPrefix + request.path.encoded
        if !request.query.isEmpty { path += "?" + request.query.joined(separator: "&") }
        let shared = shared
        var fields: HTTPFields
        // Room for the credentials too, added later (in place when there are no middlewares).
        let capacity = 4 + request.headerFields.count + shared.configuration.additionalHeaders.count
        if request.accept == "application/json" {
            fields = shared.jsonBaseFields  // copied once, by reserveCapacity
            fields.reserveCapacity(capacity)
        } else {
            fields = HTTPFields()
            fields.reserveCapacity(capacity)
            fields.append(HTTPField(name: .accept, value: request.accept))
            fields.append(shared.userAgentField)
        }
        if !request.headerFields.isEmpty { fields.append(contentsOf: request.headerFields) }
        if !shared.configuration.additionalHeaders.isEmpty { fields.append(contentsOf: shared.configuration.additionalHeaders) }
        guard let method = Self.method(request.method) else {
            throw .invalidRequest(operationID: request.operationID, reason: "'\(request.method)' is not an HTTP method")
        }
        var http = HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: fields)
        http.pseudoHeaderFields.scheme = shared.schemeField
        http.pseudoHeaderFields.authority = shared.authorityField
        return http
    }

    /// The method, without validating the common ones again (their constants are).
    static func method(_ text: String) -> HTTPRequest.Method? {
        switch text {
        case "GET": .get
        case "POST": .post
        case "PUT": .put
        case "DELETE": .delete
        case "PATCH": .patch
        default: HTTPRequest.Method(text)
        }
    }

    /// Adds the configuration's credentials for the first alternative it can fill, unless the request
    /// already carries them (a middleware set `Authorization` or the key's field).
    func authenticate(_ http: HTTPRequest, security: [[ClientRequest.Security]], operationID: String) throws(ClientError) -> HTTPRequest {
        var http = http
        try authenticate(&http, security: security, operationID: operationID)
        return http
    }

    /// As ``authenticate(_:security:operationID:)``, in place. Every alternative but the last is tried on a copy;
    /// the last (the only one, for most operations) on the request itself, without copying its fields: if it
    /// cannot be filled either, the call throws and what it added is dropped with the request.
    func authenticate(_ http: inout HTTPRequest, security: [[ClientRequest.Security]], operationID: String) throws(ClientError) {
        guard let last = security.last else { return }
        for alternative in security.dropLast() {
            var candidate = http
            if fill(alternative, into: &candidate) {
                http = candidate
                return
            }
        }
        if fill(last, into: &http) { return }
        throw .invalidRequest(operationID: operationID, reason: Self.missingCredentials(security))
    }

    /// Adds every credential of one alternative; `false` when one of them cannot be filled.
    private func fill(_ alternative: [ClientRequest.Security], into http: inout HTTPRequest) -> Bool {
        var filled = 0
        for scheme in alternative where apply(scheme, to: &http) { filled += 1 }
        return filled == alternative.count
    }

    /// Adds one credential; `false` when the configuration has none usable (and the request none either).
    private func apply(_ scheme: ClientRequest.Security, to http: inout HTTPRequest) -> Bool {
        switch scheme {
        case .apiKeyHeader(let name):
            guard let name = HTTPField.Name(name) else { return false }
            if http.headerFields.contains(name) { return true }
            guard let key = configuration.apiKey, !key.isEmpty, Self.isSafeHeaderValue(key) else { return false }
            http.headerFields.append(HTTPField(name: name, value: key))
            return true
        case .apiKeyQuery(let name):
            guard let key = configuration.apiKey, !key.isEmpty else { return false }
            let item = PercentEncoding.encode(name) + "=" + PercentEncoding.encode(key)
            let path = http.path ?? "/"
            http.path = path + (path.contains("?") ? "&" : "?") + item
            return true
        case .bearer:
            if http.headerFields.contains(.authorization) { return true }
            guard let token = configuration.bearerToken, !token.isEmpty, Self.isSafeHeaderValue(token) else { return false }
            http.headerFields.append(HTTPField(name: .authorization, value: "Bearer " + token))
            return true
        case .basic:
            if http.headerFields.contains(.authorization) { return true }
            // A colon in the user name would be read as the end of it (RFC 7617).
            guard let basic = configuration.basicCredentials, !basic.username.contains(":"),
                  Self.isSafeHeaderValue(basic.username + basic.password) else { return false }
            http.headerFields.append(HTTPField(name: .authorization, value: basic.headerValue))
            return true
        }
    }

    private static func missingCredentials(_ alternatives: [[ClientRequest.Security]]) -> String {
        let needs = alternatives.flatMap { $0 }.map { scheme in
            switch scheme {
            case .apiKeyHeader(let name), .apiKeyQuery(let name): "an API key (\(name))"
            case .bearer: "a bearer token"
            case .basic: "basic credentials (a user name without ':')"
            }
        }
        return "no credentials: the operation needs \(Set(needs).sorted().joined(separator: " or ")); set them in ClientConfiguration"
            + " (an API key or token must not contain CR or LF)"
    }

    private static func isSafeHeaderValue(_ value: String) -> Bool {
        !HeaderValue.hasLineBreak(value)
    }

    /// Removes credentials from text that may have echoed the request.
    static func redacting(_ text: String, _ configuration: ClientConfiguration) -> String {
        Redaction.text(text, configuration.secrets)
    }
}
