// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Stampdesk

// The PIN pad as staff use it: digits from the keyboard or the keys, a
// slip taken back, Enter to send; nothing sent while a PIN is checked or
// the member is locked out; keys large enough for a finger.
Item {
    width: 600
    height: 700

    PinPad {
        id: pad

        focus: true
    }

    SignalSpy {
        id: submitted

        target: pad
        signalName: "submitted"
    }

    TestCase {
        name: "PinPad"
        when: windowShown

        function init() {
            pad.clear();
            pad.busy = false;
            pad.locked = false;
            pad.message = "";
            submitted.clear();
            pad.forceActiveFocus();
        }

        function test_typedDigitsAreSentWithEnter() {
            for (const key of [Qt.Key_1, Qt.Key_3, Qt.Key_5, Qt.Key_7])
                keyClick(key);
            compare(pad.length, 4);
            compare(findChild(pad, "pinDots").text, "●●●●");
            keyClick(Qt.Key_Return);
            compare(submitted.count, 1);
            compare(submitted.signalArguments[0][0], "1357");
            // Ready for the next PIN at once.
            compare(pad.length, 0);
        }

        function test_backspaceTakesASlipBack() {
            keyClick(Qt.Key_2);
            keyClick(Qt.Key_9);
            keyClick(Qt.Key_Backspace);
            keyClick(Qt.Key_5);
            keyClick(Qt.Key_8);
            keyClick(Qt.Key_0);
            keyClick(Qt.Key_Enter);
            compare(submitted.signalArguments[0][0], "2580");
        }

        function test_escapeStartsOver() {
            keyClick(Qt.Key_4);
            keyClick(Qt.Key_Escape);
            compare(pad.length, 0);
        }

        function test_theKeysWorkByTouch() {
            for (const name of ["pinKey_8", "pinKey_6", "pinKey_4", "pinKey_2"])
                mouseClick(findChild(pad, name));
            mouseClick(findChild(pad, "pinBackspace"));
            mouseClick(findChild(pad, "pinKey_1"));
            mouseClick(findChild(pad, "pinEnter"));
            compare(submitted.count, 1);
            compare(submitted.signalArguments[0][0], "8641");
            // The keyboard stays with the pad.
            verify(pad.activeFocus);
        }

        function test_anEmptyPinIsNotSent() {
            keyClick(Qt.Key_Return);
            compare(submitted.count, 0);
            verify(!findChild(pad, "pinEnter").enabled);
        }

        function test_atMostEightDigits() {
            for (let i = 0; i < 10; ++i)
                keyClick(Qt.Key_7);
            compare(pad.length, 8);
        }

        function test_waitsWhileBusyOrLockedOut_data() {
            return [{ tag: "busy", busy: true, locked: false },
                    { tag: "locked out", busy: false, locked: true }];
        }

        function test_waitsWhileBusyOrLockedOut(data) {
            keyClick(Qt.Key_1);
            pad.busy = data.busy;
            pad.locked = data.locked;
            keyClick(Qt.Key_2);
            keyClick(Qt.Key_Return);
            compare(submitted.count, 0);
            compare(pad.length, 1);
            verify(!findChild(pad, "pinKey_5").enabled);
            compare(findChild(pad, "pinBusy").visible, data.busy);
        }

        function test_showsTheSessionsAnswer() {
            verify(!findChild(pad, "pinMessage").visible);
            pad.message = "Wrong PIN.";
            verify(findChild(pad, "pinMessage").visible);
            compare(findChild(pad, "pinMessage").text, "Wrong PIN.");
        }

        function test_keysAreLargeEnoughForAFinger() {
            for (const name of ["pinKey_0", "pinKey_5", "pinBackspace", "pinEnter"]) {
                const key = findChild(pad, name);
                verify(key.width >= 48 && key.height >= 48, name);
            }
        }
    }
}
