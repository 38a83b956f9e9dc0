// swift-tools-version: 6.1
// Benchmarks of openapi-client-gen and its runtime against swift-openapi-generator 1.14.3.
// A package of its own, so that the main package never depends on the peer. Run with `./run.sh`.
import PackageDescription

// The main package, by path. A path dependency's identity is its folder's name, which depends on
// where the repository was cloned, so it is read from this manifest's own location.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "main"

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // With the AsyncHTTPClient trait: the round trips compare our client on AsyncHTTPClient too.
        .package(path: "..", traits: ["AsyncHTTPClient"]),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The peer's runtime and transport. Its generator is built by PeerGenerator/.
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        // Runs every benchmark (generation, consumer builds, generated code, decoding, HTTP) and
        // writes RESULTS.md. Started by run.sh.
        .executableTarget(name: "BenchmarkRunner"),
        // The list of backups both clients decode, and the single backup the server returns.
        .target(name: "BackupFixtures"),
        // swift-openapi-generator's client for the same spec as PineconeControl (spec/, through a
        // symbolic link named openapi.yaml, as the peer's plugin expects), plus the API key middleware
        // the peer leaves to its users.
        .target(
            name: "PeerPinecone",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: ["PeerOpenAPIGenerator"]
        ),
        .plugin(name: "PeerOpenAPIGenerator", capability: .buildTool()),
        // Decoding and describe_backup round trips: ours, the peer's, and plain URLSession.
        .executableTarget(
            name: "ClientBenchmarks",
            dependencies: [
                "BackupFixtures",
                "PeerPinecone",
                .product(name: "PineconeControl", package: mainPackage),
                .product(name: "OpenAPIAsyncHTTPClientTransport", package: mainPackage),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
        // 100,000 `describe_backup` calls per transport against FaultServer, with 10 % injected faults:
        // memory growth, hangs, and request counts against the retry policy. Not part of `swift test`.
        .executableTarget(
            name: "SoakBenchmark",
            dependencies: [
                .product(name: "PineconeControl", package: mainPackage),
                .product(name: "OpenAPIAsyncHTTPClientTransport", package: mainPackage),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A keep-alive HTTP/1.1 server on 127.0.0.1 answering every request with one backup; with
        // `--faults`, the soak's server (5xx, connection resets and slow bodies, decided by the backup ID).
        .executableTarget(
            name: "BenchServer",
            dependencies: [
                "BackupFixtures",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
