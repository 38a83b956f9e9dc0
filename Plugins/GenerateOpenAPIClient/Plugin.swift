import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-openapi-client --target NAME [--output DIR]`:
/// writes the sources the build plugin would generate, for reading or vendoring.
@main
struct GenerateOpenAPIClient: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let outputOption = extractor.extractOption(named: "output").last
        if !extractor.remainingArguments.isEmpty {
            throw SpecLocator.Failure(description: "unexpected arguments: \(extractor.remainingArguments.joined(separator: " "))")
        }
        let targets = try context.package.targets(named: targetNames).compactMap { $0 as? SourceModuleTarget }
            .filter { target in targetNames.isEmpty ? usesBuildPlugin(target) : true }
        if targets.isEmpty {
            throw SpecLocator.Failure(description: "no target to generate; pass --target NAME (a target with an OpenAPI spec)")
        }
        let tool = try context.tool(named: "openapi-client-gen")
        for target in targets {
            let located = try SpecLocator.locate(
                targetName: target.name, directory: target.directoryURL, files: target.sourceFiles.map(\.url))
            let output = outputOption.map { URL(fileURLWithPath: $0, relativeTo: context.package.directoryURL).standardizedFileURL }
                ?? context.package.directoryURL.appendingPathComponent("Generated").appendingPathComponent(target.name)
            let process = Process()
            process.executableURL = tool.url
            process.arguments = [located.spec.path, "--output", output.path] + located.options
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw SpecLocator.Failure(description: "openapi-client-gen failed for target '\(target.name)' (exit \(process.terminationStatus))")
            }
        }
    }

    private func usesBuildPlugin(_ target: SourceModuleTarget) -> Bool {
        FileManager.default.fileExists(atPath: target.directoryURL.appendingPathComponent(SpecLocator.configName).path)
            || target.sourceFiles.contains { file in
                SpecLocator.specNames.contains(file.url.lastPathComponent)
                    || SpecLocator.specSuffixes.contains { file.url.lastPathComponent.hasSuffix($0) }
            }
    }
}
