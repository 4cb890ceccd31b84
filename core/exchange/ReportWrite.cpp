#include "ReportWrite.h"

#include "PayloadJson.h"
#include "core/Clock.h"
#include "core/narrative/NarrativeStore.h"
#include "core/store/ValueStore.h"
#include "core/targets/UnitTargets.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chitieu::exchange::importwrite {

std::optional<ReceivedReport> receivedReport(Database& db, const QString& unitCode, const QString& agency, int year,
                                             const QString& deliverable)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT made_at, content_hash, received_at FROM received_reports WHERE "
                                         "unit_code=? AND agency=? AND year=? AND deliverable=?"),
                          {unitCode, agency, year, deliverable});
    if (!q.next())
        return std::nullopt;
    return ReceivedReport{storedTimeFrom(q.value(0).toString()), q.value(1).toString(),
                          storedTimeFrom(q.value(2).toString())};
}

QString figuresText(const QList<FileFigure>& figures)
{
    QJsonArray out;
    for (const FileFigure& f : figures)
        out.append(
            QJsonObject{{QStringLiteral("measure"), f.measure},
                        {QStringLiteral("numerator"), f.numerator ? QJsonValue(*f.numerator) : QJsonValue()},
                        {QStringLiteral("denominator"), f.denominator ? QJsonValue(*f.denominator) : QJsonValue()}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<FileFigure> figuresFromText(const QString& text)
{
    QList<FileFigure> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        auto number = [&o](const char* key) {
            const QJsonValue n = o.value(QLatin1String(key));
            return n.isDouble() ? std::optional<double>(n.toDouble()) : std::nullopt;
        };
        out << FileFigure{o.value(QStringLiteral("measure")).toString(), number("numerator"), number("denominator")};
    }
    return out;
}

void recordReportReplaced(ValueStore& values, Database::Transaction& t, const Payload& p, const ReceivedReport& newer,
                          const ApplyContext& c)
{
    // Which report the sections came from, before and after; `what` names the deliverable.
    values.auditEvent(senderKey(p), p.year, QStringLiteral("report:") + p.deliverable,
                      storedTime(newer.madeAt) + QLatin1Char(' ') + newer.hash,
                      storedTime(p.madeAt) + QLatin1Char(' ') + c.hashHex,
                      {c.user, QStringLiteral("replace_newer"), p.sender.code, c.hashHex}, t);
}

void writeReport(Workspace& w, Database::Transaction& t, const Payload& p, const ApplyContext& c)
{
    const Deliverable& d = w.catalogue().requireDeliverable(p.deliverable);
    const ChangeContext context{p.madeBy.isEmpty() ? c.user : p.madeBy, ChangeContext::imported, p.sender.code,
                                c.hashHex};
    NarrativeStore narratives(w.db(), w.catalogue(), w.units());
    // A file of format 1 knows no sections: it leaves the stored ones as they are.
    for (const QString& key : p.formatVersion >= 2 ? d.narrativeParts() : QStringList()) {
        RichText text;
        for (const FileSection& s : p.sections)
            if (s.key == key)
                text = RichText::fromHtml(s.html);
        narratives.save({p.sender.code, p.agency, p.year, d.id, key}, text, context, t, p.madeAt);
    }
    if (p.agency.isEmpty() && p.formatVersion >= 2) {
        QList<UnitTarget> targets;
        for (const FileTarget& f : p.targets) {
            UnitTarget u;
            u.unitCode = p.sender.code;
            u.measure = f.measure;
            u.fromYear = f.fromYear;
            u.toYear = f.toYear;
            u.comparator = comparators.fromKey(f.comparator);
            u.target = f.target;
            u.document = f.document;
            u.changedAt = p.madeAt;
            u.changedBy = p.madeBy;
            targets << u;
        }
        UnitTargetStore(w.db(), w.catalogue(), w.units()).replaceAll(p.sender.code, targets, context, t);
    }
    w.db().exec(QStringLiteral("INSERT INTO received_reports(unit_code, agency, year, deliverable, made_at, "
                               "received_at, content_hash, figures) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(unit_code, "
                               "agency, year, deliverable) DO UPDATE SET made_at=excluded.made_at, "
                               "received_at=excluded.received_at, content_hash=excluded.content_hash, "
                               "figures=excluded.figures"),
                {p.sender.code, p.agency, p.year, d.id, timeText(p.madeAt), c.now, c.hashHex,
                 p.figures.isEmpty() ? QString() : figuresText(p.figures)});
}

} // namespace chitieu::exchange::importwrite
