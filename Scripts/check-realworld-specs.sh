#!/usr/bin/env bash
# Generates every spec in ../shared/realworld (DigitalOcean's aside), compiles each one's generated code
# against the runtime and round-trips its examples: what CI does for the five largest and a sample
# (RealWorldSpecsTests), for all of them. Two builds at a time; about 6 minutes on 2 idle cores once the tests
# are built (December 2026). It also checks every allow-list entry (RealWorldExampleAllowList.swift) for
# staleness; the default `swift test` checks only the entries of the specs it compiles.
#   Scripts/check-realworld-specs.sh            # REALWORLD_DIR overrides ../shared/realworld
set -euo pipefail
cd "$(dirname "$0")/.."
REALWORLD_COMPILE=all exec swift test --filter "RealWorldSpecsTests"
