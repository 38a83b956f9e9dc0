// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-pinecone",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-client-gen", targets: ["openapi-client-gen"]),
        .library(name: "OpenAPIClientRuntime", targets: ["OpenAPIClientRuntime"]),
        .library(name: "PineconeControl", targets: ["PineconeControl"]),
        .executable(name: "pinecone-backups", targets: ["pinecone-backups"]),
        .plugin(name: "OpenAPIClientGenPlugin", targets: ["OpenAPIClientGenPlugin"]),
        .plugin(name: "GenerateOpenAPIClient", targets: ["GenerateOpenAPIClient"]),
        // Empty unless the `AsyncHTTPClient` trait is enabled (see `traits`).
        .library(name: "OpenAPIAsyncHTTPClientTransport", targets: ["OpenAPIAsyncHTTPClientTransport"]),
        // Empty unless the `OpenAPIRuntime` trait is enabled.
        .library(name: "OpenAPIRuntimeInterop", targets: ["OpenAPIRuntimeInterop"]),
    ],
    traits: [
        // Off by default: a package that does not enable it neither resolves nor builds AsyncHTTPClient
        // or SwiftNIO, because every reference to them below is conditional on it.
        .trait(name: "AsyncHTTPClient", description: "Builds OpenAPIAsyncHTTPClientTransport, a transport on AsyncHTTPClient (SwiftNIO)"),
        // Off by default too: the pinecone-backups CLI and its parser. A package that uses the library or the
        // plugins neither resolves swift-argument-parser nor compiles its plugins (SwiftPM compiles every plugin
        // of every package in the graph, which cost each consumer's clean build about a second).
        .trait(name: "CLI", description: "Builds the pinecone-backups command-line tool (swift-argument-parser)"),
        // Off by default: swift-openapi-runtime's transports and middlewares plug into our clients. Without
        // it nothing of swift-openapi-runtime (or the two transports the tests use) is resolved.
        .trait(name: "OpenAPIRuntime", description: "Builds OpenAPIRuntimeInterop: swift-openapi-runtime's ClientTransport and ClientMiddleware as ours"),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The CLI's parser, and only the CLI's (behind the `CLI` trait): the generator and the runtime do not depend on it.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // swift-openapi-runtime for OpenAPIRuntimeInterop, and two of its transports for the tests (trait `OpenAPIRuntime`).
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4", traits: []),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
    ],
    targets: [
        // libyaml, linked from the system (Debian: libyaml-dev, Homebrew: libyaml). Not named `CYaml`:
        // Yams has a target of that name, and SwiftPM refuses a package graph with both.
        .systemLibrary(
            name: "COpenAPIClientGenYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator's stages: YAML → OpenAPI document → Swift declarations → text.
        .target(
            name: "OpenAPIClientGen",
            dependencies: ["COpenAPIClientGenYAML"],
            // libm, which the Glibc overlay would link: the generator imports no C but libyaml (a debug build indexes each
            // module it imports, and the generator's module is on the critical path of every consumer's clean build).
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // The command line's words and files (on libc): nothing of the generator, so SwiftPM compiles it beside
        // OpenAPIClientGen, not after it, when it builds the tool first in each consumer's clean build. Its one small
        // job reaches the debug build's index step first and indexes the standard library and Glibc there, while the
        // generator's two batches compile; without it, the generator's first batch did that alone at its end
        // (see Benchmarks/README.md).
        .target(
            name: "OpenAPIClientGenCommandLine"
        ),
        .executableTarget(
            name: "openapi-client-gen",
            dependencies: ["OpenAPIClientGen", "OpenAPIClientGenCommandLine"]
        ),
        // What generated clients need at run time: Foundation, swift-http-types and swift-log.
        .target(
            name: "OpenAPIClientRuntime",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A transport on AsyncHTTPClient. Its sources compile to nothing without the trait.
        .target(
            name: "OpenAPIAsyncHTTPClientTransport",
            dependencies: [
                "OpenAPIClientRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        // swift-openapi-runtime's transports and middlewares as ours. Its sources compile to nothing without the trait.
        .target(
            name: "OpenAPIRuntimeInterop",
            dependencies: [
                "OpenAPIClientRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime", condition: .when(traits: ["OpenAPIRuntime"])),
            ]
        ),
        // Runs the generator at build time on the target's spec (see README for how it is found).
        .plugin(
            name: "OpenAPIClientGenPlugin",
            capability: .buildTool(),
            dependencies: ["openapi-client-gen"]
        ),
        // `swift package generate-openapi-client`: writes the generated sources out, to read or vendor.
        .plugin(
            name: "GenerateOpenAPIClient",
            capability: .command(
                intent: .custom(verb: "generate-openapi-client", description: "Write the generated Swift client sources to a folder"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated client sources")]
            ),
            dependencies: ["openapi-client-gen"]
        ),
        // Pinecone's control plane, generated from spec/ at build time, plus hand-written conveniences.
        .target(
            name: "PineconeControl",
            dependencies: [
                "OpenAPIClientRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["OpenAPIClientGenPlugin"]
        ),
        // A command-line tool for backups and restores, shaped like Pinecone's `pc index backup`. Without the
        // `CLI` trait it builds to a stub that says how to build it (`swift run --traits CLI pinecone-backups`).
        .executableTarget(
            name: "pinecone-backups",
            dependencies: [
                "PineconeControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CLI"])),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "OpenAPIClientGenTests",
            // The executable is a dependency so that the command-line tests find it built; the runtime, so that
            // the Pinecone specs' generated code links against it (and for its RFC 3339 coder); and
            // the CLI, so that its ArgumentParser module is built for the spec-upgrade test that type-checks it; the
            // command line's module for its argument parser and the file reader the multi-file tests use.
            dependencies: ["OpenAPIClientGen", "OpenAPIClientGenCommandLine", "openapi-client-gen", "OpenAPIClientRuntime", "pinecone-backups"],
            exclude: ["BrokenSpecs", "Specs31", "MultiFile", "Expectations", "RealWorld"]
        ),
        // The generated library and the CLI against a local HTTP server (Tests/PineconeControlTests/Fixtures).
        .testTarget(
            name: "PineconeControlTests",
            dependencies: [
                "PineconeControl", "pinecone-backups", "OpenAPIAsyncHTTPClientTransport", "OpenAPIRuntimeInterop",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime", condition: .when(traits: ["OpenAPIRuntime"])),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession", condition: .when(traits: ["OpenAPIRuntime"])),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client", condition: .when(traits: ["OpenAPIRuntime"])),
            ],
            exclude: ["Fixtures"]
        ),
        // A client the build plugin generates from Tests/MediaTypeTestClient/openapi.yaml (a library
        // target, since a build plugin on a test target breaks the test bundle's link), exercised against a
        // local server (Fixtures/media_server.py): event streams, JSON lines, forms, raw bytes, nulls, bearer tokens.
        .target(
            name: "MediaTypeTestClient",
            dependencies: ["OpenAPIClientRuntime"],
            path: "Tests/MediaTypeTestClient",
            plugins: ["OpenAPIClientGenPlugin"]
        ),
        .testTarget(
            name: "MediaTypeClientTests",
            dependencies: ["MediaTypeTestClient", "OpenAPIAsyncHTTPClientTransport"],
            exclude: ["Fixtures"]
        ),
        // Compiles the checked-in golden output for spec/ against the runtime and exercises it.
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: [
                "OpenAPIClientRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// A libFuzzer target over the YAML and OpenAPI front end, declared only on request because it has no
// `main` and links only with `-sanitize=fuzzer` (README, "Development").
if Context.environment["OPENAPI_CLIENT_GEN_FUZZ"] != nil {
    package.targets += [
        .executableTarget(name: "OpenAPIFuzzer", dependencies: ["OpenAPIClientGen", "CFuzzerEntry"], path: "Fuzz/OpenAPIFuzzer"),
        // SwiftPM's renamed `main` for the executable, handed to libFuzzer's driver.
        .target(name: "CFuzzerEntry", path: "Fuzz/CFuzzerEntry"),
    ]
}
