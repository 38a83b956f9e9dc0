/// The generator's stages, each with a typed input and output:
/// bytes → ``YAMLNode`` → ``OpenAPIDocument`` → ``GeneratedModule`` → Swift files.
public struct GeneratorPipeline: Sendable {
    public struct Options: Sendable {
        public var accessLevel: SwiftRenderer.AccessLevel
        /// The name of the generated client type.
        public var clientName: String
        /// Whether generated clients check what they send against the spec's constraints (`minimum`,
        /// `maxLength`, `pattern`, …) before sending it. Off for specs whose constraints are known to be wrong.
        public var checksRequests: Bool
        /// Which operations to generate (with the schemas they reach); empty: all of them.
        public var filter: OperationFilter

        public init(
            accessLevel: SwiftRenderer.AccessLevel = .public, clientName: String = "Client", checksRequests: Bool = true,
            filter: OperationFilter = OperationFilter()
        ) {
            self.accessLevel = accessLevel
            self.clientName = clientName
            self.checksRequests = checksRequests
            self.filter = filter
        }
    }

    /// An option value the generator cannot take, in words for the command line ("--access must be …").
    public struct InvalidOption: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public struct Output: Sendable {
        public var files: [GeneratedFile]
        /// Warnings and notes; errors are thrown instead.
        public var diagnostics: [Diagnostic]
        public var schemaCount: Int
        public var operationCount: Int
        /// The files the spec's `$ref`s named, besides the spec itself (what a build must watch).
        public var referencedFiles: [String] = []
    }

    public struct GeneratedFile: Sendable, Equatable {
        public var name: String
        public var contents: String
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Runs every stage; throws every error found by the first stage that found any. `reader` reads the
    /// files the spec's `$ref`s name, relative to `file` (``SpecFileReader/none``: none may be named).
    public func run(_ bytes: [UInt8], file: String, reader: SpecFileReader = .none) throws(DiagnosticError) -> Output {
        try runStages(bytes, file: file, reader: reader).output
    }

    /// Every stage, with the document and the declarations too (the example tests pair them up).
    func runStages(_ bytes: [UInt8], file: String, reader: SpecFileReader = .none) throws(DiagnosticError) -> (output: Output, OpenAPIDocument, GeneratedModule) {
        let tree = try YAMLParser().parse(bytes, file: file)
        let bundle = ReferenceBundler.bundle(tree, file: file, reader: reader)
        if bundle.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(bundle.diagnostics) }
        let referencedFiles = Array(bundle.files.dropFirst())
        let (parsed, parserWarnings): (OpenAPIDocument, [Diagnostic])
        do {
            (parsed, parserWarnings) = try DocumentParser.parse(bundle.root, file: file, referencedFiles: referencedFiles)
        } catch {
            throw DiagnosticError(bundle.diagnostics + error.diagnostics)
        }
        let parseWarnings = bundle.diagnostics + parserWarnings
        let validationWarnings: [Diagnostic]
        let document: OpenAPIDocument
        do {
            validationWarnings = try DocumentValidator.validate(parsed)
            document = try options.filter.apply(to: parsed)
        } catch {
            throw DiagnosticError(parseWarnings + error.diagnostics)
        }
        let (module, translationWarnings) = translate(document)
        let files = SwiftRenderer(accessLevel: options.accessLevel, sourceName: Self.sourceName(file)).render(module)
        let output = Output(
            files: files.map { GeneratedFile(name: $0.name, contents: $0.contents) },
            diagnostics: Self.withoutRepeats(parseWarnings + validationWarnings + translationWarnings),
            schemaCount: document.components.schemas.count,
            operationCount: module.client.operations.count,
            referencedFiles: document.referencedFiles)
        return (output, document, module)
    }

    /// Each diagnostic once: a schema merged into several types (an `allOf` member) is translated once per type.
    static func withoutRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    static func sourceName(_ file: String) -> String {
        String(file.split(separator: "/").last ?? Substring(file))
    }

    /// The translation stage alone: a validated document to Swift declarations.
    public func translate(_ document: OpenAPIDocument) -> (GeneratedModule, [Diagnostic]) {
        var diagnostics = DiagnosticCollector(files: document.sourceFiles)
        SecurityTranslator.warnings(document.components.securitySchemes, into: &diagnostics)
        var schemas = TypeTranslator(document: document, reservedNames: [options.clientName], checksRequests: options.checksRequests)
        var types = schemas.translateComponents(diagnostics: &diagnostics)
        // The operation translator takes the schema translator over: it names its types after the components'.
        let operations = OperationTranslator(schemas: consume schemas).translateClient(named: options.clientName, diagnostics: &diagnostics)
        types += operations.types
        var client = operations.client
        RecursionBreaker.breakCycles(in: &types)
        ConstraintPlanner.plan(&types, &client)
        return (GeneratedModule(types: types, client: client, siteTypes: operations.siteTypes), diagnostics.diagnostics)
    }
}

extension GeneratorPipeline.Options {
    /// The options as the command line spells them (`--access`, `--client-name`, …), checked: a value the
    /// generator cannot take throws, naming the option.
    public init(
        access: String?, clientName: String?, checksRequests: Bool, filter: OperationFilter
    ) throws(GeneratorPipeline.InvalidOption) {
        self.init(checksRequests: checksRequests, filter: filter)
        if let access {
            guard let level = SwiftRenderer.AccessLevel(rawValue: access) else {
                throw GeneratorPipeline.InvalidOption(description: "--access must be 'public' or 'internal', not '\(access)'")
            }
            accessLevel = level
        }
        if let clientName {
            guard SafeNameGenerator.typeName(clientName) == clientName else {
                throw GeneratorPipeline.InvalidOption(description: "--client-name '\(clientName)' is not a Swift type name")
            }
            self.clientName = clientName
        }
    }
}
