// `import PineconeControl` is all a caller writes: the runtime's types (ClientError, ClientConfiguration,
// HTTPTransport, PageSequence, JSONValue) come with it.
@_exported import OpenAPIClientRuntime
