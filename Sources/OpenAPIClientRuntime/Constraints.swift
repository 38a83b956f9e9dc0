/// The constraints a spec states on one value a request sends: bounds, lengths, a pattern, item
/// counts. The generator reads them from the spec into this type and writes them into the generated
/// code, which checks values against them at run time: one value, shared by both sides (the generator
/// compiles this same file, linked from `Sources/OpenAPIClientGen/Translator/`, since it may not
/// depend on the runtime). An empty one checks nothing on the value itself (a struct whose properties
/// are checked).
@_spi(Generated)
public struct Constraints: Hashable, Sendable {
    public var minimum: Double?
    public var maximum: Double?
    /// The exclusive bounds themselves: 3.0's boolean form and 3.1's numeric form both end up here.
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?
    /// Counted in Unicode scalars, as JSON Schema counts characters.
    public var minLength: Int?
    public var maxLength: Int?
    /// A regular expression that must match somewhere in the string (JSON Schema does not anchor it).
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    /// Stored in an array so that the struct can hold constraints of its own type.
    private var itemStorage: [Constraints]

    public init(
        minimum: Double? = nil, maximum: Double? = nil, exclusiveMinimum: Double? = nil, exclusiveMaximum: Double? = nil,
        multipleOf: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil,
        minItems: Int? = nil, maxItems: Int? = nil, items: Constraints? = nil
    ) {
        (self.minimum, self.maximum, self.exclusiveMinimum, self.exclusiveMaximum) = (minimum, maximum, exclusiveMinimum, exclusiveMaximum)
        (self.multipleOf, self.minLength, self.maxLength, self.pattern) = (multipleOf, minLength, maxLength, pattern)
        (self.minItems, self.maxItems) = (minItems, maxItems)
        itemStorage = items.map { [$0] } ?? []
    }

    /// What each element of an array (or value of a map) must satisfy.
    public var items: Constraints? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }

    /// Nothing to check on the value itself.
    public static let none = Constraints()

    public var isEmpty: Bool { self == .none }
}
