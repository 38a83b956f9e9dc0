#!/usr/bin/env bash
# Runs every benchmark (generation, consumer builds, generated code, decoding, round trips) against
# swift-openapi-generator 1.14.3 and writes Benchmarks/RESULTS.md. See Benchmarks/README.md.
#
#   Benchmarks/run.sh [--pinecone-api DIR] [--runs 5] [--build-runs 1] [--compile-runs 3]
#                     [--decode-runs 15] [--http-rounds 10] [--scale-runs 3] [--realworld DIR]
#                     [--sections generation,builds,code,decode,http,ahc,soak,scale] [--output FILE]
#
# Pinecone's published specs are read from --pinecone-api, else $PINECONE_API_DIR, else
# ../shared/pinecone-api next to the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
command="Benchmarks/run.sh${*:+ $*}"

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
    echo "error: libyaml is missing (apt-get install libyaml-dev pkg-config)" >&2
    exit 1
fi

# The peer's tool first: the PeerPinecone target's build plugin runs it.
echo "== building swift-openapi-generator 1.14.3 (release)"
swift build -c release --package-path "$here/PeerGenerator" --product swift-openapi-generator
echo "== building openapi-client-gen and the benchmarks (release)"
swift build -c release --package-path "$here" --product openapi-client-gen
swift build -c release --package-path "$here"

echo "== running"
exec "$here/.build/release/BenchmarkRunner" --repo-root "$root" --command "$command" "$@"
