import Foundation

/// The `result NAME VALUE` and `note TEXT` lines ClientBenchmarks prints.
struct ClientOutput {
    var results: [String: Double] = [:]
    var notes: [String] = []

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            if parts.first == "result", parts.count == 3, let value = Double(parts[2]) {
                results[String(parts[1])] = value
            } else if parts.first == "note" {
                notes.append(String(line.dropFirst(5)))
            }
        }
    }

    func value(_ name: String) throws -> Double {
        guard let value = results[name] else { throw RunnerError(description: "ClientBenchmarks printed no \(name)") }
        return value
    }
}

/// 4. Decoding 10,000 backups with both sides' generated types, in one process.
func decodeBenchmark(_ settings: Settings) throws -> (rows: [Row], notes: [String], fractionDigits: Int) {
    let run = try mustRun([settings.binDir + "/ClientBenchmarks", "decode", "--count", "10000", "--runs", String(settings.decodeRuns)],
                          log: settings.work + "/decode.log")
    let output = ClientOutput(run.output)
    print(run.output)
    let rows = [
        Row(benchmark: "Decode 10,000 backups (\(Int(try output.value("decode_bytes")) / 1000) kB JSON), generated types + each runtime's "
                + "JSONDecoder setup, median of \(settings.decodeRuns)",
            ours: try output.value("decode_types_ours_ms"), peer: try output.value("decode_types_peer_ms"), unit: .milliseconds,
            target: (1, "≤ 1 (as fast or faster)")),
        Row(benchmark: "Decode 10,000 backups through each generated client (`list_project_backups`, in-memory transport), "
                + "median of \(settings.decodeRuns)",
            ours: try output.value("decode_client_ours_ms"), peer: try output.value("decode_client_peer_ms"), unit: .milliseconds,
            target: (1, "≤ 1 (as fast or faster)")),
    ]
    return (rows, output.notes, Int(try output.value("fraction_digits")))
}

/// 5. 1,000 sequential `describe_backup` calls to BenchServer on 127.0.0.1 (SwiftNIO, keep-alive).
func httpBenchmark(_ settings: Settings, fractionDigits: Int) throws -> [Row] {
    let output = try roundTrips(settings, mode: "http", fractionDigits: fractionDigits)
    let overheadRun = try mustRun([settings.binDir + "/ClientBenchmarks", "overhead", "--calls", "1000", "--rounds", "15"],
                                  log: settings.work + "/overhead.log")
    print(overheadRun.output)
    let overhead = ClientOutput(overheadRun.output)
    let rounds = "median of \(settings.httpRounds) rounds"
    return [
        Row(benchmark: "1,000 sequential `describe_backup` calls, generated clients on URLSession, \(rounds)",
            ours: try output.value("http_ours_ms"), peer: try output.value("http_peer_ms"), unit: .milliseconds, target: nil),
        Row(benchmark: "1,000 sequential `describe_backup` calls: **ours vs hand-written URLSession** (peer column = the floor), \(rounds)",
            ours: try output.value("http_ours_ms"), peer: try output.value("http_raw_ms"), unit: .milliseconds,
            target: (1.10, "≤ 1.10 (within 10 %)")),
        Row(benchmark: "Diagnosis: the same 1,000 calls through each client with an in-memory transport (client cost without "
                + "network), median of 15",
            ours: try overhead.value("overhead_ours_ms"), peer: try overhead.value("overhead_peer_ms"), unit: .milliseconds, target: nil),
        Row(benchmark: "Diagnosis: ours in memory vs decoding the 1,000 bodies alone with one reused decoder (peer column)",
            ours: try overhead.value("overhead_ours_ms"), peer: try overhead.value("overhead_raw_ms"), unit: .milliseconds, target: nil),
    ]
}

/// `ClientBenchmarks MODE` (1,000 calls per round) against a BenchServer of its own.
func roundTrips(_ settings: Settings, mode: String, fractionDigits: Int) throws -> ClientOutput {
    let (server, port) = try startBenchServer(settings, ["--fraction-digits", String(fractionDigits)])
    defer {
        server.terminate()
        server.waitUntilExit()
    }
    let run = try mustRun([settings.binDir + "/ClientBenchmarks", mode, "--port", String(port), "--calls", "1000",
                           "--rounds", String(settings.httpRounds)], log: settings.work + "/\(mode).log")
    print(run.output)
    return ClientOutput(run.output)
}

/// Starts BenchServer with `arguments` and returns it with the port it listens on.
func startBenchServer(_ settings: Settings, _ arguments: [String]) throws -> (Process, Int) {
    let server = Process()
    server.executableURL = URL(fileURLWithPath: settings.binDir + "/BenchServer")
    server.arguments = arguments
    let pipe = Pipe()
    server.standardOutput = pipe
    try server.run()
    var announcement = Data()
    while !announcement.contains(UInt8(ascii: "\n")) {
        let chunk = pipe.fileHandleForReading.availableData
        guard !chunk.isEmpty else { throw RunnerError(description: "BenchServer exited before it listened") }
        announcement += chunk
    }
    guard let line = String(decoding: announcement, as: UTF8.self).split(separator: "\n").first,
          let port = line.split(separator: " ").last.flatMap({ Int($0) })
    else {
        server.terminate()
        throw RunnerError(description: "BenchServer said \(String(decoding: announcement, as: UTF8.self))")
    }
    return (server, port)
}

/// 6. 1,000 sequential `describe_backup` calls: our client on AsyncHTTPClient, hand-written AsyncHTTPClient
/// code (the floor), and hand-written URLSession code, against the same BenchServer.
func asyncHTTPClientBenchmark(_ settings: Settings, fractionDigits: Int) throws -> [Row] {
    let output = try roundTrips(settings, mode: "http-ahc", fractionDigits: fractionDigits)
    let rounds = "median of \(settings.httpRounds) rounds"
    return [
        Row(benchmark: "1,000 sequential `describe_backup` calls: **ours on AsyncHTTPClient vs hand-written AsyncHTTPClient** "
                + "(peer column = the floor), \(rounds)",
            ours: try output.value("ahc_ours_ms"), peer: try output.value("ahc_raw_ms"), unit: .milliseconds,
            target: (1.10, "≤ 1.10 (within 10 %)")),
        Row(benchmark: "The same: ours on AsyncHTTPClient vs hand-written URLSession (peer column), \(rounds)",
            ours: try output.value("ahc_ours_ms"), peer: try output.value("ahc_urlsession_ms"), unit: .milliseconds, target: nil),
        Row(benchmark: "Diagnosis: our AsyncHTTPClient transport alone (request built by hand, no client layer) vs the floor, \(rounds)",
            ours: try output.value("ahc_transport_ms"), peer: try output.value("ahc_raw_ms"), unit: .milliseconds, target: nil),
    ]
}

/// 7. The soak: `SoakBenchmark` per transport against a fresh `BenchServer --faults`; a table of its own.
func soakBenchmark(_ settings: Settings) throws -> String {
    var text = "| transport | calls | time | failed calls | requests expected / counted by the client / seen by the server "
        + "| resident memory after warm-up → end | growth | met |\n|---|---:|---:|---:|---|---|---:|---|\n"
    var notes: [String] = []
    for transport in ["urlsession", "ahc", "urlsession-data"] {
        let (server, port) = try startBenchServer(settings, ["--faults"])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let run = try mustRun([settings.binDir + "/SoakBenchmark", "--port", String(port), "--transport", transport,
                               "--requests", String(settings.soakRequests)], log: settings.work + "/soak-\(transport).log")
        print(run.output)
        let output = ClientOutput(run.output)
        func value(_ name: String) throws -> Double { try output.value("soak_\(transport)_\(name)") }
        let counts = [try value("expected_requests"), try value("client_attempts"), try value("server_requests")].map { Int($0) }
        let growth = try value("rss_growth_mb")
        let failures = Int(try value("failures"))
        let met = counts.allSatisfy { $0 == counts[0] } && growth < 10 && failures == 0
        let name = ["urlsession": "URLSession", "ahc": "AsyncHTTPClient",
                    "urlsession-data": "diagnosis: URLSession.shared.data(for:) as the transport"][transport] ?? transport
        text += "| \(name) | \(Int(try value("requests"))) | "
            + String(format: "%.0f s", try value("seconds")) + " | \(failures) | "
            + counts.map(String.init).joined(separator: " / ") + " | "
            + String(format: "%.1f → %.1f MB", try value("rss_warm_mb"), try value("rss_end_mb")) + " | "
            + String(format: "%+.1f MB", growth) + " | \(met ? "yes" : "**no**") |\n"
        notes += output.notes
    }
    return text + "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
}
