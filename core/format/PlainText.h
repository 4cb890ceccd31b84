#pragma once
// Vietnamese text without its marks, for searching and for file names: people type
// "quang thai" for "Quảng Thái", and a file name travels better as "Quang-Thai" through
// e-mail, USB sticks and old Windows machines.

#include <QString>

namespace chitieu {

// The letters without diacritics (đ -> d, Đ -> D, ả -> a, Ư -> U...), case kept.
QString withoutDiacritics(const QString& text);

// For comparing what is typed with a name: no diacritics, lower case, runs of spaces as one.
QString searchKey(const QString& text);
// Every word of the query appears in the text, ignoring diacritics and case ("quang thai"
// and "Thái Quảng" both match "Quảng Thái"). An empty query matches everything.
bool matchesSearch(const QString& text, const QString& query);

// A piece of a file name: letters and digits without diacritics, words joined by '-'
// ("Thành phố Huế" -> "Thanh-pho-Hue").
QString fileNamePart(const QString& text);

} // namespace chitieu
