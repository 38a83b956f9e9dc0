#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What one child process did: its wall time, its peak resident memory (from `wait4`'s rusage,
/// so the child's own, not its children's) and its exit status, output kept in a log file.
struct ProcessRun {
    var seconds: Double
    var peakKilobytes: Int
    var status: Int32
    var log: String

    var succeeded: Bool { status == 0 }
    var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
}

struct RunnerError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `arguments` (looked up on PATH), stdout and stderr into `log`, and waits for it.
func spawn(_ arguments: [String], log: String, environment: [String: String]? = nil) throws -> ProcessRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { variables.forEach { free($0) } }

    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, arguments[0], &actions, nil, argv, variables)
    guard result == 0 else {
        throw RunnerError(description: "cannot start \(arguments[0]): \(String(cString: strerror(result)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { throw RunnerError(description: "wait4 failed: \(String(cString: strerror(errno)))") }
    }
    let elapsed = clock.now - start
    let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ProcessRun(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                      peakKilobytes: Int(usage.ru_maxrss), status: exitStatus, log: log)
}

/// As ``spawn(_:log:environment:)``, throwing with the end of the log when the command fails.
@discardableResult
func mustRun(_ arguments: [String], log: String) throws -> ProcessRun {
    let run = try spawn(arguments, log: log)
    guard run.succeeded else {
        let tail = run.output.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n")
        throw RunnerError(description: "`\(arguments.joined(separator: " "))` exited with \(run.status); log \(log):\n\(tail)")
    }
    return run
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

extension FileManager {
    func recreateDirectory(_ path: String) throws {
        if fileExists(atPath: path) { try removeItem(atPath: path) }
        try createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The `.swift` files directly in `directory`, sorted.
    func swiftFiles(in directory: String) throws -> [String] {
        try contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") }.sorted().map { directory + "/" + $0 }
    }
}
