#include "Csv.h"

#include "Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace chitieu::csv {

Reader::Reader(QIODevice& device, QString sourceName) : m_device(device), m_source(std::move(sourceName)) {}

void Reader::fail(int line, const QString& problem) const
{
    throw Error(QCoreApplication::translate("Csv", "%1, line %2: %3").arg(m_source).arg(line).arg(problem));
}

std::optional<QString> Reader::nextLine()
{
    if (m_device.atEnd())
        return std::nullopt;
    // Into one buffer kept for the whole file: readLine(maxSize) would allocate the largest
    // line allowed for every line.
    if (m_buffer.size() < kMaxRowBytes + 2)
        m_buffer.resize(kMaxRowBytes + 2);
    const qint64 read = m_device.readLine(m_buffer.data(), kMaxRowBytes + 2);
    if (read < 0)
        return std::nullopt;
    QByteArray bytes = QByteArray::fromRawData(m_buffer.constData(), read);
    ++m_line;
    if (bytes.size() > kMaxRowBytes)
        fail(m_line, QCoreApplication::translate("Csv", "the line is longer than %1 bytes, so this is not a file of "
                                                        "counts or units.")
                         .arg(kMaxRowBytes));
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    if (const qsizetype cr = bytes.indexOf('\r'); cr >= 0)
        fail(m_line, QCoreApplication::translate(
                         "Csv", "a carriage return (CR) that does not end the line, at byte %1: the file has old Mac "
                                "line ends, or a stray CR inside a field. Save it with Windows (CR LF) or Unix (LF) "
                                "line ends; nothing was read from it.")
                         .arg(cr + 1));
    // A line is checked alone: a line feed is never part of a longer UTF-8 sequence.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        fail(m_line,
             QCoreApplication::translate("Csv", "the line is not UTF-8 text (the file was saved in another "
                                                "encoding). Save it as UTF-8 (in Excel: \"CSV UTF-8\"); nothing "
                                                "was read from it."));
    if (m_line == 1 && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::optional<Row> Reader::next()
{
    for (;;) {
        std::optional<QString> text = nextLine();
        if (!text)
            return std::nullopt;
        Row row;
        row.line = m_line;
        if (!text->contains(QLatin1Char('"'))) {
            // Nothing quoted (the common case, and every generated file): the fields are the
            // text between the commas.
            if (text->isEmpty())
                continue;
            row.fields = text->split(QLatin1Char(','));
            return row;
        }
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        qsizetype rowSize = 0;
        for (;;) {
            for (qsizetype i = 0; i < text->size(); ++i) {
                const QChar c = text->at(i);
                if (quoted) {
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < text->size() && text->at(i + 1) == QLatin1Char('"')) {
                            field += c;
                            ++i;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field += c;
                    }
                } else if (c == QLatin1Char('"') && field.isEmpty()) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == QLatin1Char(',')) {
                    row.fields << field;
                    field.clear();
                    fieldStarted = true;
                } else {
                    field += c;
                }
            }
            if (!quoted)
                break;
            // A quoted field goes on over the line end, which is part of it.
            rowSize += text->size();
            text = nextLine();
            if (!text || rowSize > kMaxRowBytes)
                fail(row.line, QCoreApplication::translate("Csv", "a quoted field is not closed"));
            field += QLatin1Char('\n');
        }
        if (fieldStarted || !row.fields.isEmpty() || !field.isEmpty()) {
            row.fields << field;
            return row;
        }
    }
}

QList<Row> parse(const QString& text, const QString& sourceName)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(buffer, sourceName);
    QList<Row> rows;
    while (std::optional<Row> row = reader.next())
        rows << *row;
    return rows;
}

QList<Row> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, f.errorString()));
    Reader reader(f, path);
    QList<Row> rows;
    while (std::optional<Row> row = reader.next())
        rows << *row;
    return rows;
}

QString escape(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString joinRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped << escape(f);
    return escaped.join(QLatin1Char(','));
}

} // namespace chitieu::csv
