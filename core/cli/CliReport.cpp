// report and catalogue: what the plan asks and how a unit stands against it.
#include "CliContext.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/Numbers.h"
#include "core/Workspace.h"
#include "core/report/MeasureCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace chitieu::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void writeOutput(Context& c, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        c.out << QString::fromUtf8(bytes);
        return;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(tr("Cannot write %1: %2").arg(path, f.errorString()));
}

QString termText(const Term& t)
{
    switch (t.kind) {
    case Term::Kind::Communes:
        return QStringLiteral("communes");
    case Term::Kind::PreviousYear:
        return QStringLiteral("previous_year(%1)").arg(t.elements.value(0));
    case Term::Kind::DecreaseFromPreviousYear:
        return QStringLiteral("decrease_from_previous_year(%1)").arg(t.elements.value(0));
    case Term::Kind::Sum:
        break;
    }
    return t.elements.join(QLatin1Char('+'));
}
} // namespace

int cmdReport(Context& c)
{
    const Args a = Args::parse(
        c.words, {QStringLiteral("--unit"), QStringLiteral("--year"), QStringLiteral("--format"), QStringLiteral("-o")}, {});
    const QString unit = a.required(QStringLiteral("--unit"));
    const int year = a.year();
    const QString format = a.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv"))
        throw UsageError(tr("--format must be csv"));
    Workspace w(c.databasePath);
    if (!w.units().find(unit))
        throw Error(tr("The unit %1 is not in the unit list.").arg(unit));
    if (year < w.catalogue().baselineYear || year > w.catalogue().lastYear)
        throw Error(tr("The year %1 is outside %2-%3.").arg(year).arg(w.catalogue().baselineYear).arg(w.catalogue().lastYear));
    const QString text = measuresCsv(w.catalogue(), unit, year, w.calculator().computeAll(unit, year));
    writeOutput(c, a.value(QStringLiteral("-o")), text.toUtf8());
    return Ok;
}

int cmdCatalogue(Context& c)
{
    const Args a = Args::parse(c.words, {QStringLiteral("--format")}, {});
    const QString format = a.value(QStringLiteral("--format"), QStringLiteral("text"));
    const Catalogue& cat = Catalogue::builtIn();
    if (format == QLatin1String("csv")) {
        c.out << csv::joinRow({QStringLiteral("measure"), QStringLiteral("indicator"), QStringLiteral("group"),
                               QStringLiteral("name_vi"), QStringLiteral("name_en"), QStringLiteral("numerator"),
                               QStringLiteral("denominator"), QStringLiteral("factor"), QStringLiteral("comparator"),
                               QStringLiteral("target"), QStringLiteral("filter"), QStringLiteral("lead")})
              << "\n";
        for (const Measure& m : cat.measures) {
            const Indicator* ind = cat.indicator(m.indicator);
            const QString filter = m.filter == UnitFilter::Rural   ? QStringLiteral("rural")
                                   : m.filter == UnitFilter::Urban ? QStringLiteral("urban")
                                                                   : QStringLiteral("all");
            c.out << csv::joinRow({m.code, QString::number(m.indicator), QString::number(ind ? ind->group : 0),
                                   m.name.vi, m.name.en, termText(m.numerator), termText(m.denominator),
                                   machineNumber(m.factor), comparatorSymbol(m.comparator), machineNumber(m.target),
                                   filter, ind ? ind->lead : QString()})
                  << "\n";
        }
        return Ok;
    }
    if (format != QLatin1String("text"))
        throw UsageError(tr("--format must be text or csv"));
    c.out << cat.name.text() << " (" << cat.id << " " << cat.version << ")\n";
    for (const Group& g : cat.groups) {
        c.out << "\n" << g.id << ". " << g.name.text() << "\n";
        for (int number : g.indicators) {
            const Indicator* ind = cat.indicator(number);
            const Agency* lead = ind ? cat.agency(ind->lead) : nullptr;
            c.out << "  " << tr("Indicator %1").arg(number) << " [" << (lead ? lead->shortName.text() : QString())
                  << "]\n";
            for (const Measure* m : cat.measuresOf(number))
                c.out << "    " << m->code << "  " << m->name.text() << "  " << comparatorSymbol(m->comparator) << " "
                      << formatRate(m->target, 3) << " " << m->unitLabel.text() << "\n";
        }
    }
    c.out << "\n" << tr("Data elements:") << "\n";
    for (const DataElement& e : cat.elements)
        c.out << "  " << e.code << "  " << e.name.text() << "\n";
    c.out << "\n" << tr("Agencies:") << "\n";
    for (const Agency& ag : cat.agencies) {
        QStringList leads;
        for (int i : ag.leads)
            leads << QString::number(i);
        c.out << "  " << ag.code << "  " << ag.name.text()
              << (leads.isEmpty() ? QString() : QStringLiteral("  (%1 %2)").arg(tr("leads"), leads.join(QStringLiteral(", "))))
              << "\n";
    }
    c.out << "\n" << tr("Deadlines:") << "\n";
    for (const Deadline& d : cat.deadlines)
        c.out << "  " << d.id << "  " << QStringLiteral("%1/%2").arg(d.day, 2, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0'))
              << (d.year ? QStringLiteral("/%1").arg(*d.year) : QString()) << "  " << d.what.text() << "\n";
    return Ok;
}

} // namespace chitieu::cli
