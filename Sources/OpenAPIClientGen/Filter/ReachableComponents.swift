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
