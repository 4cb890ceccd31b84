#pragma once
// A text key the program itself knows: a catalogue name (data element, measure) or a unit code
// of the stored list, never a file's text before it was checked against them. QHash<QString>
// hashes with the seeded SipHash that protects tables whose keys an attacker may choose: about
// 150 ns a key with this Qt, where the fixed hash takes a tenth of that. A report of a province
// looks up its counts by element name millions of times; tables keyed by KnownKey use the fixed
// hash, mixed with QHash's seed.

#include <QHash>
#include <QString>
#include <QStringView>

namespace chitieu {

struct KnownKey
{
    QString text;

    KnownKey() = default;
    // Implicit both ways on purpose: a QHash<KnownKey, V> reads like a QHash<QString, V>.
    KnownKey(const QString& key) : text(key) {}
    KnownKey(QString&& key) noexcept : text(std::move(key)) {}
#ifndef QT_NO_CAST_FROM_ASCII
    KnownKey(const char* key) : text(QString::fromUtf8(key)) {}
#endif
    operator const QString&() const
    {
        return text;
    }

    friend bool operator==(const KnownKey& a, const KnownKey& b)
    {
        return a.text == b.text;
    }
    friend bool operator!=(const KnownKey& a, const KnownKey& b)
    {
        return a.text != b.text;
    }
};

inline size_t qHash(const KnownKey& key, size_t seed = 0) noexcept
{
    return qHash(QStringView(key.text), 0) ^ seed;
}

// Counts by data element name: the counts of a unit and year in every roll-up, check and form.
using ElementValues = QHash<KnownKey, qint64>;

} // namespace chitieu
