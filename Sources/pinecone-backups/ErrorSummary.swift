#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation
import HTTPTypes
import PineconeControl

/// Errors from the API as one line: `404 NOT_FOUND: Backup … not found (request id …)`.
enum ErrorSummary {
    static func line(for error: ClientError) -> String {
        if case .decoding(let operation, let status, let path, let reason, let snippet) = error {
            // A 200 from a proxy's HTML page reads like an error status's body: tags stripped.
            let body = snippet.contains("</") ? bodySummary(Data(snippet.utf8), contentType: "text/html") : oneLine(snippet)
            return "\(operation): the \(status) response does not decode at '\(path.isEmpty ? "<root>" : path)': \(oneLine(reason)) (\(body))"
        }
        guard case .api(let api) = error else { return oneLine(error.description) }
        var text = "\(api.status)"
        if let code = api.code { text += " " + codeName(code) }
        if let message = api.message, !message.isEmpty {
            text += ": " + oneLine(message)
        } else if !api.body.isEmpty {
            text += ": " + bodySummary(api.body, contentType: api.headers[.contentType])
        } else {
            text += ": (no body)"
        }
        if let id = api.requestID { text += " (request id \(id))" }
        return text
    }

    /// Pinecone's codes are names (`NOT_FOUND`); a gRPC-style number (`3`) is given its name too.
    static func codeName(_ code: String) -> String {
        guard let number = Int(code) else { return code }
        let names = ["OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
                     "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
                     "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"]
        return names.indices.contains(number) ? "\(names[number]) (\(number))" : "code \(number)"
    }

    /// A body that is not Pinecone's JSON (a proxy's HTML page): its content type and its first 200
    /// characters of text, tags stripped.
    static func bodySummary(_ body: Data, contentType: String?) -> String {
        var text = String(decoding: body, as: UTF8.self)
        let isMarkup = contentType?.lowercased().contains("html") == true || text.contains("</")
        if isMarkup { text = stripTags(text) }
        text = oneLine(text)
        if text.count > 200 { text = text.prefix(200) + "…" }
        let type = contentType.map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) } ?? "no content type"
        return "\(type) body: \(text)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Markup without its tags, the contents of `script` and `style`, and the common entities.
    static func stripTags(_ html: String) -> String {
        var text = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            let tag = rest[open...]
            let lowered = tag.prefix(7).lowercased()
            let skipTo = lowered.hasPrefix("<script") ? "</script>" : lowered.hasPrefix("<style") ? "</style>" : ">"
            guard let end = tag.range(of: skipTo, options: .caseInsensitive) else { rest = ""; break }
            text += " "
            rest = tag[end.upperBound...]
        }
        text += rest
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
#endif
