#pragma once
// The one error type of the project. Core code throws it; the CLI prints message() on
// stderr and the UI shows it. The message is a sentence a user can act on, already
// translated (core uses QCoreApplication::translate). The command line's UsageError, a
// command used the wrong way, is one too: only its exit code and printed usage differ.

#include <QString>
#include <stdexcept>

namespace chitieu {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace chitieu
