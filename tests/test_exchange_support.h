#pragma once
// Fixtures shared by the exchange tests: an installation (a temporary database set up for a
// unit), scripted answers to the importer's questions, and a dump of every table to prove
// that a refused file changed nothing.

#include "core/exchange/Exporter.h"
#include "core/exchange/ImportDecisions.h"
#include "core/exchange/Importer.h"
#include "support/TestSupport.h"

namespace chitieu::test {

class Installation
{
public:
    Installation(const QString& unit, Role role, const QString& user);
    Workspace& w() { return *m_ws; }
    TempWorkspace& ws() { return m_ws; }
    QString file(const QString& name) const { return m_ws.file(name); }
    // The installation serves another unit from now on (a merged commune's new unit), as
    // init --unit does; its database and key pair stay.
    void moveTo(const QString& unit);

    // Enter values as this installation's user would (marked as entered by its unit).
    void enter(const QString& unit, int year, const std::map<QString, qint64>& counts, const QString& comment = {});
    // Export this unit's file for the year into this installation's folder. By default a
    // commune marks its form complete first, as it does before sending, so that the unit above
    // counts it; AsItIs sends the form in the state it is in. The file is written even when a
    // district's data is not complete (some communes in), as after the user's confirmation;
    // the refusal itself is tested with exportSubmission.
    enum class Form { MarkComplete, AsItIs };
    QString exportFile(int year, const QString& name, Form form = Form::MarkComplete);
    exchange::FileOutcome import(const QString& path, exchange::ImportDecisions& decisions);
    exchange::FileOutcome import(const QString& path); // answers every question "no"

private:
    TempWorkspace m_ws;
    QString m_unit;
};

// Answers given in advance; remembers what was asked.
class ScriptedDecisions : public exchange::ImportDecisions
{
public:
    bool newKey = false;
    bool movedKey = false;
    bool changes = false;
    bool ownValues = false;
    bool older = false; // replace a newer file with an older one
    int keyQuestions = 0;
    QList<exchange::MovedKeyReview> movedKeyReviews;
    QList<exchange::ReplaceReview> replaceReviews;
    QList<exchange::ChangeReview> changeReviews;
    QList<exchange::ChangeReview> ownReviews;

    bool acceptNewKey(const exchange::KeyReview&) override
    {
        ++keyQuestions;
        return newKey;
    }
    bool acceptMovedKey(const exchange::MovedKeyReview& r) override
    {
        movedKeyReviews << r;
        return movedKey;
    }
    bool acceptChanges(const exchange::ChangeReview& r) override
    {
        changeReviews << r;
        return changes;
    }
    bool overwriteOwnValues(const exchange::ChangeReview& r) override
    {
        ownReviews << r;
        return ownValues;
    }
    bool replaceNewer(const exchange::ReplaceReview& r) override
    {
        replaceReviews << r;
        return older;
    }
};

// Every row of every table, in a stable order.
QString dumpDatabase(Database& db);

QDateTime at(int year, int month, int day, int hour = 9);

} // namespace chitieu::test
