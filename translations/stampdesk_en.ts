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
        <location filename="../qml/Main.qml" line="+22"/>
        <location line="+64"/>
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
        <location line="+42"/>
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
        <location line="+65"/>
        <source>Enter: find · Esc: start over · Ctrl+L: language</source>
        <translation>Enter: find · Esc: start over · Ctrl+L: language</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</source>
        <translation>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stampdesk %1</source>
        <extracomment>In the window&apos;s footer; %1 is the version number</extracomment>
        <translation>Stampdesk %1</translation>
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
        <location filename="../src/store/storeerror.cpp" line="+51"/>
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
</context>
<context>
    <name>stampdesk::CardLookup</name>
    <message>
        <location filename="../src/app/cardlookup.cpp" line="+44"/>
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
        <location line="+10"/>
        <source>the phone number needs 6 to 15 digits</source>
        <translation>the phone number needs 6 to 15 digits</translation>
    </message>
</context>
</TS>
