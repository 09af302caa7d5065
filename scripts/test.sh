#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds Stampdesk and runs the whole test suite twice: with warnings as
# errors (preset ci), then under AddressSanitizer and UndefinedBehavior-
# Sanitizer (preset asan). Ends with ctest's summary; exits non-zero if any
# build or test fails. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh

for preset in ci asan; do
    echo "=== Stampdesk: build and test, preset '$preset' ==="
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
done
