#pragma once
// The limits of what the program stores and exchanges, defined once and checked wherever a
// text enters (the entry form, set, load-values, init, the settings, the unit list, returns,
// an imported file) and when an exchange file is written: the program never stores what its
// own importer would refuse. Each check says what is wrong in a sentence.

#include <QString>

namespace chitieu::limits {

constexpr int kMaxCommentLength = 2000;                    // a comment on a value, a reason for a return or a reopening
constexpr int kMaxNameLength = 200;                        // a person's or a unit's name, a code
constexpr int kMaxSectionLength = 200000;                  // a report's narrative section, as its rich text (HTML)
constexpr qint64 kMaxExchangeFileBytes = 20 * 1024 * 1024; // an exchange file, refused before reading

// A comment and a report's section keep their line breaks and tabs; a name is one line.
enum class TextKind { Comment, Name, Section };

// What is wrong with a text, or an empty string: too long, a control character (anything
// below U+0020 but tab and line feed in a comment; any in a name), or a lone surrogate (half
// of a character, never valid text).
QString textProblem(const QString& text, TextKind kind);

// Throws Error "what: the problem" when textProblem() finds one; `what` names the field
// ("The comment on live_births").
void checkText(const QString& text, TextKind kind, const QString& what);

} // namespace chitieu::limits
