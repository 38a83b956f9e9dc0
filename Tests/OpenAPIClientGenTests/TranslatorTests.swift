import Testing
@_spi(Generated) @testable import OpenAPIClientGen

/// The translator alone: a parsed document in, declarations out. These assert on the data the
/// renderer receives (paths, defaults, types, media types, constraints), not on Swift text.
struct TranslatorTests {
    func translate(_ yaml: String, options: GeneratorPipeline.Options = .init()) throws -> GeneratedModule {
        let root = try YAMLParser().parse(yaml, file: "spec.yaml")
        let (document, _) = try DocumentParser.parse(root, file: "spec.yaml")
        return GeneratorPipeline(options: options).translate(document).0
    }

    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /indexes/{index_name}/backups/{backup_id}:
            get:
              operationId: getBackup
              parameters:
                - {in: path, name: index_name, required: true, schema: {type: string, maxLength: 45}}
                - {in: path, name: backup_id, required: true, schema: {type: string}}
                - {in: query, name: limit, schema: {type: integer, minimum: 1, maximum: 100}}
                - {in: header, name: X-Version, required: true, schema: {type: string, default: "2025-10"}}
                - {in: header, name: X-Mode, schema: {type: string, default: fast}}
              responses:
                '200':
                  description: OK
                  content:
                    application/jsonl:
                      schema: {$ref: '#/components/schemas/Backup'}
                '404': {description: Not found.}
        components:
          schemas:
            Backup:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Backup'}
                note: {type: string, nullable: true}
        """

    @Test func pathIsLiteralsAndArguments() throws {
        let operation = try #require(try translate(Self.spec).client.operations.first)
        #expect(operation.path == [.literal("/indexes/"), .argument("indexName"), .literal("/backups/"), .argument("backupId")])
    }

    @Test func defaultsAreTypedConstants() throws {
        let operation = try #require(try translate(Self.spec).client.operations.first)
        let arguments = Dictionary(uniqueKeysWithValues: operation.arguments.map { ($0.name, $0) })
        #expect(arguments["limit"]?.defaultValue == ConstantValue.none)
        #expect(arguments["indexName"]?.defaultValue == nil)
        #expect(arguments["xMode"]?.defaultValue == .string("fast"))
        #expect(arguments["xMode"]?.type == .string)
        let version = try #require(operation.headers.first { $0.wireName == "X-Version" })
        guard case .constant(.string("2025-10")) = version.value else {
            Issue.record("a required header with a default is a constant: \(version.value)")
            return
        }
    }

    @Test func constraintsAreData() throws {
        let operation = try #require(try translate(Self.spec).client.operations.first)
        let arguments = Dictionary(uniqueKeysWithValues: operation.arguments.map { ($0.name, $0) })
        #expect(arguments["limit"]?.constraints == Constraints(minimum: 1, maximum: 100))
        #expect(arguments["limit"]?.wireName == "limit")
        #expect(arguments["indexName"]?.constraints == Constraints(maxLength: 45))
        #expect(arguments["backupId"]?.constraints == nil)
        let unchecked = try #require(try translate(Self.spec, options: .init(checksRequests: false)).client.operations.first)
        #expect(unchecked.arguments.allSatisfy { $0.constraints == nil })
    }

    @Test func theMediaTypeIsTheSpecsOwn() throws {
        let operation = try #require(try translate(Self.spec).client.operations.first)
        guard case .jsonLines(let type, let contentType) = operation.response else {
            Issue.record("expected JSON lines, got \(operation.response)")
            return
        }
        #expect(type == .named("Backup"))
        #expect(contentType.name == "application/jsonl")
        #expect(contentType.kind == .jsonLines)
        #expect(operation.returnType == .generic(.jsonLines, .named("Backup")))
    }

    @Test func genericWrappersAreInTheTypeTree() throws {
        let module = try translate(Self.spec)
        guard case .structure(let backup)? = module.types.first(where: { $0.name == "Backup" }) else {
            Issue.record("no Backup struct")
            return
        }
        let note = try #require(backup.properties.first { $0.wireName == "note" })
        #expect(note.type == .optional(.generic(.nullable, .string)))
        // The recursion breaker sees the struct through the optional and boxes it.
        let parent = try #require(backup.properties.first { $0.wireName == "parent" })
        #expect(parent.isIndirect)
    }

    @Test func errorsAreListedForTheDocumentation() throws {
        let operation = try #require(try translate(Self.spec).client.operations.first)
        #expect(operation.errors == [.init(status: "404", description: "Not found.")])
    }

    @Test func recursionThroughNullableIsBoxed() throws {
        let module = try translate("""
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    next: {allOf: [{$ref: '#/components/schemas/Node'}], nullable: true}
            """)
        guard case .structure(let node)? = module.types.first else {
            Issue.record("no Node struct")
            return
        }
        #expect(node.properties.first?.type == .optional(.generic(.nullable, .named("Node"))))
        #expect(node.properties.first?.isIndirect == true)
    }
}
