// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "swift-pinecone",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "openapi-client-gen", targets: ["openapi-client-gen"]),
        .library(name: "OpenAPIClientRuntime", targets: ["OpenAPIClientRuntime"]),
    ],
    targets: [
        // libyaml, linked from the system (Debian: libyaml-dev, Homebrew: libyaml).
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator's stages: YAML → OpenAPI document → Swift declarations → text.
        .target(
            name: "OpenAPIClientGen",
            dependencies: ["CYaml"]
        ),
        .executableTarget(
            name: "openapi-client-gen",
            dependencies: ["OpenAPIClientGen"]
        ),
        // What generated clients need at run time. Foundation only.
        .target(name: "OpenAPIClientRuntime"),
        .testTarget(
            name: "OpenAPIClientGenTests",
            // The executable is a dependency so that the command-line tests find it built.
            dependencies: ["OpenAPIClientGen", "openapi-client-gen"]
        ),
        // Compiles the checked-in golden output for spec/ against the runtime and exercises it.
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: ["OpenAPIClientRuntime"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
