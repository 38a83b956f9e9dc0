import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpenAPIClientRuntime
import Testing

/// The default transport's session: an API client's settings, not a browser's.
@Suite struct URLSessionTransportTests {
    @Test func defaultSessionKeepsNoCacheCookiesOrCredentials() {
        let session = URLSessionTransport().session
        #expect(session === URLSessionTransport.sharedSession)
        let configuration = session.configuration
        #expect(configuration.urlCache == nil)
        #expect(configuration.requestCachePolicy == .reloadIgnoringLocalCacheData)
        #expect(configuration.httpCookieStorage == nil)
        #expect(configuration.httpCookieAcceptPolicy == .never)
        #expect(configuration.httpShouldSetCookies == false)
        #expect(configuration.urlCredentialStorage == nil)
    }

    @Test func aSessionPassedInIsUsedAsItIs() {
        #expect(URLSessionTransport(session: .shared).session === URLSession.shared)
    }
}
