import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Runs `program` to its end, or for `timeout` at most: then its process group is killed and the result says
    /// `timedOut`, so that a stuck child fails its test instead of holding up the run. Output goes through files,
    /// so that no pipe can fill up and stall the child.
    static func run(
        _ program: URL, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil,
        timeout: Duration = .seconds(20 * 60)
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout").path, err = scratch.appendingPathComponent("stderr").path
        let child = try ChildProcess.spawn(
            [program.path] + arguments, environment: environment, folder: folder, stdout: .file(out), stderr: .file(err))
        let exit = child.wait(timeout: timeout)
        var stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self)
        if exit.timedOut { stderr += "\n[ProcessRunner: killed after \(timeout): \(program.lastPathComponent) \(arguments.joined(separator: " ").prefix(300))]\n" }
        return Result(
            status: exit.status ?? 128 + (exit.signal ?? 0),
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self),
            stderr: stderr)
    }
}

/// A child process, started with `posix_spawn` and reaped with `wait4`. Not Foundation's `Process`: on Linux that
/// learns of a child's exit when the last copy of a socket it gives the child is closed, and a copy that another
/// thread's spawn let a long-lived child inherit (a test server) made `waitUntilExit` wait forever (CI hung for
/// 90 minutes with every compile slot taken). Here a child inherits no descriptor beyond its standard three,
/// and the wait polls this child alone, with a time limit.
struct ChildProcess: Sendable {
    let pid: pid_t

    enum Stream: Sendable {
        case null
        case file(String)
        case descriptor(Int32)
    }

    struct Exit {
        /// The exit status, or nil when a signal ended the child.
        var status: Int32?
        var signal: Int32?
        /// The child outlived its time limit and its process group was killed.
        var timedOut: Bool
        /// From spawning to reaping.
        var duration: Duration
        /// The child's resource usage, and that of the children it waited for.
        var usage: rusage
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (an absolute path and its arguments) in a process group of its own, so that a time-out
    /// ends its children too. Standard input is /dev/null.
    static func spawn(
        _ command: [String], environment: [String: String]? = nil, folder: URL? = nil,
        stdout: Stream = .null, stderr: Stream = .null
    ) throws -> ChildProcess {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (target, stream) in [(Int32(1), stdout), (2, stderr)] {
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .descriptor(let descriptor): posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            }
        }
        if let folder {
            guard let addChdir = Self.addChdir else { throw Failure(description: "posix_spawn_file_actions_addchdir_np is missing") }
            _ = folder.path.withCString { addChdir(&actions, $0) }
        }
        var flags = Int32(POSIX_SPAWN_SETPGROUP)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
        // Nothing inherited past the standard three: closed in the child after the redirections above.
        if let addCloseFrom = Self.addCloseFrom {
            _ = addCloseFrom(&actions, 3)
        } else {
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
            for descriptor in open where descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        }
        #endif
        // The signal state a shell gives a command, not the spawning thread's: a Swift concurrency (dispatch) thread
        // blocks SIGTERM and most others, and a child inherits that mask, so `terminate()` did not reach the test
        // servers (96 were alive at the end of one run); and the test process ignores SIGPIPE, which would carry over.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGUSR1, SIGUSR2] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        flags |= Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = command.map { strdup($0) } + [nil]
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, environment)
        guard spawned == 0 else { throw Failure(description: "posix_spawn \(command[0]): \(String(cString: strerror(spawned)))") }
        return ChildProcess(pid: pid)
    }

    /// Waits for the child to end, polling (so that a hang ends: after `timeout`, its process group is killed).
    func wait(timeout: Duration) -> Exit {
        let clock = ContinuousClock()
        let start = clock.now
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var pause: useconds_t = 500
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR {
                // Reaped by someone else (nothing in the tests should): no status to give.
                return Exit(status: nil, signal: nil, timedOut: timedOut, duration: clock.now - start, usage: usage)
            }
            if !timedOut && clock.now - start > timeout {
                kill(-pid, SIGKILL)
                timedOut = true
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        // <sys/wait.h>'s macros, which Swift does not import.
        let signal = status & 0x7F == 0 ? nil : status & 0x7F
        return Exit(
            status: signal == nil ? (status >> 8) & 0xFF : nil, signal: signal, timedOut: timedOut,
            duration: clock.now - start, usage: usage)
    }

    /// Sends SIGTERM, and reaps the child on a thread of its own when it ends.
    func terminate() {
        kill(pid, SIGTERM)
        let pid = self.pid
        Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }.start()
    }

    // glibc 2.29 and 2.34 have these, macOS 10.15 the first, but Swift's Glibc module does not import them.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>) -> Int32
    private static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")
    private static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")

    private static func symbol<T>(_ name: String) -> T? {
        guard let address = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
        return unsafeBitCast(address, to: T.self)
    }
}
