/// This runtime's version, as sent in the default `User-Agent`.
enum RuntimeVersion {
    static let version = "0.1.0"
    static var userAgent: String { "OpenAPIClientRuntime/\(version) (Swift)" }
}
