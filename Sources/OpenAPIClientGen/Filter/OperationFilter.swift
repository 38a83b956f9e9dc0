/// A document-level stage for giant specs: keeps the operations that match any of the criteria, and only
/// the components those operations reach, transitively, so that nothing else is generated.
public struct OperationFilter: Sendable, Equatable {
    /// Operations with any of these tags.
    public var tags: [String]
    /// Operations with any of these `operationId`s.
    public var operationIDs: [String]
    /// Operations whose path starts with any of these (`/v2/droplets` keeps `/v2/droplets/{id}` too).
    public var pathPrefixes: [String]

    public init(tags: [String] = [], operationIDs: [String] = [], pathPrefixes: [String] = []) {
        self.tags = tags
        self.operationIDs = operationIDs
        self.pathPrefixes = pathPrefixes
    }

    /// No criteria: everything is kept.
    public var isEmpty: Bool { tags.isEmpty && operationIDs.isEmpty && pathPrefixes.isEmpty }

    /// The document with only the matching operations and what they reach. Each criterion that matches no
    /// operation is an error, which lists what the spec has (its tags, for a tag).
    public func apply(to document: OpenAPIDocument) throws(DiagnosticError) -> OpenAPIDocument {
        guard !isEmpty else { return document }
        let original = document.operations
        var document = document
        var matchedTags: Set<String> = [], matchedIDs: Set<String> = [], matchedPrefixes: Set<String> = []
        for index in document.paths.indices {
            document.paths[index].operations.removeAll { operation in
                let tags = self.tags.filter(operation.tags.contains)
                let ids = operation.operationId.map { id in operationIDs.filter { $0 == id } } ?? []
                let prefixes = pathPrefixes.filter { operation.path.hasPrefix($0) }
                matchedTags.formUnion(tags)
                matchedIDs.formUnion(ids)
                matchedPrefixes.formUnion(prefixes)
                return tags.isEmpty && ids.isEmpty && prefixes.isEmpty
            }
        }
        document.paths.removeAll { $0.operations.isEmpty }
        try checkEveryCriterionMatched(document: document, original: original, matchedTags, matchedIDs, matchedPrefixes)
        document.components = ReachableComponents(document.components).keeping(document.operations)
        return document
    }

    private func checkEveryCriterionMatched(
        document: OpenAPIDocument, original: [Operation], _ tags: Set<String>, _ ids: Set<String>, _ prefixes: Set<String>
    ) throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        func fail(_ message: String) { diagnostics.append(Diagnostic(.error, message, file: document.file)) }
        var specTags: [String] = []
        for operation in original { for tag in operation.tags where !specTags.contains(tag) { specTags.append(tag) } }
        let tagList = specTags.isEmpty ? "it has no tags" : "its tags are: " + specTags.joined(separator: ", ")
        for tag in self.tags where !tags.contains(tag) {
            fail("the filter's tag '\(tag)' matches no operation of the spec; \(tagList)")
        }
        for id in operationIDs where !ids.contains(id) {
            fail("the filter's operation '\(id)' matches no operationId of the spec; \(tagList)")
        }
        for prefix in pathPrefixes where !prefixes.contains(prefix) {
            fail("the filter's path prefix '\(prefix)' matches no path of the spec; \(tagList)")
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }
}

/// The components a set of operations reaches through `$ref`s, followed transitively: the rest is dropped.
struct ReachableComponents {
    let components: Components
    private var schemas: Set<String> = []
    private var parameters: Set<String> = []
    private var responses: Set<String> = []
    private var requestBodies: Set<String> = []
    private var headers: Set<String> = []
    private var pending: [SchemaOrReference] = []

    init(_ components: Components) {
        self.components = components
    }

    /// The components, keeping those `operations` reach (security schemes are all kept).
    func keeping(_ operations: [Operation]) -> Components {
        var walker = self
        for operation in operations { walker.visit(operation) }
        walker.drain()
        var kept = components
        kept.schemas = components.schemas.filtered(walker.schemas)
        kept.parameters = components.parameters.filtered(walker.parameters)
        kept.responses = components.responses.filtered(walker.responses)
        kept.requestBodies = components.requestBodies.filtered(walker.requestBodies)
        kept.headers = components.headers.filtered(walker.headers)
        return kept
    }

    private mutating func visit(_ operation: Operation) {
        for parameter in operation.parameters {
            if let parameter = follow(parameter, in: components.parameters, into: &parameters) { pending.append(contentsOf: parameter.schema.map { [$0] } ?? []) }
        }
        if let item = operation.requestBody, let body = follow(item, in: components.requestBodies, into: &requestBodies) {
            visit(body.content)
        }
        for (_, item) in operation.responses {
            guard let response = follow(item, in: components.responses, into: &responses) else { continue }
            visit(response.content)
            for (_, header) in response.headers {
                if let header = follow(header, in: components.headers, into: &headers), let schema = header.schema { pending.append(schema) }
            }
        }
    }

    private mutating func visit(_ content: OrderedMap<MediaType>) {
        for (_, media) in content {
            if let schema = media.schema { pending.append(schema) }
            if let schema = media.itemSchema { pending.append(schema) }
        }
    }

    /// The object an item is or names, following chains of component `$ref`s, each name noted as reached.
    private func follow<T>(_ item: Referenceable<T>, in map: OrderedMap<Referenceable<T>>, into reached: inout Set<String>) -> T? {
        var current = item
        for _ in 0..<32 {
            switch current {
            case .value(let value): return value
            case .reference(let reference):
                reached.insert(reference.name)
                guard let next = map[reference.name] else { return nil }
                current = next
            }
        }
        return nil
    }

    /// Every schema reached from the pending ones, each component schema once.
    private mutating func drain() {
        while let next = pending.popLast() {
            switch next {
            case .reference(let reference):
                guard schemas.insert(reference.name).inserted, let target = components.schemas[reference.name] else { continue }
                pending.append(target)
            case .schema(let schema):
                pending.append(contentsOf: Array(schema.properties.values))
                pending.append(contentsOf: [schema.items, schema.not, schema.contentSchema].compactMap { $0 })
                if case .schema(let values)? = schema.additionalProperties { pending.append(values) }
                pending.append(contentsOf: schema.allOf + schema.oneOf + schema.anyOf)
                pending.append(contentsOf: (schema.discriminator?.mapping ?? []).map { .reference($0.reference) })
            }
        }
    }
}

extension OrderedMap {
    /// The entries whose keys are in `keys`, in order.
    func filtered(_ keys: Set<String>) -> OrderedMap {
        var result = OrderedMap()
        for (key, value) in self where keys.contains(key) { result[key] = value }
        return result
    }
}
