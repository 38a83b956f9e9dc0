/// What the place a schema's type is needed for decides about that type, handed down explicitly to
/// ``TypeTranslator/type(for:suggestedName:nested:context:)`` rather than kept as a mode on the translator.
struct TypeContext: Sendable, Equatable {
    /// Whether an inline enum, object or `oneOf` here becomes a declaration named after the place. Not for
    /// an alias's own target (`typealias A = …` cannot be the type it names), where an inline `oneOf` is
    /// `JSONValue`; its items and values are declared beside the alias.
    var declaresInlineTypes = true
    /// A field of a form body (multipart, URL-encoded), where `format: binary` is a ``MultipartFile`` (a
    /// file part) rather than `Data`.
    var isFormField = false

    /// A property, parameter, body or response.
    static let value = TypeContext()
    /// The target of a type alias.
    static let aliasTarget = TypeContext(declaresInlineTypes: false)

    /// A property of a struct, sent as a form field when the struct is a form body.
    static func property(inForm isForm: Bool) -> TypeContext {
        TypeContext(isFormField: isForm)
    }

    /// Beneath this place (array items, map values, a lone `allOf` member): inline types are declared again.
    var beneath: TypeContext {
        TypeContext(isFormField: isFormField)
    }
}
