import PineconeControl
import Testing
#if AsyncHTTPClient
import OpenAPIAsyncHTTPClientTransport
#endif

/// The integration tests run on URLSession in `swift test` and on AsyncHTTPClient with
/// `swift test --traits AsyncHTTPClient`: this checks the trait really switched them.
@Suite struct TransportSelectionTests {
    @Test func theTraitSelectsTheTransportUnderTest() {
        #if AsyncHTTPClient
        #expect(TestTransport.current is AsyncHTTPClientTransport)
        #else
        #expect(TestTransport.current == nil)
        #endif
    }
}
