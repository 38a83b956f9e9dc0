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
                let call = type.isOptional ? "decodeIfPresent(\(type.unwrapped).self" : "decode(\(type).self"
                printer.line("self.\(name) = try container.\(call), forKey: \(key))")
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
                let call = type.isOptional && !explicitNull ? "encodeIfPresent" : "encode"
                printer.line("try container.\(call)(self.\(name), forKey: \(key))")
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
