// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtTest
import Stampdesk

// A button of the counter as a cashier uses it: a click or a tap leaves
// the keyboard in the search field; Tab reaches it, shows where the focus
// is, and Enter, Return or Space press it; a disabled one does nothing;
// every one is large enough for a finger.
Item {
    id: scene

    width: 600
    height: 400

    TextField {
        id: field

        focus: true
        width: 300
    }

    CounterButton {
        id: button

        y: 80
        text: "Add 1 stamp"
    }

    CounterButton {
        id: small

        y: 160
        font.pixelSize: Theme.small
        text: "+"
    }

    SignalSpy {
        id: clicked

        target: button
        signalName: "clicked"
    }

    TestCase {
        name: "CounterButton"
        when: windowShown

        function init() {
            button.enabled = true;
            clicked.clear();
            field.text = "";
            field.forceActiveFocus();
        }

        function test_aClickLeavesTheKeyboardInTheField() {
            mouseClick(button);
            compare(clicked.count, 1);
            verify(field.activeFocus);
            // So what is typed next goes to the field.
            keyClick(Qt.Key_4);
            compare(field.text, "4");
        }

        function test_theKeyboardPressesIt_data() {
            return [{ tag: "Return", key: Qt.Key_Return },
                    { tag: "Enter", key: Qt.Key_Enter },
                    { tag: "Space", key: Qt.Key_Space }];
        }

        function test_theKeyboardPressesIt(data) {
            keyClick(Qt.Key_Tab);
            verify(button.activeFocus);
            keyClick(data.key);
            compare(clicked.count, 1);
        }

        // Where the focus is shows: a thick dark border, not the thin line.
        function test_theFocusShows() {
            compare(button.background.border.width, 1);
            keyClick(Qt.Key_Tab);
            verify(button.visualFocus);
            compare(button.background.border.width, 3);
            compare(button.background.border.color, Theme.ink);
        }

        function test_aDisabledButtonDoesNothing() {
            button.enabled = false;
            mouseClick(button);
            keyClick(Qt.Key_Tab);
            verify(!button.activeFocus);
            keyClick(Qt.Key_Return);
            compare(clicked.count, 0);
            // And it looks it: muted text on the page's colour.
            compare(button.contentItem.color, Theme.muted);
            compare(button.background.color, Theme.background);
        }

        function test_largeEnoughForAFinger_data() {
            return [{ tag: "normal", button: button },
                    { tag: "one small character", button: small }];
        }

        function test_largeEnoughForAFinger(data) {
            verify(data.button.height >= 48, data.button.height + " px high");
            verify(data.button.width >= 48, data.button.width + " px wide");
        }

        // The action of the moment stands out in the accent colour.
        function test_thePrimaryOneStandsOut() {
            compare(button.background.color, Theme.surface);
            button.primary = true;
            compare(button.background.color, Theme.accent);
            compare(button.contentItem.color, Theme.surface);
            verify(button.font.bold);
            button.primary = false;
        }
    }
}
