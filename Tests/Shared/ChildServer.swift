import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Python test server in a child process, on 127.0.0.1: started with its script and arguments, it
/// prints "PORT <n>" once it listens; stopped when this object goes away. Shared by the test targets
/// that talk to real HTTP servers (symlinked into each).
final class ChildServer: @unchecked Sendable {
    let baseURL: URL
    private let process: Process

    init(script: URL, arguments: [String]) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
            + ["--parent-pid", String(ProcessInfo.processInfo.processIdentifier)]
        let output = Pipe()
        process.standardOutput = output
        // Not the test process's own streams: `swift test` waits for those to close.
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // read(2) by hand: FileHandle.availableData traps when a signal (a child exiting) interrupts it.
        var line = Data()
        let descriptor = output.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 256)
        while !line.contains(UInt8(ascii: "\n")) {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            line.append(contentsOf: buffer[..<count])
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw ChildServerError(description: "\(script.lastPathComponent) did not start (printed '\(text)'); is python3 installed?")
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    deinit {
        // No `waitUntilExit()`: it spins a run loop, which can hang on a Swift concurrency thread.
        // Foundation reaps the child; the scripts also exit on their own when the test process ends.
        process.terminate()
    }
}

struct ChildServerError: Error, CustomStringConvertible {
    var description: String
}
