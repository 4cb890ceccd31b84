#pragma once
// The names the program suggests for the files it saves: readable words of the unit's name
// without diacritics (they travel through e-mail, USB sticks and old Windows machines),
// the unit's code where files of many units meet in one folder, and the year.
// "Quang-Thai-19870-2025.chitieu", "Bao-cao-Quang-Dien-2025.pdf".

#include <QString>

namespace chitieu {

struct OrgUnit;

// The unit's name without its type and marks: "Xã Quảng Thái" -> "Quang-Thai".
QString unitFilePart(const OrgUnit& unit);

// A unit's exchange file for a year: "Quang-Thai-19870-2025.chitieu".
QString exchangeFileName(const OrgUnit& unit, int year);
// The file that returns a unit's submission: "Tra-lai-Quang-Thai-19870-2025.chitieu".
QString returnFileName(const OrgUnit& unit, int year);

enum class DocumentKind { AnnualReport, MidTermReview, FinalReview };
// A report of a unit, in the program's language, with the extension given ("pdf", "xlsx",
// "csv"): "Bao-cao-Quang-Dien-2025.pdf", "Danh-gia-giua-ky-Quang-Dien-2023.pdf".
QString documentFileName(DocumentKind kind, const OrgUnit& unit, int year, const QString& extension);

} // namespace chitieu
