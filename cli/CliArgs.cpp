#include "CliArgs.h"

#include <QCoreApplication>

namespace chitieu::cli {

Args Args::parse(const QStringList& words, const QStringList& valueOptions, const QStringList& flagOptions)
{
    Args a;
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (valueOptions.contains(w)) {
            if (i + 1 >= words.size())
                throw UsageError(QCoreApplication::translate("Cli", "%1 needs a value").arg(w));
            a.options.insert(w, words[++i]);
        } else if (flagOptions.contains(w)) {
            a.flags.insert(w);
        } else if (w.startsWith(QLatin1Char('-')) && w.size() > 1) {
            throw UsageError(QCoreApplication::translate("Cli", "unknown option %1").arg(w));
        } else {
            a.positional << w;
        }
    }
    return a;
}

QString Args::required(const QString& option) const
{
    if (!options.contains(option))
        throw UsageError(QCoreApplication::translate("Cli", "%1 is required").arg(option));
    return options.value(option);
}

int Args::year(const QString& option) const
{
    bool ok = false;
    const int y = required(option).toInt(&ok);
    if (!ok)
        throw UsageError(QCoreApplication::translate("Cli", "%1 must be a year such as 2024").arg(option));
    return y;
}

} // namespace chitieu::cli
