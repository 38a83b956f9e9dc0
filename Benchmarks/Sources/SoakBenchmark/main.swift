// The soak: many `describe_backup` calls through one transport against `BenchServer --faults`, which fails
// 10 % of them (a 503 or a connection reset on the first attempt, or a slow body), and checks that memory
// stays flat after warm-up, nothing hangs, and the requests the server saw match the retry policy exactly.
// Prints `result NAME VALUE` and `note TEXT` lines for BenchmarkRunner.
//
//   SoakBenchmark --port N --transport urlsession|ahc [--requests 100000] [--concurrency 4] [--id-offset 0]
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClientTransport
import PineconeControl
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

struct Failure: Error, CustomStringConvertible {
    var description: String
}

/// Counts attempts as they pass (a middleware: it runs once per attempt, retries included).
final class Counter: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var attempts = 0
    private var completed = 0

    var counts: (attempts: Int, completed: Int) { lock.withLock { (attempts, completed) } }

    func finished() { lock.withLock { completed += 1 } }

    func intercept(
        _ request: HTTPRequest, body: Data?, context: MiddlewareContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, HTTPBody)
    ) async throws -> (HTTPResponse, HTTPBody) {
        lock.withLock { attempts += 1 }
        return try await next(request, body)
    }
}

/// Diagnosis: the simplest URLSession transport (`URLSession.shared.data(for:)`, no timers, no task
/// boxes), to tell memory that URLSession itself keeps from memory our `URLSessionTransport` keeps.
struct DataForTransport: HTTPTransport {
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        var urlRequest = URLRequest(url: URL(string: request.scheme! + "://" + request.authority! + request.path!)!)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields { urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName) }
        urlRequest.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 599
        return (HTTPResponse(status: .init(code: status)), data)
    }
}

/// Resident memory of this process, in MB (`/proc/self/statm`).
func residentMB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return .nan }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func serverRequests(port: Int) async throws -> Int {
    let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/__stats")!)
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Int], let count = object["requests"] else {
        throw Failure(description: "unreadable stats: \(String(decoding: data, as: UTF8.self))")
    }
    return count
}

/// Attempts the retry policy makes for call `number` against `BenchServer --faults`.
func expectedAttempts(_ number: Int) -> Int {
    switch number % 30 {
    case 0, 10: 2  // a 503 or a reset on the first attempt, then success
    default: 1     // success, or a slow body (not an error)
    }
}

func run(options: [String: String]) async throws {
    guard let port = options["port"].flatMap({ Int($0) }) else { throw Failure(description: "--port is required") }
    let transportName = options["transport"] ?? "urlsession"
    let total = options["requests"].flatMap { Int($0) } ?? 100_000
    let concurrency = options["concurrency"].flatMap { Int($0) } ?? 4
    let offset = options["id-offset"].flatMap { Int($0) } ?? 0
    guard offset % 30 == 0 else { throw Failure(description: "--id-offset must be a multiple of 30") }
    let transport: (any HTTPTransport)? = switch transportName {
    case "urlsession": nil
    case "ahc": AsyncHTTPClientTransport()
    case "urlsession-data": DataForTransport()
    default: throw Failure(description: "--transport urlsession, ahc or urlsession-data")
    }
    let counter = Counter()
    var configuration = Client.pineconeConfiguration(
        apiKey: "pcsk_soak_key", host: URL(string: "http://127.0.0.1:\(port)")!, timeout: .seconds(5), middlewares: [counter], environment: [:])
    // Retries without waiting long, so that the soak measures the client rather than backoff sleeps.
    configuration.retryPolicy = RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(1), maximumBackoff: .milliseconds(1), jitter: 0)
    let client = Client(configuration: configuration, transport: transport)

    let before = try await serverRequests(port: port)
    let warmUp = total / 10
    let clock = ContinuousClock()
    let start = clock.now
    var failures = 0
    var warmRSS = Double.nan
    var samples: [String] = []
    // Progress watchdog: a call that never returns shows as no progress for 60 s.
    let watchdog = Task.detached {
        var last = -1
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(60))
            let done = counter.counts.completed
            if done == last {
                print("result soak_\(transportName)_hang 1")
                print("note \(transportName): no call completed for 60 s after \(done) calls; stopping")
                exit(3)
            }
            last = done
        }
    }
    var next = 0
    for batchStart in stride(from: 0, to: total, by: 1_000) {
        let batch = batchStart..<min(batchStart + 1_000, total)
        failures += try await withThrowingTaskGroup(of: Int.self) { group in
            var iterator = batch.makeIterator()
            func add(_ number: Int) {
                group.addTask {
                    defer { counter.finished() }
                    do {
                        _ = try await client.describeBackup(backupId: "soak-\(offset + number)")
                        return 0
                    } catch {
                        return 1
                    }
                }
            }
            for _ in 0..<concurrency { if let number = iterator.next() { add(number) } }
            var failed = 0
            while let result = try await group.next() {
                failed += result
                if let number = iterator.next() { add(number) }
            }
            return failed
        }
        next = batch.upperBound
        if next == warmUp { warmRSS = residentMB() }
        if next % 10_000 == 0 { samples.append(String(format: "%.1f", residentMB())) }
    }
    watchdog.cancel()
    let seconds = (clock.now - start) / .seconds(1)
    let endRSS = residentMB()
    let seen = try await serverRequests(port: port) - before
    let expected = (0..<total).reduce(0) { $0 + expectedAttempts(offset + $1) }
    let name = "soak_\(transportName)"
    print("result \(name)_requests \(total)")
    print("result \(name)_seconds \(String(format: "%.1f", seconds))")
    print("result \(name)_failures \(failures)")
    print("result \(name)_expected_requests \(expected)")
    print("result \(name)_client_attempts \(counter.counts.attempts)")
    print("result \(name)_server_requests \(seen)")
    print("result \(name)_rss_warm_mb \(String(format: "%.1f", warmRSS))")
    print("result \(name)_rss_end_mb \(String(format: "%.1f", endRSS))")
    print("result \(name)_rss_growth_mb \(String(format: "%.1f", endRSS - warmRSS))")
    print("note \(transportName): resident MB every 10,000 calls: \(samples.joined(separator: ", "))")
}

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst() {
    guard name.hasPrefix("--"), let value = arguments.popFirst() else {
        print("usage: SoakBenchmark --port N --transport urlsession|ahc [--requests N] [--concurrency N] [--id-offset N]")
        exit(2)
    }
    options[String(name.dropFirst(2))] = value
}
let done = DispatchSemaphore(value: 0)
let frozen = options
Task.detached {
    do {
        try await run(options: frozen)
    } catch {
        print("error: \(error)")
        exit(1)
    }
    done.signal()
}
done.wait()
