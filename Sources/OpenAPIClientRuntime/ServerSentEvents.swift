import Foundation

/// One event of a `text/event-stream` body, as the WHATWG HTML standard defines its parsing
/// ("Interpreting an event stream").
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field; `message` when the event names none.
    public var event: String
    /// The `data:` lines, joined with line feeds.
    public var data: String
    /// The last `id:` seen in the stream so far (it carries over to later events), if any.
    public var id: String?
    /// The `retry:` reconnection time in milliseconds, when this event set one.
    public var retry: Int?

    public init(event: String = "message", data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// Splits bytes into lines ended by LF, CRLF or a lone CR, across chunk boundaries.
struct LineSplitter: Sendable {
    private var line: [UInt8] = []
    private var afterCR = false

    /// Calls `body` with each complete line, without its terminator.
    mutating func feed(_ bytes: some Sequence<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"):
                if afterCR {
                    afterCR = false  // The LF of a CRLF whose CR already ended the line.
                } else {
                    body(line[...])
                    line.removeAll(keepingCapacity: true)
                }
            case UInt8(ascii: "\r"):
                body(line[...])
                line.removeAll(keepingCapacity: true)
                afterCR = true
            default:
                afterCR = false
                line.append(byte)
            }
        }
    }

    /// What is left after the last terminator: a final line without one.
    mutating func remainder() -> [UInt8]? {
        defer { line.removeAll() }
        return line.isEmpty ? nil : line
    }
}

/// An incremental `text/event-stream` parser: feed it chunks as they arrive, get complete events.
///
/// Follows the WHATWG rules: lines end with CRLF, LF or CR; a blank line dispatches the event;
/// lines starting with `:` are comments; `field: value` loses one leading space from the value;
/// several `data:` lines are joined with LF; `id` persists until changed and is ignored when it
/// contains NUL; `retry` counts only when all digits; unknown fields are ignored; an event with no
/// data is not dispatched; a leading byte-order mark is dropped; an unterminated event at the end of
/// the stream is discarded.
public struct ServerSentEventParser: Sendable {
    private var lines = LineSplitter()
    private var started = false
    private var pendingBOM: [UInt8] = []
    private var eventType = ""
    private var data = ""
    private var hasData = false
    private var lastEventID: String?
    private var retry: Int?

    public init() {}

    /// The events completed by these bytes.
    public mutating func parse(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var input = Array(bytes)
        if !started {
            pendingBOM += input
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if pendingBOM.count < 3, bom.starts(with: pendingBOM) { return [] }
            started = true
            input = pendingBOM.starts(with: bom) ? Array(pendingBOM.dropFirst(3)) : pendingBOM
            pendingBOM = []
        }
        var completed: [[UInt8]] = []
        lines.feed(input) { completed.append(Array($0)) }
        return completed.compactMap { process($0[...]) }
    }

    private mutating func process(_ line: ArraySlice<UInt8>) -> ServerSentEvent? {
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let field: String, value: String
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            field = String(decoding: line[..<colon], as: UTF8.self)
            var rest = line[(colon + 1)...]
            if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
            value = String(decoding: rest, as: UTF8.self)
        } else {
            field = String(decoding: line, as: UTF8.self)
            value = ""
        }
        switch field {
        case "event":
            eventType = value
        case "data":
            if hasData { data += "\n" }
            data += value
            hasData = true
        case "id":
            if !value.contains("\u{0}") { lastEventID = value }
        case "retry":
            if !value.isEmpty, value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                retry = Int(value) ?? Int.max
            }
        default:
            break
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            eventType = ""
            data = ""
            hasData = false
            retry = nil
        }
        guard hasData else { return nil }
        return ServerSentEvent(event: eventType.isEmpty ? "message" : eventType, data: data, id: lastEventID, retry: retry)
    }
}

/// A `text/event-stream` response as a sequence of events whose `data` is decoded from JSON as
/// `Payload`. Single pass: iterate it once. Leaving the loop early cancels the request.
///
/// ```swift
/// for try await event in try await client.chatCompletionAssistantStream(assistantName: "docs", body: request) {
///     print(event.data.choices …)
/// }
/// ```
///
/// A `data: [DONE]` event (the end marker of OpenAI-style streams) ends the sequence.
public struct ServerSentEventStream<Payload: Decodable & Sendable>: AsyncSequence, Sendable {
    public struct Event: Sendable {
        /// The `event:` field; `message` when the event names none.
        public var event: String
        public var id: String?
        public var retry: Int?
        /// The event's `data`, decoded.
        public var data: Payload
    }

    public typealias Element = Event

    private let operationID: String
    private let status: Int
    private let bytes: AsyncThrowingStream<Data, any Error>
    private let secrets: [String]

    /// - Parameter secrets: credentials to redact from error descriptions.
    public init(operationID: String, status: Int, bytes: AsyncThrowingStream<Data, any Error>, secrets: [String] = []) {
        self.operationID = operationID
        self.status = status
        self.bytes = bytes
        self.secrets = secrets
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(operationID: operationID, status: status, secrets: secrets, upstream: bytes.makeAsyncIterator())
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let operationID: String
        private let status: Int
        private let secrets: [String]
        private var upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator
        private var parser = ServerSentEventParser()
        private var pending: [ServerSentEvent] = []
        private var finished = false

        init(operationID: String, status: Int, secrets: [String], upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator) {
            self.operationID = operationID
            self.status = status
            self.secrets = secrets
            self.upstream = upstream
        }

        public mutating func next() async throws -> Event? {
            while pending.isEmpty {
                if finished { return nil }
                let chunk: Data?
                do {
                    chunk = try await upstream.next()
                } catch {
                    finished = true
                    throw StreamFailure.transport(operationID, error, secrets: secrets)
                }
                guard let chunk else {
                    finished = true
                    return nil
                }
                pending += parser.parse(chunk)
            }
            let raw = pending.removeFirst()
            if raw.data == "[DONE]" {
                finished = true
                pending.removeAll()
                return nil
            }
            let payload = try StreamFailure.decode(Payload.self, from: Data(raw.data.utf8), operationID: operationID, status: status, secrets: secrets)
            return Event(event: raw.event, id: raw.id, retry: raw.retry, data: payload)
        }
    }
}

/// An `application/x-ndjson` (JSON Lines) response as a sequence of values, one per line, decoded
/// as `Element` while the body arrives. Blank lines are skipped. Single pass.
public struct JSONLinesStream<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    private let operationID: String
    private let status: Int
    private let bytes: AsyncThrowingStream<Data, any Error>
    private let secrets: [String]

    /// - Parameter secrets: credentials to redact from error descriptions.
    public init(operationID: String, status: Int, bytes: AsyncThrowingStream<Data, any Error>, secrets: [String] = []) {
        self.operationID = operationID
        self.status = status
        self.bytes = bytes
        self.secrets = secrets
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(operationID: operationID, status: status, secrets: secrets, upstream: bytes.makeAsyncIterator())
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let operationID: String
        private let status: Int
        private let secrets: [String]
        private var upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator
        private var lines = LineSplitter()
        private var pending: [Data] = []
        private var finished = false

        init(operationID: String, status: Int, secrets: [String], upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator) {
            self.operationID = operationID
            self.status = status
            self.secrets = secrets
            self.upstream = upstream
        }

        public mutating func next() async throws -> Element? {
            while pending.isEmpty {
                if finished { return nil }
                let chunk: Data?
                do {
                    chunk = try await upstream.next()
                } catch {
                    finished = true
                    throw StreamFailure.transport(operationID, error, secrets: secrets)
                }
                var complete: [Data] = []
                if let chunk {
                    lines.feed(chunk) { complete.append(Data($0)) }
                } else {
                    finished = true
                    if let last = lines.remainder() { complete.append(Data(last)) }  // The final line may lack its LF.
                }
                pending += complete.filter { line in !line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
            }
            return try StreamFailure.decode(Element.self, from: pending.removeFirst(), operationID: operationID, status: status, secrets: secrets)
        }
    }
}

/// The typed errors a stream throws while it is read.
enum StreamFailure {
    static func transport(_ operationID: String, _ error: any Error, secrets: [String]) -> any Error {
        if error is CancellationError { return error }
        return ClientError.transport(operationID: operationID, reason: redact("the stream broke off: \(error)", secrets))
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, operationID: String, status: Int, secrets: [String]) throws -> T {
        do {
            return try JSONCoding.makeDecoder().decode(T.self, from: data)
        } catch {
            let (path, reason) = (error as? DecodingError).map(ClientCore.explain) ?? ("", "\(error)")
            throw ClientError.decoding(operationID: operationID, status: status, codingPath: path, reason: redact(reason, secrets),
                                       bodySnippet: ClientError.snippet(Data(redact(String(decoding: data, as: UTF8.self), secrets).utf8)))
        }
    }

    static func redact(_ text: String, _ secrets: [String]) -> String {
        secrets.reduce(text) { $1.isEmpty ? $0 : $0.replacingOccurrences(of: $1, with: "<redacted>") }
    }
}
