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
#include <optional>

namespace chitieu::exchange {

// Bumped when a file made by this version could not be read by an older one. Format 2 adds
// the deliverable a file is for, a department as sender, the narrative sections, a
// department's figures and the sender's own targets; files of format 1 stay readable (they
// are the sender's data file).
constexpr int kFormatVersion = 2;
constexpr int kOldestFormatVersion = 1;

// Hard limits, so that junk cannot exhaust memory. A real district file is a few hundred
// kilobytes; a province file with all its communes about 2 MB. The size of a file and the
// length of its texts are the program's limits (core/Limits.h).
constexpr qint64 kMaxFileBytes = limits::kMaxExchangeFileBytes; // refused before reading
constexpr int kMaxJsonDepth = 8;
constexpr int kMaxUnits = 5000;  // unit blocks in one file
constexpr int kMaxValues = 500;  // values of one unit block (the catalogue has ~45 elements)
constexpr int kMaxSections = 50; // narrative sections of one file (a section's text: kMaxNarrativeLength)
constexpr int kMaxTargets = 500; // a unit's own targets

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

// A narrative section in the stored rich-text form (narrative/RichText.h).
struct FileSection
{
    QString key;
    QString html;
};

// A department's figure of one measure for the province: the counts it summed.
struct FileFigure
{
    QString measure;
    std::optional<double> numerator;
    std::optional<double> denominator;
};

// One of the sender's own targets (targets/UnitTargets.h).
struct FileTarget
{
    QString measure;
    int fromYear = 0;
    int toYear = 0;
    QString comparator; // a comparator key: <, <=, >, >=
    double target = 0;
    QString document;
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
    // Format 2. A department sends as the province's unit with its agency's code.
    QString agency;
    QString deliverable;  // the catalogue's id; format 1: empty (the sender's data file)
    bool withData = true; // the sender's form, values and units below are in the file
    QList<FileSection> sections;
    QList<FileFigure> figures; // a department's figures of the indicators it leads
    QList<FileTarget> targets; // the sender's own targets
    // Submission: every unit below the sender with the latest values the sender accepted.
    QList<UnitBlock> below;
    // Return: the unit whose submission is sent back, why, and which file it was.
    QString returnedUnit;
    QString reason;
    QString returnedHash;
};

// Who signed the file, as keys are trusted: the unit's code, or "46/syt" for a department.
inline QString senderKey(const Payload& p)
{
    return p.agency.isEmpty() ? p.sender.code : p.sender.code + QLatin1Char('/') + p.agency;
}

inline constexpr EnumEntry<FileKind> fileKindEntries[] = {{FileKind::Submission, "submission"},
                                                          {FileKind::Return, "return"}};
inline constexpr EnumTable<FileKind> fileKinds("Exchange", QT_TRANSLATE_NOOP("Keys", "kind of file"), fileKindEntries);

} // namespace chitieu::exchange
