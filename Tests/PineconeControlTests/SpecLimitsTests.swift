import Foundation
import OpenAPIClientGen
import Testing
@testable import pinecone_backups

/// The CLI checks arguments against copies of the spec's constraints before sending anything
/// (`SpecLimits`); these tests read the constraints from `spec/` with the generator's own front end,
/// so a spec upgrade that moves one fails here, naming it.
@Suite struct SpecLimitsTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("spec/db_control_2025-10.oas.yaml")

    static func document() throws -> OpenAPIDocument {
        let root = try YAMLParser().parse([UInt8](Data(contentsOf: spec)), file: spec.path)
        return try DocumentParser.parse(root, file: spec.path).0
    }

    static func schema(_ value: SchemaOrReference?) -> Schema? {
        if case .schema(let schema)? = value { return schema }
        return nil
    }

    @Test(arguments: ["list_index_backups", "list_project_backups", "list_restore_jobs"])
    func pageSizeMatchesTheSpec(operationID: String) throws {
        let operation = try #require(try Self.document().operations.first { $0.operationId == operationID })
        let limit = try #require(operation.parameters.compactMap { parameter -> Parameter? in
            if case .value(let value) = parameter, value.name == "limit" { return value }
            return nil
        }.first, "\(operationID) has a limit parameter")
        let bounds = try #require(Self.schema(limit.schema)).bounds
        #expect(bounds.minimum.map { Int($0) } == SpecLimits.pageSize.lowerBound, "\(operationID) limit minimum")
        #expect(bounds.maximum.map { Int($0) } == SpecLimits.pageSize.upperBound, "\(operationID) limit maximum")
        #expect(!bounds.exclusiveMinimum && !bounds.exclusiveMaximum)
    }

    @Test func restoredIndexNameLengthMatchesTheSpec() throws {
        let request = try #require(Self.schema(try Self.document().components.schemas["CreateIndexFromBackupRequest"]))
        let name = try #require(Self.schema(request.properties["name"]))
        #expect(name.bounds.minLength == SpecLimits.indexNameLength.lowerBound)
        #expect(name.bounds.maxLength == SpecLimits.indexNameLength.upperBound)
    }
}
