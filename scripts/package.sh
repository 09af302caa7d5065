#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# scripts/package.sh [PRESET]: builds Stampdesk's programs with a configure
# preset (default: release) and packages them with CPack
# (installer/packaging.cmake): on Linux the Debian packages stampdesk and
# stampdesk-server and a .tar.gz of each, in build/PRESET/packages; prints
# their names. Only the three programs are built (not the tests), so CI
# packages its 'ci' build without compiling again. Binaries are stripped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh

preset=${1:-release}
build=build/$preset
# CPack installs what is built; without this it would build every target
# (the tests too) first.
cmake --preset "$preset" -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
cmake --build --preset "$preset" --target stampdesk stampdesk-cli stampdesk-server

rm -rf "$build/packages"
(cd "$build" && cpack --config CPackConfig.cmake)

echo "=== Stampdesk: packages of preset '$preset' ==="
shopt -s nullglob
packages=("$build"/packages/*.deb "$build"/packages/*.tar.gz "$build"/packages/*.exe "$build"/packages/*.dmg)
if ((${#packages[@]} == 0)); then
    echo "Stampdesk: cpack made no package in $build/packages" >&2
    exit 1
fi
ls -l "${packages[@]}"
