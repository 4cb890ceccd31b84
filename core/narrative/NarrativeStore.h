#pragma once
// The narrative sections of the plan's deliverables, per unit (or department), year,
// deliverable and section, with the history of every change: the one writer of the
// narratives table. The unit's own sections are written from the editor (autosaved) and the
// command line; those of units below arrive in their files (source "import").

#include "RichText.h"
#include "core/store/Database.h"
#include "core/store/ValueStore.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <optional>

namespace chitieu {

class Catalogue;
class UnitTree;

// Whose section: a unit, or a department (the province's unit with the agency's code).
struct NarrativeKey
{
    QString unitCode;
    QString agency; // empty for a unit's own People's Committee
    int year = 0;
    QString deliverable;
    QString section;
};

struct StoredNarrative
{
    RichText text;
    QDateTime changedAt;
    QString changedBy;
    QString source;
};

struct NarrativeChange
{
    RichText oldText;
    RichText newText;
    QString changedBy;
    QDateTime changedAt;
    QString source;
};

class NarrativeStore
{
public:
    NarrativeStore(Database& db, const Catalogue& catalogue, const UnitTree& units);

    // Throws Error saying what is wrong: an unknown unit, agency or deliverable, a year outside
    // the plan or the deliverable's, a section the deliverable does not have.
    void validate(const NarrativeKey& key) const;
    // Stores the text (an empty text removes the section) with a history row, in its own
    // transaction. Returns false when the text was already the stored one.
    bool save(const NarrativeKey& key, const RichText& text, const ChangeContext& context);
    // The same inside the caller's transaction (an import writes a file whole).
    bool save(const NarrativeKey& key, const RichText& text, const ChangeContext& context, Database::Transaction&,
              const QDateTime& changedAt = {});

    std::optional<StoredNarrative> get(const NarrativeKey& key);
    // Section key -> text, for one unit (or department), year and deliverable.
    QMap<QString, StoredNarrative> sections(const QString& unitCode, const QString& agency, int year,
                                            const QString& deliverable);
    // The latest change of any section, or an invalid time when none is written.
    QDateTime lastChange(const QString& unitCode, const QString& agency, int year, const QString& deliverable);
    QList<NarrativeChange> history(const NarrativeKey& key);

private:
    Database& m_db;
    const Catalogue& m_catalogue;
    const UnitTree& m_units;
};

} // namespace chitieu
