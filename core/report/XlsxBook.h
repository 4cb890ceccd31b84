#pragma once
// A thin C++ face on libxlsxwriter for the report sheets: a workbook written to a temporary
// file and returned as bytes, sheets with a title block and a frozen header row, and cells
// that keep numbers as numbers (a protected figure becomes the text "<5").

#include "core/narrative/RichText.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace chitieu::xlsx {

enum class Style {
    Text,
    Note,
    Bold,
    Title,
    Header,
    GroupRow,
    Count,
    Date,
    DateTime,
    Met,
    NotMet,
    NoData,
    Incomplete,
    NotApplicable,
    Italic,
    BoldItalic,
    BoldWrapped
};

class Sheet
{
public:
    // Title block in rows 1-3, the column titles in row 4, frozen above row 5.
    void titleBlock(const QString& title, const QString& subtitle, const QString& note, const QStringList& header,
                    const QList<double>& widths);
    int nextRow() const { return m_row; }
    void skipTo(int row) { m_row = row; }
    void setWidths(const QList<double>& widths);

    // A paragraph of rich text in one wrapped cell: bold and italic runs kept, `prefix`
    // ("• ", "1. ") before it.
    void richText(int row, int col, const QList<TextRun>& runs, const QString& prefix = {});

    void text(int row, int col, const QString& value, Style style = Style::Text);
    void count(int row, int col, const std::optional<qint64>& value, bool hidden);
    void rate(int row, int col, const std::optional<double>& value, bool hidden, int decimals);
    void date(int row, int col, const QDate& value);
    void dateTime(int row, int col, const std::optional<QDateTime>& value);
    void groupRow(int row, int lastCol, const QString& title);

    static constexpr int headerRow = 3; // 0-based: row 4 in Excel
    static constexpr int firstDataRow = 4;

private:
    friend class Book;
    Sheet(class Book& book, lxw_worksheet* ws) : m_book(book), m_ws(ws) {}
    Book& m_book;
    lxw_worksheet* m_ws;
    int m_row = firstDataRow;
};

class Book
{
public:
    Book();
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    // A sheet named from `name`: cut to 31 characters, []:*?/\ removed, made unique.
    Sheet& addSheet(const QString& name);
    // Closes the workbook and returns the file's bytes; throws Error when it cannot be written.
    QByteArray finish();

    lxw_format* format(Style style);
    lxw_format* rateFormat(int decimals);

private:
    QTemporaryDir m_dir;
    QString m_path;
    lxw_workbook* m_wb = nullptr;
    QList<Sheet*> m_sheets;
    QSet<QString> m_names;
    QHash<int, lxw_format*> m_formats;
    QHash<int, lxw_format*> m_rateFormats;
};

} // namespace chitieu::xlsx
