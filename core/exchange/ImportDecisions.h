#pragma once
// The questions an import may have to ask a person, as an interface: the desktop program
// answers with dialogs, the command line with its flags (refusing by default), tests with
// scripted answers. The importer itself never shows anything.

#include "core/units/UnitMove.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu::exchange {

// One value the file would add, change or remove.
struct ValueChange
{
    QString unitCode;
    QString element;
    std::optional<qint64> oldValue; // nullopt: not stored yet
    std::optional<qint64> newValue; // nullopt: the file removes it
    QString oldComment;
    QString newComment;
    bool own = false; // the stored value was entered on this installation, not imported

    bool operator==(const ValueChange& o) const
    {
        return unitCode == o.unitCode && element == o.element && oldValue == o.oldValue && newValue == o.newValue &&
               oldComment == o.oldComment && newComment == o.newComment && own == o.own;
    }
    bool operator!=(const ValueChange& o) const { return !(*this == o); }
};

struct ChangeReview
{
    QString fileName;
    QString unitCode; // the sending unit
    int year = 0;
    QDateTime madeAt;
    std::optional<QDateTime> previousMadeAt; // the file of the same unit and year it replaces
    QList<ValueChange> changes;

    QList<ValueChange> ownChanges() const
    {
        QList<ValueChange> out;
        for (const ValueChange& c : changes)
            if (c.own)
                out << c;
        return out;
    }
};

struct KeyReview
{
    QString fileName;
    QString unitCode;
    QByteArray trustedKey; // recorded from the unit's earlier files
    QDateTime trustedSince;
    QByteArray fileKey; // the key that signed this file
};

// A file of a unit signed with a key trusted for other units, each of which went whole into
// this unit by the changes up to the file's year's tree (its commune was merged): the
// installation moved to the new unit and kept its key pair (UnitMove).
struct MovedKeyReview
{
    QString fileName;
    QString unitCode; // the new unit, the file's sender
    int year = 0;
    QByteArray fileKey;
    QList<UnitMove> moves; // one per unit the key is trusted for
};

// A file older than the one this installation holds for its unit and year, which the user
// may choose to apply instead (the newer one was wrong: a clock set in the future, a file
// sent by mistake). Applying it is audited.
struct ReplaceReview
{
    QString fileName;
    QString unitCode;
    int year = 0;
    QDateTime madeAt;       // this file's
    QDateTime storedMadeAt; // the newer file's, which it would replace
};

enum class Question { NewKey, MovedKey, Changes, OwnValues, ReplaceNewer };

class ImportDecisions
{
public:
    virtual ~ImportDecisions() = default;
    // The file is signed with another key than the one trusted for its unit.
    virtual bool acceptNewKey(const KeyReview& review) = 0;
    // The file is signed with the key of a unit that went into its unit: trust it for this one too?
    virtual bool acceptMovedKey(const MovedKeyReview& review) = 0;
    // The file replaces an earlier file of the same unit and year, or changes stored values.
    virtual bool acceptChanges(const ChangeReview& review) = 0;
    // Some of the changes overwrite values entered on this installation (review.ownChanges()).
    virtual bool overwriteOwnValues(const ChangeReview& review) = 0;
    // The file is older than the one stored for its unit and year: replace that one with it?
    virtual bool replaceNewer(const ReplaceReview& review) = 0;
    // Added to the refusal after a "no": how the answer can be "yes" next time.
    virtual QString howToAccept(Question) const { return {}; }
};

// Fixed answers given in advance (the command line's flags). Refuses everything by default.
class FixedDecisions : public ImportDecisions
{
public:
    bool newKey = false;
    bool movedKey = false;
    bool changes = false;
    bool ownValues = false;
    bool older = false;

    bool acceptNewKey(const KeyReview&) override { return newKey; }
    bool acceptMovedKey(const MovedKeyReview&) override { return movedKey; }
    bool acceptChanges(const ChangeReview&) override { return changes; }
    bool overwriteOwnValues(const ChangeReview&) override { return ownValues; }
    bool replaceNewer(const ReplaceReview&) override { return older; }
};

} // namespace chitieu::exchange
