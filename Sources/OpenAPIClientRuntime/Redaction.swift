import Foundation
import HTTPTypes

/// Credentials replaced by `<redacted>` wherever text, a body or header fields may carry them.
enum Redaction {
    static let placeholder = "<redacted>"

    static func text(_ text: String, _ secrets: [String]) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: placeholder) }
    }

    static func data(_ body: Data, _ secrets: [String]) -> Data {
        var body = body
        for secret in secrets {
            while let range = body.range(of: Data(secret.utf8)) {
                body.replaceSubrange(range, with: Data(placeholder.utf8))
            }
        }
        return body
    }

    /// Fields whose values are always credentials, whoever set them (a middleware's token included).
    static let alwaysSensitive: Set<HTTPField.Name> = [
        .authorization, .proxyAuthorization, .cookie, .setCookie, HTTPField.Name("Api-Key")!, HTTPField.Name("X-Api-Key")!,
    ]

    /// ``alwaysSensitive`` plus the fields an operation's security schemes name.
    static func sensitiveFields(_ security: [[ClientRequest.Security]]) -> Set<HTTPField.Name> {
        var names = alwaysSensitive
        for case .apiKeyHeader(let name) in security.joined() {
            if let name = HTTPField.Name(name) { names.insert(name) }
        }
        return names
    }

    /// The fields as `name: value` pairs for display, credential values redacted.
    static func fields(_ fields: HTTPFields, _ secrets: [String], sensitive: Set<HTTPField.Name> = alwaysSensitive) -> [String] {
        fields.map { field in
            "\(field.name.rawName): \(sensitive.contains(field.name) ? placeholder : text(field.value, secrets))"
        }
    }
}
