import Foundation

/// The files a spec's `$ref`s name, followed from file to file, for the build command's inputs: editing
/// any of them must regenerate. A plugin cannot use the generator's parser, so this reads `$ref`s from
/// the text; it may list a file too many (a `$ref` inside an example), which costs nothing, and it finds
/// every file `$ref: path`, `"$ref": "path"` and `{$ref: path}` name.
enum ReferencedFiles {
    /// Every file reached from `spec`, without the spec itself, sorted.
    static func of(_ spec: URL) -> [URL] {
        var seen: Set<String> = [spec.standardizedFileURL.path]
        var pending = [spec.standardizedFileURL]
        var found: [URL] = []
        while let file = pending.popLast() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let folder = file.deletingLastPathComponent()
            for reference in references(in: text) {
                let path = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard !path.isEmpty, !path.contains("://") else { continue }
                let decoded = path.removingPercentEncoding ?? path
                let target = URL(fileURLWithPath: decoded, relativeTo: folder).standardizedFileURL
                guard seen.insert(target.path).inserted, FileManager.default.fileExists(atPath: target.path) else { continue }
                found.append(target)
                pending.append(target)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The values written after each `$ref` key: quoted or plain, up to the end of the scalar.
    static func references(in text: String) -> [String] {
        var values: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "$ref") {
            rest = rest[range.upperBound...]
            var value = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " || $0 == "\t" }
            guard value.first == ":" else { continue }
            value = value.dropFirst().drop { $0 == " " || $0 == "\t" }
            if let quote = value.first, quote == "\"" || quote == "'" {
                values.append(String(value.dropFirst().prefix { $0 != quote && $0 != "\n" }))
            } else {
                values.append(String(value.prefix { !" \t\r\n,}]".contains($0) }))
            }
        }
        return values
    }
}
