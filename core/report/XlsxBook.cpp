#include "XlsxBook.h"

#include "SmallNumbers.h"
#include "XlsxLibrary.h"
#include "core/Error.h"
#include "core/format/StatusLook.h"

#include <QCoreApplication>
#include <QFile>

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
        library().setColumn(m_ws, colIndex(c), colIndex(c), widths[c], nullptr);
    library().setRow(m_ws, rowIndex(headerRow), 32, nullptr);
    library().freezePanes(m_ws, rowIndex(firstDataRow), 0);
    m_row = firstDataRow;
}

void Sheet::setWidths(const QList<double>& widths)
{
    for (int c = 0; c < widths.size(); ++c)
        library().setColumn(m_ws, colIndex(c), colIndex(c), widths[c], nullptr);
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
    library().writeRichString(m_ws, rowIndex(row), colIndex(col), pointers.data(), m_book.format(Style::Text));
}

void Sheet::text(int row, int col, const QString& value, Style style)
{
    const QByteArray utf8 = value.toUtf8();
    library().writeString(m_ws, rowIndex(row), colIndex(col), utf8.constData(), m_book.format(style));
}

void Sheet::count(int row, int col, const std::optional<qint64>& value, bool hidden)
{
    if (hidden)
        text(row, col, suppressedText());
    else if (value)
        library().writeNumber(m_ws, rowIndex(row), colIndex(col), static_cast<double>(*value),
                              m_book.format(Style::Count));
}

void Sheet::rate(int row, int col, const std::optional<double>& value, bool hidden, int decimals)
{
    if (hidden)
        text(row, col, suppressedText());
    else if (value)
        library().writeNumber(m_ws, rowIndex(row), colIndex(col), *value, m_book.rateFormat(decimals));
}

void Sheet::date(int row, int col, const QDate& value)
{
    if (!value.isValid())
        return;
    lxw_datetime d = toLxw(value);
    library().writeDatetime(m_ws, rowIndex(row), colIndex(col), &d, m_book.format(Style::Date));
}

void Sheet::dateTime(int row, int col, const std::optional<QDateTime>& value)
{
    if (!value || !value->isValid())
        return;
    lxw_datetime d = toLxw(value->date(), value->time());
    library().writeDatetime(m_ws, rowIndex(row), colIndex(col), &d, m_book.format(Style::DateTime));
}

void Sheet::groupRow(int row, int lastCol, const QString& title)
{
    const QByteArray utf8 = title.toUtf8();
    library().mergeRange(m_ws, rowIndex(row), 0, rowIndex(row), colIndex(lastCol), utf8.constData(),
                         m_book.format(Style::GroupRow));
}

Book::Book()
{
    if (!m_dir.isValid())
        throw Error(QCoreApplication::translate("Reports", "Cannot create a temporary folder for the Excel file: %1")
                        .arg(m_dir.errorString()));
    m_path = m_dir.filePath(QStringLiteral("report.xlsx"));
    m_wb = library().workbookNew(QFile::encodeName(m_path).constData());
    if (!m_wb)
        throw Error(QCoreApplication::translate("Reports", "Cannot create the Excel file %1.").arg(m_path));
}

Book::~Book()
{
    qDeleteAll(m_sheets);
    // A workbook never finished is freed without writing it.
    if (m_wb)
        library().workbookFree(m_wb);
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
    lxw_worksheet* ws = library().workbookAddWorksheet(m_wb, utf8.constData());
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
    lxw_format* f = library().workbookAddFormat(m_wb);
    library().setFontName(f, "Times New Roman");
    library().setFontSize(f, 12);
    library().setAlign(f, LXW_ALIGN_VERTICAL_CENTER);
    switch (style) {
    case Style::Title:
        library().setBold(f);
        library().setFontSize(f, 14);
        break;
    case Style::Note:
        library().setItalic(f);
        break;
    case Style::Bold:
        library().setBold(f);
        break;
    case Style::BoldWrapped:
        library().setBold(f);
        library().setTextWrap(f);
        break;
    case Style::Italic:
        library().setItalic(f);
        library().setTextWrap(f);
        break;
    case Style::BoldItalic:
        library().setBold(f);
        library().setItalic(f);
        library().setTextWrap(f);
        break;
    case Style::Header:
        library().setBold(f);
        library().setBorder(f, LXW_BORDER_THIN);
        library().setAlign(f, LXW_ALIGN_CENTER);
        library().setTextWrap(f);
        library().setBgColor(f, 0xDDE4EE);
        break;
    case Style::GroupRow:
        library().setBold(f);
        library().setBgColor(f, 0xF2F2F2);
        library().setBorder(f, LXW_BORDER_THIN);
        break;
    case Style::Count:
        library().setNumFormat(f, "#,##0");
        break;
    case Style::Date:
        library().setNumFormat(f, "dd/mm/yyyy");
        break;
    case Style::DateTime:
        library().setNumFormat(f, "dd/mm/yyyy hh:mm");
        break;
    case Style::Met:
        library().setBgColor(f, statusLook(MeasureStatus::Met).background);
        break;
    case Style::NotMet:
        library().setBgColor(f, statusLook(MeasureStatus::NotMet).background);
        break;
    case Style::NoData:
        library().setBgColor(f, statusLook(MeasureStatus::NoData).background);
        break;
    case Style::Incomplete:
        library().setBgColor(f, statusLook(MeasureStatus::Incomplete).background);
        break;
    case Style::NotApplicable:
        library().setBgColor(f, statusLook(MeasureStatus::NotApplicable).background);
        break;
    case Style::Text:
        library().setTextWrap(f);
        break;
    }
    m_formats.insert(key, f);
    return f;
}

lxw_format* Book::rateFormat(int decimals)
{
    if (lxw_format* f = m_rateFormats.value(decimals))
        return f;
    lxw_format* f = library().workbookAddFormat(m_wb);
    library().setFontName(f, "Times New Roman");
    library().setFontSize(f, 12);
    const QByteArray pattern = "#,##0." + QByteArray(decimals, '0');
    library().setNumFormat(f, pattern.constData());
    m_rateFormats.insert(decimals, f);
    return f;
}

QByteArray Book::finish()
{
    const lxw_error e = library().workbookClose(m_wb);
    m_wb = nullptr; // closing frees it, whatever the result
    if (e != LXW_NO_ERROR)
        throw Error(QCoreApplication::translate("Reports", "Cannot write the Excel file: %1")
                        .arg(QString::fromUtf8(library().strerror(e))));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Reports", "Cannot read back the Excel file %1: %2")
                        .arg(m_path, f.errorString()));
    return f.readAll();
}

} // namespace chitieu::xlsx
