#include "ReportNarrative.h"

#include "core/exchange/ReportWrite.h"
#include "core/narrative/NarrativeStore.h"
#include "core/schedule/Completeness.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <cmath>

namespace chitieu {

namespace {
QList<NarrativePart> sectionsOf(const Catalogue& cat, const Deliverable& d,
                                const QMap<QString, StoredNarrative>& written, bool withFigures)
{
    QList<NarrativePart> out;
    for (const QString& key : d.parts) {
        const NarrativeSection* section = cat.narrativeSection(key);
        if (!section && !withFigures)
            continue;
        NarrativePart part{key, section ? section->title.text() : QString(), {}};
        if (const auto it = written.constFind(key); it != written.cend())
            part.text = it->text;
        out << part;
    }
    return out;
}

// A department's figures as it reported them, judged against the plan's targets.
QList<ReportedFigure> reportedFigures(Workspace& w, const UnitArrival& a, int year, const QString& deliverable)
{
    const QString text = w.db()
                             .scalar(QStringLiteral("SELECT figures FROM received_reports WHERE unit_code=? AND "
                                                    "agency=? AND year=? AND deliverable=?"),
                                     {a.unitCode, a.agency, year, deliverable})
                             .toString();
    QList<ReportedFigure> out;
    for (const exchange::FileFigure& f : exchange::importwrite::figuresFromText(text)) {
        const Measure* m = w.catalogue().measure(f.measure);
        if (!m)
            continue;
        // The file writes counts as JSON numbers: whole, and exact as doubles up to 2^53.
        auto count = [](const std::optional<double>& v) {
            return v ? std::optional<qint64>(std::llround(*v)) : std::nullopt;
        };
        ReportedFigure r;
        r.measure = f.measure;
        r.numerator = count(f.numerator);
        r.denominator = count(f.denominator);
        if (r.numerator && r.denominator && *r.denominator > 0) {
            // Judged exactly, as the program judges its own figures.
            r.exact = Quotient{*r.numerator, *r.denominator, m->exactFactor};
            r.value = r.exact->toDouble();
            r.status = m->meets(*r.exact) ? MeasureStatus::Met : MeasureStatus::NotMet;
        }
        out << r;
    }
    return out;
}
} // namespace

bool Contribution::hasText() const
{
    for (const NarrativePart& p : sections)
        if (!p.text.isEmpty())
            return true;
    return false;
}

bool DocumentNarrative::hasPart(const QString& key) const
{
    for (const NarrativePart& p : parts)
        if (p.key == key)
            return true;
    return false;
}

QList<Contribution> contributionsFor(Workspace& w, const Deliverable& d, const QString& unitCode, int year)
{
    const Catalogue& cat = w.catalogue();
    NarrativeStore narratives(w.db(), cat, w.units());
    QList<Contribution> out;
    for (const QString& gathered : d.gathers) {
        const Deliverable* g = cat.deliverable(gathered);
        if (!g || !g->isDue(year))
            continue;
        const Completeness c = completeness(w.db(), cat, w.treeOfYear(year), unitCode, year, g->id);
        for (const UnitArrival& a : c.units) {
            if (!a.madeAt)
                continue; // nothing received from it: the annex says who is missing
            Contribution k;
            k.unitCode = a.unitCode;
            k.agency = a.agency;
            k.senderName = senderName(a, w.units(), cat);
            k.deliverable = g->id;
            k.deliverableName = g->name.text();
            k.madeAt = a.madeAt;
            k.receivedAt = a.receivedAt;
            k.sections = sectionsOf(cat, *g, narratives.sections(a.unitCode, a.agency, year, g->id), false);
            if (k.isDepartment())
                k.figures = reportedFigures(w, a, year, g->id);
            out << k;
        }
    }
    return out;
}

DocumentNarrative buildNarrative(Workspace& w, const Deliverable& d, const QString& unitCode, const QString& agency,
                                 int year)
{
    DocumentNarrative n;
    n.deliverable = d.id;
    n.deliverableName = d.name.text();
    n.title =
        d.review ? d.title.text() : QCoreApplication::translate("Reports", "%1 in %2").arg(d.title.text()).arg(year);
    n.parts = sectionsOf(w.catalogue(), d,
                         NarrativeStore(w.db(), w.catalogue(), w.units()).sections(unitCode, agency, year, d.id), true);
    n.contributions = contributionsFor(w, d, unitCode, year);
    return n;
}

} // namespace chitieu
