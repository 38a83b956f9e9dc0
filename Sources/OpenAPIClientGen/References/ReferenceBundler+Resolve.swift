/// Resolving a `$ref`'s text: the file it names (read once), and the JSON pointer into it.
extension ReferenceBundler {
    /// Where `text`, written at `mark`, leads. Errors are reported here, at the `$ref` (the first one
    /// with this text in this file: the answer is kept, as a spec names the same target many times over).
    mutating func resolve(_ text: String, at mark: Mark) -> Resolution {
        let key = ResolutionKey(file: mark.file, text: text)
        if let known = resolutions[key] { return known }
        let resolution = resolveAnew(text, at: mark)
        resolutions[key] = resolution
        return resolution
    }

    private mutating func resolveAnew(_ text: String, at mark: Mark) -> Resolution {
        let hash = text.firstIndex(of: "#")
        let filePart = String(text[..<(hash ?? text.endIndex)])
        let fragment = hash.map { String(text[text.index(after: $0)...]) } ?? ""
        if let colon = filePart.firstIndex(of: ":"), !filePart[..<colon].contains("/") {
            error("$ref '\(text)' names a URL; only files relative to the spec are read (nothing is fetched at build time): save a copy beside the spec and refer to that", at: mark)
            return .failed
        }
        guard fragment.isEmpty || fragment.hasPrefix("/") else {
            error("$ref '\(text)': '#\(fragment)' is not a JSON pointer ('#/components/schemas/Name'); anchors are not supported", at: mark)
            return .failed
        }
        let pointer = fragment.isEmpty ? [] : fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).removingPercentEncodingIfPossible.unescapingJSONPointer }
        let file: Int
        if filePart.isEmpty {
            file = mark.file
        } else {
            let path = SpecPath.resolve(filePart.removingPercentEncodingIfPossible, against: SpecPath.directory(of: files[mark.file]))
            guard let index = load(path, for: text, at: mark) else { return .failed }
            file = index
        }
        if file == 0, Self.isRootComponent(pointer) {
            return filePart.isEmpty ? .unchanged : .rootComponent("#" + fragment)
        }
        guard let node = navigate(file, pointer, reportingFor: text, at: mark) else { return .failed }
        return .target(Key(kind: "", file: file, pointer: pointer), node)
    }

    /// `/components/<kind>/<name>`, which the parser reads as it stands, and 3.1's `$defs` of a component
    /// schema, which it files among the schemas.
    static func isRootComponent(_ pointer: [String]) -> Bool {
        guard pointer.first == "components" else { return false }
        return pointer.count == 3 || (pointer.count >= 5 && pointer[1] == "schemas" && pointer[3] == "$defs")
    }

    /// The index of the file at `path`, read and parsed on first use; `nil` after reporting why not.
    private mutating func load(_ path: String, for text: String, at mark: Mark) -> Int? {
        if let index = fileIndexes[path] { return roots[index] == nil ? nil : index }
        let index = files.count
        files.append(path)
        roots.append(nil)
        fileIndexes[path] = index
        if !SpecPath.isInside(path, rootDirectory) {
            warning("$ref '\(text)' leaves the spec's folder: '\(path)' is read, but the spec no longer stands on its own", at: mark)
        }
        switch reader.read(path) {
        case .failure(let failure):
            error("$ref '\(text)': cannot read '\(path)': \(failure.reason)", at: mark)
        case .success(let bytes):
            do {
                roots[index] = try YAMLParser().parse(bytes, file: path, fileIndex: index)
            } catch {
                for diagnostic in error.diagnostics { report(diagnostic.severity, diagnostic.message, at: diagnostic.mark ?? Mark(line: 1, column: 1, file: index)) }
                note("'\(path)' is read for this $ref", at: mark)
            }
        }
        return roots[index] == nil ? nil : index
    }

    /// The node a JSON pointer names in a file; `nil` when it names none (reported when `text` is given).
    mutating func navigate(_ file: Int, _ pointer: [String], reportingFor text: String? = nil, at mark: Mark? = nil) -> YAMLNode? {
        guard var node = roots[file] else { return nil }
        for (depth, segment) in pointer.enumerated() {
            var next: YAMLNode?
            switch node.content {
            case .mapping: next = node[segment]
            case .sequence(let items): next = Int(segment).flatMap { items.indices.contains($0) ? items[$0] : nil }
            case .scalar: next = nil
            }
            guard let found = next else {
                if let text, let mark {
                    let place = depth == 0 ? "the top of '\(files[file])'" : "'/\(pointer.prefix(depth).joined(separator: "/"))' in '\(files[file])'"
                    error("$ref '\(text)' does not resolve: \(place) has no '\(segment)'", at: mark)
                }
                return nil
            }
            node = found
        }
        return node
    }
}
