#pragma once
// The one error type of the project. Core code throws it; the CLI prints message() on
// stderr and the UI shows it. The message is a sentence a user can act on, already
// translated (core uses QCoreApplication::translate). Its kind tells a refused input (the
// data, a file, the database) from a command used wrongly, which the command line answers
// with its usage and exit code 2.

#include <QString>
#include <stdexcept>

namespace chitieu {

class Error : public std::runtime_error
{
public:
    enum class Kind { Refused, Usage };

    explicit Error(const QString& message, Kind kind = Kind::Refused)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {}
    const QString& message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace chitieu
