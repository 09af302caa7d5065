#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Makes the counter's three sounds: short sine beeps, 16-bit mono WAV.

    python3 resources/sounds/make-sounds.py

writes success.wav, issued.wav and refused.wav beside this script. The
files are committed (a few kilobytes each), so a build needs no Python;
run this again only to change a sound. Standard library only.
"""

import math
import os
import struct
import wave

RATE = 22050
VOLUME = 0.5


def tone(frequency, seconds):
    """A sine with 8 ms fades at both ends, so that it does not click."""
    count = int(RATE * seconds)
    fade = int(RATE * 0.008)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        samples.append(VOLUME * envelope * math.sin(2 * math.pi * frequency * i / RATE))
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    # One bright beep: stamps added, voucher redeemed.
    "success.wav": tone(880, 0.12),
    # A rising three-note chime: the card is full, a voucher is issued.
    "issued.wav": tone(660, 0.09) + tone(880, 0.09) + tone(1320, 0.16),
    # Two low beeps: refused.
    "refused.wav": tone(220, 0.14) + silence(0.06) + tone(196, 0.18),
}


def write(path, samples):
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, samples in SOUNDS.items():
        write(os.path.join(here, name), samples)


if __name__ == "__main__":
    main()
