#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Lints the API document (docs/api/openapi.yaml, Redocly CLI from the npm
# registry), then builds Stampdesk and runs the whole test suite twice: with
# warnings as errors (preset ci), then under AddressSanitizer and
# UndefinedBehaviorSanitizer (preset asan). After the ci tests, the ci build
# is packaged (scripts/package.sh ci) and the packages are installed on this
# machine and checked (scripts/check-packages.sh: versions, the app's first
# run under xvfb-run, the server's health; needs root). Between the asan
# build and its tests, the payload parser is fuzzed with libFuzzer for a
# bounded time (preset fuzz, clang; STAMPDESK_FUZZ_SECONDS, default 60) on a
# copy of its seed corpus. Ends with ctest's summary; exits non-zero if any
# build or test fails, or if the fuzzer finds a crash. CI runs exactly this
# (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh

echo "=== Stampdesk: lint the API document, docs/api/openapi.yaml (Redocly CLI, redocly.yaml) ==="
npx --yes @redocly/cli@1.34.5 lint docs/api/openapi.yaml

echo "=== Stampdesk: build and test, preset 'ci' ==="
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

echo "=== Stampdesk: package the 'ci' build, install the packages and check them ==="
# No compiling: the programs of the ci build, stripped (scripts/package.sh).
# The app's first-run screenshot stays as an artefact: build/ci/packages/first-run.png.
bash scripts/package.sh ci
bash scripts/check-packages.sh build/ci

echo "=== Stampdesk: build, preset 'asan' ==="
cmake --preset asan
cmake --build --preset asan

fuzz_seconds=${STAMPDESK_FUZZ_SECONDS:-60}
echo "=== Stampdesk: fuzz the payload parser for ${fuzz_seconds} s, preset 'fuzz' ==="
cmake --preset fuzz
cmake --build --preset fuzz
# The fuzzer adds what it finds to its corpus folder: a copy in a temporary
# folder, so that the source tree never changes.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" "$work/crashes"
cp tests/fuzz/corpus/payload/* "$work/corpus/"
if ! build/fuzz/tests/fuzz/fuzz_payload -max_total_time="$fuzz_seconds" -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/" "$work/corpus" >"$work/log" 2>&1; then
    tail -n 60 "$work/log"
    mkdir -p build/fuzz/crashes
    cp "$work"/crashes/* build/fuzz/crashes/ 2>/dev/null || true
    for crash in build/fuzz/crashes/*; do
        [[ -f $crash ]] || continue
        echo "Crashing input $crash (base64): $(base64 -w0 "$crash")"
    done
    echo "Stampdesk: the fuzzer found a crash; replay it with build/fuzz/tests/fuzz/fuzz_payload FILE" >&2
    exit 1
fi
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$work/log" || true
echo "Stampdesk: fuzz_payload found nothing in ${fuzz_seconds} s"

echo "=== Stampdesk: test, preset 'asan' ==="
ctest --preset asan
