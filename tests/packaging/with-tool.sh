#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# with-tool.sh TOOL ARGS...: runs TOOL ARGS, or, when TOOL is not
# installed, says so and exits with 77, which ctest counts as skipped.
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (scripts/setup-debian.sh installs it): skipped"
    exit 77
fi
exec "$@"
