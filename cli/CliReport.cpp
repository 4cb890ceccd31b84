// report, review and catalogue: what the plan asks and how a unit stands against it.
// The file formats of report and review are in ReportFormats.h.
#include "CliContext.h"
#include "ReportFormats.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/Numbers.h"
#include "core/Workspace.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace chitieu::cli {

namespace {
void writeOutput(Context& c, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        // QString::fromUtf8 drops a byte-order mark; the CSV for Excel needs it kept.
        const QByteArray bom("\xEF\xBB\xBF");
        if (bytes.startsWith(bom))
            c.out << QChar(0xFEFF) << QString::fromUtf8(bytes.mid(bom.size()));
        else
            c.out << QString::fromUtf8(bytes);
        return;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, f.errorString()));
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

namespace {

const QString protectOption = QStringLiteral("--protect-small-numbers");

// The format, checked before any work: known, -o given when binary, protection for people only.
const ReportFormat& chosenFormat(const Args& a)
{
    const QString name = a.value(QStringLiteral("--format"), QStringLiteral("csv"));
    const ReportFormat* f = reportFormat(name);
    if (!f)
        throw UsageError(QCoreApplication::translate("Cli", "--format must be one of: %1")
                             .arg(reportFormatNames().join(QStringLiteral(", "))));
    if (f->binary && a.value(QStringLiteral("-o")).isEmpty())
        throw UsageError(
            QCoreApplication::translate("Cli", "--format %1 writes a file: give it with -o FILE").arg(name));
    if (!f->forPeople && a.has(protectOption)) {
        QStringList forPeople;
        for (const QString& n : reportFormatNames())
            if (reportFormat(n)->forPeople)
                forPeople << n;
        throw UsageError(QCoreApplication::translate("Cli", "%1 is for reports that people read: use --format %2")
                             .arg(protectOption, forPeople.join(QStringLiteral(", "))));
    }
    return *f;
}

const QStringList reportOptions = {QStringLiteral("--unit"), QStringLiteral("--year"),   QStringLiteral("--format"),
                                   QStringLiteral("-o"),     QStringLiteral("--agency"), QStringLiteral("--kind")};

} // namespace

int cmdReport(Context& c)
{
    const Args a = Args::parse(c.words, reportOptions.mid(0, 5), {protectOption});
    if (!a.positional.isEmpty())
        throw UsageError(QCoreApplication::translate("Cli", "unexpected argument %1").arg(a.positional.first()));
    const QString unit = a.required(QStringLiteral("--unit"));
    const int year = a.year();
    const ReportFormat& format = chosenFormat(a);
    Workspace w(c.databasePath);
    ReportOptions options;
    options.protectSmallNumbers = a.has(protectOption);
    options.agency = a.value(QStringLiteral("--agency"));
    const AnnualReport report = buildAnnualReport(w, unit, year, options);
    writeOutput(c, a.value(QStringLiteral("-o")), format.annual(report));
    return Ok;
}

int cmdReview(Context& c)
{
    QStringList options = reportOptions;
    options.removeOne(QStringLiteral("--year"));
    const Args a = Args::parse(c.words, options, {protectOption});
    if (!a.positional.isEmpty())
        throw UsageError(QCoreApplication::translate("Cli", "unexpected argument %1").arg(a.positional.first()));
    const QString unit = a.required(QStringLiteral("--unit"));
    const std::optional<ReviewKind> kind = reviewKindFromKey(a.required(QStringLiteral("--kind")));
    if (!kind)
        throw UsageError(QCoreApplication::translate("Cli", "--kind must be mid or final"));
    const ReportFormat& format = chosenFormat(a);
    Workspace w(c.databasePath);
    ReportOptions o;
    o.protectSmallNumbers = a.has(protectOption);
    o.agency = a.value(QStringLiteral("--agency"));
    const ReviewReport report = buildReview(w, unit, *kind, o);
    writeOutput(c, a.value(QStringLiteral("-o")), format.review(report));
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
        throw UsageError(QCoreApplication::translate("Cli", "--format must be text or csv"));
    c.out << cat.name.text() << " (" << cat.id << " " << cat.version << ")\n";
    for (const Group& g : cat.groups) {
        c.out << "\n" << g.id << ". " << g.name.text() << "\n";
        for (int number : g.indicators) {
            const Indicator* ind = cat.indicator(number);
            const Agency* lead = ind ? cat.agency(ind->lead) : nullptr;
            c.out << "  " << QCoreApplication::translate("Cli", "Indicator %1").arg(number) << " ["
                  << (lead ? lead->shortName.text() : QString()) << "]\n";
            for (const Measure* m : cat.measuresOf(number))
                c.out << "    " << m->code << "  " << m->name.text() << "  " << comparatorSymbol(m->comparator) << " "
                      << formatRate(m->target, 3) << " " << m->unitLabel.text() << "\n";
        }
    }
    c.out << "\n" << QCoreApplication::translate("Cli", "Data elements:") << "\n";
    for (const DataElement& e : cat.elements)
        c.out << "  " << e.code << "  " << e.name.text() << "\n";
    c.out << "\n" << QCoreApplication::translate("Cli", "Agencies:") << "\n";
    for (const Agency& ag : cat.agencies) {
        QStringList leads;
        for (int i : ag.leads)
            leads << QString::number(i);
        c.out << "  " << ag.code << "  " << ag.name.text()
              << (leads.isEmpty()
                      ? QString()
                      : QStringLiteral("  (%1 %2)")
                            .arg(QCoreApplication::translate("Cli", "leads"), leads.join(QStringLiteral(", "))))
              << "\n";
    }
    c.out << "\n" << QCoreApplication::translate("Cli", "Deadlines:") << "\n";
    for (const Deadline& d : cat.deadlines)
        c.out << "  " << d.id << "  "
              << QStringLiteral("%1/%2").arg(d.day, 2, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0'))
              << (d.year ? QStringLiteral("/%1").arg(*d.year) : QString()) << "  " << d.what.text() << "\n";
    return Ok;
}

} // namespace chitieu::cli
