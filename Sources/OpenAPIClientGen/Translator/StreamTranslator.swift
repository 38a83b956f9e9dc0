/// Streamed responses: event streams and JSON lines, typed by the media type's `schema` (as 3.0 specs
/// write them) or by 3.2's `itemSchema`, which describes each item.
extension TypeTranslator {
    /// The stream a success response's media type gives, or `nil` when it is not a stream.
    mutating func streamResponse(
        _ contentType: ContentType, _ media: MediaType, typePrefix: String, types: inout [TypeDeclaration],
        diagnostics: inout DiagnosticCollector
    ) -> OperationDeclaration.Response? {
        if let items = media.itemSchema {
            switch contentType.kind {
            case .serverSentEvents:
                return .serverSentEvents(eventPayload(items, typePrefix: typePrefix, types: &types, diagnostics: &diagnostics))
            case .jsonLines, .jsonTextSequence:
                // The runtime's line reader drops JSON text sequences' record separators.
                let element = type(forNamed: items, name: typePrefix + "ResponseItem", types: &types, diagnostics: &diagnostics)
                return .jsonLines(element, contentType)
            default:
                return nil
            }
        }
        switch contentType.kind {
        case .serverSentEvents:
            let payload = media.schema.map {
                self.type(forNamed: $0, name: typePrefix + "Event", types: &types, diagnostics: &diagnostics)
            } ?? .jsonValue
            return .serverSentEvents(payload)
        case .jsonLines:
            let element = media.schema.map { schema -> SwiftType in
                if case .schema(let inline) = schema, inline.type == .array, let items = inline.items {
                    return self.type(forNamed: items, name: typePrefix + "ResponseItem", types: &types, diagnostics: &diagnostics)
                }
                return self.type(forNamed: schema, name: typePrefix + "ResponseItem", types: &types, diagnostics: &diagnostics)
            } ?? .jsonValue
            return .jsonLines(element, contentType)
        default:
            return nil
        }
    }

    /// What an event's `data` decodes as. 3.2 describes the whole event (`event`, `data`, `id`,
    /// `retry`); its `data` is JSON whose schema is the `contentSchema`, or the property's own schema.
    /// An item schema without a `data` property is taken to describe the data itself.
    private mutating func eventPayload(
        _ items: SchemaOrReference, typePrefix: String, types: inout [TypeDeclaration], diagnostics: inout DiagnosticCollector
    ) -> SwiftType {
        let event: Schema?
        switch items {
        case .schema(let inline): event = inline
        case .reference(let reference): event = resolve(reference)
        }
        guard let event, let data = event.properties["data"] else {
            return type(forNamed: items, name: typePrefix + "Event", types: &types, diagnostics: &diagnostics)
        }
        let dataSchema: Schema?
        switch data {
        case .schema(let inline): dataSchema = inline
        case .reference(let reference): dataSchema = resolve(reference)
        }
        if let content = dataSchema?.contentSchema {
            return type(forNamed: content, name: typePrefix + "Event", types: &types, diagnostics: &diagnostics)
        }
        if dataSchema?.type == .string {
            diagnostics.warning("event data that is a plain string is not supported; each event's data is decoded as JSON (JSONValue)", at: data.mark)
            return .jsonValue
        }
        return type(forNamed: data, name: typePrefix + "Event", types: &types, diagnostics: &diagnostics)
    }
}
