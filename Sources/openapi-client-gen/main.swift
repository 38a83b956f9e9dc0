import OpenAPIClientGen

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The command line is `GenerateCommand` in the library (see there why).
exit(GenerateCommand.main(Array(CommandLine.arguments.dropFirst())))
