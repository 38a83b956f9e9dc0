// swift-tools-version: 6.1
// Builds swift-openapi-generator 1.14.3's command-line tool, the peer the benchmarks compare with.
// A package of its own, so that the peer's tool is built apart from the benchmarks (it first was
// because both graphs had a C target named CYaml; ours is now COpenAPIClientGenYAML).
import PackageDescription

let package = Package(
    name: "PeerGenerator",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
    ],
    targets: []
)
