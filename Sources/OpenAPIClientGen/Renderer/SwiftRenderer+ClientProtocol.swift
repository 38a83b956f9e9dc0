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
