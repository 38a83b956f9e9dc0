import Foundation

/// 2. A minimal consumer package per plugin, for the same spec (Pinecone's published db_control,
/// copied in as the target's `openapi.yaml`), built clean in debug and then again with no change.
/// `swift package resolve` runs before each timed build, so fetching from the package mirror is not
/// timed, for either side.
func consumerBuildBenchmark(_ settings: Settings) throws -> [Row] {
    var clean: [Generator: [Double]] = [:]
    var noChange: [Generator: [Double]] = [:]
    var settled: [Generator: [Double]] = [:]
    for generator in Generator.allCases {
        try writeConsumer(generator, settings: settings)
    }
    for run in 0..<settings.buildRuns {
        for generator in run % 2 == 0 ? Generator.allCases : Generator.allCases.reversed() {
            let package = "\(settings.work)/consumer-\(generator)"
            let logs = "\(settings.work)/consumer-\(generator)-run\(run)"
            try? FileManager.default.removeItem(atPath: package + "/.build")
            try mustRun(["swift", "package", "--package-path", package, "resolve"], log: logs + "-resolve.log")
            let first = try mustRun(["swift", "build", "--package-path", package], log: logs + "-build.log")
            let second = try mustRun(["swift", "build", "--package-path", package], log: logs + "-rebuild.log")
            let third = try mustRun(["swift", "build", "--package-path", package], log: logs + "-rebuild2.log")
            print("consumer \(generator) run \(run): clean \(first.seconds) s, no-op \(second.seconds) s, again \(third.seconds) s")
            clean[generator, default: []].append(first.seconds)
            noChange[generator, default: []].append(second.seconds)
            settled[generator, default: []].append(third.seconds)
        }
    }
    let runs = settings.buildRuns == 1 ? "1 run" : "median of \(settings.buildRuns)"
    return [
        Row(benchmark: "Consumer package, clean debug `swift build` (resolved beforehand), \(runs)",
            ours: median(clean[.ours]!), peer: median(clean[.peer]!), unit: .seconds, target: (0.25, "≤ ¼")),
        Row(benchmark: "Consumer package, no-op `swift build` right after, \(runs)",
            ours: median(noChange[.ours]!) * 1000, peer: median(noChange[.peer]!) * 1000, unit: .milliseconds, target: nil),
        Row(benchmark: "Consumer package, a third `swift build` (see the notes), \(runs)",
            ours: median(settled[.ours]!) * 1000, peer: median(settled[.peer]!) * 1000, unit: .milliseconds, target: nil),
    ]
}

/// An executable target with the plugin applied and a `main.swift` that calls the generated client,
/// so the generated code and the runtime are compiled and linked on both sides.
/// With `pineconeCalls` false (the scale section's specs), `main.swift` only constructs the client.
func writeConsumer(
    _ generator: Generator, settings: Settings, spec: String? = nil, package: String? = nil, pineconeCalls: Bool = true
) throws {
    let package = package ?? "\(settings.work)/consumer-\(generator)"
    let target = package + "/Sources/Consumer"
    try FileManager.default.recreateDirectory(target)
    try FileManager.default.copyItem(atPath: spec ?? settings.upstreamSpec, toPath: target + "/openapi.yaml")
    let manifest: String
    let main: String
    switch generator {
    case .ours:
        let identity = URL(fileURLWithPath: settings.repoRoot).lastPathComponent.lowercased()
        manifest = """
            // swift-tools-version: 6.1
            import PackageDescription

            let package = Package(
                name: "ConsumerOurs",
                platforms: [.macOS(.v13)],
                dependencies: [.package(path: "\(settings.repoRoot)")],
                targets: [
                    .executableTarget(
                        name: "Consumer",
                        dependencies: [.product(name: "OpenAPIClientRuntime", package: "\(identity)")],
                        plugins: [.plugin(name: "OpenAPIClientGenPlugin", package: "\(identity)")]
                    )
                ]
            )

            """
        main = """
            import Foundation
            import OpenAPIClientRuntime

            let client = Client(configuration: ClientConfiguration(apiKey: ProcessInfo.processInfo.environment["PINECONE_API_KEY"]))
            if CommandLine.arguments.contains("--call") {
                print(try await client.listIndexes())
                print(try await client.describeBackup(backupId: "example"))
            }

            """
    case .peer:
        manifest = """
            // swift-tools-version: 6.1
            import PackageDescription

            let package = Package(
                name: "ConsumerPeer",
                platforms: [.macOS(.v13)],
                dependencies: [
                    .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
                    .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
                    .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),
                ],
                targets: [
                    .executableTarget(
                        name: "Consumer",
                        dependencies: [
                            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                            .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                        ],
                        plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
                    )
                ]
            )

            """
        main = """
            import Foundation
            import OpenAPIRuntime
            import OpenAPIURLSession

            let client = Client(serverURL: try Servers.Server1.url(), transport: URLSessionTransport())
            if CommandLine.arguments.contains("--call") {
                let version = "2025-10"
                print(try await client.list_indexes(headers: .init(X_hyphen_Pinecone_hyphen_Api_hyphen_Version: version)))
                print(try await client.describe_backup(
                    path: .init(backup_id: "example"), headers: .init(X_hyphen_Pinecone_hyphen_Api_hyphen_Version: version)))
            }

            """
        try "generate:\n  - types\n  - client\n".write(toFile: target + "/openapi-generator-config.yaml", atomically: true, encoding: .utf8)
    }
    try manifest.write(toFile: package + "/Package.swift", atomically: true, encoding: .utf8)
    let constructOnly = generator == .ours
        ? "import Foundation\nimport OpenAPIClientRuntime\n\nlet client = Client(configuration: ClientConfiguration())\nprint(client.configuration.serverURL as Any)\n"
        : "import Foundation\nimport OpenAPIRuntime\nimport OpenAPIURLSession\n\n"
            + "let client = Client(serverURL: URL(string: \"http://127.0.0.1\")!, transport: URLSessionTransport())\nprint(client)\n"
    try (pineconeCalls ? main : constructOnly).write(toFile: target + "/main.swift", atomically: true, encoding: .utf8)
}
