extension SwiftRenderer {
    /// `init(from:)` and `encode(to:)` for a struct that keeps keys beyond its declared properties:
    /// the declared ones through `CodingKeys`, every other key through `AnyCodingKey` into the dictionary.
    func renderCoding(
        _ declaration: StructDeclaration, keepingExtraKeysIn additional: StructDeclaration.AdditionalProperties,
        into printer: inout CodePrinter
    ) {
        let stored = declaration.properties.map { property in
            (key: property.hasSeparateStorage ? storageName(property) : property.name.trimmingBackticks, type: storageType(property),
             explicitNull: property.encodesExplicitNull)
        }
        printer.line()
        printer.block("\(access)init(from decoder: any Decoder) throws") { printer in
            if !stored.isEmpty { printer.line("let container = try decoder.container(keyedBy: CodingKeys.self)") }
            for (key, type, _) in stored {
                let call = type.isOptional ? "decodeIfPresent(\(type.unwrapped).self" : "decode(\(type).self"
                printer.line("self.\(key) = try container.\(call), forKey: .\(key))")
            }
            printer.line("let others = try decoder.container(keyedBy: AnyCodingKey.self)")
            printer.line("var \(additional.name): [String: \(additional.valueType)] = [:]")
            printer.block("for key in others.allKeys where CodingKeys(rawValue: key.stringValue) == nil") { printer in
                printer.line("\(additional.name)[key.stringValue] = try others.decode(\(additional.valueType).self, forKey: key)")
            }
            printer.line("self.\(additional.name) = \(additional.name)")
        }
        printer.line()
        printer.block("\(access)func encode(to encoder: any Encoder) throws") { printer in
            if !stored.isEmpty { printer.line("var container = encoder.container(keyedBy: CodingKeys.self)") }
            for (key, type, explicitNull) in stored {
                let call = type.isOptional && !explicitNull ? "encodeIfPresent" : "encode"
                printer.line("try container.\(call)(self.\(key), forKey: .\(key))")
            }
            printer.line("var others = encoder.container(keyedBy: AnyCodingKey.self)")
            // A declared key wins over an extra one of the same name.
            printer.block("for (key, value) in \(additional.name) where CodingKeys(rawValue: key) == nil") { printer in
                printer.line("try others.encode(value, forKey: AnyCodingKey(key))")
            }
        }
    }
}
