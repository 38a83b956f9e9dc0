import Testing
@testable import OpenAPIClientGen

@Suite struct NamingTests {
    @Test(arguments: [
        ("list_index_backups", "listIndexBackups"),
        ("backup_id", "backupId"),
        ("paginationToken", "paginationToken"),
        ("X-Pinecone-Api-Version", "xPineconeApiVersion"),
        ("INVALID_ARGUMENT", "invalidArgument"),
        ("us-east-1", "usEast1"),
        ("IndexTags", "indexTags"),
        ("URLPath", "urlPath"),
        ("ID", "id"),
        ("backupID", "backupId"),
        ("2fa", "_2fa"),
        ("default", "`default`"),
        ("class", "`class`"),
        ("self", "_self"),
        ("Type", "type"),
        ("Self", "_self"),
        ("type", "type"),
        ("with space", "withSpace"),
        ("a.b/c", "aBC"),
        ("+", "_2B"),
        ("", "_empty"),
    ])
    func memberNames(raw: String, expected: String) {
        #expect(SafeNameGenerator.memberName(raw) == expected)
    }

    @Test(arguments: [
        ("BackupModel", "BackupModel"),
        ("list_index_backups", "ListIndexBackups"),
        ("index-spec", "IndexSpec"),
        ("metric", "Metric"),
        ("1stPlace", "_1stPlace"),
        ("ErrorResponse", "ErrorResponse"),
    ])
    func typeNames(raw: String, expected: String) {
        #expect(SafeNameGenerator.typeName(raw) == expected)
    }

    @Test func collidingNamesAreNumberedInOrder() {
        var taken: Set<String> = []
        #expect(SafeNameGenerator.unique("backupId", in: &taken) == "backupId")
        #expect(SafeNameGenerator.unique("backupId", in: &taken) == "backupId2")
        #expect(SafeNameGenerator.unique("backupId", in: &taken) == "backupId3")
        #expect(SafeNameGenerator.unique("`default`", in: &taken) == "`default`")
        #expect(SafeNameGenerator.unique("`default`", in: &taken) == "default2")
    }

    @Test func schemasThatWouldShadowSwiftTypesAreRenamed() throws {
        let output = try generate(specWithSchemas("""
            Error: {type: object, properties: {message: {type: string}}}
            Date: {type: string}
            backup_id: {type: string}
            BackupId: {type: integer}
            Holder:
              type: object
              properties:
                e: {$ref: '#/components/schemas/Error'}
                d: {$ref: '#/components/schemas/Date'}
                when: {type: string, format: date-time}
            """))
        let source = typesSource(output)
        #expect(source.contains("public struct ErrorModel: Codable, Hashable, Sendable {"))
        #expect(source.contains("public typealias DateModel = String"))
        #expect(source.contains("public typealias BackupId = String"))
        #expect(source.contains("public typealias BackupId2 = Int"))
        #expect(source.contains("public var e: ErrorModel?\n    public var d: DateModel?\n    public var when: Date?\n"))
    }

    @Test func stringLiteralsAreEscaped() {
        #expect("a\"b\\c\nd\u{1}".swiftLiteral == #""a\"b\\c\nd\u{1}""#)
    }
}
