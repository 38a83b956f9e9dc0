import Foundation
import HTTPTypes

/// A `curl` command line that replays a request, for trace logs (as Pinecone's Python SDK prints with
/// `PINECONE_DEBUG_CURL`), with every credential replaced by `<redacted>`: the sensitive fields'
/// values, and the configured secrets wherever else they appear (query, other fields, body).
struct CurlCommand {
    let text: String

    init(_ request: HTTPRequest, body: Data?, sensitiveFields: Set<HTTPField.Name>, secrets: [String]) {
        let url = (request.scheme ?? "https") + "://" + (request.authority ?? "") + (request.path ?? "/")
        var parts = ["curl", "-X", request.method.rawValue, Self.quoted(Redaction.text(url, secrets))]
        for field in Redaction.fields(request.headerFields, secrets, sensitive: sensitiveFields) {
            parts += ["-H", Self.quoted(field)]
        }
        if let body, !body.isEmpty {
            if let text = String(data: body, encoding: .utf8) {
                parts += ["--data-binary", Self.quoted(Redaction.text(text, secrets))]
            } else {
                parts += ["--data-binary", "@-", "#", "(\(body.count) bytes of binary body not shown)"]
            }
        }
        text = parts.joined(separator: " ")
    }

    /// Single-quoted for a POSIX shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
