#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import Logging

/// `--verbose`: the client's own logs, on standard error, so that standard output (tables, `--json`) stays clean.
enum Verbosity {
    /// Nothing for 0; each attempt at `debug` for 1; the replayable `curl` commands too (`trace`) for 2 or more.
    static func logger(level: Int) -> Logger {
        guard level > 0 else { return Logger(label: "pinecone-backups", factory: { _ in SwiftLogNoOpLogHandler() }) }
        var logger = Logger(label: "pinecone-backups", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = level >= 2 ? .trace : .debug
        return logger
    }
}
#endif
