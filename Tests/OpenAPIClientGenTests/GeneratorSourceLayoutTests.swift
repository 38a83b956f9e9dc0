import Foundation
import Testing

/// The generator is compiled in every consumer's clean build, first, with nothing else to compile beside it.
struct GeneratorSourceLayoutTests {
    /// The compiler driver splits a module into one batch per core, but puts at most 25 files in a batch. Past 50
    /// files, a 2-core machine compiles the generator in three batches: two at once, then the third alone on one
    /// core while the other idles. Merge small files of one concern rather than cross the line.
    @Test func theGeneratorModuleFitsInTwoCompilerBatches() throws {
        let folder = packageRoot.appendingPathComponent("Sources/OpenAPIClientGen")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        let swiftFiles = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(swiftFiles.count > 10, "the folder was read")
        #expect(swiftFiles.count <= 50, "\(swiftFiles.count) Swift files in Sources/OpenAPIClientGen")
    }
}
