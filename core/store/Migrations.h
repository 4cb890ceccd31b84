#pragma once
// The schema, declared in one place: migration N brings a database from version N-1 to N.

#include <QStringList>

namespace chitieu::migrations {

// Statements of each migration, index 0 = version 1.
const QList<QStringList>& all();

// The statements that bring a database from `version` - 1 to `version`, as Database runs
// them: those of all(), with a statement a test injected.
QStringList statementsFor(int version);

// For tests only: while it lives, the step to `version` runs `statement` before its statement
// number `before` (0: first), so that a test can make an upgrade fail midway.
class InjectedStatement
{
public:
    InjectedStatement(int version, int before, const QString& statement);
    ~InjectedStatement();
    InjectedStatement(const InjectedStatement&) = delete;
    InjectedStatement& operator=(const InjectedStatement&) = delete;
};

} // namespace chitieu::migrations
