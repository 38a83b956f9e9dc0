import Foundation

/// One line of the results table: a figure for us and for the peer (or the floor), and the target
/// for their ratio.
struct Row {
    enum Unit {
        case milliseconds, seconds, megabytes, lines
    }

    var benchmark: String
    var ours: Double
    var peer: Double
    var unit: Unit
    /// The largest ours/peer ratio that meets the target, and how the target reads.
    var target: (ratio: Double, text: String)?

    var ratio: Double { ours / peer }

    func format(_ value: Double) -> String {
        switch unit {
        case .milliseconds: value < 10 ? String(format: "%.2f ms", value) : String(format: "%.1f ms", value)
        case .seconds: String(format: "%.1f s", value)
        case .megabytes: String(format: "%.1f MB", value)
        case .lines: String(Int(value))
        }
    }

    var ratioText: String {
        let ratio = ratio
        if ratio < 1 { return String(format: "%.3f (1/%.1f)", ratio, 1 / ratio) }
        return String(format: "%.2f", ratio)
    }

    var metText: String {
        guard let target else { return "" }
        return ratio <= target.ratio ? "yes" : "**no**"
    }
}

/// The table in Markdown.
func table(_ rows: [Row]) -> String {
    var text = "| Benchmark | ours | peer | ours/peer | target | met |\n|---|---:|---:|---:|---|---|\n"
    for row in rows {
        text += "| \(row.benchmark) | \(row.format(row.ours)) | \(row.format(row.peer)) | \(row.ratioText) | "
            + "\(row.target?.text ?? "") | \(row.metText) |\n"
    }
    return text
}

/// The machine, from /proc and the toolchain.
func machineDescription() -> String {
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    let cpuinfo = read("/proc/cpuinfo").split(separator: "\n")
    let model = cpuinfo.first { $0.hasPrefix("model name") }.map { $0.split(separator: ":", maxSplits: 1).last ?? "" }
        .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    let cores = cpuinfo.filter { $0.hasPrefix("processor") }.count
    let memory = read("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal") }
        .flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Double($0) } }
        .map { String(format: "%.1f GiB", $0 / 1_048_576) } ?? "unknown"
    let load = read("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
    return "\(cores) cores (\(model)), \(memory) memory (MemTotal in /proc/meminfo); load average at the start: \(load)"
}
