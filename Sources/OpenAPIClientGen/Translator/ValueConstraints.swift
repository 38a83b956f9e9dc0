/// The spec's constraints on one value a request sends, as data: the translator reads them from a
/// schema, the renderer writes them as the runtime's `Constraints`.
public struct ValueConstraints: Hashable, Sendable {
    public var minimum: Double?
    public var maximum: Double?
    /// 3.0's boolean form and 3.1's numeric form both end up here, as the bound itself.
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    /// In an array so that the struct can hold constraints of its own type.
    private var itemStorage: [ValueConstraints] = []

    public init(
        minimum: Double? = nil, maximum: Double? = nil, exclusiveMinimum: Double? = nil, exclusiveMaximum: Double? = nil,
        multipleOf: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil,
        minItems: Int? = nil, maxItems: Int? = nil, items: ValueConstraints? = nil
    ) {
        (self.minimum, self.maximum, self.exclusiveMinimum, self.exclusiveMaximum) = (minimum, maximum, exclusiveMinimum, exclusiveMaximum)
        (self.multipleOf, self.minLength, self.maxLength, self.pattern) = (multipleOf, minLength, maxLength, pattern)
        (self.minItems, self.maxItems) = (minItems, maxItems)
        self.items = items
    }

    /// What each element of an array (or value of a map) must satisfy.
    public var items: ValueConstraints? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }

    /// Nothing on the value itself: used for a struct whose properties are checked.
    public static let none = ValueConstraints()

    public var isEmpty: Bool { self == .none }
}
