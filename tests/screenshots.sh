#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Screenshots of the real app, in Vietnamese and English, for the README and
# for checking the layouts by eye: the first-start wizard, the counter with a
# card read by the (virtual) camera, a voucher ready for Confirm, a refusal
# (a voucher redeemed before) and the manager's settings.
#
#   bash tests/screenshots.sh [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR defaults to build/dev, OUT_DIR to build/screenshots. The app runs
# under xvfb-run on a shop made here with stampdesk-cli in a fresh temporary
# folder, with HOME and the XDG folders there too, so that nothing touches
# the user's own database or settings. Fails when any picture is missing.
# Not a ctest: its ten starts of the app take 25-35 s on the 2-core CI
# machine, and CI runs the suite twice (ci and asan).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-$root/build/dev}")
out=$(realpath -m "${2:-$root/build/screenshots}")
app=$build/src/gui/stampdesk
cli=$build/src/cli/stampdesk-cli

fail() {
    echo "screenshots.sh: $*" >&2
    exit 1
}
[[ -x $app && -x $cli ]] || fail "no stampdesk and stampdesk-cli in $build (build them first)"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (apt-get install xvfb xauth)"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out" "$data/home" "$data/run"
chmod 700 "$data/run"
export HOME=$data/home
export XDG_DATA_HOME=$data/home/.local/share
export XDG_CONFIG_HOME=$data/home/.config
export XDG_CACHE_HOME=$data/home/.cache
export XDG_RUNTIME_DIR=$data/run
unset STAMPDESK_DB STAMPDESK_STAFF
export LC_ALL=C.UTF-8

shop=$data/shop.db
manager="Trần Minh Lan"
pin=2468

# The shop: a programme, a manager, and a customer with 5 of 8 stamps, one
# voucher redeemed and one ready. Every action in the manager's name.
sd() { "$cli" --db "$shop" --staff "$manager" "$@"; }
sd register set --name "Quầy 1" --location "Cà Phê Sáng, Quận 1" >/dev/null
sd program set --goal 8 --reward-vi "Một ly cà phê miễn phí" --reward-en "A free coffee" \
    --reward-kind free-item --mode staff-scan --valid-days 60 --max-per-visit 10 \
    --cooldown-minutes 0 >/dev/null
echo "$pin" | sd staff add "$manager" --role manager --pin-stdin >/dev/null
sd card create --name "Nguyễn Thị Đào" --phone "090 123 4567" >/dev/null
# "Voucher issued: ID  CODE  ..." once per goal reached.
issued() { sed -n 's/^Voucher issued: [0-9A-Z]* *\([0-9A-Z-]*\) .*/\1/p'; }
redeemed=$(sd stamp 0901234567 --count 8 --source "sale 1041" | issued)
ready=$(sd stamp 0901234567 --count 8 --source "sale 1042" | issued)
sd stamp 0901234567 --count 5 --source "sale 1043" >/dev/null
sd redeem "$redeemed" >/dev/null
sd card code 0901234567 --png "$data/card.png" >/dev/null
[[ -n $redeemed && -n $ready ]] || fail "stampdesk-cli issued no vouchers"

# shot NAME ARGS...: one picture of the window, saved once it has settled.
shot() {
    local name=$1
    shift
    rm -f "$out/$name.png"
    xvfb-run -a -s "-screen 0 1366x768x24" "$app" --screenshot "$out/$name.png" "$@" \
        >"$data/$name.log" 2>&1 || { cat "$data/$name.log" >&2; fail "$name: stampdesk failed"; }
    # A blank window compresses to a few kB; a real page is far larger.
    local size
    size=$(stat -c %s "$out/$name.png" 2>/dev/null || echo 0)
    ((size > 20000)) || fail "$name.png is missing or blank ($size bytes)"
    echo "$out/$name.png"
}

signedIn=(--db "$shop" --staff "$manager" --pin "$pin")
for lang in vi en; do
    shot "wizard-$lang" --db "$data/new-$lang.db" --lang "$lang"
    shot "counter-card-$lang" "${signedIn[@]}" --lang "$lang" --camera-file "$data/card.png"
    shot "voucher-$lang" "${signedIn[@]}" --lang "$lang" --search "$ready"
    shot "refusal-$lang" "${signedIn[@]}" --lang "$lang" --search "$redeemed"
    shot "settings-$lang" "${signedIn[@]}" --lang "$lang" --page settings
done
