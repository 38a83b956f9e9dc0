import Foundation
import Testing
@testable import OpenAPIClientGen

/// `spec/` is ours, written from Pinecone's guides and API reference, but it must have the same shapes as
/// Pinecone's published spec of the same version, all of it (every path, operation, parameter, response,
/// link and component schema: names, types, formats, `required`, `$ref`s, enums), so that dropping Pinecone's
/// file in its place changes no Swift a user wrote. Words are ours, so descriptions, summaries, examples,
/// titles and tags are not compared (as keywords; a property *named* `description` or `tags` is).
@Suite struct SpecShapeTests {
    static let ignoredKeys: Set<String> = ["description", "summary", "example", "examples", "tags", "title"]

    @Test func ourSpecHasPineconesShapesThroughout() throws {
        let published = PineconeSpecsTests.folder.appendingPathComponent("2025-10/db_control_2025-10.oas.yaml")
        guard FileManager.default.fileExists(atPath: published.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(published.path) is missing") }
            return
        }
        let oursURL = packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml")
        let ours = try YAMLParser().parse([UInt8](Data(contentsOf: oursURL)), file: "spec/db_control_2025-10.oas.yaml")
        let theirs = try YAMLParser().parse([UInt8](Data(contentsOf: published)), file: published.lastPathComponent)

        var differences: [String] = []
        Self.compare(ours, theirs, path: [], into: &differences)
        #expect(differences.isEmpty, "spec/ differs from Pinecone's 2025-10 in shape:\n\(differences.joined(separator: "\n"))")

        // The counts the README promises, so that a comparison that stopped looking cannot pass.
        let operations = Self.node(ours, ["paths"])?.mapping?.reduce(0) { count, path in
            count + (path.value.mapping?.filter { $0.value["operationId"] != nil }.count ?? 0)
        }
        #expect(operations == 18)
        #expect(Self.node(ours, ["components", "schemas"])?.mapping?.count == 36)
    }

    /// The comparison finds what differs, wherever it is.
    @Test func aDifferenceAnywhereIsReported() throws {
        let mine = try YAMLParser().parse(Array("""
            paths:
              /indexes:
                get: {operationId: list_indexes, description: ours}
            components:
              schemas:
                A: {type: object, properties: {description: {type: string}}}
            """.utf8), file: "mine.yaml")
        let theirs = try YAMLParser().parse(Array("""
            paths:
              /indexes:
                get: {operationId: list_indexes, description: theirs}
              /collections:
                get: {operationId: list_collections}
            components:
              schemas:
                A: {type: object, properties: {description: {type: integer}}}
            """.utf8), file: "theirs.yaml")
        var differences: [String] = []
        Self.compare(mine, theirs, path: [], into: &differences)
        #expect(differences.contains { $0.hasPrefix("paths./collections: absent here") })
        #expect(differences.contains { $0.hasPrefix("components.schemas.A.properties.description.type: 'string' here") })
        #expect(differences.count == 2, "\(differences)")
    }

    static func node(_ root: YAMLNode, _ path: [String]) -> YAMLNode? {
        path.reduce(root as YAMLNode?) { $0?[$1] }
    }

    static func compare(_ mine: YAMLNode?, _ theirs: YAMLNode?, path: [String], into differences: inout [String]) {
        let here = path.joined(separator: ".")
        switch (mine?.content, theirs?.content) {
        case (nil, nil):
            return
        case (.scalar(let a)?, .scalar(let b)?):
            if a.value != b.value { differences.append("\(here): '\(a.value)' here, '\(b.value)' in Pinecone's (line \(mine!.mark.line))") }
        case (.sequence(let a)?, .sequence(let b)?):
            guard a.count == b.count else {
                differences.append("\(here): \(a.count) items here, \(b.count) in Pinecone's (line \(mine!.mark.line))")
                return
            }
            for (index, (x, y)) in zip(a, b).enumerated() { compare(x, y, path: path + ["\(index)"], into: &differences) }
        case (.mapping(let a)?, .mapping(let b)?):
            // Under `properties` the keys are property names, never keywords.
            let names = Set((a + b).compactMap { $0.key.scalar?.value })
            let keys = path.last == "properties" ? names : names.subtracting(ignoredKeys)
            for key in keys.sorted() {
                compare(mine?[key], theirs?[key], path: path + [key], into: &differences)
            }
        default:
            let line = (mine ?? theirs).map { " (line \($0.mark.line))" } ?? ""
            differences.append("\(here): \(mine?.kindDescription ?? "absent") here, \(theirs?.kindDescription ?? "absent") in Pinecone's\(line)")
        }
    }
}
