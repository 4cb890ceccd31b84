// deliverables, narrative and targets: what the plan asks each unit to deliver, the words of
// its reports, and the unit's own targets.
#include "CliContext.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/format/MeasureText.h"
#include "core/format/Numbers.h"
#include "core/narrative/NarrativeStore.h"
#include "core/schedule/DeliverableDates.h"
#include "core/targets/UnitTargets.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace chitieu::cli {

namespace {

QString dateOf(const Deliverable& d)
{
    if (d.dateSetByRecipient)
        return QCoreApplication::translate("Cli", "set by the recipient");
    const QString day =
        QStringLiteral("%1/%2").arg(d.day, 2, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0'));
    return d.year ? QStringLiteral("%1/%2").arg(day).arg(*d.year) : day;
}

QStringList keysOf(const QList<PlanRole>& roles)
{
    QStringList out;
    for (PlanRole r : roles)
        out << reporterRoles.key(r);
    return out;
}

int cmdDeliverables(Context& c)
{
    const Catalogue& cat = Catalogue::builtIn();
    const QString format = c.args.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format == QLatin1String("csv")) {
        c.out << csv::joinRow({QStringLiteral("id"), QStringLiteral("due"), QStringLiteral("reporters"),
                               QStringLiteral("to"), QStringLiteral("via"), QStringLiteral("parts"),
                               QStringLiteral("data_file"), QStringLiteral("review"), QStringLiteral("gathers"),
                               QStringLiteral("name_vi"), QStringLiteral("name_en")})
              << "\n";
        for (const Deliverable& d : cat.deliverables)
            c.out << csv::joinRow({d.id, d.dateSetByRecipient ? QStringLiteral("recipient") : dateOf(d),
                                   keysOf(d.reporters).join(QLatin1Char(' ')), recipientRoles.key(d.to),
                                   d.via ? recipientRoles.key(*d.via) : QString(), d.parts.join(QLatin1Char(' ')),
                                   d.dataFile ? QStringLiteral("yes") : QStringLiteral("no"),
                                   d.review ? reviewKinds.key(*d.review) : QString(), d.gathers.join(QLatin1Char(' ')),
                                   d.name.vi, d.name.en})
                  << "\n";
        return Ok;
    }
    if (format != QLatin1String("text"))
        usageError(QCoreApplication::translate("Cli", "--format must be text or csv"));
    for (const Deliverable& d : cat.deliverables) {
        QStringList sections;
        for (const QString& key : d.narrativeParts())
            sections << key;
        c.out << d.id.leftJustified(16) << "  " << dateOf(d).leftJustified(12) << "  " << d.name.text() << "\n"
              << "    " << QCoreApplication::translate("Cli", "by: %1").arg(d.reportersText.text()) << "\n"
              << "    "
              << QCoreApplication::translate("Cli", "to: %1")
                     .arg(recipientText(cat, d, d.reporters.value(0, PlanRole::Communes)))
              << "\n"
              << "    "
              << QCoreApplication::translate("Cli", "parts: %1%2")
                     .arg(d.parts.join(QStringLiteral(", ")),
                          d.dataFile ? QCoreApplication::translate("Cli", "; with the data file") : QString())
              << "\n";
    }
    return Ok;
}

// The unit and agency whose words this installation writes: its own, nobody else's.
NarrativeKey ownKey(Workspace& w, const Args& a)
{
    const InstallationSettings s = w.settings();
    NarrativeKey k{a.value(QStringLiteral("--unit")), QString(), a.year(), a.value(QStringLiteral("--deliverable")),
                   a.value(QStringLiteral("--section"))};
    if (!s.isConfigured())
        throw Error(QCoreApplication::translate("Cli", "This database has no unit of its own yet: run chitieu-cli "
                                                       "init --unit CODE first."));
    if (k.unitCode == s.unitCode)
        k.agency = ownAgency(s);
    return k;
}

QByteArray readText(const QString& path)
{
    QFile f;
    const bool standardInput = path == QLatin1String("-");
    const bool open =
        standardInput ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!open)
        throw Error(QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

int narrativeSet(Context& c, Workspace& w)
{
    const Args& a = c.args;
    if (!a.has(QStringLiteral("--section")) || !a.has(QStringLiteral("--file")))
        usageError(QCoreApplication::translate("Cli", "narrative set needs --section and --file"));
    const NarrativeKey k = ownKey(w, a);
    const InstallationSettings s = w.settings();
    if (k.unitCode != s.unitCode)
        throw Error(QCoreApplication::translate("Cli", "This installation writes the reports of %1 only, not of %2: "
                                                       "the reports of the units below arrive in their files.")
                        .arg(w.units().displayName(s.unitCode), w.units().displayName(k.unitCode)));
    const Deliverable& d = w.catalogue().requireDeliverable(k.deliverable);
    const auto role = planRoleOf(w.catalogue(), s);
    if (!role || !d.reporters.contains(*role))
        throw Error(QCoreApplication::translate("Cli", "%1 is made by %2; this installation does not make it.")
                        .arg(d.name.text(), d.reportersText.text()));
    const QByteArray bytes = readText(a.value(QStringLiteral("--file")));
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        throw Error(QCoreApplication::translate("Cli", "%1 is not UTF-8 text: save it as UTF-8 and try again.")
                        .arg(a.value(QStringLiteral("--file"))));
    if (text.size() > kMaxNarrativeLength)
        throw Error(QCoreApplication::translate("Cli", "The text has %1 characters, more than the %2 a section may "
                                                       "have.")
                        .arg(text.size())
                        .arg(kMaxNarrativeLength));
    const RichText rich = RichText::fromMarkdown(text);
    NarrativeStore store(w.db(), w.catalogue(), w.units());
    const bool changed = store.save(k, rich, {s.userName, QStringLiteral("cli"), s.unitCode});
    const QString title = w.catalogue().narrativeSection(k.section)->title.text();
    // The count goes through %n so that "1 paragraph" reads well (chitieu_en.ts has the plural forms).
    const int blocks = static_cast<int>(rich.blocks.size());
    c.out << (changed ? rich.isEmpty() ? QCoreApplication::translate("Cli", "Removed \"%1\" of %2 for %3.")
                                       : QCoreApplication::translate(
                                             "Cli", "Stored \"%1\" of %2 for %3: %n paragraph(s).", nullptr, blocks)
                      : QCoreApplication::translate("Cli", "\"%1\" of %2 for %3 was already this text."))
                 .arg(title, d.name.text())
                 .arg(k.year)
          << "\n";
    return Ok;
}

int narrativeShow(Context& c, Workspace& w)
{
    const Args& a = c.args;
    NarrativeKey k = ownKey(w, a);
    const QString format = a.value(QStringLiteral("--format"), QStringLiteral("markdown"));
    if (format != QLatin1String("markdown") && format != QLatin1String("html") && format != QLatin1String("text"))
        usageError(QCoreApplication::translate("Cli", "--format must be markdown, html or text"));
    const Deliverable& d = w.catalogue().requireDeliverable(k.deliverable);
    NarrativeStore store(w.db(), w.catalogue(), w.units());
    QStringList keys = d.narrativeParts();
    if (!k.section.isEmpty()) {
        store.validate({k.unitCode, k.agency, k.year, d.id, k.section});
        keys = {k.section};
    }
    store.validate({k.unitCode, k.agency, k.year, d.id, keys.value(0)});
    const QMap<QString, StoredNarrative> sections = store.sections(k.unitCode, k.agency, k.year, d.id);
    for (const QString& key : keys) {
        const auto it = sections.constFind(key);
        if (keys.size() > 1)
            c.out << "## " << w.catalogue().narrativeSection(key)->title.text() << "\n\n";
        if (it == sections.cend()) {
            if (keys.size() > 1)
                c.out << QCoreApplication::translate("Cli", "(not written yet)") << "\n\n";
            continue;
        }
        c.out << (format == QLatin1String("html")   ? it->text.toHtml()
                  : format == QLatin1String("text") ? it->text.plainText()
                                                    : it->text.toMarkdown())
              << "\n";
        if (keys.size() > 1)
            c.out << "\n";
    }
    return Ok;
}

int cmdNarrative(Context& c)
{
    const QString action = c.args.positional.value(0);
    if (action != QLatin1String("set") && action != QLatin1String("show"))
        usageError(QCoreApplication::translate("Cli", "the action must be set or show, not %1").arg(action));
    Workspace w = c.workspace();
    return action == QLatin1String("set") ? narrativeSet(c, w) : narrativeShow(c, w);
}

// ---- targets ----

UnitTarget targetFrom(const Args& a, Workspace& w)
{
    UnitTarget t;
    t.unitCode = a.value(QStringLiteral("--unit"));
    t.measure = a.value(QStringLiteral("--measure"));
    t.fromYear = a.year(QStringLiteral("--from-year"));
    t.toYear = a.has(QStringLiteral("--to-year")) ? a.year(QStringLiteral("--to-year")) : w.catalogue().lastYear;
    const QString comparator = a.value(QStringLiteral("--comparator"));
    const auto c = comparators.find(comparator);
    if (!c)
        usageError(
            QCoreApplication::translate("Cli", "--comparator must be one of <, <=, > or >=, not %1").arg(comparator));
    t.comparator = *c;
    t.target = parseTarget(a.value(QStringLiteral("--target")));
    t.document = a.value(QStringLiteral("--document"));
    return t;
}

// A unit's own targets are set at its installation, or by a district for its communes.
void requireOwnBranch(Workspace& w, const QString& unit)
{
    const InstallationSettings s = w.settings();
    if (!s.isConfigured())
        throw Error(QCoreApplication::translate("Cli", "This database has no unit of its own yet: run chitieu-cli "
                                                       "init --unit CODE first."));
    if (!w.units().find(unit) || !w.units().isWithin(unit, s.unitCode))
        throw Error(QCoreApplication::translate("Cli", "%1 is not %2 or a unit below it: a unit's own targets are "
                                                       "set at its own installation.")
                        .arg(w.units().displayName(unit), w.units().displayName(s.unitCode)));
}

int cmdTargets(Context& c)
{
    const Args& a = c.args;
    const QString action = a.positional.value(0);
    Workspace w = c.workspace();
    UnitTargetStore store(w.db(), w.catalogue(), w.units());
    const ChangeContext context{w.settings().userName, QStringLiteral("cli"), w.settings().unitCode};
    if (action == QLatin1String("set") || action == QLatin1String("remove")) {
        for (const char* needed : {"--unit", "--measure", "--from-year"})
            if (!a.has(QLatin1String(needed)))
                usageError(
                    QCoreApplication::translate("Cli", "targets %1 needs %2").arg(action, QLatin1String(needed)));
    }
    if (action == QLatin1String("set")) {
        for (const char* needed : {"--target", "--comparator", "--document"})
            if (!a.has(QLatin1String(needed)))
                usageError(QCoreApplication::translate("Cli", "targets set needs %1").arg(QLatin1String(needed)));
        const UnitTarget t = targetFrom(a, w);
        requireOwnBranch(w, t.unitCode);
        store.set(t, context);
        const Measure* m = w.catalogue().measure(t.measure);
        c.out << QCoreApplication::translate("Cli", "Set the target of %1 for %2: %3, %4-%5 (%6).")
                     .arg(w.units().displayName(t.unitCode), t.measure,
                          formatTarget(t.comparator, t.exactTarget(), *m, QLocale()))
                     .arg(t.fromYear)
                     .arg(t.toYear)
                     .arg(t.document)
              << "\n";
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const QString unit = a.value(QStringLiteral("--unit"));
        requireOwnBranch(w, unit);
        store.remove(unit, a.value(QStringLiteral("--measure")), a.year(QStringLiteral("--from-year")));
        c.out << QCoreApplication::translate("Cli", "Removed the target of %1 for %2 from %3.")
                     .arg(w.units().displayName(unit), a.value(QStringLiteral("--measure")),
                          a.value(QStringLiteral("--from-year")))
              << "\n";
        return Ok;
    }
    if (action != QLatin1String("list"))
        usageError(QCoreApplication::translate("Cli", "the action must be set, list or remove, not %1").arg(action));
    c.out << csv::joinRow({QStringLiteral("unit"), QStringLiteral("measure"), QStringLiteral("from_year"),
                           QStringLiteral("to_year"), QStringLiteral("comparator"), QStringLiteral("target"),
                           QStringLiteral("province_comparator"), QStringLiteral("province_target"),
                           QStringLiteral("document")})
          << "\n";
    for (const UnitTarget& t : store.list(a.value(QStringLiteral("--unit")))) {
        const Measure* m = w.catalogue().measure(t.measure);
        c.out << csv::joinRow({t.unitCode, t.measure, QString::number(t.fromYear), QString::number(t.toYear),
                               comparators.key(t.comparator), machineNumber(t.target),
                               m ? comparators.key(m->comparator) : QString(), m ? machineNumber(m->target) : QString(),
                               t.document})
              << "\n";
    }
    return Ok;
}

} // namespace

Command deliverablesCommand()
{
    Command c;
    c.name = QStringLiteral("deliverables");
    c.description = QCoreApplication::translate(
        "Cli", "List what the plan asks each unit to deliver: id, date, who makes it, for whom, its parts.");
    c.options = {{QStringLiteral("format"), QStringLiteral("text|csv"),
                  QCoreApplication::translate("Cli", "text (the default), or csv with a row per deliverable.")}};
    c.database = DatabaseUse::None;
    c.run = cmdDeliverables;
    return c;
}

Command narrativeCommand()
{
    Command c;
    c.name = QStringLiteral("narrative");
    c.description = QCoreApplication::translate(
        "Cli", "Write (set) or print (show) a section of a report: results, difficulties, proposals ...");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("deliverable"), QStringLiteral("ID"),
         QCoreApplication::translate("Cli", "The deliverable (see chitieu-cli deliverables)."), true},
        {QStringLiteral("section"), QStringLiteral("KEY"),
         QCoreApplication::translate("Cli", "The section: results, difficulties, proposals, or one the deliverable "
                                            "adds (show: all when not given).")},
        {QStringLiteral("file"), QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "set: the text, Markdown (paragraphs, - lists, 1. lists, **bold**, "
                                            "*italic*), UTF-8; - reads the standard input. An empty text removes the "
                                            "section.")},
        {QStringLiteral("format"), QStringLiteral("markdown|html|text"),
         QCoreApplication::translate("Cli", "show: markdown (the default), the stored html, or plain text.")},
    };
    c.arguments = {QStringLiteral("set|show"), QCoreApplication::translate("Cli", "What to do."), 1, false};
    c.run = cmdNarrative;
    return c;
}

Command targetsCommand()
{
    Command c;
    c.name = QStringLiteral("targets");
    c.description = QCoreApplication::translate("Cli", "Set, list or remove a unit's own targets (from its own plan).");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The unit (list: every unit when not given).")},
        {QStringLiteral("measure"), QStringLiteral("M"),
         QCoreApplication::translate("Cli", "The measure, such as 2b.")},
        {QStringLiteral("target"), QStringLiteral("T"),
         QCoreApplication::translate("Cli", "The target, such as 0.7 or 0,7.")},
        {QStringLiteral("comparator"), QStringLiteral("<|<=|>|>="),
         QCoreApplication::translate("Cli", "How a value meets it.")},
        {QStringLiteral("from-year"), QStringLiteral("Y"),
         QCoreApplication::translate("Cli", "The first year it applies to.")},
        {QStringLiteral("to-year"), QStringLiteral("Y"),
         QCoreApplication::translate("Cli", "The last year it applies to (the plan's last year when not given).")},
        {QStringLiteral("document"), QStringLiteral("NUMBER"),
         QCoreApplication::translate("Cli", "The document that sets it, such as \"45/KH-UBND\".")},
    };
    c.arguments = {QStringLiteral("set|list|remove"), QCoreApplication::translate("Cli", "What to do."), 1, false};
    c.run = cmdTargets;
    return c;
}

} // namespace chitieu::cli
