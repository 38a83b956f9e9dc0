import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// Every JSON response example in Pinecone's guide "Back up an index" decodes into the generated
/// models, read in place from `../shared/seeds/` (or `PINECONE_SEEDS_DIR`).
///
/// The guide shows each response once per SDK. The Go, C# and curl outputs (and two Python outputs
/// printed with double quotes) are JSON; Python dict reprs, JavaScript objects and Java `toString()`
/// output are not, and are counted and skipped.
@Suite(.enabled(if: SeedGuide.isAvailable || SeedGuide.isCI,
                "Pinecone's seed documents are missing (set PINECONE_SEEDS_DIR); skipped outside CI"))
struct SeedExampleDecodingTests {
    /// Counted by hand in `000_0bf2747324c57f20.txt`: change these only after reading the guide again.
    static let expectedFencedBlocks = 54
    static let expectedJSONBlocks = 14
    static let expectedBackupModels = 6
    static let expectedBackupLists = 6
    static let expectedBareArrays = 2

    @Test func extractsTheExpectedNumberOfBlocks() throws {
        let guide = try SeedGuide.load()
        #expect(guide.fencedBlocks.count == Self.expectedFencedBlocks)
        #expect(guide.examples.count == Self.expectedJSONBlocks)
        #expect(guide.fencedBlocks.count - guide.examples.count == Self.expectedFencedBlocks - Self.expectedJSONBlocks,
                "non-JSON blocks (Python reprs, JavaScript, Java, code) are skipped")
        let shapes = guide.examples.map(\.shape)
        #expect(shapes.filter { $0 == .backupModel }.count == Self.expectedBackupModels)
        #expect(shapes.filter { $0 == .backupList }.count == Self.expectedBackupLists)
        #expect(shapes.filter { $0 == .backupArray }.count == Self.expectedBareArrays)
        #expect(!shapes.contains(.unknown), "every JSON block is a backup, a list or an array of backups")
        // Blocks in every language the guide uses, so a change in fence syntax shows up here.
        let languages = Set(guide.fencedBlocks.map { $0.info.split(separator: " ").first.map(String.init) ?? "" })
        #expect(languages.isSuperset(of: ["python", "javascript", "java", "go", "csharp", "bash", "json"]))
    }

    @Test func everyJSONBlockDecodesAndMatchesTheRawJSON() throws {
        let guide = try SeedGuide.load()
        var decodedBlocks = 0
        var decodedBackups = 0
        for example in guide.examples {
            let decoded: [BackupModel]
            do {
                decoded = try example.decodeBackups()
            } catch {
                Issue.record("the block at line \(example.line) (\(example.info)) does not decode: \(error)")
                continue
            }
            let raw = example.rawBackups
            #expect(decoded.count == raw.count, "line \(example.line)")
            for (backup, fields) in zip(decoded, raw) {
                checkBackup(backup, matches: fields, line: example.line)
            }
            decodedBlocks += 1
            decodedBackups += decoded.count
        }
        #expect(decodedBlocks == Self.expectedJSONBlocks)
        // 6 single backups, 2 arrays (3 + 1), 6 lists (3 + 3 + 3 + 2 + 1 + 1).
        #expect(decodedBackups == 6 + 4 + 13)
    }

    @Test func nineFractionalDigitsDecodeToTheRightInstant() throws {
        let guide = try SeedGuide.load()
        var checked = 0
        for example in guide.examples {
            for (backup, fields) in zip(try example.decodeBackups(), example.rawBackups)
            where fields["created_at"] as? String == "2025-05-15T00:52:10.809305882Z" {
                let date = try #require(backup.createdAt.flatMap(RFC3339.date(from:)))
                #expect(abs(date.timeIntervalSince1970 - 1_747_270_330.809305882) < 1e-6, "line \(example.line)")
                checked += 1
            }
        }
        #expect(checked >= 5, "the guide shows this timestamp in several blocks")
    }

    @Test func dimensionZeroDecodesAsZero() throws {
        let guide = try SeedGuide.load()
        var zeros = 0
        for example in guide.examples {
            for (backup, fields) in zip(try example.decodeBackups(), example.rawBackups)
            where (fields["dimension"] as? NSNumber)?.intValue == 0 {
                #expect(backup.dimension == 0, "line \(example.line)")
                zeros += 1
            }
        }
        #expect(zeros >= 3)
    }

    @Test func nullsDecodeAsNil() throws {
        let guide = try SeedGuide.load()
        var nullTags = 0, nullDescriptions = 0, nullPaginations = 0, emptyTags = 0
        for example in guide.examples {
            for (backup, fields) in zip(try example.decodeBackups(), example.rawBackups) {
                if fields["tags"] is NSNull {
                    #expect(backup.tags == nil, "line \(example.line)")
                    nullTags += 1
                }
                if fields["tags"] is [String: Any] && (fields["tags"] as? [String: Any])?.isEmpty == true {
                    #expect(backup.tags == [:], "an empty object is not nil, line \(example.line)")
                    emptyTags += 1
                }
                if fields["description"] is NSNull {
                    #expect(backup.description == nil, "line \(example.line)")
                    nullDescriptions += 1
                }
            }
            if example.shape == .backupList, let object = example.json as? [String: Any], object["pagination"] is NSNull {
                let list = try example.decode(BackupList.self)
                #expect(list.pagination == nil, "line \(example.line)")
                nullPaginations += 1
            }
        }
        #expect(nullTags == 2)
        #expect(nullDescriptions == 2)
        #expect(nullPaginations == 2)
        #expect(emptyTags > 10)
    }

    @Test func paginationNextIsRead() throws {
        let guide = try SeedGuide.load()
        var tokens: [String] = []
        for example in guide.examples where example.shape == .backupList {
            let list = try example.decode(BackupList.self)
            let raw = (example.json as? [String: Any])?["pagination"] as? [String: Any]
            #expect(list.pagination?.next == raw?["next"] as? String, "line \(example.line)")
            if let next = list.pagination?.next { tokens.append(next) }
        }
        #expect(tokens == ["eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ==", "eyJsaW1pdCI6Miwib2Zmc2V0IjoyfQ=="])
    }

    @Test func listsWithoutPaginationDecode() throws {
        let guide = try SeedGuide.load()
        // The C# outputs leave `pagination` out entirely.
        let missing = guide.examples.filter {
            $0.shape == .backupList && ($0.json as? [String: Any])?.keys.contains("pagination") == false
        }
        #expect(missing.count == 2)
        for example in missing {
            #expect(try example.decode(BackupList.self).pagination == nil)
        }
    }

    @Test func decodedBackupsReencodeToEquivalentJSON() throws {
        let guide = try SeedGuide.load()
        for example in guide.examples {
            let backups = try example.decodeBackups()
            let data = try JSONCoding.makeEncoder().encode(backups)
            let again = try JSONCoding.makeDecoder().decode([BackupModel].self, from: data)
            #expect(again.count == backups.count)
            for (first, second) in zip(backups, again) {
                // `created_at` is a plain string in Pinecone's spec, so it too survives exactly.
                #expect(first == second, "line \(example.line)")
            }
        }
    }

    /// Each wire field the guide shows is a property of `BackupModel` and holds the same value.
    private func checkBackup(_ backup: BackupModel, matches fields: [String: Any], line: Int) {
        // A field BackupModel does not declare is dropped by decoding, so it is missing when encoded again.
        let encoded = (try? JSONCoding.makeEncoder().encode(backup)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        for (key, value) in fields where !(value is NSNull) {
            #expect(encoded?[key] != nil, "the guide shows '\(key)', which BackupModel lacks (line \(line))")
        }
        func string(_ key: String) -> String? { fields[key] as? String }
        func int(_ key: String) -> Int? { (fields[key] as? NSNumber)?.intValue }
        #expect(backup.backupId == string("backup_id"), "line \(line)")
        #expect(backup.sourceIndexName == string("source_index_name"), "line \(line)")
        #expect(backup.sourceIndexId == string("source_index_id"), "line \(line)")
        #expect(backup.name == string("name"), "line \(line)")
        #expect(backup.description == string("description"), "line \(line)")
        #expect(backup.status == string("status"), "line \(line)")
        #expect(backup.cloud == string("cloud"), "line \(line)")
        #expect(backup.region == string("region"), "line \(line)")
        #expect(backup.dimension.map(Int.init) == int("dimension"), "line \(line)")
        #expect(backup.recordCount == int("record_count"), "line \(line)")
        #expect(backup.namespaceCount == int("namespace_count"), "line \(line)")
        #expect(backup.sizeBytes == int("size_bytes"), "line \(line)")
        #expect(backup.metric?.rawValue == string("metric"), "line \(line)")
        #expect(backup.tags == fields["tags"] as? [String: String], "line \(line)")
        if let text = string("created_at") {
            let expected = RFC3339.date(from: text)
            #expect(expected != nil, "'\(text)' parses, line \(line)")
            #expect(backup.createdAt == text, "line \(line)")
            #expect(backup.createdAt.flatMap(RFC3339.date(from:)) == expected, "line \(line)")
        } else {
            #expect(backup.createdAt == nil, "line \(line)")
        }
    }
}

/// The guide, split into fenced code blocks.
struct SeedGuide {
    static let fileName = "000_0bf2747324c57f20.txt"

    /// `PINECONE_SEEDS_DIR`, or `../shared/seeds` next to the package root found from this file.
    static var folder: URL {
        if let path = ProcessInfo.processInfo.environment["PINECONE_SEEDS_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // GeneratedClientTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent("seeds")
    }

    static var url: URL { folder.appendingPathComponent(fileName) }
    static var isAvailable: Bool { FileManager.default.isReadableFile(atPath: url.path) }
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Block {
        /// The text after the opening fence: language, title, attributes.
        var info: String
        /// One-based line of the opening fence.
        var line: Int
        var text: String
    }

    enum Shape: Equatable {
        case backupModel, backupList, backupArray, unknown
    }

    struct Example {
        var info: String
        var line: Int
        var data: Data
        var json: Any

        var shape: Shape {
            if let object = json as? [String: Any] {
                if object["data"] != nil { return .backupList }
                if object["backup_id"] != nil { return .backupModel }
                return .unknown
            }
            return json is [Any] ? .backupArray : .unknown
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONCoding.makeDecoder().decode(T.self, from: data)
        }

        /// The backups of the block, whatever its shape.
        func decodeBackups() throws -> [BackupModel] {
            switch shape {
            case .backupModel: [try decode(BackupModel.self)]
            case .backupList: try decode(BackupList.self).data ?? []
            case .backupArray: try decode([BackupModel].self)
            case .unknown: throw ShapeError(line: line)
            }
        }

        /// The same backups as `JSONSerialization` objects, in the same order.
        var rawBackups: [[String: Any]] {
            switch shape {
            case .backupModel: [json as? [String: Any] ?? [:]]
            case .backupList: ((json as? [String: Any])?["data"] as? [[String: Any]]) ?? []
            case .backupArray: json as? [[String: Any]] ?? []
            case .unknown: []
            }
        }
    }

    struct ShapeError: Error, CustomStringConvertible {
        var line: Int
        var description: String { "the JSON block at line \(line) is neither a backup, a list nor an array" }
    }

    struct MissingError: Error, CustomStringConvertible {
        var description: String {
            "Pinecone's guide is missing at \(SeedGuide.url.path) (set PINECONE_SEEDS_DIR); required when CI=true"
        }
    }

    var fencedBlocks: [Block]
    /// The blocks `JSONSerialization` accepts.
    var examples: [Example]

    /// Reads the guide; throws, failing the test, when it is missing (the suite runs then only under CI).
    static func load() throws -> SeedGuide {
        guard isAvailable else { throw MissingError() }
        let text = try String(contentsOf: url, encoding: .utf8)
        let blocks = fencedBlocks(in: text)
        let examples = blocks.compactMap { block -> Example? in
            let data = Data(block.text.utf8)
            guard let json = try? JSONSerialization.jsonObject(with: data) else { return nil }
            return Example(info: block.info, line: block.line, data: data, json: json)
        }
        return SeedGuide(fencedBlocks: blocks, examples: examples)
    }

    /// Fenced code blocks (```` ``` ````), indented or not, as in the guide's `<CodeGroup>`s.
    static func fencedBlocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var open: (info: String, line: Int, lines: [Substring])?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var current = open {
                if trimmed == "```" {
                    blocks.append(Block(info: current.info, line: current.line, text: current.lines.joined(separator: "\n")))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
            } else if trimmed.hasPrefix("```") {
                open = (String(trimmed.dropFirst(3)), index + 1, [])
            }
        }
        return blocks
    }
}
