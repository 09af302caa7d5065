// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Stampdesk
import Stampdesk.App

// The customer's stamp card at the counter, over a real checkout session
// (the runner's "shop"): who and how far; the Add stamp action with its
// quantity, bounded by the per-visit cap; nothing to add while nobody is
// signed in or once the stamps were added; the vouchers the goal issued.
Item {
    id: scene

    width: 700
    height: 1000

    StampCard {
        id: stampCard

        width: scene.width
        checkout: shop.shell.checkout
    }

    TestCase {
        name: "StampCard"
        when: windowShown

        readonly property CheckoutSession checkout: shop.shell.checkout
        property int customers: 0
        property string phone: ""

        // A new customer, with stamps from earlier visits, at the counter.
        function customer(name, stamps) {
            ++customers;
            phone = "09000000" + String(customers).padStart(2, "0");
            const id = shop.card(name, phone, stamps);
            checkout.showCard(id);
            compare(checkout.state, CheckoutSession.Card);
            return id;
        }

        function part(name) {
            const found = findChild(stampCard, name);
            verify(found, name);
            return found;
        }

        function init() {
            shop.signIn(true);
            verify(shop.setProgramme(8, false));
            checkout.clear();
        }

        function test_showsTheCustomerAndTheStamps() {
            customer("Nguyễn Thị Đào", 3);
            verify(part("cardPanel").visible);
            compare(part("cardName").text, "Nguyễn Thị Đào");
            // The phone number masked but for its last four digits.
            compare(part("cardPhone").text, "••• ••• " + phone.slice(-4));
            compare(part("cardProgress").text, "3 of 8 stamps");
            compare(part("stampRow").shown, 3);
            compare(part("stampRow").goal, 8);
            // Ready for the common case: one stamp, Enter or the button.
            verify(part("addStampsRow").visible);
            compare(part("quantity").text, "1");
            compare(part("addStampsButton").text, "Add 1 stamp");
            verify(part("addStampsHint").visible);
            verify(part("addStampsHint").text.indexOf("at most 5 per visit") >= 0,
                   part("addStampsHint").text);
            verify(!part("voucherList").visible);
        }

        function test_theQuantityStaysWithinTheVisitsCap() {
            customer("Lan", 0);
            verify(!part("decreaseButton").enabled);
            verify(part("increaseButton").enabled);
            for (let i = 0; i < 4; ++i)
                mouseClick(part("increaseButton"));
            compare(part("quantity").text, "5");
            compare(part("addStampsButton").text, "Add 5 stamps");
            verify(!part("increaseButton").enabled);
            mouseClick(part("increaseButton"));
            compare(checkout.quantity, 5);
            mouseClick(part("decreaseButton"));
            compare(part("quantity").text, "4");
            verify(part("decreaseButton").enabled);
            verify(part("increaseButton").enabled);
        }

        function test_addStampAddsThemOnce() {
            customer("Minh", 2);
            mouseClick(part("increaseButton"));
            mouseClick(part("addStampsButton"));
            compare(checkout.state, CheckoutSession.Done);
            compare(part("cardProgress").text, "4 of 8 stamps");
            compare(part("stampRow").shown, 4);
            compare(part("cardLifetimeValue").text, "4");
            // Added: no second press by mistake; the next scan starts over.
            verify(!part("addStampsRow").visible);
            verify(!part("addStampsHint").visible);
            compare(checkout.quantity, 1);
        }

        function test_nothingToAddWhileNobodyIsSignedIn() {
            shop.signIn(false);
            customer("Thu", 2);
            verify(part("cardPanel").visible);
            compare(part("cardName").text, "Thu");
            verify(!part("addStampsRow").visible);
            verify(!part("addStampsHint").visible);
        }

        // The goal reached: a voucher ready, the next card started with the
        // stamp over the goal.
        function test_theGoalIssuesAVoucher() {
            const id = customer("Hà", 7);
            mouseClick(part("increaseButton"));
            mouseClick(part("addStampsButton"));
            compare(checkout.result, CheckoutSession.VoucherIssued);
            compare(part("cardProgress").text, "1 of 8 stamps");
            compare(part("stampRow").shown, 1);
            compare(part("cardCyclesValue").text, "1");
            compare(part("cardVouchersValue").text, "1");
            verify(part("voucherList").visible);
            compare(checkout.vouchers.count, 1);
            compare(checkout.issued.redeemCode, shop.redeemCode(id, 1));
        }

        // A long programme: the count in words and a bar, not 40 circles.
        function test_aLargeGoal() {
            verify(shop.setProgramme(40, false));
            customer("Quang", 12);
            compare(part("cardProgress").text, "12 of 40 stamps");
            const row = part("stampRow");
            compare(row.goal, 40);
            verify(!row.asCircles);
            verify(part("addStampsRow").visible);
        }
    }
}
