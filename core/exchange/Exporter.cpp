#include "Exporter.h"

#include "Envelope.h"
#include "KeyStore.h"
#include "PayloadJson.h"
#include "chitieu/Version.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/compute/Counting.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace chitieu::exchange {

namespace {
UnitBlock blockOf(Workspace& w, const OrgUnit& unit, int year)
{
    UnitBlock b;
    b.code = unit.code;
    b.name = unit.name;
    b.level = static_cast<int>(unit.level);
    const FormStatus status = FormStatus::load(w.db(), unit.code, year);
    b.formState = status.state;
    b.formStateAt = status.changedAt;
    const QMap<QString, StoredValue> values = w.values().values(unit.code, year);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        b.values << FileValue{it.key(), it->value, it->comment, it->changedAt, it->changedBy};
    return b;
}

void addBelow(Workspace& w, const QString& code, int year, QList<UnitBlock>& out)
{
    for (const OrgUnit* child : w.units().children(code)) {
        UnitBlock b = blockOf(w, *child, year);
        QSqlQuery q = w.db().exec(
            QStringLiteral("SELECT made_at, content_hash FROM submissions WHERE unit_code = ? AND year = ?"),
            {child->code, year});
        if (q.next()) {
            b.sourceMadeAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            b.sourceHash = q.value(1).toString();
        }
        out << b;
        addBelow(w, child->code, year, out);
    }
}
} // namespace

Payload buildSubmission(Workspace& w, const QString& unitCode, int year)
{
    const OrgUnit* unit = w.units().find(unitCode);
    if (!unit)
        throw Error(QCoreApplication::translate("Exchange", "The unit %1 is not in the unit list.").arg(unitCode));
    const Catalogue& cat = w.catalogue();
    cat.requireYear(year);
    Payload p;
    p.kind = FileKind::Submission;
    p.catalogueId = cat.id;
    p.catalogueVersion = cat.version;
    p.programVersion = QStringLiteral(CHITIEU_VERSION);
    p.madeAt = Clock::instance().now();
    p.madeBy = w.settings().userName;
    p.year = year;
    p.sender = blockOf(w, *unit, year);
    addBelow(w, unitCode, year, p.below);
    return p;
}

QByteArray sealWithOwnKey(Workspace& w, const Payload& p)
{
    return seal(payloadToJson(p), keystore::ensureOwnKey(w.db()), p.formatVersion);
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(QCoreApplication::translate("Exchange", "Cannot write %1: %2").arg(path, f.errorString()));
}

QString incompleteExportReason(Workspace& w, const QString& unitCode, int year)
{
    const OrgUnit* unit = w.units().find(unitCode);
    const UnitReadiness r = readiness(w.db(), unitCode, year);
    const QString name = w.units().displayName(unitCode);
    switch (r.readiness) {
    case Readiness::Complete:
        return {};
    case Readiness::Empty:
        return QCoreApplication::translate("Exchange", "The data of %1 for %2 is empty: nothing has been entered.")
            .arg(name)
            .arg(year);
    case Readiness::InProgress:
        break;
    }
    if (unit && unit->level == UnitLevel::Commune)
        return QCoreApplication::translate("Exchange", "The form of %1 for %2 is not marked complete.")
            .arg(name)
            .arg(year);
    return QCoreApplication::translate("Exchange", "Only %1 of the %2 communes of %3 have a complete form for %4.")
        .arg(r.completeCommunes)
        .arg(r.communes)
        .arg(name)
        .arg(year);
}

ExportResult exportSubmission(Workspace& w, const QString& unitCode, int year, const QString& path,
                              bool allowIncomplete)
{
    const InstallationSettings s = w.settings();
    if (s.unitCode.isEmpty())
        throw Error(QCoreApplication::translate(
            "Exchange", "This installation does not know which unit it serves. Choose it in Settings (or run "
                        "chitieu-cli init --unit CODE) before exporting."));
    if (unitCode != s.unitCode)
        throw Error(QCoreApplication::translate(
                        "Exchange",
                        "This installation serves %1, so it can only make the file of %1, not of %2: a file is "
                        "signed by the installation of its unit.")
                        .arg(w.units().displayName(s.unitCode), w.units().displayName(unitCode)));
    if (!allowIncomplete) {
        const QString why = incompleteExportReason(w, unitCode, year);
        if (!why.isEmpty())
            throw Error(why + QLatin1Char(' ') +
                        QCoreApplication::translate(
                            "Exchange", "The unit above would receive it as not complete and leave it out of its "
                                        "figures. Complete the data first, or send it anyway: confirm on the Exchange "
                                        "tab, or run chitieu-cli export with --allow-incomplete."));
    }
    const Payload p = buildSubmission(w, unitCode, year);
    const QByteArray json = payloadToJson(p);
    writeFileAtomically(path, seal(json, keystore::ensureOwnKey(w.db()), p.formatVersion));
    ExportResult r;
    r.path = path;
    r.unitCode = unitCode;
    r.year = year;
    r.madeAt = p.madeAt;
    r.hashHex = QString::fromLatin1(crypto::sha256(json).toHex());
    r.units = 1 + static_cast<int>(p.below.size());
    r.values = static_cast<int>(p.sender.values.size());
    for (const UnitBlock& b : p.below)
        r.values += static_cast<int>(b.values.size());
    w.db().exec(QStringLiteral("INSERT INTO sent_files(unit_code, year, made_at, content_hash, file_name) "
                               "VALUES(?,?,?,?,?)"),
                {unitCode, year, timeText(p.madeAt), r.hashHex,
                 QFileInfo(path).fileName().normalized(QString::NormalizationForm_C)});
    return r;
}

} // namespace chitieu::exchange
