// libFuzzer entry point over the generator's whole front end: YAML → OpenAPI → Swift text.
// Built only when OPENAPI_CLIENT_GEN_FUZZ is set (see Package.swift and README, "Development").
import OpenAPIClientGen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        _ = try GeneratorPipeline().run(bytes, file: "fuzz.yaml")
    } catch {
        // A DiagnosticError is the expected outcome for bad input, but it must hold at least one
        // error, and every error must point into the spec.
        let errors = error.diagnostics.filter { $0.severity == .error }
        precondition(!errors.isEmpty, "DiagnosticError without an error: \(error)")
        for diagnostic in errors where diagnostic.file == nil || diagnostic.mark == nil {
            preconditionFailure("error without a location: \(diagnostic)")
        }
    }
    return 0
}
