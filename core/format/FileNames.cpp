#include "FileNames.h"

#include "PlainText.h"
#include "core/units/OrgUnit.h"

#include <QCoreApplication>

namespace chitieu {

QString unitFilePart(const OrgUnit& unit)
{
    QString name = unit.name;
    if (!unit.type.isEmpty() && name.startsWith(unit.type + QLatin1Char(' ')))
        name = name.mid(unit.type.size() + 1);
    const QString part = fileNamePart(name);
    return part.isEmpty() ? unit.code : part;
}

QString exchangeFileName(const OrgUnit& unit, int year)
{
    return QStringLiteral("%1-%2-%3.chitieu").arg(unitFilePart(unit), unit.code).arg(year);
}

QString returnFileName(const OrgUnit& unit, int year)
{
    return QStringLiteral("%1-%2").arg(fileNamePart(QCoreApplication::translate("FileNames", "Returned")),
                                       exchangeFileName(unit, year));
}

QString documentFileName(DocumentKind kind, const OrgUnit& unit, int year, const QString& extension)
{
    const char* word = kind == DocumentKind::MidTermReview ? QT_TRANSLATE_NOOP("FileNames", "Mid-term review")
                       : kind == DocumentKind::FinalReview ? QT_TRANSLATE_NOOP("FileNames", "Final review")
                                                           : QT_TRANSLATE_NOOP("FileNames", "Report");
    return QStringLiteral("%1-%2-%3.%4")
        .arg(fileNamePart(QCoreApplication::translate("FileNames", word)), unitFilePart(unit))
        .arg(year)
        .arg(extension);
}

} // namespace chitieu
