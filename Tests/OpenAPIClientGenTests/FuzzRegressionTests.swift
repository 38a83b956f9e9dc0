import Testing
@testable import OpenAPIClientGen

/// Inputs that once crashed or hung the generator (found with Fuzz/OpenAPIFuzzer, README "Development").
/// Each must now fail with a located `DiagnosticError`, and nothing worse.
@Suite struct FuzzRegressionTests {
    /// The errors the whole pipeline throws for the input; records an issue when it does not throw.
    func errors(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            _ = try generate(yaml, file: "fuzz.yaml")
            Issue.record("expected the pipeline to throw", sourceLocation: sourceLocation)
            return []
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            #expect(!errors.isEmpty, sourceLocation: sourceLocation)
            for diagnostic in errors {
                #expect(diagnostic.file == "fuzz.yaml" && diagnostic.mark != nil, "\(diagnostic)", sourceLocation: sourceLocation)
            }
            return errors
        }
    }

    /// Aliases of aliases nested the anchored trees deeper and deeper past the depth limit, which only
    /// counted the collections written in the file: 60 anchors of 100 levels each made a schema 6,000
    /// levels deep from 50 KB, and the recursive schema parser overflowed the stack.
    @Test func aliasesCannotNestDeeperThanTheDepthLimit() throws {
        let open = String(repeating: "{items: ", count: 100)
        let close = String(repeating: "}", count: 100)
        var lines = ["openapi: 3.0.3", "info: {title: T, version: \"1\"}", "paths: {}", "x-deep:"]
        lines.append("  - &s0 \(open){type: string}\(close)")
        for level in 1..<60 {
            lines.append("  - &s\(level) \(open)*s\(level - 1)\(close)")
        }
        lines.append("components: {schemas: {A: *s59}}")
        let diagnostics = errors(lines.joined(separator: "\n"))
        // `*s1` (in s2) is the first alias that would nest too deep: 102 levels are open there, s1 is 201 deep.
        #expect(diagnostics.map(\.description) == [
            "fuzz.yaml:7:\(9 + open.count): error: nesting is deeper than 256 levels once the alias '*s1' is expanded",
        ])
    }

    @Test func aliasDepthLimitBoundary() throws {
        let limits = YAMLParser.Limits(maximumDepth: 3)
        // The root mapping, then the alias's two levels: exactly 3.
        let root = try YAMLParser(limits: limits).parse("a: &x [[1]]\nb: *x\n", file: "fuzz.yaml")
        #expect(root["b"]?.sequence?.first?.sequence?.first?.scalar?.value == "1")
        do {
            _ = try YAMLParser(limits: limits).parse("a: &x [[1]]\nb: [*x]\n", file: "fuzz.yaml")
            Issue.record("expected the nesting through the alias to be refused")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "fuzz.yaml:2:5: error: nesting is deeper than 3 levels once the alias '*x' is expanded",
            ])
        }
    }
}
