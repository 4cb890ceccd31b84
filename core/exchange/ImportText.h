#pragma once
// Words the importer's messages share (Importer.cpp, ImportKeys.cpp).

#include "core/format/Dates.h"

#include <QCoreApplication>
#include <QDateTime>

namespace chitieu::exchange::importtext {

inline QString when(const QDateTime& t)
{
    return t.isValid() ? formatDateTime(t) : QCoreApplication::translate("Exchange", "an unknown time");
}

// A refusal and, after a "no", how the answer can be "yes" next time (ImportDecisions::howToAccept).
inline QString withHint(const QString& message, const QString& hint)
{
    return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
}

} // namespace chitieu::exchange::importtext
