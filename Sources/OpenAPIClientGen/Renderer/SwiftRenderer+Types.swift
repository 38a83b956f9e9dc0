extension SwiftRenderer {
    func render(_ declaration: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        typeDeprecation(declaration.deprecated, into: &printer)
        let conformances = declaration.isCodable ? "Codable, Hashable, Sendable" : "Hashable, Sendable"
        printer.block("\(access)struct \(declaration.name): \(conformances)") { printer in
            for property in declaration.properties {
                printer.documentation(property.documentation)
                deprecation(property.deprecated, into: &printer)
                if property.hasSeparateStorage {
                    renderComputed(property, into: &printer)
                } else {
                    printer.line("\(access)var \(property.name): \(property.type)")
                }
            }
            if let additional = declaration.additionalProperties {
                printer.documentation("Keys beyond the declared properties, kept as sent.")
                printer.line("\(access)var \(additional.name): [String: \(additional.valueType)]")
            }
            if !declaration.properties.isEmpty || declaration.additionalProperties != nil { printer.line() }
            renderInitializer(declaration, into: &printer)
            if declaration.isCodable {
                printer.line()
                renderCoding(declaration, into: &printer)
            }
            if let kinds = declaration.formFields {
                printer.line()
                renderFormFields(declaration, kinds, into: &printer)
            }
            if declaration.checksConstraints {
                printer.line()
                renderConstraintChecks(declaration, into: &printer)
            }
            for nested in declaration.nestedTypes {
                printer.line()
                render(nested, into: &printer)
            }
        }
    }

    /// `ConstraintCheckable`: each constrained property (or one holding a constrained struct), at its JSON path.
    /// The conformance itself is declared apart, in ``renderConstraintConformances(of:into:)``.
    private func renderConstraintChecks(_ declaration: StructDeclaration, into printer: inout CodePrinter) {
        printer.line("/// Checks the spec's constraints on the properties before the value is sent.")
        printer.block("\(constraintCheckSPI)\(access)func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks)") { printer in
            for property in declaration.properties {
                guard let constraints = property.constraints else { continue }
                // Deprecated properties are read through their storage, which is not deprecated.
                let value = property.hasSeparateStorage && !property.isIndirect ? storageName(property) : property.name
                let arguments = [value, "at: path + \(("." + property.wireName).swiftLiteral)"] + [constraints.swiftExpression].compactMap { $0 }
                printer.line("checks.check(\(arguments.joined(separator: ", ")))")
            }
        }
    }

    /// `extension Request: ConstraintCheckable {}` for a top-level type and each of its nested types that checks
    /// its properties, and `extension Form: FormEncodable {}` for each form body among them, nested ones by their
    /// full name. In an SPI extension when the output is public: the protocols are the runtime's plumbing for the
    /// client (SPI), and a public type may conform to them only there, out of users' completions.
    func renderConstraintConformances(of type: TypeDeclaration, into printer: inout CodePrinter) {
        var conformances: [(name: String, conformance: String)] = []
        func collect(_ type: TypeDeclaration, in scope: String) {
            switch type {
            case .structure(let declaration):
                if declaration.checksConstraints { conformances.append((scope + declaration.name, "ConstraintCheckable")) }
                if declaration.formFields != nil { conformances.append((scope + declaration.name, "FormEncodable")) }
                for nested in declaration.nestedTypes { collect(nested, in: scope + declaration.name + ".") }
            case .oneOf(let declaration):
                if !declaration.checkedCases.isEmpty { conformances.append((scope + declaration.name, "ConstraintCheckable")) }
                for nested in declaration.nestedTypes { collect(nested, in: scope + declaration.name + ".") }
            case .openEnum, .alias:
                return
            }
        }
        collect(type, in: "")
        guard !conformances.isEmpty else { return }
        let spi = accessLevel == .public ? "@_spi(Generated) " : ""
        printer.line()
        for (name, conformance) in conformances {
            printer.line(spi + "extension \(name): \(conformance) {}")
        }
    }

    /// `checkConstraints` is plumbing for the client, as its protocol is: out of users' completions.
    var constraintCheckSPI: String { accessLevel == .public ? "@_spi(Generated) " : "" }

    /// A case's raw value as a literal of the enum's raw type.
    func literal(_ enumCase: EnumDeclaration.Case, _ rawType: EnumDeclaration.RawType) -> String {
        rawType == .int ? enumCase.rawValue : enumCase.rawValue.swiftLiteral
    }

    /// `FormEncodable`: each property as a form field, in order.
    private func renderFormFields(
        _ declaration: StructDeclaration, _ kinds: [StructDeclaration.FormFieldKind], into printer: inout CodePrinter
    ) {
        printer.line("/// The fields of the form body, in order.")
        printer.block("\(constraintCheckSPI)\(access)func formFields() throws -> [FormField]") { printer in
            printer.line("var form = FormFieldsBuilder()")
            for (property, kind) in zip(declaration.properties, kinds) {
                // Deprecated properties are read through their storage, which is not deprecated.
                var value = property.hasSeparateStorage && !property.isIndirect ? storageName(property) : property.name
                let name = property.wireName.swiftLiteral
                // A form has no null: an explicit `.null` sends nothing, as `nil` does.
                if kind != .json, case .optional(.generic(.nullable, _)) = property.type { value += "?.wrapped" }
                switch kind {
                case .text: printer.line("form.text(\(name), \(value))")
                case .file: printer.line("form.file(\(name), \(value))")
                case .json: printer.line("try form.json(\(name), \(value))")
                }
            }
            printer.line("return form.fields")
        }
    }

    /// A computed property over private storage: boxed for a type that contains itself, plain for a
    /// deprecated property (so that the initializer and coding do not use the deprecated name).
    private func renderComputed(_ property: PropertyDeclaration, into printer: inout CodePrinter) {
        let storage = storageName(property)
        let optional = property.type.isOptional
        printer.block("\(access)var \(property.name): \(property.type)") { printer in
            if !property.isIndirect {
                printer.line("get { \(storage) }")
                printer.line("set { \(storage) = newValue }")
            } else if optional {
                printer.line("get { \(storage)?.value }")
                printer.line("set { \(storage) = newValue.map(Indirect.init) }")
            } else {
                printer.line("get { \(storage).value }")
                printer.line("set { \(storage) = Indirect(newValue) }")
            }
        }
        printer.line("private var \(storage): \(storageType(property))")
    }

    /// The type a property is stored as: boxed when indirect.
    func storageType(_ property: PropertyDeclaration) -> SwiftType {
        guard property.isIndirect else { return property.type }
        let box = SwiftType.generic(.indirect, property.type.unwrapped)
        return property.type.isOptional ? box.optional : box
    }

    func storageName(_ property: PropertyDeclaration) -> String {
        // The private storage of a property: its name behind an underscore (`_self` → `__self`).
        "_" + property.name.trimmingBackticks
    }

    private func renderInitializer(_ declaration: StructDeclaration, into printer: inout CodePrinter) {
        var parameters = declaration.properties.map { property in
            "\(property.name): \(property.type)" + (property.type.isOptional ? " = nil" : "")
        }
        if let additional = declaration.additionalProperties {
            parameters.append("\(additional.name): [String: \(additional.valueType)] = [:]")
        }
        let signature = "\(access)init(\(parameters.joined(separator: ", ")))"
        if signature.count <= 100 || parameters.count <= 1 {
            printer.line(signature + " {")
        } else {
            printer.line("\(access)init(")
            printer.indented { printer in
                for (index, parameter) in parameters.enumerated() {
                    printer.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            printer.line(") {")
        }
        printer.indented { printer in
            for property in declaration.properties {
                if property.isIndirect {
                    let box = property.type.isOptional ? "\(property.name).map(Indirect.init)" : "Indirect(\(property.name))"
                    printer.line("self.\(storageName(property)) = \(box)")
                } else if property.hasSeparateStorage {
                    printer.line("self.\(storageName(property)) = \(property.name)")
                } else {
                    printer.line("self.\(property.name) = \(property.name)")
                }
            }
            if let additional = declaration.additionalProperties {
                printer.line("self.\(additional.name) = \(additional.name)")
            }
        }
        printer.line("}")
    }

    func render(_ declaration: EnumDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        typeDeprecation(declaration.deprecated, into: &printer)
        let raw = declaration.rawType.rawValue
        if declaration.isClosed {
            printer.block("\(access)enum \(declaration.name): \(raw), Codable, Hashable, Sendable, CaseIterable") { printer in
                for enumCase in declaration.cases {
                    printer.line("case \(enumCase.name) = \(literal(enumCase, declaration.rawType))")
                }
            }
            return
        }
        printer.block("\(access)enum \(declaration.name): OpenEnum, CaseIterable") { printer in
            for enumCase in declaration.cases {
                printer.line("case \(enumCase.name)")
            }
            printer.line("/// A value this version of the client does not know; it is kept as sent.")
            printer.line("case unrecognized(\(raw))")
            printer.line()
            printer.block("\(access)init(rawValue: \(raw))") { printer in
                printer.line("switch rawValue {")
                for enumCase in declaration.cases {
                    printer.line("case \(literal(enumCase, declaration.rawType)): self = .\(enumCase.name.trimmingBackticks)")
                }
                printer.line("default: self = .unrecognized(rawValue)")
                printer.line("}")
            }
            printer.line()
            printer.block("\(access)var rawValue: \(raw)") { printer in
                printer.line("switch self {")
                for enumCase in declaration.cases {
                    printer.line("case .\(enumCase.name.trimmingBackticks): \(literal(enumCase, declaration.rawType))")
                }
                printer.line("case .unrecognized(let value): value")
                printer.line("}")
            }
            printer.line()
            let all = declaration.cases.map { "." + $0.name.trimmingBackticks }.joined(separator: ", ")
            printer.line("/// The values this version of the client knows.")
            printer.line("\(access)static let allCases: [Self] = [\(all)]")
        }
    }
}

extension SwiftRenderer {
    /// `init(from:)` and `encode(to:)`, written out for every struct, keyed by the wire names through the
    /// runtime's `AnyCodingKey` (`forKey: "backup_id"`).
    ///
    /// Written rather than synthesized because synthesis also emits a `CodingKeys` enum per struct, with its
    /// string switches, `Hashable` and `CustomStringConvertible` witnesses: about a sixth of the generated
    /// code's machine code, compiled in every consumer's clean build. The written form also sends `null` for
    /// a required nullable property (synthesis leaves `nil` out) and keeps the keys beyond the declared
    /// properties where the schema allows them.
    func renderCoding(_ declaration: StructDeclaration, into printer: inout CodePrinter) {
        let stored = declaration.properties.map { property in
            (name: property.hasSeparateStorage ? storageName(property) : property.name,
             key: property.wireName.swiftLiteral, type: storageType(property), explicitNull: property.encodesExplicitNull)
        }
        let additional = declaration.additionalProperties
        // An empty struct still reads and writes an object, as synthesized coding does.
        let needsContainer = !stored.isEmpty || additional != nil
        if additional != nil, !stored.isEmpty {
            // A declared key wins over an extra one of the same name.
            printer.line("private static let declaredKeys: Set<String> = [\(stored.map(\.key).joined(separator: ", "))]")
            printer.line()
        }
        printer.block("\(access)init(from decoder: any Decoder) throws") { printer in
            printer.line(needsContainer
                ? "let container = try decoder.container(keyedBy: AnyCodingKey.self)"
                : "_ = try decoder.container(keyedBy: AnyCodingKey.self)")
            for (name, key, type, _) in stored {
                printer.line("self.\(name) = try container.\(Self.decodeCall(type, key: key))")
            }
            if let additional {
                printer.line("var \(additional.name): [String: \(additional.valueType)] = [:]")
                let filter = stored.isEmpty ? "" : " where !Self.declaredKeys.contains(key.stringValue)"
                printer.block("for key in container.allKeys\(filter)") { printer in
                    printer.line("\(additional.name)[key.stringValue] = try container.decode(\(additional.valueType).self, forKey: key)")
                }
                printer.line("self.\(additional.name) = \(additional.name)")
            }
        }
        printer.line()
        printer.block("\(access)func encode(to encoder: any Encoder) throws") { printer in
            printer.line(needsContainer
                ? "var container = encoder.container(keyedBy: AnyCodingKey.self)"
                : "_ = encoder.container(keyedBy: AnyCodingKey.self)")
            for (name, key, type, explicitNull) in stored {
                printer.line("try container.\(Self.encodeCall(type, value: "self.\(name)", key: key, explicitNull: explicitNull))")
            }
            if let additional {
                let filter = stored.isEmpty ? "" : " where !Self.declaredKeys.contains(key)"
                printer.block("for (key, value) in \(additional.name)\(filter)") { printer in
                    printer.line("try container.encode(value, forKey: AnyCodingKey(key))")
                }
            }
        }
    }
}

/// The runtime's coding helpers a property is read and written with (OpenAPIClientRuntime/GeneratedCoding.swift):
/// a name of its own per kind, which type-checks in a fifth of the time of the containers' overloaded
/// `decodeIfPresent` and `encodeIfPresent`.
extension SwiftRenderer {
    /// The types the containers read and write through non-generic overloads; the runtime has a helper for each.
    static let codingPrimitives: Set<String> = ["String", "Int", "Int32", "Int64", "Double", "Float", "Bool"]

    private static func primitive(_ type: SwiftType) -> String? {
        guard case .named(let name) = type, codingPrimitives.contains(name) else { return nil }
        return name
    }

    /// `decodeString("name")`, `decodeValueIfPresent(IndexSpec.self, "spec")`, …
    static func decodeCall(_ type: SwiftType, key: String) -> String {
        guard case .optional(let wrapped) = type else {
            return primitive(type).map { "decode\($0)(\(key))" } ?? "decodeValue(\(type).self, \(key))"
        }
        if let name = primitive(wrapped) { return "decode\(name)IfPresent(\(key))" }
        switch wrapped {
        case .generic(.nullable, _): return "decodeNullableIfPresent(\(wrapped).self, \(key))"
        case .generic(.indirect, .generic(.nullable, _)): return "decodeIndirectNullableIfPresent(\(wrapped).self, \(key))"
        case .jsonValue: return "decodeJSONValueIfPresent(\(key))"
        default: return "decodeValueIfPresent(\(wrapped).self, \(key))"
        }
    }

    /// `encodeStringIfPresent(self.name, "name")`, `encodeValue(self.spec, "spec")`, …; a required nullable
    /// property (`explicitNull`) writes `null` for `nil`.
    static func encodeCall(_ type: SwiftType, value: String, key: String, explicitNull: Bool) -> String {
        if case .optional(let wrapped) = type, !explicitNull {
            return primitive(wrapped).map { "encode\($0)IfPresent(\(value), \(key))" } ?? "encodeValueIfPresent(\(value), \(key))"
        }
        return primitive(type).map { "encode\($0)(\(value), \(key))" } ?? "encodeValue(\(value), \(key))"
    }
}
