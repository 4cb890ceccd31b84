#pragma once
// The entry points of the fuzz targets: each reads bytes as one of the program's inputs
// does. They return when the input is read, throw chitieu::Error when it is refused, and
// throw anything else (FuzzBroken) only when a rule the reader promises is broken. The
// libFuzzer programs (FuzzMain.cpp) and the normal test suite (test_fuzz_inputs.cpp, over
// the corpus and the regressions) call the same functions.

#include <QByteArray>
#include <QList>
#include <QString>
#include <stdexcept>

namespace chitieu::fuzz {

// A promise of a reader broken (a file it wrote that it cannot read back, a count out of
// range): not a refusal, so not a chitieu::Error.
class FuzzBroken : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

struct Target
{
    QString name; // also the folder of its inputs: corpus/<name>, regressions/<name>
    void (*run)(const QByteArray& bytes);
};

// Loads once what every target reads against (the built-in catalogue and units). Needs a
// QCoreApplication (the SQLite driver is a plugin).
void prepare();

const QList<Target>& targets();
const Target* target(const QString& name); // nullptr when there is none of that name

} // namespace chitieu::fuzz
