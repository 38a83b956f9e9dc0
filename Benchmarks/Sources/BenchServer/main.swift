// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with one backup, as
// `describe_backup` would: the far end of the round-trip benchmark, cheap enough not to matter.
// Prints `listening on port N` once bound; runs until it is killed.
import BackupFixtures
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
    private var keepAlive = true

    init(body: ByteBuffer) {
        self.body = body
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            keepAlive = head.isKeepAlive
        case .body:
            break
        case .end:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: String(body.readableBytes))
            if !keepAlive { headers.add(name: "Connection", value: "close") }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if !keepAlive {
                written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
            }
        }
    }
}

var port = 0
var fractionDigits = 9
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--port": port = Int(arguments.popFirst() ?? "") ?? 0
    case "--fraction-digits": fractionDigits = Int(arguments.popFirst() ?? "") ?? 9
    default:
        print("usage: BenchServer [--port N] [--fraction-digits N]")
        exit(2)
    }
}

let body = ByteBuffer(string: BackupFixtures.backup(0, fractionDigits: fractionDigits))
let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
let bootstrap = ServerBootstrap(group: group)
    .serverChannelOption(.backlog, value: 256)
    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
    .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.pipeline.syncOperations.addHandler(BackupHandler(body: body))
        }
    }
let channel = try await bootstrap.bind(host: "127.0.0.1", port: port).get()
print("listening on port \(channel.localAddress?.port ?? port)")
fflush(nil)  // all streams: `stdout` itself is not concurrency-safe to name
try await channel.closeFuture.get()
