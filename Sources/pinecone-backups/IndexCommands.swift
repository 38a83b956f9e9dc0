#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser
import PineconeControl

/// `index list` and `index describe`: what an operator needs to see before choosing what to back up, and
/// after a restore. The tool does not create, configure or delete indexes; the library does.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "List and describe the project's indexes.",
        subcommands: [List.self, Describe.self])
}

extension IndexCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the project's indexes.")

        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let session = try Session(connection)
            session.show(try await session.call { try await $0.listIndexes() })
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one index: its status, host and configuration.")

        @OptionGroup var index: IdentifierArgument<DescribedIndex>
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let name = try index.value()
            let session = try Session(connection)
            session.show(try await session.call { try await $0.describeIndex(indexName: name) })
        }
    }
}
#endif
