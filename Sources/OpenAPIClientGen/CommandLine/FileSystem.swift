#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file access the generator needs, straight on libc: no Foundation in the build path.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Failure(description: "\(path): error: cannot open: \(lastError)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count {
                if ferror(file) != 0 { throw Failure(description: "\(path): error: cannot read: \(lastError)") }
                return bytes
            }
        }
    }

    /// A regular file's bytes, for the files a spec references: a device or a folder named by a `$ref` is
    /// refused rather than read (`/dev/zero` would never end).
    static func readRegularFile(_ path: String) throws(SpecFileReader.Failure) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SpecFileReader.Failure(lastError) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw SpecFileReader.Failure("not a regular file") }
        do {
            return try read(path)
        } catch {
            throw SpecFileReader.Failure(lastError)
        }
    }

    /// Writes the file unless it already holds exactly these bytes, so unchanged output keeps its
    /// modification time and the build system has nothing to recompile. Returns whether it wrote.
    @discardableResult
    static func writeIfChanged(_ path: String, _ contents: String) throws -> Bool {
        let bytes = Array(contents.utf8)
        if let existing = try? read(path), existing == bytes { return false }
        guard let file = fopen(path, "wb") else { throw Failure(description: "\(path): error: cannot write: \(lastError)") }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else { throw Failure(description: "\(path): error: cannot write: \(lastError)") }
        return true
    }

    /// Removes the `.swift` files in `directory` that this generator wrote (they start with `header`) and that are
    /// not among `keeping`: files an earlier version wrote under other names (`Types2.swift`), which would
    /// otherwise declare every type twice beside the new files. Returns the names removed.
    static func removeStaleGeneratedFiles(in directory: String, keeping: Set<String>, header: String) -> [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var stale: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".swift"), !keeping.contains(name) else { continue }
            guard let bytes = try? read(directory + "/" + name), bytes.starts(with: header.utf8) else { continue }
            stale.append(name)
        }
        return stale.sorted().filter { unlink(directory + "/" + $0) == 0 }
    }

    /// `mkdir -p`.
    static func createDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "\(path): error: cannot create directory: \(lastError)")
            }
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}

func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
