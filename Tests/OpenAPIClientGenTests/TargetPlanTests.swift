import Foundation
import Testing
@testable import OpenAPIClientGen
import OpenAPIClientGenCommandLine

/// `TargetPlan` and `openapi-client-gen plugin-plan`: what the SwiftPM plugins generate for a target (the convention
/// README documents), and the files a change to must regenerate.
@Suite struct TargetPlanTests {
    let output = "/build/out"

    /// The plan as `plugin-plan` makes it: found, then the `$ref`'d files added to its inputs.
    func plan(_ files: [String: String], sources: [String]? = nil) throws(DiagnosticError) -> TargetPlan? {
        let reader = SpecFileReader.inMemory(files)
        var plan = try TargetPlan.find(
            target: "PetAPI", directory: "/pkg/Sources/PetAPI",
            sourceFiles: sources ?? files.keys.filter { $0.hasPrefix("/pkg/Sources/PetAPI/") }.sorted(),
            output: output, reader: reader)
        plan?.addReferencedFiles(reader: reader)
        return plan
    }

    @Test func theOneSpecAmongTheTargetsFiles() throws {
        let plan = try #require(try plan(["/pkg/Sources/PetAPI/openapi.yaml": "openapi: 3.0.3\n", "/pkg/Sources/PetAPI/PetAPI.swift": ""]))
        #expect(plan.arguments == ["/pkg/Sources/PetAPI/openapi.yaml", "--output", output])
        #expect(plan.inputs == ["/pkg/Sources/PetAPI/openapi.yaml"])
        #expect(plan.outputs == SwiftRenderer.fileNames.map { "\(output)/\($0)" })
        #expect(plan.warnings.isEmpty)
        let suffixed = try #require(try self.plan(["/pkg/Sources/PetAPI/db_control.oas.json": "{}"]))
        #expect(suffixed.arguments.first == "/pkg/Sources/PetAPI/db_control.oas.json")
    }

    @Test func theConfigurationNamesTheSpecAndTheOptions() throws {
        let configuration = """
            {"spec": "../../spec/pets.yaml", "access": "internal", "clientName": "Pets", "requestChecks": false,
             "filter": {"tags": ["pets", "owners"], "operations": ["getPet"], "paths": ["/v2"]}}
            """
        let plan = try #require(try plan([
            "/pkg/Sources/PetAPI/openapi-client-gen.json": configuration, "/pkg/spec/pets.yaml": "openapi: 3.0.3\n",
        ]))
        #expect(plan.arguments == [
            "/pkg/spec/pets.yaml", "--output", output, "--access", "internal", "--client-name", "Pets", "--no-request-checks",
            "--filter-tag", "pets", "--filter-tag", "owners", "--filter-operation", "getPet", "--filter-path", "/v2",
        ])
        #expect(plan.inputs == ["/pkg/spec/pets.yaml", "/pkg/Sources/PetAPI/openapi-client-gen.json"])
    }

    /// Every file reached through `$ref`s, from file to file, each relative to the file naming it; once each,
    /// whatever the cycles; URLs and files that do not exist left out.
    @Test func theInputsAreEveryFileTheRefsName() throws {
        let plan = try #require(try plan([
            "/pkg/Sources/PetAPI/openapi.yaml": """
                openapi: 3.0.3
                components:
                  schemas:
                    Pet: {$ref: 'schemas/pet.yaml#/Pet'}
                    Owner:
                      $ref: schemas/owner.yaml
                    Remote: {$ref: "https://example.com/x.yaml"}
                    Missing: {$ref: gone.yaml}
                    Local: {$ref: '#/components/schemas/Pet'}
                """,
            "/pkg/Sources/PetAPI/schemas/pet.yaml": #"{"Pet": {"properties": {"tag": {"$ref": "../common/tag%20v1.json"}, "owner": {"$ref": "owner.yaml"}}}}"#,
            "/pkg/Sources/PetAPI/schemas/owner.yaml": "properties: {pet: {$ref: './pet.yaml#/Pet'}}\n",
            "/pkg/Sources/PetAPI/common/tag v1.json": "{}",
        ], sources: ["/pkg/Sources/PetAPI/openapi.yaml"]))
        #expect(plan.inputs == [
            "/pkg/Sources/PetAPI/openapi.yaml",
            "/pkg/Sources/PetAPI/common/tag v1.json", "/pkg/Sources/PetAPI/schemas/owner.yaml", "/pkg/Sources/PetAPI/schemas/pet.yaml",
        ])
    }

    @Test func aTargetWithoutSpecOrConfigurationHasNoPlan() throws {
        #expect(try plan(["/pkg/Sources/PetAPI/PetAPI.swift": ""]) == nil)
    }

    @Test func whatCannotBePlannedIsALocatedError() {
        func error(_ files: [String: String]) -> String {
            do {
                _ = try plan(files)
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error(["/pkg/Sources/PetAPI/openapi-client-gen.json": "{\"access\": \"internal\"}"])
            == "error: " + TargetPlan.noSpecMessage(target: "PetAPI", directory: "/pkg/Sources/PetAPI"))
        #expect(error(["/pkg/Sources/PetAPI/openapi.yaml": "", "/pkg/Sources/PetAPI/b.oas.yaml": ""])
            == "error: target 'PetAPI' has several OpenAPI specs (b.oas.yaml, openapi.yaml); keep one, or name one in openapi-client-gen.json")
        #expect(error(["/pkg/Sources/PetAPI/openapi-client-gen.json": "{\"spec\": \"nope.yaml\"}"])
            == "/pkg/Sources/PetAPI/openapi-client-gen.json:1:10: error: the spec 'nope.yaml' it names cannot be read (/pkg/Sources/PetAPI/nope.yaml): No such file or directory")
        #expect(error(["/pkg/Sources/PetAPI/openapi-client-gen.json": "{\"spec\": \"a.yaml\",\n \"requestChecks\": \"no\"}", "/pkg/Sources/PetAPI/a.yaml": ""])
            == "/pkg/Sources/PetAPI/openapi-client-gen.json:2:19: error: requestChecks must be true or false, found the scalar 'no'")
        #expect(error(["/pkg/Sources/PetAPI/openapi-client-gen.json": "{\"spec\": \"a.yaml\"", "/pkg/Sources/PetAPI/a.yaml": ""])
            .hasPrefix("/pkg/Sources/PetAPI/openapi-client-gen.json:"))
    }

    @Test func anUnknownKeyIsAWarning() throws {
        let plan = try #require(try plan([
            "/pkg/Sources/PetAPI/openapi-client-gen.json": "{\"spec\": \"a.yaml\", \"acess\": \"internal\"}", "/pkg/Sources/PetAPI/a.yaml": "",
        ]))
        #expect(plan.arguments == ["/pkg/Sources/PetAPI/a.yaml", "--output", output])
        #expect(plan.warnings.map(\.description) == [
            "/pkg/Sources/PetAPI/openapi-client-gen.json:1:20: warning: unknown key 'acess' in openapi-client-gen.json is ignored",
        ])
    }

    @Test func theLinesThePluginsRead() throws {
        let plan = TargetPlan(spec: "/a b.yaml", arguments: ["/a b.yaml", "--output", "/o"], inputs: ["/a b.yaml"], outputs: ["/o/Client.swift"])
        #expect(try plan.lines() == "argument\t/a b.yaml\nargument\t--output\nargument\t/o\ninput\t/a b.yaml\noutput\t/o/Client.swift\n")
        var broken = plan
        broken.inputs.append("/x\ny.yaml")
        #expect(throws: DiagnosticError.self) { try broken.lines() }
    }

    /// The plan the tool prints declares the files a run writes: the same files, or SwiftPM would not compile one
    /// of them (or wait for one that never comes).
    @Test func theToolsPlanDeclaresTheFilesItWrites() throws {
        let executable = try #require(CommandLineTests.executable, "openapi-client-gen was not built next to the tests")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-plan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = packageRoot.appendingPathComponent("Sources/PineconeControl")
        let sources = try FileManager.default.contentsOfDirectory(atPath: target.path).map { target.appendingPathComponent($0).path }
        let planned = try ProcessRunner.run(executable, ["plugin-plan", "PineconeControl", target.path, folder.path, "--"] + sources)
        #expect(planned.status == 0)
        #expect(planned.stderr == "")
        let lines = planned.stdout.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        let arguments = lines.filter { $0[0] == "argument" }.map { $0[1] }
        #expect(arguments == [packageRoot.appendingPathComponent("spec/db_control_2025-10.oas.yaml").path, "--output", folder.path])
        #expect(lines.filter { $0[0] == "input" }.map { $0[1] }.last == target.appendingPathComponent("openapi-client-gen.json").path)
        #expect(try ProcessRunner.run(executable, arguments + ["--quiet"]).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0).path }
        #expect(lines.filter { $0[0] == "output" }.map { $0[1] }.sorted() == written.sorted())

        // `plugin-generate`, the build command: the same plan, worked out when it runs, then a quiet generation.
        let again = folder.appendingPathComponent("again")
        let generated = try ProcessRunner.run(executable, ["plugin-generate", "PineconeControl", target.path, again.path, "--"] + sources)
        #expect(generated.status == 0 && generated.stdout == "" && generated.stderr == "")
        for name in SwiftRenderer.fileNames {
            #expect(FileManager.default.contents(atPath: again.appendingPathComponent(name).path) == FileManager.default.contents(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        try FileManager.default.removeItem(at: again)

        // Without a spec: an error, or nothing with --optional (the command plugin without --target). Diagnostics
        // go to standard output, as lines the plugins hand to SwiftPM with their file and line.
        let none = try ProcessRunner.run(executable, ["plugin-plan", "Empty", folder.path, folder.path])
        #expect(none.status == 1)
        #expect(none.stdout == "error\t\t\t\(TargetPlan.noSpecMessage(target: "Empty", directory: folder.path))\n")
        #expect(none.stderr == "")
        let configuration = folder.appendingPathComponent("openapi-client-gen.json")
        try #"{"spec": "gone.yaml"}"#.write(to: configuration, atomically: true, encoding: .utf8)
        let broken = try ProcessRunner.run(executable, ["plugin-plan", "Broken", folder.path, folder.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("error\t\(configuration.path)\t1\tthe spec 'gone.yaml' it names cannot be read"), "\(broken.stdout)")
        try FileManager.default.removeItem(at: configuration)
        let optional = try ProcessRunner.run(executable, ["plugin-plan", "Empty", folder.path, folder.path, "--optional"])
        #expect(optional.status == 0 && optional.stdout == "")
        let wrong = try ProcessRunner.run(executable, ["plugin-plan", "Empty"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasSuffix("Usage: \(PluginPlanArguments.usage)\n"))
    }

    @Test(arguments: [
        (["T", "/d", "/o"], PluginPlanArguments(target: "T", directory: "/d", output: "/o")),
        (["T", "/d", "/o", "--optional", "--", "/d/a.yaml", "--optional"],
         PluginPlanArguments(target: "T", directory: "/d", output: "/o", optional: true, sourceFiles: ["/d/a.yaml", "--optional"])),
        (["T", "/d", "/o", "--"], PluginPlanArguments(target: "T", directory: "/d", output: "/o")),
    ])
    func thePlanArguments(words: [String], expected: PluginPlanArguments) throws {
        #expect(try PluginPlanArguments.parse(words) == expected)
    }

    @Test func wrongPlanArguments() {
        #expect(throws: UsageError.self) { try PluginPlanArguments.parse(["T", "/d"]) }
        #expect(throws: UsageError.self) { try PluginPlanArguments.parse(["T", "/d", "/o", "/x", "--", "/d/a.yaml"]) }
    }

    /// `null` is the default, as `JSONDecoder` read it; a number where a string is meant is an error, not a name.
    @Test func nullIsTheDefaultAndOnlyStringsAreText() throws {
        let plan = try #require(try plan([
            "/pkg/Sources/PetAPI/openapi-client-gen.json": #"{"spec": null, "clientName": null, "requestChecks": null, "filter": null}"#,
            "/pkg/Sources/PetAPI/openapi.yaml": "",
        ]))
        #expect(plan.arguments == ["/pkg/Sources/PetAPI/openapi.yaml", "--output", output])
        #expect {
            _ = try self.plan([
                "/pkg/Sources/PetAPI/openapi-client-gen.json": #"{"clientName": 3}"#, "/pkg/Sources/PetAPI/openapi.yaml": "",
            ])
        } throws: { error in
            (error as? DiagnosticError)?.description
                == "/pkg/Sources/PetAPI/openapi-client-gen.json:1:16: error: clientName must be a string, found the scalar '3'"
        }
    }

    /// Line ends of either kind end a plain `$ref`, as does the end of the file; a `%` that starts no escape stays;
    /// JSON's escaped slash is a slash.
    @Test func refsAtLineEndsAndOddCharacters() throws {
        let plan = try #require(try plan([
            "/pkg/Sources/PetAPI/openapi.yaml": "a:\r\n  $ref: crlf.yaml\r\nb:\n  $ref: lf.yaml\nc: {$ref: '50%.yaml'}\nd: {\"$ref\": \"json\\/slash.json\"}\ne:\n  $ref: last.yaml",
            "/pkg/Sources/PetAPI/crlf.yaml": "", "/pkg/Sources/PetAPI/lf.yaml": "", "/pkg/Sources/PetAPI/50%.yaml": "",
            "/pkg/Sources/PetAPI/json/slash.json": "", "/pkg/Sources/PetAPI/last.yaml": "",
        ], sources: ["/pkg/Sources/PetAPI/openapi.yaml"]))
        #expect(plan.inputs.dropFirst().sorted() == [
            "/pkg/Sources/PetAPI/50%.yaml", "/pkg/Sources/PetAPI/crlf.yaml", "/pkg/Sources/PetAPI/json/slash.json",
            "/pkg/Sources/PetAPI/last.yaml", "/pkg/Sources/PetAPI/lf.yaml",
        ])
    }

    @Test func diagnosticsAsLines() throws {
        #expect(TargetPlan.line(for: Diagnostic(.warning, "two\nlines", file: "/a.json", at: Mark(line: 3, column: 9)))
            == "warning\t/a.json\t3\ttwo lines\n")
        #expect(TargetPlan.line(for: Diagnostic(.error, "no place")) == "error\t\t\tno place\n")
        var plan = TargetPlan(spec: "/a.yaml", arguments: ["/a.yaml"], inputs: [], outputs: [])
        plan.warnings = [Diagnostic(.warning, "unknown key", file: "/c.json", at: Mark(line: 1, column: 2))]
        #expect(try plan.lines() == "warning\t/c.json\t1\tunknown key\nargument\t/a.yaml\n")
    }
}
