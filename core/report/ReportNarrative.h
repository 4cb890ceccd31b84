#pragma once
// The words of a deliverable's document: its parts in the catalogue's order (the figures, the
// unit's own targets, the narrative sections with the text the unit wrote) and what it
// consolidates: the sections (and a department's figures) of every unit or department below
// that delivered one of the deliverables it gathers. The annual and review models hold it;
// the PDF and XLSX lay it out in this order.

#include "core/compute/MeasureCalculator.h"
#include "core/narrative/RichText.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace chitieu {

class Workspace;
struct Deliverable;

struct NarrativePart
{
    QString key;   // "figures", "targets" or a narrative section's key
    QString title; // a section's title in the document's language; empty for figures and targets
    RichText text; // empty when the section is not written yet
};

// A figure a department reported for the province.
struct ReportedFigure
{
    QString measure;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<Quotient> exact; // numerator x factor / denominator, when the denominator > 0
    std::optional<double> value;   // the same, correctly rounded to 15 significant digits
    MeasureStatus status = MeasureStatus::NoData;
};

// What one unit or department below delivered.
struct Contribution
{
    QString unitCode;
    QString agency; // a department's code
    QString senderName;
    QString deliverable;
    QString deliverableName;
    std::optional<QDateTime> madeAt;
    std::optional<QDateTime> receivedAt;
    QList<NarrativePart> sections; // the deliverable's sections, in its order
    QList<ReportedFigure> figures;

    bool isDepartment() const { return !agency.isEmpty(); }
    bool hasText() const;
};

struct DocumentNarrative
{
    QString deliverable; // the catalogue's id; empty for a document of figures only
    QString deliverableName;
    QString title; // the document's title after its word
    QList<NarrativePart> parts;
    QList<Contribution> contributions;

    bool isEmpty() const { return deliverable.isEmpty(); }
    bool hasPart(const QString& key) const;
};

// The document's words for a deliverable of `unitCode` (and `agency` for a department) and
// `year`: its own sections, and the contributions received at `unitCode`.
DocumentNarrative buildNarrative(Workspace& workspace, const Deliverable& deliverable, const QString& unitCode,
                                 const QString& agency, int year);

// The contributions of the units and departments below `unitCode` for the deliverables
// `deliverable` gathers (the editor's "quote from below" and the documents).
QList<Contribution> contributionsFor(Workspace& workspace, const Deliverable& deliverable, const QString& unitCode,
                                     int year);

} // namespace chitieu
