import Foundation

/// `scale.svg`: two panels against the number of operations, consumer clean build time and generated lines,
/// one line per tool. Plain SVG, no script, so that it shows on any Markdown viewer.
func scaleChart(_ points: [ScalePoint]) -> String {
    let panels: [(title: String, unit: String, values: (ScalePoint, Generator) -> Double?)] = [
        ("Consumer clean debug build", "s", { $0.buildSeconds[$1] }),
        ("Generated lines", "thousand", { $0.lines[$1].map { $0 / 1000 } }),
    ]
    let (panelWidth, panelHeight, margin) = (420.0, 300.0, 56.0)
    let colors: [Generator: String] = [.ours: "#1f77b4", .peer: "#ff7f0e"]
    let names: [Generator: String] = [.ours: "openapi-client-gen", .peer: "swift-openapi-generator 1.14.3"]
    let maxOperations = niceCeiling(Double(points.map(\.operations).max() ?? 1))
    var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(2 * panelWidth))" height="\(Int(panelHeight + 40))" \
        font-family="sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>

        """
    for (index, panel) in panels.enumerated() {
        let left = Double(index) * panelWidth + margin
        let (width, height, top) = (panelWidth - margin - 16, panelHeight - 2 * margin + 16, 36.0)
        let bottom = top + height
        let maxValue = niceCeiling(points.flatMap { point in Generator.allCases.compactMap { panel.values(point, $0) } }.max() ?? 1)
        func x(_ operations: Int) -> Double { left + Double(operations) / maxOperations * width }
        func y(_ value: Double) -> Double { bottom - value / maxValue * height }
        svg += "<text x=\"\(left + width / 2)\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">\(panel.title) (\(panel.unit))</text>\n"
        svg += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(left + width)\" y2=\"\(bottom)\" stroke=\"black\"/>\n"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(bottom)\" stroke=\"black\"/>\n"
        for step in 0...4 {
            let value = maxValue * Double(step) / 4, operations = Int(maxOperations * Double(step) / 4)
            svg += "<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" text-anchor=\"end\">\(format(value))</text>\n"
            svg += "<line x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(left + width)\" y2=\"\(y(value))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(x(operations))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">\(operations)</text>\n"
        }
        svg += "<text x=\"\(left + width / 2)\" y=\"\(bottom + 32)\" text-anchor=\"middle\">operations</text>\n"
        for generator in Generator.allCases {
            let plotted = points.compactMap { point in panel.values(point, generator).map { (x(point.operations), y($0)) } }
            let color = colors[generator]!
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\""
                + plotted.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ") + "\"/>\n"
            for (px, py) in plotted {
                svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%@\"/>\n", px, py, color)
            }
            // A tool that failed on a spec: a cross on the axis at its operation count.
            for point in points where point.failures[generator] != nil {
                svg += "<text x=\"\(x(point.operations))\" y=\"\(bottom - 4)\" text-anchor=\"middle\" fill=\"\(color)\">✘</text>\n"
            }
        }
        for (row, generator) in Generator.allCases.enumerated() {
            let legendY = top + 8 + Double(row) * 16
            svg += "<rect x=\"\(left + 10)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"\(colors[generator]!)\"/>\n"
            svg += "<text x=\"\(left + 26)\" y=\"\(legendY)\">\(names[generator]!)</text>\n"
        }
    }
    return svg + "</svg>\n"
}

/// 1, 2 or 5 times a power of ten, at least `value`.
private func niceCeiling(_ value: Double) -> Double {
    guard value > 0 else { return 1 }
    let power = pow(10, floor(log10(value)))
    return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value } ?? 10 * power
}

private func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
}
