#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Renders the app's icon, stampdesk.svg, to the PNG sizes that desktops look
# for (hicolor/<size>x<size>/apps/stampdesk.png). Run it after changing the
# SVG and commit the PNGs: the build and the packages only copy them, so
# they do not need rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v rsvg-convert >/dev/null; then
    echo "render.sh: needs rsvg-convert: apt-get install librsvg2-bin" >&2
    exit 1
fi
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" stampdesk.svg -o "hicolor/${size}x${size}/stampdesk.png"
done
# Windows' icon (NSIS installer): an .ico holding the PNGs as they are
# (PNG entries, Windows Vista and later), packed without other tools.
python3 - ../../installer/windows/stampdesk.ico 16 24 32 48 64 128 256 <<'PY'
import struct, sys
out, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
images = [open(f"hicolor/{s}x{s}/stampdesk.png", "rb").read() for s in sizes]
data = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for size, png in zip(sizes, images):
    side = 0 if size >= 256 else size  # 0 means 256
    data += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open(out, "wb").write(data + b"".join(images))
PY
echo "render.sh: hicolor/{16,24,32,48,64,128,256}/stampdesk.png and installer/windows/stampdesk.ico rendered from stampdesk.svg"
