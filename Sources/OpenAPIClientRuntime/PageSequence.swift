/// The items of a token-paged list operation as one `AsyncSequence`: a page is fetched when the
/// previous one is used up, and the sequence ends when the server sends no next token.
///
/// ```swift
/// for try await backup in client.allIndexBackups(indexName: "docs-example") { … }
/// ```
///
/// A server that hands back a token it already gave would make the walk repeat pages forever, or
/// stop early with duplicates: iteration throws ``RepeatedPageTokenError`` instead.
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
                    var cursor = PageCursor()
                    while let token = cursor.next {
                        let page = try await fetchPage(token.value)
                        continuation.yield(page.items)
                        try cursor.advance(to: page.next)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetchPage: FetchPage
        private var buffer: [Element] = []
        private var index = 0
        private var cursor = PageCursor()
        /// A repeated token, thrown once the items of the page that sent it are used up.
        private var repeated: RepeatedPageTokenError?

        init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Element? {
            while index == buffer.count {
                if let repeated {
                    self.repeated = nil
                    throw repeated
                }
                guard let token = cursor.next else { return nil }
                try Task.checkCancellation()
                let page = try await fetchPage(token.value)
                buffer = page.items
                index = 0
                do {
                    try cursor.advance(to: page.next)
                } catch {
                    repeated = error
                }
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}

/// Where a walk through token-paged results stands: the token of the page to fetch next, the pages
/// fetched so far, and every token followed, so that a repeated one is caught.
///
/// ``PageSequence`` walks with one; so can code that pages by hand and needs to know where to resume
/// (a command line's `--all` that fails midway reports ``next``).
public struct PageCursor: Sendable {
    /// The page to fetch next: `.some(nil)` for the first page when no token was given, `nil` when done.
    public private(set) var next: Token?
    /// How many pages ``advance(to:)`` has been told about.
    public private(set) var pagesFetched = 0
    private var seen: Set<String> = []

    /// A page token; `value` is `nil` for the first page.
    public struct Token: Sendable, Hashable {
        public var value: String?
    }

    /// Starts at the first page, or at the page `token` names.
    public init(startingAt token: String? = nil) {
        next = Token(value: token)
        if let token { seen.insert(token) }
    }

    /// Records the page just fetched and its `next` token: no token, or an empty one, ends the walk.
    /// Throws ``RepeatedPageTokenError`` when `token` was followed before.
    public mutating func advance(to token: String?) throws(RepeatedPageTokenError) {
        pagesFetched += 1
        guard let token, !token.isEmpty else {
            next = nil
            return
        }
        guard seen.insert(token).inserted else {
            next = nil
            throw RepeatedPageTokenError(token: token, pagesFetched: pagesFetched)
        }
        next = Token(value: token)
    }
}

/// The server sent a `next` page token that had already been followed: going on would repeat items.
public struct RepeatedPageTokenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The repeated token.
    public var token: String
    /// The pages fetched before the repeat was noticed.
    public var pagesFetched: Int

    public init(token: String, pagesFetched: Int) {
        self.token = token
        self.pagesFetched = pagesFetched
    }

    public var description: String {
        let shown = token.count > 40 ? token.prefix(40) + "…" : Substring(token)
        return "the server sent the page token '\(shown)' again after \(pagesFetched) page(s); stopping rather than repeating items"
    }
}
