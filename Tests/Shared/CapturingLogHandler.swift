import Foundation
import Logging

/// A `LogHandler` that keeps every record, at every level down to `trace`, for tests that read what
/// the client logged. Shared by the test targets (symlinked into each).
struct CapturingLogHandler: LogHandler {
    struct Record: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata

        /// The message and every metadata value, as one text to search.
        var text: String {
            ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Record] = []

        func append(_ record: Record) { lock.withLock { stored.append(record) } }
        var records: [Record] { lock.withLock { stored } }
    }

    let store: Store
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        all.merge(event.metadata ?? [:]) { $1 }
        store.append(Record(level: event.level, message: event.message.description, metadata: all))
    }

    /// A logger at `trace` that writes into a new store.
    static func logger() -> (Logger, Store) {
        let store = Store()
        return (Logger(label: "tests", factory: { _ in CapturingLogHandler(store: store) }), store)
    }
}
