<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../qml/ActivityPanel.qml" line="+23"/>
        <source>Today</source>
        <extracomment>Heading of the list of what happened today at this register</extracomment>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not undo</source>
        <extracomment>Give up an undo that waits for a manager&apos;s PIN</extracomment>
        <translation>Không hoàn tác</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing yet today.</source>
        <translation>Hôm nay chưa có gì.</translation>
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
        <translation>bởi %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo (PIN)</source>
        <extracomment>Take back a stamp or a redemption; &quot;(PIN)&quot; when it needs a manager&apos;s PIN</extracomment>
        <translation>Hoàn tác (PIN)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/sync/apiresult.cpp" line="+69"/>
        <source>The shop&apos;s server cannot be reached. Sales go on; stamps will be sent later.</source>
        <translation>Không kết nối được máy chủ của cửa hàng. Vẫn bán hàng bình thường; dấu sẽ được gửi sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server is not answering. Sales go on; stamps will be sent later.</source>
        <translation>Máy chủ của cửa hàng không trả lời. Vẫn bán hàng bình thường; dấu sẽ được gửi sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server could not prove who it is, so nothing was sent. Ask the manager to check the server&apos;s address and certificate.</source>
        <translation>Máy chủ của cửa hàng không chứng minh được danh tính nên chưa gửi gì. Hãy nhờ quản lý kiểm tra địa chỉ và chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s server no longer accepts this register. Ask the manager to pair it again.</source>
        <translation>Máy chủ của cửa hàng không còn chấp nhận quầy này. Hãy nhờ quản lý ghép nối lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s server refused the request (%1).</source>
        <extracomment>%1 is a machine-readable reason sent by the server, e.g. &quot;invalid-request&quot;.</extracomment>
        <translation>Máy chủ của cửa hàng từ chối yêu cầu (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server has a problem. Sales go on; stamps will be sent later.</source>
        <translation>Máy chủ của cửa hàng đang gặp sự cố. Vẫn bán hàng bình thường; dấu sẽ được gửi sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server is busy. Sales go on; stamps will be sent later.</source>
        <translation>Máy chủ của cửa hàng đang bận. Vẫn bán hàng bình thường; dấu sẽ được gửi sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s address.</source>
        <translation>Máy chủ của cửa hàng trả lời theo cách quầy này không đọc được. Hãy nhờ quản lý kiểm tra địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to the shop&apos;s server was cancelled.</source>
        <translation>Yêu cầu gửi máy chủ của cửa hàng đã bị hủy.</translation>
    </message>
</context>
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
        <location filename="../qml/CounterPage.qml" line="+124"/>
        <source>Card, phone, name or code</source>
        <extracomment>Placeholder of the search field: a card&apos;s number, a phone number, a customer&apos;s name or a voucher&apos;s code</extracomment>
        <translation>Thẻ, SĐT, tên hoặc mã</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Find</source>
        <extracomment>Looks up what was typed in the search field</extracomment>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New card (F2)</source>
        <extracomment>Opens the dialog that makes a card; F2 is its key</extracomment>
        <translation>Thẻ mới (F2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Scan the card&apos;s or the voucher&apos;s QR code, or type the card number, the customer&apos;s phone number or a voucher code, then press Enter.</source>
        <translation>Quét mã QR của thẻ hoặc phiếu, hoặc gõ số thẻ, số điện thoại của khách hay mã phiếu, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>CounterResult</name>
    <message>
        <location filename="../qml/CounterResult.qml" line="+74"/>
        <source>Read: %1</source>
        <extracomment>Under a refused code&apos;s message; %1 is the text the scanner read</extracomment>
        <translation>Đã đọc: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New voucher: %1 · code %2 · %3</source>
        <extracomment>%1 is the reward, %2 its redeem code, %3 e.g. &quot;Valid until 23/01/2027&quot;</extracomment>
        <translation>Phiếu mới: %1 · mã %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n voucher(s) issued in all.</source>
        <extracomment>More than one voucher was issued at once</extracomment>
        <translation>
            <numerusform>Đã phát tổng cộng %n phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>A new card starts with %1 of %n stamp(s).</source>
        <extracomment>After a voucher was issued; %1 stamps already on the new card</extracomment>
        <translation>
            <numerusform>Thẻ mới bắt đầu với %1/%n dấu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the card</source>
        <extracomment>After a refusal: show the customer&apos;s card again</extracomment>
        <translation>Quay lại thẻ</translation>
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
        <location filename="../qml/Main.qml" line="+55"/>
        <location line="+76"/>
        <source>Stampdesk</source>
        <extracomment>The product&apos;s name, the window&apos;s title</extracomment>
        <translation>Stampdesk</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The settings are for managers. A manager&apos;s PIN opens them.</source>
        <translation>Phần cài đặt dành cho quản lý. Cần mã PIN của quản lý để mở.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stamp cards and vouchers</source>
        <extracomment>Subtitle beside the product name in the window&apos;s header, before the shop has a name</extracomment>
        <translation>Thẻ tích điểm và phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Few redeem codes left</source>
        <translation>Sắp hết mã đổi quà</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n conflict(s)</source>
        <extracomment>In the header: sync conflicts nobody has looked at yet</extracomment>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Switch</source>
        <extracomment>Hands the register over to another staff member</extracomment>
        <translation>Đổi người</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+79"/>
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
    <name>NewCardDialog</name>
    <message>
        <location filename="../qml/NewCardDialog.qml" line="+45"/>
        <source>New card</source>
        <extracomment>Title of the dialog that makes a card at the counter</extracomment>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and phone number are optional; with a phone number the card can be found without the code.</source>
        <translation>Tên và số điện thoại không bắt buộc; có số điện thoại thì tìm được thẻ mà không cần mã.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <extracomment>Placeholder: the customer&apos;s name</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone number</source>
        <extracomment>Placeholder: the customer&apos;s phone number</extracomment>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · card %2</source>
        <translation>%1 · thẻ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card %1</source>
        <translation>Thẻ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card&apos;s QR code</source>
        <translation>Mã QR của thẻ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer photographs this code, or you print it. It works at every register of the shop.</source>
        <translation>Khách chụp lại mã này, hoặc bạn in ra. Mã dùng được ở mọi quầy của cửa hàng.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Make the card</source>
        <extracomment>Make the new card</extracomment>
        <translation>Tạo thẻ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PNG</source>
        <extracomment>Save the card&apos;s code as a picture</extracomment>
        <translation>Lưu thành PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <extracomment>Close the dialog; after a card was made, it is shown at the counter</extracomment>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <name>PinDialog</name>
    <message>
        <location filename="../qml/PinDialog.qml" line="+16"/>
        <source>A manager&apos;s PIN is needed for this.</source>
        <translation>Việc này cần mã PIN của quản lý.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manager&apos;s PIN</source>
        <extracomment>Title of the dialog that asks for a manager&apos;s PIN</extracomment>
        <translation>Mã PIN của quản lý</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="+147"/>
        <source>Delete the last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the PIN</source>
        <translation>Nhập mã PIN</translation>
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
        <location filename="../src/core/refusal.cpp" line="+60"/>
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
    <message>
        <location line="+2"/>
        <source>This voucher has not been redeemed, so there is no redemption to undo.</source>
        <translation>Phiếu này chưa được đổi, nên không có lần đổi nào để hoàn tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card with this number already exists.</source>
        <translation>Đã có thẻ mang số này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know this card.</source>
        <translation>Máy chủ của cửa hàng không biết thẻ này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know this voucher.</source>
        <translation>Máy chủ của cửa hàng không biết phiếu quà tặng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s server does not know the stamps this undo takes back.</source>
        <translation>Máy chủ của cửa hàng không biết các dấu mà lần hoàn tác này lấy lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the stamps of all registers together, this card has not earned this voucher (stamps were undone elsewhere). The voucher is not valid.</source>
        <translation>Tính cả dấu của mọi quầy, thẻ này chưa đủ để nhận phiếu quà tặng này (dấu đã được hoàn tác ở quầy khác). Phiếu không hợp lệ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This POS code is already on another voucher (%1). Give the customer a new code.</source>
        <translation>Mã POS này đã gắn với một phiếu khác (%1). Hãy đưa khách một mã mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s server cannot be reached, and this shop does not allow redeeming offline. Try again when the register is online.</source>
        <translation>Không kết nối được máy chủ của cửa hàng, và cửa hàng không cho phép đổi phiếu khi ngoại tuyến. Hãy thử lại khi máy tính tiền có mạng.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="+14"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamps and vouchers of every register of the shop.</source>
        <translation>Dấu và phiếu quà tặng của mọi quầy trong cửa hàng.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Save this month as a CSV file</source>
        <translation>Lưu tháng này thành tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for %1</source>
        <translation>Để trống để dùng %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file saved</extracomment>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>ServerApi</name>
    <message>
        <location filename="../src/server/serverapi.cpp" line="+113"/>
        <source>There is nothing here.</source>
        <translation>Không có gì ở đây.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not answer. Try again later.</source>
        <translation>Máy chủ không trả lời được. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This method is not allowed here.</source>
        <translation>Phương thức này không được phép ở đây.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This register is not paired with the shop, or its pairing was revoked. Pair it again.</source>
        <translation>Quầy này chưa được ghép nối với cửa hàng, hoặc việc ghép nối đã bị thu hồi. Hãy ghép nối lại.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request is larger than %1 bytes.</source>
        <translation>Yêu cầu lớn hơn %1 byte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Nội dung không phải JSON hợp lệ: %1 tại byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>Nội dung phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown field</source>
        <translation>%1: trường không xác định</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: required</source>
        <translation>%1: bắt buộc</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected text of 1 to 100 characters</source>
        <translation>%1: cần văn bản dài 1 đến 100 ký tự</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pairing code is unknown, used or expired. Ask the shop for a new one.</source>
        <translation>Mã ghép nối không tồn tại, đã dùng hoặc đã hết hạn. Hãy xin cửa hàng mã mới.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cursor: not a cursor this server gave</source>
        <translation>cursor: không phải con trỏ do máy chủ này cấp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit: expected a whole number from 1 to 1000</source>
        <translation>limit: cần một số nguyên từ 1 đến 1000</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: expected an object</source>
        <translation>%1: cần một đối tượng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.id: expected text of 1 to 100 characters</source>
        <translation>%1.id: cần văn bản dài 1 đến 100 ký tự</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.registerId: not the register of this token</source>
        <translation>%1.registerId: không phải quầy của mã truy cập này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.cardId: required</source>
        <translation>%1.cardId: bắt buộc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>events: expected a list</source>
        <translation>events: cần một danh sách</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A push may carry at most %1 events.</source>
        <translation>Mỗi lần gửi chỉ được tối đa %1 sự kiện.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events: expected 1 to %1 events</source>
        <translation>events: cần từ 1 đến %1 sự kiện</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>event.type: expected voucher.redeemed</source>
        <translation>event.type: cần voucher.redeemed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event.voucherId: not the voucher of this address</source>
        <translation>event.voucherId: không phải phiếu của địa chỉ này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no voucher %1.</source>
        <translation>Không có phiếu quà tặng %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>event.cardId: not the card of this voucher</source>
        <translation>event.cardId: không phải thẻ của phiếu này</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <location filename="../src/server/servercli.cpp" line="+149"/>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen phải có dạng ĐỊA_CHỈ:CỔNG, ví dụ 127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert và --tls-key phải đi cùng nhau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 không chứa chứng chỉ PEM nào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM private key</source>
        <translation>%1 không chứa khóa bí mật PEM nào</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot watch for signals</source>
        <translation>không theo dõi được tín hiệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot listen on %1</source>
        <translation>không lắng nghe được trên %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Programme saved.</source>
        <translation>Đã lưu chương trình.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Register %1 revoked: its token no longer works.</source>
        <translation>Đã thu hồi quầy %1: mã truy cập của quầy không còn dùng được.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every card matches the replay of the accepted events.</source>
        <translation>Mọi thẻ đều khớp với việc dựng lại từ các sự kiện đã chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences found:</source>
        <translation>Phát hiện khác biệt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown admin command &apos;%1&apos;</source>
        <translation>lệnh quản trị không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>lệnh không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--db PATH is required</source>
        <translation>cần --db ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--listen ADDRESS:PORT is required to serve</source>
        <translation>cần --listen ĐỊA_CHỈ:CỔNG để phục vụ</translation>
    </message>
</context>
<context>
    <name>SettingsBackup</name>
    <message>
        <location filename="../qml/SettingsBackup.qml" line="+15"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a copy of everything on this register: cards, vouchers, the ledger, staff and settings. Keep copies on another disk too.</source>
        <translation>Bản sao lưu là bản sao của mọi thứ trên quầy này: thẻ, phiếu quà tặng, nhật ký sự kiện, nhân viên và cài đặt. Hãy giữ thêm bản sao trên một ổ đĩa khác.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up to</source>
        <translation>Sao lưu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new file; the register keeps working meanwhile.</source>
        <translation>Một tệp mới; quầy vẫn hoạt động trong lúc sao lưu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backups in %1</source>
        <translation>Các bản sao lưu trong %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups in this folder yet.</source>
        <translation>Thư mục này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to restore it.</source>
        <translation>Chọn một bản để khôi phục.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Restore from</source>
        <translation>Khôi phục từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces everything on this register with the backup. The database as it is now is kept beside it first.</source>
        <translation>Thay toàn bộ dữ liệu trên quầy này bằng bản sao lưu. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh trước khi thay.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything on this register (cards, vouchers, the ledger, staff, settings and the link with the shop&apos;s server) is replaced by %1. The database as it is now is kept as a safety copy beside it. From then on the staff and PINs of the backup apply.</source>
        <translation>Mọi thứ trên quầy này (thẻ, phiếu quà tặng, nhật ký sự kiện, nhân viên, cài đặt và kết nối với máy chủ của cửa hàng) sẽ được thay bằng %1. Cơ sở dữ liệu hiện tại được giữ làm bản sao an toàn bên cạnh. Từ đó trở đi, nhân viên và mã PIN trong bản sao lưu sẽ có hiệu lực.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace everything and restore</source>
        <translation>Thay toàn bộ và khôi phục</translation>
    </message>
</context>
<context>
    <name>SettingsCodes</name>
    <message>
        <location filename="../qml/SettingsCodes.qml" line="+16"/>
        <source>Redeem codes</source>
        <translation>Mã đổi quà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the codes your POS made, as a CSV file with the codes in the first column. Each new voucher gets the next code, and the cashier can redeem it by that code.</source>
        <translation>Nhập các mã do máy POS tạo, dưới dạng tệp CSV có mã ở cột đầu tiên. Mỗi phiếu mới nhận mã kế tiếp, và thu ngân có thể đổi phiếu bằng mã đó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting for vouchers</source>
        <extracomment>Redeem codes not yet on a voucher</extracomment>
        <translation>đang chờ gắn vào phiếu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on vouchers so far</source>
        <translation>đã gắn vào phiếu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full path, e.g. /home/shop/Documents/codes.csv</source>
        <translation>Đường dẫn đầy đủ, ví dụ /home/shop/Documents/codes.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added: %1 · already known: %2 · not imported: %3</source>
        <extracomment>After an import: %1 codes added, %2 codes known already, %3 lines not imported</extracomment>
        <translation>Đã thêm: %1 · đã có: %2 · không nhập được: %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="+43"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+62"/>
        <source>Programme and reward</source>
        <translation>Chương trình và phần thưởng</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem codes</source>
        <translation>Mã đổi quà</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This register</source>
        <translation>Quầy này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop server</source>
        <translation>Máy chủ cửa hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Back to the counter</source>
        <extracomment>Leaves the settings for the cashier&apos;s screen</extracomment>
        <translation>Quay lại quầy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes apply to vouchers issued from now on; vouchers already issued keep their reward.</source>
        <translation>Thay đổi áp dụng cho các phiếu phát từ bây giờ; phiếu đã phát giữ nguyên phần thưởng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the programme</source>
        <translation>Lưu chương trình</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
</context>
<context>
    <name>SettingsProgrammeForm</name>
    <message>
        <location filename="../qml/SettingsProgrammeForm.qml" line="+18"/>
        <source>Stamps for a reward</source>
        <translation>Số dấu để nhận thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching this number issues a voucher; extra stamps count towards the next one.</source>
        <translation>Đủ số dấu này thì được phát một phiếu; dấu dư được tính cho lần sau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reward name</source>
        <translation>Tên phần thưởng</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>In Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+33"/>
        <source>In English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reward description</source>
        <translation>Mô tả phần thưởng</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kind of reward</source>
        <translation>Loại phần thưởng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A free item</source>
        <extracomment>A kind of reward</extracomment>
        <translation>Món miễn phí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An add-on</source>
        <extracomment>A kind of reward: something extra with a purchase</extracomment>
        <translation>Món thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An upgrade</source>
        <extracomment>A kind of reward: a bigger size or better product</extracomment>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A perk</source>
        <extracomment>A kind of reward: any other advantage</extracomment>
        <translation>Ưu đãi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How vouchers are redeemed</source>
        <translation>Cách đổi phiếu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By the customer, on the phone</source>
        <translation>Khách tự đổi trên điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned and confirmed by the cashier</source>
        <translation>Thu ngân quét và xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a redeem code</source>
        <translation>Bằng mã đổi quà</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity</source>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouchers expire after</source>
        <translation>Phiếu hết hạn sau</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>day(s)</source>
        <extracomment>After a number of days, as in &quot;Vouchers expire after [60] days&quot;</extracomment>
        <translation>
            <numerusform>ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most stamps per visit</source>
        <translation>Số dấu tối đa mỗi lần đến</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Least time between two stamps on a card</source>
        <translation>Khoảng cách tối thiểu giữa hai lần đóng dấu trên một thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In minutes; 0 for none.</source>
        <translation>Tính bằng phút; 0 là không giới hạn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where vouchers may be redeemed</source>
        <translation>Nơi được đổi phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for any register of the shop.</source>
        <translation>Để trống thì đổi được ở mọi quầy của cửa hàng.</translation>
    </message>
</context>
<context>
    <name>SettingsRegister</name>
    <message>
        <location filename="../qml/SettingsRegister.qml" line="+24"/>
        <source>This register</source>
        <translation>Quầy này</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shop name</source>
        <translation>Tên cửa hàng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Register name</source>
        <translation>Tên quầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in the activity and in refusals, e.g. &quot;Counter 1&quot;.</source>
        <translation>Hiển thị trong hoạt động và khi từ chối, ví dụ &quot;Quầy 1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this register is; vouchers tied to a location are redeemed only there.</source>
        <translation>Nơi đặt quầy này; phiếu gắn với một địa điểm chỉ đổi được ở đó.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sounds for stamps, vouchers and refusals</source>
        <translation>Âm thanh khi đóng dấu, phát phiếu và từ chối</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection to the shop&apos;s server (pairing, sync and conflicts) is in the &quot;Shop server&quot; tab.</source>
        <translation>Kết nối với máy chủ của cửa hàng (ghép nối, đồng bộ và xung đột) nằm ở thẻ &quot;Máy chủ cửa hàng&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <location filename="../qml/SettingsServer.qml" line="+16"/>
        <source>Shop server</source>
        <translation>Máy chủ cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This register sends its changes to the shop&apos;s server and fetches the other registers&apos; on its own, every 30 seconds and after each action.</source>
        <translation>Quầy này tự gửi các thay đổi của mình lên máy chủ của cửa hàng và nhận thay đổi của các quầy khác, mỗi 30 giây và sau mỗi thao tác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair this register with the shop&apos;s server so that every register and the customers&apos; wallet passes agree. Until then it works on its own.</source>
        <translation>Hãy ghép nối quầy này với máy chủ của cửa hàng để mọi quầy và thẻ trong ví của khách luôn khớp nhau. Trước khi ghép nối, quầy hoạt động độc lập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the shop server&apos;s manager gives it, e.g. https://shop.example:8443.</source>
        <translation>Theo địa chỉ người quản lý máy chủ cửa hàng cung cấp, ví dụ https://shop.example:8443.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pairing code</source>
        <translation>Mã ghép nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-time code from the shop server (stampdesk-server admin pairing-code).</source>
        <translation>Mã dùng một lần lấy từ máy chủ cửa hàng (stampdesk-server admin pairing-code).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA certificate (optional)</source>
        <translation>Chứng chỉ CA (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path of a PEM file, only for a server with a certificate of its own.</source>
        <translation>Đường dẫn tới một tệp PEM, chỉ cần cho máy chủ dùng chứng chỉ riêng.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pair</source>
        <extracomment>Pairs this register with the shop&apos;s server</extracomment>
        <translation>Ghép nối</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This register</source>
        <translation>Quầy này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last sync</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <extracomment>The register has never reached the shop&apos;s server</extracomment>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: the shop&apos;s server accepted everything this register sent.</source>
        <translation>Không có: máy chủ của cửa hàng đã chấp nhận mọi thứ quầy này gửi.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Mark all as seen</source>
        <translation>Đánh dấu tất cả là đã xem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unpair this register</source>
        <translation>Hủy ghép nối quầy này</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unpair this register?</source>
        <translation>Hủy ghép nối quầy này?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register stops syncing with the shop&apos;s server. Its cards and history stay here; changes not yet sent wait until it is paired again.</source>
        <translation>Quầy sẽ ngừng đồng bộ với máy chủ của cửa hàng. Thẻ và lịch sử vẫn được giữ ở đây; các thay đổi chưa gửi sẽ chờ đến khi quầy được ghép nối lại.</translation>
    </message>
</context>
<context>
    <name>SettingsStaff</name>
    <message>
        <location filename="../qml/SettingsStaff.qml" line="+15"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who works the register signs in with a PIN. Managers also open the settings and approve late undos.</source>
        <translation>Mọi người làm việc ở quầy đều đăng nhập bằng mã PIN. Quản lý còn mở được phần cài đặt và duyệt các lần hoàn tác muộn.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+95"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Works here</source>
        <extracomment>A staff member who still works at the shop</extracomment>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New PIN…</source>
        <translation>Mã PIN mới…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+67"/>
        <source>The same PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Save the PIN</source>
        <translation>Lưu mã PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new member</source>
        <translation>Nhân viên mới</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>Mã PIN (4 đến 8 chữ số)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add the member</source>
        <translation>Thêm nhân viên</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="+77"/>
        <source>Who is at the register?</source>
        <translation>Ai đang đứng quầy?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your name, then type your PIN.</source>
        <translation>Chọn tên của bạn, rồi nhập mã PIN.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PIN of %1</source>
        <extracomment>Above the PIN pad; %1 is the staff member&apos;s name</extracomment>
        <translation>Mã PIN của %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose your name first</source>
        <translation>Hãy chọn tên trước</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wait %n second(s) before trying again.</source>
        <extracomment>%n is the number of seconds until the member may type a PIN again</extracomment>
        <translation>
            <numerusform>Chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCard</name>
    <message>
        <location filename="../qml/StampCard.qml" line="+35"/>
        <source>One stamp less</source>
        <translation>Bớt một dấu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stamps to add: %1</source>
        <translation>Số dấu sẽ thêm: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One stamp more</source>
        <translation>Thêm một dấu</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Add %n stamp(s)</source>
        <extracomment>The main button at the counter; %n is how many stamps it adds</extracomment>
        <translation>
            <numerusform>Thêm %n dấu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Enter adds them · + and − change the number (at most %n per visit)</source>
        <extracomment>%n is the most stamps one visit may get</extracomment>
        <translation>
            <numerusform>Enter để thêm · + và − để đổi số lượng (tối đa %n mỗi lần đến)</numerusform>
        </translation>
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
    <name>Startup</name>
    <message>
        <location filename="../src/gui/main.cpp" line="+398"/>
        <source>Stampdesk is already open on %1: its window was brought to the front.</source>
        <translation>Stampdesk đã mở sẵn trên %1: cửa sổ của nó đã được đưa lên trước.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stampdesk is already open on %1 (process %2) but does not answer. Close it, or restart the computer, then start Stampdesk again.</source>
        <translation>Stampdesk đã mở sẵn trên %1 (tiến trình %2) nhưng không phản hồi. Hãy đóng nó, hoặc khởi động lại máy tính, rồi mở lại Stampdesk.</translation>
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
        <location filename="../src/store/storeerror.cpp" line="+60"/>
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
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid value for the setting %2.</source>
        <extracomment>%1 is a value that was given, %2 the name of a setting (e.g. language)</extracomment>
        <translation>&quot;%1&quot; không phải giá trị hợp lệ cho cài đặt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is this register&apos;s own database. Choose another file.</source>
        <translation>%1 là cơ sở dữ liệu của chính quầy này. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already and was left untouched. Choose another name for the backup.</source>
        <translation>%1 đã tồn tại và được giữ nguyên. Hãy chọn tên khác cho bản sao lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: its folder does not exist or may not be written to. Choose another folder.</source>
        <translation>Không thể ghi %1: thư mục của tệp không tồn tại hoặc không được phép ghi. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full: %1 could not be written. Free some space and try again; nothing was changed.</source>
        <translation>Ổ đĩa đã đầy: không thể ghi %1. Hãy giải phóng dung lượng rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged (it fails the integrity check) and was not restored. Nothing was changed; choose another backup.</source>
        <translation>%1 bị hỏng (không qua được kiểm tra toàn vẹn) nên không được khôi phục. Không có gì bị thay đổi; hãy chọn bản sao lưu khác.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="+39"/>
        <source>This register is not paired with the shop&apos;s server. A manager pairs it in Settings.</source>
        <translation>Quầy này chưa được ghép nối với máy chủ của cửa hàng. Quản lý ghép nối trong phần Cài đặt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not know this pairing code, or it was used or has expired. Ask for a new one on the shop server (stampdesk-server admin pairing-code).</source>
        <translation>Máy chủ không nhận ra mã ghép nối này, hoặc mã đã được dùng hay đã hết hạn. Hãy lấy mã mới trên máy chủ cửa hàng (stampdesk-server admin pairing-code).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop&apos;s server gave an answer this register cannot read. Ask the manager to check the server&apos;s version.</source>
        <translation>Máy chủ của cửa hàng trả lời theo cách quầy này không đọc được. Hãy nhờ quản lý kiểm tra phiên bản của máy chủ.</translation>
    </message>
</context>
<context>
    <name>Viewfinder</name>
    <message>
        <location filename="../qml/Viewfinder.qml" line="+107"/>
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
    <name>VoucherList</name>
    <message>
        <location filename="../qml/VoucherList.qml" line="+27"/>
        <source>Vouchers ready (%1)</source>
        <extracomment>Heading over a card&apos;s vouchers</extracomment>
        <translation>Phiếu sẵn sàng (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The customer redeems it on the phone</source>
        <translation>Khách tự đổi trên điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code %1 · %2</source>
        <extracomment>%1 is the voucher&apos;s redeem code, %2 e.g. &quot;Valid until 23/01/2027&quot;</extracomment>
        <translation>Mã %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redeem</source>
        <extracomment>Button beside a voucher: open it to redeem it</extracomment>
        <translation>Đổi</translation>
    </message>
</context>
<context>
    <name>VoucherPanel</name>
    <message>
        <location filename="../qml/VoucherPanel.qml" line="+64"/>
        <source>Customer</source>
        <extracomment>Whose voucher it is</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer without a name</source>
        <translation>Khách chưa có tên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redemption</source>
        <extracomment>How the voucher is redeemed</extracomment>
        <translation>Cách đổi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <extracomment>The voucher&apos;s redeem code</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validity</source>
        <extracomment>Until when the voucher can be used</extracomment>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking with the shop&apos;s server…</source>
        <translation>Đang kiểm tra với máy chủ của cửa hàng…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Confirm redemption</source>
        <extracomment>Consume the voucher: the customer gets the reward now</extracomment>
        <translation>Xác nhận đổi phiếu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <extracomment>Leave the voucher as it is</extracomment>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>VoucherView</name>
    <message>
        <location filename="../src/app/voucherlistmodel.cpp" line="+23"/>
        <source>The customer redeems it on the phone</source>
        <extracomment>How a voucher is redeemed</extracomment>
        <translation>Khách tự đổi trên điện thoại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cashier confirms it</source>
        <extracomment>How a voucher is redeemed</extracomment>
        <translation>Thu ngân xác nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemed with its code</source>
        <extracomment>How a voucher is redeemed: with the short code printed on it</extracomment>
        <translation>Đổi bằng mã của phiếu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready</source>
        <extracomment>A voucher&apos;s state: it can be used</extracomment>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemed</source>
        <extracomment>A voucher&apos;s state</extracomment>
        <translation>Đã đổi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <extracomment>A voucher&apos;s state</extracomment>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voided</source>
        <extracomment>A voucher&apos;s state: cancelled, it can no longer be used</extracomment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not expire</source>
        <translation>Không hết hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation>Đã hết hạn ngày %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Có hạn đến %1</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../qml/WizardPage.qml" line="+60"/>
        <source>Setting up Stampdesk · step %1 of %2</source>
        <extracomment>%1 is the step shown, %2 the number of steps</extracomment>
        <translation>Cài đặt Stampdesk · bước %1/%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Welcome! Which language should Stampdesk speak?</source>
        <translation>Xin chào! Stampdesk nên dùng ngôn ngữ nào?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can switch at any time, in the header or in the settings.</source>
        <translation>Bạn có thể đổi bất cứ lúc nào, ở thanh trên cùng hoặc trong phần cài đặt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>What is the shop called?</source>
        <translation>Cửa hàng tên là gì?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Cà phê Đào</source>
        <translation>ví dụ Cà phê Đào</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who manages the shop?</source>
        <translation>Ai quản lý cửa hàng?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager signs in with a PIN of 4 to 8 digits, opens the settings and adds the other staff.</source>
        <translation>Quản lý đăng nhập bằng mã PIN 4 đến 8 chữ số, mở phần cài đặt và thêm các nhân viên khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manager&apos;s name</source>
        <translation>Tên người quản lý</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The stamp card and its reward</source>
        <translation>Thẻ tích điểm và phần thưởng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All set!</source>
        <translation>Đã xong!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is signed in. Scan a customer&apos;s card, or create one at the counter. More staff, redeem codes and reports are in the settings.</source>
        <extracomment>%1 is the manager&apos;s name</extracomment>
        <translation>%1 đã đăng nhập. Hãy quét thẻ của khách, hoặc tạo thẻ mới tại quầy. Thêm nhân viên, mã đổi quà và báo cáo nằm trong phần cài đặt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open the counter</source>
        <translation>Mở quầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Tiếp</translation>
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
    <name>stampdesk::ActivityModel</name>
    <message>
        <location filename="../src/app/activitymodel.cpp" line="+121"/>
        <source>New card</source>
        <extracomment>In today&apos;s activity: a card was made</extracomment>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card status changed</source>
        <extracomment>In today&apos;s activity: a card was blocked or unblocked</extracomment>
        <translation>Đổi trạng thái thẻ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps added</source>
        <translation>Đã thêm dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps undone</source>
        <translation>Đã hoàn tác dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher issued</source>
        <translation>Đã phát phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher redeemed</source>
        <translation>Đã đổi phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher voided</source>
        <translation>Đã hủy phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption undone</source>
        <translation>Đã hoàn tác lần đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme changed</source>
        <translation>Đã đổi chương trình</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>+%n stamp(s)</source>
        <extracomment>In today&apos;s activity: stamps added to a card</extracomment>
        <translation>
            <numerusform>+%n dấu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>−%n stamp(s)</source>
        <extracomment>In today&apos;s activity: stamps taken back</extracomment>
        <translation>
            <numerusform>−%n dấu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stamps were undone</source>
        <translation>Các dấu đã được hoàn tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a phone number</source>
        <translation>có số điện thoại</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nobody is signed in. Sign in first: every undo is recorded under the name of the staff member signed in.</source>
        <translation>Chưa có ai đăng nhập. Hãy đăng nhập trước: mỗi lần hoàn tác được ghi dưới tên nhân viên đang đăng nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only stamps and redemptions can be taken back, once.</source>
        <translation>Chỉ có thể hoàn tác dấu và lần đổi phiếu, và chỉ một lần.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This was more than %n minute(s) ago: a manager&apos;s PIN is needed to take it back.</source>
        <translation>
            <numerusform>Việc này đã hơn %n phút trước: cần mã PIN của quản lý để hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back.</source>
        <translation>Đã hoàn tác.</translation>
    </message>
</context>
<context>
    <name>stampdesk::BackupController</name>
    <message>
        <location filename="../src/app/backupcontroller.cpp" line="+82"/>
        <source>A backup or restore is under way. Wait until it ends.</source>
        <translation>Đang sao lưu hoặc khôi phục. Hãy đợi đến khi xong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can back up or restore the database.</source>
        <translation>Chỉ quản lý mới được sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup file first.</source>
        <translation>Hãy chọn một tệp sao lưu trước.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backed up to %1 (%2).</source>
        <translation>Đã sao lưu vào %1 (%2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from %1. The database as it was before is kept in %2.</source>
        <translation>Đã khôi phục từ %1. Cơ sở dữ liệu trước khi khôi phục được giữ tại %2.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CardCode</name>
    <message>
        <location filename="../src/app/cardcode.cpp" line="+70"/>
        <source>Nobody is signed in. Sign in first: every new card is recorded under the name of the staff member signed in.</source>
        <translation>Chưa có ai đăng nhập. Hãy đăng nhập trước: mỗi thẻ mới được ghi dưới tên nhân viên đang đăng nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture could not be saved in %1. Check that the folder can be written.</source>
        <translation>Không lưu được hình vào %1. Hãy kiểm tra quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Đã lưu thành %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop&apos;s codes are signed by its backend: the card&apos;s code reaches the customer&apos;s wallet after the next sync. Until then, find the card by phone number.</source>
        <translation>Mã của cửa hàng này do máy chủ ký: mã thẻ sẽ đến ví của khách sau lần đồng bộ tới. Trong lúc chờ, hãy tìm thẻ theo số điện thoại.</translation>
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
    <name>stampdesk::CheckoutSession</name>
    <message>
        <location filename="../src/app/checkoutsession.cpp" line="+128"/>
        <source>Sign in to confirm: every redemption is recorded under the name of the staff member signed in.</source>
        <translation>Hãy đăng nhập để xác nhận: mỗi lần đổi phiếu được ghi dưới tên nhân viên đang đăng nhập.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n stamp(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n dấu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stamp(s) added. The card is full: the customer gets %1.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>
            <numerusform>Đã thêm %n dấu. Thẻ đã đủ: khách được nhận %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeemed offline: give the customer %1. It will be confirmed when the register is back online.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>Đã đổi khi ngoại tuyến: hãy trao cho khách %1. Việc đổi sẽ được xác nhận khi máy tính tiền có mạng trở lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeemed. Give the customer %1.</source>
        <extracomment>%1 is the reward, e.g. &quot;A free coffee&quot;</extracomment>
        <translation>Đã đổi. Hãy trao cho khách %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody is signed in. Sign in first: every stamp and redemption is recorded under the name of the staff member signed in.</source>
        <translation>Chưa có ai đăng nhập. Hãy đăng nhập trước: mỗi lần đóng dấu và đổi phiếu được ghi dưới tên nhân viên đang đăng nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is genuine but not in this register&apos;s records yet (it was made at another register). Connect the register so that it can sync, or add the stamps when it is.</source>
        <translation>Thẻ này hợp lệ nhưng chưa có trong dữ liệu của quầy này (thẻ được tạo ở quầy khác). Hãy kết nối quầy để đồng bộ, hoặc thêm dấu sau khi đã đồng bộ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This voucher is genuine but not in this register&apos;s records yet (it was issued at another register). Connect the register so that it can sync, or find the card by the customer&apos;s phone number.</source>
        <translation>Phiếu này hợp lệ nhưng chưa có trong dữ liệu của quầy này (phiếu được phát ở quầy khác). Hãy kết nối quầy để đồng bộ, hoặc tìm thẻ theo số điện thoại của khách.</translation>
    </message>
</context>
<context>
    <name>stampdesk::CodeStockController</name>
    <message>
        <location filename="../src/app/codestockcontroller.cpp" line="+37"/>
        <source>No redeem codes are left: new vouchers get none. Import more codes from the POS.</source>
        <translation>Đã hết mã đổi quà: phiếu mới sẽ không có mã. Hãy nhập thêm mã từ máy POS.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only %n redeem code(s) left. Import more codes from the POS soon.</source>
        <extracomment>%n is the number of POS redeem codes left</extracomment>
        <translation>
            <numerusform>Chỉ còn %n mã đổi quà. Hãy sớm nhập thêm mã từ máy POS.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type the path of the CSV file with the codes.</source>
        <translation>Hãy gõ đường dẫn của tệp CSV chứa các mã.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is too large for a list of codes.</source>
        <translation>Tệp %1 quá lớn để là một danh sách mã.</translation>
    </message>
</context>
<context>
    <name>stampdesk::Pins</name>
    <message>
        <location filename="../src/core/staff.cpp" line="+145"/>
        <source>A PIN needs at least %1 digits.</source>
        <extracomment>%1 is the least number of digits of a PIN</extracomment>
        <translation>Mã PIN cần ít nhất %1 chữ số.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN has at most %1 digits.</source>
        <extracomment>%1 is the most digits a PIN may have</extracomment>
        <translation>Mã PIN có tối đa %1 chữ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN is made of digits only.</source>
        <translation>Mã PIN chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (all one digit, or digits in a row). Choose another.</source>
        <translation>Mã PIN này quá dễ đoán (toàn một chữ số, hoặc các chữ số liên tiếp). Hãy chọn mã khác.</translation>
    </message>
</context>
<context>
    <name>stampdesk::RegisterSettings</name>
    <message>
        <location filename="../src/app/registersettings.cpp" line="+65"/>
        <source>The computer&apos;s default camera</source>
        <extracomment>The camera choice that follows the computer&apos;s own default camera</extracomment>
        <translation>Camera mặc định của máy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not connected)</source>
        <translation>%1 (chưa kết nối)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the shop&apos;s name, as customers know it.</source>
        <translation>Hãy gõ tên cửa hàng, như khách vẫn biết.</translation>
    </message>
</context>
<context>
    <name>stampdesk::ReportModel</name>
    <message>
        <location filename="../src/app/reportmodel.cpp" line="+30"/>
        <source>Stamps added</source>
        <translation>Đã thêm dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers issued</source>
        <translation>Phiếu đã phát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers redeemed</source>
        <translation>Phiếu đã đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards created</source>
        <translation>Thẻ đã tạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamps undone</source>
        <translation>Đã hoàn tác dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemptions undone</source>
        <translation>Lần đổi đã hoàn tác</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Today, %1</source>
        <extracomment>Above the figures of today; %1 is the date</extracomment>
        <translation>Hôm nay, %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The report cannot be saved to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Không lưu được báo cáo vào %1: %2</translation>
    </message>
</context>
<context>
    <name>stampdesk::Rules</name>
    <message>
        <location filename="../src/core/rules.cpp" line="+100"/>
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
    <name>stampdesk::SetupWizard</name>
    <message>
        <location filename="../src/app/setupwizard.cpp" line="+116"/>
        <source>Type the shop&apos;s name, as customers know it.</source>
        <translation>Hãy gõ tên cửa hàng, như khách vẫn biết.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s name is longer than 100 characters.</source>
        <translation>Tên cửa hàng dài hơn 100 ký tự.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the manager&apos;s name.</source>
        <translation>Hãy gõ tên người quản lý.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some values of the programme need a change: see the messages below them.</source>
        <translation>Một vài giá trị của chương trình cần sửa: xem thông báo bên dưới từng mục.</translation>
    </message>
</context>
<context>
    <name>stampdesk::StaffEditor</name>
    <message>
        <location filename="../src/app/staffeditor.cpp" line="+34"/>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Hai mã PIN không giống nhau. Hãy gõ mã PIN mới hai lần.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the new member&apos;s name.</source>
        <translation>Hãy gõ tên nhân viên mới.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can sign in now.</source>
        <translation>%1 đã có thể đăng nhập.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 đã có mã PIN mới.</translation>
    </message>
</context>
<context>
    <name>stampdesk::StaffSession</name>
    <message>
        <location filename="../src/app/staffsession.cpp" line="+82"/>
        <source>This staff member is not known here, or no longer active. Ask a manager.</source>
        <translation>Nhân viên này không có ở đây, hoặc không còn làm việc. Hãy hỏi quản lý.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active manager to approve this.</source>
        <translation>Không có quản lý nào đang làm việc để duyệt việc này.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong PIN. Too many wrong PINs: try again after %1.</source>
        <translation>Sai mã PIN. Nhập sai quá nhiều lần: hãy thử lại sau %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN. One more wrong PIN and you must wait before trying again.</source>
        <translation>Sai mã PIN. Sai thêm một lần nữa thì phải chờ mới được thử lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong PIN. %n more wrong PIN(s) allowed before a wait.</source>
        <extracomment>%n is how many more wrong PINs are allowed before the member must wait</extracomment>
        <translation>
            <numerusform>Sai mã PIN. Còn được sai %n lần nữa trước khi phải chờ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stampdesk::SyncService</name>
    <message>
        <location filename="../src/app/syncservice.cpp" line="+207"/>
        <source>Enter the shop server&apos;s address, e.g. https://shop.example:8443.</source>
        <extracomment>Pairing with the shop&apos;s server: the address typed is not one</extracomment>
        <translation>Hãy nhập địa chỉ máy chủ của cửa hàng, ví dụ https://shop.example:8443.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the pairing code that the shop server&apos;s manager made.</source>
        <translation>Hãy nhập mã ghép nối do người quản lý máy chủ của cửa hàng tạo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the certificate file %1.</source>
        <translation>Không đọc được tệp chứng chỉ %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no certificate (a PEM file is needed).</source>
        <translation>%1 không chứa chứng chỉ nào (cần một tệp PEM).</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Sent %1, received %2</source>
        <extracomment>While a sync round runs: events sent to the shop server, cards fetched from it</extracomment>
        <translation>Đã gửi %1, đã nhận %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (shop %2)</source>
        <extracomment>The shop this register is paired with: its name and its number</extracomment>
        <translation>%1 (cửa hàng %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2, by %3 at %4</source>
        <extracomment>A conflict: what this register did (e.g. &quot;Voucher redeemed&quot;), for which card, by whom, when</extracomment>
        <translation>%1 — %2, do %3 lúc %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First redeemed at %1, %2</source>
        <extracomment>A conflict: the register that redeemed the voucher first, and when</extracomment>
        <translation>Đã được đổi trước tại %1, %2</translation>
    </message>
</context>
<context>
    <name>stampdesk::SyncStatus</name>
    <message>
        <location filename="../src/app/syncstatus.cpp" line="+81"/>
        <source>Online</source>
        <extracomment>The register&apos;s connection to the backend, in one word</extracomment>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Offline — not connected to a shop server</source>
        <extracomment>The register is not paired with the shop&apos;s server: it works on its own</extracomment>
        <translation>Ngoại tuyến — chưa kết nối với máy chủ cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing with the shop server…</source>
        <translation>Đang đồng bộ với máy chủ cửa hàng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online — connected to the shop server</source>
        <extracomment>The register&apos;s last sync reached the shop&apos;s server</extracomment>
        <translation>Trực tuyến — đã kết nối với máy chủ cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — the shop server cannot be reached; changes are kept and sent later</source>
        <extracomment>The last sync did not reach the shop&apos;s server; changes are kept</extracomment>
        <translation>Ngoại tuyến — không kết nối được máy chủ cửa hàng; các thay đổi được giữ lại và gửi sau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes waiting to sync: unknown</source>
        <translation>Thay đổi chờ đồng bộ: không rõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to sync</source>
        <translation>Không có gì chờ đồng bộ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to sync</source>
        <extracomment>Ledger events (stamps, vouchers…) recorded here and not yet sent to the backend</extracomment>
        <translation>
            <numerusform>%n thay đổi chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>? waiting</source>
        <extracomment>The number of changes waiting to sync is unknown (the database cannot say)</extracomment>
        <translation>? chờ gửi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all sent</source>
        <extracomment>Short, in the header: every change has been sent to the backend</extracomment>
        <translation>đã gửi hết</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <extracomment>Short, in the header: this many changes wait to be sent to the backend</extracomment>
        <translation>
            <numerusform>%n chờ gửi</numerusform>
        </translation>
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
