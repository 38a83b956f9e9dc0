extension SwiftRenderer {
    /// `Client.swift`: the client (its servers, configuration and initialiser) and its protocol; the
    /// operations themselves are in the parts (``sections(of:)``).
    func renderClientFile(_ client: ClientDeclaration) -> String {
        var printer = CodePrinter()
        header(&printer, part: " (the client and its protocol)")
        printer.line()
        printer.documentation(client.documentation)
        printer.block("\(access)struct \(client.name): \(protocolName(client)), Sendable") { printer in
            let servers = client.servers.map(\.swiftLiteral).joined(separator: ", ")
            printer.line("/// The servers the spec lists; requests go to the first unless the configuration names another.")
            printer.line("\(access)static let servers: [String] = [\(servers)]")
            printer.line("/// The version of the spec this client was generated from (`info.version`).")
            printer.line("\(access)static let specVersion = \(client.apiVersion.swiftLiteral)")
            printer.line()
            printer.line("/// Sends the requests: configuration, credentials, transport.")
            printer.line("let core: ClientCore")
            printer.line()
            printer.line("/// Server URL, credentials, timeout, retries, middlewares and logger of this client.")
            printer.line("\(access)var configuration: ClientConfiguration { core.configuration }")
            printer.line()
            printer.line("/// Creates a client; requests go to `configuration.serverURL`, or else to the first of ``servers``.")
            printer.line("///")
            printer.line("/// - Parameters:")
            printer.line("///   - configuration: Server URL, credentials, timeout, middlewares, logger.")
            printer.line("///   - transport: Sends the requests; `URLSession` when `nil`.")
            printer.block("\(access)init(configuration: ClientConfiguration, transport: (any HTTPTransport)? = nil)") { printer in
                printer.line("core = ClientCore(configuration: configuration, defaultServerURL: Self.servers.first, transport: transport)")
            }
        }
        printer.line()
        renderProtocol(client, into: &printer)
        return printer.text
    }

    /// Every function the client has: each operation, and the streaming form of those that offer one.
    static func callableOperations(_ client: ClientDeclaration) -> [OperationDeclaration] {
        client.operations.flatMap { operation -> [OperationDeclaration] in
            guard let variant = operation.streamingVariant else { return [operation] }
            return [operation, variant]
        }
    }

    /// `func name(arguments) async throws -> Result`, on one line or one argument per line; without
    /// default values for protocol requirements.
    func printSignature(
        _ operation: OperationDeclaration, defaults: Bool, opening: Bool, requirement: Bool = false, into printer: inout CodePrinter
    ) {
        let access = requirement ? "" : access
        let arguments = operation.arguments.map { argument in
            "\(argument.name): \(argument.type)" + (defaults ? argument.defaultValue.map { " = \($0.swiftLiteral)" } ?? "" : "")
        }
        let returns = operation.returnType.map { " -> \($0)" } ?? ""
        let suffix = opening ? " {" : ""
        let signature = "\(access)func \(operation.functionName)(\(arguments.joined(separator: ", "))) async throws\(returns)"
        if signature.count <= 110 || arguments.count <= 1 {
            printer.line(signature + suffix)
        } else {
            printer.line("\(access)func \(operation.functionName)(")
            printer.indented { printer in
                for (index, argument) in arguments.enumerated() {
                    printer.line(argument + (index == arguments.count - 1 ? "" : ","))
                }
            }
            printer.line(") async throws\(returns)\(suffix)")
        }
    }

    /// One operation of the client: builds the request, sends it, returns the decoded response.
    func render(_ operation: OperationDeclaration, into printer: inout CodePrinter) {
        printer.documentation(documentation(operation))
        deprecation(operation.deprecated, into: &printer)
        printSignature(operation, defaults: true, opening: true, into: &printer)
        printer.indented { printer in
            // A method from 3.2's `additionalOperations` has no case in the runtime; it is sent as written.
            let method = operation.method.isAdditional ? operation.method.rawValue.swiftLiteral : "." + operation.method.rawValue
            let path = OperationDeclaration.PathComponent.swiftLiteral(operation.path)
            printer.line("var request = ClientRequest(operationID: \(operation.operationId.swiftLiteral), method: \(method), path: \(path))")
            // Checked as the request is built; a violation is thrown before anything is sent.
            for argument in operation.arguments {
                guard let constraints = argument.constraints else { continue }
                let parts = [argument.name, "at: \(argument.wireName.swiftLiteral)"] + [constraints.swiftExpression].compactMap { $0 }
                printer.line("request.check(\(parts.joined(separator: ", ")))")
            }
            for item in operation.query {
                printer.line("request.addQuery(\(item.wireName.swiftLiteral), \(item.value.swiftExpression))")
            }
            for header in operation.headers {
                printer.line("try request.setHeader(\(header.wireName.swiftLiteral), \(header.value.swiftExpression))")
            }
            if let body = operation.body {
                let (argument, contentType) = (body.argument, body.contentType.name.swiftLiteral)
                switch body.encoding {
                case .json: printer.line("try request.setJSONBody(\(argument), contentType: \(contentType))")
                case .jsonLines: printer.line("try request.setJSONLinesBody(\(argument), contentType: \(contentType))")
                case .multipart: printer.line("try request.setMultipartBody(\(argument))")
                case .urlEncodedForm: printer.line("try request.setURLEncodedFormBody(\(argument), contentType: \(contentType))")
                case .raw: printer.line("request.setRawBody(\(argument), contentType: \(contentType))")
                }
            }
            if !operation.security.isEmpty {
                let alternatives = operation.security.map { "[" + $0.map(securityExpression).joined(separator: ", ") + "]" }
                printer.line("request.security = [\(alternatives.joined(separator: ", "))]")
            }
            switch operation.response {
            case .none:
                printer.line("try await core.send(request)")
            case .json(let type):
                printer.line("return try await core.send(request, returning: \(type).self)")
            case .data(let contentType):
                printer.line("request.accept = \(contentType.name.swiftLiteral)")
                printer.line("return try await core.sendReturningBody(request)")
            case .serverSentEvents(let type):
                printer.line("return try await core.streamServerSentEvents(request, of: \(type).self)")
            case .jsonLines(let type, let contentType):
                printer.line("return try await core.streamJSONLines(request, of: \(type).self, accept: \(contentType.name.swiftLiteral))")
            }
        }
        printer.line("}")
    }

    /// `pagination?.next`, `data`, `next?.wrapped`: an optional chain through the steps; the last
    /// step is the value itself, so it ends without `?`.
    static func chain(_ steps: [OperationDeclaration.PropertyStep]) -> String {
        steps.enumerated().map { index, step in
            guard index == steps.count - 1 else { return step.chainText }
            return step.presence == .optionalNullable ? step.name + "?.wrapped" : step.name
        }.joined(separator: ".")
    }

    /// The operation's documentation, then the error responses the spec documents for it.
    private func documentation(_ operation: OperationDeclaration) -> String? {
        guard !operation.errors.isEmpty else { return operation.documentation }
        let lines = operation.errors.map { "  - \($0.status): \($0.description.collapsingWhitespace)" }
        let errors = (["- Throws: ``ClientError``; `.api` for these error responses the spec documents:"] + lines)
            .joined(separator: "\n")
        return [operation.documentation, errors].compactMap { $0 }.joined(separator: "\n\n")
    }

    private func securityExpression(_ security: OperationDeclaration.Security) -> String {
        switch security {
        case .apiKeyHeader(let name): ".apiKeyHeader(\(name.swiftLiteral))"
        case .apiKeyQuery(let name): ".apiKeyQuery(\(name.swiftLiteral))"
        case .bearer: ".bearer"
        case .basic: ".basic"
        }
    }
}

extension SwiftRenderer {
    /// `ClientProtocol` for a client named `Client`.
    func protocolName(_ client: ClientDeclaration) -> String {
        client.name + "Protocol"
    }

    /// The protocol the client conforms to, so that code calling it can be tested with a fake: one
    /// requirement per operation (same signature, without default values), and the paging sequences in an
    /// extension. A default for every requirement (it throws, naming the operation) is in the parts
    /// (``renderDefault(_:into:)``).
    func renderProtocol(_ client: ClientDeclaration, into printer: inout CodePrinter) {
        let name = protocolName(client)
        let operations = Self.callableOperations(client)
        printer.line("/// The operations of ``\(client.name)``, one requirement each, for test doubles:")
        printer.line("/// implement the ones your code calls; the others throw ``ClientError/invalidRequest(operationID:reason:)``.")
        printer.line("/// The paging sequences (`all…`) come with the protocol, built on the list operations.")
        printer.block("\(access)protocol \(name): Sendable") { printer in
            for (index, operation) in operations.enumerated() {
                if index > 0 { printer.line() }
                printer.documentation(Self.summary(operation))
                deprecation(operation.deprecated, into: &printer)
                printSignature(operation, defaults: false, opening: false, requirement: true, into: &printer)
            }
        }
        let paged = client.operations.filter { $0.pagination != nil }
        if !paged.isEmpty {
            printer.line()
            printer.block("extension \(name)") { printer in
                for (index, operation) in paged.enumerated() {
                    if index > 0 { printer.line() }
                    renderSequence(operation, operation.pagination!, into: &printer)
                }
            }
        }
    }

    /// What a fake does for an operation it does not implement: throws, naming the operation.
    func renderDefault(_ operation: OperationDeclaration, into printer: inout CodePrinter) {
        deprecation(operation.deprecated, into: &printer)
        printSignature(operation, defaults: false, opening: true, into: &printer)
        printer.indented { printer in
            let reason = "\"not implemented by \\(Self.self)\""
            printer.line("throw ClientError.invalidRequest(operationID: \(operation.operationId.swiftLiteral), reason: \(reason))")
        }
        printer.line("}")
    }

    /// The first paragraph of an operation's documentation, else its id.
    private static func summary(_ operation: OperationDeclaration) -> String {
        let lines = (operation.documentation ?? "").documentationText.splitting(atASCII: UInt8(ascii: "\n"))
        let first = lines.prefix { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
        return first.isEmpty ? "`\(operation.operationId)`" : first
    }

    /// The `AsyncSequence` form of a paged list operation: every item, fetching pages on demand.
    private func renderSequence(
        _ operation: OperationDeclaration, _ pagination: OperationDeclaration.Pagination, into printer: inout CodePrinter
    ) {
        let arguments = operation.arguments.filter { $0.name != pagination.tokenArgument }
        let labels = operation.arguments.map { argument in
            argument.name == pagination.tokenArgument ? "\(argument.name): token" : "\(argument.name): \(argument.name)"
        }
        printer.line("/// Every item of `\(operation.functionName)`, page after page: iterating fetches the next page")
        printer.line("/// when the current one is used up, and stops when the server sends no next token.")
        deprecation(operation.deprecated, into: &printer)
        let parameters = arguments.map { "\($0.name): \($0.type)" + ($0.defaultValue.map { " = \($0.swiftLiteral)" } ?? "") }
        printer.block("\(access)func \(pagination.sequenceName)(\(parameters.joined(separator: ", "))) -> PageSequence<\(pagination.elementType)>") { printer in
            printer.line("PageSequence { token in")
            printer.indented { printer in
                printer.line("let page = try await \(operation.functionName)(\(labels.joined(separator: ", ")))")
                let items = "page." + Self.chain([pagination.items]) + (pagination.items.presence == .always ? "" : " ?? []")
                printer.line("return (\(items), page.\(Self.chain(pagination.nextToken)))")
            }
            printer.line("}")
        }
    }
}
