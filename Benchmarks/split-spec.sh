#!/usr/bin/env bash
# Times openapi-client-gen (release build) on DigitalOcean's spec, split over 2,900 files, and prints the
# lines Benchmarks/RESULTS.md keeps under "Split spec". swift-openapi-generator reads no external $ref, so
# there is no peer to pair with; the target (issue 18) is an absolute one: under 2 s.
# Usage: Benchmarks/split-spec.sh [RUNS]   (reads ../shared/realworld/digitalocean in place, or REALWORLD_DIR)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=${1:-5}
spec="${REALWORLD_DIR:-$root/../shared/realworld}/digitalocean/specification/DigitalOcean-public.v2.yaml"
[ -f "$spec" ] || { echo "error: no spec at $spec (set REALWORLD_DIR)" >&2; exit 1; }
swift build -c release --package-path "$root" --product openapi-client-gen >/dev/null
tool="$root/.build/release/openapi-client-gen"
output=$(mktemp -d)
trap 'rm -rf "$output"' EXIT
"$tool" "$spec" --output "$output" --quiet  # untimed: warms the file cache
walls=() cpus=() peaks=()
for _ in $(seq "$runs"); do
    rm -rf "$output"/*
    read -r wall cpu peak < <( { /usr/bin/time -f "%e %U %S %M" "$tool" "$spec" --output "$output" --quiet; } 2>&1 | awk '{print $1, $2 + $3, $4}')
    walls+=("$wall") cpus+=("$cpu") peaks+=("$peak")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
files=$(find "$(dirname "$spec")" -type f | wc -l)
echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "- Command: \`Benchmarks/split-spec.sh $runs\` (\`openapi-client-gen DigitalOcean-public.v2.yaml --output DIR --quiet\`, release build, $files files in the spec's folder)"
echo
echo "| Benchmark | ours | target | met |"
echo "|---|---:|---|---|"
wall=$(median "${walls[@]}")
met=$(awk -v w="$wall" 'BEGIN {print (w < 2 ? "yes" : "**no**")}')
echo "| Generation, DigitalOcean (2,900 files): wall time, median of $runs | ${wall} s | < 2 s | $met |"
echo "| Generation, DigitalOcean: CPU time (user + system), median of $runs | $(median "${cpus[@]}") s |  |  |"
echo "| Generation, DigitalOcean: peak memory (max RSS), median | $(( $(median "${peaks[@]}") / 1024 )) MB |  |  |"
