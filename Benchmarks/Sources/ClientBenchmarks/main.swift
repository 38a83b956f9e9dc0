// Decoding and round-trip benchmarks of our generated client against the peer's and plain URLSession.
// Prints `result NAME VALUE` and `note TEXT` lines for BenchmarkRunner; run through run.sh.
//
//   ClientBenchmarks decode [--count 10000] [--runs 15]
//   ClientBenchmarks http --port N [--calls 1000] [--rounds 5] [--fraction-digits 9] [--only 0|1|2]
//   ClientBenchmarks http-ahc --port N [--calls 1000] [--rounds 5] [--only 0|1|2]
//   ClientBenchmarks overhead [--calls 1000] [--rounds 15]
import BackupFixtures
import Foundation

/// What a decoded list comes to, to check that both sides decoded the same thing.
struct Summary: Equatable {
    var count: Int
    var firstID: String
    var dateSum: Double
    var recordSum: Int

    func matches(_ other: Summary) -> Bool {
        count == other.count && firstID == other.firstID && recordSum == other.recordSum
            && abs(dateSum - other.dateSum) < Double(count) * 0.001
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
}

func milliseconds(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try await body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func report(_ name: String, _ value: Any) {
    print("result \(name) \(value)")
}

func note(_ text: String) {
    print("note \(text)")
}

/// Runs each benchmark once per round, in an order that rotates from round to round, and reports
/// the median of each.
func interleaved(rounds: Int, _ cases: [(String, () async throws -> Void)]) async throws {
    var times = Array(repeating: [Double](), count: cases.count)
    for round in 0..<rounds {
        for offset in 0..<cases.count {
            let index = (round + offset) % cases.count
            times[index].append(try await milliseconds(cases[index].1))
        }
    }
    for (index, (name, _)) in cases.enumerated() {
        report(name, String(format: "%.3f", median(times[index])))
    }
}

func decodeBenchmark(count: Int, runs: Int) async throws {
    let peer = Peer.bestTranscoder()
    guard let digits = peer.digits else { throw Failure(description: "the peer decodes none of 9, 6 or 3 fractional digits") }
    let nine = "2025-05-15T00:52:10.809305882Z"
    note("peer date transcoders on \(nine): .iso8601 (default) "
        + (Peer.decodes(nine, with: .iso8601) ? "decodes it" : "fails")
        + ", .iso8601WithFractionalSeconds " + (Peer.decodes(nine, with: .iso8601WithFractionalSeconds) ? "decodes it" : "fails"))
    note("peer configured with \(peer.name); fixture dates carry \(digits) fractional digits")
    report("fraction_digits", digits)

    let data = Data(BackupFixtures.backupList(count: count, fractionDigits: digits).utf8)
    report("decode_bytes", data.count)
    let ours = Ours.memoryClient(body: data)
    let theirs = Peer.memoryClient(body: data, transcoder: peer.transcoder)
    let expected = try Ours.decodeTypes(data)
    for (name, summary) in [
        ("our client", try await Ours.listViaClient(ours)), ("peer types", try Peer.decodeTypes(data, transcoder: peer.transcoder)),
        ("peer client", try await Peer.listViaClient(theirs)),
    ] where !summary.matches(expected) || summary.count != count {
        throw Failure(description: "\(name) decoded \(summary), our types \(expected)")
    }
    try await interleaved(rounds: runs, [
        ("decode_types_ours_ms", { _ = try Ours.decodeTypes(data) }),
        ("decode_types_peer_ms", { _ = try Peer.decodeTypes(data, transcoder: peer.transcoder) }),
        ("decode_client_ours_ms", { _ = try await Ours.listViaClient(ours) }),
        ("decode_client_peer_ms", { _ = try await Peer.listViaClient(theirs) }),
    ])
}

func httpBenchmark(port: Int, calls: Int, rounds: Int, fractionDigits: Int, only: Int?) async throws {
    let peer = Peer.bestTranscoder()
    let ours = Ours.httpClient(port: port)
    let raw = RawURLSession(port: port)
    let theirs = Peer.httpClient(port: port, transcoder: peer.transcoder)
    let id = "8c85e612-ed1c-4f97-9f8c-8194e07bcf71"
    // `--only N` runs one client alone (0 ours, 1 URLSession, 2 the peer), for profiling.
    try await roundTrips(calls: calls, rounds: rounds, only: only, [
        ("http_ours_ms", { try await Ours.describe(ours, id: id) }),
        ("http_raw_ms", { try await raw.describe(id: id) }),
        ("http_peer_ms", { try await Peer.describe(theirs, id: id) }),
    ])
}

/// Our client on AsyncHTTPClient against hand-written AsyncHTTPClient code (the floor) and plain URLSession.
func asyncHTTPClientBenchmark(port: Int, calls: Int, rounds: Int, only: Int?) async throws {
    let ours = Ours.asyncHTTPClient(port: port)
    let raw = RawAsyncHTTPClient(port: port)
    let session = RawURLSession(port: port)
    let id = "8c85e612-ed1c-4f97-9f8c-8194e07bcf71"
    // `--only N`: 0 ours on AsyncHTTPClient, 1 hand-written AsyncHTTPClient, 2 URLSession, 3 our transport alone.
    try await roundTrips(calls: calls, rounds: rounds, only: only, [
        ("ahc_ours_ms", { try await Ours.describe(ours, id: id) }),
        ("ahc_raw_ms", { try await raw.describe(id: id) }),
        ("ahc_urlsession_ms", { try await session.describe(id: id) }),
        ("ahc_transport_ms", { try await Ours.describeThroughTransport(port: port, id: id) }),
    ])
}

/// Each round makes `calls` sequential calls per client, in blocks of 100 that take turns, so that
/// load from elsewhere on the machine falls on all of them alike; the first two rounds are warm-up.
func roundTrips(calls: Int, rounds: Int, only: Int?, _ all: [(String, () async throws -> String?)]) async throws {
    let clients = all.enumerated().filter { only == nil || $0.offset == only }.map(\.element)
    let block = min(100, calls)
    var totals = Array(repeating: [Double](), count: clients.count)
    for round in -2..<rounds {
        var sums = Array(repeating: 0.0, count: clients.count)
        for turn in 0..<(calls / block) {
            for offset in 0..<clients.count {
                let index = (turn + round + 2 + offset) % clients.count
                sums[index] += try await milliseconds {
                    for _ in 0..<block {
                        guard try await clients[index].1() != nil else { throw Failure(description: "a response without created_at") }
                    }
                }
            }
        }
        if round >= 0 { for index in clients.indices { totals[index].append(sums[index]) } }
    }
    for (index, (name, _)) in clients.enumerated() {
        report(name, String(format: "%.3f", median(totals[index])))
    }
}

/// The same `describe_backup` through each client with an in-memory transport: what the client itself
/// costs per call, without the network. The floor is decoding the body alone.
func overheadBenchmark(calls: Int, rounds: Int) async throws {
    let peer = Peer.bestTranscoder()
    let body = Data(BackupFixtures.backup(0, fractionDigits: peer.digits ?? 9).utf8)
    let ours = Ours.memoryClient(body: body)
    let theirs = Peer.memoryClient(body: body, transcoder: peer.transcoder)
    let decoder = Ours.decoder()
    let id = "8c85e612-ed1c-4f97-9f8c-8194e07bcf71"
    try await interleaved(rounds: rounds, [
        ("overhead_ours_ms", { for _ in 0..<calls { _ = try await Ours.describe(ours, id: id) } }),
        ("overhead_raw_ms", { for _ in 0..<calls { _ = try Ours.decodeBackup(body, with: decoder) } }),
        ("overhead_peer_ms", { for _ in 0..<calls { _ = try await Peer.describe(theirs, id: id) } }),
    ])
}

var arguments = CommandLine.arguments.dropFirst()
let mode = arguments.popFirst() ?? ""
var options: [String: Int] = [:]
while let name = arguments.popFirst() {
    guard name.hasPrefix("--"), let value = arguments.popFirst().flatMap({ Int($0) }) else {
        print("error: expected --NAME NUMBER, got \(name)")
        exit(2)
    }
    options[String(name.dropFirst(2))] = value
}

func main(mode: String, options: [String: Int]) async throws {
    switch mode {
    case "decode":
        try await decodeBenchmark(count: options["count"] ?? 10_000, runs: options["runs"] ?? 15)
    case "http":
        guard let port = options["port"] else { throw Failure(description: "http needs --port") }
        try await httpBenchmark(port: port, calls: options["calls"] ?? 1_000, rounds: options["rounds"] ?? 5,
                                fractionDigits: options["fraction-digits"] ?? 9, only: options["only"])
    case "http-ahc":
        guard let port = options["port"] else { throw Failure(description: "http-ahc needs --port") }
        try await asyncHTTPClientBenchmark(port: port, calls: options["calls"] ?? 1_000, rounds: options["rounds"] ?? 5,
                                           only: options["only"])
    case "overhead":
        try await overheadBenchmark(calls: options["calls"] ?? 1_000, rounds: options["rounds"] ?? 15)
    default:
        print("usage: ClientBenchmarks decode [--count N] [--runs N] | http --port N [--calls N] [--rounds N] | http-ahc --port N [--calls N] [--rounds N] | overhead [--calls N]")
        exit(2)
    }
}

// The benchmarks run on the global concurrent executor, not the main actor, and the main thread
// waits on a semaphore rather than in dispatch_main (which valgrind cannot follow, so profiling works).
let done = DispatchSemaphore(value: 0)
let frozenOptions = options
Task.detached {
    do {
        try await main(mode: mode, options: frozenOptions)
    } catch {
        print("error: \(error)")
        exit(1)
    }
    done.signal()
}
done.wait()
