import Foundation

/// The two generators' command lines, writing into `output`.
enum Generator: String, CaseIterable {
    case ours, peer

    func arguments(spec: String, output: String, settings: Settings) -> [String] {
        switch self {
        case .ours: [settings.ourGenerator, spec, "--output", output]
        case .peer: [settings.peerGenerator, "generate", "--mode", "types", "--mode", "client", "--output-directory", output, spec]
        }
    }

    /// Runs the generator once into a fresh `output`.
    @discardableResult
    func generate(spec: String, into output: String, settings: Settings) throws -> ProcessRun {
        try FileManager.default.recreateDirectory(output)
        return try mustRun(arguments(spec: spec, output: output, settings: settings), log: output + ".log")
    }
}

/// 1. Generation: the whole process, release builds of both tools, interleaved, on Pinecone's
/// published spec and on ours.
func generationBenchmark(_ settings: Settings) throws -> [Row] {
    var rows: [Row] = []
    for (label, spec) in [("upstream db_control 2025-10", settings.upstreamSpec), ("our spec/", settings.ourSpec)] {
        var seconds: [Generator: [Double]] = [:]
        var peaks: [Generator: [Double]] = [:]
        for generator in Generator.allCases {  // Once untimed, so both read a warm file cache.
            try generator.generate(spec: spec, into: "\(settings.work)/generation/\(generator)", settings: settings)
        }
        for run in 0..<settings.runs {
            for generator in run % 2 == 0 ? Generator.allCases : Generator.allCases.reversed() {
                let result = try generator.generate(spec: spec, into: "\(settings.work)/generation/\(generator)", settings: settings)
                seconds[generator, default: []].append(result.seconds * 1000)
                peaks[generator, default: []].append(Double(result.peakKilobytes) / 1024)
            }
        }
        print("generation \(label): ours \(seconds[.ours]!), peer \(seconds[.peer]!) ms")
        rows.append(Row(benchmark: "Generation, \(label): wall time, median of \(settings.runs)",
                        ours: median(seconds[.ours]!), peer: median(seconds[.peer]!), unit: .milliseconds,
                        target: (1.0 / 20, "≥ 20× faster")))
        rows.append(Row(benchmark: "Generation, \(label): peak memory (max RSS), median",
                        ours: median(peaks[.ours]!), peer: median(peaks[.peer]!), unit: .megabytes, target: nil))
    }
    return rows
}

/// 3. The generated code for Pinecone's published spec: its size, and how long the compiler takes
/// over it alone against each runtime's built module.
func generatedCodeBenchmark(_ settings: Settings) throws -> [Row] {
    var files: [Generator: [String]] = [:]
    for generator in Generator.allCases {
        let output = "\(settings.work)/code/\(generator)"
        try generator.generate(spec: settings.upstreamSpec, into: output, settings: settings)
        files[generator] = try FileManager.default.swiftFiles(in: output)
    }
    func lines(_ generator: Generator, codeOnly: Bool) throws -> Double {
        var count = 0
        for file in files[generator]! {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if codeOnly, trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
                count += 1
            }
            count -= 1  // The empty string after the final newline.
        }
        return Double(count)
    }
    var rows = [
        Row(benchmark: "Generated Swift for upstream db_control: lines (`wc -l`)",
            ours: try lines(.ours, codeOnly: false), peer: try lines(.peer, codeOnly: false), unit: .lines, target: (0.5, "≤ ½")),
        Row(benchmark: "Generated Swift for upstream db_control: lines without blanks and comments",
            ours: try lines(.ours, codeOnly: true), peer: try lines(.peer, codeOnly: true), unit: .lines, target: nil),
    ]
    let modules = settings.binDir + "/Modules"
    let methods: [(String, [String])] = [
        ("`swiftc -typecheck -wmo`", ["-typecheck", "-wmo"]),
        ("`swiftc -c -Onone -wmo` (type check, SIL, LLVM, object file)", ["-c", "-Onone", "-wmo", "-parse-as-library"]),
    ]
    for (label, flags) in methods {
        var seconds: [Generator: [Double]] = [:]
        for run in 0..<settings.compileRuns + 1 {
            for generator in run % 2 == 0 ? Generator.allCases : Generator.allCases.reversed() {
                var arguments = ["swiftc"] + flags + ["-swift-version", "6", "-module-name", "Generated\(generator.rawValue.capitalized)",
                                                       "-I", modules] + files[generator]!
                if flags.contains("-c") { arguments += ["-o", "\(settings.work)/code/\(generator).o"] }
                let result = try mustRun(arguments, log: "\(settings.work)/code/\(generator)-compile.log")
                if run > 0 { seconds[generator, default: []].append(result.seconds) }  // The first warms the caches.
            }
        }
        print("compile \(label): ours \(seconds[.ours]!), peer \(seconds[.peer]!) s")
        rows.append(Row(benchmark: "Compile the generated code alone: \(label), median of \(settings.compileRuns)",
                        ours: median(seconds[.ours]!) * 1000, peer: median(seconds[.peer]!) * 1000, unit: .milliseconds,
                        target: (1.0 / 3, "≤ ⅓")))
    }
    return rows
}
