#include "Numbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace chitieu {

namespace {
QString expected()
{
    return QCoreApplication::translate("Numbers", "Enter a whole number of 0 or more, such as 1.234.");
}
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
    if (!ok || v > kMaxCount)
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

QLocale documentLocale()
{
    const QLocale ui;
    return ui.language() == QLocale::English ? ui : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QString formatCount(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString formatSum(double value, const QLocale& locale)
{
    return formatCount(std::llround(value), locale);
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
    // -0.001 rounds to "-0": a sign on nothing would read as a loss.
    static const QRegularExpression nonZero(QStringLiteral("[1-9]"));
    if (s.startsWith(locale.negativeSign()) && !s.contains(nonZero))
        s.remove(0, locale.negativeSign().size());
    return s;
}

QString machineNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace chitieu

namespace chitieu {

QString machineValue(const Quotient& value)
{
    return value.significantText(15);
}

QString formatDigits(const Quotient::Digits& d, const QLocale& locale)
{
    bool ok = false;
    const qlonglong whole = d.integer.toLongLong(&ok);
    QString s = ok ? locale.toString(whole) : d.integer;
    if (!d.decimals.isEmpty())
        s += locale.decimalPoint() + d.decimals;
    return d.negative ? locale.negativeSign() + s : s;
}

} // namespace chitieu
