<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../qml/ActivityPanel.qml" line="+23"/>
        <source>Today</source>
        <extracomment>Heading of the list of what happened today at this register</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not undo</source>
        <extracomment>Give up an undo that waits for a manager&apos;s PIN</extracomment>
        <translation>Do not undo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing yet today.</source>
        <translation>Nothing yet today.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 · %2 · %3</source>
        <extracomment>A line of today&apos;s activity: what, the card, the detail</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>by %1</source>
        <extracomment>Who did it; %1 is a staff member&apos;s name</extracomment>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo (PIN)</source>
        <extracomment>Take back a stamp or a redemption; &quot;(PIN)&quot; when it needs a manager&apos;s PIN</extracomment>
        <translation>Undo (PIN)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/sync/apiresult.cpp" line="+69"/>
        <source>The shop&apos;s server cannot be reached. Sales go on; stamps will be sent later.</source>
        <translation>The shop&apos;s server cannot be reached. Sales go on; stamps will be sent later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server is not answering. Sales go on; stamps will be sent later.</source>
        <translation>The shop&apos;s server is not answering. Sales go on; stamps will be sent later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server could not prove who it is, so nothing was sent. Ask the manager to check the server&apos;s address and certificate.</source>
        <translation>The shop&apos;s server could not prove who it is, so nothing was sent. Ask the manager to check the server&apos;s address and certificate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s server no longer accepts this register. Ask the manager to pair it again.</source>
        <translation>The shop&apos;s server no longer accepts this register. Ask the manager to pair it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s server refused the request (%1).</source>
        <extracomment>%1 is a machine-readable reason sent by the server, e.g. &quot;invalid-request&quot;.</extracomment>
        <translation>The shop&apos;s server refused the request (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server has a problem. Sales go on; stamps will be sent later.</source>
        <translation>The shop&apos;s server has a problem. Sales go on; stamps will be sent later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server is busy. Sales go on; stamps will be sent later.</source>
        <translation>The shop&apos;s server is busy. Sales go on; stamps will be sent later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s address.</source>
        <translation>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to the shop&apos;s server was cancelled.</source>
        <translation>The request to the shop&apos;s server was cancelled.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../qml/CardPanel.qml" line="+30"/>
        <source>Customer without a name</source>
        <translation>Customer without a name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked</source>
        <extracomment>A card&apos;s status</extracomment>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This card is blocked: it gets no stamps and its vouchers cannot be redeemed. Ask the manager.</source>
        <translation>This card is blocked: it gets no stamps and its vouchers cannot be redeemed. Ask the manager.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n stamp(s)</source>
        <extracomment>Progress on the card: &quot;3 of 8 stamps&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n stamp</numerusform>
            <numerusform>%1 of %n stamps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cards completed</source>
        <extracomment>How many times the card was filled up</extracomment>
        <translation>Cards completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamps in all</source>
        <translation>Stamps in all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vouchers ready</source>
        <translation>Vouchers ready</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../qml/CounterPage.qml" line="+124"/>
        <source>Card, phone, name or code</source>
        <extracomment>Placeholder of the search field: a card&apos;s number, a phone number, a customer&apos;s name or a voucher&apos;s code</extracomment>
        <translation>Card, phone, name or code</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Find</source>
        <extracomment>Looks up what was typed in the search field</extracomment>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New card (F2)</source>
        <extracomment>Opens the dialog that makes a card; F2 is its key</extracomment>
        <translation>New card (F2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Scan the card&apos;s or the voucher&apos;s QR code, or type the card number, the customer&apos;s phone number or a voucher code, then press Enter.</source>
        <translation>Scan the card&apos;s or the voucher&apos;s QR code, or type the card number, the customer&apos;s phone number or a voucher code, then press Enter.</translation>
    </message>
</context>
<context>
    <name>CounterResult</name>
    <message>
        <location filename="../qml/CounterResult.qml" line="+74"/>
        <source>Read: %1</source>
        <extracomment>Under a refused code&apos;s message; %1 is the text the scanner read</extracomment>
        <translation>Read: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New voucher: %1 · code %2 · %3</source>
        <extracomment>%1 is the reward, %2 its redeem code, %3 e.g. &quot;Valid until 23/01/2027&quot;</extracomment>
        <translation>New voucher: %1 · code %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n voucher(s) issued in all.</source>
        <extracomment>More than one voucher was issued at once</extracomment>
        <translation>
            <numerusform>%n voucher issued in all.</numerusform>
            <numerusform>%n vouchers issued in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>A new card starts with %1 of %n stamp(s).</source>
        <extracomment>After a voucher was issued; %1 stamps already on the new card</extracomment>
        <translation>
            <numerusform>A new card starts with %1 of %n stamp.</numerusform>
            <numerusform>A new card starts with %1 of %n stamps.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the card</source>
        <extracomment>After a refusal: show the customer&apos;s card again</extracomment>
        <translation>Back to the card</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/LanguageSwitch.qml" line="+56"/>
        <source>Switch the language (Ctrl+L)</source>
        <translation>Switch the language (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+55"/>
        <location line="+76"/>
        <source>Stampdesk</source>
        <extracomment>The product&apos;s name, the window&apos;s title</extracomment>
        <translation>Stampdesk</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The settings are for managers. A manager&apos;s PIN opens them.</source>
        <translation>The settings are for managers. A manager&apos;s PIN opens them.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stamp cards and vouchers</source>
        <extracomment>Subtitle beside the product name in the window&apos;s header, before the shop has a name</extracomment>
        <translation>Stamp cards and vouchers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Few redeem codes left</source>
        <translation>Few redeem codes left</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n conflict(s)</source>
        <extracomment>In the header: sync conflicts nobody has looked at yet</extracomment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Switch</source>
        <extracomment>Hands the register over to another staff member</extracomment>
        <translation>Switch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Enter: find · Esc: start over · Ctrl+L: language</source>
        <translation>Enter: find · Esc: start over · Ctrl+L: language</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Stampdesk %1</source>
        <extracomment>In the window&apos;s footer; %1 is the version number</extracomment>
        <translation>Stampdesk %1</translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <location filename="../qml/NewCardDialog.qml" line="+45"/>
        <source>New card</source>
        <extracomment>Title of the dialog that makes a card at the counter</extracomment>
        <translation>New card</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and phone number are optional; with a phone number the card can be found without the code.</source>
        <translation>Name and phone number are optional; with a phone number the card can be found without the code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <extracomment>Placeholder: the customer&apos;s name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone number</source>
        <extracomment>Placeholder: the customer&apos;s phone number</extracomment>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · card %2</source>
        <translation>%1 · card %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card&apos;s QR code</source>
        <translation>The card&apos;s QR code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer photographs this code, or you print it. It works at every register of the shop.</source>
        <translation>The customer photographs this code, or you print it. It works at every register of the shop.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Make the card</source>
        <extracomment>Make the new card</extracomment>
        <translation>Make the card</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PNG</source>
        <extracomment>Save the card&apos;s code as a picture</extracomment>
        <translation>Save as PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <extracomment>Close the dialog; after a card was made, it is shown at the counter</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PayloadCommands</name>
    <message>
        <location filename="../src/cli/payloadcommands.cpp" line="+72"/>
        <source>cannot read the key file %1: %2</source>
        <translation>cannot read the key file %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1 is not a Stampdesk private key file</source>
        <translation>%1 is not a Stampdesk private key file</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+35"/>
        <source>%1 is not a Stampdesk public key file</source>
        <translation>%1 is not a Stampdesk public key file</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 already exists; it was left as it is.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This register does not sign codes: its shop&apos;s codes are signed by the backend, which makes the wallet passes.</source>
        <translation>This register does not sign codes: its shop&apos;s codes are signed by the backend, which makes the wallet passes.</translation>
    </message>
</context>
<context>
    <name>PayloadError</name>
    <message>
        <location filename="../src/core/payload.cpp" line="+161"/>
        <source>This is not a loyalty card or voucher code. Ask the customer to show the card or voucher in their wallet app, or find the card by phone number.</source>
        <extracomment>A scanned barcode or QR code that is not a loyalty card or voucher</extracomment>
        <translation>This is not a loyalty card or voucher code. Ask the customer to show the card or voucher in their wallet app, or find the card by phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card or voucher code is of a newer kind than this register can read. Update Stampdesk, or find the card by the customer&apos;s phone number.</source>
        <translation>This card or voucher code is of a newer kind than this register can read. Update Stampdesk, or find the card by the customer&apos;s phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code was not read completely. Scan it again; on a phone, turn the screen brightness up.</source>
        <translation>This code was not read completely. Scan it again; on a phone, turn the screen brightness up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not genuine: it was altered or forged. Do not give stamps or rewards for it, and tell the manager.</source>
        <translation>This code is not genuine: it was altered or forged. Do not give stamps or rewards for it, and tell the manager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register does not have the key that signed this code yet. Connect the register to the internet so that it can update, then scan again.</source>
        <extracomment>&quot;key&quot;: the cryptographic key that signs the codes, not a door key</extracomment>
        <translation>This register does not have the key that signed this code yet. Connect the register to the internet so that it can update, then scan again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card or voucher belongs to another shop and cannot be used here.</source>
        <translation>This card or voucher belongs to another shop and cannot be used here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redeem code %1 has a typo. Check it against the voucher and type it again.</source>
        <extracomment>A redeem code: the short code printed on a voucher, typed by the cashier</extracomment>
        <translation>The redeem code %1 has a typo. Check it against the voucher and type it again.</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <location line="+11"/>
        <source>A redeem code is typed, not signed: only cards and vouchers have a signed code.</source>
        <translation>A redeem code is typed, not signed: only cards and vouchers have a signed code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a card or voucher id (16 letters and digits).</source>
        <translation>&quot;%1&quot; is not a card or voucher id (16 letters and digits).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code could not be signed.</source>
        <translation>The code could not be signed.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/PinDialog.qml" line="+16"/>
        <source>A manager&apos;s PIN is needed for this.</source>
        <translation>A manager&apos;s PIN is needed for this.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manager&apos;s PIN</source>
        <extracomment>Title of the dialog that asks for a manager&apos;s PIN</extracomment>
        <translation>Manager&apos;s PIN</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="+147"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the PIN</source>
        <translation>Enter the PIN</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../qml/ProgrammePanel.qml" line="+20"/>
        <source>Free item</source>
        <translation>Free item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perk</source>
        <translation>Perk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer redeems it on the phone</source>
        <translation>The customer redeems it on the phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cashier scans the voucher and confirms</source>
        <translation>The cashier scans the voucher and confirms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cashier scans or types the voucher&apos;s code</source>
        <translation>The cashier scans or types the voucher&apos;s code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No waiting time</source>
        <translation>No waiting time</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stamp card programme</source>
        <extracomment>Heading over the shop&apos;s stamp-card programme</extracomment>
        <translation>Stamp card programme</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n stamp(s)</source>
        <extracomment>The stamp goal, shown large: &quot;8 stamps&quot;</extracomment>
        <translation>
            <numerusform>%n stamp</numerusform>
            <numerusform>%n stamps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>earn a voucher for</source>
        <extracomment>Between the stamp goal and the reward: &quot;8 stamps / earn a voucher for / A free coffee&quot;</extracomment>
        <translation>earn a voucher for</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Redemption</source>
        <translation>Redemption</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vouchers valid for</source>
        <translation>Vouchers valid for</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps per visit</source>
        <translation>Stamps per visit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At most %n</source>
        <translation>
            <numerusform>At most %n</numerusform>
            <numerusform>At most %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between two visits</source>
        <translation>Between two visits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vouchers redeemable</source>
        <translation>Vouchers redeemable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only at %1</source>
        <translation>Only at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every location</source>
        <translation>At every location</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../src/core/refusal.cpp" line="+60"/>
        <source>Choose at least one stamp.</source>
        <translation>Choose at least one stamp.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n stamp(s) can be added in one visit.</source>
        <translation>
            <numerusform>At most %n stamp can be added in one visit.</numerusform>
            <numerusform>At most %n stamps can be added in one visit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card was stamped moments ago. It can be stamped again from %1.</source>
        <translation>This card was stamped moments ago. It can be stamped again from %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is blocked. Ask the manager.</source>
        <translation>This card is blocked. Ask the manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is already blocked.</source>
        <translation>The card is already blocked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card is already active.</source>
        <translation>The card is already active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card details are not valid: %1</source>
        <translation>The card details are not valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher was already redeemed on %1. Do not give the reward again.</source>
        <translation>This voucher was already redeemed on %1. Do not give the reward again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher was already redeemed on %1 at %2. Do not give the reward again.</source>
        <translation>This voucher was already redeemed on %1 at %2. Do not give the reward again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher expired on %1. It can no longer be redeemed.</source>
        <translation>This voucher expired on %1. It can no longer be redeemed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher was voided because the stamps that earned it were undone.</source>
        <translation>This voucher was voided because the stamps that earned it were undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher was voided. It can no longer be redeemed.</source>
        <translation>This voucher was voided. It can no longer be redeemed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher was voided (%1). It can no longer be redeemed.</source>
        <translation>This voucher was voided (%1). It can no longer be redeemed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher can only be redeemed at %1.</source>
        <translation>This voucher can only be redeemed at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer redeems this voucher on the phone; it cannot be redeemed at the register.</source>
        <translation>The customer redeems this voucher on the phone; it cannot be redeemed at the register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher is redeemed by a cashier at the register.</source>
        <translation>This voucher is redeemed by a cashier at the register.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only adding stamps can be undone.</source>
        <translation>Only adding stamps can be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These stamps were already undone.</source>
        <translation>These stamps were already undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These stamps cannot be undone: the reward they earned was already redeemed.</source>
        <translation>These stamps cannot be undone: the reward they earned was already redeemed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme is not valid: %1</source>
        <translation>The programme is not valid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher has not been redeemed, so there is no redemption to undo.</source>
        <translation>This voucher has not been redeemed, so there is no redemption to undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card with this number already exists.</source>
        <translation>A card with this number already exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know this card.</source>
        <translation>The shop&apos;s server does not know this card.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know this voucher.</source>
        <translation>The shop&apos;s server does not know this voucher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know the stamps this undo takes back.</source>
        <translation>The shop&apos;s server does not know the stamps this undo takes back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the stamps of all registers together, this card has not earned this voucher (stamps were undone elsewhere). The voucher is not valid.</source>
        <translation>With the stamps of all registers together, this card has not earned this voucher (stamps were undone elsewhere). The voucher is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This POS code is already on another voucher (%1). Give the customer a new code.</source>
        <translation>This POS code is already on another voucher (%1). Give the customer a new code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s server cannot be reached, and this shop does not allow redeeming offline. Try again when the register is online.</source>
        <translation>The shop&apos;s server cannot be reached, and this shop does not allow redeeming offline. Try again when the register is online.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="+14"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamps and vouchers of every register of the shop.</source>
        <translation>Stamps and vouchers of every register of the shop.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Save this month as a CSV file</source>
        <translation>Save this month as a CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for %1</source>
        <translation>Empty for %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file saved</extracomment>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ServerApi</name>
    <message>
        <location filename="../src/server/serverapi.cpp" line="+113"/>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not answer. Try again later.</source>
        <translation>The server could not answer. Try again later.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This method is not allowed here.</source>
        <translation>This method is not allowed here.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This register is not paired with the shop, or its pairing was revoked. Pair it again.</source>
        <translation>This register is not paired with the shop, or its pairing was revoked. Pair it again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request is larger than %1 bytes.</source>
        <translation>The request is larger than %1 bytes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>The body is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: required</source>
        <translation>%1: required</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected text of 1 to 100 characters</source>
        <translation>%1: expected text of 1 to 100 characters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pairing code is unknown, used or expired. Ask the shop for a new one.</source>
        <translation>The pairing code is unknown, used or expired. Ask the shop for a new one.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cursor: not a cursor this server gave</source>
        <translation>cursor: not a cursor this server gave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit: expected a whole number from 1 to 1000</source>
        <translation>limit: expected a whole number from 1 to 1000</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: expected an object</source>
        <translation>%1: expected an object</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.id: expected text of 1 to 100 characters</source>
        <translation>%1.id: expected text of 1 to 100 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.registerId: not the register of this token</source>
        <translation>%1.registerId: not the register of this token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.cardId: required</source>
        <translation>%1.cardId: required</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>events: expected a list</source>
        <translation>events: expected a list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A push may carry at most %1 events.</source>
        <translation>A push may carry at most %1 events.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events: expected 1 to %1 events</source>
        <translation>events: expected 1 to %1 events</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>event.type: expected voucher.redeemed</source>
        <translation>event.type: expected voucher.redeemed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event.voucherId: not the voucher of this address</source>
        <translation>event.voucherId: not the voucher of this address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no voucher %1.</source>
        <translation>There is no voucher %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>event.cardId: not the card of this voucher</source>
        <translation>event.cardId: not the card of this voucher</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <location filename="../src/server/servercli.cpp" line="+149"/>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 holds no PEM certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM private key</source>
        <translation>%1 holds no PEM private key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot watch for signals</source>
        <translation>cannot watch for signals</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot listen on %1</source>
        <translation>cannot listen on %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Programme saved.</source>
        <translation>Programme saved.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Register %1 revoked: its token no longer works.</source>
        <translation>Register %1 revoked: its token no longer works.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every card matches the replay of the accepted events.</source>
        <translation>Every card matches the replay of the accepted events.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences found:</source>
        <translation>Differences found:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown admin command &apos;%1&apos;</source>
        <translation>unknown admin command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--db PATH is required</source>
        <translation>--db PATH is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--listen ADDRESS:PORT is required to serve</source>
        <translation>--listen ADDRESS:PORT is required to serve</translation>
    </message>
</context>
<context>
    <name>SettingsBackup</name>
    <message>
        <location filename="../qml/SettingsBackup.qml" line="+15"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a copy of everything on this register: cards, vouchers, the ledger, staff and settings. Keep copies on another disk too.</source>
        <translation>A backup is a copy of everything on this register: cards, vouchers, the ledger, staff and settings. Keep copies on another disk too.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new file; the register keeps working meanwhile.</source>
        <translation>A new file; the register keeps working meanwhile.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backups in %1</source>
        <translation>Backups in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups in this folder yet.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to restore it.</source>
        <translation>Choose one to restore it.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Restore from</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces everything on this register with the backup. The database as it is now is kept beside it first.</source>
        <translation>Replaces everything on this register with the backup. The database as it is now is kept beside it first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything on this register (cards, vouchers, the ledger, staff, settings and the link with the shop&apos;s server) is replaced by %1. The database as it is now is kept as a safety copy beside it. From then on the staff and PINs of the backup apply.</source>
        <translation>Everything on this register (cards, vouchers, the ledger, staff, settings and the link with the shop&apos;s server) is replaced by %1. The database as it is now is kept as a safety copy beside it. From then on the staff and PINs of the backup apply.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace everything and restore</source>
        <translation>Replace everything and restore</translation>
    </message>
</context>
<context>
    <name>SettingsCodes</name>
    <message>
        <location filename="../qml/SettingsCodes.qml" line="+16"/>
        <source>Redeem codes</source>
        <translation>Redeem codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the codes your POS made, as a CSV file with the codes in the first column. Each new voucher gets the next code, and the cashier can redeem it by that code.</source>
        <translation>Import the codes your POS made, as a CSV file with the codes in the first column. Each new voucher gets the next code, and the cashier can redeem it by that code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting for vouchers</source>
        <extracomment>Redeem codes not yet on a voucher</extracomment>
        <translation>waiting for vouchers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on vouchers so far</source>
        <translation>on vouchers so far</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full path, e.g. /home/shop/Documents/codes.csv</source>
        <translation>The full path, e.g. /home/shop/Documents/codes.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added: %1 · already known: %2 · not imported: %3</source>
        <extracomment>After an import: %1 codes added, %2 codes known already, %3 lines not imported</extracomment>
        <translation>Added: %1 · already known: %2 · not imported: %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="+43"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+62"/>
        <source>Programme and reward</source>
        <translation>Programme and reward</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem codes</source>
        <translation>Redeem codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This register</source>
        <translation>This register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop server</source>
        <translation>Shop server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Back to the counter</source>
        <extracomment>Leaves the settings for the cashier&apos;s screen</extracomment>
        <translation>Back to the counter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes apply to vouchers issued from now on; vouchers already issued keep their reward.</source>
        <translation>Changes apply to vouchers issued from now on; vouchers already issued keep their reward.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the programme</source>
        <translation>Save the programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the changes</source>
        <translation>Undo the changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
</context>
<context>
    <name>SettingsProgrammeForm</name>
    <message>
        <location filename="../qml/SettingsProgrammeForm.qml" line="+18"/>
        <source>Stamps for a reward</source>
        <translation>Stamps for a reward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching this number issues a voucher; extra stamps count towards the next one.</source>
        <translation>Reaching this number issues a voucher; extra stamps count towards the next one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reward name</source>
        <translation>Reward name</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>In Vietnamese</source>
        <translation>In Vietnamese</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+33"/>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reward description</source>
        <translation>Reward description</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kind of reward</source>
        <translation>Kind of reward</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A free item</source>
        <extracomment>A kind of reward</extracomment>
        <translation>A free item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An add-on</source>
        <extracomment>A kind of reward: something extra with a purchase</extracomment>
        <translation>An add-on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An upgrade</source>
        <extracomment>A kind of reward: a bigger size or better product</extracomment>
        <translation>An upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A perk</source>
        <extracomment>A kind of reward: any other advantage</extracomment>
        <translation>A perk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How vouchers are redeemed</source>
        <translation>How vouchers are redeemed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By the customer, on the phone</source>
        <translation>By the customer, on the phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned and confirmed by the cashier</source>
        <translation>Scanned and confirmed by the cashier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a redeem code</source>
        <translation>With a redeem code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouchers expire after</source>
        <translation>Vouchers expire after</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>day(s)</source>
        <extracomment>After a number of days, as in &quot;Vouchers expire after [60] days&quot;</extracomment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most stamps per visit</source>
        <translation>Most stamps per visit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Least time between two stamps on a card</source>
        <translation>Least time between two stamps on a card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In minutes; 0 for none.</source>
        <translation>In minutes; 0 for none.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where vouchers may be redeemed</source>
        <translation>Where vouchers may be redeemed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for any register of the shop.</source>
        <translation>Empty for any register of the shop.</translation>
    </message>
</context>
<context>
    <name>SettingsRegister</name>
    <message>
        <location filename="../qml/SettingsRegister.qml" line="+24"/>
        <source>This register</source>
        <translation>This register</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Register name</source>
        <translation>Register name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in the activity and in refusals, e.g. &quot;Counter 1&quot;.</source>
        <translation>Shown in the activity and in refusals, e.g. &quot;Counter 1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this register is; vouchers tied to a location are redeemed only there.</source>
        <translation>Where this register is; vouchers tied to a location are redeemed only there.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sounds for stamps, vouchers and refusals</source>
        <translation>Sounds for stamps, vouchers and refusals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection to the shop&apos;s server (pairing, sync and conflicts) is in the &quot;Shop server&quot; tab.</source>
        <translation>The connection to the shop&apos;s server (pairing, sync and conflicts) is in the &quot;Shop server&quot; tab.</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <location filename="../qml/SettingsServer.qml" line="+16"/>
        <source>Shop server</source>
        <translation>Shop server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This register sends its changes to the shop&apos;s server and fetches the other registers&apos; on its own, every 30 seconds and after each action.</source>
        <translation>This register sends its changes to the shop&apos;s server and fetches the other registers&apos; on its own, every 30 seconds and after each action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair this register with the shop&apos;s server so that every register and the customers&apos; wallet passes agree. Until then it works on its own.</source>
        <translation>Pair this register with the shop&apos;s server so that every register and the customers&apos; wallet passes agree. Until then it works on its own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the shop server&apos;s manager gives it, e.g. https://shop.example:8443.</source>
        <translation>As the shop server&apos;s manager gives it, e.g. https://shop.example:8443.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-time code from the shop server (stampdesk-server admin pairing-code).</source>
        <translation>A one-time code from the shop server (stampdesk-server admin pairing-code).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA certificate (optional)</source>
        <translation>CA certificate (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path of a PEM file, only for a server with a certificate of its own.</source>
        <translation>The path of a PEM file, only for a server with a certificate of its own.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pair</source>
        <extracomment>Pairs this register with the shop&apos;s server</extracomment>
        <translation>Pair</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This register</source>
        <translation>This register</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <extracomment>The register has never reached the shop&apos;s server</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: the shop&apos;s server accepted everything this register sent.</source>
        <translation>None: the shop&apos;s server accepted everything this register sent.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Mark all as seen</source>
        <translation>Mark all as seen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unpair this register</source>
        <translation>Unpair this register</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unpair this register?</source>
        <translation>Unpair this register?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register stops syncing with the shop&apos;s server. Its cards and history stay here; changes not yet sent wait until it is paired again.</source>
        <translation>The register stops syncing with the shop&apos;s server. Its cards and history stay here; changes not yet sent wait until it is paired again.</translation>
    </message>
</context>
<context>
    <name>SettingsStaff</name>
    <message>
        <location filename="../qml/SettingsStaff.qml" line="+15"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who works the register signs in with a PIN. Managers also open the settings and approve late undos.</source>
        <translation>Everyone who works the register signs in with a PIN. Managers also open the settings and approve late undos.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+95"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Works here</source>
        <extracomment>A staff member who still works at the shop</extracomment>
        <translation>Works here</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New PIN…</source>
        <translation>New PIN…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+67"/>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Save the PIN</source>
        <translation>Save the PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new member</source>
        <translation>A new member</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add the member</source>
        <translation>Add the member</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="+77"/>
        <source>Who is at the register?</source>
        <translation>Who is at the register?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your name, then type your PIN.</source>
        <translation>Choose your name, then type your PIN.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PIN of %1</source>
        <extracomment>Above the PIN pad; %1 is the staff member&apos;s name</extracomment>
        <translation>PIN of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose your name first</source>
        <translation>Choose your name first</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wait %n second(s) before trying again.</source>
        <extracomment>%n is the number of seconds until the member may type a PIN again</extracomment>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCard</name>
    <message>
        <location filename="../qml/StampCard.qml" line="+35"/>
        <source>One stamp less</source>
        <translation>One stamp less</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stamps to add: %1</source>
        <translation>Stamps to add: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One stamp more</source>
        <translation>One stamp more</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Add %n stamp(s)</source>
        <extracomment>The main button at the counter; %n is how many stamps it adds</extracomment>
        <translation>
            <numerusform>Add %n stamp</numerusform>
            <numerusform>Add %n stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Enter adds them · + and − change the number (at most %n per visit)</source>
        <extracomment>%n is the most stamps one visit may get</extracomment>
        <translation>
            <numerusform>Enter adds them · + and − change the number (at most %n per visit)</numerusform>
            <numerusform>Enter adds them · + and − change the number (at most %n per visit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message numerus="yes">
        <location filename="../qml/StampRow.qml" line="+24"/>
        <source>%1 of %n stamp(s)</source>
        <translation>
            <numerusform>%1 of %n stamp</numerusform>
            <numerusform>%1 of %n stamps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/gui/main.cpp" line="+398"/>
        <source>Stampdesk is already open on %1: its window was brought to the front.</source>
        <translation>Stampdesk is already open on %1: its window was brought to the front.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stampdesk is already open on %1 (process %2) but does not answer. Close it, or restart the computer, then start Stampdesk again.</source>
        <translation>Stampdesk is already open on %1 (process %2) but does not answer. Close it, or restart the computer, then start Stampdesk again.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../qml/StartupError.qml" line="+18"/>
        <source>Stampdesk cannot start</source>
        <translation>Stampdesk cannot start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stampdesk cannot open its database</source>
        <translation>Stampdesk cannot open its database</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../src/store/storeerror.cpp" line="+60"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Stampdesk database (it is not a database at all). It was left untouched; choose the right file.</source>
        <translation>%1 is not a Stampdesk database (it is not a database at all). It was left untouched; choose the right file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database of another program, not of Stampdesk. It was left untouched; choose the right file.</source>
        <translation>%1 is the database of another program, not of Stampdesk. It was left untouched; choose the right file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer version of Stampdesk. Update Stampdesk to open it.</source>
        <translation>%1 was written by a newer version of Stampdesk. Update Stampdesk to open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 is damaged and was left untouched. Restore it from a backup.</source>
        <translation>The database %1 is damaged and was left untouched. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another program. Try again in a moment.</source>
        <translation>The database is busy with another program. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be written or read (%1). Nothing was changed.</source>
        <translation>The database could not be written or read (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nothing matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code &quot;%1&quot; has a typo. Check it and type it again.</source>
        <translation>The code &quot;%1&quot; has a typo. Check it and type it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This register already signs with its own key number %1; a different key with that number was not added.</source>
        <extracomment>&quot;key&quot;: a cryptographic key that signs card and voucher codes</extracomment>
        <translation>This register already signs with its own key number %1; a different key with that number was not added.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This would leave the shop without a manager. Make another member a manager first.</source>
        <translation>This would leave the shop without a manager. Make another member a manager first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A staff member needs a name.</source>
        <extracomment>%1 is the name given for a staff member</extracomment>
        <translation>A staff member needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a staff member called &quot;%1&quot;. Choose another name.</source>
        <translation>There is already a staff member called &quot;%1&quot;. Choose another name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid value for the setting %2.</source>
        <extracomment>%1 is a value that was given, %2 the name of a setting (e.g. language)</extracomment>
        <translation>&quot;%1&quot; is not a valid value for the setting %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is this register&apos;s own database. Choose another file.</source>
        <translation>%1 is this register&apos;s own database. Choose another file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already and was left untouched. Choose another name for the backup.</source>
        <translation>%1 exists already and was left untouched. Choose another name for the backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: its folder does not exist or may not be written to. Choose another folder.</source>
        <translation>%1 cannot be written: its folder does not exist or may not be written to. Choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full: %1 could not be written. Free some space and try again; nothing was changed.</source>
        <translation>The disk is full: %1 could not be written. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged (it fails the integrity check) and was not restored. Nothing was changed; choose another backup.</source>
        <translation>%1 is damaged (it fails the integrity check) and was not restored. Nothing was changed; choose another backup.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="+39"/>
        <source>This register is not paired with the shop&apos;s server. A manager pairs it in Settings.</source>
        <translation>This register is not paired with the shop&apos;s server. A manager pairs it in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not know this pairing code, or it was used or has expired. Ask for a new one on the shop server (stampdesk-server admin pairing-code).</source>
        <translation>The server does not know this pairing code, or it was used or has expired. Ask for a new one on the shop server (stampdesk-server admin pairing-code).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s version.</source>
        <translation>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s version.</translation>
    </message>
</context>
<context>
    <name>Viewfinder</name>
    <message>
        <location filename="../qml/Viewfinder.qml" line="+107"/>
        <source>Starting…</source>
        <extracomment>Shown where the camera&apos;s picture would be</extracomment>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 frames/s · %2 ms each</source>
        <extracomment>The code scanner&apos;s speed: frames read per second, and milliseconds per frame</extracomment>
        <translation>%1 frames/s · %2 ms each</translation>
    </message>
</context>
<context>
    <name>VoucherList</name>
    <message>
        <location filename="../qml/VoucherList.qml" line="+27"/>
        <source>Vouchers ready (%1)</source>
        <extracomment>Heading over a card&apos;s vouchers</extracomment>
        <translation>Vouchers ready (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The customer redeems it on the phone</source>
        <translation>The customer redeems it on the phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code %1 · %2</source>
        <extracomment>%1 is the voucher&apos;s redeem code, %2 e.g. &quot;Valid until 23/01/2027&quot;</extracomment>
        <translation>Code %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redeem</source>
        <extracomment>Button beside a voucher: open it to redeem it</extracomment>
        <translation>Redeem</translation>
    </message>
</context>
<context>
    <name>VoucherPanel</name>
    <message>
        <location filename="../qml/VoucherPanel.qml" line="+64"/>
        <source>Customer</source>
        <extracomment>Whose voucher it is</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer without a name</source>
        <translation>Customer without a name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redemption</source>
        <extracomment>How the voucher is redeemed</extracomment>
        <translation>Redemption</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <extracomment>The voucher&apos;s redeem code</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validity</source>
        <extracomment>Until when the voucher can be used</extracomment>
        <translation>Validity</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking with the shop&apos;s server…</source>
        <translation>Checking with the shop&apos;s server…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Confirm redemption</source>
        <extracomment>Consume the voucher: the customer gets the reward now</extracomment>
        <translation>Confirm redemption</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <extracomment>Leave the voucher as it is</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VoucherView</name>
    <message>
        <location filename="../src/app/voucherlistmodel.cpp" line="+23"/>
        <source>The customer redeems it on the phone</source>
        <extracomment>How a voucher is redeemed</extracomment>
        <translation>The customer redeems it on the phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cashier confirms it</source>
        <extracomment>How a voucher is redeemed</extracomment>
        <translation>The cashier confirms it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemed with its code</source>
        <extracomment>How a voucher is redeemed: with the short code printed on it</extracomment>
        <translation>Redeemed with its code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready</source>
        <extracomment>A voucher&apos;s state: it can be used</extracomment>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemed</source>
        <extracomment>A voucher&apos;s state</extracomment>
        <translation>Redeemed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <extracomment>A voucher&apos;s state</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voided</source>
        <extracomment>A voucher&apos;s state: cancelled, it can no longer be used</extracomment>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not expire</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Valid until %1</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../qml/WizardPage.qml" line="+60"/>
        <source>Setting up Stampdesk · step %1 of %2</source>
        <extracomment>%1 is the step shown, %2 the number of steps</extracomment>
        <translation>Setting up Stampdesk · step %1 of %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Welcome! Which language should Stampdesk speak?</source>
        <translation>Welcome! Which language should Stampdesk speak?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can switch at any time, in the header or in the settings.</source>
        <translation>You can switch at any time, in the header or in the settings.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>What is the shop called?</source>
        <translation>What is the shop called?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Cà phê Đào</source>
        <translation>e.g. Cà phê Đào</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who manages the shop?</source>
        <translation>Who manages the shop?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager signs in with a PIN of 4 to 8 digits, opens the settings and adds the other staff.</source>
        <translation>The manager signs in with a PIN of 4 to 8 digits, opens the settings and adds the other staff.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manager&apos;s name</source>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The stamp card and its reward</source>
        <translation>The stamp card and its reward</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All set!</source>
        <translation>All set!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is signed in. Scan a customer&apos;s card, or create one at the counter. More staff, redeem codes and reports are in the settings.</source>
        <extracomment>%1 is the manager&apos;s name</extracomment>
        <translation>%1 is signed in. Scan a customer&apos;s card, or create one at the counter. More staff, redeem codes and reports are in the settings.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open the counter</source>
        <translation>Open the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>stampdesk-cli decode</name>
    <message>
        <location filename="../src/cli/decodecommands.cpp" line="+57"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not an image that can be read (%1)</source>
        <translation>not an image that can be read (%1)</translation>
    </message>
</context>
<context>
    <name>stampdesk::ActivityModel</name>
    <message>
        <location filename="../src/app/activitymodel.cpp" line="+121"/>
        <source>New card</source>
        <extracomment>In today&apos;s activity: a card was made</extracomment>
        <translation>New card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card status changed</source>
        <extracomment>In today&apos;s activity: a card was blocked or unblocked</extracomment>
        <translation>Card status changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps added</source>
        <translation>Stamps added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps undone</source>
        <translation>Stamps undone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher issued</source>
        <translation>Voucher issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher redeemed</source>
        <translation>Voucher redeemed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher voided</source>
        <translation>Voucher voided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption undone</source>
        <translation>Redemption undone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme changed</source>
        <translation>Programme changed</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>+%n stamp(s)</source>
        <extracomment>In today&apos;s activity: stamps added to a card</extracomment>
        <translation>
            <numerusform>+%n stamp</numerusform>
            <numerusform>+%n stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>−%n stamp(s)</source>
        <extracomment>In today&apos;s activity: stamps taken back</extracomment>
        <translation>
            <numerusform>−%n stamp</numerusform>
            <numerusform>−%n stamps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stamps were undone</source>
        <translation>The stamps were undone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a phone number</source>
        <translation>with a phone number</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nobody is signed in. Sign in first: every undo is recorded under the name of the staff member signed in.</source>
        <translation>Nobody is signed in. Sign in first: every undo is recorded under the name of the staff member signed in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only stamps and redemptions can be taken back, once.</source>
        <translation>Only stamps and redemptions can be taken back, once.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This was more than %n minute(s) ago: a manager&apos;s PIN is needed to take it back.</source>
        <translation>
            <numerusform>This was more than %n minute ago: a manager&apos;s PIN is needed to take it back.</numerusform>
            <numerusform>This was more than %n minutes ago: a manager&apos;s PIN is needed to take it back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back.</source>
        <translation>Taken back.</translation>
    </message>
</context>
<context>
    <name>stampdesk::BackupController</name>
    <message>
        <location filename="../src/app/backupcontroller.cpp" line="+82"/>
        <source>A backup or restore is under way. Wait until it ends.</source>
        <translation>A backup or restore is under way. Wait until it ends.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can back up or restore the database.</source>
        <translation>Only a manager can back up or restore the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup file first.</source>
        <translation>Choose a backup file first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backed up to %1 (%2).</source>
        <translation>Backed up to %1 (%2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from %1. The database as it was before is kept in %2.</source>
        <translation>Restored from %1. The database as it was before is kept in %2.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CardCode</name>
    <message>
        <location filename="../src/app/cardcode.cpp" line="+70"/>
        <source>Nobody is signed in. Sign in first: every new card is recorded under the name of the staff member signed in.</source>
        <translation>Nobody is signed in. Sign in first: every new card is recorded under the name of the staff member signed in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture could not be saved in %1. Check that the folder can be written.</source>
        <translation>The picture could not be saved in %1. Check that the folder can be written.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop&apos;s codes are signed by its backend: the card&apos;s code reaches the customer&apos;s wallet after the next sync. Until then, find the card by phone number.</source>
        <translation>This shop&apos;s codes are signed by its backend: the card&apos;s code reaches the customer&apos;s wallet after the next sync. Until then, find the card by phone number.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CardLookup</name>
    <message>
        <location filename="../src/app/cardlookup.cpp" line="+37"/>
        <source>Type a card number, a phone number or a name, then press Enter.</source>
        <translation>Type a card number, a phone number or a name, then press Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card matches &quot;%1&quot;. Check the number, or try the phone number.</source>
        <translation>No card matches &quot;%1&quot;. Check the number, or try the phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one card matches &quot;%1&quot;. Type the whole card number or phone number.</source>
        <translation>More than one card matches &quot;%1&quot;. Type the whole card number or phone number.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CheckoutSession</name>
    <message>
        <location filename="../src/app/checkoutsession.cpp" line="+128"/>
        <source>Sign in to confirm: every redemption is recorded under the name of the staff member signed in.</source>
        <translation>Sign in to confirm: every redemption is recorded under the name of the staff member signed in.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n stamp(s) added.</source>
        <translation>
            <numerusform>%n stamp added.</numerusform>
            <numerusform>%n stamps added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stamp(s) added. The card is full: the customer gets %1.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>
            <numerusform>%n stamp added. The card is full: the customer gets %1.</numerusform>
            <numerusform>%n stamps added. The card is full: the customer gets %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeemed offline: give the customer %1. It will be confirmed when the register is back online.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>Redeemed offline: give the customer %1. It will be confirmed when the register is back online.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeemed. Give the customer %1.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>Redeemed. Give the customer %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody is signed in. Sign in first: every stamp and redemption is recorded under the name of the staff member signed in.</source>
        <translation>Nobody is signed in. Sign in first: every stamp and redemption is recorded under the name of the staff member signed in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is genuine but not in this register&apos;s records yet (it was made at another register). Connect the register so that it can sync, or add the stamps when it is.</source>
        <translation>This card is genuine but not in this register&apos;s records yet (it was made at another register). Connect the register so that it can sync, or add the stamps when it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This voucher is genuine but not in this register&apos;s records yet (it was issued at another register). Connect the register so that it can sync, or find the card by the customer&apos;s phone number.</source>
        <translation>This voucher is genuine but not in this register&apos;s records yet (it was issued at another register). Connect the register so that it can sync, or find the card by the customer&apos;s phone number.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CodeStockController</name>
    <message>
        <location filename="../src/app/codestockcontroller.cpp" line="+37"/>
        <source>No redeem codes are left: new vouchers get none. Import more codes from the POS.</source>
        <translation>No redeem codes are left: new vouchers get none. Import more codes from the POS.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only %n redeem code(s) left. Import more codes from the POS soon.</source>
        <extracomment>%n is the number of POS redeem codes left</extracomment>
        <translation>
            <numerusform>Only %n redeem code left. Import more codes from the POS soon.</numerusform>
            <numerusform>Only %n redeem codes left. Import more codes from the POS soon.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type the path of the CSV file with the codes.</source>
        <translation>Type the path of the CSV file with the codes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is too large for a list of codes.</source>
        <translation>The file %1 is too large for a list of codes.</translation>
    </message>
</context>
<context>
    <name>stampdesk::Pins</name>
    <message>
        <location filename="../src/core/staff.cpp" line="+145"/>
        <source>A PIN needs at least %1 digits.</source>
        <extracomment>%1 is the least number of digits of a PIN</extracomment>
        <translation>A PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN has at most %1 digits.</source>
        <extracomment>%1 is the most digits a PIN may have</extracomment>
        <translation>A PIN has at most %1 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (all one digit, or digits in a row). Choose another.</source>
        <translation>This PIN is too easy to guess (all one digit, or digits in a row). Choose another.</translation>
    </message>
</context>
<context>
    <name>stampdesk::RegisterSettings</name>
    <message>
        <location filename="../src/app/registersettings.cpp" line="+65"/>
        <source>The computer&apos;s default camera</source>
        <extracomment>The camera choice that follows the computer&apos;s own default camera</extracomment>
        <translation>The computer&apos;s default camera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the shop&apos;s name, as customers know it.</source>
        <translation>Type the shop&apos;s name, as customers know it.</translation>
    </message>
</context>
<context>
    <name>stampdesk::ReportModel</name>
    <message>
        <location filename="../src/app/reportmodel.cpp" line="+30"/>
        <source>Stamps added</source>
        <translation>Stamps added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers issued</source>
        <translation>Vouchers issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers redeemed</source>
        <translation>Vouchers redeemed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards created</source>
        <translation>Cards created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps undone</source>
        <translation>Stamps undone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemptions undone</source>
        <translation>Redemptions undone</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Today, %1</source>
        <extracomment>Above the figures of today; %1 is the date</extracomment>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The report cannot be saved to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>The report cannot be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>stampdesk::Rules</name>
    <message>
        <location filename="../src/core/rules.cpp" line="+100"/>
        <source>the stamp goal must be between 1 and 1000</source>
        <translation>the stamp goal must be between 1 and 1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reward needs a name in Vietnamese and in English</source>
        <translation>the reward needs a name in Vietnamese and in English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reward name is longer than 100 characters</source>
        <translation>the reward name is longer than 100 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vouchers must stay valid between 1 and 3650 days</source>
        <translation>vouchers must stay valid between 1 and 3650 days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stamps per visit must be between 1 and 1000</source>
        <translation>the stamps per visit must be between 1 and 1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cooldown must be between 0 minutes and 7 days</source>
        <translation>the cooldown must be between 0 minutes and 7 days</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name is longer than 100 characters</source>
        <translation>the name is longer than 100 characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the phone number needs 6 to 15 digits</source>
        <translation>the phone number needs 6 to 15 digits</translation>
    </message>
</context>
<context>
    <name>stampdesk::ScanReport</name>
    <message>
        <location filename="../src/app/scanreport.cpp" line="+24"/>
        <source>Voucher %1 scanned. Redeem it with the checkout (coming soon).</source>
        <extracomment>%1 is the voucher&apos;s number</extracomment>
        <translation>Voucher %1 scanned. Redeem it with the checkout (coming soon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeem code %1 scanned. Redeem it with the checkout (coming soon).</source>
        <extracomment>%1 is the voucher&apos;s redeem code, e.g. ABCDE-FGHJK</extracomment>
        <translation>Redeem code %1 scanned. Redeem it with the checkout (coming soon).</translation>
    </message>
</context>
<context>
    <name>stampdesk::SetupWizard</name>
    <message>
        <location filename="../src/app/setupwizard.cpp" line="+116"/>
        <source>Type the shop&apos;s name, as customers know it.</source>
        <translation>Type the shop&apos;s name, as customers know it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s name is longer than 100 characters.</source>
        <translation>The shop&apos;s name is longer than 100 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the manager&apos;s name.</source>
        <translation>Type the manager&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some values of the programme need a change: see the messages below them.</source>
        <translation>Some values of the programme need a change: see the messages below them.</translation>
    </message>
</context>
<context>
    <name>stampdesk::StaffEditor</name>
    <message>
        <location filename="../src/app/staffeditor.cpp" line="+34"/>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>The two PINs are not the same. Type the new PIN twice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the new member&apos;s name.</source>
        <translation>Type the new member&apos;s name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can sign in now.</source>
        <translation>%1 can sign in now.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
</context>
<context>
    <name>stampdesk::StaffSession</name>
    <message>
        <location filename="../src/app/staffsession.cpp" line="+82"/>
        <source>This staff member is not known here, or no longer active. Ask a manager.</source>
        <translation>This staff member is not known here, or no longer active. Ask a manager.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Too many wrong PINs. Try again after %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active manager to approve this.</source>
        <translation>There is no active manager to approve this.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong PIN. Too many wrong PINs: try again after %1.</source>
        <translation>Wrong PIN. Too many wrong PINs: try again after %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN. One more wrong PIN and you must wait before trying again.</source>
        <translation>Wrong PIN. One more wrong PIN and you must wait before trying again.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong PIN. %n more wrong PIN(s) allowed before a wait.</source>
        <extracomment>%n is how many more wrong PINs are allowed before the member must wait</extracomment>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN allowed before a wait.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs allowed before a wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stampdesk::SyncService</name>
    <message>
        <location filename="../src/app/syncservice.cpp" line="+207"/>
        <source>Enter the shop server&apos;s address, e.g. https://shop.example:8443.</source>
        <extracomment>Pairing with the shop&apos;s server: the address typed is not one</extracomment>
        <translation>Enter the shop server&apos;s address, e.g. https://shop.example:8443.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the pairing code that the shop server&apos;s manager made.</source>
        <translation>Enter the pairing code that the shop server&apos;s manager made.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the certificate file %1.</source>
        <translation>Cannot read the certificate file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no certificate (a PEM file is needed).</source>
        <translation>%1 holds no certificate (a PEM file is needed).</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Sent %1, received %2</source>
        <extracomment>While a sync round runs: events sent to the shop server, cards fetched from it</extracomment>
        <translation>Sent %1, received %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (shop %2)</source>
        <extracomment>The shop this register is paired with: its name and its number</extracomment>
        <translation>%1 (shop %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2, by %3 at %4</source>
        <extracomment>A conflict: what this register did (e.g. &quot;Voucher redeemed&quot;), for which card, by whom, when</extracomment>
        <translation>%1 — %2, by %3 at %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First redeemed at %1, %2</source>
        <extracomment>A conflict: the register that redeemed the voucher first, and when</extracomment>
        <translation>First redeemed at %1, %2</translation>
    </message>
</context>
<context>
    <name>stampdesk::SyncStatus</name>
    <message>
        <location filename="../src/app/syncstatus.cpp" line="+81"/>
        <source>Online</source>
        <extracomment>The register&apos;s connection to the backend, in one word</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Offline — not connected to a shop server</source>
        <extracomment>The register is not paired with the shop&apos;s server: it works on its own</extracomment>
        <translation>Offline — not connected to a shop server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing with the shop server…</source>
        <translation>Syncing with the shop server…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online — connected to the shop server</source>
        <extracomment>The register&apos;s last sync reached the shop&apos;s server</extracomment>
        <translation>Online — connected to the shop server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — the shop server cannot be reached; changes are kept and sent later</source>
        <extracomment>The last sync did not reach the shop&apos;s server; changes are kept</extracomment>
        <translation>Offline — the shop server cannot be reached; changes are kept and sent later</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes waiting to sync: unknown</source>
        <translation>Changes waiting to sync: unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to sync</source>
        <translation>Nothing waiting to sync</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to sync</source>
        <extracomment>Ledger events (stamps, vouchers…) recorded here and not yet sent to the backend</extracomment>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>? waiting</source>
        <extracomment>The number of changes waiting to sync is unknown (the database cannot say)</extracomment>
        <translation>? waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all sent</source>
        <extracomment>Short, in the header: every change has been sent to the backend</extracomment>
        <translation>all sent</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <extracomment>Short, in the header: this many changes wait to be sent to the backend</extracomment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::CameraSource</name>
    <message>
        <location filename="../src/scan/camerasource.cpp" line="+149"/>
        <source>The camera &quot;%1&quot; is not connected. Connect it, or scan with the barcode scanner, or type the code.</source>
        <translation>The camera &quot;%1&quot; is not connected. Connect it, or scan with the barcode scanner, or type the code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold the code up to the camera (%1).</source>
        <extracomment>%1 is the camera&apos;s name, e.g. &quot;HD Webcam C270&quot;</extracomment>
        <translation>Hold the code up to the camera (%1).</translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::FileSource</name>
    <message>
        <location filename="../src/scan/filesource.cpp" line="+110"/>
        <source>Opening %1…</source>
        <extracomment>The virtual camera: a video or picture file shown instead of a webcam</extracomment>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 instead of a camera.</source>
        <translation>Showing %1 instead of a camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot show %1: %2</source>
        <translation>Cannot show %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no picture: it may not be a video file, or the GStreamer plugins for its format are missing.</source>
        <translation>%1 gives no picture: it may not be a video file, or the GStreamer plugins for its format are missing.</translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::FrameSource</name>
    <message>
        <location filename="../src/scan/framesource.cpp" line="+97"/>
        <source>The camera is off.</source>
        <translation>The camera is off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera is connected. Scan with the barcode scanner, or type the code.</source>
        <translation>No camera is connected. Scan with the barcode scanner, or type the code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the code up to the camera.</source>
        <translation>Hold the code up to the camera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera gives no picture. Another program may be using it: close that program, or unplug the camera and plug it in again.</source>
        <translation>The camera gives no picture. Another program may be using it: close that program, or unplug the camera and plug it in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A camera is connected, but this user account may not use it. Ask the administrator to give it access to the camera (the &quot;video&quot; group).</source>
        <translation>A camera is connected, but this user account may not use it. Ask the administrator to give it access to the camera (the &quot;video&quot; group).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera does not work.</source>
        <translation>The camera does not work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not work: %1</source>
        <translation>The camera does not work: %1</translation>
    </message>
</context>
</TS>
