// Compiled only with the package trait `AsyncHTTPClient`; without it this module is empty and neither
// AsyncHTTPClient nor SwiftNIO is resolved or built.
#if AsyncHTTPClient
import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix
import OpenAPIClientRuntime

/// A transport on [AsyncHTTPClient](https://github.com/swift-server/async-http-client): SwiftNIO
/// underneath, connection pooling, and response bodies streamed as they arrive (server-sent events,
/// JSON lines). Enable the package trait `AsyncHTTPClient` to build it.
///
/// ```swift
/// let client = Client(configuration: configuration, transport: AsyncHTTPClientTransport())
/// ```
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The client requests are sent with; ``sharedClient`` by default.
    public let client: HTTPClient
    /// Responses with a longer body fail instead of filling memory (streamed responses are not limited).
    public var maximumResponseSize: Int
    /// Where this transport's requests run: one of the client's event loops, for all of them.
    ///
    /// AsyncHTTPClient runs a request made with a delegate on the delegate's event loop; when its connection
    /// is on another loop, every part of the response (head, body, end) is handed over from one thread to
    /// the other. It opens new connections on the delegate's loop and prefers idle ones there, so when all
    /// of a transport's requests keep to one loop, so do its connections (on the default ``sharedClient``,
    /// which no one else uses, all of them). `.indifferent` picked the loops in turn: with two loops and one
    /// connection, every other response made those hops (9.5 event-loop tasks a call instead of 7.0).
    /// Every transport on one client picks the same loop (by the client's identity), so that they share
    /// its connections without hops; different clients spread over the loops.
    private let eventLoop: any EventLoop

    /// The client used when none is passed: `HTTPClient.shared`'s settings, except that a connection that
    /// cannot be made fails at once (`retryConnectionEstablishment = false`), so that the client's
    /// `RetryPolicy` decides what happens next; AsyncHTTPClient would otherwise keep trying until the
    /// deadline, and a refused connection would look like a timeout. Process-wide and never shut down,
    /// like `HTTPClient.shared`. A client you pass is used as configured.
    public static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// A transport on `client`.
    public init(client: HTTPClient = AsyncHTTPClientTransport.sharedClient, maximumResponseSize: Int = 64 << 20) {
        self.client = client
        self.maximumResponseSize = maximumResponseSize
        let loops = Array(client.eventLoopGroup.makeIterator())
        eventLoop = loops.isEmpty ? client.eventLoopGroup.next()
            : loops[Int(UInt(bitPattern: ObjectIdentifier(client).hashValue) % UInt(loops.count))]
    }

    /// `send` ends within `timeout` (AsyncHTTPClient's deadline covers the whole response, body included)
    /// and as soon as the calling task is cancelled, so the client adds no timer of its own.
    public var enforcesTimeoutAndCancellation: Bool { true }

    /// Sends the request and reads the whole body, within `timeout` in all.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        let clientRequest: HTTPClient.Request
        do {
            clientRequest = try HTTPClient.Request(
                url: try Self.url(of: request), method: HTTPMethod(rawValue: request.method.rawValue), headers: Self.headers(of: request),
                body: body.map { .byteBuffer(ByteBuffer(data: $0)) })
        } catch {
            throw Self.transportError(error)
        }
        let response: HTTPClient.Response
        do {
            response = try await execute(clientRequest, deadline: .now() + .nanoseconds(Self.nanoseconds(timeout)))
        } catch {
            throw Self.transportError(error)
        }
        let head = HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: Self.fields(of: response.headers))
        return (head, response.body.map { Data(buffer: $0) } ?? Data())
    }

    /// Runs `request` with the delegate API, whose deadline covers the whole response, body included
    /// (`execute(_:deadline:)`'s ends with the head: AsyncHTTPClient 1.37 cancels its timer when the head arrives).
    ///
    /// The request is started on ``eventLoop`` with one hop, and the response is handed back from there:
    /// called from any other thread, AsyncHTTPClient schedules the deadline timer and registers its callback
    /// on the task's future each with a hop to that loop, and `futureResult.get()` a third; from the loop
    /// itself, none of them hops. Cancellation is handed to the loop too, so the task is touched only there.
    private func execute(_ request: HTTPClient.Request, deadline: NIODeadline) async throws -> HTTPClient.Response {
        let client = client, loop = eventLoop, maximumResponseSize = maximumResponseSize
        let state = NIOLoopBoundBox.makeBoxSendingValue(RequestState.waiting, as: RequestState.self, eventLoop: loop)
        return try await withTaskCancellationHandler {
            // Resumed exactly once: with the task's result, or with `CancellationError` when cancelled before it started.
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<HTTPClient.Response, any Error>) in
                loop.execute {
                    guard case .waiting = state.value else { return continuation.resume(throwing: CancellationError()) }
                    let task = client.execute(
                        request: request, delegate: ResponseAccumulator(request: request, maxBodySize: maximumResponseSize),
                        eventLoop: .delegate(on: loop), deadline: deadline)
                    state.value = .running(task)
                    task.futureResult.assumeIsolated().whenComplete { continuation.resume(with: $0) }
                }
            }
        } onCancel: {
            loop.execute {
                if case .running(let task) = state.value { task.cancel() }
                state.value = .cancelled
            }
        }
    }

    /// Where a request of ``send(_:body:timeout:)`` is, on ``eventLoop``: cancelled before it started, it never starts.
    private enum RequestState {
        case waiting
        case running(HTTPClient.Task<HTTPClient.Response>)
        case cancelled
    }

    /// Returns once the response head has arrived (within `timeout`); the body's chunks follow as
    /// AsyncHTTPClient reads them, for as long as the stream lasts.
    public func stream(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPBody) {
        let (response, clientResponse) = try await execute(request, body: body, timeout: timeout)
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        let reader = Task {
            do {
                for try await chunk in clientResponse.body {
                    continuation.yield(Data(buffer: chunk))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: Self.transportError(error))
            }
        }
        continuation.onTermination = { _ in reader.cancel() }
        return (response, HTTPBody(stream: stream))
    }

    private func execute(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPClientResponse) {
        var clientRequest = HTTPClientRequest(url: try Self.url(of: request))
        clientRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        clientRequest.headers = Self.headers(of: request)
        if let body {
            clientRequest.body = .bytes(ByteBuffer(data: body))
        }
        let clientResponse: HTTPClientResponse
        do {
            clientResponse = try await client.execute(clientRequest, timeout: .nanoseconds(Self.nanoseconds(timeout)))
        } catch {
            throw Self.transportError(error)
        }
        return (HTTPResponse(status: .init(code: Int(clientResponse.status.code)), headerFields: Self.fields(of: clientResponse.headers)),
                clientResponse)
    }

    static func url(of request: HTTPRequest) throws -> String {
        guard let scheme = request.scheme, let authority = request.authority else {
            throw TransportError.other("the request has no scheme or authority")
        }
        return scheme + "://" + authority + (request.path ?? "/")
    }

    /// The fields as AsyncHTTPClient's headers, built from one array: `HTTPHeaders.add` checks each name for
    /// non-ASCII bytes, which a field name (an HTTP token) never has.
    static func headers(of request: HTTPRequest) -> HTTPHeaders {
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(request.headerFields.count)
        for field in request.headerFields {
            pairs.append((field.name.rawName, field.value))
        }
        return HTTPHeaders(pairs)
    }

    static func fields(of headers: HTTPHeaders) -> HTTPFields {
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count)
        for header in headers {
            if let name = knownName(header.name) ?? HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        return fields
    }

    /// The names most responses carry, parsed once: in the spelling swift-http-types' constants have (HTTP/1.1
    /// servers' usual one), and in lower case (HTTP/2's). Only an exact match is used, so a name keeps the raw
    /// spelling the server sent, as a parsed one does (error descriptions show it).
    private static func knownName(_ name: String) -> HTTPField.Name? {
        switch name {
        case "Content-Type": .contentType
        case "Content-Length": .contentLength
        case "Date": .date
        case "Connection": .connection
        case "Server": .server
        case "content-type": LowercaseNames.contentType
        case "content-length": LowercaseNames.contentLength
        case "date": LowercaseNames.date
        case "server": LowercaseNames.server
        default: nil
        }
    }

    private enum LowercaseNames {
        static let contentType = HTTPField.Name("content-type")!
        static let contentLength = HTTPField.Name("content-length")!
        static let date = HTTPField.Name("date")!
        static let server = HTTPField.Name("server")!
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// AsyncHTTPClient's and SwiftNIO's errors as ``TransportError``: refused connections become
    /// `cannotConnect` (safe to retry any method), deadlines `timedOut`.
    static func transportError(_ error: any Error) -> any Error {
        switch error {
        case is CancellationError, is TransportError:
            return error
        case let error as HTTPClientError where error == .cancelled:
            return CancellationError()
        case is ResponseAccumulator.ResponseTooBigError:
            return TransportError.other("the response body is larger than the transport's maximumResponseSize")
        case let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout:
            return error == .connectTimeout ? TransportError.cannotConnect("connect timed out") : TransportError.timedOut
        case is NIOConnectionError:
            return TransportError.cannotConnect(String(describing: error))
        case let error as IOError where [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode):
            return TransportError.cannotConnect(String(describing: error))
        default:
            return TransportError.other(String(describing: error))
        }
    }
}

extension ByteBuffer {
    init(data: Data) {
        self = ByteBuffer()
        writeBytes(data)
    }
}

extension Data {
    /// The buffer's readable bytes, copied once.
    init(buffer: ByteBuffer) {
        self = buffer.withUnsafeReadableBytes { Data($0) }
    }
}
#endif
