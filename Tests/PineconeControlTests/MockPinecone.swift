import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PineconeControl

/// Starts `Fixtures/mock_pinecone.py` on 127.0.0.1 for one test and stops it afterwards.
/// A real HTTP server in a child process: the client under test goes through URLSession and TCP.
final class MockPinecone: @unchecked Sendable {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mock_pinecone.py")

    let apiKey = "pcsk_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
    let baseURL: URL
    private let process: Process

    init(readyAfter: Int = 2) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, "--api-key", apiKey, "--ready-after", String(readyAfter),
                             "--parent-pid", String(ProcessInfo.processInfo.processIdentifier)]
        let output = Pipe()
        process.standardOutput = output
        // Not the test process's own streams: `swift test` waits for those to close.
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The server prints "PORT <n>" once it listens.
        var line = Data()
        let handle = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw MockServerError(description: "mock_pinecone.py did not start (printed '\(text)'); is python3 installed?")
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    deinit {
        // No `waitUntilExit()`: it spins a run loop, which can hang on a Swift concurrency thread.
        // Foundation reaps the child; the script also exits on its own when the test process ends.
        process.terminate()
    }

    /// A client for this server, with the right key unless told otherwise.
    func client(apiKey: String? = nil) -> Client {
        Client(apiKey: apiKey ?? self.apiKey, host: baseURL, environment: [:])
    }

    /// Every request the server saw before this one: method, raw path, headers.
    func requests() async throws -> [[String: Any]] {
        let (data, _) = try await URLSession.shared.data(from: baseURL.appendingPathComponent("__requests"))
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }

    /// Requests the server saw for a method and path, faults included.
    func count(_ method: String, _ path: String) async throws -> Int {
        try await requests().filter { $0["method"] as? String == method && ($0["path"] as? String)?.hasPrefix(path) == true }.count
    }

    /// One programmed failure, applied once to the next request that matches `method` and `path`.
    struct Fault: Encodable {
        var method: String
        var path: String
        var status: Int?
        var headers: [String: String]?
        var body: String?
        /// Seconds to wait before answering.
        var delay: Double?
        /// `close` (drop the connection without answering) or `truncate` (send less body than announced).
        var action: String?
    }

    func inject(_ faults: [Fault]) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("__faults"))
        request.httpMethod = "POST"
        request.httpBody = try JSONEncoder().encode(faults)
        _ = try await URLSession.shared.data(for: request)
    }

    /// A client with a fast retry policy, for tests of retrying.
    func client(retryPolicy: RetryPolicy, timeout: Duration = .seconds(30)) -> Client {
        Client(configuration: ClientConfiguration(serverURL: baseURL, apiKey: apiKey, timeout: timeout, retryPolicy: retryPolicy))
    }
}

struct MockServerError: Error, CustomStringConvertible {
    var description: String
}
