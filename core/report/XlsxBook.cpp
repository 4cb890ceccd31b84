#include "XlsxBook.h"

#include "SmallNumbers.h"
#include "core/Error.h"
#include "core/format/StatusLook.h"

#include <QCoreApplication>
#include <QFile>
#include <xlsxwriter.h>

namespace chitieu::xlsx {

namespace {
lxw_datetime toLxw(const QDate& d, const QTime& t = QTime(0, 0))
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), static_cast<double>(t.second())};
}

lxw_row_t rowIndex(int row)
{
    return static_cast<lxw_row_t>(row);
}

lxw_col_t colIndex(int col)
{
    return static_cast<lxw_col_t>(col);
}
} // namespace

void Sheet::titleBlock(const QString& title, const QString& subtitle, const QString& note, const QStringList& header,
                       const QList<double>& widths)
{
    text(0, 0, title, Style::Title);
    text(1, 0, subtitle, Style::Bold);
    if (!note.isEmpty())
        text(2, 0, note, Style::Note);
    for (int c = 0; c < header.size(); ++c)
        text(headerRow, c, header[c], Style::Header);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(m_ws, colIndex(c), colIndex(c), widths[c], nullptr);
    worksheet_set_row(m_ws, rowIndex(headerRow), 32, nullptr);
    worksheet_freeze_panes(m_ws, rowIndex(firstDataRow), 0);
    m_row = firstDataRow;
}

void Sheet::setWidths(const QList<double>& widths)
{
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(m_ws, colIndex(c), colIndex(c), widths[c], nullptr);
}

void Sheet::richText(int row, int col, const QList<TextRun>& runs, const QString& prefix)
{
    bool plain = true;
    for (const TextRun& r : runs)
        plain = plain && !r.bold && !r.italic;
    if (plain || runs.size() < 2) {
        // One run (libxlsxwriter needs two fragments for a rich string): a formatted cell.
        QString all = prefix;
        for (const TextRun& r : runs)
            all += r.text;
        const bool bold = !runs.isEmpty() && runs.first().bold;
        const bool italic = !runs.isEmpty() && runs.first().italic;
        text(row, col, all,
             bold && italic ? Style::BoldItalic
             : bold         ? Style::BoldWrapped
             : italic       ? Style::Italic
                            : Style::Text);
        return;
    }
    QList<QByteArray> texts;
    QList<lxw_rich_string_tuple> tuples;
    if (!prefix.isEmpty())
        texts << prefix.toUtf8();
    for (const TextRun& r : runs)
        texts << r.text.toUtf8();
    int t = 0;
    if (!prefix.isEmpty())
        tuples << lxw_rich_string_tuple{nullptr, texts[t++].data()};
    for (const TextRun& r : runs) {
        lxw_format* f = r.bold && r.italic ? m_book.format(Style::BoldItalic)
                        : r.bold           ? m_book.format(Style::BoldWrapped)
                        : r.italic         ? m_book.format(Style::Italic)
                                           : nullptr;
        tuples << lxw_rich_string_tuple{f, texts[t++].data()};
    }
    QList<lxw_rich_string_tuple*> pointers;
    for (lxw_rich_string_tuple& tuple : tuples)
        pointers << &tuple;
    pointers << nullptr;
    worksheet_write_rich_string(m_ws, rowIndex(row), colIndex(col), pointers.data(), m_book.format(Style::Text));
}

void Sheet::text(int row, int col, const QString& value, Style style)
{
    const QByteArray utf8 = value.toUtf8();
    worksheet_write_string(m_ws, rowIndex(row), colIndex(col), utf8.constData(), m_book.format(style));
}

void Sheet::count(int row, int col, const std::optional<qint64>& value, bool hidden)
{
    if (hidden)
        text(row, col, suppressedText());
    else if (value)
        worksheet_write_number(m_ws, rowIndex(row), colIndex(col), static_cast<double>(*value),
                               m_book.format(Style::Count));
}

void Sheet::rate(int row, int col, const std::optional<double>& value, bool hidden, int decimals)
{
    if (hidden)
        text(row, col, suppressedText());
    else if (value)
        worksheet_write_number(m_ws, rowIndex(row), colIndex(col), *value, m_book.rateFormat(decimals));
}

void Sheet::date(int row, int col, const QDate& value)
{
    if (!value.isValid())
        return;
    lxw_datetime d = toLxw(value);
    worksheet_write_datetime(m_ws, rowIndex(row), colIndex(col), &d, m_book.format(Style::Date));
}

void Sheet::dateTime(int row, int col, const std::optional<QDateTime>& value)
{
    if (!value || !value->isValid())
        return;
    lxw_datetime d = toLxw(value->date(), value->time());
    worksheet_write_datetime(m_ws, rowIndex(row), colIndex(col), &d, m_book.format(Style::DateTime));
}

void Sheet::groupRow(int row, int lastCol, const QString& title)
{
    const QByteArray utf8 = title.toUtf8();
    worksheet_merge_range(m_ws, rowIndex(row), 0, rowIndex(row), colIndex(lastCol), utf8.constData(),
                          m_book.format(Style::GroupRow));
}

Book::Book()
{
    if (!m_dir.isValid())
        throw Error(QCoreApplication::translate("Reports", "Cannot create a temporary folder for the Excel file: %1")
                        .arg(m_dir.errorString()));
    m_path = m_dir.filePath(QStringLiteral("report.xlsx"));
    m_wb = workbook_new(QFile::encodeName(m_path).constData());
    if (!m_wb)
        throw Error(QCoreApplication::translate("Reports", "Cannot create the Excel file %1.").arg(m_path));
}

Book::~Book()
{
    qDeleteAll(m_sheets);
    // A workbook never finished is freed without writing it.
    if (m_wb)
        lxw_workbook_free(m_wb);
}

Sheet& Book::addSheet(const QString& wanted)
{
    QString name = wanted;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    const QString base = name;
    for (int i = 2; m_names.contains(name.toLower()); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = base.left(31 - suffix.size()) + suffix;
    }
    m_names.insert(name.toLower());
    const QByteArray utf8 = name.toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(m_wb, utf8.constData());
    if (!ws)
        throw Error(QCoreApplication::translate("Reports", "Cannot add the sheet %1 to the Excel file.").arg(name));
    m_sheets << new Sheet(*this, ws);
    return *m_sheets.last();
}

lxw_format* Book::format(Style style)
{
    const int key = static_cast<int>(style);
    if (lxw_format* f = m_formats.value(key))
        return f;
    lxw_format* f = workbook_add_format(m_wb);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, 12);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    switch (style) {
    case Style::Title:
        format_set_bold(f);
        format_set_font_size(f, 14);
        break;
    case Style::Note:
        format_set_italic(f);
        break;
    case Style::Bold:
        format_set_bold(f);
        break;
    case Style::BoldWrapped:
        format_set_bold(f);
        format_set_text_wrap(f);
        break;
    case Style::Italic:
        format_set_italic(f);
        format_set_text_wrap(f);
        break;
    case Style::BoldItalic:
        format_set_bold(f);
        format_set_italic(f);
        format_set_text_wrap(f);
        break;
    case Style::Header:
        format_set_bold(f);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_text_wrap(f);
        format_set_bg_color(f, 0xDDE4EE);
        break;
    case Style::GroupRow:
        format_set_bold(f);
        format_set_bg_color(f, 0xF2F2F2);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    case Style::Count:
        format_set_num_format(f, "#,##0");
        break;
    case Style::Date:
        format_set_num_format(f, "dd/mm/yyyy");
        break;
    case Style::DateTime:
        format_set_num_format(f, "dd/mm/yyyy hh:mm");
        break;
    case Style::Met:
        format_set_bg_color(f, statusLook(MeasureStatus::Met).background);
        break;
    case Style::NotMet:
        format_set_bg_color(f, statusLook(MeasureStatus::NotMet).background);
        break;
    case Style::NoData:
        format_set_bg_color(f, statusLook(MeasureStatus::NoData).background);
        break;
    case Style::Incomplete:
        format_set_bg_color(f, statusLook(MeasureStatus::Incomplete).background);
        break;
    case Style::NotApplicable:
        format_set_bg_color(f, statusLook(MeasureStatus::NotApplicable).background);
        break;
    case Style::Text:
        format_set_text_wrap(f);
        break;
    }
    m_formats.insert(key, f);
    return f;
}

lxw_format* Book::rateFormat(int decimals)
{
    if (lxw_format* f = m_rateFormats.value(decimals))
        return f;
    lxw_format* f = workbook_add_format(m_wb);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, 12);
    const QByteArray pattern = "#,##0." + QByteArray(decimals, '0');
    format_set_num_format(f, pattern.constData());
    m_rateFormats.insert(decimals, f);
    return f;
}

QByteArray Book::finish()
{
    const lxw_error e = workbook_close(m_wb);
    m_wb = nullptr; // workbook_close frees it, whatever the result
    if (e != LXW_NO_ERROR)
        throw Error(QCoreApplication::translate("Reports", "Cannot write the Excel file: %1")
                        .arg(QString::fromUtf8(lxw_strerror(e))));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Reports", "Cannot read back the Excel file %1: %2")
                        .arg(m_path, f.errorString()));
    return f.readAll();
}

} // namespace chitieu::xlsx
