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

/// `plugin-plan`: what the SwiftPM plugins run for a target, as `argument`, `input` and `output` lines. Its
/// diagnostics go to the plugin, and SwiftPM prints them as errors or warnings: they do not say which.
func plan(_ words: [String]) -> Int32 {
    let arguments: PluginPlanArguments
    do {
        arguments = try PluginPlanArguments.parse(words)
    } catch {
        return usageError(error.description)
    }
    do {
        guard let plan = try TargetPlan.find(
            target: arguments.target, directory: arguments.directory, sourceFiles: arguments.sourceFiles,
            output: arguments.output, reader: fileSystemReader)
        else {
            if arguments.optional { return 0 }
            printError(TargetPlan.noSpecMessage(target: arguments.target, directory: arguments.directory))
            return 1
        }
        for warning in plan.warnings { printError(warning.location + warning.message) }
        print(try plan.lines(), terminator: "")
        return 0
    } catch {
        for diagnostic in error.diagnostics { printError(diagnostic.location + diagnostic.message) }
        return 1
    }
}

let words = Array(CommandLine.arguments.dropFirst())
exitProcess(words.first == "plugin-plan" ? plan(Array(words.dropFirst())) : generate(words))
