#include "Numbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace chitieu {

namespace {
QString expected()
{
    return QCoreApplication::translate("Numbers", "Enter a whole number of 0 or more, such as 1.234.");
}

constexpr qint64 maxCount = 1'000'000'000'000LL; // far above any real count; guards overflow
} // namespace

CountParse parsePlainCount(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(text).hasMatch())
        return {std::nullopt, expected()};
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v > maxCount)
        return {std::nullopt, QCoreApplication::translate("Numbers", "The number %1 is too large.").arg(text)};
    return {v, {}};
}

CountParse parseCount(const QString& input, const QLocale& locale)
{
    QString text = input.trimmed();
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    if (text.isEmpty())
        return {};
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && text.contains(group)) {
        // Grouping must be real grouping: 1.234.567, not 1.23 (which would be a decimal slip).
        const QStringList parts = text.split(group);
        for (int i = 0; i < parts.size(); ++i) {
            const bool okSize = i == 0 ? (parts[i].size() >= 1 && parts[i].size() <= 3) : parts[i].size() == 3;
            if (!okSize)
                return {std::nullopt, expected()};
        }
        text = parts.join(QString());
    }
    if (text.startsWith(QLatin1Char('-')))
        return {std::nullopt, QCoreApplication::translate("Numbers", "A count cannot be negative.")};
    if (text.contains(locale.decimalPoint()))
        return {std::nullopt, QCoreApplication::translate("Numbers", "A count is a whole number, without decimals.")};
    return parsePlainCount(text);
}

QString formatCount(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString formatRate(double value, int decimals, const QLocale& locale)
{
    QString s = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString machineNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace chitieu
