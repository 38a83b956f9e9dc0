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
    private let process: ChildProcess

    /// Starts the script and waits for its port suspended, the read on a thread of its own
    /// (`ProcessRunner.onOwnThread`), not on one of Swift concurrency's few, which the other tests need.
    init(script: URL, arguments: [String]) async throws {
        // The port arrives through a pipe; stdin and stderr are /dev/null (not the test process's own streams:
        // `swift test` waits for those to close).
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw ChildServerError(description: "pipe: \(String(cString: strerror(errno)))") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let (reading, writing) = (ends[0], ends[1])
        defer { close(reading) }
        let process: ChildProcess
        do {
            defer { close(writing) }
            process = try ChildProcess.spawn(
                ["/usr/bin/env", "python3", script.path] + arguments
                    + ["--parent-pid", String(ProcessInfo.processInfo.processIdentifier)],
                stdout: .descriptor(writing))
        }
        self.process = process
        let text = try await ProcessRunner.onOwnThread(limited: false) { Self.firstLine(of: reading, within: .seconds(30)) }
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw ChildServerError(description: "\(script.lastPathComponent) did not start within 30 s (printed '\(text)'); is python3 installed?")
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// The first line the descriptor gives, or what came before its end or the time limit, trimmed.
    private static func firstLine(of descriptor: Int32, within limit: Duration) -> String {
        var line = Data()
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = ContinuousClock.now + limit
        while !line.contains(UInt8(ascii: "\n")) {
            let left = deadline - ContinuousClock.now
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, Int32(max(0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            if polled < 0 && errno == EINTR { continue }
            if polled <= 0 { break }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            line.append(contentsOf: buffer[..<count])
        }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        // The scripts also exit on their own when the test process ends.
        process.terminate()
    }
}

struct ChildServerError: Error, CustomStringConvertible {
    var description: String
}
