import OpenAPIClientGen
import OpenAPIClientGenCommandLine

// The command line: its words and files come from OpenAPIClientGenCommandLine, the generation from
// OpenAPIClientGen, which does no I/O of its own. Exit status: 0, 1 for errors in the spec, 2 for wrong arguments.

/// Regular files on disk, for the files the spec's `$ref`s name.
let fileSystemReader = SpecFileReader { path in
    Result { () throws(FileSystem.Failure) in try FileSystem.readRegularFile(path) }
        .mapError { SpecFileReader.Failure($0.reason) }
}

func usageError(_ message: String) -> Int32 {
    printError("error: \(message)\n\nUsage: openapi-client-gen <spec> --output <directory> (see --help)")
    return 2
}

func generate(_ words: [String]) -> Int32 {
    let arguments: CommandLineArguments
    let options: GeneratorPipeline.Options
    do {
        guard let parsed = try CommandLineArguments.parse(words) else {
            print(CommandLineArguments.usage)
            return 0
        }
        arguments = parsed
    } catch {
        return usageError(error.description)
    }
    do {
        options = try GeneratorPipeline.Options(
            access: arguments.access, clientName: arguments.clientName, checksRequests: arguments.checksRequests,
            filter: OperationFilter(
                tags: arguments.filterTags, operationIDs: arguments.filterOperations, pathPrefixes: arguments.filterPaths))
    } catch {
        return usageError(error.description)
    }
    let clock = ContinuousClock()
    let start = clock.now
    let spec = arguments.spec, output = arguments.output
    do {
        let bytes = try FileSystem.read(spec)
        let result = try GeneratorPipeline(options: options).run(bytes, file: spec, reader: fileSystemReader)
        if !arguments.quiet {
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
        }
        try FileSystem.createDirectory(output)
        var written = 0
        for file in result.files where try FileSystem.writeIfChanged(output + "/" + file.name, file.contents) {
            written += 1
        }
        let removed = FileSystem.removeStaleGeneratedFiles(
            in: output, keeping: Set(result.files.map(\.name)), header: SwiftRenderer.headerPrefix)
        let elapsed = clock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        if !arguments.quiet {
            print("Generated \(result.schemaCount) schemas and \(result.operationCount) operations from \(spec): "
                + "\(result.files.count) files, \(written) written to \(output)"
                + (removed.isEmpty ? "" : " (removed \(removed.joined(separator: ", ")), no longer generated)")
                + ", in \(milliseconds) ms")
        }
        return 0
    } catch let error as DiagnosticError {
        for diagnostic in error.diagnostics where !(arguments.quiet && diagnostic.severity != .error) {
            printError(diagnostic.description)
        }
        return 1
    } catch {
        printError("\(error)")
        return 1
    }
}

/// The words after `plugin-plan` or `plugin-generate`, and the target's plan (nil: the target has no spec); nil for
/// wrong words, which it reports.
func pluginPlan(_ words: [String]) -> (arguments: PluginPlanArguments, plan: Result<TargetPlan?, DiagnosticError>)? {
    do {
        let arguments = try PluginPlanArguments.parse(words)
        let plan = Result { () throws(DiagnosticError) in
            try TargetPlan.find(
                target: arguments.target, directory: arguments.directory, sourceFiles: arguments.sourceFiles,
                output: arguments.output, reader: fileSystemReader)
        }
        return (arguments, plan)
    } catch {
        printError("error: \(error.description)\n\nUsage: \(PluginPlanArguments.usage)")
        return nil
    }
}

/// `plugin-plan`: what the SwiftPM plugins run for a target, as `argument`, `input` and `output` lines. Its
/// diagnostics go to the plugin on standard output too (`TargetPlan.line(for:)`), so that it hands them to SwiftPM
/// with their file and line, and reads one stream only.
func plan(_ words: [String]) -> Int32 {
    guard let (arguments, result) = pluginPlan(words) else { return 2 }
    var failure: DiagnosticError
    switch result {
    case .success(var plan?):
        plan.addReferencedFiles(reader: fileSystemReader)
        do {
            print(try plan.lines(), terminator: "")
            return 0
        } catch {
            failure = error
        }
    case .success(nil):
        if arguments.optional { return 0 }
        failure = DiagnosticError([Diagnostic(.error, TargetPlan.noSpecMessage(target: arguments.target, directory: arguments.directory))])
    case .failure(let error):
        failure = error
    }
    print(failure.diagnostics.map(TargetPlan.line(for:)).joined(), terminator: "")
    return 1
}

/// `plugin-generate`, the build plugin's command (same words as `plugin-plan`): the plan worked out again when the
/// command runs (without the `$ref` scan, which only the plugin's inputs need), then generation with it, quietly. SwiftPM reuses a build plugin's commands until the target's files
/// change (swiftlang/swift-package-manager#7891): options the plugin read from `openapi-client-gen.json` would stay
/// as they were after an edit to it, which reruns this command; read here, they are the file's.
func generateForPlugin(_ words: [String]) -> Int32 {
    guard let (arguments, result) = pluginPlan(words) else { return 2 }
    switch result {
    case .success(let plan?):
        return generate(plan.arguments + ["--quiet"])
    case .success(nil):
        printError("error: " + TargetPlan.noSpecMessage(target: arguments.target, directory: arguments.directory))
    case .failure(let error):
        for diagnostic in error.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
    }
    return 1
}

let words = Array(CommandLine.arguments.dropFirst())
switch words.first {
case "plugin-plan": exitProcess(plan(Array(words.dropFirst())))
case "plugin-generate": exitProcess(generateForPlugin(Array(words.dropFirst())))
default: exitProcess(generate(words))
}
