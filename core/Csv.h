#pragma once
// Minimal RFC 4180 CSV: quoted fields, doubled quotes, a UTF-8 BOM skipped. Used for unit
// lists and bulk values (reading) and for reports (writing). Reading is strict, so that a
// file is never read other than it was written: the text must be UTF-8, lines end with LF or
// CR LF (a lone CR, as old Mac files have, is refused: "1<CR>2" must not become 12), and a
// quoted field must be closed. Each refusal names the line.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace chitieu::csv {

struct Row
{
    int line = 0; // 1-based line number in the file, for error messages
    QStringList fields;
};

// Longest row read (a quoted field may span lines): larger is not a file of this program.
constexpr qint64 kMaxRowBytes = 1024 * 1024;

// Reads rows one at a time from a device, so that memory stays bounded whatever the size of
// the file. Throws Error naming the source and line.
class Reader
{
public:
    Reader(QIODevice& device, QString sourceName);
    // The next row; nullopt at the end. Empty lines are skipped.
    std::optional<Row> next();

private:
    [[noreturn]] void fail(int line, const QString& problem) const;
    // The next physical line without its line end; nullopt at the end.
    std::optional<QString> nextLine();

    QIODevice& m_device;
    QString m_source;
    QByteArray m_buffer; // the current line's bytes
    int m_line = 0;
};

// Throws Error on an unterminated quote, naming the source and line.
QList<Row> parse(const QString& text, const QString& sourceName);
QList<Row> readFile(const QString& path);

QString escape(const QString& field);
QString joinRow(const QStringList& fields); // without the line end

} // namespace chitieu::csv
