#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# scripts/check-packages.sh [BUILD_DIR]: checks the Debian packages that
# scripts/package.sh made in BUILD_DIR/packages (default: build/ci) as a
# shop would use them, on this machine:
#  1. their control files declare what the programs load at run time;
#  2. apt-get installs both (again, with --reinstall, on a second run), and
#     the installed programs are the ones packaged;
#  3. /usr/bin/stampdesk, stampdesk-cli and stampdesk-server print the
#     project's version;
#  4. the installed app starts under xvfb-run on a fresh data folder and
#     shows the first-run wizard: BUILD_DIR/packages/first-run.png (kept);
#  5. the installed server, started as its system user as the systemd unit
#     starts it, answers GET /v1/health and stops with 0 on SIGTERM.
# Needs root (or sudo) for apt-get. scripts/test.sh runs it after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
packages=$build/packages
started=$SECONDS

fail() {
    echo "check-packages: FAILED: $*" >&2
    exit 1
}
step() { echo "--- check-packages: $*"; }

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
else
    fail "apt-get needs root: run this as root or install sudo"
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no project version in $build/CMakeCache.txt: is $build a configured build?"

shopt -s nullglob
app_debs=("$packages"/stampdesk_*.deb)
server_debs=("$packages"/stampdesk-server_*.deb)
((${#app_debs[@]} == 1 && ${#server_debs[@]} == 1)) ||
    fail "expected one stampdesk_*.deb and one stampdesk-server_*.deb in $packages" \
        "(found: ${app_debs[*]} ${server_debs[*]}); run: bash scripts/package.sh $(basename "$build")"
# Absolute: apt-get takes a path with a slash for a file.
app_deb=$(realpath "${app_debs[0]}")
server_deb=$(realpath "${server_debs[0]}")

# 1. The control files.
step "control files of $(basename "$app_deb") and $(basename "$server_deb")"
# requires DEB FIELD PACKAGE...: each PACKAGE is named in the field.
requires() {
    local deb=$1 field=$2 value p
    shift 2
    value=$(dpkg-deb -f "$deb" "$field")
    echo "$(basename "$deb") $field: $value"
    for p in "$@"; do
        # A name in a comma-separated list, with or without a version.
        grep -Eq "(^|, )$p( \(|,|$)" <<<"$value" ||
            fail "$(basename "$deb"): $field does not name $p"
    done
}
for deb in "$app_deb" "$server_deb"; do
    [[ $(dpkg-deb -f "$deb" Version) == "$version-1" ]] ||
        fail "$(basename "$deb"): Version is $(dpkg-deb -f "$deb" Version), not $version-1"
done
# What dpkg-shlibdeps found, and what the app loads at run time.
requires "$app_deb" Depends libqt6quick6 libqt6multimedia6 libqt6sql6 libssl3 \
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
    qml6-module-qtmultimedia libqt6sql6-sqlite gstreamer1.0-plugins-base \
    gstreamer1.0-plugins-good fonts-dejavu-core
requires "$server_deb" Depends libqt6httpserver6 libqt6sql6 libssl3 libqt6sql6-sqlite adduser
[[ $(dpkg-deb -f "$server_deb" Package) == stampdesk-server ]] || fail "the server's package is not stampdesk-server"
dpkg-deb --info "$server_deb" conffiles | grep -qx /etc/default/stampdesk-server ||
    fail "$(basename "$server_deb"): /etc/default/stampdesk-server is not a conffile"

# 2. Installation, and the installed programs are these packages'.
step "apt-get install --reinstall $app_deb $server_deb"
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --reinstall \
    "$app_deb" "$server_deb" || fail "apt-get could not install the packages"
# same_as_packaged DEB FILE: the installed FILE is the one in DEB.
same_as_packaged() {
    dpkg-deb --fsys-tarfile "$1" | tar -xO ".$2" | cmp -s - "$2" ||
        fail "$2 is not the file of $(basename "$1"): the installation did not replace it"
}
same_as_packaged "$app_deb" /usr/bin/stampdesk
same_as_packaged "$app_deb" /usr/bin/stampdesk-cli
same_as_packaged "$server_deb" /usr/bin/stampdesk-server
for f in /usr/share/applications/example.stampdesk.Stampdesk.desktop \
    /usr/share/metainfo/example.stampdesk.Stampdesk.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/stampdesk.png \
    /usr/share/icons/hicolor/scalable/apps/stampdesk.svg \
    /usr/lib/systemd/system/stampdesk-server.service \
    /usr/libexec/stampdesk-server/stampdesk-server-start /etc/default/stampdesk-server; do
    [[ -e $f ]] || fail "$f is not installed"
done
getent passwd stampdesk-server >/dev/null || fail "the package did not make the user stampdesk-server"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/stampdesk-server.service ||
        fail "systemd-analyze verify: the installed unit has problems"
fi

# 3. The versions.
step "versions"
for program in stampdesk stampdesk-cli stampdesk-server; do
    said=$("/usr/bin/$program" --version) || fail "/usr/bin/$program --version failed"
    echo "$said"
    [[ $said == "$program $version" ]] || fail "/usr/bin/$program --version says '$said', not '$program $version'"
done

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 4. The app's first run: a fresh user with no data shows the wizard.
shot=$packages/first-run.png
step "first run of /usr/bin/stampdesk under xvfb-run: $shot"
rm -f "$shot"
mkdir -p "$work/home" "$work/data" "$work/config" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
if ! env -u STAMPDESK_DB -u QT_QPA_PLATFORM HOME="$work/home" XDG_DATA_HOME="$work/data" \
    XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" \
    timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" \
    /usr/bin/stampdesk --screenshot "$(realpath "$packages")/first-run.png" >"$work/app.log" 2>&1; then
    cat "$work/app.log" >&2
    fail "the installed app did not start and save its first window"
fi
file "$shot" | grep -q 'PNG image data' || fail "$shot is not a PNG: $(file "$shot")"
file -b "$shot"
[[ -n $(find "$work/data" -name '*.db') ]] ||
    fail "the app made no database in the fresh data folder $work/data"

# 5. The installed server, started as the unit starts it: its user, its
# start script, its settings in the environment (a shop's name with spaces
# and diacritics), on a free port (0: the server picks one and says which).
step "stampdesk-server as the user stampdesk-server, GET /v1/health"
mkdir "$work/server"
chown stampdesk-server:stampdesk-server "$work/server" 2>/dev/null ||
    "${as_root[@]}" chown stampdesk-server:stampdesk-server "$work/server"
chmod 755 "$work"
"${as_root[@]}" env -i PATH=/usr/bin:/bin STAMPDESK_DB="$work/server/server.db" \
    STAMPDESK_LISTEN=127.0.0.1:0 STAMPDESK_SHOP_NAME="Cà phê Đào" \
    setpriv --reuid=stampdesk-server --regid=stampdesk-server --init-groups -- \
    /usr/libexec/stampdesk-server/stampdesk-server-start >"$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's|^Stampdesk server listening on http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$work/server.log")
    [[ -n $port ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
if [[ -z $port ]]; then
    cat "$work/server.log" >&2
    fail "the installed server did not start listening within 20 s"
fi
health=
for _ in $(seq 100); do
    health=$(curl -fsS "http://127.0.0.1:$port/v1/health" 2>/dev/null) && break
    sleep 0.2
done
[[ -n $health ]] || fail "GET http://127.0.0.1:$port/v1/health did not answer within 20 s"
echo "GET /v1/health: $health"
[[ $(stat -c %U "$work/server/server.db") == stampdesk-server ]] ||
    fail "the server's database is not owned by stampdesk-server"
kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=
if ((code != 0)); then
    cat "$work/server.log" >&2
    fail "the server exited with $code on SIGTERM, not 0"
fi
echo "the server stopped on SIGTERM with 0"

echo "check-packages: the packages install and work ($((SECONDS - started)) s): $app_deb, $server_deb; first run: $shot"
