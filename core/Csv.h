#pragma once
// Minimal RFC 4180 CSV: quoted fields, doubled quotes, a UTF-8 BOM skipped. Used for unit
// lists and bulk values (reading) and for reports (writing).

#include <QList>
#include <QString>
#include <QStringList>

namespace chitieu::csv {

struct Row
{
    int line = 0; // 1-based line number in the file, for error messages
    QStringList fields;
};

// Throws Error on an unterminated quote, naming the source and line.
QList<Row> parse(const QString& text, const QString& sourceName);
QList<Row> readFile(const QString& path);

QString escape(const QString& field);
QString joinRow(const QStringList& fields); // without the line end

} // namespace chitieu::csv
