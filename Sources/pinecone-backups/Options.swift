#if CLI  // the whole tool is behind the package trait `CLI` (see Unavailable.swift)
import ArgumentParser
import Foundation
import PineconeControl

/// Where requests go and how they are sent and shown; shared by every command that calls the API.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The control-plane URL.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("How long each request may take: 30s, 2m, 500ms.", valueName: "duration"))
    var timeout: DurationArgument = DurationArgument(.seconds(30))

    @Flag(help: "Allow a plain-http --base-url that is not this machine: the API key then crosses the network unencrypted.")
    var allowInsecureHTTP = false

    @Flag(help: "Print the API's JSON exactly as the server sent it.")
    var json = false

    @Flag(name: [.customShort("v"), .long], help: ArgumentHelp("""
        Log each request to standard error: one line per attempt (operation, method, path, status, attempt, \
        duration, request id); given twice (-vv), also a curl command that replays it. The API key is always redacted.
        """))
    var verbose: Int

    func validate() throws {
        guard let baseURL else { return }
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false
        else {
            throw ValidationError("--base-url must be an http(s) URL such as https://api.pinecone.io, not '\(baseURL)'")
        }
        try checkEncrypted(url, from: "--base-url \(baseURL)")
    }

    /// Plain `http` leaves this machine only with `--allow-insecure-http`.
    private func checkEncrypted(_ url: URL, from source: String) throws {
        guard !allowInsecureHTTP, ClientConfiguration.isUnencryptedOffThisMachine(scheme: url.scheme, host: url.host) else { return }
        throw ValidationError("""
            \(source) is plain http to another machine: the API key would cross the network unencrypted. \
            Use https, or add --allow-insecure-http if the network is trusted.
            """)
    }

    /// A client for these options, with the key from the environment and `middlewares` after the usual ones.
    func makeClient(middlewares: [any ClientMiddleware] = []) throws -> Client {
        let environment = ProcessInfo.processInfo.environment
        guard let apiKey = environment[Client.apiKeyVariable], !apiKey.isEmpty else {
            throw CommandFailure.usage("no API key: set \(Client.apiKeyVariable)")
        }
        var configuration = Client.pineconeConfiguration(
            apiKey: apiKey, host: baseURL.flatMap(URL.init(string:)), timeout: timeout.duration,
            logger: Verbosity.logger(level: verbose), environment: environment)
        if baseURL == nil, let url = configuration.serverURL {
            do {
                try checkEncrypted(url, from: "\(Client.hostVariable)=\(environment[Client.hostVariable] ?? "")")
            } catch let error as ValidationError {
                throw CommandFailure.usage(error.message)
            }
        }
        configuration.allowsInsecureHTTP = allowInsecureHTTP
        configuration.middlewares += middlewares
        return Client(configuration: configuration)
    }
}

/// `--wait` and how long to wait.
struct WaitOptions: ParsableArguments {
    @Flag(help: "Wait until the operation finishes, showing its progress.")
    var wait = false

    @Option(help: ArgumentHelp("With --wait: how long to wait before giving up (exit 4).", valueName: "duration"))
    var waitTimeout: DurationArgument = DurationArgument(.seconds(1800))

    @Option(help: ArgumentHelp("With --wait: how often to ask for the status.", valueName: "duration"))
    var pollInterval: DurationArgument = DurationArgument(.seconds(5))
}

/// `--limit`, `--pagination-token` and `--all`, for the list commands.
struct PagingOptions: ParsableArguments {
    /// Checked against the spec's bounds by the generated client, before anything is sent (exit 2).
    @Option(help: ArgumentHelp("Results per page, within the API's limits.", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Start at the page this token names (from a previous list).", valueName: "token"))
    var paginationToken: String?

    @Flag(help: "Fetch every page.")
    var all = false
}

/// A duration on the command line: `90` or `90s`, `500ms`, `2m`, `1h`, `1.5s`.
struct DurationArgument: ExpressibleByArgument {
    var duration: Duration

    init(_ duration: Duration) {
        self.duration = duration
    }

    init?(argument: String) {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let unit = units.first { argument.hasSuffix($0.suffix) } ?? ("", 1)
        guard let value = Double(argument.dropLast(unit.suffix.count)), value.isFinite, value >= 0 else { return nil }
        duration = .milliseconds(Int64((value * unit.seconds * 1000).rounded()))
    }

    var defaultValueDescription: String { Self.format(duration) }

    /// `30s`, `2m`, `1h`, `250ms`.
    static func format(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 3_600_000 == 0, milliseconds > 0 { return "\(milliseconds / 3_600_000)h" }
        if milliseconds % 60_000 == 0, milliseconds > 0 { return "\(milliseconds / 60_000)m" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        return "\(milliseconds)ms"
    }
}
#endif
