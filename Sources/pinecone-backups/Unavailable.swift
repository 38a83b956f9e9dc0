#if !CLI
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `pinecone-backups` is without the package trait `CLI`: the tool and swift-argument-parser are behind it,
/// so that packages using only the library or the plugins never resolve the parser.
@main
enum PineconeBackupsUnavailable {
    static func main() {
        let message = """
            pinecone-backups was built without the package trait CLI, which it needs. Build or run it with the trait:
              swift run --traits CLI pinecone-backups --help
              swift build -c release --traits CLI --product pinecone-backups

            """
        _ = Array(message.utf8).withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(2)
    }
}
#endif
