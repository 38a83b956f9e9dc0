/// The stage between YAML and the OpenAPI parser: reads every file the spec's `$ref`s name and makes
/// one document of them, in which every `$ref` is a local `#/components/<kind>/<name>`.
///
/// A `$ref` to another file, or to a place in this one that is not a component (`#/paths/~1pets/…`),
/// names a target; a schema, parameter, response, request body, header or security scheme target is
/// filed among the components under a name of its own, and every `$ref` to it points there. Path items,
/// operations and examples, which make no type, are read in place instead. Each file is read once, and
/// a `$ref` inside a file resolves relative to that file. The same target reached along different paths
/// is one component; a target that also stands inside another one is replaced there by a `$ref`, so it
/// is one type. Marks keep the index of the file they come from, so every diagnostic names its file.
struct ReferenceBundler {
    struct Output {
        var root: YAMLNode
        /// The spec's files by ``Mark/file`` index: the root first, then the files read, in the order read.
        var files: [String]
        var diagnostics: [Diagnostic]
    }

    /// A target as filed: its component kind (`""` for targets read in place), file and pointer.
    struct Key: Hashable {
        var kind: String
        var file: Int
        var pointer: [String]
    }

    /// Where a `$ref`'s text leads.
    enum Resolution {
        /// A component of the root document, written so already: nothing to change.
        case unchanged
        /// A component of the root document written from another file: the local pointer to it.
        case rootComponent(String)
        case target(Key, YAMLNode)
        /// Reported already.
        case failed
    }

    let reader: SpecFileReader
    var files: [String]
    var roots: [YAMLNode?]
    var fileIndexes: [String: Int]
    var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []
    let rootDirectory: String

    /// Every target filed among the components, with its name.
    var names: [Key: String] = [:]
    /// Names in use per component kind: the root's own components first.
    var takenNames: [String: Set<String>] = [:]
    /// Root components that are only a `$ref` to a target: the target takes the component's name, and
    /// its content stands in the component's place (kind → name → target).
    var rootComponentTargets: [String: [String: (Key, YAMLNode)]] = [:]
    /// Targets filed in this pass, in order, and the new components made of them.
    var queue: [(Key, YAMLNode)] = []
    var queued: Set<Key> = []
    var components: [String: [(key: Key, name: String, node: YAMLNode)]] = [:]
    /// Targets read in place (path items, operations, examples), and the chain being read now.
    var inlined: Set<Key> = []
    var inlineStack: [Key] = []
    /// Second pass: targets that also stand inside something emitted, by their node's mark and kind, and
    /// every place that holds one of them (the only places emitted again).
    var inPlace: [InPlaceKey: Key] = [:]
    var containers: Set<Place> = []
    var isSecondPass = false
    /// What the first pass made of each target read in place, for the second to reuse.
    var inlinedContent: [Key: YAMLNode] = [:]
    /// Operations given by `$ref`: how many, and the first.
    var operationReferences: (count: Int, first: Mark?) = (0, nil)

    /// Each `$ref` text once per file: where it leads.
    var resolutions: [ResolutionKey: Resolution] = [:]

    struct ResolutionKey: Hashable {
        var file: Int
        var text: String
    }

    /// A node's place: a file and a pointer into it.
    struct Place: Hashable {
        var file: Int
        var pointer: [String]
    }

    struct InPlaceKey: Hashable {
        var mark: Mark
        var kind: String
    }

    static let kinds = ["schemas", "parameters", "responses", "requestBodies", "headers", "securitySchemes"]

    init(root: YAMLNode, file: String, reader: SpecFileReader) {
        self.reader = reader
        files = [file]
        roots = [root]
        fileIndexes = [SpecPath.normalize(file): 0]
        rootDirectory = SpecPath.normalize(SpecPath.directory(of: file))
    }

    /// Bundles the document read from `file`. Throws when a file cannot be read or a `$ref` does not resolve.
    static func bundle(_ root: YAMLNode, file: String, reader: SpecFileReader) -> Output {
        var bundler = ReferenceBundler(root: root, file: file, reader: reader)
        return bundler.run(root)
    }

    private mutating func run(_ root: YAMLNode) -> Output {
        reserveRootComponentNames(root)
        var result = firstPass(root)
        if needsSecondPass() { result = secondPass(root) }
        if !components.isEmpty { result = Self.adding(components, to: result) }
        if let first = operationReferences.first {
            let count = operationReferences.count
            note("\(count == 1 ? "an operation is" : "\(count) operations are") given by $ref, which OpenAPI allows only for a whole path item; \(count == 1 ? "it is" : "each is") read from the file it names", at: first)
        }
        return Output(root: result, files: files, diagnostics: diagnostics)
    }

    /// Emits the document, files every target it reaches (transitively) and emits each target once.
    private mutating func firstPass(_ root: YAMLNode) -> YAMLNode {
        queued = Set(rootComponentTargets.values.flatMap { $0.values.map(\.0) })
        let document = emit(root, as: .document, isTop: true) ?? root
        var index = 0
        while index < queue.count {
            let (key, node) = queue[index]
            index += 1
            let content = emit(node, as: Self.slot(forKind: key.kind), isTop: true) ?? node
            components[key.kind, default: []].append((key, names[key]!, content))
        }
        return document
    }

    /// Some target also stands inside the document or inside another target emitted whole: emits again
    /// what holds such a place, with the place replaced by a `$ref` to the target's component, so that it is
    /// one type. Targets that hold none keep what the first pass made of them.
    private mutating func secondPass(_ root: YAMLNode) -> YAMLNode {
        isSecondPass = true
        for (key, _) in names {
            guard let node = navigate(key.file, key.pointer) else { continue }
            inPlace[InPlaceKey(mark: node.mark, kind: key.kind)] = key
            for length in 0..<key.pointer.count { containers.insert(Place(file: key.file, pointer: Array(key.pointer.prefix(length)))) }
        }
        let document = emit(root, as: .document, isTop: true) ?? root
        for (kind, entries) in components {
            for (index, entry) in entries.enumerated() where containers.contains(Place(file: entry.key.file, pointer: entry.key.pointer)) {
                guard let node = navigate(entry.key.file, entry.key.pointer) else { continue }
                components[kind]![index].node = emit(node, as: Self.slot(forKind: kind), isTop: true) ?? node
            }
        }
        return document
    }

    /// Whether some target lies inside another target, an in-place target or the root document.
    private func needsSecondPass() -> Bool {
        var emitted: [Int: Set<[String]>] = [0: [[]]]
        for key in names.keys { emitted[key.file, default: []].insert(key.pointer) }
        for key in inlined { emitted[key.file, default: []].insert(key.pointer) }
        for key in names.keys {
            guard let pointers = emitted[key.file] else { continue }
            for length in 0..<key.pointer.count where pointers.contains(Array(key.pointer.prefix(length))) { return true }
        }
        return false
    }

    static func slot(forKind kind: String) -> ReferenceSlot {
        switch kind {
        case "parameters": .parameter
        case "responses": .response
        case "requestBodies": .requestBody
        case "headers": .header
        case "securitySchemes": .securityScheme
        default: .schema
        }
    }

    // MARK: Diagnostics

    mutating func report(_ severity: Diagnostic.Severity, _ message: String, at mark: Mark) {
        let file = mark.file < files.count ? files[mark.file] : files[0]
        let diagnostic = Diagnostic(severity, message, file: file, at: mark)
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    mutating func error(_ message: String, at mark: Mark) { report(.error, message, at: mark) }
    mutating func warning(_ message: String, at mark: Mark) { report(.warning, message, at: mark) }
    mutating func note(_ message: String, at mark: Mark) { report(.note, message, at: mark) }
}

/// The component names targets are filed under.
extension ReferenceBundler {
    /// The root's own component names come first; a root component that is only a `$ref` gives its
    /// name to the target (a schema that is also a component keeps its component name).
    mutating func reserveRootComponentNames(_ root: YAMLNode) {
        guard let section = root["components"]?.mapping else { return }
        for pair in section {
            guard let kind = pair.key.scalar?.value, Self.kinds.contains(kind), let entries = pair.value.mapping else { continue }
            takenNames[kind, default: []].formUnion(entries.compactMap(\.key.scalar?.value))
        }
        for pair in section {
            guard let kind = pair.key.scalar?.value, Self.kinds.contains(kind), let entries = pair.value.mapping else { continue }
            for entry in entries {
                guard let name = entry.key.scalar?.value, let only = entry.value.mapping, only.count == 1,
                      only[0].key.scalar?.value == "$ref", let text = only[0].value.scalar?.value,
                      case .target(var key, let target) = resolve(text, at: only[0].value.mark) else { continue }
                key.kind = kind
                guard names[key] == nil else { continue }  // Another component names it first: this one stays an alias.
                names[key] = name
                rootComponentTargets[kind, default: [:]][name] = (key, target)
            }
        }
    }

    /// The name `key` is filed under, given on first sight; queues the target to be emitted once per pass.
    /// `nil` only for a target the first pass never saw (cannot happen: the passes walk the same document).
    mutating func register(_ key: Key, _ target: YAMLNode) -> String? {
        let name: String
        if let known = names[key] {
            name = known
        } else {
            // `name`, or `name2`, `name3`, … when taken, as type names are made unique.
            name = SafeNameGenerator.unique(preferredName(key), in: &takenNames[key.kind, default: []])
            names[key] = name
        }
        if queued.insert(key).inserted { queue.append((key, target)) }
        return name
    }

    /// A target that is a component of its file keeps that name; a whole file is named by its stem
    /// (`schemas/owner.json` → `owner`); anything else by the last key of its pointer that names something.
    private func preferredName(_ key: Key) -> String {
        let pointer = key.pointer
        if pointer.count == 3, pointer[0] == "components", pointer[1] == key.kind { return pointer[2] }
        if let last = pointer.last(where: Self.isNaming) { return last }
        return SpecPath.stem(of: files[key.file])
    }

    /// Keys that say what a thing is, rather than where it stands (`schema`, `items`, `0`, `application/json`).
    private static func isNaming(_ segment: String) -> Bool {
        !segment.isEmpty && Int(segment) == nil && !segment.contains("/") && !structuralKeys.contains(segment)
    }

    private static let structuralKeys: Set = [
        "schema", "items", "additionalProperties", "not", "content", "properties", "allOf", "anyOf", "oneOf", "prefixItems",
        "$defs", "definitions", "components", "schemas", "parameters", "responses", "requestBodies", "headers", "requestBody",
        "paths", "get", "put", "post", "delete", "options", "head", "patch", "trace", "query", "itemSchema", "securitySchemes",
    ]
}
