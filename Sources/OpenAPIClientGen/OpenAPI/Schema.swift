/// A JSON Schema object as OpenAPI 3.0 defines it, with the JSON Schema 2020-12 keywords of 3.1 that
/// shape Swift types.
public struct Schema: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case string, integer, number, boolean, array, object
    }

    public enum AdditionalProperties: Sendable {
        case allowed(Bool)
        case schema(SchemaOrReference)
    }

    public struct Discriminator: Sendable {
        public var propertyName: String
        /// Discriminator value → schema pointer, in spec order.
        public var mapping: [(value: String, reference: Reference)]
    }

    public var mark: Mark
    public var type: Kind?
    public var format: String?
    public var title: String?
    public var description: String?
    public var properties = OrderedMap<SchemaOrReference>()
    public var required: [(name: String, mark: Mark)] = []
    public var items: SchemaOrReference?
    /// `enum`, or Pinecone's `x-enum` (documented values that are not enforced).
    public var enumValues: [JSONValue]?
    public var enumIsExtension = false
    public var nullable = false
    public var deprecated = false
    public var readOnly = false
    public var writeOnly = false
    public var defaultValue: JSONValue?
    public var example: Example?
    /// 3.1: `examples`, a list of values.
    public var examples: [Example] = []
    /// 3.1: `const`, the one value allowed.
    public var constValue: JSONValue?
    /// 3.1: `contentEncoding` (`base64` makes a string `Data`) and `contentMediaType`, documented.
    public var contentEncoding: String?
    public var contentMediaType: String?
    /// 3.1: the schema of a string's decoded content (an event's JSON `data`).
    public var contentSchema: SchemaOrReference?
    public var additionalProperties: AdditionalProperties?
    public var allOf: [SchemaOrReference] = []
    public var oneOf: [SchemaOrReference] = []
    public var anyOf: [SchemaOrReference] = []
    public var not: SchemaOrReference?
    public var discriminator: Discriminator?
    public var bounds = Bounds()

    public init(mark: Mark) {
        self.mark = mark
    }

    /// The one `allOf` member this schema only wraps (no properties, no other type): the schema is an
    /// alias of that member. Such wrappers are how specs add a description beside a `$ref`.
    public var wrappedAllOfMember: SchemaOrReference? {
        guard allOf.count == 1, properties.isEmpty, type == nil || type == .object else { return nil }
        return allOf[0]
    }

    public func isRequired(_ property: String) -> Bool {
        required.contains { $0.name == property }
    }

    /// Numeric, string, array and object bounds: generated clients check them on what they send.
    public struct Bounds: Sendable {
        public var minimum: Double?
        public var maximum: Double?
        public var exclusiveMinimum = false
        public var exclusiveMaximum = false
        /// 3.1: the numeric `exclusiveMinimum` / `exclusiveMaximum`.
        public var exclusiveMinimumValue: Double?
        public var exclusiveMaximumValue: Double?
        public var multipleOf: Double?
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: String?
        /// Where `pattern` is, for a warning when it cannot be checked.
        public var patternMark: Mark?
        public var minItems: Int?
        public var maxItems: Int?
        public var uniqueItems = false
        public var minProperties: Int?
        public var maxProperties: Int?
    }
}

/// A schema written in place, or a `$ref` to one in `#/components/schemas`.
public indirect enum SchemaOrReference: Sendable {
    case reference(Reference)
    case schema(Schema)

    public var mark: Mark {
        switch self {
        case .reference(let reference): reference.mark
        case .schema(let schema): schema.mark
        }
    }
}
