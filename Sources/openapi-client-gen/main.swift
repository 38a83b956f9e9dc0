import OpenAPIClientGen

#if canImport(Glibc)
internal import COpenAPIClientGenYAML  // exit(3), without the Glibc overlay (see GenerateCommand.swift)
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The command line is `GenerateCommand` in the library (see there why).
exit(GenerateCommand.main(Array(CommandLine.arguments.dropFirst())))
