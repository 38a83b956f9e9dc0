// SwiftPM links every executable with `--defsym main=<Module>_main` (it renames the entry point so
// that tests can import executables), but the fuzzer's `main` comes from libFuzzer. This hands the
// renamed entry point back to libFuzzer's driver, which calls LLVMFuzzerTestOneInput (Fuzz.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int OpenAPIFuzzer_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
