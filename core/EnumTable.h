#pragma once
// An enum with a stable machine key (in files, the database, CSV for programs, tests) and,
// for most, words for people. One table per enum holds both, so a key, its words and the
// reading of a key can never disagree. Reading an unknown key is refused with an Error that
// names it: an unknown value is never taken for a default.
//
//   constexpr EnumEntry<FormState> formStateEntries[] = {
//       {FormState::NotStarted, "not_started", QT_TRANSLATE_NOOP("FormStatus", "Not started")}, ...};
//   static const EnumTable<FormState> table("FormStatus", QT_TRANSLATE_NOOP("Keys", "form state"),
//                                           formStateEntries);

#include "Error.h"
#include "Printable.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstddef>
#include <optional>

namespace chitieu {

template <typename E> struct EnumEntry
{
    E value;
    const char* key;            // the machine word
    const char* text = nullptr; // the words for people: an English source text of the table's context
};

template <typename E> class EnumTable
{
public:
    // `context` translates the texts; `what` (context "Keys") names what a key stands for.
    template <std::size_t N>
    constexpr EnumTable(const char* context, const char* what, const EnumEntry<E> (&entries)[N])
        : m_context(context), m_what(what), m_entries(entries), m_size(N)
    {}

    QString key(E value) const { return QString::fromUtf8(entry(value).key); }
    // The words for people in the program's language (a sign such as "≤" stays as it is).
    QString text(E value) const { return QCoreApplication::translate(m_context, entry(value).text); }

    std::optional<E> find(const QString& key) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (key == QString::fromUtf8(m_entries[i].key))
                return m_entries[i].value;
        return std::nullopt;
    }
    // Throws Error naming the key and the keys expected.
    E fromKey(const QString& key) const
    {
        if (const auto value = find(key))
            return *value;
        QString sentence = problem(key) + QLatin1Char('.');
        sentence[0] = sentence[0].toUpper();
        throw Error(sentence);
    }
    // "unknown form state "lost" (expected not_started, in_progress, complete or returned)":
    // for a reader that says where the key stood.
    QString problem(const QString& key) const
    {
        QStringList keys;
        for (std::size_t i = 0; i < m_size; ++i)
            keys << QStringLiteral("\"%1\"").arg(QString::fromUtf8(m_entries[i].key));
        const QString last = keys.takeLast();
        const QString expected =
            keys.isEmpty() ? last
                           : QCoreApplication::translate("Keys", "%1 or %2").arg(keys.join(QStringLiteral(", ")), last);
        return QCoreApplication::translate("Keys", "unknown %1 \"%2\" (expected %3)")
            .arg(QCoreApplication::translate("Keys", m_what), printable(key), expected);
    }

    std::size_t size() const { return m_size; }
    E value(std::size_t index) const { return m_entries[index].value; }

private:
    const EnumEntry<E>& entry(E value) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (m_entries[i].value == value)
                return m_entries[i];
        // A value added to the enum but not to its table: a fault of the program, said aloud.
        throw Error(QCoreApplication::translate("Keys", "The program has no key for a %1 value (%2). Please report "
                                                        "this fault.")
                        .arg(QCoreApplication::translate("Keys", m_what))
                        .arg(static_cast<int>(value)));
    }

    const char* m_context;
    const char* m_what;
    const EnumEntry<E>* m_entries;
    std::size_t m_size;
};

} // namespace chitieu
