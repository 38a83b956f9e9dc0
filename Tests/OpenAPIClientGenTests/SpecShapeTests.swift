import Foundation
import Testing
@testable import OpenAPIClientGen

/// `spec/` is ours, written from the seed documents, but wherever it overlaps Pinecone's published spec
/// of the same version it must have the same shapes (names, types, formats, `required`, `$ref`s, enums),
/// so that dropping Pinecone's file in its place changes no Swift a user wrote. Words are ours, so
/// descriptions, summaries, examples and tags are not compared.
@Suite struct SpecShapeTests {
    static let ignoredKeys: Set<String> = ["description", "summary", "example", "examples", "tags", "title"]

    @Test func ourSpecHasPineconesShapesWhereTheyOverlap() throws {
        let published = PineconeSpecsTests.folder.appendingPathComponent("2025-10/db_control_2025-10.oas.yaml")
        guard FileManager.default.fileExists(atPath: published.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(published.path) is missing") }
            return
        }
        let oursURL = packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml")
        let ours = try YAMLParser().parse([UInt8](Data(contentsOf: oursURL)), file: "spec/db_control_2025-10.oas.yaml")
        let theirs = try YAMLParser().parse([UInt8](Data(contentsOf: published)), file: published.lastPathComponent)

        var differences: [String] = []
        for section in [["components", "schemas"], ["components", "securitySchemes"], ["paths"]] {
            let mine = try #require(Self.node(ours, section)?.mapping, "spec/ has \(section)")
            let upstream = Self.node(theirs, section)
            for pair in mine {
                let name = pair.key.scalar?.value ?? "?"
                guard let counterpart = upstream?[name] else {
                    differences.append("\(section.joined(separator: ".")).\(name) is not in Pinecone's spec (line \(pair.key.mark.line))")
                    continue
                }
                Self.compare(pair.value, counterpart, path: section + [name], into: &differences)
            }
        }
        Self.compare(ours["security"], theirs["security"], path: ["security"], into: &differences)
        #expect(differences.isEmpty, "spec/ differs from Pinecone's 2025-10 in shape:\n\(differences.joined(separator: "\n"))")
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
            let keys = Set((a + b).compactMap { $0.key.scalar?.value }).subtracting(ignoredKeys)
            for key in keys.sorted() {
                compare(mine?[key], theirs?[key], path: path + [key], into: &differences)
            }
        default:
            let line = (mine ?? theirs).map { " (line \($0.mark.line))" } ?? ""
            differences.append("\(here): \(mine?.kindDescription ?? "absent") here, \(theirs?.kindDescription ?? "absent") in Pinecone's\(line)")
        }
    }
}
