#pragma once
// Checks a file that was read and verified against what this installation knows: the
// catalogue (id, version, years, elements, yes/no counts, commune-only counts) and the
// unit tree (known units, their level, and that the file belongs to this installation's
// branch). Each throws Error with a sentence that says what is wrong.

#include "ExchangeFormat.h"

#include <QDateTime>

namespace chitieu {
class Catalogue;
class UnitTree;
struct InstallationSettings;
} // namespace chitieu

namespace chitieu::exchange {

// The catalogue's id and version, and the year.
void checkCatalogue(const Payload& payload, const Catalogue& catalogue);
// Every value: a known element, a yes/no count at most 1, a commune-only count on a commune.
void checkValues(const Payload& payload, const Catalogue& catalogue);
// installationUnit: the unit this installation serves (empty when not set up). A department's
// file comes from this installation's own unit (the province), with the agency's code.
void checkUnits(const Payload& payload, const UnitTree& units, const QString& installationUnit);
// A file of format 1 is the sender's data file: its deliverable is the one with a data file
// that the sender's role makes. Throws Error when there is none.
void resolveDeliverable(Payload& payload, const Catalogue& catalogue, const UnitTree& units);
// The deliverable: known, made by the sender's role, due in the file's year, sent to this
// installation (a data file may go to any unit above, as always); its sections, figures and
// targets: known to the catalogue; its data: there exactly when the deliverable has a data
// file and the sender is a unit.
void checkReport(const Payload& payload, const Catalogue& catalogue, const UnitTree& units,
                 const InstallationSettings& installation);

// A file made more than this after the importing computer's clock comes from a wrong clock.
constexpr qint64 kFutureToleranceSeconds = 24 * 60 * 60;
// Throws Error when the file, or a file it carries from below, says it was made more than a
// day after `now`: the sender's clock is wrong, and such a file would block every later one.
void checkNotFromFuture(const Payload& payload, const QDateTime& now, const UnitTree& units);

} // namespace chitieu::exchange
