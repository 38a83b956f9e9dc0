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
    }

    /// Sends the request and reads the whole body.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        let (response, clientResponse) = try await execute(request, body: body, timeout: timeout)
        do {
            let buffer = try await clientResponse.body.collect(upTo: maximumResponseSize)
            return (response, Data(buffer: buffer))
        } catch {
            throw Self.transportError(error)
        }
    }

    /// Returns once the response head has arrived; the body's chunks follow as AsyncHTTPClient reads them.
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
        guard let scheme = request.scheme, let authority = request.authority else {
            throw TransportError.other("the request has no scheme or authority")
        }
        var clientRequest = HTTPClientRequest(url: scheme + "://" + authority + (request.path ?? "/"))
        clientRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        clientRequest.headers.reserveCapacity(request.headerFields.count)
        for field in request.headerFields {
            clientRequest.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            clientRequest.body = .bytes(ByteBuffer(data: body))
        }
        let clientResponse: HTTPClientResponse
        do {
            clientResponse = try await client.execute(clientRequest, timeout: .nanoseconds(Self.nanoseconds(timeout)))
        } catch {
            throw Self.transportError(error)
        }
        var fields = HTTPFields()
        fields.reserveCapacity(clientResponse.headers.count)
        for header in clientResponse.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        return (HTTPResponse(status: .init(code: Int(clientResponse.status.code)), headerFields: fields), clientResponse)
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
