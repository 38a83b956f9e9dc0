/// The generated code as data: what the translator produces and the renderer prints.

/// A Swift type expression.
public indirect enum SwiftType: Hashable, Sendable, CustomStringConvertible {
    case named(String)
    case array(SwiftType)
    case dictionary(SwiftType)
    case optional(SwiftType)

    public var description: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element)]"
        case .dictionary(let value): "[String: \(value)]"
        case .optional(let wrapped): "\(wrapped)?"
        }
    }

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    public var optional: SwiftType { isOptional ? self : .optional(self) }

    public var unwrapped: SwiftType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    static let string = SwiftType.named("String")
    static let jsonValue = SwiftType.named("JSONValue")
    static let jsonObject = SwiftType.named("JSONObject")
}

/// A named type the generator declares.
public enum TypeDeclaration: Sendable {
    case structure(StructDeclaration)
    case openEnum(EnumDeclaration)
    case alias(AliasDeclaration)
    case oneOf(OneOfDeclaration)

    public var name: String {
        switch self {
        case .structure(let declaration): declaration.name
        case .openEnum(let declaration): declaration.name
        case .alias(let declaration): declaration.name
        case .oneOf(let declaration): declaration.name
        }
    }
}

/// `oneOf` / `anyOf`: an enum with one case per alternative, plus `unrecognized` for a value that
/// matches none (or names a discriminator value this version does not know).
public struct OneOfDeclaration: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var type: SwiftType
        /// The discriminator values that select this case.
        public var discriminatorValues: [String]
    }

    public var name: String
    public var documentation: String?
    public var deprecated = false
    public var cases: [Case]
    /// The property whose value picks the case; without one, the first alternative that decodes wins.
    public var discriminator: String?
    public var nestedTypes: [TypeDeclaration] = []
}

public struct StructDeclaration: Sendable {
    public var name: String
    public var documentation: String?
    public var deprecated = false
    public var properties: [PropertyDeclaration] = []
    /// Keys beyond the declared properties (`additionalProperties` beside `properties`), kept in a dictionary.
    public var additionalProperties: AdditionalProperties?
    public var nestedTypes: [TypeDeclaration] = []
    /// Set for request bodies sent as forms (multipart or URL-encoded): how each property becomes a
    /// field, in property order. The type then conforms to `FormEncodable`.
    public var formFields: [FormFieldKind]?

    public enum FormFieldKind: Sendable {
        /// Primitives, enums and arrays of them, as text.
        case text
        case file
        /// Objects and anything else, as JSON.
        case json
    }

    public struct AdditionalProperties: Sendable {
        /// The dictionary's property name (`additionalProperties`, unless a declared property has it).
        public var name: String
        public var valueType: SwiftType
    }
}

public struct PropertyDeclaration: Sendable {
    /// The Swift identifier, escaped with backticks where needed.
    public var name: String
    /// The key on the wire.
    public var wireName: String
    public var type: SwiftType
    public var documentation: String?
    public var deprecated = false
    /// Stored in a box because the type contains itself through this property.
    public var isIndirect = false
    /// Required and nullable: `nil` is sent as `null` rather than left out.
    public var encodesExplicitNull = false

    /// Stored under a private name behind a computed property: boxed or deprecated properties.
    public var hasSeparateStorage: Bool { isIndirect || deprecated }
}

/// An open enum: named cases for known values, and `unrecognized` keeping any other.
public struct EnumDeclaration: Sendable {
    public enum RawType: String, Sendable {
        case string = "String"
        case int = "Int"
    }

    public struct Case: Sendable {
        public var name: String
        /// The raw value as a Swift literal (`"cosine"`, `42`).
        public var literal: String
    }

    public var name: String
    public var documentation: String?
    public var deprecated = false
    public var rawType: RawType
    public var cases: [Case]
    /// A 3.1 `const`: the one value is the only one, so the enum is closed; a value that is not it fails
    /// to decode (which lets a one-of without a discriminator pick the right case), and no other can be encoded.
    public var isClosed = false
}

public struct AliasDeclaration: Sendable {
    public var name: String
    public var documentation: String?
    public var deprecated = false
    public var target: SwiftType
}

/// The client type with one method per operation.
public struct ClientDeclaration: Sendable {
    public var name: String
    public var documentation: String?
    public var servers: [String]
    public var apiVersion: String
    public var operations: [OperationDeclaration]
}

public struct OperationDeclaration: Sendable {
    public struct Argument: Sendable {
        /// The argument label and local name (escaped if needed).
        public var name: String
        public var type: SwiftType
        public var defaultValue: String?
        public var documentation: String?
    }

    /// A query item or header set from an argument (or a constant, for defaulted headers).
    public struct Field: Sendable {
        public var wireName: String
        /// A Swift expression: an argument name or a string literal.
        public var expression: String
    }

    public enum Security: Sendable, Hashable {
        case apiKeyHeader(String)
        case apiKeyQuery(String)
        case bearer
        case basic
    }

    public var operationId: String
    public var functionName: String
    public var documentation: String?
    public var deprecated = false
    public var method: HTTPMethod
    /// The path template with `{name}` replaced by interpolations of argument names.
    public var pathExpression: String
    public var arguments: [Argument] = []
    public var query: [Field] = []
    public var headers: [Field] = []
    public var body: Body?
    public var response: Response = .none
    /// The same operation returning its event stream, for an operation whose success response offers
    /// JSON and a stream (`text/event-stream` beside `application/json`): its name and response.
    public var streamingVariant: (functionName: String, response: Response)?
    /// Alternatives; the first one whose credentials are configured is used.
    public var security: [[Security]] = []
    /// Set for list operations that page with a token: they also get an `AsyncSequence` form.
    public var pagination: Pagination?

    public struct Body: Sendable {
        public enum Encoding: Sendable {
            case json
            /// `application/x-ndjson`: the argument is an array, one element per line.
            case jsonLines
            case multipart
            case urlEncodedForm
            /// Bytes or text sent as they are.
            case raw
        }

        public var argument: String
        public var contentType: String
        public var isOptional: Bool
        public var encoding: Encoding
    }

    /// What a 2xx response gives the caller.
    public enum Response: Sendable {
        case none
        case json(SwiftType)
        /// The body's bytes, for media types with no structure the generator knows.
        case data(contentType: String)
        /// `text/event-stream`: events whose data decodes as the type.
        case serverSentEvents(SwiftType)
        /// `application/x-ndjson`: one value of the type per line.
        case jsonLines(SwiftType)

        public var returnType: SwiftType? {
            switch self {
            case .none: nil
            case .json(let type): type
            case .data: .named("Data")
            case .serverSentEvents(let type): .named("ServerSentEventStream<\(type)>")
            case .jsonLines(let type): .named("JSONLinesStream<\(type)>")
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
        /// `page.data` and whether it is optional.
        public var itemsProperty: String
        public var itemsAreOptional: Bool
        /// `page.pagination?.next`: the chain to the next token.
        public var nextTokenPath: String
    }
}

/// Everything the renderer prints for one spec.
public struct GeneratedModule: Sendable {
    public var types: [TypeDeclaration]
    public var client: ClientDeclaration
    /// Types of operation parameters, bodies and responses, by location (for the example check).
    var siteTypes: [String: SwiftType] = [:]
}
