import Foundation

/// One spec of the scale section, and what each tool did with it.
struct ScalePoint {
    var label: String
    var spec: String
    var operations: Int
    /// Per tool; `nil` when the tool could not generate the spec (shown as ✘).
    var generationMilliseconds: [Generator: Double] = [:]
    var lines: [Generator: Double] = [:]
    var typecheckSeconds: [Generator: Double] = [:]
    var compileSeconds: [Generator: Double] = [:]
    var buildSeconds: [Generator: Double] = [:]
    var failures: [Generator: String] = [:]
}

/// 9. Scale: the same figures as items 1 to 3 on specs from 18 to hundreds of operations, both tools, so that
/// a reader sees how each grows with the spec. A tool that cannot generate a spec gets ✘ for it.
func scaleBenchmark(_ settings: Settings) throws -> (rows: [Row], points: [ScalePoint]) {
    let specs = [
        ("Pinecone db_control 2025-10", settings.upstreamSpec),
        ("Twilio messaging_v1", settings.realworld + "/twilio/twilio_messaging_v1.yaml"),
        ("Twilio api_v2010", settings.realworld + "/twilio/twilio_api_v2010.yaml"),
        ("OpenAI", settings.realworld + "/openai/openapi.yaml"),
    ]
    var points: [ScalePoint] = []
    for (label, spec) in specs {
        guard FileManager.default.fileExists(atPath: spec) else { throw RunnerError(description: "missing \(spec) (--realworld)") }
        var point = ScalePoint(label: label, spec: spec, operations: try countOperations(spec))
        let work = "\(settings.work)/scale/\(label.replacingOccurrences(of: " ", with: "-"))"
        for generator in Generator.allCases {
            let output = "\(work)/\(generator)"
            // Untimed: warms the file cache, and finds out whether the tool can read the spec at all.
            try FileManager.default.recreateDirectory(output)
            let first = try spawn(generator.arguments(spec: spec, output: output, settings: settings), log: output + ".log")
            guard first.succeeded else {
                point.failures[generator] = first.output.split(separator: "\n").last { $0.contains("error") }.map { String($0.prefix(300)) }
                    ?? "exit \(first.status)"
                print("scale \(label): \(generator) fails: \(point.failures[generator]!)")
                continue
            }
            point.lines[generator] = try lineCount(FileManager.default.swiftFiles(in: output))
        }
        let working = Generator.allCases.filter { point.failures[$0] == nil }
        for run in 0..<settings.scaleRuns {
            for generator in run % 2 == 0 ? working : working.reversed() {
                let result = try generator.generate(spec: spec, into: "\(work)/\(generator)", settings: settings)
                point.generationMilliseconds[generator, default: 0] += result.seconds * 1000 / Double(settings.scaleRuns)
            }
        }
        for generator in working {
            // A tool whose output does not compile, or whose consumer does not build, gets ✘ for what is left.
            var step = "the generated code does not type-check"
            do {
                let files = try FileManager.default.swiftFiles(in: "\(work)/\(generator)")
                let base = ["swiftc", "-swift-version", "6", "-module-name", "Scale\(generator.rawValue.capitalized)",
                            "-I", settings.binDir + "/Modules", "-wmo"]
                point.typecheckSeconds[generator] = try mustRun(base + ["-typecheck"] + files, log: "\(work)/\(generator)-typecheck.log").seconds
                step = "the generated code does not compile"
                point.compileSeconds[generator] = try mustRun(
                    base + ["-c", "-Onone", "-parse-as-library", "-o", "\(work)/\(generator).o"] + files, log: "\(work)/\(generator)-c.log").seconds
                let package = "\(work)/consumer-\(generator)"
                step = "the consumer package does not build"
                try writeConsumer(generator, settings: settings, spec: spec, package: package, pineconeCalls: false)
                try mustRun(["swift", "package", "--package-path", package, "resolve"], log: package + "-resolve.log")
                point.buildSeconds[generator] = try mustRun(["swift", "build", "--package-path", package], log: package + "-build.log").seconds
            } catch {
                point.failures[generator] = "\(step) (logs in \(work))"
                print("scale \(label): \(generator) fails: \(point.failures[generator]!)")
            }
        }
        print("scale \(label) (\(point.operations) operations): generation \(point.generationMilliseconds) ms, lines \(point.lines), "
            + "typecheck \(point.typecheckSeconds) s, -c \(point.compileSeconds) s, consumer build \(point.buildSeconds) s")
        points.append(point)
    }
    // The goals are set on Twilio's api_v2010, the largest spec both tools generate.
    var rows: [Row] = []
    if let twilio = points.first(where: { $0.label == "Twilio api_v2010" }), twilio.failures.isEmpty, twilio.buildSeconds.count == 2 {
        rows = [
            Row(benchmark: "Scale, Twilio api_v2010 (\(twilio.operations) operations): generation wall time, mean of \(settings.scaleRuns)",
                ours: twilio.generationMilliseconds[.ours]!, peer: twilio.generationMilliseconds[.peer]!, unit: .milliseconds,
                target: (1.0 / 20, "≥ 20× faster")),
            Row(benchmark: "Scale, Twilio api_v2010: generated lines (`wc -l`)",
                ours: twilio.lines[.ours]!, peer: twilio.lines[.peer]!, unit: .lines, target: (1.0 / 3, "≤ ⅓")),
            Row(benchmark: "Scale, Twilio api_v2010: generated code alone, `swiftc -typecheck -wmo`, 1 run",
                ours: twilio.typecheckSeconds[.ours]!, peer: twilio.typecheckSeconds[.peer]!, unit: .seconds, target: nil),
            Row(benchmark: "Scale, Twilio api_v2010: generated code alone, `swiftc -c -Onone -wmo`, 1 run",
                ours: twilio.compileSeconds[.ours]!, peer: twilio.compileSeconds[.peer]!, unit: .seconds, target: nil),
            Row(benchmark: "Scale, Twilio api_v2010: consumer package, clean debug `swift build`, 1 run",
                ours: twilio.buildSeconds[.ours]!, peer: twilio.buildSeconds[.peer]!, unit: .seconds, target: (0.25, "≤ ¼")),
        ]
    }
    return (rows, points)
}

/// Operations in a YAML spec: the HTTP methods under `paths:`, two levels down (how every spec here is indented).
func countOperations(_ spec: String) throws -> Int {
    let methods: Set = ["get", "put", "post", "delete", "patch", "head", "options", "trace", "query"]
    var inPaths = false
    var count = 0
    for line in try String(contentsOfFile: spec, encoding: .utf8).split(separator: "\n") {
        if !line.hasPrefix(" ") && !line.hasPrefix("#") { inPaths = line.hasPrefix("paths:") }
        guard inPaths, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") else { continue }
        if methods.contains(line.trimmingCharacters(in: .whitespaces).dropLast().lowercased()) { count += 1 }
    }
    return count
}

/// `wc -l` over the files.
func lineCount(_ files: [String]) throws -> Double {
    var count = 0
    for file in files {
        count += try String(contentsOfFile: file, encoding: .utf8).utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
    return Double(count)
}

/// The growth table in Markdown: one line per spec, both tools, ✘ where a tool failed.
func scaleTable(_ points: [ScalePoint]) -> String {
    func cell(_ values: [Generator: Double], _ point: ScalePoint, _ format: (Double) -> String) -> String {
        Generator.allCases.map { generator in
            values[generator].map(format) ?? (point.failures[generator] != nil ? "✘" : "–")
        }.joined(separator: " / ")
            + (values.count == 2 ? String(format: " (%.2f)", values[.ours]! / values[.peer]!) : "")
    }
    var text = "| spec | operations | generation, ms | lines | typecheck, s | `-c`, s | consumer clean build, s |\n"
    text += "|---|---:|---|---|---|---|---|\n"
    for point in points {
        text += "| \(point.label) | \(point.operations) | "
            + cell(point.generationMilliseconds, point) { String(format: "%.0f", $0) } + " | "
            + cell(point.lines, point) { String(Int($0)) } + " | "
            + cell(point.typecheckSeconds, point) { String(format: "%.1f", $0) } + " | "
            + cell(point.compileSeconds, point) { String(format: "%.1f", $0) } + " | "
            + cell(point.buildSeconds, point) { String(format: "%.1f", $0) } + " |\n"
    }
    let failures = points.flatMap { point in point.failures.sorted { $0.key.rawValue < $1.key.rawValue }.map { "- ✘ \($0.key) on \(point.label): `\($0.value)`" } }
    return text + "\nEach cell: ours / peer (ours ÷ peer).\n" + (failures.isEmpty ? "" : "\n" + failures.joined(separator: "\n") + "\n")
}
