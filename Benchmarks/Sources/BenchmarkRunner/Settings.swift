import Foundation

/// Where things are and how often to repeat them; see `usage`.
struct Settings {
    var repoRoot: String
    var pineconeAPI: String
    /// ../shared/realworld: the vendors' specs of the scale section.
    var realworld: String
    var output: String
    var command: String
    /// Generation runs per tool and spec (the median is reported).
    var runs = 5
    /// Clean builds per consumer package.
    var buildRuns = 1
    /// Compiles of the generated code per tool.
    var compileRuns = 3
    /// Decodes of the 10,000 backups per side.
    var decodeRuns = 15
    /// Rounds of 1,000 calls per client.
    var httpRounds = 10
    /// Generation runs per tool and spec in the scale section (the mean is reported).
    var scaleRuns = 3
    /// Calls per transport in the soak.
    var soakRequests = 100_000
    var sections: Set<Section> = Set(Section.allCases)
    var work = ""

    enum Section: String, CaseIterable {
        case generation, builds, code, decode, http, ahc, soak, scale
    }

    var benchmarksDir: String { repoRoot + "/Benchmarks" }
    var binDir: String { benchmarksDir + "/.build/release" }
    var ourGenerator: String { binDir + "/openapi-client-gen" }
    var peerGenerator: String { benchmarksDir + "/PeerGenerator/.build/release/swift-openapi-generator" }
    var upstreamSpec: String { pineconeAPI + "/2025-10/db_control_2025-10.oas.yaml" }
    var ourSpec: String { repoRoot + "/spec/db_control_2025-10.oas.yaml" }

    static let usage = """
        usage: BenchmarkRunner --repo-root DIR [--pinecone-api DIR] [--realworld DIR] [--output FILE] [--command TEXT]
                               [--runs N] [--build-runs N] [--compile-runs N] [--decode-runs N] [--http-rounds N]
                               [--soak-requests N] [--scale-runs N]
                               [--sections generation,builds,code,decode,http,ahc,soak,scale]
        --pinecone-api defaults to $PINECONE_API_DIR, else ../shared/pinecone-api from the repository root;
        --realworld to $REALWORLD_DIR, else ../shared/realworld.
        """

    static func parse(_ arguments: [String]) throws -> Settings {
        var values: [String: String] = [:]
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            guard name.hasPrefix("--"), let value = remaining.popFirst() else { throw RunnerError(description: usage) }
            values[String(name.dropFirst(2))] = value
        }
        guard let root = values.removeValue(forKey: "repo-root") else { throw RunnerError(description: usage) }
        let repoRoot = URL(fileURLWithPath: root).standardizedFileURL.path
        let api = values.removeValue(forKey: "pinecone-api") ?? ProcessInfo.processInfo.environment["PINECONE_API_DIR"]
            ?? repoRoot + "/../shared/pinecone-api"
        let realworld = values.removeValue(forKey: "realworld") ?? ProcessInfo.processInfo.environment["REALWORLD_DIR"]
            ?? repoRoot + "/../shared/realworld"
        var settings = Settings(
            repoRoot: repoRoot, pineconeAPI: URL(fileURLWithPath: api).standardizedFileURL.path,
            realworld: URL(fileURLWithPath: realworld).standardizedFileURL.path,
            output: values.removeValue(forKey: "output") ?? repoRoot + "/Benchmarks/RESULTS.md",
            command: values.removeValue(forKey: "command") ?? "BenchmarkRunner " + arguments.joined(separator: " "))
        func number(_ key: String, _ field: WritableKeyPath<Settings, Int>) throws {
            guard let text = values.removeValue(forKey: key) else { return }
            guard let value = Int(text), value > 0 else { throw RunnerError(description: "--\(key) needs a positive number") }
            settings[keyPath: field] = value
        }
        try number("runs", \.runs)
        try number("build-runs", \.buildRuns)
        try number("compile-runs", \.compileRuns)
        try number("decode-runs", \.decodeRuns)
        try number("http-rounds", \.httpRounds)
        try number("soak-requests", \.soakRequests)
        try number("scale-runs", \.scaleRuns)
        if let list = values.removeValue(forKey: "sections") {
            settings.sections = Set(try list.split(separator: ",").map {
                guard let section = Section(rawValue: String($0)) else { throw RunnerError(description: "unknown section \($0)") }
                return section
            })
        }
        if let unknown = values.keys.first { throw RunnerError(description: "unknown option --\(unknown)\n" + usage) }
        return settings
    }
}
