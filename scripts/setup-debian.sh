#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Installs the Debian 12 packages that Stampdesk needs to build, test and
# run, when any is missing. Safe to run again: with everything in place it
# only checks. Sourced by scripts/run.sh and scripts/test.sh.
set -euo pipefail

STAMPDESK_PACKAGES=(
    # Toolchain
    build-essential cmake ninja-build pkg-config git
    # clang and its libFuzzer runtime, for the fuzz step of scripts/test.sh
    clang libclang-rt-14-dev
    # Qt 6.4 and its tools
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev qt6-svg-dev
    qt6-qpa-plugins libqt6sql6-sqlite libgl-dev qt6-httpserver-dev
    # Qt HttpServer's CMake package needs Qt WebSockets' (its -dev does not depend on it)
    qt6-websockets-dev
    # QML modules the app imports at run time
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtmultimedia
    # Camera and video files through Qt Multimedia's GStreamer backend:
    # v4l2src, playbin and the common decoders (png, jpeg, avi, mp4/h264);
    # gst-launch-1.0 makes the test suite's video
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools
    # Libraries
    libsqlite3-dev libssl-dev libzxing-dev
    # Fonts with Vietnamese glyphs, and a virtual display for headless runs
    fonts-dejavu-core xvfb xauth
    # Packaging (scripts/package.sh, CPack): dpkg-shlibdeps finds the
    # packages' library dependencies; the checks of the packages' files
    # (tests/packaging) and of the installed packages (scripts/check-packages.sh)
    dpkg-dev file desktop-file-utils appstream shellcheck curl
)
# npx runs scripts/test.sh's OpenAPI linter; a Node.js installed otherwise will do.
if ! command -v npx >/dev/null; then
    STAMPDESK_PACKAGES+=(nodejs npm)
fi

missing_packages() {
    local p
    for p in "${STAMPDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$p"
        fi
    done
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
    return 0 2>/dev/null || exit 0
fi

echo "Stampdesk: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    apt_get=(apt-get)
elif command -v sudo >/dev/null; then
    apt_get=(sudo apt-get)
else
    echo "Stampdesk: run this as root, or install: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update
"${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"
