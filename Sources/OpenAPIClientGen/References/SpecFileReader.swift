/// Reads the files a spec's `$ref`s name. The library does no I/O of its own: the command line hands it a reader
/// of the file system; a spec given as text alone (tests, the fuzzer) reads nothing, so a `$ref` to another file
/// is an error there.
public struct SpecFileReader: Sendable {
    /// Why a file could not be read, in words for a diagnostic ("No such file or directory").
    public struct Failure: Error, Sendable {
        public var reason: String

        public init(_ reason: String) {
            self.reason = reason
        }
    }

    let read: @Sendable (_ path: String) -> Result<[UInt8], Failure>

    public init(read: @escaping @Sendable (_ path: String) -> Result<[UInt8], Failure>) {
        self.read = read
    }

    /// No files: every `$ref` to another file is an error.
    public static let none = SpecFileReader { _ in .failure(Failure("no other files are read for a spec given as text")) }

    /// Files held in memory, by path (tests).
    public static func inMemory(_ files: [String: String]) -> SpecFileReader {
        SpecFileReader { path in
            files[path].map { .success(Array($0.utf8)) } ?? .failure(Failure("No such file or directory"))
        }
    }
}

/// File paths as `$ref`s resolve them: by text, without touching the file system, so that the same
/// file reached along different paths (`a/../b.yaml`, `./b.yaml`) is one file.
enum SpecPath {
    /// The folder part of a path (`specs/a.yaml` → `specs`; `a.yaml` → ``).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `relative` resolved against `directory`, with `.` and `..` segments folded away where they can be.
    static func resolve(_ relative: String, against directory: String) -> String {
        let joined = relative.hasPrefix("/") || directory.isEmpty ? relative : directory + "/" + relative
        return normalize(joined)
    }

    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if let last = segments.last, last != ".." { segments.removeLast() } else if !isAbsolute { segments.append(segment) }
            default: segments.append(segment)
            }
        }
        let body = segments.joined(separator: "/")
        return isAbsolute ? "/" + body : (body.isEmpty ? "." : body)
    }

    /// Whether `path` lies in `directory`'s tree (both normalized; `.` or `` is the current folder).
    static func isInside(_ path: String, _ directory: String) -> Bool {
        if directory.isEmpty || directory == "." { return !path.hasPrefix("/") && path != ".." && !path.hasPrefix("../") }
        return path.hasPrefix(directory + "/")
    }

    /// `schemas/owner.json` → `owner`; `models/pet.v2.yaml` → `pet.v2`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml", ".json"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
