#pragma once
// Small-number protection for reports shared outside the administration: a count from 1 to
// 4 (a commune's two abused children can identify them) is printed "<5", and so is a rate
// built on such a count, since the rate and the other count would give it back.
//
// What is hidden: a numerator or denominator from 1 to 4 (for 11, a decrease of 1 to 4 in
// either direction), and the value of a measure with a hidden numerator or denominator.
// What is not: 0 (no child to identify), counts of 5 or more, the met / not met status, and
// the measures whose denominator is the number of communes (1a, 1b, 17): they count
// communes, not children.

#include <QString>

namespace chitieu {

struct AnnualReport;
struct Figures;
struct Measure;
struct ReviewReport;

bool isSmallCount(double count); // 1 <= |count| <= 4
void protectSmallNumbers(Figures& figures, const Measure& measure);
void protectSmallNumbers(AnnualReport& report); // every figure, the annex included
void protectSmallNumbers(ReviewReport& report);

QString suppressedText(); // "<5"

} // namespace chitieu
