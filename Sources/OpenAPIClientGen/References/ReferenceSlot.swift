/// Where a node stands in an OpenAPI document, which decides what a `$ref` there names and what the
/// keys under it hold. Only the places that can hold a `$ref` the later stages read are walked:
/// examples' values, extensions (`x-…`), links and callbacks are left as written.
enum ReferenceSlot: Hashable, Sendable {
    case document, components, pathItem, operation, parameter, header, requestBody, response
    case mediaType, encoding, schema, discriminator, example, securityScheme

    /// What a child key holds: one node of a slot, or a map or list of them.
    enum Child: Sendable {
        case one(ReferenceSlot)
        case map(ReferenceSlot)
        case list(ReferenceSlot)
    }

    /// The `components` map a `$ref` in this slot is filed under, when the target is not already a
    /// component; `nil` where the target is read in place instead (path items and operations, which
    /// have no component of their own in 3.0, and examples, which carry no type).
    var componentKind: String? {
        switch self {
        case .schema: "schemas"
        case .parameter: "parameters"
        case .header: "headers"
        case .requestBody: "requestBodies"
        case .response: "responses"
        case .securityScheme: "securitySchemes"
        default: nil
        }
    }

    /// Whether a `$ref` may stand here (in the spec, or where real specs put one).
    var takesReference: Bool {
        switch self {
        case .document, .components, .mediaType, .encoding, .discriminator: false
        default: true
        }
    }

    var children: [String: Child] { Self.table[self] ?? [:] }

    private static let content = Child.map(.mediaType)
    private static let table: [ReferenceSlot: [String: Child]] = {
        let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"]
        var pathItem: [String: Child] = ["parameters": .list(.parameter), "additionalOperations": .map(.operation)]
        for method in methods { pathItem[method] = .one(.operation) }
        let parameterLike: [String: Child] = ["schema": .one(.schema), "content": content, "examples": .map(.example)]
        var schema: [String: Child] = ["properties": .map(.schema), "patternProperties": .map(.schema), "$defs": .map(.schema),
                                       "definitions": .map(.schema), "dependentSchemas": .map(.schema), "discriminator": .one(.discriminator)]
        for key in ["items", "additionalProperties", "not", "contentSchema", "if", "then", "else", "propertyNames",
                    "unevaluatedItems", "unevaluatedProperties", "contains", "additionalItems"] { schema[key] = .one(.schema) }
        for key in ["allOf", "oneOf", "anyOf", "prefixItems"] { schema[key] = .list(.schema) }
        return [
            .document: ["paths": .map(.pathItem), "webhooks": .map(.pathItem), "components": .one(.components)],
            .components: [
                "schemas": .map(.schema), "parameters": .map(.parameter), "responses": .map(.response),
                "requestBodies": .map(.requestBody), "headers": .map(.header), "securitySchemes": .map(.securityScheme),
                "examples": .map(.example), "pathItems": .map(.pathItem),
            ],
            .pathItem: pathItem,
            .operation: ["parameters": .list(.parameter), "requestBody": .one(.requestBody), "responses": .map(.response)],
            .parameter: parameterLike,
            .header: parameterLike,
            .requestBody: ["content": content],
            .response: ["headers": .map(.header), "content": content],
            .mediaType: ["schema": .one(.schema), "itemSchema": .one(.schema), "examples": .map(.example), "encoding": .map(.encoding)],
            .encoding: ["headers": .map(.header)],
            .schema: schema,
        ]
    }()
}
