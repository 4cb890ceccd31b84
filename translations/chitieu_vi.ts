<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Agencies</name>
    <message>
        <source>No indicator of its own</source>
        <translation>Không chủ trì chỉ tiêu nào</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Chỉ tiêu %1: %2</translation>
    </message>
    <message>
        <source>L</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>%1 leads indicator %2</source>
        <translation>%1 chủ trì chỉ tiêu %2</translation>
    </message>
    <message>
        <source>C</source>
        <translation>PH</translation>
    </message>
    <message>
        <source>%1 coordinates indicator %2</source>
        <translation>%1 phối hợp thực hiện chỉ tiêu %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The file %1 does not exist. Choose a backup from the list or check the path.</source>
        <translation>Tệp %1 không tồn tại. Hãy chọn một bản sao lưu trong danh sách hoặc kiểm tra đường dẫn.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: check that the folder of the database is writable.</source>
        <translation>Không tạo được thư mục sao lưu %1: hãy kiểm tra thư mục chứa cơ sở dữ liệu có ghi được không.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name for the backup.</source>
        <translation>%1 đã tồn tại: hãy chọn tên khác cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). Check the free space; the database was not changed.</source>
        <translation>Không ghi được bản sao lưu %1 (%2). Hãy kiểm tra dung lượng trống; cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check the folder; the database was not changed.</source>
        <translation>Không ghi được bản sao lưu %1. Hãy kiểm tra thư mục; cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is not a database (%2). Choose a backup of Chỉ Tiêu Trẻ Em.</source>
        <translation>%1 không phải là cơ sở dữ liệu (%2). Hãy chọn một bản sao lưu của Chỉ Tiêu Trẻ Em.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite found: %2). Choose another backup.</source>
        <translation>%1 bị hỏng (SQLite phát hiện: %2). Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>%1 is not a database of Chỉ Tiêu Trẻ Em. Choose one of its backups.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Chỉ Tiêu Trẻ Em. Hãy chọn một bản sao lưu của chương trình.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Chỉ Tiêu Trẻ Em (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
        <translation>%1 được tạo bởi phiên bản Chỉ Tiêu Trẻ Em mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn để khôi phục.</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2. The database was not changed.</source>
        <translation>Không khôi phục được %1: %2. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 could not be restored (%2). The database was not changed; it was also saved as %3.</source>
        <translation>Không khôi phục được %1 (%2). Cơ sở dữ liệu không bị thay đổi; bản sao của nó cũng được lưu tại %3.</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside. Check that the folder is writable.</source>
        <translation>Không chuyển được cơ sở dữ liệu bị hỏng %1 sang chỗ khác. Hãy kiểm tra thư mục có ghi được không.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2. The damaged database was left in place.</source>
        <translation>Không sao chép được %1 vào %2. Cơ sở dữ liệu bị hỏng vẫn được để nguyên.</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Trước khi nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập tệp</translation>
    </message>
    <message>
        <source>First start of the day</source>
        <translation>Lần mở đầu tiên trong ngày</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Catalogue file %1, at %2: %3</source>
        <translation>Tệp danh mục %1, tại %2: %3</translation>
    </message>
    <message>
        <source>a sum needs at least one element</source>
        <translation>một tổng cần ít nhất một mục số liệu</translation>
    </message>
    <message>
        <source>the factor must be above 0</source>
        <translation>hệ số phải lớn hơn 0</translation>
    </message>
    <message>
        <source>the element %1 is declared twice</source>
        <translation>mục số liệu %1 được khai báo hai lần</translation>
    </message>
    <message>
        <source>the measure %1 is declared twice</source>
        <translation>chỉ số %1 được khai báo hai lần</translation>
    </message>
    <message>
        <source>measure %1 refers to indicator %2, which is not declared</source>
        <translation>chỉ số %1 thuộc chỉ tiêu %2, nhưng chỉ tiêu này chưa được khai báo</translation>
    </message>
    <message>
        <source>measure %1 uses the element %2, which is not declared</source>
        <translation>chỉ số %1 dùng mục số liệu %2, nhưng mục này chưa được khai báo</translation>
    </message>
    <message>
        <source>the element %1 is not declared</source>
        <translation>mục số liệu %1 chưa được khai báo</translation>
    </message>
    <message>
        <source>the lead agency %1 is not declared</source>
        <translation>cơ quan chủ trì %1 chưa được khai báo</translation>
    </message>
    <message>
        <source>the agency %1 is not declared</source>
        <translation>cơ quan %1 chưa được khai báo</translation>
    </message>
    <message>
        <source>expected baseline_year &lt; first_year &lt;= last_year</source>
        <translation>cần baseline_year &lt; first_year &lt;= last_year</translation>
    </message>
    <message>
        <source>%1/%2 is not a date</source>
        <translation>%1/%2 không phải là một ngày hợp lệ</translation>
    </message>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation>Không đọc được tệp danh mục %1: %2</translation>
    </message>
    <message>
        <source>The year %1 is outside the plan&apos;s years %2-%3.</source>
        <translation>Năm %1 nằm ngoài giai đoạn của kế hoạch (%2-%3).</translation>
    </message>
    <message>
        <source>The plan has no deliverable %1. Its deliverables are: %2.</source>
        <translation>Kế hoạch không có sản phẩm báo cáo %1. Các sản phẩm báo cáo của Kế hoạch là: %2.</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>cần một văn bản</translation>
    </message>
    <message>
        <source>a deliverable needs at least one reporter role</source>
        <translation>một sản phẩm báo cáo cần ít nhất một vai trò đơn vị báo cáo</translation>
    </message>
    <message>
        <source>a deliverable due once needs a year</source>
        <translation>một sản phẩm báo cáo chỉ nộp một lần cần có năm</translation>
    </message>
    <message>
        <source>give a day and a month, or null for both with &quot;date_set_by_recipient&quot;: true</source>
        <translation>hãy ghi ngày và tháng, hoặc null cho cả hai cùng với &quot;date_set_by_recipient&quot;: true</translation>
    </message>
    <message>
        <source>the deliverable %1 is declared twice</source>
        <translation>sản phẩm báo cáo %1 được khai báo hai lần</translation>
    </message>
    <message>
        <source>the part %1 is neither &quot;figures&quot;, &quot;targets&quot; nor a declared narrative section</source>
        <translation>phần %1 không phải &quot;figures&quot;, &quot;targets&quot; hay một mục báo cáo đã khai báo</translation>
    </message>
    <message>
        <source>the deliverable %1 is not declared</source>
        <translation>sản phẩm báo cáo %1 chưa được khai báo</translation>
    </message>
    <message>
        <source>&quot;via&quot; must be a role that passes the report on to &quot;to&quot;</source>
        <translation>&quot;via&quot; phải là vai trò chuyển tiếp báo cáo lên &quot;to&quot;</translation>
    </message>
    <message>
        <source>the section key %1 is taken</source>
        <translation>khóa mục %1 đã được dùng</translation>
    </message>
    <message>
        <source>write it as a decimal of at most 12 digits, 6 of them after the point (such as 0.005)</source>
        <translation>hãy viết dưới dạng số thập phân có tối đa 12 chữ số, trong đó tối đa 6 chữ số sau dấu chấm (ví dụ 0.005)</translation>
    </message>
    <message>
        <source>The catalogue %1 gives no data date (data_date), so the unit tree of a year cannot be chosen.</source>
        <translation>Danh mục %1 không có ngày chốt số liệu (data_date), nên không chọn được cây đơn vị của một năm.</translation>
    </message>
    <message>
        <source>expected a day of every year written MM-DD, such as 11-30</source>
        <translation>cần một ngày có trong mọi năm, viết theo dạng MM-DD, ví dụ 11-30</translation>
    </message>
    <message>
        <source>the agency %1 is not a declared department</source>
        <translation>cơ quan %1 không phải là một sở, ngành đã khai báo</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, after the one before it</source>
        <translation>cần một ngày viết theo dạng YYYY-MM-DD, sau ngày của dòng trước</translation>
    </message>
    <message>
        <source>assigned_from needs the catalogue&apos;s data_date (the day on which a year&apos;s assignments are read)</source>
        <translation>assigned_from cần data_date của danh mục (ngày dùng để đọc phân công của một năm)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Number of measures</source>
        <translation>Số chỉ số</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Measures met in %1, by group</source>
        <translation>Các chỉ số đạt năm %1, theo nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Measures met in %1, by leading agency</source>
        <translation>Các chỉ số đạt năm %1, theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cannot save the chart as %1. Check that the folder exists and can be written to.</source>
        <translation>Không lưu được biểu đồ thành %1. Hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Plan 208 child-protection targets, command line</source>
        <translation>Chỉ tiêu bảo vệ trẻ em theo Kế hoạch 208, dòng lệnh</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Cách dùng:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 refused input, 2 wrong usage.</source>
        <translation>Mã thoát: 0 thành công, 1 dữ liệu bị từ chối, 2 dùng sai lệnh.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Lệnh %1 không xác định.</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>cần có %1</translation>
    </message>
    <message>
        <source>%1 must be a year such as 2024</source>
        <translation>%1 phải là một năm, ví dụ 2024</translation>
    </message>
    <message>
        <source>%1: %2 values of %3 for %4 would change:</source>
        <translation>%1: %2 giá trị năm %4 của %3 sẽ thay đổi:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>nhập tại máy này</translation>
    </message>
    <message>
        <source>To trust the new key, run the import again with --accept-new-key.</source>
        <translation>Để tin cậy khóa mới, hãy chạy lại lệnh nhập với --accept-new-key.</translation>
    </message>
    <message>
        <source>The changes are listed above; to apply them, run the import again with --accept-changes.</source>
        <translation>Các thay đổi được liệt kê ở trên; để áp dụng, hãy chạy lại lệnh nhập với --accept-changes.</translation>
    </message>
    <message>
        <source>To replace them with the file&apos;s values, run the import again with --overwrite-own.</source>
        <translation>Để thay bằng giá trị trong tệp, hãy chạy lại lệnh nhập với --overwrite-own.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>tham số %1 không hợp lệ ở đây</translation>
    </message>
    <message>
        <source>No .chitieu files were found in %1.</source>
        <translation>Không tìm thấy tệp .chitieu nào trong %1.</translation>
    </message>
    <message>
        <source>%1: valid exchange file (format %2, %3).</source>
        <translation>%1: tệp trao đổi hợp lệ (định dạng %2, %3).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>made</source>
        <translation>ngày lập</translation>
    </message>
    <message>
        <source>by</source>
        <translation>người lập</translation>
    </message>
    <message>
        <source>program</source>
        <translation>chương trình</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>form</source>
        <translation>biểu</translation>
    </message>
    <message>
        <source>content</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>%1 values of %2 units</source>
        <translation>%1 giá trị của %2 đơn vị</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>khóa ký</translation>
    </message>
    <message>
        <source>%1: not valid: %2</source>
        <translation>%1: không hợp lệ: %2</translation>
    </message>
    <message>
        <source>Marked the file of %1 for %2 as returned and wrote %3: send it to the unit.</source>
        <translation>Đã đánh dấu trả lại tệp năm %2 của %1 và ghi %3: hãy gửi tệp này cho đơn vị.</translation>
    </message>
    <message>
        <source>--format must be one of: %1</source>
        <translation>--format phải là một trong: %1</translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with -o FILE</source>
        <translation>--format %1 ghi ra tệp: hãy chỉ rõ bằng -o TỆP</translation>
    </message>
    <message>
        <source>%1 is for reports that people read: use --format %2</source>
        <translation>%1 dành cho báo cáo để người đọc: hãy dùng --format %2</translation>
    </message>
    <message>
        <source>--kind must be mid or final</source>
        <translation>--kind phải là mid hoặc final</translation>
    </message>
    <message>
        <source>--format must be text or csv</source>
        <translation>--format phải là text hoặc csv</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Data elements:</source>
        <translation>Các mục số liệu:</translation>
    </message>
    <message>
        <source>Agencies:</source>
        <translation>Các cơ quan:</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>all received, some late</source>
        <translation>đã nhận đủ, có đơn vị trễ hạn</translation>
    </message>
    <message>
        <source>sent %1, late</source>
        <translation>đã gửi ngày %1, trễ hạn</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>đã gửi ngày %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>lập ngày %1</translation>
    </message>
    <message>
        <source>(returned)</source>
        <translation>(bị trả lại)</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2024-11-20</source>
        <translation>--date phải là ngày viết theo dạng YYYY-MM-DD, ví dụ 2024-11-20</translation>
    </message>
    <message>
        <source>%1, year %2, on %3</source>
        <translation>%1, năm %2, ngày %3</translation>
    </message>
    <message>
        <source>This unit&apos;s data for %1: %2</source>
        <translation>Số liệu năm %1 của đơn vị này: %2</translation>
    </message>
    <message>
        <source>(last file made %1)</source>
        <translation>(tệp gần nhất lập ngày %1)</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>--role must be commune, district, province or department</source>
        <translation>--role phải là commune, district, province hoặc department</translation>
    </message>
    <message>
        <source>The agency %1 is not in the catalogue.</source>
        <translation>Cơ quan %1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2, %3 units, catalogue %4 %5).</source>
        <translation>Cơ sở dữ liệu %1 đã sẵn sàng (lược đồ %2, %3 đơn vị, danh mục %4 %5).</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Nothing was stored from this file.</source>
        <translation>%1, dòng %2: %3 Không lưu số liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>expected unit_code,year,element,value[,comment] but found %1 columns.</source>
        <translation>cần các cột unit_code,year,element,value[,comment] nhưng có %1 cột.</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a number.</source>
        <translation>năm &quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>giá trị &quot;%1&quot; không phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is already given on line %4.</source>
        <translation>%1 %2 %3 đã có ở dòng %4.</translation>
    </message>
    <message>
        <source>%1 values read, %2 changed.</source>
        <translation>Đã đọc %1 giá trị, thay đổi %2.</translation>
    </message>
    <message>
        <source>%1 is not ELEMENT=N</source>
        <translation>%1 không có dạng MỤC=SỐ</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1: giá trị &quot;%2&quot; không phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1 values changed.</source>
        <translation>Đã thay đổi %1 giá trị.</translation>
    </message>
    <message>
        <source>The database file. Without it: %1</source>
        <translation>Tệp cơ sở dữ liệu. Nếu không có: %1</translation>
    </message>
    <message>
        <source>Show this help, or with a command, its options.</source>
        <translation>Hiện hướng dẫn này, hoặc khi kèm một lệnh, các tùy chọn của lệnh đó.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Hiện phiên bản của chương trình.</translation>
    </message>
    <message>
        <source>List the commands, or show the options of one.</source>
        <translation>Liệt kê các lệnh, hoặc hiện các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>The command whose options to show.</source>
        <translation>Lệnh cần xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Hiện các tùy chọn của lệnh này.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>The unit.</source>
        <translation>Đơn vị.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>Năm.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>Apply received exchange files, each whole or not at all.</source>
        <translation>Nhập các tệp trao đổi đã nhận, mỗi tệp nhập trọn vẹn hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>Apply a newer file that changes values already stored.</source>
        <translation>Nhập tệp mới hơn làm thay đổi các giá trị đã lưu.</translation>
    </message>
    <message>
        <source>Let a file replace values typed on this computer.</source>
        <translation>Cho phép tệp thay thế các giá trị đã nhập tại máy này.</translation>
    </message>
    <message>
        <source>Trust a file signed with another key than the unit&apos;s earlier files.</source>
        <translation>Tin cậy tệp được ký bằng khóa khác với các tệp trước đây của đơn vị.</translation>
    </message>
    <message>
        <source>An exchange file, or a folder: its .chitieu files.</source>
        <translation>Một tệp trao đổi, hoặc một thư mục: các tệp .chitieu trong đó.</translation>
    </message>
    <message>
        <source>Check exchange files and show what they hold, without importing them.</source>
        <translation>Kiểm tra các tệp trao đổi và cho biết nội dung, không nhập vào.</translation>
    </message>
    <message>
        <source>An exchange file (.chitieu).</source>
        <translation>Một tệp trao đổi (.chitieu).</translation>
    </message>
    <message>
        <source>Send a unit&apos;s file back with a reason (a signed file) and mark it returned.</source>
        <translation>Trả lại tệp của một đơn vị kèm lý do (một tệp có chữ ký) và đánh dấu đã trả lại.</translation>
    </message>
    <message>
        <source>The unit below.</source>
        <translation>Đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Why the file is returned: what the unit must correct.</source>
        <translation>Lý do trả lại tệp: những gì đơn vị phải sửa.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>&quot;%1 COMMAND --help&quot; shows the options of a command.</source>
        <translation>&quot;%1 LỆNH --help&quot; hiện các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>csv (the default) is for programs; csv-excel (with a byte-order mark for Excel), xlsx and pdf (the official document) are for people.</source>
        <translation>csv (mặc định) dành cho chương trình máy tính; csv-excel (có dấu thứ tự byte cho Excel), xlsx và pdf (văn bản theo thể thức hành chính) dành cho người đọc.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output (needed for xlsx and pdf).</source>
        <translation>Ghi ra tệp này thay vì đầu ra chuẩn (bắt buộc với xlsx và pdf).</translation>
    </message>
    <message>
        <source>Print counts from 1 to 4, and the rates built on them, as &lt;5: for reports shared outside the administration (not with csv).</source>
        <translation>In các số đếm từ 1 đến 4, và các tỷ lệ tính từ chúng, thành &lt;5: cho báo cáo chia sẻ ra ngoài cơ quan nhà nước (không dùng với csv).</translation>
    </message>
    <message>
        <source>Only the indicators this agency leads or coordinates (see chitieu-cli catalogue).</source>
        <translation>Chỉ các chỉ tiêu do cơ quan này chủ trì hoặc phối hợp (xem chitieu-cli catalogue).</translation>
    </message>
    <message>
        <source>The annual report of a unit: every measure against its target.</source>
        <translation>Báo cáo năm của một đơn vị: từng chỉ số so với mục tiêu.</translation>
    </message>
    <message>
        <source>The mid-term or final review of a unit: each measure&apos;s path, those off track.</source>
        <translation>Báo cáo đánh giá giữa kỳ hoặc cuối kỳ của một đơn vị: diễn biến từng chỉ số, các chỉ số chệch hướng.</translation>
    </message>
    <message>
        <source>The mid-term review (to 2023) or the final review (to 2025).</source>
        <translation>Đánh giá giữa kỳ (đến năm 2023) hoặc cuối kỳ (đến năm 2025).</translation>
    </message>
    <message>
        <source>text (the default), or csv with a row per measure.</source>
        <translation>text (mặc định), hoặc csv với mỗi chỉ số một dòng.</translation>
    </message>
    <message>
        <source>Count the days from this date instead of today.</source>
        <translation>Tính số ngày từ ngày này thay vì hôm nay.</translation>
    </message>
    <message>
        <source>Create the database, or set this installation&apos;s unit, role and user.</source>
        <translation>Tạo cơ sở dữ liệu, hoặc đặt đơn vị, vai trò và người dùng của máy này.</translation>
    </message>
    <message>
        <source>Load this unit list (code,name,type,level,parent_code) instead of the built-in one of Thừa Thiên Huế.</source>
        <translation>Nạp danh sách đơn vị này (code,name,type,level,parent_code) thay cho danh sách có sẵn của Thừa Thiên Huế.</translation>
    </message>
    <message>
        <source>The unit this computer serves; its level gives the role.</source>
        <translation>Đơn vị mà máy này phục vụ; cấp của đơn vị quyết định vai trò.</translation>
    </message>
    <message>
        <source>The agency of a department (see chitieu-cli catalogue).</source>
        <translation>Cơ quan của một sở, ngành (xem chitieu-cli catalogue).</translation>
    </message>
    <message>
        <source>The name of the person who uses this computer, kept with each change.</source>
        <translation>Tên người sử dụng máy này, được ghi kèm mỗi thay đổi.</translation>
    </message>
    <message>
        <source>Store the counts of a CSV file: all of them or none.</source>
        <translation>Lưu các số đếm của một tệp CSV: lưu tất cả hoặc không lưu gì.</translation>
    </message>
    <message>
        <source>Rows unit_code,year,element,value[,comment]; a first row of column names is allowed.</source>
        <translation>Các dòng unit_code,year,element,value[,comment]; có thể có một dòng đầu ghi tên cột.</translation>
    </message>
    <message>
        <source>Store counts of one unit and year.</source>
        <translation>Lưu các số đếm của một đơn vị trong một năm.</translation>
    </message>
    <message>
        <source>A comment stored with each of the values.</source>
        <translation>Ghi chú được lưu kèm từng giá trị.</translation>
    </message>
    <message>
        <source>A data element and its count; ELEMENT= clears the value.</source>
        <translation>Một mục số liệu và số đếm của nó; MỤC= xóa giá trị.</translation>
    </message>
    <message>
        <source>commune, district, province or department: the role, when it is not the unit&apos;s level (a department).</source>
        <translation>commune (xã), district (huyện), province (tỉnh) hoặc department (sở, ngành): vai trò, khi không theo cấp của đơn vị (một sở, ngành).</translation>
    </message>
    <message>
        <source>If the newer file is wrong (made with a wrong clock, or sent by mistake) and this one is right, run the import again with --replace-newer: the replacement is recorded in the history.</source>
        <translation>Nếu tệp mới hơn bị sai (tạo trên máy có đồng hồ sai, hoặc gửi nhầm) và tệp này mới đúng, hãy chạy lại lệnh nhập với --replace-newer: việc thay thế được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>%1 other files in the folder are not exchange files (.chitieu) and were left aside.</source>
        <translation>%1 tệp khác trong thư mục không phải là tệp trao đổi (.chitieu) và đã được bỏ qua.</translation>
    </message>
    <message>
        <source>Apply a file older than the one held for its unit and year, replacing it (when the newer one is wrong); recorded in the history.</source>
        <translation>Áp dụng một tệp cũ hơn tệp đang có của đơn vị và năm đó, thay thế tệp mới hơn (khi tệp mới hơn bị sai); việc thay thế được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored from this file.</source>
        <translation>%1 Không có gì từ tệp này được lưu.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3, %4, %5 values of %6 units, %7 sections, made %8. Signing key %9.</source>
        <translation>Đã ghi %1 (%2): %3, %4, %5 giá trị của %6 đơn vị, %7 mục báo cáo, lập lúc %8. Khóa ký %9.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3, %4, %5 sections, made %6. Signing key %7.</source>
        <translation>Đã ghi %1 (%2): %3, %4, %5 mục báo cáo, lập lúc %6. Khóa ký %7.</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>sản phẩm báo cáo</translation>
    </message>
    <message>
        <source>(format 1: the data file)</source>
        <translation>(định dạng 1: tệp số liệu)</translation>
    </message>
    <message>
        <source>Write this unit&apos;s signed exchange file of a deliverable for a year, to send upward.</source>
        <translation>Ghi tệp trao đổi có chữ ký của đơn vị cho một sản phẩm báo cáo của một năm, để gửi lên cấp trên.</translation>
    </message>
    <message>
        <source>The deliverable the file is for (see chitieu-cli deliverables); without it, the unit&apos;s data file.</source>
        <translation>Sản phẩm báo cáo của tệp (xem chitieu-cli deliverables); nếu không ghi: tệp số liệu của đơn vị.</translation>
    </message>
    <message>
        <source>set by the recipient</source>
        <translation>do nơi nhận ấn định</translation>
    </message>
    <message>
        <source>by: %1</source>
        <translation>do: %1</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>gửi: %1</translation>
    </message>
    <message>
        <source>parts: %1%2</source>
        <translation>các phần: %1%2</translation>
    </message>
    <message>
        <source>; with the data file</source>
        <translation>; kèm tệp số liệu</translation>
    </message>
    <message>
        <source>This database has no unit of its own yet: run chitieu-cli init --unit CODE first.</source>
        <translation>Cơ sở dữ liệu này chưa có đơn vị của mình: hãy chạy chitieu-cli init --unit MÃ trước.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>narrative set needs --section and --file</source>
        <translation>narrative set cần --section và --file</translation>
    </message>
    <message>
        <source>This installation writes the reports of %1 only, not of %2: the reports of the units below arrive in their files.</source>
        <translation>Máy này chỉ viết báo cáo của %1, không phải của %2: báo cáo của các đơn vị cấp dưới đến trong tệp của họ.</translation>
    </message>
    <message>
        <source>%1 is made by %2; this installation does not make it.</source>
        <translation>%1 do %2 lập; máy này không lập sản phẩm này.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 and try again.</source>
        <translation>%1 không phải văn bản UTF-8: hãy lưu thành UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <source>The text has %1 characters, more than the %2 a section may have.</source>
        <translation>Văn bản có %1 ký tự, nhiều hơn %2 ký tự cho phép của một mục.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; of %2 for %3.</source>
        <translation>Đã xóa &quot;%1&quot; của %2 năm %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 for %3 was already this text.</source>
        <translation>&quot;%1&quot; của %2 năm %3 đã có đúng nội dung này.</translation>
    </message>
    <message>
        <source>--format must be markdown, html or text</source>
        <translation>--format phải là markdown, html hoặc text</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(chưa viết)</translation>
    </message>
    <message>
        <source>the action must be set or show, not %1</source>
        <translation>thao tác phải là set hoặc show, không phải %1</translation>
    </message>
    <message>
        <source>--comparator must be one of &lt;, &lt;=, &gt; or &gt;=, not %1</source>
        <translation>--comparator phải là một trong &lt;, &lt;=, &gt; hoặc &gt;=, không phải %1</translation>
    </message>
    <message>
        <source>%1 is not %2 or a unit below it: a unit&apos;s own targets are set at its own installation.</source>
        <translation>%1 không phải %2 hay một đơn vị cấp dưới của nó: chỉ tiêu riêng của một đơn vị được đặt tại máy của chính đơn vị đó.</translation>
    </message>
    <message>
        <source>targets %1 needs %2</source>
        <translation>targets %1 cần %2</translation>
    </message>
    <message>
        <source>targets set needs %1</source>
        <translation>targets set cần %1</translation>
    </message>
    <message>
        <source>Set the target of %1 for %2: %3, %4-%5 (%6).</source>
        <translation>Đã đặt chỉ tiêu của %1 cho %2: %3, %4-%5 (%6).</translation>
    </message>
    <message>
        <source>Removed the target of %1 for %2 from %3.</source>
        <translation>Đã xóa chỉ tiêu của %1 cho %2 từ năm %3.</translation>
    </message>
    <message>
        <source>the action must be set, list or remove, not %1</source>
        <translation>thao tác phải là set, list hoặc remove, không phải %1</translation>
    </message>
    <message>
        <source>List what the plan asks each unit to deliver: id, date, who makes it, for whom, its parts.</source>
        <translation>Liệt kê những gì Kế hoạch yêu cầu mỗi đơn vị nộp: mã, hạn, ai lập, gửi ai, các phần.</translation>
    </message>
    <message>
        <source>text (the default), or csv with a row per deliverable.</source>
        <translation>text (mặc định), hoặc csv với mỗi sản phẩm báo cáo một dòng.</translation>
    </message>
    <message>
        <source>Write (set) or print (show) a section of a report: results, difficulties, proposals ...</source>
        <translation>Ghi (set) hoặc in (show) một mục của báo cáo: kết quả, khó khăn, đề xuất ...</translation>
    </message>
    <message>
        <source>The deliverable (see chitieu-cli deliverables).</source>
        <translation>Sản phẩm báo cáo (xem chitieu-cli deliverables).</translation>
    </message>
    <message>
        <source>The section: results, difficulties, proposals, or one the deliverable adds (show: all when not given).</source>
        <translation>Mục: results, difficulties, proposals, hoặc mục do sản phẩm báo cáo thêm (show: tất cả khi không ghi).</translation>
    </message>
    <message>
        <source>set: the text, Markdown (paragraphs, - lists, 1. lists, **bold**, *italic*), UTF-8; - reads the standard input. An empty text removes the section.</source>
        <translation>set: văn bản Markdown (đoạn văn, danh sách -, danh sách 1., **đậm**, *nghiêng*), UTF-8; - đọc từ đầu vào chuẩn. Văn bản rỗng sẽ xóa mục.</translation>
    </message>
    <message>
        <source>show: markdown (the default), the stored html, or plain text.</source>
        <translation>show: markdown (mặc định), html đã lưu, hoặc văn bản thuần.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Việc cần làm.</translation>
    </message>
    <message>
        <source>Set, list or remove a unit&apos;s own targets (from its own plan).</source>
        <translation>Đặt, liệt kê hoặc xóa chỉ tiêu riêng của một đơn vị (theo kế hoạch của đơn vị).</translation>
    </message>
    <message>
        <source>The unit (list: every unit when not given).</source>
        <translation>Đơn vị (list: mọi đơn vị khi không ghi).</translation>
    </message>
    <message>
        <source>The measure, such as 2b.</source>
        <translation>Chỉ số, ví dụ 2b.</translation>
    </message>
    <message>
        <source>The target, such as 0.7 or 0,7.</source>
        <translation>Chỉ tiêu, ví dụ 0.7 hoặc 0,7.</translation>
    </message>
    <message>
        <source>How a value meets it.</source>
        <translation>Cách so sánh giá trị với chỉ tiêu.</translation>
    </message>
    <message>
        <source>The first year it applies to.</source>
        <translation>Năm đầu tiên áp dụng.</translation>
    </message>
    <message>
        <source>The last year it applies to (the plan&apos;s last year when not given).</source>
        <translation>Năm cuối cùng áp dụng (năm cuối của Kế hoạch khi không ghi).</translation>
    </message>
    <message>
        <source>The document that sets it, such as &quot;45/KH-UBND&quot;.</source>
        <translation>Văn bản đặt chỉ tiêu, ví dụ &quot;45/KH-UBND&quot;.</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2024-12-05</source>
        <translation>--date phải là ngày viết theo dạng YYYY-MM-DD, ví dụ 2024-12-05</translation>
    </message>
    <message>
        <source>Deliverables (chitieu-cli deliverables says more):</source>
        <translation>Sản phẩm báo cáo (chitieu-cli deliverables cho biết thêm):</translation>
    </message>
    <message>
        <source>Make this deliverable&apos;s document: its figures, its sections and what it consolidates (see chitieu-cli deliverables). Written to a file, it counts as sent.</source>
        <translation>Lập văn bản của sản phẩm báo cáo này: số liệu, các mục và những gì được tổng hợp (xem chitieu-cli deliverables). Khi đã ghi ra tệp, sản phẩm được tính là đã gửi.</translation>
    </message>
    <message>
        <source>The document&apos;s number and symbol, such as &quot;125/BC-UBND&quot; (default: left blank).</source>
        <translation>Số và ký hiệu văn bản, ví dụ &quot;125/BC-UBND&quot; (mặc định: để trống).</translation>
    </message>
    <message>
        <source>The document&apos;s date (default: today).</source>
        <translation>Ngày của văn bản (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>The lines of &quot;Nơi nhận&quot;, separated by |.</source>
        <translation>Các dòng &quot;Nơi nhận&quot;, cách nhau bởi |.</translation>
    </message>
    <message>
        <source>The issuing body, its lines separated by |.</source>
        <translation>Cơ quan ban hành, các dòng cách nhau bởi |.</translation>
    </message>
    <message>
        <source>List the plan&apos;s measures, data elements, agencies and deliverables.</source>
        <translation>Liệt kê các chỉ số, thành phần số liệu, cơ quan và sản phẩm báo cáo của Kế hoạch.</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>đã nhận %1/%2</translation>
    </message>
    <message>
        <source>changed since sent %1</source>
        <translation>đã thay đổi sau khi gửi ngày %1</translation>
    </message>
    <message>
        <source>Deliverables:</source>
        <translation>Sản phẩm báo cáo:</translation>
    </message>
    <message>
        <source>still to do: %1</source>
        <translation>còn phải làm: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>chưa nộp: %1</translation>
    </message>
    <message>
        <source>This unit&apos;s consolidation for %1: %2</source>
        <translation>Tổng hợp của đơn vị năm %1: %2</translation>
    </message>
    <message>
        <source>Each deliverable with its state and the days left, and who has reported.</source>
        <translation>Mỗi sản phẩm báo cáo với tình trạng và số ngày còn lại, và những đơn vị đã báo cáo.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Đã sao lưu %1 vào %2.</translation>
    </message>
    <message>
        <source>--keep takes a number of backups from 1 to 1000, not %1.</source>
        <translation>--keep cần số bản sao lưu từ 1 đến 1000, không phải %1.</translation>
    </message>
    <message>
        <source>The newest %1 backups are kept from now on.</source>
        <translation>Từ nay giữ lại %1 bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Chưa có bản sao lưu nào trong %1.</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The database as it was is kept as %3.</source>
        <translation>Đã khôi phục %1 vào %2. Cơ sở dữ liệu trước khi khôi phục được giữ tại %3.</translation>
    </message>
    <message>
        <source>Make a consistent copy of the database.</source>
        <translation>Tạo một bản sao nhất quán của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Write the copy here (a new file) instead of the backups folder beside the database.</source>
        <translation>Ghi bản sao vào đây (một tệp mới) thay vì thư mục sao lưu cạnh cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>List the backups beside the database, newest first.</source>
        <translation>Liệt kê các bản sao lưu cạnh cơ sở dữ liệu, mới nhất trước.</translation>
    </message>
    <message>
        <source>Keep the newest N backups from now on (30 at first).</source>
        <translation>Từ nay giữ lại N bản sao lưu mới nhất (mặc định 30).</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the database as it was is backed up first.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu; cơ sở dữ liệu hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <source>The backup (see chitieu-cli backups).</source>
        <translation>Bản sao lưu (xem chitieu-cli backups).</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n mục báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the file even when the form is empty or not complete (it will be received as not complete and not counted).</source>
        <translation>Vẫn ghi tệp khi biểu mẫu còn trống hoặc chưa hoàn thành (cấp trên sẽ nhận là chưa hoàn thành và không tính vào số liệu).</translation>
    </message>
    <message>
        <source>This database has no unit of its own yet, so it cannot say whose forms it may change. Run chitieu-cli init --unit CODE first.</source>
        <translation>Cơ sở dữ liệu này chưa gắn với đơn vị nào nên chưa biết được phép sửa biểu mẫu của ai. Hãy chạy chitieu-cli init --unit MÃ trước.</translation>
    </message>
    <message>
        <source>The form of %1 for %2 is already marked complete.</source>
        <translation>Biểu mẫu của %1 năm %2 đã được đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>Marked the form of %1 for %2 complete: it now counts in the figures above it, and it is read-only until reopened.</source>
        <translation>Đã đánh dấu hoàn thành biểu mẫu của %1 năm %2: từ nay được tính vào số liệu của cấp trên và chỉ được xem cho đến khi mở lại.</translation>
    </message>
    <message>
        <source>Reopened the form of %1 for %2: it can be changed again, and it is not counted above until it is marked complete.</source>
        <translation>Đã mở lại biểu mẫu của %1 năm %2: có thể sửa lại, và không được tính ở cấp trên cho đến khi được đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>The commune.</source>
        <translation>Xã, phường, thị trấn.</translation>
    </message>
    <message>
        <source>Mark a commune&apos;s form for a year complete, after the hard checks (as the entry form does).</source>
        <translation>Đánh dấu hoàn thành biểu mẫu một năm của xã, sau khi qua các kiểm tra bắt buộc (như trên màn hình nhập liệu).</translation>
    </message>
    <message>
        <source>Reopen a completed form, with the reason.</source>
        <translation>Mở lại một biểu mẫu đã hoàn thành, kèm lý do.</translation>
    </message>
    <message>
        <source>Why it is reopened: kept with the form.</source>
        <translation>Lý do mở lại: được lưu cùng biểu mẫu.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, such as 2024-11-20, not %2</source>
        <translation>%1 phải là ngày viết theo dạng YYYY-MM-DD, ví dụ 2024-11-20, không phải %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 tệp %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown data element %1: see &quot;chitieu-cli catalogue&quot; for the codes.</source>
        <translation>Mục số liệu %1 không xác định: xem mã các mục bằng &quot;chitieu-cli catalogue&quot;.</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Không có thay đổi nào phù hợp.</translation>
    </message>
    <message>
        <source>Every change of the values: old and new, who, when and how (typed, undo, import of which file...).</source>
        <translation>Mọi thay đổi của các giá trị: cũ và mới, ai sửa, khi nào và bằng cách nào (gõ tay, hoàn tác, nhập từ tệp nào...).</translation>
    </message>
    <message>
        <source>Only this unit.</source>
        <translation>Chỉ đơn vị này.</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>Chỉ năm này.</translation>
    </message>
    <message>
        <source>Only this data element (see chitieu-cli catalogue).</source>
        <translation>Chỉ mục số liệu này (xem chitieu-cli catalogue).</translation>
    </message>
    <message>
        <source>Only the changes made by this person.</source>
        <translation>Chỉ các thay đổi do người này thực hiện.</translation>
    </message>
    <message>
        <source>Only the changes made on this day or after.</source>
        <translation>Chỉ các thay đổi từ ngày này trở về sau.</translation>
    </message>
    <message>
        <source>Only the changes made on this day or before.</source>
        <translation>Chỉ các thay đổi đến hết ngày này.</translation>
    </message>
    <message>
        <source>text (the default), or csv with a row per change.</source>
        <translation>text (mặc định), hoặc csv với mỗi thay đổi một dòng.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>Ghi ra tệp này thay vì đầu ra chuẩn.</translation>
    </message>
    <message numerus="yes">
        <source>Stored &quot;%1&quot; of %2 for %3: %n paragraph(s).</source>
        <translation>
            <numerusform>Đã lưu &quot;%1&quot; của %2 năm %3: %n đoạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>--min-coverage must be a whole percentage from 0 to 100</source>
        <translation>--min-coverage phải là một tỷ lệ phần trăm nguyên từ 0 đến 100</translation>
    </message>
    <message>
        <source>Count the communes&apos; forms that are not yet complete too (the report says so). Without it only complete forms count.</source>
        <translation>Tính cả biểu mẫu chưa hoàn thành của các xã (báo cáo sẽ ghi rõ). Nếu không có tùy chọn này, chỉ tính các biểu mẫu đã hoàn thành.</translation>
    </message>
    <message>
        <source>Give a status (met, not met) only to figures covering at least this share of their communes; below it the status is incomplete. Default: the setting (100).</source>
        <translation>Chỉ đánh giá (đạt, chưa đạt) các số liệu bao phủ ít nhất tỷ lệ xã này; dưới mức đó kết quả là chưa đủ số liệu. Mặc định: theo cài đặt (100).</translation>
    </message>
    <message>
        <source>Units below: %1 (files due %2): %3 on time, %4 late, %5 received not complete, %6 missing.</source>
        <translation>Đơn vị cấp dưới: %1 (hạn nộp tệp %2): %3 đúng hạn, %4 trễ hạn, %5 đã nhận nhưng chưa hoàn thành, %6 chưa nộp.</translation>
    </message>
    <message>
        <source>Measures: %1 met, %2 not met, %3 incomplete, %4 without data.</source>
        <translation>Chỉ số: %1 đạt, %2 chưa đạt, %3 chưa đủ số liệu, %4 chưa có số liệu.</translation>
    </message>
    <message>
        <source>No data file has been applied.</source>
        <translation>Chưa áp dụng tệp dữ liệu nào.</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>đã rút lại</translation>
    </message>
    <message>
        <source>Give a file&apos;s hash, or --unit and --year, or --list.</source>
        <translation>Hãy cho mã băm của tệp, hoặc --unit và --year, hoặc --list.</translation>
    </message>
    <message>
        <source>--unit and --year go together.</source>
        <translation>--unit và --year phải đi cùng nhau.</translation>
    </message>
    <message>
        <source>%1 cannot be taken back: later changes touched what it changed. Nothing was changed.</source>
        <translation>Không thể rút lại %1: có thay đổi sau đó chạm vào những gì tệp đã thay đổi. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Taking back %1 (%2, %3), imported on %4:</source>
        <translation>Rút lại %1 (%2, %3), đã nhập ngày %4:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Không có gì bị thay đổi (--dry-run).</translation>
    </message>
    <message>
        <source>Taken back: %1 values restored.</source>
        <translation>Đã rút lại: khôi phục %1 giá trị.</translation>
    </message>
    <message>
        <source>Take back an applied data file: its values, form states and received file return to before it.</source>
        <translation>Rút lại một tệp dữ liệu đã áp dụng: các giá trị, trạng thái biểu mẫu và tệp đã nhận trở về như trước khi nhập tệp.</translation>
    </message>
    <message>
        <source>With --year: the latest applied file of this unit.</source>
        <translation>Cùng với --year: tệp đã áp dụng gần nhất của đơn vị này.</translation>
    </message>
    <message>
        <source>The file&apos;s year.</source>
        <translation>Năm của tệp.</translation>
    </message>
    <message>
        <source>List the applied files and their hashes.</source>
        <translation>Liệt kê các tệp đã áp dụng và mã băm của chúng.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Cho xem những gì sẽ thay đổi; không thay đổi gì.</translation>
    </message>
    <message>
        <source>The file&apos;s content hash (at least its first 8 characters).</source>
        <translation>Mã băm nội dung của tệp (ít nhất 8 ký tự đầu).</translation>
    </message>
    <message>
        <source>The form of %1 for %2 is marked complete and can only be read. Reopen it, with a reason, in the Data entry tab or with chitieu-cli reopen first. Nothing was stored.</source>
        <translation>Biểu mẫu của %1 năm %2 đã được đánh dấu hoàn thành và chỉ được xem. Hãy mở lại, kèm lý do, trên thẻ Nhập số liệu hoặc bằng chitieu-cli reopen trước. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>units %1 takes one file</source>
        <translation>units %1 cần đúng một tệp</translation>
    </message>
    <message>
        <source>units load needs --from DATE, the day the tree is in force from</source>
        <translation>units load cần --from DATE, ngày cây đơn vị bắt đầu có hiệu lực</translation>
    </message>
    <message>
        <source>--from must be a date written YYYY-MM-DD, such as 2025-07-01, not %1</source>
        <translation>--from phải là một ngày viết theo dạng YYYY-MM-DD, ví dụ 2025-07-01, không phải %1</translation>
    </message>
    <message>
        <source>Loaded the unit tree in force from %1: %2 units. Load the crosswalk of this change next (chitieu-cli units crosswalk FILE).</source>
        <translation>Đã nạp cây đơn vị có hiệu lực từ %1: %2 đơn vị. Tiếp theo hãy nạp bảng chuyển đổi của lần thay đổi này (chitieu-cli units crosswalk FILE).</translation>
    </message>
    <message>
        <source>Change of %1: %2 rows (%3 unchanged, %4 merged, %5 split), %6 UNCONFIRMED.</source>
        <translation>Thay đổi ngày %1: %2 dòng (%3 giữ nguyên, %4 sáp nhập, %5 chia tách), %6 CHƯA XÁC NHẬN (UNCONFIRMED).</translation>
    </message>
    <message>
        <source>[UNCONFIRMED: see the history of units]</source>
        <translation>[CHƯA XÁC NHẬN (UNCONFIRMED): xem đơn vị hành chính qua các năm]</translation>
    </message>
    <message>
        <source>units list takes no file</source>
        <translation>units list không nhận tệp</translation>
    </message>
    <message>
        <source>units list needs --year Y</source>
        <translation>units list cần --year Y</translation>
    </message>
    <message>
        <source>Units of %1 (the tree in force on %2, from %3): %4 units.</source>
        <translation>Đơn vị năm %1 (cây có hiệu lực ngày %2, từ %3): %4 đơn vị.</translation>
    </message>
    <message>
        <source>Units of %1 (this installation&apos;s one unit list): %2 units.</source>
        <translation>Đơn vị năm %1 (danh sách đơn vị duy nhất của máy này): %2 đơn vị.</translation>
    </message>
    <message>
        <source>the action must be load, crosswalk or list, not %1</source>
        <translation>thao tác phải là load, crosswalk hoặc list, không phải %1</translation>
    </message>
    <message>
        <source>The unit trees over time: load a tree in force from a date, load the crosswalk between trees, or list the tree of a year.</source>
        <translation>Cây đơn vị hành chính qua các năm: nạp một cây có hiệu lực từ một ngày, nạp bảng chuyển đổi giữa các cây, hoặc liệt kê cây của một năm.</translation>
    </message>
    <message>
        <source>load: the day the tree is in force from, YYYY-MM-DD.</source>
        <translation>load: ngày cây bắt đầu có hiệu lực, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>list: the reporting year; its tree is the one in force on the year&apos;s data date.</source>
        <translation>list: năm báo cáo; cây của năm là cây có hiệu lực vào ngày chốt số liệu của năm đó.</translation>
    </message>
    <message>
        <source>list: text (the default), or csv with the unit list&apos;s columns.</source>
        <translation>list: text (mặc định), hoặc csv với các cột của danh sách đơn vị.</translation>
    </message>
    <message>
        <source>What to do, and the file to load.</source>
        <translation>Việc cần làm, và tệp cần nạp.</translation>
    </message>
    <message>
        <source>Unit trees in force from %1 (chitieu-cli units list --year Y).</source>
        <translation>Các cây đơn vị có hiệu lực từ %1 (chitieu-cli units list --year Y).</translation>
    </message>
    <message>
        <source>--on-tree must be a date written YYYY-MM-DD, such as 2025-07-01, not %1</source>
        <translation>--on-tree phải là một ngày viết theo dạng YYYY-MM-DD, ví dụ 2025-07-01, không phải %1</translation>
    </message>
    <message>
        <source>This database holds no dated unit trees (chitieu-cli units load): --on-tree needs them.</source>
        <translation>Cơ sở dữ liệu này chưa có cây đơn vị theo ngày (chitieu-cli units load): --on-tree cần có các cây đó.</translation>
    </message>
    <message>
        <source>%1 cannot be used with --on-tree and --format csv</source>
        <translation>không dùng được %1 cùng với --on-tree và --format csv</translation>
    </message>
    <message>
        <source>Show the year, the year before and 2020 on the units of the unit tree in force on this day (--unit is one of them): each figure mapped exactly, estimated with its share, or not comparable (csv: column mapping; the documents say so under the title).</source>
        <translation>Trình bày năm báo cáo, năm trước và năm 2020 theo các đơn vị của cây đơn vị có hiệu lực vào ngày này (--unit là một trong các đơn vị đó): mỗi số liệu được quy đổi chính xác, ước tính theo tỷ lệ, hoặc không so sánh được (csv: cột mapping; văn bản báo cáo ghi rõ dưới tiêu đề).</translation>
    </message>
    <message>
        <source>review --on-tree makes a document for people: use --format csv-excel, xlsx or pdf</source>
        <translation>review --on-tree lập văn bản dành cho người đọc: hãy dùng --format csv-excel, xlsx hoặc pdf</translation>
    </message>
    <message>
        <source>Make the review on the units of the unit tree in force on this day (--unit is one of them): every year mapped onto them, exactly, estimated with its share, or not comparable, as the document says.</source>
        <translation>Lập báo cáo đánh giá theo các đơn vị của cây đơn vị có hiệu lực vào ngày này (--unit là một trong các đơn vị đó): mọi năm được quy đổi sang các đơn vị đó, chính xác, ước tính theo tỷ lệ, hoặc không so sánh được, như văn bản ghi rõ.</translation>
    </message>
    <message>
        <source>To trust the key for the new unit, run the import again with --accept-moved-key.</source>
        <translation>Để tin cậy khóa cho đơn vị mới, hãy nhập lại tệp với --accept-moved-key.</translation>
    </message>
    <message>
        <source>Trust, for a unit, the key of a unit that became part of it (its installation moved to the new unit and kept its key).</source>
        <translation>Tin cậy, cho một đơn vị, khóa của một đơn vị đã sáp nhập vào nó (bản cài đặt của đơn vị đó đã chuyển sang đơn vị mới và giữ nguyên khóa).</translation>
    </message>
    <message>
        <source>Its unit in the tree in force today: %1 (%2), from %3 (%4). To report as that unit: chitieu-cli init --unit %2.</source>
        <translation>Đơn vị của nó trong cây đơn vị có hiệu lực hôm nay: %1 (%2), từ ngày %3 (%4). Để báo cáo với tư cách đơn vị đó: chitieu-cli init --unit %2.</translation>
    </message>
    <message>
        <source>UNCONFIRMED: no source confirms a change on the way; check it with the city first.</source>
        <translation>CHƯA XÁC NHẬN (UNCONFIRMED): chưa có nguồn nào xác nhận một lần thay đổi trên đường đi; hãy kiểm tra với thành phố trước.</translation>
    </message>
    <message>
        <source>The built-in unit trees of Thừa Thiên Huế 2021–2025 were removed: they do not describe this unit list, so every year is added up on the list itself. Load dated trees for it with chitieu-cli units load.</source>
        <translation>Đã gỡ các cây đơn vị có sẵn của Thừa Thiên Huế 2021–2025: chúng không mô tả danh sách đơn vị này, nên mọi năm được cộng trên chính danh sách. Nạp các cây theo ngày cho danh sách bằng chitieu-cli units load.</translation>
    </message>
    <message>
        <source>Install Chỉ Tiêu Trẻ Em again, or choose another --format.</source>
        <translation>Hãy cài đặt lại Chỉ Tiêu Trẻ Em, hoặc chọn --format khác.</translation>
    </message>
    <message>
        <source>%1 is not the PDF module of Chỉ Tiêu Trẻ Em: it has no %2. %3</source>
        <translation>%1 không phải là mô-đun PDF của Chỉ Tiêu Trẻ Em: tệp này không có %2. %3</translation>
    </message>
    <message>
        <source>The PDF module %1 is missing. %2</source>
        <translation>Không tìm thấy mô-đun PDF %1. %2</translation>
    </message>
    <message>
        <source>The PDF module %1 cannot be loaded (%2). %3</source>
        <translation>Không nạp được mô-đun PDF %1 (%2). %3</translation>
    </message>
    <message>
        <source>The PDF module %1 belongs to another build of Chỉ Tiêu Trẻ Em (%2, this program: %3). %4</source>
        <translation>Mô-đun PDF %1 thuộc một bản dựng khác của Chỉ Tiêu Trẻ Em (%2, chương trình này: %3). %4</translation>
    </message>
    <message>
        <source>The running program&apos;s file cannot be found, and the PDF module beside it neither. %1</source>
        <translation>Không tìm thấy tệp của chương trình đang chạy, nên cũng không tìm được mô-đun PDF bên cạnh nó. %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being read: load it again.</source>
        <translation>%1 đã thay đổi trong khi đang được đọc: hãy nạp lại.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Received, complete</source>
        <translation>Đã nhận, đã hoàn thành</translation>
    </message>
    <message>
        <source>Received, in progress</source>
        <translation>Đã nhận, đang nhập</translation>
    </message>
    <message>
        <source>Received, empty</source>
        <translation>Đã nhận, trống</translation>
    </message>
    <message>
        <source>Received, not complete</source>
        <translation>Đã nhận, chưa hoàn thành</translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <source>Complete</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Trống</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, so this is not a file of counts or units.</source>
        <translation>dòng dài hơn %1 byte, nên đây không phải là tệp số liệu hay danh sách đơn vị.</translation>
    </message>
    <message>
        <source>a carriage return (CR) that does not end the line, at byte %1: the file has old Mac line ends, or a stray CR inside a field. Save it with Windows (CR LF) or Unix (LF) line ends; nothing was read from it.</source>
        <translation>có một ký tự về đầu dòng (CR) không kết thúc dòng, tại byte %1: tệp dùng kiểu xuống dòng của máy Mac cũ, hoặc có một ký tự CR lạc trong một ô. Hãy lưu lại tệp với kiểu xuống dòng Windows (CR LF) hoặc Unix (LF); chưa đọc gì từ tệp này.</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text (the file was saved in another encoding). Save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;); nothing was read from it.</source>
        <translation>dòng này không phải văn bản UTF-8 (tệp được lưu bằng bảng mã khác). Hãy lưu lại tệp dạng UTF-8 (trong Excel: &quot;CSV UTF-8&quot;); chưa đọc gì từ tệp này.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>một ô mở dấu ngoặc kép nhưng không đóng</translation>
    </message>
</context>
<context>
    <name>DamagedStart</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>%1

The newest good backup was made on %2. Restore it? The damaged file is kept beside it, renamed; changes made after the backup are not in it.</source>
        <translation>%1

Bản sao lưu tốt mới nhất được tạo lúc %2. Khôi phục bản này? Tệp bị hỏng được giữ lại bên cạnh với tên mới; các thay đổi sau thời điểm sao lưu không có trong bản này.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged database is kept as %2.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1. Cơ sở dữ liệu bị hỏng được giữ tại %2.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>✔ All received, some late</source>
        <translation>✔ Đã nhận đủ, có đơn vị trễ hạn</translation>
    </message>
    <message>
        <source>✔ All received</source>
        <translation>✔ Đã nhận đủ</translation>
    </message>
    <message>
        <source>✔ Sent %1, late</source>
        <translation>✔ Đã gửi ngày %1, trễ hạn</translation>
    </message>
    <message>
        <source>✔ Sent %1</source>
        <translation>✔ Đã gửi ngày %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>⚠ Missing, due %1</source>
        <translation>⚠ Chưa nộp, hạn %1</translation>
    </message>
    <message>
        <source>Missing, due %1</source>
        <translation>Chưa nộp, hạn %1</translation>
    </message>
    <message>
        <source> (returned)</source>
        <translation> (bị trả lại)</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>đã nhận %1/%2</translation>
    </message>
    <message>
        <source>changed since sent %1</source>
        <translation>đã thay đổi sau khi gửi ngày %1</translation>
    </message>
    <message>
        <source>⚠ %1 · %2</source>
        <translation>⚠ %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Still to do: %1</source>
        <translation>Còn phải làm: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was made by a newer version of Chỉ Tiêu Trẻ Em (schema %2; this version knows up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản Chỉ Tiêu Trẻ Em mới hơn (lược đồ %2; phiên bản này chỉ đọc được đến %3). Hãy cài phiên bản mới hơn để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Lỗi cơ sở dữ liệu trong %1: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded from schema %2 to %3: step %4 failed (%5). The file was not changed; keep it and report this message.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu %1 từ lược đồ %2 lên %3: bước %4 bị lỗi (%5). Tệp không bị thay đổi; hãy giữ nguyên tệp và báo lại thông báo này.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Check the path, or create it with: chitieu-cli --db %1 init</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại. Hãy kiểm tra lại đường dẫn, hoặc tạo mới bằng lệnh: chitieu-cli --db %1 init</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>the file is empty, 0 bytes; if your database was there, restore its latest backup</source>
        <translation>tệp rỗng, 0 byte; nếu cơ sở dữ liệu của bạn từng ở đó, hãy khôi phục bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>it is not an SQLite database at all</source>
        <translation>đó hoàn toàn không phải là cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>the file is cut short: %1 bytes</source>
        <translation>tệp bị cắt cụt: chỉ còn %1 byte</translation>
    </message>
    <message>
        <source>it is an empty SQLite database</source>
        <translation>đó là một cơ sở dữ liệu SQLite rỗng</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, with the tables %1</source>
        <translation>đó là cơ sở dữ liệu SQLite của một chương trình khác, có các bảng %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged%2. Do not keep working on it: restore the latest backup of the database (copy it over this file while the program is closed), or ask for help to recover it. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng%2. Đừng tiếp tục làm việc trên đó: hãy khôi phục bản sao lưu gần nhất của cơ sở dữ liệu (chép đè lên tệp này khi chương trình đang đóng), hoặc nhờ hỗ trợ để phục hồi. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Free some space (or move the database to a larger disk) and try again; nothing was changed.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu %1 đã đầy. Hãy giải phóng bớt dung lượng (hoặc chuyển cơ sở dữ liệu sang ổ đĩa lớn hơn) rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (the command line, another copy of the desktop program, a backup or a database tool). Wait until it has finished, or close it, and try again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đang bị một chương trình khác khóa để ghi (dòng lệnh, một cửa sổ chương trình khác, phần mềm sao lưu hoặc công cụ cơ sở dữ liệu). Hãy đợi chương trình đó xong, hoặc đóng nó lại, rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 can only be read: the file, its folder or the disk is write-protected. Give yourself the right to write it (or copy it to a folder you can write to) and try again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 chỉ đọc được: tệp, thư mục chứa nó hoặc ổ đĩa đang được bảo vệ chống ghi. Hãy cấp cho mình quyền ghi (hoặc chép nó sang một thư mục bạn được ghi) rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is not a database of Chỉ Tiêu Trẻ Em%2: it was not changed. Check the path given with --db; a new database is made with: chitieu-cli --db FILE init</source>
        <translation>%1 không phải là cơ sở dữ liệu của Chỉ Tiêu Trẻ Em%2: tệp không bị thay đổi. Hãy kiểm tra đường dẫn đưa vào --db; muốn tạo cơ sở dữ liệu mới thì dùng: chitieu-cli --db TỆP init</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened%2: check that its folder exists and that you may read and write there.</source>
        <translation>Không mở được cơ sở dữ liệu %1%2: hãy kiểm tra thư mục chứa nó có tồn tại không và bạn có quyền đọc, ghi ở đó không.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1%2. Check the disk (or the network drive) and try again; if it happens again, restore the latest backup.</source>
        <translation>Ổ đĩa không đọc hoặc ghi được cơ sở dữ liệu %1%2. Hãy kiểm tra ổ đĩa (hoặc ổ mạng) rồi thử lại; nếu vẫn lặp lại, hãy khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, and the backup made before it failed: %2</source>
        <translation>Cơ sở dữ liệu %1 cần nâng cấp, nhưng không tạo được bản sao lưu trước khi nâng cấp: %2</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Trình điều khiển cơ sở dữ liệu không phải của SQLite.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be written to %2.</source>
        <translation>Không ghi được một giá trị kiểu %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Plan 208 child-protection targets</source>
        <translation>Chỉ tiêu bảo vệ, chăm sóc trẻ em theo Kế hoạch 208</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Exchange files (*.chitieu) to import.</source>
        <translation>Các tệp trao đổi (*.chitieu) cần nhập.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Hôm nay chưa sao lưu được</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Chưa lưu được cài đặt</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. Start the program again.</source>
        <translation>%1

Chưa lưu gì cả. Hãy khởi động lại chương trình.</translation>
    </message>
</context>
<context>
    <name>DesktopLock</name>
    <message>
        <source>The database %1 is already open in another window of Chỉ Tiêu Trẻ Em (process %2 on %3). Use that window, or close it first: two windows on one database would each show and undo changes the other does not see.</source>
        <translation>Cơ sở dữ liệu %1 đang được mở trong một cửa sổ Chỉ Tiêu Trẻ Em khác (tiến trình %2 trên máy %3). Hãy dùng cửa sổ đó, hoặc đóng nó trước: hai cửa sổ trên cùng một cơ sở dữ liệu sẽ hiển thị và hoàn tác những thay đổi mà cửa sổ kia không thấy.</translation>
    </message>
    <message>
        <source>Cannot make the lock file %1 beside the database: check that you may write in its folder.</source>
        <translation>Không tạo được tệp khóa %1 bên cạnh cơ sở dữ liệu: hãy kiểm tra bạn có quyền ghi trong thư mục đó không.</translation>
    </message>
</context>
<context>
    <name>EntryCommand</name>
    <message>
        <source>This change belongs to another form; it was not undone.</source>
        <translation>Thay đổi này thuộc một biểu khác; chưa được hoàn tác.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Comment: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Check the counts</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
</context>
<context>
    <name>EntryPermission</name>
    <message>
        <source>Communes enter their figures themselves, or their district does for them; this computer only reads them.</source>
        <translation>Số liệu do các xã tự nhập, hoặc huyện nhập thay; máy này chỉ xem.</translation>
    </message>
    <message>
        <source>Choose which unit this computer serves (Settings &gt; Settings...) before entering figures.</source>
        <translation>Hãy chọn đơn vị của máy này (Cài đặt &gt; Cài đặt...) trước khi nhập số liệu.</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>The yearly form is entered for a commune: choose a commune, not %1.</source>
        <translation>Biểu số liệu hằng năm được nhập cho xã: hãy chọn một xã, không phải %1.</translation>
    </message>
    <message>
        <source>This computer enters the figures of %1 only; %2 enters its own.</source>
        <translation>Máy này chỉ nhập số liệu của %1; %2 tự nhập số liệu của mình.</translation>
    </message>
    <message>
        <source>%1 is not under %2: this computer can enter only for its own communes.</source>
        <translation>%1 không trực thuộc %2: máy này chỉ nhập được cho các xã trực thuộc.</translation>
    </message>
    <message>
        <source>%1 is not in the branch of %2, the unit this installation serves: it stores the values of %2 and the units under it only. The values of %1 come in its own file, through its district.</source>
        <translation>%1 không thuộc nhánh của %2, đơn vị mà bản cài đặt này phục vụ: máy này chỉ lưu số liệu của %2 và các đơn vị trực thuộc. Số liệu của %1 đến bằng tệp riêng của đơn vị đó, qua huyện của nó.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>Không khởi động được thư viện mật mã.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key is damaged.</source>
        <translation>Khóa ký của bản cài đặt này bị hỏng.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key in %1 is damaged. Restore the database from a backup.</source>
        <translation>Khóa ký của bản cài đặt này trong %1 bị hỏng. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The file is cut short: it has %1 bytes but needs %2. It was not copied or downloaded completely; ask the sender to send it again.</source>
        <translation>Tệp bị thiếu: chỉ có %1 byte trong khi cần %2. Tệp chưa được sao chép hoặc tải về đầy đủ; hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it was not saved or copied completely. Ask the sender to send it again.</source>
        <translation>Tệp trống (0 byte): tệp chưa được lưu hoặc sao chép đầy đủ. Hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Chỉ Tiêu Trẻ Em (exchange format %1; this version reads up to %2). Install the newer version to import it.</source>
        <translation>Tệp được tạo bởi phiên bản Chỉ Tiêu Trẻ Em mới hơn (định dạng trao đổi %1; phiên bản này chỉ đọc được đến %2). Hãy cài phiên bản mới hơn để nhập tệp.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (format %1, flags %2): ask the sender to send it again.</source>
        <translation>Phần đầu tệp bị hỏng (định dạng %1, cờ %2): hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The file has %1 bytes more than its content: something was added to it after it was made. Ask the sender to send it again.</source>
        <translation>Tệp dư %1 byte so với nội dung: có dữ liệu bị thêm vào sau khi lập tệp. Hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The content of the file does not match its hash: the file was damaged or changed after it was made. Ask the sender to send it again.</source>
        <translation>Nội dung tệp không khớp với mã băm: tệp bị hỏng hoặc bị sửa sau khi lập. Hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The signature of the file is not valid: the file was changed after it was signed, or it was not made by Chỉ Tiêu Trẻ Em. Ask the sender to send it again.</source>
        <translation>Chữ ký của tệp không hợp lệ: tệp bị sửa sau khi ký, hoặc không do Chỉ Tiêu Trẻ Em tạo ra. Hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>This installation does not know which unit it serves. Choose it in Settings (or run chitieu-cli init --unit CODE) before exporting.</source>
        <translation>Bản cài đặt này chưa được gắn với đơn vị nào. Hãy chọn đơn vị trong Cài đặt (hoặc chạy chitieu-cli init --unit MÃ) trước khi xuất tệp.</translation>
    </message>
    <message>
        <source>This installation serves %1, so it can only make the file of %1, not of %2: a file is signed by the installation of its unit.</source>
        <translation>Bản cài đặt này thuộc %1 nên chỉ lập được tệp của %1, không lập được tệp của %2: mỗi tệp do bản cài đặt của chính đơn vị đó ký.</translation>
    </message>
    <message>
        <source>Nothing was imported from this file.</source>
        <translation>Không nhập số liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>The file gives a count of &quot;%1&quot; for unit %2, a data element the catalogue %3 does not have. %4</source>
        <translation>Tệp có số liệu &quot;%1&quot; cho đơn vị %2, nhưng danh mục %3 không có mục số liệu này. %4</translation>
    </message>
    <message>
        <source>The file gives %1 = %2 for unit %3, but %1 is a yes/no count (at most %4). %5</source>
        <translation>Tệp ghi %1 = %2 cho đơn vị %3, nhưng %1 là mục có/không (tối đa %4). %5</translation>
    </message>
    <message>
        <source>The file gives %1 for unit %2, but %1 is counted per commune only. %3</source>
        <translation>Tệp có %1 cho đơn vị %2, nhưng %1 chỉ được tính theo từng xã. %3</translation>
    </message>
    <message>
        <source>The file has values for unit %1 (%2), which is not in this installation&apos;s unit list. Check the unit list, or ask the sender which unit they chose. %3</source>
        <translation>Tệp có số liệu của đơn vị %1 (%2), nhưng đơn vị này không có trong danh sách đơn vị của bản cài đặt này. Hãy kiểm tra danh sách đơn vị, hoặc hỏi nơi gửi đã chọn đơn vị nào. %3</translation>
    </message>
    <message>
        <source>The file says unit %1 is a %2, but in this installation&apos;s unit list it is a %3. %4</source>
        <translation>Tệp ghi đơn vị %1 là %2, nhưng trong danh sách đơn vị của bản cài đặt này lại là %3. %4</translation>
    </message>
    <message>
        <source>The file uses the catalogue %1 version %2, which this installation does not know (it uses %3 version %4). Ask the sender which plan their program uses, or update the program. %5</source>
        <translation>Tệp dùng danh mục %1 phiên bản %2, bản cài đặt này không biết danh mục đó (đang dùng %3 phiên bản %4). Hãy hỏi nơi gửi chương trình của họ dùng kế hoạch nào, hoặc cập nhật chương trình. %5</translation>
    </message>
    <message>
        <source>The file is for the year %1, outside the plan&apos;s years %2-%3. %4</source>
        <translation>Tệp là số liệu năm %1, nằm ngoài giai đoạn của kế hoạch (%2-%3). %4</translation>
    </message>
    <message>
        <source>This installation does not know which unit it serves. Choose it in Settings (or run chitieu-cli init --unit CODE) before importing files.</source>
        <translation>Bản cài đặt này chưa được gắn với đơn vị nào. Hãy chọn đơn vị trong Cài đặt (hoặc chạy chitieu-cli init --unit MÃ) trước khi nhập tệp.</translation>
    </message>
    <message>
        <source>This return is for unit %1, but this installation serves %2. Pass it on to %1. %3</source>
        <translation>Tệp trả lại này dành cho đơn vị %1, nhưng bản cài đặt này thuộc %2. Hãy chuyển tệp cho %1. %3</translation>
    </message>
    <message>
        <source>The file comes from %1, this installation&apos;s own unit: a unit&apos;s own file is sent to the unit above, not imported here. %2</source>
        <translation>Tệp này của %1, chính là đơn vị của bản cài đặt này: tệp của đơn vị được gửi lên cấp trên, không nhập tại đây. %2</translation>
    </message>
    <message>
        <source>The file comes from %1, which is not under %2 (this installation&apos;s unit): it belongs to another branch. Send it to the unit it belongs to. %3</source>
        <translation>Tệp này của %1, không trực thuộc %2 (đơn vị của bản cài đặt này): tệp thuộc nhánh khác. Hãy gửi tệp đến đúng đơn vị quản lý. %3</translation>
    </message>
    <message>
        <source>The file from %1 carries values for %2, which is not under it. %3</source>
        <translation>Tệp của %1 có số liệu của %2, nhưng %2 không trực thuộc đơn vị này. %3</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>thời điểm không rõ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Already had it</source>
        <translation>Đã có từ trước</translation>
    </message>
    <message>
        <source>Older than what we have</source>
        <translation>Cũ hơn số liệu đang có</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>The file is signed with another key than the one recorded for %1 on %2 (recorded key %3, this file&apos;s key %4). The unit may have reinstalled the program, or someone else made the file: check with %1 by phone before accepting the new key. Nothing was imported.</source>
        <translation>Tệp được ký bằng khóa khác với khóa đã ghi nhận của %1 ngày %2 (khóa đã ghi nhận %3, khóa của tệp này %4). Có thể đơn vị đã cài lại chương trình, hoặc tệp do người khác lập: hãy gọi điện xác minh với %1 trước khi chấp nhận khóa mới. Không nhập số liệu nào.</translation>
    </message>
    <message>
        <source>This file of %1 for %2 was already imported on %3; nothing changed.</source>
        <translation>Tệp năm %2 của %1 đã được nhập ngày %3; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This file of %1 for %2 was made on %3, but the file already imported was made on %4. The newer data is kept; nothing was imported.</source>
        <translation>Tệp năm %2 của %1 lập ngày %3, nhưng tệp đã nhập trước đó lập ngày %4. Giữ số liệu mới hơn; không nhập số liệu nào.</translation>
    </message>
    <message>
        <source>The file carries the values of %1 from its file of %2, but this installation has a newer file of %1 (made on %3). Ask %4 to import that newer file and send theirs again. Nothing was imported.</source>
        <translation>Tệp mang số liệu của %1 lấy từ tệp lập ngày %2, nhưng bản cài đặt này đã có tệp mới hơn của %1 (lập ngày %3). Hãy đề nghị %4 nhập tệp mới hơn đó rồi gửi lại tệp của mình. Không nhập số liệu nào.</translation>
    </message>
    <message>
        <source>The changes in this file (%1 values) were not accepted; nothing was imported.</source>
        <translation>Các thay đổi trong tệp này (%1 giá trị) không được chấp nhận; không nhập số liệu nào.</translation>
    </message>
    <message>
        <source>The file would overwrite %1 values entered on this computer; they were kept and nothing was imported.</source>
        <translation>Tệp sẽ ghi đè %1 giá trị đã nhập trên máy này; các giá trị đó được giữ nguyên và không nhập số liệu nào.</translation>
    </message>
    <message>
        <source>Applied %1 for %2: the values were already the same.</source>
        <translation>Đã áp dụng tệp năm %2 của %1: các giá trị vốn đã giống nhau.</translation>
    </message>
    <message>
        <source>The data of %1 changed while this file was being reviewed; nothing was imported. Import the file again.</source>
        <translation>Số liệu của %1 đã thay đổi trong lúc xem xét tệp này; không nhập số liệu nào. Hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>This return from %1 was already imported; nothing changed.</source>
        <translation>Tệp trả lại này của %1 đã được nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Your form for %1 was changed on %2, after %3 made this return (%4): the return is out of date and was not applied.</source>
        <translation>Biểu năm %1 của đơn vị đã được sửa ngày %2, sau khi %3 lập tệp trả lại này (%4): tệp trả lại đã cũ và không được áp dụng.</translation>
    </message>
    <message>
        <source>%1 returned your form for %2: &quot;%3&quot;. The form is open again: correct it and send a new file.</source>
        <translation>%1 đã trả lại biểu năm %2 của đơn vị: &quot;%3&quot;. Biểu đã được mở lại: hãy sửa và gửi tệp mới.</translation>
    </message>
    <message>
        <source>The file&apos;s content is wrong at %1: %2. Nothing was imported from it.</source>
        <translation>Nội dung tệp sai tại %1: %2. Không nhập số liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>the count of %1 is not a number</source>
        <translation>số liệu %1 không phải là số</translation>
    </message>
    <message>
        <source>the count of %1 is %2, not a whole number</source>
        <translation>số liệu %1 là %2, không phải số nguyên</translation>
    </message>
    <message>
        <source>the count of %1 is %2; counts are whole numbers of 0 or more</source>
        <translation>số liệu %1 là %2; số liệu phải là số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <source>the count of %1 is %2, larger than %3, more than any real count</source>
        <translation>số liệu %1 là %2, lớn hơn %3, vượt mọi số liệu thực tế</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2024-11-10T09:30:00.000+07:00</source>
        <translation>&quot;%1&quot; không phải là ngày giờ dạng 2024-11-10T09:30:00.000+07:00</translation>
    </message>
    <message>
        <source>%1 is given twice for unit %2 (also at values[%3])</source>
        <translation>%1 được ghi hai lần cho đơn vị %2 (cả tại values[%3])</translation>
    </message>
    <message>
        <source>%1 differs from the file&apos;s header (%2)</source>
        <translation>%1 khác với phần đầu tệp (%2)</translation>
    </message>
    <message>
        <source>the unit %1 appears twice in the file</source>
        <translation>đơn vị %1 xuất hiện hai lần trong tệp</translation>
    </message>
    <message>
        <source>This installation does not know which unit it serves. Choose it in Settings first.</source>
        <translation>Bản cài đặt này chưa được gắn với đơn vị nào. Hãy chọn đơn vị trong Cài đặt trước.</translation>
    </message>
    <message>
        <source>Write why the file is returned: the unit sees this reason when its form reopens.</source>
        <translation>Hãy ghi lý do trả lại tệp: đơn vị sẽ thấy lý do này khi biểu được mở lại.</translation>
    </message>
    <message>
        <source>There is no file from %1 for %2 to return.</source>
        <translation>Không có tệp năm %2 của %1 để trả lại.</translation>
    </message>
    <message>
        <source>The file comes from %1, which is not directly under %2: it goes to %3 first, which sends it on inside its own file. %4</source>
        <translation>Tệp này của %1, đơn vị không trực thuộc trực tiếp %2: tệp phải gửi cho %3 trước, đơn vị này sẽ chuyển tiếp trong tệp của mình. %4</translation>
    </message>
    <message>
        <source>The file is %1 bytes; an exchange file is at most %2 bytes (%3 MB), so this is not one. Nothing was read.</source>
        <translation>Tệp dài %1 byte; một tệp trao đổi dài tối đa %2 byte (%3 MB), nên đây không phải tệp trao đổi. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>The file says its content is %1 bytes, more than the %2 bytes (%3 MB) an exchange file may have: it is damaged or not an exchange file.</source>
        <translation>Tệp ghi rằng nội dung dài %1 byte, vượt quá %2 byte (%3 MB) mà một tệp trao đổi được phép có: tệp bị hỏng hoặc không phải là tệp trao đổi.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>hơn %1</translation>
    </message>
    <message>
        <source>it would be %1 bytes, more than the %2 bytes allowed</source>
        <translation>tệp sẽ dài %1 byte, vượt quá %2 byte cho phép</translation>
    </message>
    <message>
        <source>The file of %1 for %2 was not written, because the unit above would refuse it: %3 Correct what is named (a comment in the Data entry tab, the name in Settings) and export again.</source>
        <translation>Tệp của %1 năm %2 chưa được ghi, vì đơn vị cấp trên sẽ từ chối nó: %3 Hãy sửa chỗ được nêu (một ghi chú ở thẻ Nhập số liệu, tên trong Cài đặt) rồi xuất lại.</translation>
    </message>
    <message>
        <source>This return comes from %1, which is not the unit directly above %2 (%3): only the unit a file was sent to can return it. %4</source>
        <translation>Tệp trả lại này đến từ %1, không phải là đơn vị trực tiếp cấp trên của %2 (%3): chỉ đơn vị đã nhận tệp mới được trả lại tệp đó. %4</translation>
    </message>
    <message>
        <source>The file of %1 says it was made on %2, but the clock of this computer says it is now %3: more than a day earlier. A file cannot come from the future: the clock (date, time or time zone) of the computer that made it is wrong. Ask %1 to check their computer&apos;s clock, and this computer&apos;s, and to export the file again. %4</source>
        <translation>Tệp của %1 ghi rằng nó được tạo lúc %2, nhưng đồng hồ của máy này cho biết bây giờ là %3: sớm hơn quá một ngày. Một tệp không thể đến từ tương lai: đồng hồ (ngày, giờ hoặc múi giờ) của máy đã tạo tệp bị sai. Hãy đề nghị %1 kiểm tra đồng hồ máy tính của họ, kiểm tra cả đồng hồ máy này, rồi xuất lại tệp. %4</translation>
    </message>
    <message>
        <source>The name of this file is not valid text (it may come from a zip made on another computer), so it cannot be opened by its name. Rename it, for example to UNIT-YEAR.chitieu, and import it again. Nothing was imported from it.</source>
        <translation>Tên của tệp này không phải văn bản hợp lệ (có thể nó đến từ một tệp zip tạo trên máy khác), nên không mở được theo tên. Hãy đổi tên, ví dụ thành DONVI-NAM.chitieu, rồi nhập lại. Chưa nhập gì từ tệp này.</translation>
    </message>
    <message>
        <source>The file says it comes from %1, but it is signed with the key of %2 (recorded on %3, key %4). One unit&apos;s key never signs another unit&apos;s file: the file was made on the computer of %2, or by someone who has its key. Ask %1 to export its file on its own computer. Nothing was imported.</source>
        <translation>Tệp ghi rằng nó đến từ %1, nhưng lại được ký bằng khóa của %2 (ghi nhận ngày %3, khóa %4). Khóa của một đơn vị không bao giờ ký tệp của đơn vị khác: tệp này được tạo trên máy của %2, hoặc bởi người có khóa đó. Hãy đề nghị %1 xuất tệp trên chính máy của mình. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>%1 is not directly under %2, so this installation cannot return its file: only the unit a file was sent to returns it.</source>
        <translation>%1 không trực thuộc %2, nên máy này không thể trả lại tệp của đơn vị đó: chỉ đơn vị đã nhận tệp mới trả lại tệp.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>This is not a Chỉ Tiêu Trẻ Em exchange file. Choose a .chitieu file made by the program (Export on the Exchange tab).</source>
        <translation>Đây không phải là tệp trao đổi của Chỉ Tiêu Trẻ Em. Hãy chọn tệp .chitieu do chương trình tạo ra (nút Xuất tệp ở thẻ Trao đổi tệp).</translation>
    </message>
    <message>
        <source>Applied %1 for %2: %3 values added, %4 changed, %5 removed.</source>
        <translation>Đã áp dụng tệp năm %2 của %1: thêm %3, sửa %4, xóa %5 giá trị.</translation>
    </message>
    <message>
        <source>%1 is made by %2; this installation does not make it.</source>
        <translation>%1 do %2 lập; máy này không lập sản phẩm này.</translation>
    </message>
    <message>
        <source>%1 is due in %2 only, not in %3.</source>
        <translation>%1 chỉ nộp vào năm %2, không phải năm %3.</translation>
    </message>
    <message>
        <source>%1 goes to %2, who receives documents, not exchange files: save it as PDF on the Reports tab (or chitieu-cli report --deliverable %3 --format pdf) and send that.</source>
        <translation>%1 gửi %2, nơi nhận văn bản chứ không nhận tệp trao đổi: hãy lưu thành PDF ở thẻ Báo cáo (hoặc chitieu-cli report --deliverable %3 --format pdf) rồi gửi văn bản đó.</translation>
    </message>
    <message>
        <source>This installation sends no data file: choose the deliverable to send.</source>
        <translation>Máy này không gửi tệp số liệu: hãy chọn sản phẩm báo cáo cần gửi.</translation>
    </message>
    <message>
        <source>This file of a department comes from %1, but this installation serves %2: a department&apos;s report goes to the installation of its own province. %3</source>
        <translation>Tệp này của một sở, ngành đến từ %1, nhưng máy này phục vụ %2: báo cáo của sở, ngành gửi đến máy của chính tỉnh mình. %3</translation>
    </message>
    <message>
        <source>This file of a department carries counts of units; a department sends its figures and its report only. %1</source>
        <translation>Tệp này của một sở, ngành có số liệu của các đơn vị; sở, ngành chỉ gửi số liệu tổng hợp và báo cáo của mình. %1</translation>
    </message>
    <message>
        <source>This file of format %1 from %2 is a data file, but the plan has no data file for it to be. %3</source>
        <translation>Tệp định dạng %1 từ %2 là tệp số liệu, nhưng Kế hoạch không có tệp số liệu nào cho nó. %3</translation>
    </message>
    <message>
        <source>The file is for the deliverable &quot;%1&quot;, which the plan %2 does not have. Ask the sender which plan their program uses. %3</source>
        <translation>Tệp dành cho sản phẩm báo cáo &quot;%1&quot;, mà kế hoạch %2 không có. Hãy hỏi nơi gửi chương trình của họ dùng kế hoạch nào. %3</translation>
    </message>
    <message>
        <source>The file comes from the agency &quot;%1&quot;, which is not a department of the plan. %2</source>
        <translation>Tệp đến từ cơ quan &quot;%1&quot;, không phải một sở, ngành của Kế hoạch. %2</translation>
    </message>
    <message>
        <source>%1 comes from %2, but %3 make it. %4</source>
        <translation>%1 đến từ %2, nhưng %3 mới lập sản phẩm này. %4</translation>
    </message>
    <message>
        <source>%1 is due in %2 only; this file is for %3. %4</source>
        <translation>%1 chỉ nộp vào năm %2; tệp này của năm %3. %4</translation>
    </message>
    <message>
        <source>%1 of %2 goes to %3, not to this installation: pass it on to them. %4</source>
        <translation>%1 của %2 gửi %3, không phải máy này: hãy chuyển cho họ. %4</translation>
    </message>
    <message>
        <source>%1 of %2 goes with the data, but the file has none. %3</source>
        <translation>%1 của %2 phải kèm số liệu, nhưng tệp không có. %3</translation>
    </message>
    <message>
        <source>%1 of %2 has no data file, but the file carries counts. %3</source>
        <translation>%1 của %2 không kèm tệp số liệu, nhưng tệp lại có số liệu. %3</translation>
    </message>
    <message>
        <source>The file gives a section &quot;%1&quot;, which %2 does not have. %3</source>
        <translation>Tệp có mục &quot;%1&quot;, mà %2 không có. %3</translation>
    </message>
    <message>
        <source>Only a department&apos;s file of %1 carries figures. %2</source>
        <translation>Chỉ tệp của sở, ngành về %1 mới có số liệu tổng hợp. %2</translation>
    </message>
    <message>
        <source>The file gives a figure of the measure %1, which the plan does not have. %2</source>
        <translation>Tệp có số liệu của chỉ số %1, mà Kế hoạch không có. %2</translation>
    </message>
    <message>
        <source>The file gives a target of %1 for %2-%3 that this plan cannot hold. %4</source>
        <translation>Tệp có chỉ tiêu của %1 cho giai đoạn %2-%3 mà Kế hoạch này không chứa được. %4</translation>
    </message>
    <message>
        <source>This report of %1 (%2, %3) was already imported on %4; nothing changed.</source>
        <translation>Báo cáo này của %1 (%2, %3) đã được nhập ngày %4; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This report of %1 (%2, %3) was made on %4, but the one already imported was made on %5. The newer report is kept; nothing was imported.</source>
        <translation>Báo cáo này của %1 (%2, %3) lập ngày %4, nhưng báo cáo đã nhập lập ngày %5. Báo cáo mới hơn được giữ lại; không nhập gì.</translation>
    </message>
    <message>
        <source>Applied the report of %1 (%2, %3): %4 sections%5.</source>
        <translation>Đã nhập báo cáo của %1 (%2, %3): %4 mục%5.</translation>
    </message>
    <message>
        <source>, %1 figures</source>
        <translation>, %1 số liệu</translation>
    </message>
    <message>
        <source>Another report of %1 arrived while this one was being imported; nothing was imported. Import the file again.</source>
        <translation>Một báo cáo khác của %1 đến trong khi đang nhập báo cáo này; không nhập gì. Hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>expected a sum of counts or null</source>
        <translation>cần một tổng số đếm hoặc null</translation>
    </message>
    <message>
        <source>the section %1 is given twice</source>
        <translation>mục %1 có hai lần</translation>
    </message>
    <message>
        <source>expected 0 or more</source>
        <translation>cần số từ 0 trở lên</translation>
    </message>
    <message>
        <source>The data of %1 for %2 is empty: nothing has been entered.</source>
        <translation>Số liệu của %1 năm %2 còn trống: chưa nhập gì.</translation>
    </message>
    <message>
        <source>The form of %1 for %2 is not marked complete.</source>
        <translation>Biểu mẫu của %1 năm %2 chưa được đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 communes of %3 have a complete form for %4.</source>
        <translation>Mới có %1 trong %2 xã của %3 hoàn thành biểu mẫu năm %4.</translation>
    </message>
    <message>
        <source>The unit above would receive it as not complete and leave it out of its figures. Complete the data first, or send it anyway: confirm on the Exchange tab, or run chitieu-cli export with --allow-incomplete.</source>
        <translation>Cấp trên sẽ nhận là chưa hoàn thành và không tính vào số liệu. Hãy hoàn thành số liệu trước, hoặc vẫn gửi: xác nhận trên thẻ Trao đổi tệp, hoặc chạy chitieu-cli export với --allow-incomplete.</translation>
    </message>
    <message>
        <source>Counts of %1 break a hard check: stored as sent, and the measures built on them are flagged in reports.</source>
        <translation>Số liệu của %1 vi phạm kiểm tra bắt buộc: được lưu nguyên như khi gửi, và các chỉ số tính từ các số này được đánh dấu trong báo cáo.</translation>
    </message>
    <message>
        <source>The signing key of %1 was accepted for %2, which it became part of on %3.</source>
        <translation>Khóa ký của %1 đã được chấp nhận cho %2, đơn vị mà nó sáp nhập vào từ ngày %3.</translation>
    </message>
    <message>
        <source>The file of %1 for %2 is signed with the key recorded for %3 (key %4). %3 became part of %1 on %5 (%6): if its installation moved to %1 and kept its key, accept the key for %1; otherwise ask %1 to export its file on its own computer. The key was not accepted and nothing was imported.</source>
        <translation>Tệp của %1 năm %2 được ký bằng khóa đã ghi nhận cho %3 (khóa %4). %3 đã sáp nhập vào %1 từ ngày %5 (%6): nếu bản cài đặt của %3 đã chuyển sang %1 và giữ nguyên khóa, hãy chấp nhận khóa cho %1; nếu không, hãy đề nghị %1 xuất tệp trên máy tính của chính mình. Khóa chưa được chấp nhận và chưa nhập gì.</translation>
    </message>
</context>
<context>
    <name>ExchangePrompts</name>
    <message>
        <source>Exchange files (*.chitieu)</source>
        <translation>Tệp trao đổi (*.chitieu)</translation>
    </message>
    <message>
        <source>Import exchange files</source>
        <translation>Nhập tệp trao đổi</translation>
    </message>
    <message>
        <source>Import every exchange file in a folder</source>
        <translation>Nhập mọi tệp trao đổi trong một thư mục</translation>
    </message>
    <message>
        <source>Return the file</source>
        <translation>Trả lại tệp</translation>
    </message>
    <message>
        <source>Why is the file of %1 for %2 returned? The unit sees this when its form reopens.</source>
        <translation>Vì sao trả lại tệp năm %2 của %1? Đơn vị sẽ thấy lý do này khi biểu được mở lại.</translation>
    </message>
    <message>
        <source>Exchange files</source>
        <translation>Tệp trao đổi</translation>
    </message>
    <message>
        <source>A new signing key</source>
        <translation>Khóa ký mới</translation>
    </message>
    <message>
        <source>The file %1 from %2 is signed with another key than the one recorded on %3.

Recorded key: %4
This file&apos;s key: %5

This happens when the unit reinstalled the program, but also when someone else made the file. Call the unit and compare the new key before accepting it. Accept the new key for %2?</source>
        <translation>Tệp %1 của %2 được ký bằng khóa khác với khóa đã ghi nhận ngày %3.

Khóa đã ghi nhận: %4
Khóa của tệp này: %5

Điều này xảy ra khi đơn vị cài lại chương trình, nhưng cũng có thể do người khác lập tệp. Hãy gọi điện cho đơn vị để đối chiếu khóa mới trước khi chấp nhận. Chấp nhận khóa mới của %2?</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Chấp nhận khóa mới</translation>
    </message>
    <message>
        <source>&amp;Refuse the file</source>
        <translation>&amp;Từ chối tệp</translation>
    </message>
    <message>
        <source>An older file</source>
        <translation>Một tệp cũ hơn</translation>
    </message>
    <message>
        <source>The file %1 of %2 for %3 was made on %4, but the file already imported was made later, on %5.

Keep the newer file, unless you know it is wrong (made on a computer whose clock was wrong, or sent by mistake). Replacing it applies this file&apos;s values instead and is recorded in the history. Replace the newer file with this one?</source>
        <translation>Tệp %1 của %2 năm %3 được tạo lúc %4, nhưng tệp đã nhập trước đó được tạo muộn hơn, lúc %5.

Hãy giữ tệp mới hơn, trừ khi bạn biết chắc nó sai (tạo trên máy có đồng hồ sai, hoặc gửi nhầm). Thay thế sẽ áp dụng số liệu của tệp này và được ghi vào lịch sử. Thay tệp mới hơn bằng tệp này?</translation>
    </message>
    <message>
        <source>&amp;Replace the newer file</source>
        <translation>&amp;Thay tệp mới hơn</translation>
    </message>
    <message>
        <source>&amp;Keep the newer file</source>
        <translation>&amp;Giữ tệp mới hơn</translation>
    </message>
    <message>
        <source>Send data not complete?</source>
        <translation>Gửi số liệu chưa hoàn thành?</translation>
    </message>
    <message>
        <source>The unit above will receive it as not complete and leave it out of its figures until a complete file comes.</source>
        <translation>Cấp trên sẽ nhận là chưa hoàn thành và không tính vào số liệu cho đến khi nhận được tệp đã hoàn thành.</translation>
    </message>
    <message>
        <source>&amp;Send it anyway</source>
        <translation>&amp;Vẫn gửi</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>Take back the file?</source>
        <translation>Rút lại tệp?</translation>
    </message>
    <message>
        <source>Take back %1 (received on %2)? %3 values and %4 forms or received files return to what they were before it. A backup is made first.</source>
        <translation>Rút lại %1 (nhận ngày %2)? %3 giá trị và %4 biểu mẫu hoặc tệp đã nhận sẽ trở về như trước khi nhập tệp. Một bản sao lưu được tạo trước.</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Rút lại</translation>
    </message>
    <message>
        <source>%1 became part of %2 on %3 (%4)%5.</source>
        <translation>%1 đã sáp nhập vào %2 từ ngày %3 (%4)%5.</translation>
    </message>
    <message>
        <source>The key of a merged unit</source>
        <translation>Khóa của đơn vị đã sáp nhập</translation>
    </message>
    <message>
        <source>The file %1 of %2 for %3 is signed with the key this installation trusts for another unit.

%4

Key: %5

This is right when that unit&apos;s installation moved to %2 and kept its key. Call %2 and compare the key before accepting it. Trust this key for %2 as well?</source>
        <translation>Tệp %1 của %2 năm %3 được ký bằng khóa mà bản cài đặt này tin cậy cho một đơn vị khác.

%4

Khóa: %5

Điều này đúng khi bản cài đặt của đơn vị đó đã chuyển sang %2 và giữ nguyên khóa. Hãy gọi điện cho %2 và đối chiếu khóa trước khi chấp nhận. Tin cậy khóa này cả cho %2?</translation>
    </message>
    <message>
        <source>&amp;Accept the key for %1</source>
        <translation>&amp;Chấp nhận khóa cho %1</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Sơ kết giữa kỳ</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>lý do</translation>
    </message>
</context>
<context>
    <name>GivenKeys</name>
    <message>
        <source>%1 %2 %3 is not a value of the unit list and catalogue.</source>
        <translation>%1 %2 %3 không phải là một giá trị của danh sách đơn vị và danh mục.</translation>
    </message>
</context>
<context>
    <name>HardChecks</name>
    <message>
        <source>the first is part of the second</source>
        <translation>số thứ nhất là một phần của số thứ hai</translation>
    </message>
    <message>
        <source>measure %1 divides the first by the second</source>
        <translation>chỉ số %1 lấy số thứ nhất chia cho số thứ hai</translation>
    </message>
    <message>
        <source>%1 (%2) is more than %3 (%4); it cannot be (%5). Check both figures against the register.</source>
        <translation>%1 (%2) lớn hơn %3 (%4); điều này không thể xảy ra (%5). Hãy đối chiếu cả hai số với sổ sách.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed</source>
        <translation>Gõ tay</translation>
    </message>
    <message>
        <source>Typed by the district</source>
        <translation>Huyện nhập thay</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Command line (set)</source>
        <translation>Dòng lệnh (set)</translation>
    </message>
    <message>
        <source>Loaded from a CSV file</source>
        <translation>Nạp từ tệp CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>Rút lại tệp đã nhập</translation>
    </message>
    <message>
        <source>Signing key replaced</source>
        <translation>Thay khóa ký</translation>
    </message>
    <message>
        <source>Older file chosen over a newer one</source>
        <translation>Chọn tệp cũ thay cho tệp mới hơn</translation>
    </message>
    <message>
        <source>Signing key of a merged unit accepted</source>
        <translation>Chấp nhận khóa ký của đơn vị đã sáp nhập</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the top level</source>
        <translation>cấp ngoài cùng</translation>
    </message>
    <message>
        <source>nested %1 levels deep, more than the %2 allowed</source>
        <translation>lồng nhau %1 cấp, vượt quá %2 cấp cho phép</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>không phải JSON hợp lệ (%1)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <source>this entry is missing</source>
        <translation>thiếu mục này</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>cần một danh sách</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 allowed</source>
        <translation>%1 mục, vượt quá %2 mục cho phép</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>cần một đoạn chữ</translation>
    </message>
    <message>
        <source>the text is %1 characters long, more than the %2 allowed</source>
        <translation>đoạn chữ dài %1 ký tự, vượt quá %2 ký tự cho phép</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>đoạn chữ trống</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>cần một số</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>cần một số nguyên</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 không phải là số nguyên</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 nhỏ hơn %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 lớn hơn %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>cần true hoặc false</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>khóa &quot;%1&quot; xuất hiện hai lần trong cùng một đối tượng</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>comparator</source>
        <translation>phép so sánh</translation>
    </message>
    <message>
        <source>kind of term</source>
        <translation>loại vế của phân số</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>phạm vi</translation>
    </message>
    <message>
        <source>rule for both zero</source>
        <translation>quy tắc khi cả hai bằng 0</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>chu kỳ lặp</translation>
    </message>
    <message>
        <source>measure status</source>
        <translation>kết quả đánh giá</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (expected %3)</source>
        <translation>%1 &quot;%2&quot; không xác định (cần %3)</translation>
    </message>
    <message>
        <source>The program has no key for a %1 value (%2). Please report this fault.</source>
        <translation>Chương trình không có mã cho một giá trị %1 (%2). Vui lòng báo lỗi này cho người phát triển.</translation>
    </message>
    <message>
        <source>kind of file</source>
        <translation>loại tệp</translation>
    </message>
    <message>
        <source>import result</source>
        <translation>kết quả nhập</translation>
    </message>
    <message>
        <source>review kind</source>
        <translation>loại kỳ đánh giá</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>xu hướng</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>tình trạng nộp</translation>
    </message>
    <message>
        <source>year state</source>
        <translation>trạng thái số liệu năm</translation>
    </message>
    <message>
        <source>form state</source>
        <translation>trạng thái biểu</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>unit level</source>
        <translation>cấp đơn vị</translation>
    </message>
    <message>
        <source>kind of agency</source>
        <translation>loại cơ quan</translation>
    </message>
    <message>
        <source>reporter role</source>
        <translation>vai trò đơn vị báo cáo</translation>
    </message>
    <message>
        <source>recipient role</source>
        <translation>vai trò nơi nhận</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>hướng dẫn</translation>
    </message>
    <message>
        <source>deliverable state</source>
        <translation>tình trạng sản phẩm báo cáo</translation>
    </message>
    <message>
        <source>kind of export</source>
        <translation>loại bản xuất</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>tổng hợp</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>mức hoàn thành số liệu</translation>
    </message>
    <message>
        <source>backup reason</source>
        <translation>lý do sao lưu</translation>
    </message>
    <message>
        <source>source of a change</source>
        <translation>nguồn thay đổi</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>loại thay đổi</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>cách quy đổi</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>it is %1 characters long, more than the %2 allowed</source>
        <translation>dài %1 ký tự, vượt quá %2 ký tự cho phép</translation>
    </message>
    <message>
        <source>it holds half of a character (%1, a lone surrogate) at position %2</source>
        <translation>chứa nửa ký tự (%1, một nửa cặp thay thế đứng riêng) tại vị trí %2</translation>
    </message>
    <message>
        <source>it holds the control character %1 at position %2 (only tabs and line breaks are allowed)</source>
        <translation>chứa ký tự điều khiển %1 tại vị trí %2 (chỉ được dùng dấu tab và xuống dòng)</translation>
    </message>
    <message>
        <source>it holds the control character %1 at position %2 (a name is one line of text)</source>
        <translation>chứa ký tự điều khiển %1 tại vị trí %2 (tên chỉ là một dòng chữ)</translation>
    </message>
    <message>
        <source>%1 cannot be stored: %2.</source>
        <translation>Không lưu được %1: %2.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa đủ số liệu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>The unit tree of %1 is no longer in the database: another program changed the unit trees. Try again.</source>
        <translation>Cây đơn vị của năm %1 không còn trong cơ sở dữ liệu: một chương trình khác đã thay đổi các cây đơn vị. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>Narratives</name>
    <message>
        <source>The stored text of %1 / %2 / %3 / %4 is damaged: %5</source>
        <translation>Nội dung đã lưu của %1 / %2 / %3 / %4 bị hỏng: %5</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>The agency %1 is not in the catalogue.</source>
        <translation>Cơ quan %1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>The deliverable %1 is due in %2 only, not in %3.</source>
        <translation>Sản phẩm báo cáo %1 chỉ nộp vào năm %2, không phải năm %3.</translation>
    </message>
    <message>
        <source>The deliverable %1 has no section %2. Its sections are: %3.</source>
        <translation>Sản phẩm báo cáo %1 không có mục %2. Các mục của nó là: %3.</translation>
    </message>
    <message>
        <source>The section %1</source>
        <translation>Mục %1</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a whole number of 0 or more, such as 1.234.</source>
        <translation>Nhập một số nguyên từ 0 trở lên, ví dụ 1.234.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Số %1 quá lớn.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Số đếm không được là số âm.</translation>
    </message>
    <message>
        <source>A count is a whole number, without decimals.</source>
        <translation>Số đếm là số nguyên, không có phần thập phân.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2. Nothing was written; a file of that name that was there before is unchanged.</source>
        <translation>Không ghi được %1: %2. Chưa ghi gì; tệp cùng tên có sẵn từ trước vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is the database this program works on (%2): writing there would destroy every value, the history and the signing key. Choose another file name; nothing was written.</source>
        <translation>%1 là cơ sở dữ liệu mà chương trình đang dùng (%2): ghi vào đó sẽ xóa mất mọi số liệu, lịch sử và khóa ký. Hãy chọn tên tệp khác; chưa ghi gì.</translation>
    </message>
    <message>
        <source>%1 is a working file of the database %2 (%3): writing there would damage the database. Choose another file name; nothing was written.</source>
        <translation>%1 là tệp làm việc của cơ sở dữ liệu %2 (%3): ghi vào đó sẽ làm hỏng cơ sở dữ liệu. Hãy chọn tên tệp khác; chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Computing the report...</source>
        <translation>Đang tính báo cáo...</translation>
    </message>
    <message>
        <source>Laying out the document...</source>
        <translation>Đang dàn trang văn bản...</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Đang ghi tệp...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot draw the report on the chosen printer or file.</source>
        <translation>Không in được báo cáo ra máy in hoặc tệp đã chọn.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Không tạo được trang %1 của báo cáo.</translation>
    </message>
    <message>
        <source>%1 of %2 measures met</source>
        <translation>đạt %1/%2 chỉ số</translation>
    </message>
    <message>
        <source>%1 - %2: %3 %4, target %5</source>
        <translation>%1 - %2: %3 %4, mục tiêu %5</translation>
    </message>
    <message>
        <source>Every measure with data meets its target.</source>
        <translation>Mọi chỉ số có số liệu đều đạt mục tiêu.</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>Phụ lục 1</translation>
    </message>
    <message>
        <source>Results of the units below %1 in %2</source>
        <translation>Kết quả của các đơn vị trực thuộc %1 năm %2</translation>
    </message>
    <message>
        <source>A value followed by * does not meet its target; – means no data.</source>
        <translation>Giá trị có dấu * là chưa đạt mục tiêu; dấu – là chưa có số liệu.</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>Phụ lục 2</translation>
    </message>
    <message>
        <source>Reports received by %1 for %2</source>
        <translation>Báo cáo %1 đã nhận cho năm %2</translation>
    </message>
    <message>
        <source>%1 units report to %2: %3 on time, %4 late, %5 missing.</source>
        <translation>%1 đơn vị báo cáo về %2: %3 đúng hạn, %4 trễ hạn, %5 chưa nộp.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Tình trạng nộp</translation>
    </message>
    <message>
        <source>Pursuant to %1, the results of the targets for children of %2 in %3 are as follows.</source>
        <translation>Thực hiện %1, kết quả thực hiện các chỉ tiêu về trẻ em của %2 năm %3 như sau.</translation>
    </message>
    <message>
        <source>No measure with data is off track at the end of %1.</source>
        <translation>Đến cuối năm %1, không có chỉ số nào có số liệu bị chệch hướng.</translation>
    </message>
    <message>
        <source>%1 measures do not meet their target at the end of %2: %3.</source>
        <translation>Đến cuối năm %2, có %1 chỉ số chưa đạt mục tiêu: %3.</translation>
    </message>
    <message>
        <source>%1 - %2: %3 %4 in %5, target %6, %7</source>
        <translation>%1 - %2: %3 %4 năm %5, mục tiêu %6, %7</translation>
    </message>
    <message>
        <source>%1 of %2 measures met in %3.</source>
        <translation>Năm %3 đạt %1/%2 chỉ số.</translation>
    </message>
    <message>
        <source>%1 of %2 measures met in %3; off track: %4.</source>
        <translation>Năm %3 đạt %1/%2 chỉ số; chệch hướng: %4.</translation>
    </message>
    <message>
        <source>Pursuant to %1, this review follows each measure of %2 from the baseline year %3 to %4 and assesses it against its target at the end of the period.</source>
        <translation>Thực hiện %1, báo cáo này theo dõi từng chỉ số của %2 từ năm gốc %3 đến năm %4 và đánh giá so với mục tiêu vào cuối giai đoạn.</translation>
    </message>
    <message>
        <source>The report cannot be drawn: this program was started without Qt&apos;s graphical part (QGuiApplication).</source>
        <translation>Không vẽ được báo cáo: chương trình được khởi động không có phần đồ họa của Qt (QGuiApplication).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Results by group of targets</source>
        <translation>Kết quả theo nhóm chỉ tiêu</translation>
    </message>
    <message>
        <source>Results by leading agency</source>
        <translation>Kết quả theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Measures not met</source>
        <translation>Các chỉ số không đạt</translation>
    </message>
    <message>
        <source>Against the unit&apos;s own targets</source>
        <translation>So với chỉ tiêu riêng của đơn vị</translation>
    </message>
    <message>
        <source>The unit has set no target of its own; the plan&apos;s targets apply.</source>
        <translation>Đơn vị chưa đặt chỉ tiêu riêng; áp dụng chỉ tiêu của Kế hoạch.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>The path of each measure from %1</source>
        <translation>Diễn biến của từng chỉ số từ năm %1</translation>
    </message>
    <message>
        <source>Measures off track</source>
        <translation>Các chỉ số chệch hướng</translation>
    </message>
    <message>
        <source>By leading agency</source>
        <translation>Theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>In %1: %2.</source>
        <translation>Năm %1: %2.</translation>
    </message>
    <message>
        <source>%1 - %2: %3, on %4 of %5 communes</source>
        <translation>%1 - %2: %3, trên %4 của %5 xã</translation>
    </message>
    <message>
        <source>Measures not judged, too few communes covered (the value is that of those covered):</source>
        <translation>Chỉ số chưa đánh giá do quá ít xã có số liệu (giá trị là của các xã đã có):</translation>
    </message>
    <message>
        <source>At the end of %1: %2.</source>
        <translation>Cuối năm %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 của %3</translation>
    </message>
    <message>
        <source>Communes whose figures count, year by year: %1. Each trend compares the same communes in its first and last year.</source>
        <translation>Số xã có số liệu được tính, theo từng năm: %1. Mỗi xu hướng so sánh cùng các xã ở năm đầu và năm cuối.</translation>
    </message>
    <message>
        <source>%1 measures have no data, or too few communes, for %2 and cannot be assessed: %3.</source>
        <translation>%1 chỉ số chưa có số liệu, hoặc quá ít xã có số liệu, cho năm %2 nên chưa đánh giá được: %3.</translation>
    </message>
    <message>
        <source>The report&apos;s chart %1 has no drawing.</source>
        <translation>Biểu đồ %1 của báo cáo không có hình vẽ.</translation>
    </message>
    <message>
        <source>The report has %1 charts but places %2 of them.</source>
        <translation>Báo cáo có %1 biểu đồ nhưng chỉ đặt %2 biểu đồ vào trang.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Giảm sút</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Results of the targets for children of %1 in %2</source>
        <translation>Kết quả thực hiện các chỉ tiêu về trẻ em của %1 năm %2</translation>
    </message>
    <message>
        <source>Final review of the targets for children of %1, %2-%3</source>
        <translation>Tổng kết thực hiện các chỉ tiêu về trẻ em của %1, giai đoạn %2-%3</translation>
    </message>
    <message>
        <source>Mid-term review of the targets for children of %1, %2-%3</source>
        <translation>Sơ kết giữa kỳ thực hiện các chỉ tiêu về trẻ em của %1, giai đoạn %2-%3</translation>
    </message>
    <message>
        <source>Small-number protection: counts from 1 to 4, and rates built on them, are shown as &quot;&lt;5&quot;.</source>
        <translation>Bảo vệ số nhỏ: các số liệu từ 1 đến 4, và tỷ lệ tính từ các số đó, được ghi là &quot;&lt;5&quot;.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Giá trị %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Đánh giá %1</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Chệch hướng</translation>
    </message>
    <message>
        <source>%1 - year %2 - %3 of %4 measures met</source>
        <translation>%1 - năm %2 - đạt %3/%4 chỉ số</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Annex: the units below %1, year %2</source>
        <translation>Phụ lục: các đơn vị trực thuộc %1, năm %2</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <source>Annex: reports received by %1 for %2</source>
        <translation>Phụ lục: báo cáo %1 đã nhận cho năm %2</translation>
    </message>
    <message>
        <source>%1 units: %2 on time, %3 late, %4 missing</source>
        <translation>%1 đơn vị: %2 đúng hạn, %3 trễ hạn, %4 chưa nộp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Tình trạng nộp</translation>
    </message>
    <message>
        <source>%1 - %2 of %3 measures met in %4, %5 off track</source>
        <translation>%1 - năm %4 đạt %2/%3 chỉ số, %5 chỉ số chệch hướng</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>%1: indicators it leads</source>
        <translation>%1: các chỉ tiêu chủ trì</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Measures off track in %1</source>
        <translation>Các chỉ số chệch hướng năm %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the Excel file: %1</source>
        <translation>Không tạo được thư mục tạm cho tệp Excel: %1</translation>
    </message>
    <message>
        <source>Cannot create the Excel file %1.</source>
        <translation>Không tạo được tệp Excel %1.</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1 to the Excel file.</source>
        <translation>Không thêm được trang tính %1 vào tệp Excel.</translation>
    </message>
    <message>
        <source>Cannot write the Excel file: %1</source>
        <translation>Không ghi được tệp Excel: %1</translation>
    </message>
    <message>
        <source>Cannot read back the Excel file %1: %2</source>
        <translation>Không đọc lại được tệp Excel %1: %2</translation>
    </message>
    <message>
        <source>The agency %1 is not in the catalogue.</source>
        <translation>Cơ quan %1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>Own targets</source>
        <translation>Chỉ tiêu riêng</translation>
    </message>
    <message>
        <source>The unit&apos;s own targets beside the plan&apos;s</source>
        <translation>Chỉ tiêu riêng của đơn vị bên cạnh chỉ tiêu của Kế hoạch</translation>
    </message>
    <message>
        <source>Departments&apos; figures</source>
        <translation>Số liệu của sở, ngành</translation>
    </message>
    <message>
        <source>Figures reported by the departments</source>
        <translation>Số liệu do các sở, ngành báo cáo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The figures are on the sheet &quot;%1&quot; and the sheets after it.</source>
        <translation>Số liệu nằm ở trang tính &quot;%1&quot; và các trang tính sau đó.</translation>
    </message>
    <message>
        <source>The unit&apos;s own targets are on the sheet &quot;%1&quot;.</source>
        <translation>Chỉ tiêu riêng của đơn vị nằm ở trang tính &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is due in %2 only, not in %3.</source>
        <translation>%1 chỉ nộp vào năm %2, không phải năm %3.</translation>
    </message>
    <message>
        <source>%1 is a review: make it as a review (chitieu-cli review, or the review on the Reports tab).</source>
        <translation>%1 là báo cáo đánh giá: hãy lập như một báo cáo đánh giá (chitieu-cli review, hoặc mục đánh giá ở thẻ Báo cáo).</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <source>Results of the targets for children</source>
        <translation>Kết quả thực hiện các chỉ tiêu về trẻ em</translation>
    </message>
    <message>
        <source>The unit&apos;s own targets</source>
        <translation>Chỉ tiêu riêng của đơn vị</translation>
    </message>
    <message>
        <source>Reports received from the units and departments</source>
        <translation>Báo cáo nhận được từ các đơn vị và sở, ngành</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(chưa viết)</translation>
    </message>
    <message>
        <source>%1 — %2 (made on %3)</source>
        <translation>%1 — %2 (lập ngày %3)</translation>
    </message>
    <message>
        <source>Unit&apos;s own target</source>
        <translation>Chỉ tiêu riêng của đơn vị</translation>
    </message>
    <message>
        <source>Against the unit&apos;s target</source>
        <translation>So với chỉ tiêu của đơn vị</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>%1 is not the %2 review.</source>
        <translation>%1 không phải báo cáo đánh giá %2.</translation>
    </message>
    <message>
        <source>The issuing body is empty: type the name of the body that issues the document, such as ỦY BAN NHÂN DÂN and the unit&apos;s name on a second line.</source>
        <translation>Chưa có tên cơ quan ban hành: hãy nhập tên cơ quan ban hành văn bản, chẳng hạn ỦY BAN NHÂN DÂN và tên đơn vị ở dòng thứ hai.</translation>
    </message>
    <message>
        <source>The number line must start with &quot;Số:&quot;, as in &quot;Số: 125/BC-UBND&quot;; leave the number blank (&quot;Số:    /BC-UBND&quot;) for the records office to fill in.</source>
        <translation>Dòng số, ký hiệu phải bắt đầu bằng &quot;Số:&quot;, như &quot;Số: 125/BC-UBND&quot;; để trống số (&quot;Số:    /BC-UBND&quot;) nếu văn thư sẽ ghi số sau.</translation>
    </message>
    <message>
        <source>The document&apos;s date is not a valid date: choose the day it is signed.</source>
        <translation>Ngày của văn bản không hợp lệ: hãy chọn ngày ký văn bản.</translation>
    </message>
    <message>
        <source>The list of recipients (&quot;Nơi nhận&quot;) is empty: type at least one line; the last one is usually &quot;- Lưu: VT.&quot;.</source>
        <translation>Danh sách nơi nhận (&quot;Nơi nhận&quot;) đang trống: hãy nhập ít nhất một dòng; dòng cuối thường là &quot;- Lưu: VT.&quot;.</translation>
    </message>
    <message>
        <source>The signature lines are empty: type at least the signer&apos;s title, such as CHỦ TỊCH or GIÁM ĐỐC.</source>
        <translation>Các dòng chữ ký đang trống: hãy nhập ít nhất chức vụ của người ký, chẳng hạn CHỦ TỊCH hoặc GIÁM ĐỐC.</translation>
    </message>
    <message>
        <source>The signer&apos;s title is empty: the &quot;TM.&quot; and &quot;KT.&quot; lines are printed only above a title. Type the title (such as PHÓ CHỦ TỊCH or GIÁM ĐỐC), or clear those lines to use the issuing body&apos;s usual signature.</source>
        <translation>Chưa có chức vụ của người ký: dòng &quot;TM.&quot; và &quot;KT.&quot; chỉ được in phía trên chức vụ. Hãy nhập chức vụ (chẳng hạn PHÓ CHỦ TỊCH hoặc GIÁM ĐỐC), hoặc xóa các dòng đó để dùng phần ký thông thường của cơ quan ban hành.</translation>
    </message>
    <message>
        <source>The figures stand on the %1 of %2 communes that have reported.</source>
        <translation>Số liệu dựa trên %1 của %2 xã đã báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) received or entered but not complete are not counted.</source>
        <translation>
            <numerusform>%n biểu mẫu đã nhận hoặc đã nhập nhưng chưa hoàn thành không được tính.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) not yet complete are counted, as asked.</source>
        <translation>
            <numerusform>%n biểu mẫu chưa hoàn thành được tính theo yêu cầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A measure covering less than %1 % of its communes is marked incomplete instead of met or not met.</source>
        <translation>Chỉ số có số liệu của dưới %1 % số xã được ghi là chưa đủ số liệu thay vì đạt hoặc chưa đạt.</translation>
    </message>
    <message>
        <source>%1 of %2 measures met, %3 not met, %4 incomplete, %5 without data</source>
        <translation>%1 trong %2 chỉ số đạt, %3 chưa đạt, %4 chưa đủ số liệu, %5 chưa có số liệu</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n không áp dụng</numerusform>
        </translation>
    </message>
    <message>
        <source>, on %1 of %2 communes that have reported</source>
        <translation>, trên %1 của %2 xã đã báo cáo</translation>
    </message>
    <message>
        <source>Measures %1 hold counts that break a hard check (received as sent): check them with the units.</source>
        <translation>Các chỉ số %1 có số liệu vi phạm kiểm tra bắt buộc (nhận nguyên như khi gửi): cần kiểm tra lại với các đơn vị.</translation>
    </message>
    <message>
        <source>%1: &quot;rise from 0&quot; means child marriages went from none last year to some this year: not met.</source>
        <translation>%1: &quot;tăng từ 0&quot; nghĩa là năm trước không có trường hợp tảo hôn nào nhưng năm nay có: chưa đạt.</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n commune(s) in both years</source>
        <translation>
            <numerusform>từ năm %1, %n xã có số liệu cả hai năm</numerusform>
        </translation>
    </message>
    <message>
        <source>Communes covered</source>
        <translation>Số xã có số liệu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Mức bao phủ</translation>
    </message>
    <message>
        <source>Trend over</source>
        <translation>Xu hướng trên</translation>
    </message>
    <message>
        <source>Communes covered, year by year</source>
        <translation>Số xã có số liệu, theo từng năm</translation>
    </message>
    <message>
        <source>Each cell: communes covered / communes expected. A trend compares the same communes in both years.</source>
        <translation>Mỗi ô: số xã có số liệu / số xã phải báo cáo. Xu hướng so sánh cùng các xã ở cả hai năm.</translation>
    </message>
    <message>
        <source>Communes that reported</source>
        <translation>Số xã đã báo cáo</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Chưa đủ dữ liệu</translation>
    </message>
    <message>
        <source>%1: mapped exactly.</source>
        <translation>%1: quy đổi chính xác.</translation>
    </message>
    <message>
        <source>%1: estimated with the population shares %2.</source>
        <translation>%1: ước tính theo tỷ lệ dân số %2.</translation>
    </message>
    <message>
        <source>%1: not comparable (a unit was split without a known share: %2), no figure.</source>
        <translation>%1: không so sánh được (có đơn vị bị chia tách mà không rõ tỷ lệ: %2), không có số liệu.</translation>
    </message>
    <message>
        <source>This database holds no dated unit trees: a report on another tree needs them (chitieu-cli units load).</source>
        <translation>Cơ sở dữ liệu này chưa có cây đơn vị theo ngày: báo cáo theo cây đơn vị khác cần có các cây đó (chitieu-cli units load).</translation>
    </message>
    <message>
        <source>A deliverable&apos;s document is made on the year&apos;s own unit tree, not on another one.</source>
        <translation>Văn bản của một sản phẩm báo cáo được lập theo cây đơn vị của chính năm đó, không theo cây khác.</translation>
    </message>
    <message>
        <source>The figures are shown on the units of the unit tree in force from %1; each year&apos;s counts are mapped from the tree of that year.</source>
        <translation>Số liệu được trình bày theo các đơn vị của cây đơn vị có hiệu lực từ %1; số liệu của mỗi năm được quy đổi từ cây đơn vị của năm đó.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a unit of %3: the unit tree in force then is the one from %4. Choose one of its units (chitieu-cli units list --year %3), or show %3 on a tree that holds %2 with --on-tree DATE.</source>
        <translation>%1 (%2) không phải là đơn vị của năm %3: cây đơn vị có hiệu lực khi đó là cây từ ngày %4. Hãy chọn một đơn vị của cây đó (chitieu-cli units list --year %3), hoặc trình bày năm %3 trên một cây có %2 bằng --on-tree NGÀY.</translation>
    </message>
    <message>
        <source>Counts of %1 are held for units that are not in that year&apos;s unit tree (in force from %2), so no figure above communes holds them: %3. Enter them for the units that replaced them.</source>
        <translation>Số liệu năm %1 đang được lưu cho các đơn vị không có trong cây đơn vị của năm đó (có hiệu lực từ %2), nên không số liệu nào trên cấp xã tính đến chúng: %3. Hãy nhập lại cho các đơn vị đã thay thế các đơn vị này.</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1/%2 communes</source>
        <translation>%1/%2 xã</translation>
    </message>
    <message>
        <source>rise from 0</source>
        <translation>tăng từ 0</translation>
    </message>
    <message>
        <source>Measure %1 counts rural communes (Xã) only, and there is none here.</source>
        <translation>Chỉ số %1 chỉ tính các xã (khu vực nông thôn), và ở đây không có xã nào.</translation>
    </message>
    <message>
        <source>Measure %1 counts urban communes (Phường, Thị trấn) only, and there is none here.</source>
        <translation>Chỉ số %1 chỉ tính các phường, thị trấn (khu vực thành thị), và ở đây không có phường, thị trấn nào.</translation>
    </message>
    <message>
        <source>Measure %1 compares a year with the one before, and the plan has no year before this one.</source>
        <translation>Chỉ số %1 so sánh với năm trước, mà kế hoạch không có năm nào trước năm này.</translation>
    </message>
    <message>
        <source>%1 of %2 communes answered; the rate is among them.</source>
        <translation>%1 trong %2 xã đã trả lời; tỷ lệ tính trên các xã này.</translation>
    </message>
    <message>
        <source>The figure covers %1 of %2 communes.</source>
        <translation>Số liệu bao gồm %1 trong %2 xã.</translation>
    </message>
    <message>
        <source>Too few communes are covered to judge the target (see Settings).</source>
        <translation>Quá ít xã có số liệu để đánh giá mục tiêu (xem Cài đặt).</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Chưa có số liệu: %1.</translation>
    </message>
    <message>
        <source>Left out, some of the counts missing: %1.</source>
        <translation>Không tính, còn thiếu một số số liệu: %1.</translation>
    </message>
    <message>
        <source>Form not complete, not counted: %1.</source>
        <translation>Biểu mẫu chưa hoàn thành, không tính: %1.</translation>
    </message>
    <message>
        <source>Forms not yet complete are counted, as asked.</source>
        <translation>Các biểu mẫu chưa hoàn thành được tính theo yêu cầu.</translation>
    </message>
    <message>
        <source>Child marriages rose from 0 last year: not met, and no rate can say by how much.</source>
        <translation>Số trường hợp tảo hôn tăng từ 0 của năm trước: chưa đạt, và không có tỷ lệ nào thể hiện được mức tăng.</translation>
    </message>
    <message>
        <source>Counts that break a hard check are in this figure: %1.</source>
        <translation>Số liệu này có các số vi phạm kiểm tra bắt buộc: %1.</translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <source>The text is not in the stored form of a report&apos;s text: %1 (at character %2).</source>
        <translation>Văn bản không ở dạng lưu trữ của nội dung báo cáo: %1 (ở ký tự %2).</translation>
    </message>
    <message>
        <source>an &quot;&amp;&quot; that starts no entity</source>
        <translation>một dấu &quot;&amp;&quot; không mở đầu thực thể nào</translation>
    </message>
    <message>
        <source>the unknown entity &amp;%1;</source>
        <translation>thực thể không xác định &amp;%1;</translation>
    </message>
    <message>
        <source>expected &lt;p&gt;, &lt;ul&gt; or &lt;ol&gt;, found &lt;%1&gt;</source>
        <translation>cần &lt;p&gt;, &lt;ul&gt; hoặc &lt;ol&gt;, nhưng gặp &lt;%1&gt;</translation>
    </message>
    <message>
        <source>text outside a paragraph or a list item</source>
        <translation>văn bản nằm ngoài đoạn văn hoặc mục danh sách</translation>
    </message>
    <message>
        <source>a tag that is not closed</source>
        <translation>một thẻ chưa được đóng</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt;, which a report&apos;s text does not use</source>
        <translation>thẻ &lt;%1&gt;, thẻ mà nội dung báo cáo không dùng</translation>
    </message>
    <message>
        <source>the list is not closed</source>
        <translation>danh sách chưa được đóng</translation>
    </message>
    <message>
        <source>expected &lt;li&gt;, found &lt;%1&gt;</source>
        <translation>cần &lt;li&gt;, nhưng gặp &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt; or &lt;i&gt; not closed</source>
        <translation>&lt;b&gt; hoặc &lt;i&gt; chưa được đóng</translation>
    </message>
    <message>
        <source>&lt;%1&gt; where it does not belong</source>
        <translation>&lt;%1&gt; ở chỗ không được phép</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is missing</source>
        <translation>thiếu &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a section may have</source>
        <translation>%1 ký tự, nhiều hơn %2 ký tự cho phép của một mục</translation>
    </message>
    <message>
        <source>The text cannot be kept: %1.</source>
        <translation>Không thể giữ văn bản này: %1.</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>%1, through %2</source>
        <translation>%1, thông qua %2</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>còn 1 ngày</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>This database has no unit of its own yet. Choose it in the desktop program, or run chitieu-cli init --unit CODE.</source>
        <translation>Cơ sở dữ liệu này chưa được gắn với đơn vị nào. Hãy chọn đơn vị trong chương trình, hoặc chạy chitieu-cli init --unit MÃ.</translation>
    </message>
    <message>
        <source>The unit %1 of this installation is not in the unit list. Choose another unit in the settings.</source>
        <translation>Đơn vị %1 của bản cài đặt này không có trong danh sách đơn vị. Hãy chọn đơn vị khác trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>%1 — %2: %3.</source>
        <translation>%1 — %2: %3.</translation>
    </message>
    <message>
        <source>the communes</source>
        <translation>các xã</translation>
    </message>
    <message>
        <source>the district People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp huyện</translation>
    </message>
    <message>
        <source>the departments</source>
        <translation>các sở, ngành</translation>
    </message>
    <message>
        <source>the consolidating agency</source>
        <translation>cơ quan tổng hợp</translation>
    </message>
    <message>
        <source>the data, marked complete</source>
        <translation>số liệu, đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>the files of %1 of the %2 units below</source>
        <translation>tệp của %1 trong số %2 đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Made, not sent</source>
        <translation>Đã lập, chưa gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>%1 for %2: still to do: %3; then send it.</source>
        <translation>%1 năm %2: còn phải làm: %3; sau đó gửi đi.</translation>
    </message>
    <message>
        <source>%1 for %2 is made but not sent: send it.</source>
        <translation>%1 năm %2 đã lập nhưng chưa gửi: hãy gửi đi.</translation>
    </message>
    <message>
        <source>%1 for %2 was returned: correct the data, complete it and send it again.</source>
        <translation>%1 năm %2 bị trả lại: hãy sửa số liệu, đánh dấu hoàn thành và gửi lại.</translation>
    </message>
    <message>
        <source>No file received</source>
        <translation>Chưa nhận tệp nào</translation>
    </message>
    <message>
        <source>Receiving files</source>
        <translation>Đang nhận tệp</translation>
    </message>
    <message>
        <source>All files received</source>
        <translation>Đã nhận đủ tệp</translation>
    </message>
    <message>
        <source>Consolidated and sent</source>
        <translation>Đã tổng hợp và gửi</translation>
    </message>
    <message>
        <source>complete data from %1 of the %2 units below, whose files are not complete</source>
        <translation>dữ liệu hoàn thành của %1 trong số %2 đơn vị cấp dưới có tệp chưa hoàn thành</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The user name</source>
        <translation>tên người dùng</translation>
    </message>
    <message>
        <source>The line above the signer&apos;s title</source>
        <translation>Dòng phía trên chức vụ người ký</translation>
    </message>
    <message>
        <source>The signer&apos;s proxy line</source>
        <translation>Dòng ký thay của người ký</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
</context>
<context>
    <name>SoftChecks</name>
    <message>
        <source>“%1” went up by %2% from last year (%3 → %4).</source>
        <translation>“%1” tăng %2% so với năm trước (%3 → %4).</translation>
    </message>
    <message>
        <source>“%1” went down by %2% from last year (%3 → %4).</source>
        <translation>“%1” giảm %2% so với năm trước (%3 → %4).</translation>
    </message>
    <message>
        <source>Measure %1 is %2, far from its target %3: check the counts it uses.</source>
        <translation>Chỉ số %1 là %2, cách xa mục tiêu %3: hãy kiểm tra các số liệu dùng để tính.</translation>
    </message>
</context>
<context>
    <name>StartupReminder</name>
    <message>
        <source>Deadline reminder</source>
        <translation>Nhắc hạn báo cáo</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>The unit %1 is not in the unit list.</source>
        <translation>Đơn vị %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>The plan has no measure %1: see &quot;chitieu-cli catalogue&quot; for the codes.</source>
        <translation>Kế hoạch không có chỉ số %1: xem &quot;chitieu-cli catalogue&quot; để biết các mã.</translation>
    </message>
    <message>
        <source>The target&apos;s period ends (%1) before it starts (%2).</source>
        <translation>Giai đoạn của chỉ tiêu kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Give the number and symbol of the document that sets the target, such as 45/KH-UBND.</source>
        <translation>Hãy ghi số và ký hiệu của văn bản đặt chỉ tiêu, ví dụ 45/KH-UBND.</translation>
    </message>
    <message>
        <source>The document of the target of %1</source>
        <translation>Văn bản đặt chỉ tiêu của %1</translation>
    </message>
    <message>
        <source>%1 has no target of its own for %2 from %3: nothing was removed.</source>
        <translation>%1 không có chỉ tiêu riêng cho %2 từ năm %3: không xóa gì.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not a number of 0 or more with at most 6 decimals (such as 0.7 or 0,7).</source>
        <translation>Chỉ tiêu &quot;%1&quot; không phải số từ 0 trở lên với tối đa 6 chữ số thập phân (ví dụ 0.7 hoặc 0,7).</translation>
    </message>
    <message>
        <source>A target is a number of 0 or more with at most 6 decimals.</source>
        <translation>Chỉ tiêu là một số từ 0 trở lên với tối đa 6 chữ số thập phân.</translation>
    </message>
</context>
<context>
    <name>Unimport</name>
    <message>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>Give at least the first 8 characters of the file&apos;s hash, not &quot;%1&quot;; the Exchange tab and &quot;chitieu-cli unimport --list&quot; show the received files.</source>
        <translation>Hãy cho ít nhất 8 ký tự đầu của mã băm tệp, không phải &quot;%1&quot;; thẻ Trao đổi và &quot;chitieu-cli unimport --list&quot; cho xem các tệp đã nhận.</translation>
    </message>
    <message>
        <source>No applied file has the hash %1; &quot;chitieu-cli unimport --list&quot; shows the received files.</source>
        <translation>Không có tệp đã áp dụng nào có mã băm %1; &quot;chitieu-cli unimport --list&quot; cho xem các tệp đã nhận.</translation>
    </message>
    <message>
        <source>Several applied files have a hash beginning with %1: give more of it.</source>
        <translation>Có nhiều tệp đã áp dụng có mã băm bắt đầu bằng %1: hãy cho thêm ký tự.</translation>
    </message>
    <message>
        <source>The file %1 cannot be taken back: it is a report or a return, or it was imported by an older version that did not keep what an import replaces. Restore the backup made before it was imported instead (chitieu-cli backups).</source>
        <translation>Không thể rút lại tệp %1: đó là một báo cáo hoặc một tệp trả lại, hoặc tệp được nhập bằng phiên bản cũ chưa lưu những gì một lần nhập thay thế. Hãy khôi phục bản sao lưu tạo trước khi nhập tệp (chitieu-cli backups).</translation>
    </message>
    <message>
        <source>No applied data file of %1 for %2 is left to take back.</source>
        <translation>Không còn tệp dữ liệu đã áp dụng nào của %1 năm %2 để rút lại.</translation>
    </message>
    <message>
        <source>The file %1 was already taken back on %2 by %3.</source>
        <translation>Tệp %1 đã được rút lại ngày %2 bởi %3.</translation>
    </message>
    <message>
        <source>%1, %2, %3: changed to %4 on %5 by %6 (%7)</source>
        <translation>%1, %2, %3: đã đổi thành %4 ngày %5 bởi %6 (%7)</translation>
    </message>
    <message>
        <source>%1, %2: another file of the unit was received later (on %3)</source>
        <translation>%1, %2: một tệp khác của đơn vị đã được nhận sau đó (ngày %3)</translation>
    </message>
    <message>
        <source>%1, %2: the file was returned to the unit after it was imported</source>
        <translation>%1, %2: tệp đã được trả lại cho đơn vị sau khi nhập</translation>
    </message>
    <message>
        <source>%1, %2: the file received before this one counts again</source>
        <translation>%1, %2: tệp nhận trước tệp này lại được tính</translation>
    </message>
    <message>
        <source>%1, %2: no file of the unit is counted as received</source>
        <translation>%1, %2: không còn tệp nào của đơn vị được tính là đã nhận</translation>
    </message>
    <message>
        <source>%1, %2: the form was changed later (to %3 on %4 by %5)</source>
        <translation>%1, %2: biểu mẫu đã được thay đổi sau đó (thành %3 ngày %4 bởi %5)</translation>
    </message>
    <message>
        <source>%1, %2: the form goes back to %3</source>
        <translation>%1, %2: biểu mẫu trở về %3</translation>
    </message>
    <message>
        <source>The file %1 cannot be taken back: later changes touched what it changed:
%2
Undo those changes first, or leave the file as it is.</source>
        <translation>Không thể rút lại tệp %1: có thay đổi sau đó chạm vào những gì tệp đã thay đổi:
%2
Hãy hoàn tác các thay đổi đó trước, hoặc giữ nguyên tệp.</translation>
    </message>
    <message>
        <source>The data changed while taking back %1 was being reviewed; nothing was changed. Try again.</source>
        <translation>Dữ liệu đã thay đổi trong khi đang xem việc rút lại %1; không có gì bị thay đổi. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>UnitYearState</name>
    <message>
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Đã xuất tệp</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>Unit list %1, line %2: %3</source>
        <translation>Danh sách đơn vị %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>Unit list %1 is empty</source>
        <translation>Danh sách đơn vị %1 trống</translation>
    </message>
    <message>
        <source>the header must be code,name,type,level,parent_code</source>
        <translation>dòng tiêu đề phải là code,name,type,level,parent_code</translation>
    </message>
    <message>
        <source>expected 5 columns, found %1</source>
        <translation>cần 5 cột, nhưng có %1</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>mã đơn vị trống</translation>
    </message>
    <message>
        <source>the level must be 1, 2 or 3</source>
        <translation>cấp phải là 1, 2 hoặc 3</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>mã %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>only a province has no parent</source>
        <translation>chỉ cấp tỉnh mới không có đơn vị cấp trên</translation>
    </message>
    <message>
        <source>the parent %1 is not in the list</source>
        <translation>đơn vị cấp trên %1 không có trong danh sách</translation>
    </message>
    <message>
        <source>the parent %1 is not one level up</source>
        <translation>đơn vị cấp trên %1 không phải là cấp liền trên</translation>
    </message>
    <message>
        <source>Cannot read the unit list %1: %2</source>
        <translation>Không đọc được danh sách đơn vị %1: %2</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>The database already holds unit trees: load further ones with chitieu-cli units load.</source>
        <translation>Cơ sở dữ liệu đã có các cây đơn vị: hãy nạp thêm cây bằng chitieu-cli units load.</translation>
    </message>
    <message>
        <source>Crosswalk %1, line %2: %3</source>
        <translation>Bảng chuyển đổi %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>the old unit %1 is not in the tree of %2</source>
        <translation>đơn vị cũ %1 không có trong cây ngày %2</translation>
    </message>
    <message>
        <source>the new unit %1 is not in the tree of %2</source>
        <translation>đơn vị mới %1 không có trong cây ngày %2</translation>
    </message>
    <message>
        <source>the old unit %1 is named %2 in the tree, not %3</source>
        <translation>đơn vị cũ %1 có tên %2 trong cây, không phải %3</translation>
    </message>
    <message>
        <source>the new unit %1 is named %2 in the tree, not %3</source>
        <translation>đơn vị mới %1 có tên %2 trong cây, không phải %3</translation>
    </message>
    <message>
        <source>the units %1 and %2 are not of the same level</source>
        <translation>đơn vị %1 và %2 không cùng cấp</translation>
    </message>
    <message>
        <source>an unchanged unit keeps its code (%1 is not %2)</source>
        <translation>đơn vị giữ nguyên thì giữ nguyên mã (%1 khác %2)</translation>
    </message>
    <message>
        <source>the row %1 → %2 appears twice</source>
        <translation>dòng %1 → %2 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the unit %1 is both %2 and %3</source>
        <translation>đơn vị %1 vừa là %2 vừa là %3</translation>
    </message>
    <message>
        <source>the unit %1 is %2 but has %3 rows: only a split unit has several</source>
        <translation>đơn vị %1 là %2 nhưng có %3 dòng: chỉ đơn vị bị chia tách mới có nhiều dòng</translation>
    </message>
    <message>
        <source>the shares of the split unit %1 add up to more than 1</source>
        <translation>tổng tỷ lệ của đơn vị bị chia tách %1 lớn hơn 1</translation>
    </message>
    <message>
        <source>the split unit %1 has only one row: a unit that went whole into another is merged</source>
        <translation>đơn vị bị chia tách %1 chỉ có một dòng: đơn vị nhập toàn bộ vào đơn vị khác là sáp nhập (merged)</translation>
    </message>
    <message>
        <source>the shares of the split unit %1 add up to less than 1: leave out the shares that no source gives</source>
        <translation>tổng tỷ lệ của đơn vị bị chia tách %1 nhỏ hơn 1: hãy bỏ trống các tỷ lệ không có nguồn nào nêu</translation>
    </message>
    <message>
        <source>Crosswalk %1: the change of %2 has no row for these units of the tree of %3: %4. Every unit of the older tree must say what it became.</source>
        <translation>Bảng chuyển đổi %1: thay đổi ngày %2 không có dòng nào cho các đơn vị sau của cây ngày %3: %4. Mỗi đơn vị của cây cũ phải cho biết nó trở thành đơn vị nào.</translation>
    </message>
    <message>
        <source>Crosswalk %1: the change of %2 has no row for these units of the tree of %2: %3. Every unit of the newer tree must say where it came from.</source>
        <translation>Bảng chuyển đổi %1: thay đổi ngày %2 không có dòng nào cho các đơn vị sau của cây ngày %2: %3. Mỗi đơn vị của cây mới phải cho biết nó được hình thành từ đâu.</translation>
    </message>
    <message>
        <source>the unit %1 is unchanged but receives other units too: write merged</source>
        <translation>đơn vị %1 giữ nguyên nhưng còn nhận thêm đơn vị khác: hãy ghi merged (sáp nhập)</translation>
    </message>
    <message>
        <source>the commune row %1 → %2 has no row %3 → %4 for their districts</source>
        <translation>dòng cấp xã %1 → %2 không có dòng %3 → %4 tương ứng cho cấp huyện</translation>
    </message>
    <message>
        <source>Crosswalk %1, line %2: no tree starts on %3 after an older one. Load the tree in force from that day first (chitieu-cli units load TREE.csv --from DATE).</source>
        <translation>Bảng chuyển đổi %1, dòng %2: không có cây nào bắt đầu ngày %3 sau một cây cũ hơn. Hãy nạp trước cây có hiệu lực từ ngày đó (chitieu-cli units load TREE.csv --from DATE).</translation>
    </message>
    <message>
        <source>Crosswalk %1 is empty</source>
        <translation>Bảng chuyển đổi %1 trống</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>dòng tiêu đề phải là %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>cần %1 cột, nhưng có %2</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>ngày &quot;%1&quot; không phải một ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>only a split row has a share</source>
        <translation>chỉ dòng chia tách (split) mới có tỷ lệ</translation>
    </message>
    <message>
        <source>the share &quot;%1&quot; must be a number above 0 and at most 1</source>
        <translation>tỷ lệ &quot;%1&quot; phải là một số lớn hơn 0 và không quá 1</translation>
    </message>
    <message>
        <source>the source is empty: name the act that made the change, or write UNCONFIRMED</source>
        <translation>nguồn trống: hãy ghi văn bản quyết định thay đổi, hoặc ghi UNCONFIRMED</translation>
    </message>
    <message>
        <source>Unit list %1: a dated tree has exactly one unit without a parent (the province or city); this list has %2.</source>
        <translation>Danh sách đơn vị %1: một cây đơn vị theo ngày có đúng một đơn vị không có cấp trên (tỉnh hoặc thành phố); danh sách này có %2.</translation>
    </message>
    <message>
        <source>A tree in force from %1 cannot be added: the trees are added in date order and one is in force from %2.</source>
        <translation>Không thể thêm cây có hiệu lực từ %1: các cây được thêm theo thứ tự ngày và đã có một cây có hiệu lực từ %2.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sáp nhập</translation>
    </message>
    <message>
        <source>split</source>
        <translation>chia tách</translation>
    </message>
    <message>
        <source>Cannot read the crosswalk %1: %2</source>
        <translation>Không đọc được bảng chuyển đổi %1: %2</translation>
    </message>
    <message>
        <source>This database holds no dated unit trees, so a year cannot be shown on another tree.</source>
        <translation>Cơ sở dữ liệu này chưa có cây đơn vị theo ngày, nên không thể trình bày một năm theo cây đơn vị khác.</translation>
    </message>
    <message>
        <source>No unit tree in force from %1 is held.</source>
        <translation>Không có cây đơn vị nào có hiệu lực từ %1.</translation>
    </message>
    <message>
        <source>The unit %1 is not in the unit tree in force from %2.</source>
        <translation>Đơn vị %1 không có trong cây đơn vị có hiệu lực từ %2.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>không so sánh được</translation>
    </message>
    <message>
        <source>The role of %1 (%2) ended on %3: from that day its communes report to the city directly. Export this installation&apos;s data of every earlier year (chitieu-cli export --unit %2 --year Y) and send the files to the unit that receives them, which can import them. Its units now belong to: %4.</source>
        <translation>Vai trò của %1 (%2) đã kết thúc từ ngày %3: từ ngày đó các xã, phường báo cáo trực tiếp lên thành phố. Hãy xuất dữ liệu của máy này cho từng năm trước đó (chitieu-cli export --unit %2 --year Y) và gửi các tệp cho đơn vị tiếp nhận để nhập. Các đơn vị của nó nay thuộc: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) became part of %3 on %4. Its earlier years stay under its code %2; from that day it reports as the new unit: chitieu-cli init --unit CODE, with the new unit&apos;s code.</source>
        <translation>%1 (%2) đã trở thành một phần của %3 từ ngày %4. Số liệu các năm trước vẫn giữ theo mã %2; từ ngày đó đơn vị báo cáo với tư cách đơn vị mới: chitieu-cli init --unit CODE, với mã của đơn vị mới.</translation>
    </message>
</context>
<context>
    <name>ValueStore</name>
    <message>
        <source>Unknown unit code %1: check the code against the unit list.</source>
        <translation>Mã đơn vị %1 không xác định: hãy đối chiếu mã với danh sách đơn vị.</translation>
    </message>
    <message>
        <source>Unknown data element %1: see &quot;chitieu-cli catalogue&quot; for the codes.</source>
        <translation>Mục số liệu %1 không xác định: xem các mã bằng lệnh &quot;chitieu-cli catalogue&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not %2.</source>
        <translation>%1 phải là số nguyên từ 0 trở lên, không phải %2.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 (it is a yes/no count), not %3.</source>
        <translation>%1 chỉ được tối đa là %2 (đây là mục có/không), không phải %3.</translation>
    </message>
    <message>
        <source>%1 is counted per commune; enter it for each commune, not for %2.</source>
        <translation>%1 được tính theo từng xã; hãy nhập cho từng xã, không nhập cho %2.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>The comment on %1 of %2 for %3</source>
        <translation>ghi chú của %1 tại %2 năm %3</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 was changed by another program (it is now %4, not %5); nothing was written. The screen shows what is stored now.</source>
        <translation>%1 của %2 năm %3 đã bị một chương trình khác thay đổi (hiện là %4, không phải %5); chưa ghi gì. Màn hình đang hiện số liệu được lưu lúc này.</translation>
    </message>
    <message>
        <source>The change could not be recorded in %1.</source>
        <translation>Không ghi được thay đổi vào %1.</translation>
    </message>
    <message>
        <source>The write of %1 could not be prepared in %2.</source>
        <translation>Không chuẩn bị được việc ghi %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>XlsxBook</name>
    <message>
        <source>The spreadsheet cannot be written: the library %1 (version %2) could not be loaded (%3). Install it (Debian: libxlsxwriter%2).</source>
        <translation>Không ghi được bảng tính: không nạp được thư viện %1 (phiên bản %2) (%3). Hãy cài đặt thư viện này (Debian: libxlsxwriter%2).</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be written: %1 has no function %2 (%3). Install the libxlsxwriter that this program was built with.</source>
        <translation>Không ghi được bảng tính: %1 không có hàm %2 (%3). Hãy cài đặt đúng phiên bản libxlsxwriter mà chương trình này được biên dịch với.</translation>
    </message>
</context>
<context>
    <name>chitieu::EntryFormModel</name>
    <message>
        <source>Choose a commune and a year first.</source>
        <translation>Hãy chọn xã và năm trước.</translation>
    </message>
    <message>
        <source>This form is marked complete and can only be read. Reopen it, with a reason, to change it.</source>
        <translation>Biểu này đã được đánh dấu hoàn thành nên chỉ xem được. Muốn sửa, hãy mở lại biểu và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Enter a value for “%1” before adding a comment.</source>
        <translation>Hãy nhập giá trị cho “%1” trước khi thêm ghi chú.</translation>
    </message>
    <message>
        <source>Nothing is entered yet: enter the figures before marking the form complete.</source>
        <translation>Chưa nhập số liệu nào: hãy nhập số liệu trước khi đánh dấu biểu hoàn thành.</translation>
    </message>
    <message>
        <source>Only a form marked complete can be reopened.</source>
        <translation>Chỉ mở lại được biểu đã đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>Say why the form is reopened: the reason is kept with the form.</source>
        <translation>Hãy ghi lý do mở lại biểu: lý do được lưu cùng biểu.</translation>
    </message>
    <message numerus="yes">
        <source>The form cannot be marked complete while %n check(s) fail:</source>
        <translation>
            <numerusform>Chưa thể đánh dấu biểu hoàn thành khi còn %n lỗi kiểm tra:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::ui::AboutDialog</name>
    <message>
        <source>About Chỉ Tiêu Trẻ Em</source>
        <translation>Giới thiệu Chỉ Tiêu Trẻ Em</translation>
    </message>
    <message>
        <source>&lt;p&gt;Child-protection targets, 2021–2025: communes enter their yearly counts, districts and the province consolidate them, and every rate is computed against the plan&apos;s target.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các chỉ tiêu bảo vệ, chăm sóc trẻ em giai đoạn 2021–2025: xã, phường, thị trấn nhập số liệu hằng năm, huyện và tỉnh tổng hợp, mọi tỷ lệ được tính và so sánh với mục tiêu của kế hoạch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plan:&lt;/b&gt; %1 (%2, catalogue %3 version %4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kế hoạch:&lt;/b&gt; %1 (%2, danh mục %3 phiên bản %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty; you may share and change it under the terms of &lt;a href=&quot;%1&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Giấy phép:&lt;/b&gt; Giấy phép Công cộng GNU, phiên bản 3 trở về sau (GPL-3.0-or-later). Chương trình được cung cấp không kèm bất kỳ bảo đảm nào; bạn được chia sẻ và sửa đổi chương trình theo các điều khoản của &lt;a href=&quot;%1&quot;&gt;giấy phép&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Xây dựng bằng Qt %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::AgenciesPage</name>
    <message>
        <source>Agencies and their indicators (plan section III)</source>
        <translation>Các cơ quan và chỉ tiêu được giao (mục III của kế hoạch)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>L: leads the indicator. C: coordinates it. Met, not met and no data count the measures of the indicators the agency leads or coordinates, for the unit and year chosen. Double-click an agency to see its measures.</source>
        <translation>CT: chủ trì chỉ tiêu. PH: phối hợp thực hiện. Các cột Đạt, Chưa đạt và Chưa có số liệu đếm các chỉ số của những chỉ tiêu mà cơ quan chủ trì hoặc phối hợp, theo đơn vị và năm đã chọn. Nhấp đúp vào một cơ quan để xem các chỉ số.</translation>
    </message>
    <message>
        <source>Agencies and indicators</source>
        <translation>Cơ quan và chỉ tiêu</translation>
    </message>
    <message>
        <source>Show its &amp;measures</source>
        <translation>Xem các &amp;chỉ số</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Leads indicators %1.</source>
        <translation>Chủ trì các chỉ tiêu %1.</translation>
    </message>
    <message>
        <source>Coordinates indicators %1.</source>
        <translation>Phối hợp các chỉ tiêu %1.</translation>
    </message>
    <message>
        <source>Has tasks in the plan but no indicator of its own.</source>
        <translation>Có nhiệm vụ trong kế hoạch nhưng không chủ trì chỉ tiêu nào.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the database with %1?

The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Thay cơ sở dữ liệu bằng %1?

Cơ sở dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Khôi phục từ một tệp</translation>
    </message>
    <message>
        <source>Databases (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu (*.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backups are kept in %1. One is made before every import, before every upgrade of the database and at the first start of each day.</source>
        <translation>Các bản sao lưu được giữ trong %1. Chương trình tự sao lưu trước mỗi lần nhập tệp, trước mỗi lần nâng cấp cơ sở dữ liệu và lần mở đầu tiên mỗi ngày.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> bản sao lưu mới nhất</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Khôi phục...</translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation>Khôi phục từ &amp;tệp...</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>bản sao lưu lúc %1 (%2)</translation>
    </message>
    <message>
        <source>The database was restored from %1. The database as it was is kept as %2. The program now opens the restored database.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ %1. Cơ sở dữ liệu trước khi khôi phục được giữ tại %2. Chương trình sẽ mở cơ sở dữ liệu vừa khôi phục.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ChartPanel</name>
    <message>
        <source>Trend of a measure</source>
        <translation>Xu hướng của một chỉ số</translation>
    </message>
    <message>
        <source>Units below compared</source>
        <translation>So sánh các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Status by group</source>
        <translation>Kết quả theo nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Status by leading agency</source>
        <translation>Kết quả theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG...</source>
        <translation>Lưu biểu đồ thành &amp;PNG...</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <source>This unit has no units below it.</source>
        <translation>Đơn vị này không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>No report to show.</source>
        <translation>Không có báo cáo để hiển thị.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Không có biểu đồ để lưu.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Must be fixed: %1</source>
        <translation>Phải sửa: %1</translation>
    </message>
    <message>
        <source>Explained by a comment: %1</source>
        <translation>Đã có ghi chú giải thích: %1</translation>
    </message>
    <message>
        <source>Needs a comment: %1</source>
        <translation>Cần ghi chú: %1</translation>
    </message>
    <message>
        <source>No check fails.</source>
        <translation>Không có lỗi kiểm tra nào.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::CompletenessPanel</name>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>File made</source>
        <translation>Ngày lập tệp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Tình trạng nộp</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Units and their files</source>
        <translation>Đơn vị và tệp số liệu</translation>
    </message>
    <message>
        <source>&amp;Consolidated measures</source>
        <translation>Chỉ số &amp;tổng hợp</translation>
    </message>
    <message>
        <source>&amp;Measures of this unit</source>
        <translation>Chỉ số của đơn &amp;vị này</translation>
    </message>
    <message>
        <source>&amp;Return the file...</source>
        <translation>&amp;Trả lại tệp...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Lưu thành &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Units below:</source>
        <translation>Đơn vị &amp;trực thuộc:</translation>
    </message>
    <message>
        <source>This installation&apos;s unit has no units below it.</source>
        <translation>Đơn vị của bản cài đặt này không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>Lưu danh sách thành CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the return file</source>
        <translation>Lưu tệp trả lại</translation>
    </message>
    <message>
        <source>Exchange files (*.chitieu)</source>
        <translation>Tệp trao đổi (*.chitieu)</translation>
    </message>
    <message>
        <source>Deliverable received</source>
        <translation>Sản phẩm báo cáo đã nhận</translation>
    </message>
    <message>
        <source>&amp;Deliverable:</source>
        <translation>&amp;Sản phẩm báo cáo:</translation>
    </message>
    <message>
        <source>%1, %2 — expected %3 · %4 · %5 · %6 · %7</source>
        <translation>%1, %2 — phải nộp %3 · %4 · %5 · %6 · %7</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::CountEdit</name>
    <message>
        <source>&amp;History of this value</source>
        <translation>&amp;Lịch sử của giá trị này</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::DashboardPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Deadline reminder</source>
        <translation>Nhắc hạn báo cáo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>File made</source>
        <translation>Ngày lập tệp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Measures not met or without data</source>
        <translation>Các chỉ số chưa đạt hoặc chưa có số liệu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>Home — %1</source>
        <translation>Trang chủ — %1</translation>
    </message>
    <message>
        <source>%1 units report to %2; their files are due %3 (%4). Double-click a unit to see its measures.</source>
        <translation>%1 đơn vị báo cáo về %2; hạn nộp tệp là %3 (%4). Nhấp đúp vào một đơn vị để xem các chỉ số.</translation>
    </message>
    <message>
        <source> (indicators of %1)</source>
        <translation> (các chỉ tiêu của %1)</translation>
    </message>
    <message>
        <source>Data of %1 for %2</source>
        <translation>Số liệu năm %2 của %1</translation>
    </message>
    <message>
        <source>Form state set on %1.</source>
        <translation>Trạng thái biểu được cập nhật ngày %1.</translation>
    </message>
    <message>
        <source>Form state set on %1 by %2.</source>
        <translation>Trạng thái biểu được %2 cập nhật ngày %1.</translation>
    </message>
    <message>
        <source>No count is entered yet.</source>
        <translation>Chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <source>Enter the remaining counts, then mark the form complete and send the file.</source>
        <translation>Hãy nhập các số liệu còn lại, đánh dấu biểu hoàn thành rồi gửi tệp.</translation>
    </message>
    <message>
        <source>The form is complete but no file was sent since: send it.</source>
        <translation>Biểu đã hoàn thành nhưng từ đó chưa gửi tệp nào: hãy gửi tệp.</translation>
    </message>
    <message>
        <source>Returned with this reason: %1</source>
        <translation>Bị trả lại với lý do: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>không ghi lý do</translation>
    </message>
    <message>
        <source>Last file made on %1.</source>
        <translation>Tệp gần nhất lập ngày %1.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Deliverables and their deadlines</source>
        <translation>Sản phẩm báo cáo và thời hạn</translation>
    </message>
    <message>
        <source>What is due, to or from whom</source>
        <translation>Nội dung phải nộp, gửi đến hoặc nhận từ ai</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Sản phẩm báo cáo</translation>
    </message>
    <message>
        <source>Consolidation of %1 for %2</source>
        <translation>Tổng hợp của %1 năm %2</translation>
    </message>
    <message>
        <source>%1 of %2 files of the units below received (%3 on time, %4 late).</source>
        <translation>Đã nhận %1/%2 tệp của các đơn vị cấp dưới (%3 đúng hạn, %4 trễ hạn).</translation>
    </message>
    <message>
        <source>Import the files as they arrive (Exchange tab), then send the unit&apos;s own file.</source>
        <translation>Nhập các tệp khi chúng đến (thẻ Trao đổi), rồi gửi tệp của chính đơn vị.</translation>
    </message>
    <message>
        <source>Every file is in: check the figures, write the reports and send them.</source>
        <translation>Đã nhận đủ tệp: hãy kiểm tra số liệu, viết báo cáo và gửi đi.</translation>
    </message>
    <message>
        <source>Reports of %1 for %2</source>
        <translation>Báo cáo của %1 năm %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>   still to do: %1</source>
        <translation>   còn phải làm: %1</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Đã gửi tất cả</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Units below: %1 on time · %2 late · %3 received not complete · %4 missing</source>
        <translation>Đơn vị cấp dưới: %1 đúng hạn · %2 trễ hạn · %3 đã nhận nhưng chưa hoàn thành · %4 chưa nộp</translation>
    </message>
    <message>
        <source>Measures to look at: %1 not met, %2 incomplete, %3 without data, %4 met</source>
        <translation>Chỉ số cần chú ý: %1 chưa đạt, %2 chưa đủ số liệu, %3 chưa có số liệu, %4 đạt</translation>
    </message>
    <message>
        <source>Measures to look at: being added up…</source>
        <translation>Chỉ số cần chú ý: đang tổng hợp…</translation>
    </message>
    <message>
        <source>The measures could not be added up: %1</source>
        <translation>Không tổng hợp được các chỉ số: %1</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::DiffReviewDialog</name>
    <message>
        <source>Overwrite values entered here?</source>
        <translation>Ghi đè số liệu đã nhập tại máy này?</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Xem lại các thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 from %2 for %3 would overwrite %n value(s) that were entered on this computer. Overwrite them with the file&apos;s values, or keep them and import nothing from this file?</source>
        <translation>
            <numerusform>Tệp %1 năm %3 của %2 sẽ ghi đè %n giá trị đã nhập trên máy này. Ghi đè bằng giá trị trong tệp, hay giữ nguyên và không nhập gì từ tệp này?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file %1 from %2 for %3, made on %4, replaces the one made on %5. %n value(s) change. Accept the changes, or reject the file and keep the values as they are?</source>
        <translation>
            <numerusform>Tệp %1 năm %3 của %2, lập ngày %4, thay cho tệp lập ngày %5. Có %n giá trị thay đổi. Chấp nhận các thay đổi, hay từ chối tệp và giữ nguyên số liệu hiện có?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file %1 from %2 for %3 changes %n value(s) already stored here. Accept the changes, or reject the file and keep the values as they are?</source>
        <translation>
            <numerusform>Tệp %1 năm %3 của %2 thay đổi %n giá trị đã lưu tại đây. Chấp nhận các thay đổi, hay từ chối tệp và giữ nguyên số liệu hiện có?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Data element</source>
        <translation>Mục số liệu</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Comment (old → new)</source>
        <translation>Ghi chú (cũ → mới)</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Nhập tại máy này</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <source>Yes — entered here</source>
        <translation>Có — nhập tại máy này</translation>
    </message>
    <message>
        <source>&amp;Overwrite my values</source>
        <translation>&amp;Ghi đè số liệu của tôi</translation>
    </message>
    <message>
        <source>&amp;Accept the changes</source>
        <translation>&amp;Chấp nhận thay đổi</translation>
    </message>
    <message>
        <source>&amp;Keep my values</source>
        <translation>Giữ &amp;nguyên số liệu của tôi</translation>
    </message>
    <message>
        <source>&amp;Reject the file</source>
        <translation>&amp;Từ chối tệp</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::DocumentDetailsDialog</name>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Body a&amp;bove the issuer:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số và ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Recipients (one a line):</source>
        <translation>&amp;Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>&amp;Signature lines:</source>
        <translation>Các dòng &amp;ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>These lines are printed as written, in Vietnamese, as Decree 30/2020 sets them out.</source>
        <translation>Các dòng này được in đúng như đã viết, bằng tiếng Việt, theo thể thức của Nghị định 30/2020.</translation>
    </message>
    <message>
        <source>Problem with the details</source>
        <translation>Vấn đề của thông tin văn bản</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::EntryForm</name>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (năm gốc)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Hoàn tác thay đổi vừa rồi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Làm lại (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Mark &amp;complete</source>
        <translation>Đánh dấu &amp;hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Reopen...</source>
        <translation>&amp;Mở lại...</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Entered by %1.</source>
        <translation>Người nhập: %1.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Trạng thái: %1 (%2)</translation>
    </message>
    <message>
        <source>Marked complete on %1 by %2: the form can only be read. Reopen it, with a reason, to change a figure.</source>
        <translation>%2 đã đánh dấu hoàn thành ngày %1: biểu chỉ xem được. Muốn sửa số liệu, hãy mở lại biểu và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>You enter the figures of %1 for it, as %2: they are marked as entered by the district.</source>
        <translation>Bạn nhập số liệu thay cho %1, với tư cách %2: số liệu được ghi nhận là do huyện nhập.</translation>
    </message>
    <message>
        <source>Reopened on %1 by %2: %3</source>
        <translation>%2 đã mở lại ngày %1: %3</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Sửa “%1”</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Ghi chú cho “%1”</translation>
    </message>
    <message>
        <source>Line %1 of the pasted column, “%2”: %3 Nothing was pasted.</source>
        <translation>Dòng %1 của cột vừa dán, “%2”: %3 Chưa dán số liệu nào.</translation>
    </message>
    <message>
        <source>Paste %1 values</source>
        <translation>Dán %1 giá trị</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Chưa dán số liệu nào.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Comment on “%1” (empty removes it):</source>
        <translation>Ghi chú cho “%1” (để trống để xóa ghi chú):</translation>
    </message>
    <message>
        <source>Some typed figures were refused and are not stored: correct or clear them first.</source>
        <translation>Một số số liệu vừa gõ không hợp lệ và chưa được lưu: hãy sửa hoặc xóa trước.</translation>
    </message>
    <message>
        <source>The form is marked complete.</source>
        <translation>Biểu đã được đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>Reopen the form</source>
        <translation>Mở lại biểu</translation>
    </message>
    <message>
        <source>Why is the form reopened? The reason is kept with the form.</source>
        <translation>Vì sao mở lại biểu? Lý do được lưu cùng biểu.</translation>
    </message>
    <message>
        <source>The form is open for changes again.</source>
        <translation>Biểu đã được mở lại để sửa.</translation>
    </message>
    <message>
        <source>Add a comment (Ctrl+M) that explains it.</source>
        <translation>Hãy thêm ghi chú giải thích (Ctrl+M).</translation>
    </message>
    <message>
        <source>Enter a value for “%1” before adding a comment.</source>
        <translation>Hãy nhập giá trị cho “%1” trước khi thêm ghi chú.</translation>
    </message>
    <message>
        <source>The pasted column has %1 numbers, more than the fields from here to the end of the form (%2). Nothing was pasted.</source>
        <translation>Cột vừa dán có %1 số, nhiều hơn số ô từ vị trí này đến cuối biểu (%2). Chưa dán số liệu nào.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ExchangePage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Export the file of %1...</source>
        <translation>&amp;Xuất tệp của %1...</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key: %1 (the unit above can compare it by phone)</source>
        <translation>Khóa ký của bản cài đặt này: %1 (cấp trên có thể gọi điện để đối chiếu)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập tệp</translation>
    </message>
    <message>
        <source>Who has &amp;reported</source>
        <translation>&amp;Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <source>Your file for %1 was returned on %2 by %3: %4. Correct the form and send a new file.</source>
        <translation>Tệp năm %1 của đơn vị đã bị %3 trả lại ngày %2: %4. Hãy sửa biểu và gửi tệp mới.</translation>
    </message>
    <message>
        <source>Export the exchange file</source>
        <translation>Xuất tệp trao đổi</translation>
    </message>
    <message>
        <source>Exchange files (*.chitieu)</source>
        <translation>Tệp trao đổi (*.chitieu)</translation>
    </message>
    <message>
        <source>Deliverable to export</source>
        <translation>Sản phẩm báo cáo cần xuất</translation>
    </message>
    <message>
        <source>This installation sends no exchange file in %1: its reports go to the Provincial People&apos;s Committee as documents (Reports tab).</source>
        <translation>Máy này không gửi tệp trao đổi nào trong năm %1: báo cáo của đơn vị gửi Ủy ban nhân dân tỉnh dưới dạng văn bản (thẻ Báo cáo).</translation>
    </message>
    <message>
        <source>Saved %1: %2 values of %3 units and %4 sections, made on %5. Send this file to the unit above.</source>
        <translation>Đã lưu %1: %2 giá trị của %3 đơn vị và %4 mục báo cáo, lập ngày %5. Hãy gửi tệp này cho đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>Saved %1: the report with %2 sections, made on %3. Send this file to the unit above.</source>
        <translation>Đã lưu %1: báo cáo với %2 mục, lập ngày %3. Hãy gửi tệp này cho đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>Received &amp;files</source>
        <translation>&amp;Tệp đã nhận</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::FirstRunDialog</name>
    <message>
        <source>Set up Chỉ Tiêu Trẻ Em</source>
        <translation>Thiết lập Chỉ Tiêu Trẻ Em</translation>
    </message>
    <message>
        <source>Which unit does this computer serve, and who uses it? You can change this later in the settings.</source>
        <translation>Máy này dùng cho đơn vị nào, và ai sử dụng? Có thể thay đổi sau trong phần Cài đặt.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Mục lục</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::HistoryPage</name>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
    <message>
        <source>Save the history as CSV</source>
        <translation>Lưu lịch sử thành tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All data elements</source>
        <translation>Tất cả mục số liệu</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Data element:</source>
        <translation>&amp;Mục số liệu:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Người &amp;sửa:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save as CSV...</source>
        <translation>Lư&amp;u thành CSV...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Data element</source>
        <translation>Mục số liệu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách sửa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 tệp %2</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>No changes match these choices.</source>
        <translation>Không có thay đổi nào phù hợp với các lựa chọn này.</translation>
    </message>
    <message>
        <source>%1 changes, newest first.</source>
        <translation>%1 thay đổi, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ImportPanel</name>
    <message>
        <source>Import &amp;files...</source>
        <translation>Nhập &amp;tệp...</translation>
    </message>
    <message>
        <source>Import a f&amp;older...</source>
        <translation>Nhập cả thư &amp;mục...</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v/%m tệp</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tiến độ nhập tệp</translation>
    </message>
    <message>
        <source>Choose .chitieu files or a folder, or drop files on the window.</source>
        <translation>Chọn các tệp .chitieu hoặc một thư mục, hoặc kéo thả tệp vào cửa sổ.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Kết quả nhập tệp</translation>
    </message>
    <message>
        <source>No .chitieu files were found in %1.</source>
        <translation>Không tìm thấy tệp .chitieu nào trong %1.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Đang nhập %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop after the file being imported; the files after it are not read.</source>
        <translation>Dừng sau tệp đang nhập; các tệp sau đó không được đọc.</translation>
    </message>
    <message>
        <source>Cancelling: the file being imported is finished first...</source>
        <translation>Đang hủy: tệp đang nhập sẽ được nhập xong trước...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 applied, %2 not applied (see the reasons below).</source>
        <translation>
            <numerusform>%n tệp: %1 tệp đã áp dụng, %2 tệp không áp dụng (xem lý do bên dưới).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 applied, none refused.</source>
        <translation>
            <numerusform>%n tệp: %1 tệp đã áp dụng, không tệp nào bị từ chối.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not read; import them again when you want.</source>
        <translation>
            <numerusform>Đã hủy: %n tệp chưa được đọc; hãy nhập lại khi cần.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder are not exchange files (.chitieu) and were left aside.</source>
        <translation>
            <numerusform>%n tệp khác trong thư mục không phải là tệp trao đổi (.chitieu) và đã được bỏ qua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::ui::IndicatorSection</name>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>Chỉ tiêu %1 (%2)</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Last year&apos;s values</source>
        <translation>Số liệu năm trước</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Kế hoạch: %1</translation>
    </message>
    <message>
        <source>Last year&apos;s value</source>
        <translation>Giá trị năm trước</translation>
    </message>
    <message>
        <source>Comment on this value (Ctrl+M)</source>
        <translation>Ghi chú cho giá trị này (Ctrl+M)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Ghi chú cho %1</translation>
    </message>
    <message>
        <source>Also uses, entered above: %1</source>
        <translation>Dùng thêm các số liệu đã nhập ở trên: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Counts rural communes (Xã) only.</source>
        <translation>Chỉ tính các xã (nông thôn).</translation>
    </message>
    <message>
        <source>Counts urban communes (Phường, Thị trấn) only.</source>
        <translation>Chỉ tính các phường, thị trấn (thành thị).</translation>
    </message>
    <message>
        <source>Why? Write a comment here and press Enter (or Ctrl+M in the field)</source>
        <translation>Vì sao? Ghi chú lý do tại đây rồi nhấn Enter (hoặc Ctrl+M trong ô số liệu)</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::InstallationFields</name>
    <message>
        <source>A commune, ward or town (enters its own data)</source>
        <translation>Xã, phường, thị trấn (tự nhập số liệu)</translation>
    </message>
    <message>
        <source>A district (collects its communes)</source>
        <translation>Huyện, thị xã, thành phố (tổng hợp số liệu các xã)</translation>
    </message>
    <message>
        <source>The province (consolidates the districts)</source>
        <translation>Tỉnh (tổng hợp số liệu các huyện)</translation>
    </message>
    <message>
        <source>A provincial department (checks its indicators)</source>
        <translation>Sở, ngành cấp tỉnh (theo dõi các chỉ tiêu được giao)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Sở, ngành:</translation>
    </message>
    <message>
        <source>Your full name, as it should appear in reports</source>
        <translation>Họ và tên đầy đủ, như sẽ ghi trong báo cáo</translation>
    </message>
    <message>
        <source>&amp;This computer serves:</source>
        <translation>&amp;Máy này dùng cho:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Type part of the name, such as quang thai, and pick it</source>
        <translation>Gõ một phần tên, ví dụ quang thai, rồi chọn trong danh sách</translation>
    </message>
    <message>
        <source>Choose your commune, ward or town in the Unit field.</source>
        <translation>Hãy chọn xã, phường hoặc thị trấn của bạn ở ô Đơn vị.</translation>
    </message>
    <message>
        <source>Choose your district in the Unit field.</source>
        <translation>Hãy chọn huyện của bạn ở ô Đơn vị.</translation>
    </message>
    <message>
        <source>Choose the province in the Unit field.</source>
        <translation>Hãy chọn tỉnh ở ô Đơn vị.</translation>
    </message>
    <message>
        <source>No unit matches “%1”: check the spelling, or type fewer letters.</source>
        <translation>Không có đơn vị nào khớp với “%1”: hãy kiểm tra chính tả hoặc gõ ít chữ hơn.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) match “%1”: pick one from the list under the Unit field.</source>
        <translation>
            <numerusform>Có %n đơn vị khớp với “%1”: hãy chọn một đơn vị trong danh sách dưới ô Đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your full name.</source>
        <translation>Hãy ghi họ và tên của bạn.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::MainWindow</name>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Chỉ số</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Chỉ Tiêu Trẻ Em</source>
        <translation>&amp;Giới thiệu Chỉ Tiêu Trẻ Em</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>T&amp;rang chủ</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>Cơ &amp;quan</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Cài đặt...</translation>
    </message>
    <message>
        <source>&amp;Data entry</source>
        <translation>&amp;Nhập số liệu</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Trao đổi &amp;tệp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reports to &amp;write</source>
        <translation>&amp;Viết báo cáo</translation>
    </message>
    <message>
        <source>Own &amp;targets</source>
        <translation>Chỉ tiêu &amp;riêng</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>Administrative &amp;units over the years...</source>
        <translation>Đơn vị &amp;hành chính qua các năm...</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Files are being imported. Change the settings when the import has finished.</source>
        <translation>Đang nhập tệp. Hãy thay đổi cài đặt khi việc nhập đã xong.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Chưa lưu được cài đặt</translation>
    </message>
    <message>
        <source>%1

The settings were not changed. Try again in a moment.</source>
        <translation>%1

Cài đặt không thay đổi. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Move to the &amp;new unit...</source>
        <translation>Chuyển sang đơn vị &amp;mới...</translation>
    </message>
    <message>
        <source>Move to the new unit</source>
        <translation>Chuyển sang đơn vị mới</translation>
    </message>
    <message>
        <source>Files are being imported. Move when the import has finished (File &gt; Move to the new unit...).</source>
        <translation>Đang nhập tệp. Hãy chuyển khi việc nhập đã xong (Tệp &gt; Chuyển sang đơn vị mới...).</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Chưa chuyển</translation>
    </message>
    <message>
        <source>%1

The installation still serves %2.</source>
        <translation>%1

Bản cài đặt vẫn phục vụ %2.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::MeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Indicator %1 (%2)</source>
        <translation>Chỉ tiêu %1 (%2)</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::MeasuresPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Count forms &amp;not yet complete</source>
        <translation>Tính cả biểu mẫu &amp;chưa hoàn thành</translation>
    </message>
    <message>
        <source>Consolidated figures count the communes whose form is complete. Tick this to count forms still in progress too; the figures then say so.</source>
        <translation>Số liệu tổng hợp chỉ tính các xã đã hoàn thành biểu mẫu. Chọn ô này để tính cả các biểu mẫu đang nhập; số liệu khi đó sẽ ghi rõ.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::NarrativePage</name>
    <message>
        <source>The plan&apos;s tasks and solutions</source>
        <translation>Nhiệm vụ, giải pháp của Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Quote from below...</source>
        <translation>&amp;Trích từ cấp dưới...</translation>
    </message>
    <message>
        <source>Insert the text of a unit or department below into this section.</source>
        <translation>Chèn nội dung của một đơn vị hoặc sở, ngành cấp dưới vào mục này.</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Lịch sử...</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>This installation writes no report in %1.</source>
        <translation>Máy này không viết báo cáo nào trong năm %1.</translation>
    </message>
    <message>
        <source>Choose the unit this computer serves first (Settings).</source>
        <translation>Hãy chọn trước đơn vị mà máy này phục vụ (Cài đặt).</translation>
    </message>
    <message>
        <source>%1 — due %2 (%3) to %4: %5.</source>
        <translation>%1 — hạn %2 (%3) gửi %4: %5.</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Còn phải làm: %1.</translation>
    </message>
    <message>
        <source>Last sent on %1.</source>
        <translation>Gửi lần cuối ngày %1.</translation>
    </message>
    <message>
        <source>The plan&apos;s tasks and solutions (section II)</source>
        <translation>Nhiệm vụ, giải pháp của Kế hoạch (mục II)</translation>
    </message>
    <message>
        <source>Your own tasks (section III): %1</source>
        <translation>Nhiệm vụ của đơn vị (mục III): %1</translation>
    </message>
    <message>
        <source>Received from below</source>
        <translation>Nhận từ cấp dưới</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Đã lưu lúc %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing received for this section</source>
        <translation>Chưa nhận được nội dung nào cho mục này</translation>
    </message>
    <message>
        <source>History of the section</source>
        <translation>Lịch sử của mục</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>Reports to write</source>
        <translation>Báo cáo cần viết</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ReceivedFilesPanel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Các tệp đã nhận</translation>
    </message>
    <message>
        <source>&amp;Take back...</source>
        <translation>&amp;Rút lại...</translation>
    </message>
    <message>
        <source>Return the values, form states and received file to what they were before this file</source>
        <translation>Đưa các giá trị, trạng thái biểu mẫu và tệp đã nhận về như trước khi nhập tệp này</translation>
    </message>
    <message>
        <source>A file can be taken back while nothing changed its values or forms after it.</source>
        <translation>Một tệp có thể được rút lại khi chưa có gì thay đổi các giá trị hoặc biểu mẫu của nó sau đó.</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>%1 cannot be taken back: later changes touched what it changed. Undo them first, or leave the file as it is.

%2</source>
        <translation>Không thể rút lại %1: có thay đổi sau đó chạm vào những gì tệp đã thay đổi. Hãy hoàn tác các thay đổi đó trước, hoặc giữ nguyên tệp.

%2</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ReportsPage</name>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Sơ kết giữa kỳ</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Protect small &amp;numbers (for sharing outside the administration)</source>
        <translation>Bảo vệ số &amp;nhỏ (khi chia sẻ ra ngoài cơ quan nhà nước)</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Xem trước khi in...</translation>
    </message>
    <message>
        <source>Prin&amp;t...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Save &amp;as PDF...</source>
        <translation>Lưu thành &amp;PDF...</translation>
    </message>
    <message>
        <source>Save for &amp;Excel...</source>
        <translation>Lưu cho &amp;Excel...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Lưu thành &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Kind of report:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>There is no report to print: %1</source>
        <translation>Không có báo cáo để in: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>There is no report to save: %1</source>
        <translation>Không có báo cáo để lưu: %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report for Excel</source>
        <translation>Lưu báo cáo cho Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Lưu báo cáo thành CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Lưu biểu đồ thành PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Đang lưu báo cáo</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>biểu đồ</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Sản phẩm báo cáo</translation>
    </message>
    <message>
        <source>Document &amp;details...</source>
        <translation>&amp;Thông tin văn bản...</translation>
    </message>
    <message>
        <source>Deli&amp;verable:</source>
        <translation>Sản &amp;phẩm báo cáo:</translation>
    </message>
    <message>
        <source>The figures alone</source>
        <translation>Chỉ số liệu</translation>
    </message>
    <message>
        <source>There is no report to change: %1</source>
        <translation>Không có báo cáo để thay đổi: %1</translation>
    </message>
    <message>
        <source>Count forms not yet &amp;complete</source>
        <translation>Tính cả biểu mẫu chưa &amp;hoàn thành</translation>
    </message>
    <message>
        <source>Consolidated figures count the communes whose form is complete. Tick this to count forms still in progress too; the report then says so.</source>
        <translation>Số liệu tổng hợp chỉ tính các xã đã hoàn thành biểu mẫu. Chọn ô này để tính cả các biểu mẫu đang nhập; báo cáo khi đó sẽ ghi rõ.</translation>
    </message>
    <message>
        <source>%1: in %2, %3; %4 off track.</source>
        <translation>%1: năm %2, %3; %4 chệch hướng.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>Đ</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>I</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Danh sách</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Danh sách dấu đầu dòng</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Danh sách</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Bản cài đặt này</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>Each year, the communes of this district send their data by this day. The plan sets no such date: the district chooses it.</source>
        <translation>Hằng năm, các xã trực thuộc gửi số liệu trước ngày này. Kế hoạch không quy định ngày này: huyện tự chọn.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Communes&apos; &amp;deadline:</source>
        <translation>&amp;Hạn nộp của xã:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>The full name printed under the signature</source>
        <translation>Họ tên đầy đủ in dưới chữ ký</translation>
    </message>
    <message>
        <source>Signature on documents</source>
        <translation>Chữ ký trên văn bản</translation>
    </message>
    <message>
        <source>&quot;&amp;TM.&quot; line:</source>
        <translation>Dòng &quot;&amp;TM.&quot;:</translation>
    </message>
    <message>
        <source>&quot;&amp;KT.&quot; line:</source>
        <translation>Dòng &quot;&amp;KT.&quot;:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Empty lines are left out. Without a title the issuing body&apos;s usual one is printed (the committee&apos;s chairman, a department&apos;s director); each report can still change it before it is saved.</source>
        <translation>Dòng trống được bỏ qua. Khi không ghi chức vụ, chương trình in chức vụ thường dùng của cơ quan ban hành (Chủ tịch Ủy ban, Giám đốc sở); mỗi báo cáo vẫn có thể sửa trước khi lưu.</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Vấn đề của phần cài đặt</translation>
    </message>
    <message>
        <source>A district&apos;s or the province&apos;s figure is judged (met, not met) only when it covers at least this share of its communes; below it the status is &quot;incomplete&quot; and the value is still shown. 100 %: only when every commune is in.</source>
        <translation>Số liệu của huyện hoặc tỉnh chỉ được đánh giá (đạt, chưa đạt) khi bao gồm ít nhất tỷ lệ xã này; dưới mức đó kết quả là &quot;chưa đủ số liệu&quot; và giá trị vẫn được hiển thị. 100 %: chỉ khi đủ tất cả các xã.</translation>
    </message>
    <message>
        <source>Judge figures from a &amp;coverage of:</source>
        <translation>Đánh giá số liệu từ &amp;mức bao phủ:</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::TargetsPage</name>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>Chỉ tiêu của Kế hoạch</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Chỉ tiêu riêng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>The unit&apos;s own targets</source>
        <translation>Chỉ tiêu riêng của đơn vị</translation>
    </message>
    <message>
        <source>such as 0,7</source>
        <translation>ví dụ 0,7</translation>
    </message>
    <message>
        <source>the number of the unit&apos;s plan, such as 45/KH-UBND</source>
        <translation>số kế hoạch của đơn vị, ví dụ 45/KH-UBND</translation>
    </message>
    <message>
        <source>&amp;Set the target</source>
        <translation>Đặ&amp;t chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Remove the selected target</source>
        <translation>&amp;Xóa chỉ tiêu đã chọn</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>C&amp;hỉ tiêu:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ năm:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>The targets this unit set itself in its own plan. Reports show each measure against them beside the plan&apos;s targets; the file sent upward carries them.</source>
        <translation>Các chỉ tiêu do đơn vị tự đặt trong kế hoạch của mình. Báo cáo so sánh từng chỉ số với các chỉ tiêu này bên cạnh chỉ tiêu của Kế hoạch; tệp gửi lên cấp trên mang theo chúng.</translation>
    </message>
    <message>
        <source>The target of %1 is set.</source>
        <translation>Đã đặt chỉ tiêu của %1.</translation>
    </message>
    <message>
        <source>The target of %1 from %2 is removed.</source>
        <translation>Đã xóa chỉ tiêu của %1 từ năm %2.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::UnitHistoryDialog</name>
    <message>
        <source>UNCONFIRMED</source>
        <translation>CHƯA XÁC NHẬN</translation>
    </message>
    <message>
        <source>Administrative units over the years</source>
        <translation>Đơn vị hành chính qua các năm</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Các lần thay đổi</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Tree of a year</source>
        <translation>&amp;Cây đơn vị của một năm</translation>
    </message>
    <message>
        <source>%1: %2 units</source>
        <translation>%1: %2 đơn vị</translation>
    </message>
    <message>
        <source>%1 %2 (share %3)</source>
        <translation>%1 %2 (tỷ lệ %3)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>This database holds one unit list for every year.</source>
        <translation>Cơ sở dữ liệu này dùng một danh sách đơn vị cho mọi năm.</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::UnitMoveDialog</name>
    <message>
        <source>Your unit became part of another</source>
        <translation>Đơn vị của bạn đã sáp nhập vào đơn vị khác</translation>
    </message>
    <message>
        <source>%1 became part of %2 on %3.

Resolution: %4</source>
        <translation>%1 đã sáp nhập vào %2 từ ngày %3.

Nghị quyết: %4</translation>
    </message>
    <message>
        <source>no source confirms this change yet; check it with the city before moving.</source>
        <translation>chưa có nguồn nào xác nhận thay đổi này; hãy kiểm tra với thành phố trước khi chuyển.</translation>
    </message>
    <message>
        <source>Move this installation to %1? Its earlier years stay here under the code %2 and are shown on the new unit when mapped; from now on it enters, reports and sends its files as %1. Its signing key stays: the unit that receives your files is asked to accept it for %1.</source>
        <translation>Chuyển bản cài đặt này sang %1? Số liệu các năm trước vẫn được giữ ở đây theo mã %2 và được hiển thị cho đơn vị mới khi quy đổi; từ nay bản cài đặt nhập liệu, báo cáo và gửi tệp với tư cách %1. Khóa ký được giữ nguyên: đơn vị nhận tệp của bạn sẽ được hỏi có chấp nhận khóa này cho %1 hay không.</translation>
    </message>
    <message>
        <source>&amp;Move to %1</source>
        <translation>&amp;Chuyển sang %1</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Not now: this is not asked again at start; File &gt; Move to the new unit... does it later.</source>
        <translation>Để sau: lần khởi động sau sẽ không hỏi lại; có thể chuyển sau bằng Tệp &gt; Chuyển sang đơn vị mới...</translation>
    </message>
</context>
<context>
    <name>chitieu::ui::UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
</TS>
