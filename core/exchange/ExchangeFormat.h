#pragma once
// The exchange file (*.chitieu) as data: its limits and what a file says once it has been
// read and checked. The byte layout is in Envelope.h, the JSON in PayloadJson.h, and the
// whole format is described for people in docs/exchange-format.md.

#include "core/Limits.h"
#include "core/format/Numbers.h"
#include "core/store/FormStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chitieu::exchange {

// Bumped when a file made by this version could not be read by an older one.
constexpr int kFormatVersion = 1;

// Hard limits, so that junk cannot exhaust memory. A real district file is a few hundred
// kilobytes; a province file with all its communes about 2 MB. The size of a file and the
// length of its texts are the program's limits (core/Limits.h).
constexpr qint64 kMaxFileBytes = limits::kMaxExchangeFileBytes; // refused before reading
constexpr int kMaxJsonDepth = 8;
constexpr int kMaxUnits = 5000; // unit blocks in one file
constexpr int kMaxValues = 500; // values of one unit block (the catalogue has ~45 elements)

enum class FileKind { Submission, Return };

struct FileValue
{
    QString element;
    qint64 value = 0;
    QString comment;
    QDateTime changedAt; // when it was last changed where it was entered (may be invalid)
    QString changedBy;
};

// One unit's values for the file's year, with its form state.
struct UnitBlock
{
    QString code;
    QString name;
    int level = 3; // 1 province, 2 district, 3 commune
    FormState formState = FormState::NotStarted;
    QDateTime formStateAt;
    // For units below the sender: the file the sender accepted them from (invalid/empty when
    // the sender entered them itself).
    QDateTime sourceMadeAt;
    QString sourceHash;
    QList<FileValue> values;
};

struct Payload
{
    FileKind kind = FileKind::Submission;
    int formatVersion = kFormatVersion;
    QString catalogueId;
    QString catalogueVersion;
    QString programVersion;
    QDateTime madeAt;
    QString madeBy;
    int year = 0;
    UnitBlock sender; // the sending unit; for a submission with its own values and form state
    // Submission: every unit below the sender with the latest values the sender accepted.
    QList<UnitBlock> below;
    // Return: the unit whose submission is sent back, why, and which file it was.
    QString returnedUnit;
    QString reason;
    QString returnedHash;
};

inline constexpr EnumEntry<FileKind> fileKindEntries[] = {{FileKind::Submission, "submission"},
                                                          {FileKind::Return, "return"}};
inline constexpr EnumTable<FileKind> fileKinds("Exchange", QT_TRANSLATE_NOOP("Keys", "kind of file"), fileKindEntries);

} // namespace chitieu::exchange
