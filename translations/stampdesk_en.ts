<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../qml/CounterPage.qml" line="+91"/>
        <source>Find a customer&apos;s card</source>
        <translation>Find a customer&apos;s card</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Card number, phone number or name</source>
        <translation>Card number, phone number or name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read: %1</source>
        <extracomment>Under a refused code&apos;s message; %1 is the text the scanner read</extracomment>
        <translation>Read: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</source>
        <translation>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</translation>
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
        <location filename="../qml/Main.qml" line="+20"/>
        <location line="+41"/>
        <source>Stampdesk</source>
        <extracomment>The product&apos;s name, the window&apos;s title</extracomment>
        <translation>Stampdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stamp cards and vouchers</source>
        <extracomment>Subtitle beside the product name in the window&apos;s header</extracomment>
        <translation>Stamp cards and vouchers</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../src/core/refusal.cpp" line="+47"/>
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
        <location filename="../src/store/storeerror.cpp" line="+54"/>
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
</context>
<context>
    <name>Viewfinder</name>
    <message>
        <location filename="../qml/Viewfinder.qml" line="+53"/>
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
    <name>stampdesk::Rules</name>
    <message>
        <location filename="../src/core/rules.cpp" line="+97"/>
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
