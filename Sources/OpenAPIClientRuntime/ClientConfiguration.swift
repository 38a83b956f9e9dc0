import Foundation

/// What every request of a client shares.
public struct ClientConfiguration: Sendable {
    /// Where requests go; `nil` means the spec's first server.
    public var serverURL: URL?
    /// Sent for `apiKey` security schemes. Never printed: descriptions show it as redacted.
    public var apiKey: String?
    /// Sent as `Authorization: Bearer …` for `http` bearer schemes.
    public var bearerToken: String?
    /// Sent as `Authorization: Basic …` for `http` basic schemes. Never printed.
    public var basicCredentials: BasicCredentials?
    /// How long one request may take.
    public var timeout: Duration
    /// Sent with every request, after the generated headers.
    public var additionalHeaders: [String: String]
    public var userAgent: String
    /// When failed requests are sent again; ``RetryPolicy/disabled`` turns retries off.
    public var retryPolicy: RetryPolicy
    /// Allows a plain `http` server URL that is not loopback. Off by default: credentials would
    /// cross the network unencrypted.
    public var allowsInsecureHTTP: Bool

    public init(
        serverURL: URL? = nil, apiKey: String? = nil, bearerToken: String? = nil, basicCredentials: BasicCredentials? = nil, timeout: Duration = .seconds(30),
        additionalHeaders: [String: String] = [:], userAgent: String = RuntimeVersion.userAgent,
        retryPolicy: RetryPolicy = .default, allowsInsecureHTTP: Bool = false
    ) {
        self.serverURL = serverURL
        self.apiKey = apiKey
        self.bearerToken = bearerToken
        self.basicCredentials = basicCredentials
        self.timeout = timeout
        self.additionalHeaders = additionalHeaders
        self.userAgent = userAgent
        self.retryPolicy = retryPolicy
        self.allowsInsecureHTTP = allowsInsecureHTTP
    }
}

extension ClientConfiguration {
    /// The credentials set, for redaction.
    var secrets: [String] {
        ([apiKey, bearerToken] + (basicCredentials.map { [$0.password, $0.headerValue] } ?? [])).compactMap { $0 }.filter { !$0.isEmpty }
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        "ClientConfiguration(serverURL: \(serverURL?.absoluteString ?? "default"), apiKey: \(apiKey == nil ? "none" : "<redacted>"), "
            + "bearerToken: \(bearerToken == nil ? "none" : "<redacted>"), basicCredentials: \(basicCredentials == nil ? "none" : "<redacted>"), timeout: \(timeout))"
    }

    public var debugDescription: String { description }
}

extension ClientConfiguration: CustomReflectable {
    /// What `dump` and debuggers show: the credentials redacted, as in ``description``.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "serverURL": serverURL as Any, "apiKey": apiKey == nil ? "none" : "<redacted>",
            "bearerToken": bearerToken == nil ? "none" : "<redacted>",
            "basicCredentials": basicCredentials == nil ? "none" : "<redacted>", "timeout": timeout,
            "additionalHeaders": additionalHeaders, "userAgent": userAgent, "retryPolicy": retryPolicy,
            "allowsInsecureHTTP": allowsInsecureHTTP,
        ], displayStyle: .struct)
    }
}

/// A user name and password for `http` basic security (RFC 7617). Never printed.
public struct BasicCredentials: Sendable, CustomStringConvertible {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// `Basic dXNlcjpwYXNz`: the value of the `Authorization` header.
    var headerValue: String { "Basic " + Data("\(username):\(password)".utf8).base64EncodedString() }

    public var description: String { "BasicCredentials(<redacted>)" }
}
