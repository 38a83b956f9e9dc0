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
/// Streams that end with a marker event (`data: [DONE]` in OpenAI-style APIs) say so with
/// ``ending(atData:)``: the runtime knows no service's convention.
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

    private let body: ResponseBodyStream
    private var endMarker: String?

    /// - Parameters:
    ///   - secrets: credentials to redact from error descriptions.
    @_spi(Generated)
    public init(operationID: String, status: Int, bytes: AsyncThrowingStream<Data, any Error>, secrets: [String] = []) {
        body = ResponseBodyStream(operationID: operationID, status: status, bytes: bytes, secrets: secrets)
    }

    /// The same stream, ending (without decoding it) at the first event whose `data` is `marker`:
    /// `try await client.streamChat(…).ending(atData: "[DONE]")` for OpenAI-style streams.
    public func ending(atData marker: String) -> Self {
        var stream = self
        stream.endMarker = marker
        return stream
    }

    /// Starts reading the stream (once).
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(frames: body.frames(ServerSentEventParser()), endMarker: endMarker)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private var frames: ResponseBodyStream.Frames<ServerSentEventParser>
        private let endMarker: String?

        init(frames: ResponseBodyStream.Frames<ServerSentEventParser>, endMarker: String?) {
            self.frames = frames
            self.endMarker = endMarker
        }

        /// The next event, decoded; `nil` at the end of the stream or at the end marker.
        public mutating func next() async throws -> Event? {
            guard let raw = try await frames.next() else { return nil }
            if let endMarker, raw.data == endMarker {
                frames.stop()
                return nil
            }
            let payload: Payload = try frames.decode(Data(raw.data.utf8))
            return Event(event: raw.event, id: raw.id, retry: raw.retry, data: payload)
        }
    }
}

extension ServerSentEventParser: ResponseBodyFraming {
    mutating func frames(in chunk: Data) -> [ServerSentEvent] { parse(chunk) }
    /// An event not ended by a blank line is discarded, as the standard says.
    mutating func remainingFrames() -> [ServerSentEvent] { [] }
}

/// An `application/x-ndjson` (JSON Lines) response as a sequence of values, one per line, decoded
/// as `Element` while the body arrives. Blank lines are skipped. Single pass.
public struct JSONLinesStream<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    private let body: ResponseBodyStream

    /// - Parameter secrets: credentials to redact from error descriptions.
    @_spi(Generated)
    public init(operationID: String, status: Int, bytes: AsyncThrowingStream<Data, any Error>, secrets: [String] = []) {
        body = ResponseBodyStream(operationID: operationID, status: status, bytes: bytes, secrets: secrets)
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(frames: body.frames(JSONLineFraming()))
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private var frames: ResponseBodyStream.Frames<JSONLineFraming>

        init(frames: ResponseBodyStream.Frames<JSONLineFraming>) {
            self.frames = frames
        }

        public mutating func next() async throws -> Element? {
            guard let line = try await frames.next() else { return nil }
            return try frames.decode(line)
        }
    }
}

/// Non-blank lines; the last may lack its line feed. A leading record separator (0x1E, which starts
/// each record of an `application/json-seq` body) is dropped, so JSON text sequences read the same way.
struct JSONLineFraming: ResponseBodyFraming {
    private var lines = LineSplitter()

    mutating func frames(in chunk: Data) -> [Data] {
        var complete: [Data] = []
        lines.feed(chunk) { complete.append(Self.droppingRecordSeparator(Data($0))) }
        return complete.filter { !Self.isBlank($0) }
    }

    mutating func remainingFrames() -> [Data] {
        guard let last = lines.remainder().map({ Self.droppingRecordSeparator(Data($0)) }), !Self.isBlank(last) else { return [] }
        return [last]
    }

    private static func droppingRecordSeparator(_ line: Data) -> Data {
        line.first == 0x1E ? line.dropFirst() : line
    }

    private static func isBlank(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

/// Cuts a body into frames (events, lines) as its chunks arrive.
protocol ResponseBodyFraming: Sendable {
    associatedtype Frame
    mutating func frames(in chunk: Data) -> [Frame]
    /// Frames left when the body ends.
    mutating func remainingFrames() -> [Frame]
}

/// What the streams share: the body's chunks, and what typed errors need (operation, status, secrets).
struct ResponseBodyStream: Sendable {
    let operationID: String
    let status: Int
    let bytes: AsyncThrowingStream<Data, any Error>
    let secrets: [String]

    func frames<Framing: ResponseBodyFraming>(_ framing: Framing) -> Frames<Framing> {
        Frames(context: self, upstream: bytes.makeAsyncIterator(), framing: framing)
    }

    /// Frames in order, reading chunks as needed; transport failures as ``ClientError/transport(operationID:reason:)``.
    struct Frames<Framing: ResponseBodyFraming> {
        private let context: ResponseBodyStream
        private var upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator
        private var framing: Framing
        private var pending: [Framing.Frame] = []
        private var index = 0
        private var finished = false

        init(context: ResponseBodyStream, upstream: AsyncThrowingStream<Data, any Error>.AsyncIterator, framing: Framing) {
            self.context = context
            self.upstream = upstream
            self.framing = framing
        }

        mutating func next() async throws -> Framing.Frame? {
            while index == pending.count {
                if finished { return nil }
                let chunk: Data?
                do {
                    chunk = try await upstream.next()
                } catch {
                    finished = true
                    throw StreamFailure.transport(context.operationID, error, secrets: context.secrets)
                }
                if let chunk {
                    pending = framing.frames(in: chunk)
                } else {
                    finished = true
                    pending = framing.remainingFrames()
                }
                index = 0
            }
            defer { index += 1 }
            return pending[index]
        }

        /// Ends the sequence here, whatever the body still holds.
        mutating func stop() {
            finished = true
            pending = []
            index = 0
        }

        func decode<T: Decodable>(_ data: Data) throws -> T {
            try ClientCore.decode(T.self, from: data, operationID: context.operationID, status: context.status, secrets: context.secrets)
        }
    }
}

/// The typed error for a stream that breaks off while it is read.
enum StreamFailure {
    static func transport(_ operationID: String, _ error: any Error, secrets: [String]) -> any Error {
        if error is CancellationError { return error }
        return ClientError.transport(operationID: operationID, reason: Redaction.text("the stream broke off: \(error)", secrets))
    }
}
