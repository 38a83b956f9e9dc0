import Foundation
import PineconeControl

/// `pinecone-backups`: Pinecone backups and restores from the command line, shaped like `pc index backup`.
@main
struct BackupsCommand {
    static let usage = """
        USAGE: pinecone-backups <command> [options]

        COMMANDS:
          backup create --index-name <name> [--name <name>] [--description <text>]
          backup list [--index-name <name>] [--limit <n>] [--pagination-token <token>] [--all]
          backup describe --backup-id <id>
          backup delete --backup-id <id>
          restore --backup-id <id> --name <new-index> [--deletion-protection enabled|disabled] [--tags k=v,k=v]
          restore list [--limit <n>] [--pagination-token <token>] [--all]
          restore describe --job-id <id>

        OPTIONS:
          --json               Print the API's JSON instead of a summary.
          --base-url <url>     The control-plane URL (default: $PINECONE_CONTROLLER_HOST or https://api.pinecone.io).
          -h, --help           Show this help.

        The API key is read from PINECONE_API_KEY. Exit codes: 0 success, 1 API or network error, 2 usage error.
        """

    static func main() async {
        let environment = ProcessInfo.processInfo.environment
        do {
            var arguments = try ParsedArguments(Array(CommandLine.arguments.dropFirst()))
            if arguments.flags.contains("--help") || arguments.words.isEmpty {
                print(usage)
                exit(arguments.words.isEmpty && !arguments.flags.contains("--help") ? 2 : 0)
            }
            guard let apiKey = environment[Client.apiKeyVariable], !apiKey.isEmpty else {
                throw UsageError("no API key: set \(Client.apiKeyVariable)")
            }
            var host: URL?
            if let text = arguments.take("--base-url") {
                guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else {
                    throw UsageError("--base-url must be an http(s) URL, not '\(text)'")
                }
                host = url
            }
            let client = Client(apiKey: apiKey, host: host)
            let output = Output(json: arguments.flags.contains("--json"))
            try await Commands(client: client, output: output).run(&arguments)
        } catch let error as UsageError {
            printError("error: \(error)\n\nRun 'pinecone-backups --help' for usage.")
            exit(2)
        } catch let error as ClientError {
            printError("error: \(Output.describe(error))")
            exit(1)
        } catch {
            printError("error: \(error)")
            exit(1)
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
