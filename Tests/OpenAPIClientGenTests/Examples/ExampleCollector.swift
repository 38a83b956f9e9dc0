@testable import OpenAPIClientGen

/// Walks a document beside the module translated from it and pairs every example (on a schema,
/// a property, a parameter or a media type) with the generated type of the place it is attached to.
/// Examples it cannot pair are listed as ``UncheckedExample``s, never dropped.
struct ExampleCollector {
    let document: OpenAPIDocument
    let module: GeneratedModule
    private(set) var inventory = ExampleInventory()
    /// Types for inline schemas the client never names (error responses), declared for the check only.
    private(set) var supportTypes: [TypeDeclaration] = []
    /// For component names, and for translating what the client does not name.
    private var translator: TypeTranslator
    /// Every declaration by its qualified name (`IndexSpec.Pod`).
    private var declarations: [String: TypeDeclaration] = [:]

    init(document: OpenAPIDocument, module: GeneratedModule, clientName: String) {
        self.document = document
        self.module = module
        translator = TypeTranslator(document: document, reservedNames: [clientName])
        translator.names.reserveTopLevel(module.types.map(\.name))
        index(module.types, scope: nil)
    }

    mutating func collect() {
        for (name, schema) in document.components.schemas {
            guard let swiftName = translator.componentTypeNames[name] else { continue }
            walk(schema, type: .named(swiftName), at: "components.schemas.\(name)")
        }
        for operation in document.operations {
            collect(operation)
        }
    }

    private mutating func collect(_ operation: Operation) {
        let site = OperationTranslator.site(of: operation)
        let typePrefix = "Example" + SafeNameGenerator.typeName(operation.operationId ?? "\(operation.method.rawValue) \(operation.path)")
        // The parameters the translator uses, and the types it gave them (`module.siteTypes`).
        for parameter in OperationTranslator.parameters(of: operation, in: document.components) {
            let location = OperationTranslator.site(of: parameter, in: site)
            if let contentType = parameter.contentType, !Self.isJSON(contentType) {
                uncheckedExamples(parameter.example, parameter.examples, parameter.schema, at: location, reason: .notJSON)
                continue
            }
            let type = module.siteTypes[location]
                ?? typeForUnnamed(parameter.schema, name: typePrefix + SafeNameGenerator.typeName(parameter.name))
            examples(parameter.example, parameter.examples, unread: parameter.unreadExamples, type: type, at: location)
            if let schema = parameter.schema { walk(schema, type: type, at: location + ".schema") }
        }
        if let item = operation.requestBody, let body = document.components.requestBodies.resolve(item) {
            for (contentType, media) in body.content {
                collect(media, contentType: contentType, at: "\(site).requestBody.\(contentType)", name: typePrefix + "Request")
            }
        }
        for (code, item) in operation.responses {
            guard let response = document.components.responses.resolve(item) else { continue }
            for (contentType, media) in response.content {
                let name = typePrefix + SafeNameGenerator.typeName("response \(code)")
                collect(media, contentType: contentType, at: "\(site).responses.\(code).\(contentType)", name: name)
            }
        }
    }

    private mutating func collect(_ media: MediaType, contentType: String, at location: String, name: String) {
        guard Self.isJSON(contentType) else {
            uncheckedExamples(media.example, media.examples, media.schema, at: location, reason: .notJSON)
            for example in media.unreadExamples {
                inventory.unchecked.append(UncheckedExample(location: "\(location).examples.\(example)", reason: .notJSON))
            }
            // 3.2: each item of a sequential media type is JSON, and its examples are checked as such.
            if let items = media.itemSchema {
                walk(items, type: typeForUnnamed(items, name: name + "Item"), at: location + ".itemSchema")
            }
            return
        }
        let type = module.siteTypes[location] ?? typeForUnnamed(media.schema, name: name)
        examples(media.example, media.examples, unread: media.unreadExamples, type: type, at: location)
        if let schema = media.schema { walk(schema, type: type, at: location + ".schema") }
    }

    private mutating func examples(
        _ example: Example?, _ named: OrderedMap<Example>, unread: [String], type: SwiftType, at location: String
    ) {
        if let example { add(example, type: type, at: location + ".example") }
        for (name, value) in named { add(value, type: type, at: "\(location).examples.\(name)") }
        for name in unread {
            inventory.unchecked.append(UncheckedExample(location: "\(location).examples.\(name)", reason: .unread))
        }
    }

    private mutating func add(_ example: Example, type: SwiftType, at location: String) {
        inventory.sites.append(ExampleSite(location: location, swiftType: type.description, value: example.value))
    }

    // MARK: Schemas

    /// Records the schema's example and those beneath it; `type` is qualified (valid at the top level).
    private mutating func walk(_ schemaOrReference: SchemaOrReference, type: SwiftType, at location: String) {
        // A referenced component's examples are collected once, at the component.
        guard case .schema(let schema) = schemaOrReference else { return }
        if let example = schema.example { add(example, type: type, at: location + ".example") }
        // 3.1's `examples`, a list.
        for (index, example) in schema.examples.enumerated() { add(example, type: type, at: "\(location).examples.\(index)") }
        let resolved = resolveAliases(type)

        if let items = schema.items {
            if case .array(let element) = resolved {
                walk(items, type: element, at: location + ".items")
            } else {
                walkFreeForm(items, resolved, at: location + ".items")
            }
        }
        if case .schema(let values)? = schema.additionalProperties {
            switch resolved {
            case .dictionary(let value):
                walk(values, type: value, at: location + ".additionalProperties")
            case .named(let name):
                if case .structure(let declaration)? = declarations[name], let additional = declaration.additionalProperties {
                    walk(values, type: qualify(additional.valueType, in: name), at: location + ".additionalProperties")
                } else {
                    walkFreeForm(values, resolved, at: location + ".additionalProperties")
                }
            default:
                walkFreeForm(values, resolved, at: location + ".additionalProperties")
            }
        }
        for (wireName, property) in schema.properties {
            let propertyLocation = "\(location).properties.\(wireName)"
            if case .named(let name) = resolved, case .structure(let declaration)? = declarations[name],
               let declared = declaration.properties.first(where: { $0.wireName == wireName }) {
                walk(property, type: qualify(declared.type, in: name), at: propertyLocation)
            } else {
                walkFreeForm(property, resolved, at: propertyLocation)
            }
        }
        // Members' properties are the struct's; a lone member is the type itself.
        for (index, member) in schema.allOf.enumerated() {
            walk(member, type: type, at: "\(location).allOf.\(index)")
        }
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        let keyword = schema.oneOf.isEmpty ? "anyOf" : "oneOf"
        for (index, alternative) in alternatives.enumerated() {
            let alternativeLocation = "\(location).\(keyword).\(index)"
            if case .named(let name) = resolved, case .oneOf(let declaration)? = declarations[name],
               declaration.cases.count == alternatives.count {
                walk(alternative, type: qualify(declaration.cases[index].type, in: name), at: alternativeLocation)
            } else {
                walkFreeForm(alternative, resolved, at: alternativeLocation)
            }
        }
        if let not = schema.not {
            uncheckedExamples(not, at: location + ".not", reason: .noGeneratedType)
        }
    }

    /// Beneath a free-form type (`JSONValue`), examples decode as `JSONValue`; beneath any other type a
    /// schema without a counterpart is a mismatch between the walk and the translator, reported as such.
    private mutating func walkFreeForm(_ schema: SchemaOrReference, _ parent: SwiftType, at location: String) {
        if parent == .jsonValue || parent == .jsonObject {
            walk(schema, type: .jsonValue, at: location)
        } else {
            uncheckedExamples(schema, at: location, reason: .noGeneratedType)
        }
    }

    /// Lists the examples of a parameter or media type, and those of its schema, as unchecked.
    private mutating func uncheckedExamples(
        _ example: Example?, _ named: OrderedMap<Example>, _ schema: SchemaOrReference?, at location: String,
        reason: UncheckedExample.Reason
    ) {
        if example != nil { inventory.unchecked.append(UncheckedExample(location: location + ".example", reason: reason)) }
        for (name, _) in named {
            inventory.unchecked.append(UncheckedExample(location: "\(location).examples.\(name)", reason: reason))
        }
        if let schema { uncheckedExamples(schema, at: location + ".schema", reason: reason) }
    }

    /// Lists every example at and beneath a schema as unchecked.
    private mutating func uncheckedExamples(_ schema: SchemaOrReference, at location: String, reason: UncheckedExample.Reason) {
        guard case .schema(let schema) = schema else { return }
        if schema.example != nil { inventory.unchecked.append(UncheckedExample(location: location + ".example", reason: reason)) }
        for index in schema.examples.indices {
            inventory.unchecked.append(UncheckedExample(location: "\(location).examples.\(index)", reason: reason))
        }
        var children: [(String, SchemaOrReference)] = schema.properties.map { ("properties.\($0.key)", $0.value) }
        if let items = schema.items { children.append(("items", items)) }
        if case .schema(let values)? = schema.additionalProperties { children.append(("additionalProperties", values)) }
        children += schema.allOf.enumerated().map { ("allOf.\($0.offset)", $0.element) }
        children += schema.oneOf.enumerated().map { ("oneOf.\($0.offset)", $0.element) }
        children += schema.anyOf.enumerated().map { ("anyOf.\($0.offset)", $0.element) }
        if let not = schema.not { children.append(("not", not)) }
        for (path, child) in children {
            uncheckedExamples(child, at: "\(location).\(path)", reason: reason)
        }
    }

    // MARK: Types

    /// The type of a body, response or parameter the client does not declare: a component, a plain
    /// type, or a declaration made for the check alone.
    private mutating func typeForUnnamed(_ schema: SchemaOrReference?, name: String) -> SwiftType {
        guard let schema else { return .jsonValue }
        let unique = translator.names.claimTopLevel(name)
        var nested: [TypeDeclaration] = []
        // The generator has reported on these schemas already.
        var ignored = DiagnosticCollector(file: document.file)
        let type: SwiftType
        if case .schema(let inline) = schema,
           translator.needsStruct(inline) || inline.enumValues?.isEmpty == false || OneOfTranslator.isOneOf(inline) {
            nested += translator.declarations(for: inline, named: unique, diagnostics: &ignored)
            type = .named(unique)
        } else {
            type = translator.type(for: schema, suggestedName: unique, nested: &nested, diagnostics: &ignored)
        }
        supportTypes += nested
        index(nested, scope: nil)
        return type
    }

    private mutating func index(_ types: [TypeDeclaration], scope: String?) {
        for type in types {
            let name = scope.map { "\($0).\(type.name)" } ?? type.name
            declarations[name] = type
            switch type {
            case .structure(let declaration): index(declaration.nestedTypes, scope: name)
            case .oneOf(let declaration): index(declaration.nestedTypes, scope: name)
            case .openEnum, .alias: break
            }
        }
    }

    /// A type as written inside the declaration `scope`, as it is named from the top level: nested
    /// types shadow outer ones, as Swift looks them up.
    private func qualify(_ type: SwiftType, in scope: String?) -> SwiftType {
        switch type {
        case .named(let name):
            var current = scope
            while let enclosing = current {
                if declarations["\(enclosing).\(name)"] != nil { return .named("\(enclosing).\(name)") }
                current = enclosing.lastIndex(of: ".").map { String(enclosing[..<$0]) }
            }
            return type
        case .array(let element): return .array(qualify(element, in: scope))
        case .dictionary(let value): return .dictionary(qualify(value, in: scope))
        case .optional(let wrapped): return .optional(qualify(wrapped, in: scope))
        case .generic(let wrapper, let argument): return .generic(wrapper, qualify(argument, in: scope))
        }
    }

    /// The type without optionality and through type aliases, qualified.
    private func resolveAliases(_ type: SwiftType) -> SwiftType {
        var current = Self.unwrapped(type)
        for _ in 0..<32 {
            guard case .named(let name) = current, case .alias(let alias)? = declarations[name] else { return current }
            let scope = name.lastIndex(of: ".").map { String(name[..<$0]) }
            current = Self.unwrapped(qualify(alias.target, in: scope))
        }
        return current
    }

    /// The type inside optionals and the runtime's wrappers: `Nullable<[T]>?` → `[T]`.
    private static func unwrapped(_ type: SwiftType) -> SwiftType {
        switch type {
        case .optional(let wrapped), .generic(_, let wrapped): unwrapped(wrapped)
        default: type
        }
    }

    static func isJSON(_ contentType: String) -> Bool {
        TypeTranslator.jsonContent(OrderedMap(single: contentType)) != nil
    }
}

extension OrderedMap where Value == MediaType {
    /// A map holding one media type without a schema: for asking ``TypeTranslator/jsonContent(_:)`` about a name.
    init(single contentType: String) {
        self.init()
        self[contentType] = MediaType(mark: Mark(line: 0, column: 0))
    }
}

extension GeneratorPipeline {
    /// Runs every stage and also lists the spec's examples with the generated type each should decode
    /// into: for tests that decode and re-encode them against the generated code (not part of the client).
    func runCollectingExamples(_ bytes: [UInt8], file: String, reader: SpecFileReader = .none) throws(DiagnosticError) -> (Output, ExampleInventory) {
        let (output, document, module) = try runStages(bytes, file: file, reader: reader)
        var collector = ExampleCollector(document: document, module: module, clientName: options.clientName)
        collector.collect()
        var inventory = collector.inventory
        if !collector.supportTypes.isEmpty {
            let renderer = SwiftRenderer(accessLevel: .internal, sourceName: "the examples of " + Self.sourceName(file))
            inventory.supportFile = GeneratedFile(name: "ExampleTypes.swift", contents: renderer.renderTypesInOneFile(collector.supportTypes))
        }
        return (output, inventory)
    }
}
