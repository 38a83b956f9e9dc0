#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Foundation

/// Standard output, standard error, and what a terminal adds: prompts and a progress line that updates in place.
enum Terminal {
    static let inputIsTerminal = isatty(STDIN_FILENO) == 1
    static let errorIsTerminal = isatty(STDERR_FILENO) == 1

    static func output(_ text: String) {
        print(text)
    }

    static func error(_ text: String) {
        flush()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func flush() {
        fflush(nil)  // every output stream: `stdout` itself is not concurrency-safe to name
    }

    /// Asks a yes/no question on the terminal; only `y` or `yes` is a yes.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data(question.utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// What `--wait` shows on standard error: on a terminal one line, redrawn at every poll; elsewhere a
/// plain line each time the status or the percentage changes.
final class Progress: @unchecked Sendable {
    private let label: String
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let lock = NSLock()
    private var lastShown: String?
    private var drawn = false

    init(label: String) {
        self.label = label
        start = clock.now
    }

    func update(_ status: String, percent: Float? = nil) {
        let seconds = (clock.now - start).components.seconds
        var state = status
        if let percent { state += String(format: " %.1f%%", Double(percent)) }
        let line = "\(label): \(state) (\(seconds)s)"
        lock.withLock {
            if Terminal.errorIsTerminal {
                FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
                drawn = true
            } else if state != lastShown {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            lastShown = state
        }
    }

    /// Ends the updating line, so that what follows starts on a line of its own.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
            drawn = false
        }
    }
}
#endif
