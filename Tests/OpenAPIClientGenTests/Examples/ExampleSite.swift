@testable import OpenAPIClientGen

/// An `example` from the spec, paired with the Swift type generated for the place it is attached to,
/// so that a test can decode it with the generated code and compare the re-encoded JSON.
/// Not part of the emitted client.
struct ExampleSite: Sendable {
    /// Where the example is: `components.schemas.BackupModel.example`,
    /// `paths./backups.get.responses.200.application/json.examples.ready`.
    var location: String
    /// The type as code outside the generated types names it: `BackupModel`, `[String: Int]?`, `IndexSpec.Pod`.
    var swiftType: String
    var value: JSONValue
}

/// An example that cannot be checked against a generated type, and why.
struct UncheckedExample: Sendable, Equatable {
    enum Reason: String, Sendable {
        case unread = "given by externalValue or $ref, not inline"
        case notJSON = "on a media type that is not JSON"
        case noGeneratedType = "no generated type corresponds to the schema it is attached to"
    }

    var location: String
    var reason: Reason
}

/// Every example of one spec.
struct ExampleInventory: Sendable {
    var sites: [ExampleSite] = []
    var unchecked: [UncheckedExample] = []
    /// Declarations for schemas the client itself never names (inline schemas of error responses),
    /// so that their examples have a type too.
    var supportFile: GeneratorPipeline.GeneratedFile?
}
