/// An OpenAPI 3.0, 3.1 or 3.2 document, as read from the spec; references are kept, not inlined.
public struct OpenAPIDocument: Sendable {
    public var openapi: String
    /// Decides how the document was read: 3.1 and 3.2 schemas are JSON Schema 2020-12.
    public var version: SpecVersion = .v3_0
    public var info: Info
    public var servers: [Server] = []
    public var paths: [PathItem] = []
    public var components = Components()
    /// The document-wide security requirement; operations may override it.
    public var security: [SecurityRequirement] = []
    /// The file the document was read from, for diagnostics.
    public var file: String
    /// The other files its `$ref`s name, in the order they were read: ``Mark/file`` 1, 2, ….
    public var referencedFiles: [String] = []

    /// Every file of the spec by ``Mark/file`` index: the root, then the files it references.
    public var sourceFiles: [String] { [file] + referencedFiles }

    /// Every operation, in the order the spec lists them.
    public var operations: [Operation] { paths.flatMap(\.operations) }
}

public struct Info: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    /// 3.1: a one-line summary.
    public var summary: String?
    /// 3.1: the license's SPDX `identifier`, or else its name.
    public var license: String?
}

/// The OpenAPI minor version a document is read as.
public enum SpecVersion: Int, Comparable, Sendable {
    case v3_0 = 0, v3_1, v3_2

    public static func < (lhs: SpecVersion, rhs: SpecVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}

public struct Server: Sendable {
    public var url: String
    public var description: String?
}

/// `#/components/...` pointer, with where it was written.
public struct Reference: Hashable, Sendable {
    public let pointer: String
    public var mark: Mark
    /// The last segment of the pointer, unescaped: `#/components/schemas/Foo` → `Foo`. A pointer into
    /// a component's `$defs` names the definition by its path, `Foo/$defs/Bar`, under which the parser
    /// files it among the schemas. Worked out once: every stage looks references up by it.
    public let name: String
    /// 3.1: the `description` and `summary` written beside the `$ref`, which override the target's.
    public var description: String?
    public var summary: String?

    public init(pointer: String, mark: Mark, description: String? = nil, summary: String? = nil) {
        self.pointer = pointer
        self.mark = mark
        self.description = description
        self.summary = summary
        name = Self.name(of: pointer)
    }

    private static func name(of pointer: String) -> String {
        // Segment comparison, not `String.contains`, which is a hundred times slower and runs for every `$ref`.
        let segments = pointer.splitting(atASCII: UInt8(ascii: "/"))
        if segments.count > 5, segments[4] == "$defs", pointer.hasPrefix(schemasPrefix) {
            return segments.dropFirst(3).map { String($0).removingPercentEncodingIfPossible.unescapingJSONPointer }.joined(separator: "/")
        }
        let last = segments.last(where: { !$0.isEmpty }).map(String.init) ?? pointer
        return last.removingPercentEncodingIfPossible.unescapingJSONPointer
    }

    static let schemasPrefix = "#/components/schemas/"
}

/// Either a `$ref` or the object itself.
public enum Referenceable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)
}

public struct Components: Sendable {
    /// Component schemas, then (3.1) the `$defs` of each, filed as `Name/$defs/Def`.
    public var schemas = OrderedMap<SchemaOrReference>()
    public var parameters = OrderedMap<Referenceable<Parameter>>()
    public var responses = OrderedMap<Referenceable<Response>>()
    public var requestBodies = OrderedMap<Referenceable<RequestBody>>()
    public var headers = OrderedMap<Referenceable<Header>>()
    public var securitySchemes = OrderedMap<Referenceable<SecurityScheme>>()
}

public struct PathItem: Sendable {
    public var path: String
    public var mark: Mark
    public var operations: [Operation] = []
}

/// An operation's method: a fixed field of the path item (`get`, 3.2's `query`), or a method named in
/// 3.2's `additionalOperations` (`LINK`), kept as written.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable {
    public var rawValue: String
    /// Named in `additionalOperations`: sent as written, since the runtime has no case for it.
    public var isAdditional = false

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(additional name: String) {
        rawValue = name
        isAdditional = true
    }

    public static let get = HTTPMethod(rawValue: "get"), put = HTTPMethod(rawValue: "put")
    public static let post = HTTPMethod(rawValue: "post"), delete = HTTPMethod(rawValue: "delete")
    public static let options = HTTPMethod(rawValue: "options"), head = HTTPMethod(rawValue: "head")
    public static let patch = HTTPMethod(rawValue: "patch"), trace = HTTPMethod(rawValue: "trace")
    /// 3.2: a safe, idempotent request that carries its query in the body.
    public static let query = HTTPMethod(rawValue: "query")

    /// The path item's method fields in 3.0 and 3.1, in the order operations are listed.
    public static let allCases: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace]

    static func fixedFields(_ version: SpecVersion) -> [HTTPMethod] {
        version >= .v3_2 ? allCases + [.query] : allCases
    }
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var mark: Mark
    public var operationId: String?
    public var summary: String?
    public var description: String?
    public var tags: [String] = []
    public var deprecated = false
    /// Path-level parameters merged with the operation's own (the operation's win).
    public var parameters: [Referenceable<Parameter>] = []
    public var requestBody: Referenceable<RequestBody>?
    /// By status code (`200`, `4XX`) or `default`, in spec order.
    public var responses = OrderedMap<Referenceable<Response>>()
    /// `nil` when the operation inherits the document's requirement.
    public var security: [SecurityRequirement]?
}

public enum ParameterLocation: String, Sendable {
    case path, query, header, cookie
}

public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var mark: Mark
    public var description: String?
    public var required = false
    public var deprecated = false
    public var schema: SchemaOrReference?
    /// The media type when the parameter uses `content` instead of `schema`.
    public var contentType: String?
    public var style: String?
    public var explode: Bool?
    public var example: Example?
    public var examples = OrderedMap<Example>()
    /// Named examples given only by `externalValue` or `$ref`, which are not read.
    public var unreadExamples: [String] = []
}

public struct RequestBody: Sendable {
    public var mark: Mark
    public var description: String?
    public var required = false
    public var content = OrderedMap<MediaType>()
}

public struct MediaType: Sendable {
    public var mark: Mark
    public var schema: SchemaOrReference?
    /// 3.2: the schema of each item of a sequential media type (event streams, JSON lines, JSON text sequences).
    public var itemSchema: SchemaOrReference?
    public var example: Example?
    /// Named examples, by their `value`.
    public var examples = OrderedMap<Example>()
    /// Named examples given only by `externalValue` or `$ref`, which are not read.
    public var unreadExamples: [String] = []
}

public struct Response: Sendable {
    public var mark: Mark
    public var description: String
    public var content = OrderedMap<MediaType>()
    public var headers = OrderedMap<Referenceable<Header>>()
    /// Where the response leads (`links`): documentation for the operation, never followed by the client.
    public var links: [ResponseLink] = []
}

/// A Link Object of a response, by its name: the operation it leads to, by `operationId` or `operationRef`.
public struct ResponseLink: Sendable {
    public var name: String
    public var operationId: String?
    public var operationRef: String?
    public var description: String?
}

public struct Header: Sendable {
    public var mark: Mark
    public var description: String?
    public var required = false
    public var schema: SchemaOrReference?
}

public struct SecurityScheme: Sendable {
    public enum Kind: Sendable, Equatable {
        case apiKey(name: String, location: ParameterLocation)
        case http(scheme: String, bearerFormat: String?)
        case oauth2
        case openIdConnect(url: String)
        /// 3.1: a client certificate, which the transport's TLS settings supply.
        case mutualTLS
    }

    public var kind: Kind
    public var description: String?
    public var mark: Mark
}

/// One alternative of a security requirement: scheme names and their scopes, all needed together.
public struct SecurityRequirement: Sendable {
    public var schemes: [(name: String, scopes: [String], mark: Mark)]
}

extension String {
    /// JSON pointer escapes: `~1` is `/`, `~0` is `~` (RFC 6901).
    var unescapingJSONPointer: String {
        guard contains("~") else { return self }
        var result = ""
        var iterator = makeIterator()
        while let character = iterator.next() {
            guard character == "~" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "1": result.append("/")
            case "0": result.append("~")
            case let other?: result.append("~"); result.append(other)
            case nil: result.append("~")
            }
        }
        return result
    }

    /// `%XX` escapes decoded; a `%` not followed by two hex digits stays as written (`50%.yaml`).
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        let source = Array(utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
               let high = Self.hexDigit(source[index + 1]), let low = Self.hexDigit(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// An `example` value as written. Kept as YAML and turned into JSON only when asked: generation never
/// needs examples, and converting every one of them was an eighth of the generator's work.
public struct Example: Sendable {
    public var node: YAMLNode

    public init(_ node: YAMLNode) {
        self.node = node
    }

    public var value: JSONValue { JSONValue(node) }
}
