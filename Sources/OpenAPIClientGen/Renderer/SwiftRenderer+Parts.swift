/// The operations, the protocol's defaults and the types, spread over `Generated_01.swift` to
/// `Generated_16.swift` in parts of about the same weight (see ``SwiftRenderer/fileNames``).
extension SwiftRenderer {
    /// Whole declarations that go to one part together: one operation, one default, or one top-level type.
    struct Section {
        enum Kind: CaseIterable {
            case operation, protocolDefault, type
        }

        var kind: Kind
        /// What the part's header names: the function or the type.
        var name: String
        /// The Swift text, indented for where it goes (inside an extension for operations and defaults).
        var text: String
        /// The lines the compiler works on: neither blank nor comments.
        var weight: Int
    }

    /// In reading order: the operations, then their defaults for test doubles, both in the spec's order, then
    /// the types by name.
    func sections(of module: GeneratedModule) -> [Section] {
        let operations = Self.callableOperations(module.client)
        var sections: [Section] = []
        for operation in operations {
            sections.append(section(.operation, operation.functionName) { render(operation, into: &$0) })
        }
        for operation in operations {
            sections.append(section(.protocolDefault, operation.functionName) { renderDefault(operation, into: &$0) })
        }
        for type in module.types.sorted(by: { $0.name < $1.name }) {
            sections.append(section(.type, type.name) { renderTopLevel(type, into: &$0) })
        }
        return sections
    }

    private func section(_ kind: Section.Kind, _ name: String, _ body: (inout CodePrinter) -> Void) -> Section {
        var printer = CodePrinter()
        if kind == .type {
            body(&printer)
        } else {
            printer.indented(body)
        }
        return Section(kind: kind, name: name, text: printer.text, weight: Self.weight(printer.text))
    }

    /// The lines of `text` that are neither blank nor comments: after their leading spaces, not empty and not
    /// starting with `//`. Lines end where ``String/splitting(atASCII:)`` cuts (not at a "\n" after "\r"); they are
    /// read as slices of the contiguous bytes: every section's text is weighed, and an array of lines per section
    /// was 8 % of a run.
    static func weight(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            func isCode(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
                let code = line.drop { $0 == UInt8(ascii: " ") }
                return !code.isEmpty && !code.starts(with: "//".utf8)
            }
            var count = 0
            var start = 0
            for index in bytes.indices
            where bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) {
                if isCode(bytes[start..<index]) { count += 1 }
                start = index + 1
            }
            return isCode(bytes[start...]) ? count + 1 : count
        }
    }

    /// ``partCount`` files' text. `Client.swift` (of weight `clientWeight`) and the parts get equal shares of the
    /// total weight: each section goes to the part its middle falls in, so the files weigh about the same and keep
    /// the sections' order.
    func renderParts(_ sections: [Section], client: ClientDeclaration, clientWeight: Int) -> [String] {
        let total = sections.reduce(clientWeight) { $0 + $1.weight }
        let shares = Self.partCount + 1
        var parts = Array(repeating: [Section](), count: Self.partCount)
        var before = clientWeight
        for section in sections {
            let share = (2 * before + section.weight) * shares / (2 * total)
            parts[min(Self.partCount, max(1, share)) - 1].append(section)
            before += section.weight
        }
        return parts.indices.map { renderPart($0 + 1, parts[$0], client: client) }
    }

    private func renderPart(_ number: Int, _ sections: [Section], client: ClientDeclaration) -> String {
        let part = " (part \(number) of \(Self.partCount))"
        guard !sections.isEmpty else {
            return "\(Self.headerPrefix)\(sourceName)\(part). Do not edit.\n// Nothing in this part for this spec.\n"
        }
        var printer = CodePrinter()
        header(&printer, part: part, contents: Self.contents(sections))
        for kind in Section.Kind.allCases {
            let group = sections.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            printer.line()
            switch kind {
            case .operation:
                printer.line("// MARK: - Operations of \(client.name)")
                printer.line()
                printer.line("extension \(client.name) {")
            case .protocolDefault:
                printer.line("// MARK: - Defaults of \(protocolName(client))")
                printer.line()
                printer.line("/// What a fake does for the operations it does not implement: throws.")
                printer.line("extension \(protocolName(client)) {")
            case .type:
                printer.line("// MARK: - Types")
            }
            for (index, section) in group.enumerated() {
                if kind != .type && index > 0 { printer.line() }
                printer.append(section.text)
            }
            if kind != .type { printer.line("}") }
        }
        return printer.text
    }

    /// `Operations createCall to listCall; types Account to Call.`: what a part's header says it holds.
    static func contents(_ sections: [Section]) -> String {
        let names: [(Section.Kind, String, String)] = [
            (.operation, "operation", "operations"), (.protocolDefault, "default", "defaults"), (.type, "type", "types"),
        ]
        let phrases = names.compactMap { kind, one, many -> String? in
            let group = sections.filter { $0.kind == kind }
            guard let first = group.first, let last = group.last else { return nil }
            return group.count == 1 ? "\(one) \(first.name)" : "\(many) \(first.name) to \(last.name)"
        }
        let text = phrases.joined(separator: "; ") + "."
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
