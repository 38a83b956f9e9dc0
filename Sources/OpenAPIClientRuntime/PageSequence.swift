/// The items of a token-paged list operation as one `AsyncSequence`: a page is fetched when the
/// previous one is used up, and the sequence ends when the server sends no next token.
///
/// ```swift
/// for try await backup in client.allIndexBackups(indexName: "docs-example") { … }
/// ```
///
/// A server that hands back a token it already gave would make the walk repeat pages forever. The walk
/// stops there instead: the items of that last page that were not yielded before are yielded (a server
/// that repeats its last token still delivers its last page), none twice, and iteration then throws
/// ``RepeatedPageTokenError`` rather than ending as if the list were complete.
public struct PageSequence<Element: Hashable & Sendable>: AsyncSequence, Sendable {
    /// Fetches the page after `token` (`nil` for the first) and returns its items and the next token.
    public typealias FetchPage = @Sendable (_ token: String?) async throws -> (items: [Element], next: String?)

    private let fetchPage: FetchPage

    public init(fetchPage: @escaping FetchPage) {
        self.fetchPage = fetchPage
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetchPage: fetchPage)
    }

    /// The pages themselves, for callers that want each page's items together (a page that only
    /// repeated items already yielded is left out).
    public var pages: AsyncThrowingStream<[Element], any Error> {
        let fetchPage = fetchPage
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var cursor = PageCursor()
                    while let token = cursor.next {
                        let page = try await fetchPage(token.value)
                        let fresh = cursor.advance(past: page.items, to: page.next)
                        if !(fresh.isEmpty && cursor.repeatedToken != nil) { continuation.yield(fresh) }
                    }
                    if let repeated = cursor.repeatedToken { throw repeated }
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

        init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Element? {
            while index == buffer.count {
                guard let token = cursor.next else {
                    // Thrown once, after the last page's new items.
                    if let repeated = cursor.repeatedToken {
                        cursor.repeatedToken = nil
                        throw repeated
                    }
                    return nil
                }
                try Task.checkCancellation()
                let page = try await fetchPage(token.value)
                buffer = cursor.advance(past: page.items, to: page.next)
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}

/// Where a walk through token-paged results stands: the token of the page to fetch next, the pages
/// fetched so far, and what was passed on, so that a repeated token neither loops nor duplicates.
///
/// ``PageSequence`` walks with one; so can code that pages by hand and needs to know where to resume
/// (a command line's `--all` that fails midway reports ``next``):
///
/// ```swift
/// var cursor = PageCursor()
/// while let token = cursor.next {
///     let page = try await client.listIndexBackups(indexName: "docs-example", paginationToken: token.value)
///     show(cursor.advance(past: page.data ?? [], to: page.pagination?.next))
/// }
/// if let repeated = cursor.repeatedToken { throw repeated }
/// ```
///
/// When a page's `next` token was already sent (the same token again, or an earlier one), that page
/// sits where the server was before, so its items may be ones already passed on: only those not passed
/// on before are returned, and the walk ends there with ``repeatedToken`` set. Items are told apart by
/// their hash values, which the cursor keeps (one integer per item passed on).
public struct PageCursor: Sendable {
    /// The page to fetch next: `.some(nil)` for the first page when no token was given, `nil` when done.
    /// After a failed fetch, the token to resume from.
    public private(set) var next: Token?
    /// How many pages ``advance(past:to:)`` has been told about.
    public private(set) var pagesFetched = 0
    /// Set when the walk ended because the server sent a token it had already sent.
    public internal(set) var repeatedToken: RepeatedPageTokenError?
    private var sent: Set<String> = []
    private var passedOn: Set<Int> = []

    /// A page token; `value` is `nil` for the first page.
    public struct Token: Sendable, Hashable {
        public var value: String?
    }

    /// Starts at the first page, or at the page `token` names.
    public init(startingAt token: String? = nil) {
        next = Token(value: token)
        if let token { sent.insert(token) }
    }

    /// Records the page just fetched, its items and its `next` token (none, or an empty one, ends the
    /// walk), and returns the items to pass on: all of them, unless `token` was sent before; then only
    /// those not passed on before, and the walk ends with ``repeatedToken`` set.
    public mutating func advance<Item: Hashable>(past items: [Item], to token: String?) -> [Item] {
        pagesFetched += 1
        guard let token, !token.isEmpty else {
            next = nil
            return remember(items)
        }
        guard sent.insert(token).inserted else {
            next = nil
            repeatedToken = RepeatedPageTokenError(token: token, pagesFetched: pagesFetched)
            return remember(items.filter { !passedOn.contains($0.hashValue) })
        }
        next = Token(value: token)
        return remember(items)
    }

    private mutating func remember<Item: Hashable>(_ items: [Item]) -> [Item] {
        for item in items { passedOn.insert(item.hashValue) }
        return items
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
