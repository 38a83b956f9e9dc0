import Testing
@_spi(Generated) @testable import OpenAPIClientGen

/// The operation translator on hand-built `Operation` values, without YAML: what goes in is the data the
/// parser would produce, what comes out the client methods and types the renderer receives, and the
/// warnings in the sink the translator is handed.
struct OperationTranslatorTests {
    /// What one translation gives: the components' types, the operations' translation and the warnings.
    struct Result {
        var components: [TypeDeclaration]
        var translation: OperationTranslator.Translation
        var warnings: [String]

        var operations: [OperationDeclaration] { translation.client.operations }
    }

    func translate(
        _ operations: [Operation], schemas: [(String, Schema)] = [], version: SpecVersion = .v3_0,
        document configure: (inout OpenAPIDocument) -> Void = { _ in }
    ) -> Result {
        var document = OpenAPIDocument(openapi: "3.0.3", info: Info(title: "T", version: "1"), file: "spec.yaml")
        document.version = version
        for (name, schema) in schemas { document.components.schemas[name] = .schema(schema) }
        document.paths = operations.map { PathItem(path: $0.path, mark: $0.mark, operations: [$0]) }
        configure(&document)
        var diagnostics = DiagnosticCollector(file: "spec.yaml")
        var types = TypeTranslator(document: document, reservedNames: ["Client"])
        let components = types.translateComponents(diagnostics: &diagnostics)
        let translation = OperationTranslator(schemas: types).translateClient(named: "Client", diagnostics: &diagnostics)
        return Result(components: components, translation: translation, warnings: diagnostics.diagnostics.map(\.description))
    }

    func schema(_ type: Schema.Kind? = nil, format: String? = nil, properties: [(String, SchemaOrReference)] = []) -> SchemaOrReference {
        var schema = Schema(mark: Mark(line: 1, column: 1))
        schema.type = type
        schema.format = format
        for (name, property) in properties { schema.properties[name] = property }
        return .schema(schema)
    }

    func object(_ properties: [(String, SchemaOrReference)], required: [String] = []) -> Schema {
        var object = Schema(mark: Mark(line: 1, column: 1))
        object.type = .object
        for (name, property) in properties { object.properties[name] = property }
        object.required = required.map { (name: $0, mark: Mark(line: 1, column: 1)) }
        return object
    }

    func array(of items: SchemaOrReference) -> SchemaOrReference {
        var array = Schema(mark: Mark(line: 1, column: 1))
        array.type = .array
        array.items = items
        return .schema(array)
    }

    func reference(_ name: String) -> SchemaOrReference {
        .reference(Reference(pointer: "#/components/schemas/\(name)", mark: Mark(line: 1, column: 1)))
    }

    func parameter(
        _ name: String, in location: ParameterLocation, _ schema: SchemaOrReference?, required: Bool = false, line: Int
    ) -> Referenceable<Parameter> {
        .value(Parameter(name: name, location: location, mark: Mark(line: line, column: 7), required: required, schema: schema))
    }

    func content(_ pairs: (String, SchemaOrReference?)...) -> OrderedMap<MediaType> {
        var content = OrderedMap<MediaType>()
        for (type, schema) in pairs { content[type] = MediaType(mark: Mark(line: 30, column: 9), schema: schema) }
        return content
    }

    func body(_ content: OrderedMap<MediaType>, required: Bool = true) -> Referenceable<RequestBody> {
        .value(RequestBody(mark: Mark(line: 20, column: 5), required: required, content: content))
    }

    func responses(_ pairs: (String, String, OrderedMap<MediaType>)...) -> OrderedMap<Referenceable<Response>> {
        var responses = OrderedMap<Referenceable<Response>>()
        for (status, description, content) in pairs {
            responses[status] = .value(Response(mark: Mark(line: 40, column: 5), description: description, content: content))
        }
        return responses
    }

    func operation(_ method: HTTPMethod, _ path: String, id: String) -> Operation {
        Operation(method: method, path: path, mark: Mark(line: 2, column: 3), operationId: id)
    }

    // MARK: Parameters

    @Test func pathArgumentsComeFirstThenQueryAndHeadersInSpecOrder() throws {
        var get = operation(.get, "/pets/{petId}/toys", id: "listToys")
        var mode = Schema(mark: Mark(line: 1, column: 1))
        mode.type = .string
        mode.defaultValue = .string("fast")
        var version = mode
        version.defaultValue = .string("2025-10")
        get.parameters = [
            parameter("limit", in: .query, schema(.integer), line: 10),
            parameter("petId", in: .path, schema(.string), required: true, line: 11),
            parameter("tags", in: .query, array(of: schema(.string)), required: true, line: 12),
            parameter("X-Mode", in: .header, .schema(mode), line: 13),
            parameter("X-Api-Version", in: .header, .schema(version), required: true, line: 14),
        ]
        let result = translate([get])
        let declaration = try #require(result.operations.first)
        #expect(declaration.path == [.literal("/pets/"), .argument("petId"), .literal("/toys")])
        #expect(declaration.arguments.map(\.name) == ["petId", "limit", "tags", "xMode"])
        #expect(declaration.arguments.map(\.wireName) == ["petId", "limit", "tags", "X-Mode"])
        // Optional without a default: `T? = nil`; with one: `T = default`; required: no default.
        #expect(declaration.arguments.map(\.type) == [.string, SwiftType.named("Int").optional, .array(.string), .string])
        #expect(declaration.arguments.map(\.defaultValue) == [nil, ConstantValue.none, nil, .string("fast")])
        #expect(declaration.query.map(\.wireName) == ["limit", "tags"])
        // A required header with a default is sent as a constant, without an argument.
        #expect(declaration.headers.map(\.wireName) == ["X-Mode", "X-Api-Version"])
        guard case .constant(.string("2025-10")) = declaration.headers[1].value, case .argument("xMode") = declaration.headers[0].value else {
            Issue.record("headers: \(declaration.headers)")
            return
        }
        #expect(result.translation.siteTypes["paths./pets/{petId}/toys.get.parameters.query.tags"] == .array(.string))
        #expect(result.warnings.isEmpty)
    }

    @Test func parametersTheClientCannotSendAreLeftOutWithAWarning() throws {
        var get = operation(.get, "/pets/{filter}", id: "findPets")
        get.parameters = [
            parameter("filter", in: .path, schema(.object, properties: [("a", schema(.string))]), required: true, line: 10),
            parameter("where", in: .query, schema(.object, properties: [("a", schema(.string))]), line: 11),
            parameter("Accept", in: .header, schema(.string), line: 12),
            parameter("session", in: .cookie, schema(.string), line: 13),
        ]
        let result = translate([get])
        let declaration = try #require(result.operations.first)
        // The path cannot do without it: the caller writes the segment.
        #expect(declaration.arguments.map(\.name) == ["filter"])
        #expect(declaration.arguments.map(\.type) == [.string])
        #expect(declaration.query.isEmpty && declaration.headers.isEmpty)
        #expect(result.warnings == [
            "spec.yaml:10:7: warning: path parameter 'filter' of GET /pets/{filter} is an object or a free-form value, which has no text form the client can choose; it is a String, sent as the segment's text",
            "spec.yaml:11:7: warning: query parameter 'where' of GET /pets/{filter} is an object or a free-form value, which has no text form the client can choose; it is not sent",
            "spec.yaml:12:7: warning: header parameter 'Accept' is set by the client itself; the declaration is ignored",
            "spec.yaml:13:7: warning: cookie parameters are not supported; 'session' of GET /pets/{filter} is not sent",
        ])
    }

    // MARK: Request bodies

    @Test func aJSONBodyIsAnArgumentOfATypeNamedAfterTheOperation() throws {
        var post = operation(.post, "/pets", id: "createPet")
        post.requestBody = body(content(("application/json", .schema(object([("name", schema(.string))], required: ["name"])))))
        var patch = operation(.patch, "/pets", id: "updatePet")
        patch.requestBody = body(content(("application/json", reference("Pet"))), required: false)
        let result = translate([post, patch], schemas: [("Pet", object([("name", schema(.string))]))])
        let (create, update) = (result.operations[0], result.operations[1])
        #expect(create.arguments.map(\.name) == ["body"])
        #expect(create.arguments.map(\.type) == [.named("CreatePetRequest")])
        #expect(create.body?.encoding == .json && create.body?.contentType == ContentType("application/json"))
        #expect(create.body?.isOptional == false)
        #expect(result.translation.types.map(\.name) == ["CreatePetRequest"])
        guard case .structure(let request) = result.translation.types.first else {
            Issue.record("an inline object body is a struct: \(result.translation.types)")
            return
        }
        #expect(request.properties.map(\.type) == [.string])
        #expect(request.formFields == nil)
        #expect(update.arguments.map(\.type) == [SwiftType.named("Pet").optional])
        #expect(update.arguments.map(\.defaultValue) == [ConstantValue.none])
        #expect(update.body?.isOptional == true)
    }

    @Test func formBodiesAreStructsThatSayHowEachFieldIsSent() throws {
        // A component sent as multipart: its binary property is a file part.
        let upload = object([("file", schema(.string, format: "binary")), ("note", schema(.string))])
        var attach = operation(.post, "/files", id: "attachFile")
        attach.requestBody = body(content(("multipart/form-data", reference("Upload"))))
        var login = operation(.post, "/login", id: "logIn")
        let credentials = object([("user", schema(.string)), ("tags", array(of: schema(.string)))])
        login.requestBody = body(content(("application/x-www-form-urlencoded", .schema(credentials))))
        let result = translate([attach, login], schemas: [("Upload", upload), ("Plain", upload)])
        #expect(result.operations.map { $0.body?.encoding } == [.multipart, .urlEncodedForm])
        #expect(result.operations.map { $0.arguments.map(\.type) } == [[.named("Upload")], [.named("LogInRequest")]])
        let structs = (result.components + result.translation.types).compactMap { declaration -> StructDeclaration? in
            if case .structure(let structure) = declaration { structure } else { nil }
        }
        let byName = Dictionary(uniqueKeysWithValues: structs.map { ($0.name, $0) })
        #expect(byName["Upload"]?.formFields == [.file, .text])
        #expect(byName["Upload"]?.properties.first?.type == SwiftType.named("MultipartFile").optional)
        // The same schema where no operation sends it as a form: plain JSON, bytes as `Data`.
        #expect(byName["Plain"]?.formFields == nil)
        #expect(byName["Plain"]?.properties.first?.type == SwiftType.named("Data").optional)
        #expect(byName["LogInRequest"]?.formFields == [.text, .text])
    }

    @Test func bodiesTheClientCannotSendSkipTheOperationWithAWarning() {
        var mixed = operation(.post, "/mixed", id: "sendMixed")
        mixed.requestBody = body(content(("multipart/mixed", schema(.string))))
        var notObject = operation(.post, "/form", id: "sendForm")
        notObject.requestBody = body(content(("multipart/form-data", schema(.string))))
        var bytes = operation(.put, "/blob", id: "putBlob")
        bytes.requestBody = body(content(("application/octet-stream", schema(.string, format: "binary"))))
        let result = translate([mixed, notObject, bytes])
        #expect(result.operations.map(\.functionName) == ["putBlob"])
        #expect(result.operations.first?.body?.encoding == .raw)
        #expect(result.operations.first?.arguments.map(\.type) == [.named("Data")])
        #expect(result.warnings == [
            "spec.yaml:20:5: warning: request bodies of type multipart/mixed are not supported; skipping POST /mixed",
            "spec.yaml:30:9: warning: a multipart/form-data body must be an object with properties; skipping POST /form",
        ])
    }

    // MARK: Responses

    @Test func theFirstSuccessWithABodyIsReturnedAndErrorsAreDocumented() throws {
        var get = operation(.get, "/pets/{id}", id: "getPet")
        get.responses = responses(
            ("404", "Not found.", content()),
            ("202", "Accepted.", content(("application/json", reference("Pet")))),
            ("200", "No body.", content()),
            ("default", "Unexpected.", content(("application/json", reference("Pet")))),
            ("400", "  ", content()))
        var download = operation(.get, "/blob", id: "download")
        download.responses = responses(("200", "Bytes.", content(("application/octet-stream", schema(.string, format: "binary")))))
        let result = translate([get, download], schemas: [("Pet", object([("name", schema(.string))]))])
        let (pet, blob) = (result.operations[0], result.operations[1])
        #expect(pet.returnType == .named("Pet"))
        #expect(pet.errors == [
            .init(status: "400", description: "No description."), .init(status: "404", description: "Not found."),
            .init(status: "default", description: "Unexpected."),
        ])
        #expect(result.translation.siteTypes["paths./pets/{id}.get.responses.202.application/json"] == .named("Pet"))
        guard case .data(let type) = blob.response else {
            Issue.record("bytes are returned as Data: \(blob.response)")
            return
        }
        #expect(type == ContentType("application/octet-stream"))
    }

    @Test func anOperationWithoutResponsesReturnsNothing() throws {
        // 3.1: `responses` may be left out.
        let result = translate([operation(.delete, "/pets", id: "deletePets")], version: .v3_1)
        let declaration = try #require(result.operations.first)
        #expect(declaration.returnType == nil)
        #expect(declaration.errors.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test func aResponseOfferingJSONAndAStreamGetsAStreamingVariant() throws {
        var get = operation(.get, "/events", id: "watch")
        get.responses = responses(("200", "Events.", content(("application/json", reference("Event")), ("text/event-stream", reference("Event")))))
        let result = translate([get], schemas: [("Event", object([("id", schema(.string))]))])
        let declaration = try #require(result.operations.first)
        #expect(declaration.returnType == .named("Event"))
        let variant = try #require(declaration.streamingVariant)
        #expect(variant.functionName == "watchStream")
        #expect(variant.returnType == .generic(.serverSentEvents, .named("Event")))
        #expect(variant.documentation?.hasSuffix("Returns the response as a stream, as it arrives (`text/event-stream`).") == true)
    }

    // MARK: Security

    @Test func securityRequirementsBecomeTheCredentialsTheClientCanSend() {
        let mark = Mark(line: 50, column: 3)
        func requirement(_ names: String...) -> SecurityRequirement {
            SecurityRequirement(schemes: names.map { (name: $0, scopes: [], mark: mark) })
        }
        var inherits = operation(.get, "/a", id: "a")
        inherits.security = nil
        var overrides = operation(.get, "/b", id: "b")
        // Both together, or OAuth (which the client cannot fill), or a scheme no one declared.
        overrides.security = [requirement("apiKey", "bearerAuth"), requirement("oauth"), requirement("ghost")]
        var open = operation(.get, "/c", id: "c")
        open.security = []
        let result = translate([inherits, overrides, open]) { document in
            document.security = [requirement("bearerAuth")]
            document.components.securitySchemes["bearerAuth"] = .value(SecurityScheme(kind: .http(scheme: "Bearer", bearerFormat: nil), mark: mark))
            document.components.securitySchemes["apiKey"] = .value(SecurityScheme(kind: .apiKey(name: "Api-Key", location: .header), mark: mark))
            document.components.securitySchemes["oauth"] = .value(SecurityScheme(kind: .oauth2, mark: mark))
        }
        #expect(result.operations.map(\.security) == [[[.bearer]], [[.apiKeyHeader("Api-Key"), .bearer]], []])
    }

    // MARK: Pagination

    @Test func aTokenPagedListGetsASequenceOfItsItems() throws {
        let page = object([("data", array(of: reference("Backup"))), ("pagination", .schema(object([("next", schema(.string))])))])
        var list = operation(.get, "/backups", id: "listBackups")
        list.parameters = [parameter("paginationToken", in: .query, schema(.string), line: 10)]
        list.responses = responses(("200", "A page.", content(("application/json", .schema(page)))))
        var unpaged = list
        (unpaged.operationId, unpaged.path, unpaged.parameters) = ("listAll", "/all", [])
        let result = translate([list, unpaged], schemas: [("Backup", object([("id", schema(.string))]))])
        let pagination = try #require(result.operations[0].pagination)
        #expect(pagination.sequenceName == "allBackups")
        #expect(pagination.elementType == .named("Backup"))
        #expect(pagination.tokenArgument == "paginationToken")
        #expect(pagination.items == .init(name: "data", presence: .optional))
        #expect(pagination.nextToken == [.init(name: "pagination", presence: .optional), .init(name: "next", presence: .optional)])
        #expect(result.operations[0].returnType == .named("ListBackupsResponse"))
        #expect(result.operations[1].pagination == nil)
    }
}
