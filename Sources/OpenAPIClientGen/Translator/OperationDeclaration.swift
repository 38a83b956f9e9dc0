/// The client type with one method per operation.
public struct ClientDeclaration: Sendable {
    public var name: String
    public var documentation: String?
    public var servers: [String]
    public var apiVersion: String
    public var operations: [OperationDeclaration]
}

/// A value the spec states, as data; the renderer writes it as a Swift literal.
public enum ConstantValue: Hashable, Sendable {
    case none
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
}

/// A media type as the spec names it, with what the generator makes of it. The renderer writes
/// the name (`Content-Type`, `Accept`) as it is, so the runtime sends what the spec says.
public struct ContentType: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case json
        /// One JSON value per line: `application/jsonl`, `application/x-ndjson`, `application/x-jsonlines`.
        case jsonLines
        /// `application/json-seq` (RFC 7464): read as JSON lines, record separators dropped.
        case jsonTextSequence
        case serverSentEvents
        case multipart
        case urlEncodedForm
        /// Bytes or text with no structure the generator knows.
        case other
    }

    /// As written in the spec: `application/json; charset=utf-8`.
    public var name: String

    public init(_ name: String) {
        self.name = name
    }

    /// `application/json; charset=utf-8` → `application/json`.
    public var base: String {
        name.split(separator: ";").first.map { $0.trimmingCharacters(in: " ") }?.lowercased() ?? ""
    }

    public var kind: Kind {
        // The common case without taking the name apart: the translator asks for every media type.
        if name == "application/json" { return .json }
        let base = base
        switch base {
        case "application/json", "*/*": return .json
        case "application/x-ndjson", "application/jsonl", "application/x-jsonlines": return .jsonLines
        case "application/json-seq": return .jsonTextSequence
        case "text/event-stream": return .serverSentEvents
        case "multipart/form-data": return .multipart
        case "application/x-www-form-urlencoded": return .urlEncodedForm
        default: return base.hasSuffix("+json") ? .json : .other
        }
    }
}

public struct OperationDeclaration: Sendable {
    public struct Argument: Sendable {
        /// The argument label and local name (escaped if needed).
        public var name: String
        public var type: SwiftType
        public var defaultValue: ConstantValue?
        public var documentation: String?
        /// The spec's constraints, checked before the request is sent; `nil` checks nothing.
        @_spi(Generated) public var constraints: Constraints?
        /// What a failed check calls it: the parameter's name in the spec, or `body`.
        public var wireName: String
    }

    /// A path template as data: `/backups/{backup_id}` is a literal, then an argument.
    public enum PathComponent: Hashable, Sendable {
        case literal(String)
        /// The argument whose value fills the template variable, percent-encoded as one segment.
        case argument(String)
    }

    /// A query item or header: from an argument, or a constant the caller is not asked for.
    public struct Field: Sendable {
        public enum Value: Sendable {
            case argument(String)
            case constant(ConstantValue)
        }

        public var wireName: String
        public var value: Value
    }

    public enum Security: Sendable, Hashable {
        case apiKeyHeader(String)
        case apiKeyQuery(String)
        case bearer
        case basic
    }

    /// A non-2xx response the spec documents, for the method's documentation.
    public struct DocumentedError: Sendable, Hashable {
        /// `404`, `4XX` or `default`.
        public var status: String
        public var description: String
    }

    public var operationId: String
    public var functionName: String
    public var documentation: String?
    public var deprecated = false
    public var method: HTTPMethod
    public var path: [PathComponent] = []
    public var arguments: [Argument] = []
    public var query: [Field] = []
    public var headers: [Field] = []
    public var body: Body?
    public var response: Response = .none
    /// The same operation returning its stream, for an operation whose success response offers JSON
    /// and a stream (`text/event-stream` beside `application/json`): a method of its own, declared by
    /// the translator like any other (stored in an array, since a struct cannot hold itself).
    public var streamingVariant: OperationDeclaration? {
        get { variantStorage.first }
        set { variantStorage = newValue.map { [$0] } ?? [] }
    }
    var variantStorage: [OperationDeclaration] = []
    /// Alternatives; the first one whose credentials are configured is used.
    public var security: [[Security]] = []
    /// Set for list operations that page with a token: they also get an `AsyncSequence` form.
    public var pagination: Pagination?
    /// The error responses the spec documents, in status order.
    public var errors: [DocumentedError] = []

    public struct Body: Sendable {
        public enum Encoding: Sendable {
            case json
            /// JSON lines: the argument is an array, one element per line.
            case jsonLines
            case multipart
            case urlEncodedForm
            /// Bytes or text sent as they are.
            case raw
        }

        public var argument: String
        public var contentType: ContentType
        public var isOptional: Bool
        public var encoding: Encoding
    }

    /// What a 2xx response gives the caller.
    public enum Response: Sendable {
        case none
        case json(SwiftType)
        /// The body's bytes, for media types with no structure the generator knows.
        case data(ContentType)
        /// `text/event-stream`: events whose data decodes as the type.
        case serverSentEvents(SwiftType)
        /// One value of the type per line, asked for with the spec's media type.
        case jsonLines(SwiftType, ContentType)

        public var returnType: SwiftType? {
            switch self {
            case .none: nil
            case .json(let type): type
            case .data: .named("Data")
            case .serverSentEvents(let type): .generic(.serverSentEvents, type)
            case .jsonLines(let type, _): .generic(.jsonLines, type)
            }
        }
    }

    public var returnType: SwiftType? { response.returnType }

    /// How a token-paged list operation maps onto ``OperationDeclaration`` arguments and response.
    public struct Pagination: Sendable {
        /// The sequence method's name (`listIndexBackups` → `allIndexBackups`).
        public var sequenceName: String
        public var elementType: SwiftType
        /// The argument that carries the page token (left out of the sequence method).
        public var tokenArgument: String
        /// The page's items property, and whether it may be absent (or `null`).
        public var items: PropertyStep
        /// The properties from the page to the next token: `pagination`, then `next`.
        public var nextToken: [PropertyStep]
    }

    /// One property on a path through a response.
    public struct PropertyStep: Hashable, Sendable {
        public var name: String
        /// How the property may be missing: never, absent (`T?`), or absent or `null` (`Nullable<T>?`).
        public var presence: Presence

        public enum Presence: Hashable, Sendable {
            case always, optional, optionalNullable
        }
    }
}
