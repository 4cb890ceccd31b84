#pragma once
// Texts from outside (a file's name, a unit or person named in a received file, a comment)
// printed for people: every character that could change what the printed lines look like
// (line breaks, other control characters, direction overrides, half characters) is shown as
// an escape such as \n or \u202e, so that a name cannot print a fake line.

#include <QString>

namespace chitieu {

QString printable(const QString& text);

} // namespace chitieu
