#!/usr/bin/env bash
# Which modules a clean `swift build` compiles when, and how many compiler jobs each runs at a time: samples the
# process list every half second while the build runs. This is how the consumer build's idle core was found (a
# module's files split into one batch per core: with uneven files, one batch compiled alone for half the build).
#   Benchmarks/build-timeline.sh PACKAGE_DIR     # cleans PACKAGE_DIR/.build's build products first
# Prints, per module: the first and last second it was seen compiling, and the most compiler jobs it ran at once.
set -euo pipefail
package=${1:?usage: build-timeline.sh PACKAGE_DIR}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
cd "$package"
rm -rf .build/debug .build/x86_64-unknown-linux-gnu .build/aarch64-unknown-linux-gnu .build/plugins .build/*.db .build/*.yaml
start=$(date +%s%N)
swift build >/dev/null 2>&1 &
build=$!
while kill -0 "$build" 2>/dev/null; do
    now=$(( ($(date +%s%N) - start) / 100000000 ))
    # One line per swift-frontend job: the tenth of a second and its module.
    # Only this package's jobs: their arguments name its .build folder.
    ps -eo args | grep -F "$PWD/.build" | grep -o '^[^ ]*swift-frontend .*-module-name [A-Za-z_0-9]*' \
        | grep -o -- '-module-name [A-Za-z_0-9]*' \
        | awk -v t="$now" '{ print t, $2 }' >> "$samples" || true
    sleep 0.5
done
wait "$build"
echo "clean build: $(( ($(date +%s%N) - start) / 1000000000 )) s"
awk '{ key = $1 " " $2; count[key]++; if (!($2 in first)) first[$2] = $1; last[$2] = $1 }
     END { for (k in count) { split(k, p, " "); if (count[k] > most[p[2]]) most[p[2]] = count[k] }
           for (m in first) printf "%6.1f s to %6.1f s  %-28s up to %d jobs\n", first[m] / 10, last[m] / 10, m, most[m] }' \
    "$samples" | sort -n
