import OpenAPIClientRuntime
#if AsyncHTTPClient
import OpenAPIAsyncHTTPClientTransport
#endif

/// The transport the integration tests send with: URLSession (the default, `nil`) in `swift test`, and
/// AsyncHTTPClient when the package trait is on (`swift test --traits AsyncHTTPClient`), so that the same
/// tests, against the same local servers, run on both. Shared by the test targets (symlinked into each).
enum TestTransport {
    static var current: (any HTTPTransport)? {
        #if AsyncHTTPClient
        AsyncHTTPClientTransport()
        #else
        nil
        #endif
    }

    /// `current`, or URLSession when that is `nil`: for tests that wrap the transport.
    static var concrete: any HTTPTransport {
        current ?? URLSessionTransport()
    }
}
