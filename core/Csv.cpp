#include "Csv.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>

namespace chitieu::csv {

QList<Row> parse(const QString& input, const QString& sourceName)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endRow = [&] {
        if (fieldStarted || !row.fields.isEmpty() || !field.isEmpty()) {
            row.fields << field;
            rows << row;
        }
        row = Row();
        field.clear();
        fieldStarted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            // tolerated before \n
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            row.line = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        throw Error(QCoreApplication::translate("Csv", "%1, line %2: a quoted field is not closed")
                        .arg(sourceName)
                        .arg(row.line));
    endRow();
    return rows;
}

QList<Row> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, f.errorString()));
    return parse(QString::fromUtf8(f.readAll()), path);
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
