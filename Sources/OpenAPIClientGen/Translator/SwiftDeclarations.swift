/// The generated code as data: what the translator produces and the renderer prints.

/// A Swift type as a tree: the renderer spells it (see `SwiftRenderer+TypeNames.swift`).
public indirect enum SwiftType: Hashable, Sendable {
    case named(String)
    case array(SwiftType)
    case dictionary(SwiftType)
    case optional(SwiftType)
    /// One of the runtime's generic types around a type: `Nullable<T>`, `Indirect<T>`, a stream.
    case generic(GenericWrapper, SwiftType)

    /// The runtime's generic types that generated code wraps other types in.
    public enum GenericWrapper: String, Hashable, Sendable {
        /// Absent, `null` or a value (an optional nullable property).
        case nullable = "Nullable"
        /// A box for a property through which a struct contains itself.
        case indirect = "Indirect"
        case serverSentEvents = "ServerSentEventStream"
        case jsonLines = "JSONLinesStream"
        case pageSequence = "PageSequence"
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
    /// The cases whose value checks constraints before it is sent (a struct with constrained properties);
    /// set by the planner for enums that requests send. Empty: the enum checks nothing.
    public var checkedCases: [String] = []
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
    /// `false` for a form body declared inline for one operation: it is only ever sent as a form, so it has no
    /// `Codable` conformance to compile (Twilio's api_v2010 has 62 such types, a sixteenth of its code).
    public var isCodable = true
    /// Some property (or one of its properties) carries constraints: the type checks them before it is sent.
    public var checksConstraints: Bool { properties.contains { $0.constraints != nil } }

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
    /// What a request checks on this property before sending: the spec's constraints, or `.none` to
    /// pass the check on to a struct with constrained properties; `nil` checks nothing.
    @_spi(Generated) public var constraints: Constraints?

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
        /// The raw value as the spec writes it (`cosine`, `42`); ``rawType`` says which kind of literal it is.
        public var rawValue: String
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

/// Everything the renderer prints for one spec.
public struct GeneratedModule: Sendable {
    public var types: [TypeDeclaration]
    public var client: ClientDeclaration
    /// Types of operation parameters, bodies and responses, by location (for the example check).
    var siteTypes: [String: SwiftType] = [:]
}
