#pragma once
// Returning a submission: a district (or the province) marks the file of a unit below it as
// returned, with a reason, and writes a small signed return file. The unit imports it (the
// ordinary import) and its form reopens in the state Returned, with the reason shown.

#include <QString>

namespace chitieu {
class Workspace;
}

namespace chitieu::exchange {

struct ReturnResult
{
    QString path;
    QString hashHex;
};

// Throws Error when there is no file of that unit and year to return, the unit is not below
// this installation's, the reason is empty, or the file can't be written (then nothing is
// marked).
ReturnResult returnSubmission(Workspace& workspace, const QString& unitCode, int year, const QString& reason,
                              const QString& path);

} // namespace chitieu::exchange
