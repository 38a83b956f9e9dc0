extension SwiftRenderer {
    func render(_ declaration: OneOfDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        typeDeprecation(declaration.deprecated, into: &printer)
        printer.block("\(access)enum \(declaration.name): Codable, Hashable, Sendable") { printer in
            for alternative in declaration.cases {
                printer.line("case \(alternative.name)(\(alternative.type))")
            }
            printer.line("/// A value that fits none of the alternatives this version knows; it is kept as sent.")
            printer.line("case unrecognized(JSONValue)")
            printer.line()
            printer.block("\(access)init(from decoder: any Decoder) throws") { printer in
                let tried = declaration.cases.filter { declaration.discriminator == nil || $0.discriminatorValues.isEmpty }
                if let discriminator = declaration.discriminator {
                    printer.line("let tag = try? decoder.container(keyedBy: AnyCodingKey.self)")
                    printer.indented { $0.line(".decodeIfPresent(String.self, forKey: AnyCodingKey(\(discriminator.swiftLiteral)))") }
                    printer.line("switch tag {")
                    for alternative in declaration.cases where !alternative.discriminatorValues.isEmpty {
                        let values = alternative.discriminatorValues.map(\.swiftLiteral).joined(separator: ", ")
                        printer.line("case \(values):")
                        printer.indented { printer in
                            printer.line("self = .\(alternative.name.trimmingBackticks)(try decoder.singleValueContainer().decode(\(alternative.type).self))")
                            printer.line("return")
                        }
                    }
                    printer.line("default: break")
                    printer.line("}")
                }
                if !tried.isEmpty {
                    printer.line("let container = try decoder.singleValueContainer()")
                    for alternative in tried {
                        printer.line("if let value = try? container.decode(\(alternative.type).self) { self = .\(alternative.name.trimmingBackticks)(value); return }")
                    }
                }
                printer.line("self = .unrecognized(try JSONValue(from: decoder))")
            }
            printer.line()
            printer.block("\(access)func encode(to encoder: any Encoder) throws") { printer in
                printer.line("var container = encoder.singleValueContainer()")
                printer.line("switch self {")
                for alternative in declaration.cases {
                    printer.line("case .\(alternative.name.trimmingBackticks)(let value): try container.encode(value)")
                }
                printer.line("case .unrecognized(let value): try container.encode(value)")
                printer.line("}")
            }
            if !declaration.checkedCases.isEmpty {
                printer.line()
                printer.line("/// Checks the spec's constraints on the alternative this value holds before it is sent.")
                printer.block("\(constraintCheckSPI)\(access)func checkConstraints(_ constraints: Constraints, at path: String, into checks: inout RequestChecks)") { printer in
                    printer.line("switch self {")
                    for name in declaration.checkedCases {
                        printer.line("case .\(name.trimmingBackticks)(let value): checks.check(value, at: path)")
                    }
                    printer.line("default: break")  // `unrecognized`, and alternatives without constraints
                    printer.line("}")
                }
            }
            for nested in declaration.nestedTypes {
                printer.line()
                render(nested, into: &printer)
            }
        }
    }
}
