#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds Stampdesk (release) and starts the app on its default database: a
# SQLite file in the user's data folder, with a demo programme on first
# start. Arguments are passed to the app (e.g. --db PATH, --lang vi).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh

cmake --preset release
cmake --build --preset release
exec build/release/src/gui/stampdesk "$@"
