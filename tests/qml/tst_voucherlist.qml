// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Stampdesk
import Stampdesk.App

// A card's ready vouchers at the counter, over a real checkout session
// (the runner's "shop"): how many, oldest first, each with its code and
// validity and a Redeem button that opens it for confirmation; a redeemed
// one leaves the list; a self-redeem voucher says the customer redeems it
// on the phone and has no button.
Item {
    id: scene

    width: 700
    height: 800

    VoucherList {
        id: list

        width: scene.width
        checkout: shop.shell.checkout
    }

    TestCase {
        name: "VoucherList"
        when: windowShown

        readonly property CheckoutSession checkout: shop.shell.checkout
        property int customers: 0

        // A new customer with stamps from earlier visits, at the counter.
        function customer(stamps) {
            ++customers;
            const id = shop.card("Đào", "09100000" + String(customers).padStart(2, "0"), stamps);
            checkout.showCard(id);
            compare(checkout.state, CheckoutSession.Card);
            return id;
        }

        // The rows shown, top to bottom.
        function rows() {
            const view = findChild(list, "voucherRows");
            verify(view, "voucherRows");
            const found = [];
            for (let i = 0; i < view.contentItem.children.length; ++i) {
                const row = view.contentItem.children[i];
                if (row.objectName === "voucherRow" && row.visible)
                    found.push(row);
            }
            return found.sort((a, b) => a.y - b.y);
        }

        function label(row, index) {
            return row.children[0].children[index];
        }

        function init() {
            shop.signIn(true);
            verify(shop.setProgramme(8, false));
            checkout.clear();
        }

        function test_theReadyVouchersOldestFirst() {
            // Two cards filled up: two vouchers, cycles 1 and 2.
            const id = customer(17);
            compare(checkout.vouchers.count, 2);
            // Both rows, once the list has grown to its content.
            tryVerify(() => rows().length === 2, 5000, "two rows");
            const shown = rows();
            compare(shown[0].redeemCode, shop.redeemCode(id, 1));
            compare(shown[1].redeemCode, shop.redeemCode(id, 2));
            for (const row of shown) {
                compare(label(row, 0).text, "A free coffee");
                const details = label(row, 1).text;
                verify(details.indexOf(row.redeemCode) >= 0, details);
                verify(details.indexOf("Valid until") >= 0, details);
                const redeem = findChild(row, "redeemButton");
                verify(redeem.visible);
                verify(redeem.width >= 48 && redeem.height >= 48);
            }
            // The heading counts them.
            verify(findChild(list, "voucherRows").parent.children[0].text.indexOf("(2)") >= 0);
        }

        // Redeem opens the voucher for the cashier to confirm; consumed,
        // it is no longer among the card's ready vouchers.
        function test_redeemOpensTheVoucher() {
            const id = customer(9);
            tryVerify(() => rows().length === 1, 5000, "one row");
            mouseClick(findChild(rows()[0], "redeemButton"));
            compare(checkout.state, CheckoutSession.Voucher);
            compare(checkout.voucher.redeemCode, shop.redeemCode(id, 1));
            verify(checkout.canConfirm);
            // Not consumed until confirmed.
            checkout.cancel();
            compare(checkout.state, CheckoutSession.Card);
            compare(checkout.vouchers.count, 1);

            mouseClick(findChild(rows()[0], "redeemButton"));
            verify(checkout.confirmRedemption());
            checkout.showCard(id);
            compare(checkout.vouchers.count, 0);
            tryVerify(() => rows().length === 0, 5000, "no row");
        }

        // The customer's to redeem on the phone: said, and no button.
        function test_aSelfRedeemVoucher() {
            verify(shop.setProgramme(8, true));
            customer(8);
            tryVerify(() => rows().length === 1, 5000, "one row");
            const shown = rows();
            verify(shown[0].selfRedeem);
            compare(label(shown[0], 1).text, "The customer redeems it on the phone");
            verify(!findChild(shown[0], "redeemButton").visible);
        }
    }
}
