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
