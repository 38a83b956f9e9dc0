import Foundation
import Testing

/// `pinecone-backups` and swift-argument-parser are behind the package trait `CLI` (`swift test --traits CLI`,
/// as `.ci/run` does). Without it the CLI's own tests are not compiled; what is built is a stub, checked here.
@Suite struct CLITraitTests {
    #if CLI
    @Test func theCLIIsBuiltWithTheTrait() throws {
        let executable = try #require(ProcessRunner.builtExecutable("pinecone-backups"), "pinecone-backups was not built next to the tests")
        let help = try ProcessRunner.run(executable, ["--help"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("SUBCOMMANDS:"), "\(help.stdout)")
    }
    #else
    @Test func withoutTheTraitTheToolSaysHowToBuildIt() throws {
        let executable = try #require(ProcessRunner.builtExecutable("pinecone-backups"), "pinecone-backups was not built next to the tests")
        let result = try ProcessRunner.run(executable, ["backup", "list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("swift run --traits CLI pinecone-backups"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(.disabled("BackupsCLITests and VerboseCLITests need the package trait CLI: swift test --traits CLI"))
    func theCLITestsNeedTheTrait() {}
    #endif
}
