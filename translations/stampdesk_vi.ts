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
        <translation>Thẻ tích điểm và phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+65"/>
        <source>Enter: find · Esc: start over · Ctrl+L: language</source>
        <translation>Enter: tìm · Esc: làm lại · Ctrl+L: ngôn ngữ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Scan the card&apos;s QR code, or type the card number or the customer&apos;s phone number, then press Enter.</source>
        <translation>Quét mã QR trên thẻ, hoặc nhập số thẻ hay số điện thoại của khách, rồi nhấn Enter.</translation>
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
        <location filename="../src/store/storeerror.cpp" line="+51"/>
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
</context>
<context>
    <name>stampdesk::CardLookup</name>
    <message>
        <location filename="../src/app/cardlookup.cpp" line="+44"/>
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
        <location line="+10"/>
        <source>the phone number needs 6 to 15 digits</source>
        <translation>số điện thoại cần có từ 6 đến 15 chữ số</translation>
    </message>
</context>
</TS>
