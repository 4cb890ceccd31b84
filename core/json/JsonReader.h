#pragma once
// Strict reading of JSON that says where every problem is (a path such as
// measures[3].comparator or below[2].values[5].value): the catalogue and the exchange files
// are read through it. A number is checked against its range before it is converted, and a
// fraction is refused where a whole number belongs; texts are normalised to NFC.

#include "core/EnumTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <functional>

namespace chitieu::json {

// A whole number held by a JSON value, checked before any conversion.
struct WholeNumber
{
    enum class Problem { None, NotANumber, NotWhole, Below, Above };
    Problem problem = Problem::None;
    qint64 value = 0; // set when there is no problem
    QString shown;    // the number as the file wrote it, for messages
};
// min and max lie within +-2^53, where every whole number is exact in a double.
WholeNumber wholeNumber(const QJsonValue& v, qint64 min, qint64 max);

// The deepest nesting of arrays and objects in JSON text (strings are skipped).
int depth(const QByteArray& json);

// The first key that appears twice in one object of valid JSON text (QJsonDocument would
// keep the last one silently), with its byte offset; an empty key when there is none.
struct DuplicateKey
{
    QString key;
    qsizetype offset = -1;
};
DuplicateKey duplicateKey(const QByteArray& json);

class Reader
{
public:
    // Makes the message of the Error thrown for a problem at a place: the catalogue names its
    // file, an exchange file says that nothing was imported.
    using Message = std::function<QString(const QString& place, const QString& problem)>;
    // maxTextLength: longer texts are refused (0: no limit).
    explicit Reader(Message message, int maxTextLength = 0);

    [[noreturn]] void fail(const QString& place, const QString& problem) const;

    static QString sub(const QString& place, const char* key);
    static QString at(const QString& place, int index);

    // The document's top-level object: refuses text nested deeper than maxDepth (checked
    // first: the parser itself recurses), text that is not JSON, a key given twice in one
    // object, and any other top level.
    QJsonObject document(const QByteArray& json, int maxDepth) const;

    QJsonValue need(const QJsonObject& o, const QString& place, const char* key) const;
    QJsonObject object(const QJsonValue& v, const QString& place) const;
    QJsonObject object(const QJsonObject& o, const QString& place, const char* key) const;
    // maxSize < 0: no limit.
    QJsonArray array(const QJsonObject& o, const QString& place, const char* key, int maxSize = -1) const;
    QString text(const QJsonObject& o, const QString& place, const char* key, bool allowEmpty = false) const;
    QString optionalText(const QJsonObject& o, const QString& place, const char* key) const; // "" when absent or null
    double number(const QJsonObject& o, const QString& place, const char* key) const;
    qint64 integer(const QJsonObject& o, const QString& place, const char* key, qint64 min, qint64 max) const;
    int integer(const QJsonObject& o, const QString& place, const char* key) const; // any int
    bool boolean(const QJsonObject& o, const QString& place, const char* key) const;
    QStringList texts(const QJsonObject& o, const QString& place, const char* key) const;
    QList<int> integers(const QJsonObject& o, const QString& place, const char* key) const;

    // A text that must be one of a table's keys.
    template <typename E>
    E key(const QJsonObject& o, const QString& place, const char* name, const EnumTable<E>& table) const
    {
        const QString k = text(o, place, name, true);
        const auto value = table.find(k);
        if (!value)
            fail(sub(place, name), table.problem(k));
        return *value;
    }

private:
    QString checkedText(const QJsonValue& v, const QString& place, bool allowEmpty) const;

    Message m_message;
    int m_maxTextLength;
};

} // namespace chitieu::json
