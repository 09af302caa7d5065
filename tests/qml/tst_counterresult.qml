// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Stampdesk
import Stampdesk.App

// What just happened at the counter, over a real checkout session (the
// runner's "shop"): green with a tick when it worked, red with a cross
// when refused, in words; the voucher just issued with its code and the
// next card; what a refused code was read as; the way back to the card.
Item {
    id: scene

    width: 700
    height: 600

    CounterResult {
        id: result

        width: scene.width
        checkout: shop.shell.checkout
    }

    TestCase {
        name: "CounterResult"
        when: windowShown

        readonly property CheckoutSession checkout: shop.shell.checkout
        property int customers: 0

        function customer(stamps) {
            ++customers;
            const id = shop.card("Đào", "09200000" + String(customers).padStart(2, "0"), stamps);
            checkout.showCard(id);
            compare(checkout.state, CheckoutSession.Card);
            return id;
        }

        function part(name) {
            const found = findChild(result, name);
            verify(found, name);
            return found;
        }

        function init() {
            shop.signIn(true);
            verify(shop.setProgramme(8, false));
            checkout.clear();
        }

        function worked() {
            verify(!result.refused);
            compare(result.color, Theme.goodSoft);
            compare(part("resultIcon").color, Theme.good);
            compare(part("resultIcon").children[0].text, "✓");
            compare(part("resultMessage").color, Theme.good);
        }

        function wasRefused() {
            verify(result.refused);
            compare(result.color, Theme.badSoft);
            compare(part("resultIcon").color, Theme.bad);
            compare(part("resultIcon").children[0].text, "✕");
            compare(part("resultMessage").color, Theme.bad);
            verify(part("resultMessage").text !== "");
        }

        function test_stampsAdded() {
            customer(2);
            verify(checkout.addStamps(2));
            worked();
            compare(part("resultMessage").text, "2 stamps added.");
            verify(!part("issuedVoucher").visible);
            verify(!part("nextCycle").visible);
            verify(!part("backToCardButton").visible);
            verify(!part("scanText").visible);
        }

        // The goal: the reward, its code and how long it is valid, and
        // the next card with the stamps over the goal.
        function test_aVoucherIssued() {
            const id = customer(6);
            verify(checkout.addStamps(3));
            worked();
            compare(part("resultMessage").text,
                    "3 stamps added. The card is full: the customer gets A free coffee.");
            verify(part("issuedVoucher").visible);
            const issued = part("issuedVoucher").text;
            verify(issued.indexOf("A free coffee") >= 0, issued);
            verify(issued.indexOf(shop.redeemCode(id, 1)) >= 0, issued);
            verify(issued.indexOf("Valid until") >= 0, issued);
            verify(part("nextCycle").visible);
            compare(part("nextCycle").text, "A new card starts with 1 of 8 stamps.");
            verify(!part("issuedCount").visible);
        }

        // A short goal filled twice in one visit: both vouchers counted.
        function test_twoVouchersAtOnce() {
            verify(shop.setProgramme(2, false));
            customer(0);
            verify(checkout.addStamps(5));
            compare(checkout.issuedCount, 2);
            verify(part("issuedCount").visible);
            compare(part("issuedCount").text, "2 vouchers issued in all.");
            compare(part("nextCycle").text, "A new card starts with 1 of 2 stamps.");
        }

        // A redeem code typed with a wrong symbol: what was read is shown,
        // so that the cashier sees the slip.
        function test_aTypoIsShownAsRead() {
            const id = customer(8);
            const code = shop.redeemCode(id, 1);
            const last = code.slice(-1);
            const typed = code.slice(0, -1) + (last === "A" ? "B" : "A");
            checkout.enter(typed);
            compare(checkout.state, CheckoutSession.Refused);
            wasRefused();
            verify(part("scanText").visible);
            compare(part("scanText").text, "Read: " + typed);
            verify(!part("backToCardButton").visible);
            verify(!part("issuedVoucher").visible);
        }

        // Refused while a card was shown: one button back to it.
        function test_backToTheCard() {
            customer(3);
            shop.signIn(false);
            verify(!checkout.addStamps(1));
            wasRefused();
            compare(checkout.problem, "not-signed-in");
            verify(part("backToCardButton").visible);
            verify(!part("scanText").visible);
            shop.signIn(true);
            mouseClick(part("backToCardButton"));
            compare(checkout.state, CheckoutSession.Card);
            verify(checkout.canAddStamps);
        }

        // A voucher redeemed twice: the second time says so, in red.
        function test_aVoucherRedeemedBefore() {
            const id = customer(8);
            checkout.enter(shop.redeemCode(id, 1));
            compare(checkout.state, CheckoutSession.Voucher);
            verify(checkout.confirmRedemption());
            worked();
            compare(part("resultMessage").text, "Redeemed. Give the customer A free coffee.");

            checkout.enter(shop.redeemCode(id, 1));
            compare(checkout.problem, "voucher-redeemed");
            wasRefused();
            // The voucher is on screen: no need to repeat what was read.
            verify(!part("scanText").visible);
        }
    }
}
