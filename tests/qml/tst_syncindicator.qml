// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtTest
import Stampdesk
import Stampdesk.App

// The sync state in the window's header, over the shop's real outbox (the
// runner's "shop"): offline in one word, the number of changes waiting,
// which grows with every action at the counter and stands out while there
// are some; the whole sentence under the pointer and for a screen reader;
// nothing cut off.
Item {
    id: scene

    width: 600
    height: 200

    SyncIndicator {
        id: indicator

        sync: shop.shell.sync
    }

    TestCase {
        name: "SyncIndicator"
        when: windowShown

        readonly property SyncStatus sync: shop.shell.sync

        function part(name) {
            const found = findChild(indicator, name);
            verify(found, name);
            return found;
        }

        function test_offlineInOneWord() {
            verify(!sync.online);
            compare(part("syncState").text, "Offline");
            compare(indicator.color, Theme.background);
            compare(indicator.Accessible.name, sync.stateText + ". " + sync.pendingText);
        }

        // Every action is one more change waiting; the count is in accent
        // colour while changes wait.
        function test_theCountFollowsTheCounter() {
            const before = sync.pendingCount;
            verify(before >= 0);
            compare(part("syncPending").text, sync.pendingShort);
            const id = shop.card("Đào", "0930000001", 0);
            shop.shell.checkout.showCard(id);
            verify(shop.shell.checkout.addStamps(1));
            // The card made before them, and the stamps.
            compare(sync.pendingCount, before + 2);
            compare(part("syncPending").text, sync.pendingCount + " waiting");
            compare(part("syncPending").color, Theme.accent);
        }

        function test_theSentenceUnderThePointer() {
            verify(!indicator.ToolTip.visible);
            mouseMove(indicator, indicator.width / 2, indicator.height / 2);
            tryVerify(() => indicator.ToolTip.visible, 2000, "the tooltip shows");
            compare(indicator.ToolTip.text, sync.stateText + "\n" + sync.pendingText);
            verify(indicator.ToolTip.text.indexOf("not connected to a shop server") >= 0,
                   indicator.ToolTip.text);
            mouseMove(scene, scene.width - 1, scene.height - 1);
            tryVerify(() => !indicator.ToolTip.visible, 2000, "the tooltip goes");
        }

        // At its own size, neither the word nor the count is elided.
        function test_nothingIsCutOff() {
            verify(part("syncPending").width >= part("syncPending").implicitWidth);
            verify(part("syncState").width >= part("syncState").implicitWidth);
            verify(indicator.height >= part("syncPending").implicitHeight);
        }
    }
}
