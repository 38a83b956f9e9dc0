// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with one backup, as
// `describe_backup` would: the far end of the round-trip benchmark, cheap enough not to matter.
// With `--faults` it is the soak's server too (see `Fault`). Prints `listening on port N` once bound;
// runs until it is killed.
import BackupFixtures
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class BackupHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let body: ByteBuffer
    private let faults: Bool
    private var keepAlive = true
    private var uri = ""

    init(body: ByteBuffer, faults: Bool) {
        self.body = body
        self.faults = faults
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            keepAlive = head.isKeepAlive
            uri = head.uri
        case .body:
            break
        case .end:
            if faults {
                switch Fault.decide(uri) {
                case .stats:
                    return respond(context, status: .ok, body: ByteBuffer(string: #"{"requests":\#(Fault.requests)}"#))
                case .serverError:
                    return respond(context, status: .serviceUnavailable, body: ByteBuffer(string: #"{"error":"injected"}"#))
                case .reset:
                    return context.close(promise: nil)
                case .slowBody:
                    return respondSlowly(context)
                case .none:
                    break
                }
            }
            respond(context, status: .ok, body: body)
        }
    }

    private func respond(_ context: ChannelHandlerContext, status: HTTPResponseStatus, body: ByteBuffer) {
        context.write(wrapOutboundOut(.head(head(status, body))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }

    /// The head and half the body at once, the rest 5 ms later.
    private func respondSlowly(_ context: ChannelHandlerContext) {
        var rest = body
        let first = rest.readSlice(length: body.readableBytes / 2)!
        context.write(wrapOutboundOut(.head(head(.ok, body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(first))), promise: nil)
        let loop = context.eventLoop.assumeIsolated()
        loop.scheduleTask(in: .milliseconds(5)) {
            context.write(self.wrapOutboundOut(.body(.byteBuffer(rest))), promise: nil)
            context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
        }
    }

    private func head(_ status: HTTPResponseStatus, _ body: ByteBuffer) -> HTTPResponseHead {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        return HTTPResponseHead(version: .http1_1, status: status, headers: headers)
    }
}

/// The soak's faults, decided by the backup ID (`/backups/soak-N`) so that the client knows exactly what
/// to expect: for N % 30 == 0 a 503 on the first attempt, for 10 a connection reset (closed without an
/// answer) on the first attempt, for 20 a slow body every time; 10 % of IDs in all. `GET /__stats`
/// returns the number of requests answered or dropped so far (itself not counted).
enum Fault {
    case none, serverError, reset, slowBody, stats

    private static let state = NIOLockedValueBox((requests: 0, failedOnce: Set<Int>()))

    static var requests: Int { state.withLockedValue { $0.requests } }

    static func decide(_ uri: String) -> Fault {
        if uri == "/__stats" { return .stats }
        let number = uri.split(separator: "-").last.flatMap { Int($0) } ?? 1
        return state.withLockedValue { state in
            state.requests += 1
            switch number % 30 {
            case 0 where state.failedOnce.insert(number).inserted: return .serverError
            case 10 where state.failedOnce.insert(number).inserted: return .reset
            case 20: return .slowBody
            default: return .none
            }
        }
    }
}

var port = 0
var fractionDigits = 9
var faults = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--port": port = Int(arguments.popFirst() ?? "") ?? 0
    case "--fraction-digits": fractionDigits = Int(arguments.popFirst() ?? "") ?? 9
    case "--faults": faults = true
    default:
        print("usage: BenchServer [--port N] [--fraction-digits N] [--faults]")
        exit(2)
    }
}

let body = ByteBuffer(string: BackupFixtures.backup(0, fractionDigits: fractionDigits))
let faultsEnabled = faults
let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
let bootstrap = ServerBootstrap(group: group)
    .serverChannelOption(.backlog, value: 256)
    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
    .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.pipeline.syncOperations.addHandler(BackupHandler(body: body, faults: faultsEnabled))
        }
    }
let channel = try await bootstrap.bind(host: "127.0.0.1", port: port).get()
print("listening on port \(channel.localAddress?.port ?? port)")
fflush(nil)  // all streams: `stdout` itself is not concurrency-safe to name
try await channel.closeFuture.get()
