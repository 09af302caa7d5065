// SPDX-License-Identifier: Apache-2.0
pragma Singleton

import QtQuick

// The look of the app in one place: a calm paper background, ink-dark text
// and one stamp-red accent, sized to be read at arm's length from a till.
QtObject {
    readonly property color background: "#f5f2ec"
    readonly property color surface: "#ffffff"
    readonly property color ink: "#1d232b"
    readonly property color muted: "#5d6673"
    readonly property color line: "#e1dbd0"
    readonly property color accent: "#b4432a"
    readonly property color accentSoft: "#f7e4dd"
    readonly property color good: "#23764a"
    readonly property color goodSoft: "#dcf1e4"
    readonly property color bad: "#b3261e"
    readonly property color badSoft: "#fbe1de"

    readonly property int gap: 16
    readonly property int margin: 28
    readonly property int radius: 12

    readonly property int small: 15
    readonly property int body: 18
    readonly property int large: 24
    readonly property int title: 32
    readonly property int huge: 44

    readonly property string monospace: "DejaVu Sans Mono"

    // A number as the UI language writes it: "1,234.5" in English,
    // "1.234,5" in Vietnamese. The default locale tells no binding when it
    // changes; reading Qt.uiLanguage here makes every binding that calls
    // this follow a switch of language at once, as qsTr() bindings do.
    function number(value: real, decimals: int): string {
        void Qt.uiLanguage;
        return value.toLocaleString(Qt.locale(), "f", decimals);
    }
}
