#!/usr/bin/env bash
# Clean debug builds of two or more consumer packages, alternated (A B, then B A, …), N rounds: the way to compare
# two commits' clean builds on a noisy machine (point a copy of the benchmark's consumer at a clone of each).
# Prints one "package seconds" line per build; a failed build prints "FAIL package" before its line.
#
#   Benchmarks/build-pairs.sh N DIR_A DIR_B [DIR_C …]
set -uo pipefail
rounds=$1
shift
for round in $(seq 1 "$rounds"); do
    dirs=("$@")
    if (( round % 2 == 0 )); then
        mapfile -t dirs < <(printf '%s\n' "$@" | tac)
    fi
    for dir in "${dirs[@]}"; do
        rm -rf "$dir/.build"
        (cd "$dir" && swift package resolve >/dev/null 2>&1)
        start=$(date +%s.%N)
        (cd "$dir" && swift build >"$dir.build.log" 2>&1) || echo "FAIL $dir"
        end=$(date +%s.%N)
        echo "$(basename "$dir") $(echo "$end - $start" | bc)"
    done
done
