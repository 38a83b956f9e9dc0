/// This package's name and version, as sent in `User-Agent`.
public enum RuntimeVersion {
    public static let package = "swift-pinecone"
    public static let version = "0.1.0"
    public static var userAgent: String { "\(package)/\(version) (Swift; OpenAPIClientRuntime)" }
}
