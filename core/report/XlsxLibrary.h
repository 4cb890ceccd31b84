#pragma once
// libxlsxwriter, loaded when the first workbook is made instead of at every start of the
// programs: with what it brings (OpenSSL's libcrypto, minizip) it cost every run of
// chitieu-cli about 5 ms of dynamic loading, and only a spreadsheet needs it. XlsxBook calls
// the library through this table; the header still gives every function its type.

#include <QString>
#include <xlsxwriter.h>

namespace chitieu::xlsx {

struct Library
{
    decltype(&::workbook_new) workbookNew;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet;
    decltype(&::workbook_add_format) workbookAddFormat;
    decltype(&::workbook_close) workbookClose;
    decltype(&::lxw_workbook_free) workbookFree;
    decltype(&::lxw_strerror) strerror;
    decltype(&::worksheet_set_column) setColumn;
    decltype(&::worksheet_set_row) setRow;
    decltype(&::worksheet_freeze_panes) freezePanes;
    decltype(&::worksheet_write_rich_string) writeRichString;
    decltype(&::worksheet_write_string) writeString;
    decltype(&::worksheet_write_number) writeNumber;
    decltype(&::worksheet_write_datetime) writeDatetime;
    decltype(&::worksheet_merge_range) mergeRange;
    decltype(&::format_set_font_name) setFontName;
    decltype(&::format_set_font_size) setFontSize;
    decltype(&::format_set_align) setAlign;
    decltype(&::format_set_bold) setBold;
    decltype(&::format_set_italic) setItalic;
    decltype(&::format_set_text_wrap) setTextWrap;
    decltype(&::format_set_border) setBorder;
    decltype(&::format_set_bg_color) setBgColor;
    decltype(&::format_set_num_format) setNumFormat;
};

// The library, loaded on the first call (thread-safe). Throws Error naming the library file
// or the function that could not be found, and what to install.
const Library& library();
// Loads `name` (QLibrary's name and version) as libxlsxwriter: what library() does, for the
// tests of its errors.
Library loadLibrary(const QString& name, const QString& version);

} // namespace chitieu::xlsx
