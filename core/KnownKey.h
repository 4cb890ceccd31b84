#pragma once
// A text key the program itself knows: a catalogue name (data element, measure) or a unit code
// of the stored unit list, never a file's text before it was checked against them (an
// exchange file's keys are checked in QHash<QString> tables first). The unit list itself is
// trusted input: the built-in one, or the official list an administrator loads.
//
// Why: with this Qt (6.4), a QHash<QString> insert and look-up took about 200 ns with the
// process's random hash seed and about 50 ns with Qt's fixed string hash (seed 0), measured
// on the catalogue's element names; an index of the 11,371 unit codes, 4.3 ms against 0.7 ms
// to build (tests/bench/PROFILE.md). A report looks every unit's counts up by element name
// for every hard rule and measure, for four years. Tables of known keys take the fixed hash.
// The table's seed is mixed in so that their order still differs from run to run, as a
// QHash<QString>'s does; it is no protection against chosen collisions, which known keys do
// not need.

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
