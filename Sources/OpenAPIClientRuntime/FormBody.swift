import Foundation

/// A file in a `multipart/form-data` body: its bytes, and the name and type the server sees.
/// Generated request types use it for `format: binary` properties of multipart bodies.
public struct MultipartFile: Codable, Hashable, Sendable {
    public var data: Data
    /// Sent as the part's `filename`; servers often use its extension to tell the file's kind.
    public var filename: String?
    /// Sent as the part's `Content-Type`; `application/octet-stream` when `nil`.
    public var contentType: String?

    public init(data: Data, filename: String? = nil, contentType: String? = nil) {
        self.data = data
        self.filename = filename
        self.contentType = contentType
    }

    /// Reads a file from disk; the filename is the URL's last component, the type guessed from its extension.
    public init(contentsOf url: URL, contentType: String? = nil) throws {
        self.init(data: try Data(contentsOf: url), filename: url.lastPathComponent,
                  contentType: contentType ?? Self.contentType(forExtension: url.pathExtension))
    }

    static func contentType(forExtension pathExtension: String) -> String? {
        switch pathExtension.lowercased() {
        case "pdf": "application/pdf"
        case "txt": "text/plain"
        case "md", "markdown": "text/markdown"
        case "json": "application/json"
        case "jsonl", "ndjson": "application/x-ndjson"
        case "csv": "text/csv"
        case "html", "htm": "text/html"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        default: nil
        }
    }

    /// In JSON (where a file has no place of its own) a file is its bytes in base64.
    public init(from decoder: any Decoder) throws {
        self.init(data: try decoder.singleValueContainer().decode(Data.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }
}

/// One field of a form body, in order. SPI: plumbing between generated form types and the client.
@_spi(Generated)
public struct FormField: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// A primitive as text (`text/plain` in multipart).
        case text(String)
        /// A file part.
        case file(MultipartFile)
        /// An object or array, as JSON (`application/json` in multipart, as OpenAPI prescribes).
        case json(Data)
    }

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }
}

/// A request body type sent as `multipart/form-data` or `application/x-www-form-urlencoded`:
/// generated types list their properties as fields. SPI, like the request checks.
@_spi(Generated)
public protocol FormEncodable: Sendable {
    func formFields() throws -> [FormField]
}

/// Collects the fields of a form body; generated `formFields()` implementations call it.
@_spi(Generated)
public struct FormFieldsBuilder: Sendable {
    public private(set) var fields: [FormField] = []

    public init() {}

    /// A primitive or enum value; nothing for `nil`.
    public mutating func text(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        fields.append(FormField(name: name, value: .text(value.parameterText)))
    }

    /// An array of primitives: one field per element, as forms repeat a name.
    public mutating func text(_ name: String, _ values: [some ParameterValue]?) {
        for value in values ?? [] { text(name, value) }
    }

    /// An open enum's raw value; nothing for `nil`.
    public mutating func text<Value: OpenEnum>(_ name: String, _ value: Value?) where Value.RawValue: ParameterValue {
        text(name, value?.rawValue)
    }

    /// An array of open enums: one field per element.
    public mutating func text<Value: OpenEnum>(_ name: String, _ values: [Value]?) where Value.RawValue: ParameterValue {
        for value in values ?? [] { text(name, value.rawValue) }
    }

    public mutating func file(_ name: String, _ file: MultipartFile?) {
        guard let file else { return }
        fields.append(FormField(name: name, value: .file(file)))
    }

    /// Bytes without a filename of their own: the field's name stands in.
    public mutating func file(_ name: String, _ data: Data?) {
        guard let data else { return }
        fields.append(FormField(name: name, value: .file(MultipartFile(data: data, filename: name))))
    }

    /// Anything else, as JSON.
    public mutating func json(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        fields.append(FormField(name: name, value: .json(try JSONCoding.makeEncoder().encode(value))))
    }
}

enum FormEncoding {
    /// `name=value&…`, percent-encoded; files and JSON values as their text.
    static func urlEncoded(_ fields: [FormField]) -> Data {
        let pairs = fields.map { field -> String in
            let text: String = switch field.value {
            case .text(let text): text
            case .json(let data): String(decoding: data, as: UTF8.self)
            case .file(let file): String(decoding: file.data, as: UTF8.self)
            }
            return PercentEncoding.encode(field.name) + "=" + PercentEncoding.encode(text)
        }
        return Data(pairs.joined(separator: "&").utf8)
    }

    /// The body, and the boundary to name in `Content-Type`.
    static func multipart(_ fields: [FormField]) -> (Data, String) {
        var boundary = "swift-openapi-client-" + UUID().uuidString
        // Astronomically unlikely, but a boundary must not occur in any part.
        while fields.contains(where: { field in
            switch field.value {
            case .file(let file): file.data.range(of: Data(boundary.utf8)) != nil
            case .json(let data): data.range(of: Data(boundary.utf8)) != nil
            case .text(let text): text.contains(boundary)
            }
        }) {
            boundary = "swift-openapi-client-" + UUID().uuidString
        }
        var body = Data()
        func line(_ text: String) { body.append(contentsOf: Array((text + "\r\n").utf8)) }
        for field in fields {
            line("--" + boundary)
            switch field.value {
            case .text(let text):
                line("Content-Disposition: form-data; name=\"\(quoted(field.name))\"")
                line("")
                body.append(contentsOf: Array(text.utf8))
            case .json(let data):
                line("Content-Disposition: form-data; name=\"\(quoted(field.name))\"")
                line("Content-Type: application/json")
                line("")
                body.append(data)
            case .file(let file):
                line("Content-Disposition: form-data; name=\"\(quoted(field.name))\"; filename=\"\(quoted(file.filename ?? field.name))\"")
                line("Content-Type: \(file.contentType.map(unbroken) ?? "application/octet-stream")")
                line("")
                body.append(file.data)
            }
            line("")
        }
        line("--" + boundary + "--")
        return (body, boundary)
    }

    /// A name or filename inside quotes, escaped as browsers do (WHATWG): `"` and line breaks percent-encoded.
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func unbroken(_ text: String) -> String {
        text.filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" }
    }
}
