#include "XlsxLibrary.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QLibrary>
#include <type_traits>

namespace chitieu::xlsx {

Library loadLibrary(const QString& name, const QString& version)
{
    QLibrary file(name, version); // a QLibrary that goes leaves its library loaded
    if (!file.load())
        throw Error(QCoreApplication::translate("XlsxBook",
                                                "The spreadsheet cannot be written: the library %1 (version %2) could "
                                                "not be loaded (%3). Install it (Debian: libxlsxwriter%2).")
                        .arg(name, version, file.errorString()));
    auto resolve = [&file](const char* function, auto& pointer) {
        pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(file.resolve(function));
        if (!pointer)
            throw Error(QCoreApplication::translate(
                            "XlsxBook", "The spreadsheet cannot be written: %1 has no function %2 (%3). Install the "
                                        "libxlsxwriter that this program was built with.")
                            .arg(file.fileName(), QString::fromLatin1(function), file.errorString()));
    };
    Library l{};
    resolve("workbook_new", l.workbookNew);
    resolve("workbook_add_worksheet", l.workbookAddWorksheet);
    resolve("workbook_add_format", l.workbookAddFormat);
    resolve("workbook_close", l.workbookClose);
    resolve("lxw_workbook_free", l.workbookFree);
    resolve("lxw_strerror", l.strerror);
    resolve("worksheet_set_column", l.setColumn);
    resolve("worksheet_set_row", l.setRow);
    resolve("worksheet_freeze_panes", l.freezePanes);
    resolve("worksheet_write_rich_string", l.writeRichString);
    resolve("worksheet_write_string", l.writeString);
    resolve("worksheet_write_number", l.writeNumber);
    resolve("worksheet_write_datetime", l.writeDatetime);
    resolve("worksheet_merge_range", l.mergeRange);
    resolve("format_set_font_name", l.setFontName);
    resolve("format_set_font_size", l.setFontSize);
    resolve("format_set_align", l.setAlign);
    resolve("format_set_bold", l.setBold);
    resolve("format_set_italic", l.setItalic);
    resolve("format_set_text_wrap", l.setTextWrap);
    resolve("format_set_border", l.setBorder);
    resolve("format_set_bg_color", l.setBgColor);
    resolve("format_set_num_format", l.setNumFormat);
    return l;
}

const Library& library()
{
    // Initialised once; a load that throws leaves it for the next call to try again. The
    // soname's number (libxlsxwriter.so.4) is pkg-config's, at configure time.
    static const Library loaded =
        loadLibrary(QStringLiteral("xlsxwriter"), QStringLiteral(CHITIEU_XLSXWRITER_SOVERSION));
    return loaded;
}

} // namespace chitieu::xlsx
