// Runs the benchmarks of issue 6 and writes RESULTS.md: our generator, runtime and generated client
// against swift-openapi-generator 1.14.3 (runtime 1.13.4, urlsession 1.4.0). Started by run.sh,
// which builds everything first; every figure comes from one interleaved run, so read the ratios.
import Foundation

func runBenchmarks(_ settings: inout Settings) throws -> String {
    for (path, what) in [(settings.upstreamSpec, "Pinecone's published spec (--pinecone-api or PINECONE_API_DIR)"),
                         (settings.ourGenerator, "openapi-client-gen (run.sh builds it)"),
                         (settings.peerGenerator, "swift-openapi-generator (run.sh builds it)")]
    where !FileManager.default.fileExists(atPath: path) {
        throw RunnerError(description: "missing \(what): \(path)")
    }
    var template = Array((NSTemporaryDirectory() + "/openapi-client-gen-bench.XXXXXX").utf8CString)
    guard let work = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
        throw RunnerError(description: "cannot create a temporary folder")
    }
    settings.work = URL(fileURLWithPath: String(cString: work)).standardizedFileURL.path
    print("working in \(settings.work)")

    let started = Date()
    let machine = machineDescription()
    var rows: [Row] = []
    var notes: [String] = []
    if settings.sections.contains(.generation) { rows += try generationBenchmark(settings) }
    if settings.sections.contains(.builds) { rows += try consumerBuildBenchmark(settings) }
    if settings.sections.contains(.code) { rows += try generatedCodeBenchmark(settings) }
    var fractionDigits = 9
    if settings.sections.contains(.decode) {
        let decode = try decodeBenchmark(settings)
        rows += decode.rows
        notes += decode.notes
        fractionDigits = decode.fractionDigits
    }
    if settings.sections.contains(.http) { rows += try httpBenchmark(settings, fractionDigits: fractionDigits) }
    if settings.sections.contains(.ahc) { rows += try asyncHTTPClientBenchmark(settings, fractionDigits: fractionDigits) }
    let soak = settings.sections.contains(.soak) ? try soakBenchmark(settings) : nil
    var scalePoints: [ScalePoint] = []
    if settings.sections.contains(.scale) {
        let scale = try scaleBenchmark(settings)
        rows += scale.rows
        scalePoints = scale.points
        let chart = settings.benchmarksDir + "/scale.svg"
        try scaleChart(scale.points).write(toFile: chart, atomically: true, encoding: .utf8)
        print("wrote \(chart)")
    }
    let minutes = Date().timeIntervalSince(started) / 60

    let swiftVersion = (try? mustRun(["swift", "--version"], log: settings.work + "/swift-version.log"))?.output
        .split(separator: "\n").first.map(String.init) ?? "unknown"
    let date = ISO8601DateFormatter().string(from: started)
    return """
        # Benchmarks: openapi-client-gen vs swift-openapi-generator

        Written by `Benchmarks/run.sh` (see [README.md](README.md)); do not edit by hand.

        - Date: \(date) (the run took \(String(format: "%.1f", minutes)) minutes)
        - Machine: \(machine)
        - Toolchain: \(swiftVersion)
        - Command: `\(settings.command)`
        - Specs: `\(settings.upstreamSpec)` (upstream) and `spec/db_control_2025-10.oas.yaml` (ours)
        - Peer: swift-openapi-generator 1.14.3, swift-openapi-runtime 1.13.4 (default traits), swift-openapi-urlsession 1.4.0

        Ratio = ours / peer: below 1 means we are faster or smaller. The machine has 2 cores shared with
        other work, so absolute times drift; each pair was measured interleaved in the same run, which is
        what makes the ratios comparable.

        \(table(rows))
        \(soak.map { "## Soak: \(settings.soakRequests) calls per transport, 10 % injected faults\n\n" + $0 } ?? "")
        \(scalePoints.isEmpty ? "" : "## Scale: how each tool grows with the spec\n\n" + scaleTable(scalePoints) + "\n![Consumer build time and generated lines against operations](scale.svg)\n")
        ## How each figure was measured

        1. **Generation**: the whole process (`openapi-client-gen SPEC --output DIR` and
           `swift-openapi-generator generate --mode types --mode client --output-directory DIR SPEC`), release
           builds of both, started with `posix_spawn` and reaped with `wait4`: wall time, and peak memory as the
           child's `ru_maxrss`. The output folder is emptied before every run; one untimed run of each warms the
           file cache; the two tools alternate which goes first.
        2. **Consumer builds**: a package in a temporary folder per side, with one executable target holding
           the upstream spec as `openapi.yaml` and a `main.swift` that constructs the generated `Client` and calls
           `list_indexes` and `describe_backup` (so the generated code and the runtime are compiled and linked).
           Ours depends on this repository by `path:` (products `OpenAPIClientRuntime` and `OpenAPIClientGenPlugin`);
           the peer's on swift-openapi-generator, -runtime and -urlsession by URL at the exact versions above.
           Before each clean build: `rm -rf .build`, then `swift package resolve`, **untimed** (the packages come
           from a local mirror); then `swift build` (debug) is timed, and a second `swift build` right after is
           the no-op rebuild. Both plugins build their generator from source in the consumer (ours:
           openapi-client-gen; the peer: swift-openapi-generator with OpenAPIKit, Yams, swift-algorithms and
           swift-argument-parser).
        3. **Generated code**: both tools' output for the upstream spec (ours: `Client.swift` and `Generated_01.swift` to `Generated_16.swift`;
           the peer's: `Types*.swift`, `Client.swift`), with each tool's default options (ours `public`, the
           peer's `internal`). Compiled alone, each as one module with `-swift-version 6 -wmo` (one frontend
           process, so neither side gains from the file count), against the release-built module files of its
           runtime in `Benchmarks/.build/release/Modules`; the first compile of each is untimed.
        4. **Decoding**: in one process (`ClientBenchmarks decode`), release build. Both sides use the same file,
           our `spec/db_control_2025-10.oas.yaml`: ours is `PineconeControl` (generated by our plugin), the
           peer's is generated from that file by swift-openapi-generator 1.14.3 (`Benchmarks/Sources/PeerPinecone`).
           The JSON is `{"data": [10,000 backups], "pagination": …}`, fields as in Pinecone's backup guide,
           `created_at` with \(fractionDigits) fractional digits (`2025-05-15T00:52:10.809305882Z` style). "Types"
           decodes with a `JSONDecoder` set up as each runtime sets it up (ours: `JSONCoding.makeDecoder()`; the
           peer's: `.custom` date strategy over its `DateTranscoder`, as its `Converter` does); "client" goes
           through each generated `list_project_backups` with an in-memory transport. Both results are checked
           to agree (count, ids, record counts, dates) before timing. The rounds rotate which side goes first.
        5. **Round trips**: `BenchServer` (SwiftNIO, HTTP/1.1 keep-alive, one event loop) on 127.0.0.1 answers
           every request with one backup; `ClientBenchmarks http` makes 1,000 sequential `describe_backup` calls
           per client per round: our `PineconeControl.Client`, the peer's generated client (API key added by a
           middleware, as its users must), and hand-written code (`URLRequest` with the same headers,
           `URLSession.shared.data(for:)`, status check, one reused decoder into the same `BackupModel`).
           All three use `URLSession.shared`. Within a round the clients take turns in blocks of 100 calls, so
           load from elsewhere falls on all three alike; two untimed rounds come first. The two "diagnosis" rows
           run the same calls with an in-memory transport (`ClientBenchmarks overhead`): what the client layer
           itself costs, and the floor of decoding the bodies alone.
        6. **AsyncHTTPClient round trips**: the same server and calls (`ClientBenchmarks http-ahc`): our client on
           `AsyncHTTPClientTransport` (the `AsyncHTTPClient` trait), hand-written AsyncHTTPClient code
           (`HTTPClientRequest` with the same headers, `HTTPClient.shared.execute`, body collected, one reused
           decoder: the floor) and the hand-written URLSession code; blocks of 100 taking turns, as in item 5.
           Both AsyncHTTPClient sides use `HTTPClient.shared`. The diagnosis row sends the same request through
           `AsyncHTTPClientTransport` alone, built by hand: the transport's share of the difference.
        7. **Soak**: `SoakBenchmark` against `BenchServer --faults` (a fresh one per transport), 4 calls in flight.
           Call N asks for backup `soak-N`; the server answers N % 30 == 0 with a 503 and N % 30 == 10 by closing
           the connection unanswered, each on the first attempt only, and N % 30 == 20 with a slow body (half,
           then the rest 5 ms later) every time: 10 % of calls. Retry policy: 3 attempts, 1 ms backoff, no
           jitter, 5 s timeout; so every call must succeed, with exactly 2 requests for the first two kinds and 1
           otherwise. "Expected" is that sum, "client" what a counting middleware saw, "server" what the server
           counted (`/__stats`). Memory is the process's resident set (`/proc/self/statm`) after the first 10 %
           of calls and at the end; a watchdog fails the run if no call completes for 60 s. The diagnosis row
           runs the same client on the plainest URLSession transport (`URLSession.shared.data(for:)`, no timers):
           what URLSession on Linux keeps and retries by itself, apart from our `URLSessionTransport`.
        8. The peer's tool is built by `Benchmarks/PeerGenerator` and run on the peer's generated client for
           items 4 and 5 by a small build plugin that runs it exactly as the peer's own plugin does (this setup
           dates from when our libyaml target was named `CYaml` like Yams', which SwiftPM refused in one graph).
        9. **Scale**: items 1 to 3 on four specs from 18 to hundreds of operations: Pinecone's db_control 2025-10,
           Twilio's `twilio_messaging_v1.yaml` and `twilio_api_v2010.yaml`, and OpenAI's `openapi.yaml` (from
           `../shared/realworld`, or `--realworld`). Generation is the mean of `--scale-runs` runs after an untimed
           one; each compile and each consumer build is one run. The consumers construct the client and nothing
           else (their `main.swift` names no operation). Operations are counted in the spec (HTTP methods under
           `paths`). A tool that cannot generate a spec gets ✘, with its first line of output; the goals of the
           scale rows are set on Twilio's api_v2010. `Benchmarks/scale.svg` is drawn from the same figures.

        ## Notes from this run

        \(notes.map { "- " + $0 }.joined(separator: "\n"))
        - The no-op rebuild right after a clean build is not yet a no-op for either side with SwiftPM 6.3:
          the plugin's tool is relinked and so the generator runs again (see `consumer-*-rebuild.log`). The
          third build shows what an unchanged package costs once that has settled.
        - Items 4 and 5 use our spec for both sides: in it `metric` is an `x-enum`, which we generate as an open
          enum and the peer as a `String`; everything else in `BackupModel` maps to the same Swift types.
        - Logs of every command are in `\(settings.work)` until the machine's temporary files are cleared.

        """
}

do {
    var settings = try Settings.parse(Array(CommandLine.arguments.dropFirst()))
    let report = try runBenchmarks(&settings)
    try report.write(toFile: settings.output, atomically: true, encoding: .utf8)
    print(report)
    print("wrote \(settings.output)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
