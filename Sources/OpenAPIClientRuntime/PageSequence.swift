/// The items of a token-paged list operation as one `AsyncSequence`: a page is fetched when the
/// previous one is used up, and the sequence ends when the server sends no next token.
///
/// ```swift
/// for try await backup in client.allIndexBackups(indexName: "docs-example") { … }
/// ```
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// Fetches the page after `token` (`nil` for the first) and returns its items and the next token.
    public typealias FetchPage = @Sendable (_ token: String?) async throws -> (items: [Element], next: String?)

    private let fetchPage: FetchPage

    public init(fetchPage: @escaping FetchPage) {
        self.fetchPage = fetchPage
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetchPage: fetchPage)
    }

    /// The pages themselves, for callers that want each page's items together.
    public var pages: AsyncThrowingStream<[Element], any Error> {
        let fetchPage = fetchPage
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var token: String?
                    var seen: Set<String> = []
                    repeat {
                        let page = try await fetchPage(token)
                        continuation.yield(page.items)
                        token = Self.followable(page.next, seen: &seen)
                    } while token != nil
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The next token, unless it is empty or was already followed (a server bug that would loop forever).
    static func followable(_ next: String?, seen: inout Set<String>) -> String? {
        guard let next, !next.isEmpty, seen.insert(next).inserted else { return nil }
        return next
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetchPage: FetchPage
        private var buffer: [Element] = []
        private var index = 0
        private var token: String?
        private var seen: Set<String> = []
        private var started = false

        init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Element? {
            while index == buffer.count {
                if started && token == nil { return nil }
                try Task.checkCancellation()
                let page = try await fetchPage(token)
                started = true
                buffer = page.items
                index = 0
                token = PageSequence.followable(page.next, seen: &seen)
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}
