import Testing
@testable import OpenAPIClientGen

/// The schema translator and its naming registry on hand-built `Schema` values, without YAML: what goes in
/// is the data the parser would produce, what comes out the declarations the renderer receives.
struct TypeTranslatorTests {
    static let mark = Mark(line: 1, column: 1)

    func schema(_ type: Schema.Kind? = nil, properties: [(String, SchemaOrReference)] = [], required: [String] = [],
                allOf: [SchemaOrReference] = [], line: Int = 1) -> Schema {
        var schema = Schema(mark: Mark(line: line, column: 1))
        schema.type = type
        for (name, property) in properties { schema.properties[name] = property }
        schema.required = required.map { (name: $0, mark: Mark(line: line, column: 9)) }
        schema.allOf = allOf
        return schema
    }

    func reference(_ name: String) -> SchemaOrReference {
        .reference(Reference(pointer: "#/components/schemas/\(name)", mark: Self.mark))
    }

    func translator(_ schemas: [(String, Schema)], version: SpecVersion = .v3_0) -> TypeTranslator {
        var document = OpenAPIDocument(openapi: "3.0.3", info: Info(title: "T", version: "1"), file: "spec.yaml")
        document.version = version
        for (name, schema) in schemas { document.components.schemas[name] = .schema(schema) }
        return TypeTranslator(document: document, reservedNames: ["Client"])
    }

    /// Where a test's warnings go: the sink every translator call is handed.
    func sink() -> DiagnosticCollector {
        DiagnosticCollector(file: "spec.yaml")
    }

    @Test func registryNamesComponentsUpFrontAvoidingReservedNamesAndClashes() {
        var names = TypeNameRegistry(
            componentSchemas: ["Error", "pet_tag", "PetTag", "Client", "Pet/$defs/Owner"], version: .v3_1, reservedNames: ["Client"])
        #expect(names.componentNames == ["Error": "ErrorModel", "pet_tag": "PetTag", "PetTag": "PetTag2", "Client": "ClientModel", "Pet/$defs/Owner": "Owner"])
        #expect(names.claimTopLevel("PetTag") == "PetTag3")
        #expect(names.claimTopLevel("CreatePetRequest") == "CreatePetRequest")
        #expect(names.claimTopLevel("CreatePetRequest") == "CreatePetRequest2")
        var scope = names.nestedScope(inside: "Pet")
        #expect(TypeNameRegistry.nestedName(for: "status", in: &scope) == "Status")
        #expect(TypeNameRegistry.nestedName(for: "pet_tag", in: &scope) == "PetTagPayload")  // would shadow the component
        #expect(TypeNameRegistry.nestedName(for: "data", in: &scope) == "DataPayload")  // would shadow Foundation's
        #expect(TypeNameRegistry.nestedName(for: "pet", in: &scope) == "PetPayload")  // would shadow the type itself
    }

    @Test func allOfMembersRequireEachOthersProperties() throws {
        let base = schema(.object, properties: [("type", .schema(schema(.string)))])
        let member = schema(.object, properties: [("id", .schema(schema(.string)))], required: ["id", "type"])
        let message = schema(allOf: [reference("Base"), .schema(member)])
        var translator = translator([("Base", base), ("Message", message)])
        var diagnostics = sink()
        let declaration = translator.structDeclaration(for: message, named: "Message", diagnostics: &diagnostics)
        #expect(declaration.properties.map(\.name) == ["type", "id"])
        #expect(declaration.properties.map(\.type) == [.string, .string])
        #expect(diagnostics.diagnostics.isEmpty)
    }

    @Test func requiredNamingNoPropertyIsIgnoredWithAWarning() {
        let lone = schema(.object, properties: [("a", .schema(schema(.integer)))], required: ["a", "ghost"], line: 7)
        var translator = translator([("Lone", lone)])
        var diagnostics = sink()
        let declaration = translator.structDeclaration(for: lone, named: "Lone", diagnostics: &diagnostics)
        #expect(declaration.properties.map(\.type) == [.named("Int")])
        #expect(diagnostics.diagnostics.map(\.description) == [
            "spec.yaml:7:9: warning: 'required' names 'ghost', which no property declares (here or in an allOf member); it is ignored",
        ])
    }

    @Test func anAliasReturnsTheTypesItNeedsBesideIt() {
        var list = schema(.array)
        list.items = .schema(schema(.object, properties: [("port", .schema(schema(.integer)))]))
        var translator = translator([("Targets", list)])
        var diagnostics = sink()
        let declarations = translator.declarations(for: list, named: "Targets", diagnostics: &diagnostics)
        #expect(declarations.map(\.name) == ["Targets", "TargetsItem"])
        guard case .alias(let alias) = declarations.first else {
            Issue.record("an array component is an alias: \(declarations)")
            return
        }
        #expect(alias.target == .array(.named("TargetsItem")))
        #expect(translator.names.claimTopLevel("TargetsItem") == "TargetsItem2")  // the companion's name is taken
    }

    @Test func thePlaceDecidesWhatAnInlineSchemaBecomes() {
        var file = schema(.string)
        file.format = "binary"
        var pick = schema()
        pick.oneOf = [.schema(schema(.string)), .schema(schema(.integer))]
        var translator = translator([])
        var nested: [TypeDeclaration] = []
        var diagnostics = sink()
        func type(_ schema: Schema, named name: String, _ context: TypeContext = .value) -> SwiftType {
            translator.type(for: .schema(schema), suggestedName: name, nested: &nested, context: context, diagnostics: &diagnostics)
        }
        #expect(type(file, named: "File") == .named("Data"))
        #expect(type(file, named: "File", .property(inForm: true)) == .named("MultipartFile"))
        // Beneath a form field (an array of files), a file is still a file part.
        var files = schema(.array)
        files.items = .schema(file)
        #expect(type(files, named: "Files", .property(inForm: true)) == .array(.named("MultipartFile")))
        #expect(nested.isEmpty)
        #expect(type(pick, named: "Pick", .aliasTarget) == .jsonValue)
        #expect(nested.isEmpty)
        #expect(type(pick, named: "Pick") == .named("Pick"))
        #expect(nested.map(\.name) == ["Pick"])
    }

    @Test func inlineObjectPropertyIsANestedStructNamedAfterIt() throws {
        let owner = schema(.object, properties: [("name", .schema(schema(.string)))])
        let pet = schema(.object, properties: [("owner", .schema(owner)), ("tags", .schema(schema(.array)))])
        var translator = translator([("Pet", pet)])
        var diagnostics = sink()
        let declaration = translator.structDeclaration(for: pet, named: "Pet", diagnostics: &diagnostics)
        #expect(declaration.properties.map(\.type) == [SwiftType.named("Owner").optional, SwiftType.array(.jsonValue).optional])
        #expect(declaration.nestedTypes.map(\.name) == ["Owner"])
    }
}
