<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../qml/CardPanel.qml" line="+30"/>
        <source>Customer without a name</source>
        <translation>Khách chưa có tên</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked</source>
        <extracomment>A card&apos;s status</extracomment>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No phone number</source>
        <translation>Không có số điện thoại</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This card is blocked: it gets no stamps and its vouchers cannot be redeemed. Ask the manager.</source>
        <translation>Thẻ này đã bị khóa: không được đóng dấu và không đổi được phiếu quà tặng. Hãy hỏi quản lý.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n stamp(s)</source>
        <extracomment>Progress on the card: &quot;3 of 8 stamps&quot;</extracomment>
        <translation>
            <numerusform>%1/%n dấu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cards completed</source>
        <extracomment>How many times the card was filled up</extracomment>
        <translation>Số lần đủ dấu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamps in all</source>
        <translation>Tổng số dấu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vouchers ready</source>
        <translation>Phiếu quà tặng chờ đổi</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../qml/CounterPage.qml" line="+91"/>
        <source>Find a customer&apos;s card</source>
        <translation>Tìm thẻ của khách</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Card number, phone number or name</source>
        <translation>Số thẻ, số điện thoại hoặc tên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read: %1</source>
        <extracomment>Under a refused code&apos;s message; %1 is the text the scanner read</extracomment>
        <translation>Đã đọc: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</source>
        <translation>Quét mã QR trên thẻ, hoặc nhập số thẻ hay số điện thoại của khách, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/LanguageSwitch.qml" line="+56"/>
        <source>Switch the language (Ctrl+L)</source>
        <translation>Đổi ngôn ngữ (Ctrl+L)</translation>
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
        <translation>Thẻ tích điểm và phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter: find · Esc: start over · Ctrl+L: language</source>
        <translation>Enter: tìm · Esc: làm lại · Ctrl+L: ngôn ngữ</translation>
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
        <translation>không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1 is not a Stampdesk private key file</source>
        <translation>%1 không phải tệp khóa bí mật của Stampdesk</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+35"/>
        <source>%1 is not a Stampdesk public key file</source>
        <translation>%1 không phải tệp khóa công khai của Stampdesk</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 đã tồn tại; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This register does not sign codes: its shop&apos;s codes are signed by the backend, which makes the wallet passes.</source>
        <translation>Quầy này không ký mã: mã của cửa hàng do máy chủ ký, nơi tạo thẻ trong ví.</translation>
    </message>
</context>
<context>
    <name>PayloadError</name>
    <message>
        <location filename="../src/core/payload.cpp" line="+161"/>
        <source>This is not a loyalty card or voucher code. Ask the customer to show the card or voucher in their wallet app, or find the card by phone number.</source>
        <extracomment>A scanned barcode or QR code that is not a loyalty card or voucher</extracomment>
        <translation>Đây không phải mã thẻ tích điểm hay mã phiếu quà tặng. Hãy nhờ khách mở thẻ hoặc phiếu trong ứng dụng ví, hoặc tìm thẻ theo số điện thoại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card or voucher code is of a newer kind than this register can read. Update Stampdesk, or find the card by the customer&apos;s phone number.</source>
        <translation>Mã thẻ hoặc phiếu này thuộc loại mới hơn mà quầy này chưa đọc được. Hãy cập nhật Stampdesk, hoặc tìm thẻ theo số điện thoại của khách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code was not read completely. Scan it again; on a phone, turn the screen brightness up.</source>
        <translation>Mã chưa được đọc trọn vẹn. Hãy quét lại; nếu mã trên điện thoại, hãy tăng độ sáng màn hình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not genuine: it was altered or forged. Do not give stamps or rewards for it, and tell the manager.</source>
        <translation>Mã này không hợp lệ: đã bị sửa hoặc làm giả. Không tích điểm hay đổi quà cho mã này, và báo cho quản lý.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register does not have the key that signed this code yet. Connect the register to the internet so that it can update, then scan again.</source>
        <extracomment>&quot;key&quot;: the cryptographic key that signs the codes, not a door key</extracomment>
        <translation>Quầy này chưa có khóa đã ký mã này. Hãy kết nối quầy với Internet để cập nhật, rồi quét lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card or voucher belongs to another shop and cannot be used here.</source>
        <translation>Thẻ hoặc phiếu này thuộc cửa hàng khác và không dùng được ở đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redeem code %1 has a typo. Check it against the voucher and type it again.</source>
        <extracomment>A redeem code: the short code printed on a voucher, typed by the cashier</extracomment>
        <translation>Mã đổi quà %1 bị gõ sai. Hãy đối chiếu với phiếu và gõ lại.</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <location line="+11"/>
        <source>A redeem code is typed, not signed: only cards and vouchers have a signed code.</source>
        <translation>Mã đổi quà được gõ tay, không được ký: chỉ thẻ và phiếu quà tặng mới có mã được ký.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a card or voucher id (16 letters and digits).</source>
        <translation>&quot;%1&quot; không phải mã thẻ hay mã phiếu (16 chữ cái và chữ số).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code could not be signed.</source>
        <translation>Không ký được mã.</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../qml/ProgrammePanel.qml" line="+20"/>
        <source>Free item</source>
        <translation>Món miễn phí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add-on</source>
        <translation>Món thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perk</source>
        <translation>Ưu đãi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer redeems it on the phone</source>
        <translation>Khách tự đổi trên điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cashier scans the voucher and confirms</source>
        <translation>Thu ngân quét phiếu quà tặng và xác nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cashier scans or types the voucher&apos;s code</source>
        <translation>Thu ngân quét hoặc nhập mã của phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No waiting time</source>
        <translation>Không cần chờ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stamp card programme</source>
        <extracomment>Heading over the shop&apos;s stamp-card programme</extracomment>
        <translation>Chương trình tích điểm</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n stamp(s)</source>
        <extracomment>The stamp goal, shown large: &quot;8 stamps&quot;</extracomment>
        <translation>
            <numerusform>%n dấu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>earn a voucher for</source>
        <extracomment>Between the stamp goal and the reward: &quot;8 stamps / earn a voucher for / A free coffee&quot;</extracomment>
        <translation>để nhận phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Redemption</source>
        <translation>Cách đổi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vouchers valid for</source>
        <translation>Hạn dùng phiếu quà tặng</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expiry</source>
        <translation>Không hết hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamps per visit</source>
        <translation>Số dấu mỗi lượt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At most %n</source>
        <translation>
            <numerusform>Tối đa %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between two visits</source>
        <translation>Giữa hai lần đóng dấu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vouchers redeemable</source>
        <translation>Nơi đổi phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only at %1</source>
        <translation>Chỉ tại %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every location</source>
        <translation>Tại mọi chi nhánh</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../src/core/refusal.cpp" line="+47"/>
        <source>Choose at least one stamp.</source>
        <translation>Hãy chọn ít nhất một dấu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n stamp(s) can be added in one visit.</source>
        <translation>
            <numerusform>Mỗi lượt chỉ được đóng tối đa %n dấu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card was stamped moments ago. It can be stamped again from %1.</source>
        <translation>Thẻ này vừa được đóng dấu. Có thể đóng dấu tiếp từ %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is blocked. Ask the manager.</source>
        <translation>Thẻ này đã bị khóa. Hãy hỏi quản lý.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is already blocked.</source>
        <translation>Thẻ đã bị khóa từ trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card is already active.</source>
        <translation>Thẻ vẫn đang hoạt động.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card details are not valid: %1</source>
        <translation>Thông tin thẻ không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher was already redeemed on %1. Do not give the reward again.</source>
        <translation>Phiếu quà tặng này đã được đổi lúc %1. Đừng trao quà lần nữa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher was already redeemed on %1 at %2. Do not give the reward again.</source>
        <translation>Phiếu quà tặng này đã được đổi lúc %1 tại %2. Đừng trao quà lần nữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher expired on %1. It can no longer be redeemed.</source>
        <translation>Phiếu quà tặng này đã hết hạn lúc %1 và không thể đổi được nữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher was voided because the stamps that earned it were undone.</source>
        <translation>Phiếu quà tặng này đã bị hủy vì các dấu tạo ra nó đã được hoàn tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher was voided. It can no longer be redeemed.</source>
        <translation>Phiếu quà tặng này đã bị hủy và không thể đổi được nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voucher was voided (%1). It can no longer be redeemed.</source>
        <translation>Phiếu quà tặng này đã bị hủy (%1) và không thể đổi được nữa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voucher can only be redeemed at %1.</source>
        <translation>Phiếu quà tặng này chỉ đổi được tại %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer redeems this voucher on the phone; it cannot be redeemed at the register.</source>
        <translation>Khách tự đổi phiếu quà tặng này trên điện thoại; không thể đổi tại quầy thu ngân.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voucher is redeemed by a cashier at the register.</source>
        <translation>Phiếu quà tặng này do thu ngân đổi tại quầy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only adding stamps can be undone.</source>
        <translation>Chỉ có thể hoàn tác việc đóng dấu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These stamps were already undone.</source>
        <translation>Các dấu này đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These stamps cannot be undone: the reward they earned was already redeemed.</source>
        <translation>Không thể hoàn tác các dấu này: phần quà mà chúng mang lại đã được đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme is not valid: %1</source>
        <translation>Chương trình tích điểm không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message numerus="yes">
        <location filename="../qml/StampRow.qml" line="+24"/>
        <source>%1 of %n stamp(s)</source>
        <translation>
            <numerusform>%1/%n dấu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../qml/StartupError.qml" line="+18"/>
        <source>Stampdesk cannot start</source>
        <translation>Không thể khởi động Stampdesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stampdesk cannot open its database</source>
        <translation>Stampdesk không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../src/store/storeerror.cpp" line="+54"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Stampdesk database (it is not a database at all). It was left untouched; choose the right file.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Stampdesk (thậm chí không phải là cơ sở dữ liệu). Tệp được giữ nguyên; hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the database of another program, not of Stampdesk. It was left untouched; choose the right file.</source>
        <translation>%1 là cơ sở dữ liệu của một chương trình khác, không phải của Stampdesk. Tệp được giữ nguyên; hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer version of Stampdesk. Update Stampdesk to open it.</source>
        <translation>%1 được ghi bởi một phiên bản Stampdesk mới hơn. Hãy cập nhật Stampdesk để mở tệp này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 is damaged and was left untouched. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng và được giữ nguyên. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận với một chương trình khác. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be written or read (%1). Nothing was changed.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu (%1). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Không tìm thấy &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code &quot;%1&quot; has a typo. Check it and type it again.</source>
        <translation>Mã &quot;%1&quot; bị gõ sai. Hãy kiểm tra và nhập lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This register already signs with its own key number %1; a different key with that number was not added.</source>
        <extracomment>&quot;key&quot;: a cryptographic key that signs card and voucher codes</extracomment>
        <translation>Quầy này đã ký bằng khóa riêng số %1; một khóa khác cùng số đó không được thêm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This would leave the shop without a manager. Make another member a manager first.</source>
        <translation>Như vậy cửa hàng sẽ không còn quản lý nào. Hãy cho một nhân viên khác làm quản lý trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A staff member needs a name.</source>
        <extracomment>%1 is the name given for a staff member</extracomment>
        <translation>Nhân viên cần có tên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a staff member called &quot;%1&quot;. Choose another name.</source>
        <translation>Đã có nhân viên tên &quot;%1&quot;. Hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>Viewfinder</name>
    <message>
        <location filename="../qml/Viewfinder.qml" line="+53"/>
        <source>Starting…</source>
        <extracomment>Shown where the camera&apos;s picture would be</extracomment>
        <translation>Đang khởi động…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No picture</source>
        <translation>Không có hình</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 frames/s · %2 ms each</source>
        <extracomment>The code scanner&apos;s speed: frames read per second, and milliseconds per frame</extracomment>
        <translation>%1 khung hình/giây · %2 ms mỗi khung</translation>
    </message>
</context>
<context>
    <name>stampdesk-cli decode</name>
    <message>
        <location filename="../src/cli/decodecommands.cpp" line="+57"/>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not an image that can be read (%1)</source>
        <translation>không phải hình ảnh đọc được (%1)</translation>
    </message>
</context>
<context>
    <name>stampdesk::CardLookup</name>
    <message>
        <location filename="../src/app/cardlookup.cpp" line="+37"/>
        <source>Type a card number, a phone number or a name, then press Enter.</source>
        <translation>Nhập số thẻ, số điện thoại hoặc tên, rồi nhấn Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card matches &quot;%1&quot;. Check the number, or try the phone number.</source>
        <translation>Không có thẻ nào khớp với &quot;%1&quot;. Hãy kiểm tra lại số, hoặc thử tìm bằng số điện thoại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one card matches &quot;%1&quot;. Type the whole card number or phone number.</source>
        <translation>Có nhiều thẻ khớp với &quot;%1&quot;. Hãy nhập đầy đủ số thẻ hoặc số điện thoại.</translation>
    </message>
</context>
<context>
    <name>stampdesk::Rules</name>
    <message>
        <location filename="../src/core/rules.cpp" line="+97"/>
        <source>the stamp goal must be between 1 and 1000</source>
        <translation>số dấu cần đạt phải từ 1 đến 1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reward needs a name in Vietnamese and in English</source>
        <translation>phần quà cần có tên bằng tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reward name is longer than 100 characters</source>
        <translation>tên phần quà dài quá 100 ký tự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vouchers must stay valid between 1 and 3650 days</source>
        <translation>hạn dùng của phiếu quà tặng phải từ 1 đến 3650 ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stamps per visit must be between 1 and 1000</source>
        <translation>số dấu mỗi lượt phải từ 1 đến 1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cooldown must be between 0 minutes and 7 days</source>
        <translation>thời gian chờ giữa hai lần đóng dấu phải từ 0 phút đến 7 ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name is longer than 100 characters</source>
        <translation>tên dài quá 100 ký tự</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the phone number needs 6 to 15 digits</source>
        <translation>số điện thoại cần có từ 6 đến 15 chữ số</translation>
    </message>
</context>
<context>
    <name>stampdesk::ScanReport</name>
    <message>
        <location filename="../src/app/scanreport.cpp" line="+24"/>
        <source>Voucher %1 scanned. Redeem it with the checkout (coming soon).</source>
        <extracomment>%1 is the voucher&apos;s number</extracomment>
        <translation>Đã quét phiếu %1. Đổi phiếu này ở phần thanh toán (sắp có).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeem code %1 scanned. Redeem it with the checkout (coming soon).</source>
        <extracomment>%1 is the voucher&apos;s redeem code, e.g. ABCDE-FGHJK</extracomment>
        <translation>Đã quét mã đổi quà %1. Đổi mã này ở phần thanh toán (sắp có).</translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::CameraSource</name>
    <message>
        <location filename="../src/scan/camerasource.cpp" line="+149"/>
        <source>The camera &quot;%1&quot; is not connected. Connect it, or scan with the barcode scanner, or type the code.</source>
        <translation>Camera &quot;%1&quot; chưa được kết nối. Hãy kết nối camera, hoặc quét bằng máy quét mã vạch, hoặc gõ mã.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold the code up to the camera (%1).</source>
        <extracomment>%1 is the camera&apos;s name, e.g. &quot;HD Webcam C270&quot;</extracomment>
        <translation>Đưa mã trước camera (%1).</translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::FileSource</name>
    <message>
        <location filename="../src/scan/filesource.cpp" line="+110"/>
        <source>Opening %1…</source>
        <extracomment>The virtual camera: a video or picture file shown instead of a webcam</extracomment>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 instead of a camera.</source>
        <translation>Đang hiển thị %1 thay cho camera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tệp &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot show %1: %2</source>
        <translation>Không hiển thị được %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no picture: it may not be a video file, or the GStreamer plugins for its format are missing.</source>
        <translation>%1 không cho ra hình: có thể đây không phải tệp video, hoặc thiếu plugin GStreamer cho định dạng này.</translation>
    </message>
</context>
<context>
    <name>stampdesk::scan::FrameSource</name>
    <message>
        <location filename="../src/scan/framesource.cpp" line="+97"/>
        <source>The camera is off.</source>
        <translation>Camera đang tắt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera is connected. Scan with the barcode scanner, or type the code.</source>
        <translation>Chưa kết nối camera nào. Hãy quét bằng máy quét mã vạch, hoặc gõ mã.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the code up to the camera.</source>
        <translation>Đưa mã trước camera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera gives no picture. Another program may be using it: close that program, or unplug the camera and plug it in again.</source>
        <translation>Camera không cho ra hình. Có thể chương trình khác đang dùng camera: hãy đóng chương trình đó, hoặc rút camera ra rồi cắm lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A camera is connected, but this user account may not use it. Ask the administrator to give it access to the camera (the &quot;video&quot; group).</source>
        <translation>Đã kết nối camera, nhưng tài khoản người dùng này không được phép dùng. Hãy nhờ quản trị viên cấp quyền dùng camera (nhóm &quot;video&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera does not work.</source>
        <translation>Camera không hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera does not work: %1</source>
        <translation>Camera không hoạt động: %1</translation>
    </message>
</context>
</TS>
