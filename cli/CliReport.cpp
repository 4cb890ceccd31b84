// report, review and catalogue: what the plan asks and how a unit stands against it.
// The file formats of report and review are in ReportFormats.h.
#include "CliContext.h"
#include "ReportFormats.h"
#include "core/Clock.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"
#include "core/schedule/DeliverableDates.h"
#include "core/schedule/DeliverableStatus.h"
#include "core/store/OutputFile.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace chitieu::cli {

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
    output::write(path, bytes, c.databasePath);
}

// Before any work: -o must not name the database or one of its files.
void refuseDatabaseOutput(const Context& c)
{
    const QString path = c.args.value(QStringLiteral("-o"));
    if (!path.isEmpty() && path != QLatin1String("-"))
        output::refuseDatabase(path, c.databasePath);
}

namespace {

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

const QString protectOption = QStringLiteral("--protect-small-numbers");

// The format, checked before any work: known, -o given when binary, protection for people only.
const ReportFormat& chosenFormat(const Args& a)
{
    const QString name = a.value(QStringLiteral("--format"), QStringLiteral("csv"));
    const ReportFormat* f = reportFormat(name);
    if (!f)
        usageError(QCoreApplication::translate("Cli", "--format must be one of: %1")
                       .arg(reportFormatNames().join(QStringLiteral(", "))));
    if (f->binary && a.value(QStringLiteral("-o")).isEmpty())
        usageError(QCoreApplication::translate("Cli", "--format %1 writes a file: give it with -o FILE").arg(name));
    if (!f->forPeople && a.has(protectOption)) {
        QStringList forPeople;
        for (const ReportFormat& format : reportFormats())
            if (format.forPeople)
                forPeople << format.name;
        usageError(QCoreApplication::translate("Cli", "%1 is for reports that people read: use --format %2")
                       .arg(protectOption, forPeople.join(QStringLiteral(", "))));
    }
    return *f;
}

// The document's date, checked before any work.
QDate issuedDate(const Args& a)
{
    if (!a.has(QStringLiteral("--date")))
        return {};
    const QDate d = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
    if (!d.isValid())
        usageError(QCoreApplication::translate("Cli", "--date must be a date written YYYY-MM-DD, such as 2024-12-05"));
    return d;
}

ReportOptions reportOptions(const Args& a)
{
    ReportOptions o;
    o.protectSmallNumbers = a.has(protectOption);
    o.agency = a.value(QStringLiteral("--agency"));
    o.includeInProgress = a.has(QStringLiteral("--include-in-progress"));
    if (a.has(QStringLiteral("--min-coverage"))) {
        bool ok = false;
        const int percent = a.value(QStringLiteral("--min-coverage")).toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            usageError(QCoreApplication::translate("Cli", "--min-coverage must be a whole percentage from 0 to 100"));
        o.minCoveragePercent = percent;
    }
    o.issued = issuedDate(a);
    o.deliverable = a.value(QStringLiteral("--deliverable"));
    return o;
}

// The header's parts given on the command line replace the default ones.
void adjustHeader(Workspace& w, const Args& a, ReportOptions& o, const QString& unit)
{
    const QStringList parts{QStringLiteral("--number"), QStringLiteral("--recipients"), QStringLiteral("--issuer")};
    if (std::none_of(parts.begin(), parts.end(), [&a](const QString& p) { return a.has(p); }))
        return;
    OfficialHeader h = reportparts::headerOf(w, o, unit, reportparts::deliverableOf(w, o, 0));
    if (a.has(QStringLiteral("--number")))
        h.number = QStringLiteral("Số: %1").arg(a.value(QStringLiteral("--number")).trimmed());
    if (a.has(QStringLiteral("--recipients")))
        h.recipients = a.value(QStringLiteral("--recipients")).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (a.has(QStringLiteral("--issuer")))
        h.issuer = a.value(QStringLiteral("--issuer")).split(QLatin1Char('|')).join(QLatin1Char('\n'));
    o.header = h;
}

// A document of this installation's own deliverable, written to a file, counts as sent: its
// record, or none for any other output.
std::optional<SentRecord> documentRecord(Workspace& w, const Args& a, const ReportFormat& format, const QString& unit,
                                         int year, const QByteArray& bytes)
{
    const QString path = a.value(QStringLiteral("-o"));
    const InstallationSettings s = w.settings();
    const QString id = a.value(QStringLiteral("--deliverable"));
    if (id.isEmpty() || path.isEmpty() || path == QLatin1String("-") || unit != s.unitCode || !format.forPeople)
        return std::nullopt;
    const Deliverable& d = w.catalogue().requireDeliverable(id);
    const auto role = planRoleOf(w.catalogue(), s);
    if (!role || !d.reporters.contains(*role))
        return std::nullopt;
    const SentKind kind = format.name == QLatin1String("pdf")    ? SentKind::Pdf
                          : format.name == QLatin1String("xlsx") ? SentKind::Xlsx
                                                                 : SentKind::Csv;
    return SentRecord{unit,
                      ownAgency(s),
                      year,
                      d.id,
                      kind,
                      Clock::instance().now(),
                      QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                      QFileInfo(path).fileName()};
}

int cmdReport(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    const bool onTree = a.has(QStringLiteral("--on-tree"));
    if (onTree && a.value(QStringLiteral("--format"), QStringLiteral("csv")) == QLatin1String("csv"))
        return reportOnTree(c, reportOptions(a));
    const ReportFormat& format = chosenFormat(a);
    refuseDatabaseOutput(c);
    ReportOptions options = reportOptions(a);
    if (onTree)
        options.onTree = onTreeDate(a);
    Workspace w = c.workspace();
    adjustHeader(w, a, options, unit);
    const Deliverable* d = reportparts::deliverableOf(w, options, year);
    const QByteArray bytes = d && d->review ? format.review(buildReview(w, unit, *d->review, options))
                                            : format.annual(buildAnnualReport(w, unit, year, options));
    const QString path = a.value(QStringLiteral("-o"));
    const std::optional<SentRecord> sent = documentRecord(w, a, format, unit, year, bytes);
    if (!sent) {
        writeOutput(c, path, bytes);
        return Ok;
    }
    // Recorded as sent only once the document is complete; a document whose record fails is removed.
    Database::Transaction t(w.db());
    output::AtomicFile file(path, c.databasePath, bytes);
    recordSent(w.db(), *sent);
    file.commit();
    try {
        t.commit();
    } catch (const Error&) {
        QFile::remove(path);
        throw;
    }
    return Ok;
}

int cmdReview(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const std::optional<ReviewKind> kind = reviewKinds.find(a.value(QStringLiteral("--kind")));
    if (!kind)
        usageError(QCoreApplication::translate("Cli", "--kind must be mid or final"));
    const ReportFormat& format = chosenFormat(a);
    ReportOptions options = reportOptions(a);
    if (a.has(QStringLiteral("--on-tree"))) {
        // The machine CSV has no column for the mapping: a review on another tree is for people.
        if (!format.forPeople)
            usageError(QCoreApplication::translate("Cli", "review --on-tree makes a document for people: use --format "
                                                          "csv-excel, xlsx or pdf"));
        options.onTree = onTreeDate(a);
    }
    refuseDatabaseOutput(c);
    Workspace w = c.workspace();
    const ReviewReport report = buildReview(w, unit, *kind, options);
    writeOutput(c, a.value(QStringLiteral("-o")), format.review(report));
    return Ok;
}

int cmdCatalogue(Context& c)
{
    const Args& a = c.args;
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
                                   m.exactFactor.text(), comparators.key(m.comparator), m.exactTarget.text(), filter,
                                   ind ? ind->lead : QString()})
                  << "\n";
        }
        return Ok;
    }
    if (format != QLatin1String("text"))
        usageError(QCoreApplication::translate("Cli", "--format must be text or csv"));
    c.out << cat.name.text() << " (" << cat.id << " " << cat.version << ")\n";
    for (const Group& g : cat.groups) {
        c.out << "\n" << g.id << ". " << g.name.text() << "\n";
        for (int number : g.indicators) {
            const Indicator* ind = cat.indicator(number);
            const Agency* lead = ind ? cat.agency(ind->lead) : nullptr;
            c.out << "  " << QCoreApplication::translate("Cli", "Indicator %1").arg(number) << " ["
                  << (lead ? lead->shortName.text() : QString()) << "]\n";
            for (const Measure* m : cat.measuresOf(number))
                c.out << "    " << m->code << "  " << m->name.text() << "  " << formatTarget(*m) << "\n";
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
    c.out << "\n" << QCoreApplication::translate("Cli", "Deliverables (chitieu-cli deliverables says more):") << "\n";
    for (const Deliverable& d : cat.deliverables)
        c.out << "  " << d.id << "  " << d.name.text() << "\n";
    return Ok;
}

// Only a format drawn with Qt Gui (pdf) needs a QGuiApplication.
bool drawsFormat(const Args& a)
{
    const ReportFormat* f = reportFormat(a.value(QStringLiteral("--format"), QStringLiteral("csv")));
    return f && f->drawn;
}

// The options report and review share, after --unit and --year or --kind.
QList<Option> formatOptions()
{
    return {
        {QStringLiteral("format"), reportFormatNames().join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "csv (the default) is for programs; csv-excel (with a byte-order mark "
                                            "for Excel), xlsx and pdf (the official document) are for people.")},
        {QStringLiteral("o"), QStringLiteral("OUT"),
         QCoreApplication::translate("Cli", "Write to this file instead of the standard output (needed for xlsx "
                                            "and pdf).")},
        {protectOption.mid(2),
         {},
         QCoreApplication::translate("Cli", "Print counts from 1 to 4, and the rates built on them, as <5: for "
                                            "reports shared outside the administration (not with csv).")},
        {QStringLiteral("agency"), QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Only the indicators this agency leads or coordinates (see chitieu-cli "
                                            "catalogue).")},
        {QStringLiteral("include-in-progress"),
         {},
         QCoreApplication::translate("Cli", "Count the communes' forms that are not yet complete too (the report "
                                            "says so). Without it only complete forms count.")},
        {QStringLiteral("min-coverage"), QStringLiteral("PERCENT"),
         QCoreApplication::translate("Cli", "Give a status (met, not met) only to figures covering at least this "
                                            "share of their communes; below it the status is incomplete. Default: "
                                            "the setting (100).")},
    };
}

} // namespace

Command reportCommand()
{
    Command c;
    c.name = QStringLiteral("report");
    c.description =
        QCoreApplication::translate("Cli", "The annual report of a unit: every measure against its target.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
    };
    c.options << formatOptions();
    c.options << Option{QStringLiteral("deliverable"), QStringLiteral("ID"),
                        QCoreApplication::translate("Cli", "Make this deliverable's document: its figures, its "
                                                           "sections and what it consolidates (see chitieu-cli "
                                                           "deliverables). Written to a file, it counts as sent.")}
              << Option{QStringLiteral("number"), QStringLiteral("TEXT"),
                        QCoreApplication::translate("Cli", "The document's number and symbol, such as "
                                                           "\"125/BC-UBND\" (default: left blank).")}
              << Option{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                        QCoreApplication::translate("Cli", "The document's date (default: today).")}
              << Option{QStringLiteral("recipients"), QStringLiteral("LINES"),
                        QCoreApplication::translate("Cli", "The lines of \"Nơi nhận\", separated by |.")}
              << Option{QStringLiteral("issuer"), QStringLiteral("LINES"),
                        QCoreApplication::translate("Cli", "The issuing body, its lines separated by |.")}
              << Option{QStringLiteral("on-tree"), QStringLiteral("YYYY-MM-DD"),
                        QCoreApplication::translate("Cli", "Show the year, the year before and 2020 on the units of "
                                                           "the unit tree in force on this day (--unit is one of "
                                                           "them): each figure mapped exactly, estimated with its "
                                                           "share, or not comparable (csv: column mapping; the "
                                                           "documents say so under the title).")};
    c.run = cmdReport;
    c.draws = drawsFormat;
    return c;
}

Command reviewCommand()
{
    Command c;
    c.name = QStringLiteral("review");
    c.description = QCoreApplication::translate(
        "Cli", "The mid-term or final review of a unit: each measure's path, those off track.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit."), true},
        {QStringLiteral("kind"), QStringLiteral("mid|final"),
         QCoreApplication::translate("Cli", "The mid-term review (to 2023) or the final review (to 2025)."), true},
    };
    c.options << formatOptions();
    c.options << Option{QStringLiteral("on-tree"), QStringLiteral("YYYY-MM-DD"),
                        QCoreApplication::translate("Cli", "Make the review on the units of the unit tree in force "
                                                           "on this day (--unit is one of them): every year mapped "
                                                           "onto them, exactly, estimated with its share, or not "
                                                           "comparable, as the document says.")};
    c.run = cmdReview;
    c.draws = drawsFormat;
    return c;
}

Command catalogueCommand()
{
    Command c;
    c.name = QStringLiteral("catalogue");
    c.description =
        QCoreApplication::translate("Cli", "List the plan's measures, data elements, agencies and deliverables.");
    c.options = {{QStringLiteral("format"), QStringLiteral("text|csv"),
                  QCoreApplication::translate("Cli", "text (the default), or csv with a row per measure.")}};
    c.database = DatabaseUse::None;
    c.run = cmdCatalogue;
    return c;
}

} // namespace chitieu::cli
