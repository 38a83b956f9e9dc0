import Foundation

/// Runs programs for tests: the package's own executables (found beside the test bundle) and tools
/// such as `swiftc`. Shared by the test targets (symlinked into each).
enum ProcessRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// An executable product of this package, built into the same folder as the tests.
    static func builtExecutable(_ name: String) -> URL? {
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent(name))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `work` on a thread of its own while the calling task waits, suspended. For tests that wait on a child
    /// process (a compile) or compute for long (generating a big spec): on Linux, Swift concurrency has one thread
    /// per core for the whole test process, and two tests blocking those held up every other test's tasks for
    /// minutes (a URLSession call with a 1 s timeout ended after 4.5 minutes; a poll with a 60 s limit failed).
    /// As many such jobs run at once as there are cores (2 at least), as when they held the pool's threads, so that
    /// the tests do not start dozens of compilers together; the others wait their turn, suspended. `limited: false`
    /// is for work that bounds itself and runs for minutes (`PineconeSpecsTests.parallel`): in a slot, it kept the
    /// short jobs waiting and the whole run took twice as long.
    static func onOwnThread<T: Sendable>(limited: Bool = true, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        if limited { await slots.acquire() }
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Swift.Result<T, any Error>, Never>) in
            Thread { continuation.resume(returning: Swift.Result { try work() }) }.start()
        }
        if limited { await slots.release() }
        return try result.get()
    }

    private static let slots = Slots(max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// A counting semaphore whose waiters are suspended tasks, not blocked threads.
    private actor Slots {
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []

        init(_ count: Int) { free = count }

        func acquire() async {
            if free > 0 {
                free -= 1
            } else {
                await withCheckedContinuation { waiting.append($0) }
            }
        }

        func release() {
            if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
        }
    }

    /// Runs `program` to its end. Output goes through files, so that no pipe can fill up and stall the
    /// child, and no read can be interrupted by a signal (FileHandle traps on EINTR).
    static func run(_ program: URL, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
