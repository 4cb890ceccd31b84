#include "Returns.h"

#include "Envelope.h"
#include "ExchangeFormat.h"
#include "Exporter.h"
#include "KeyStore.h"
#include "PayloadJson.h"
#include "chitieu/Version.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Limits.h"
#include "core/store/OutputFile.h"
#include "core/store/SubmissionStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace chitieu::exchange {

ReturnResult returnSubmission(Workspace& w, const QString& unitCode, int year, const QString& reasonText,
                              const QString& path)
{
    output::refuseDatabase(path, w.db().path()); // before anything else: the database is never an output
    const InstallationSettings s = w.settings();
    const OrgUnit* me = w.units().find(s.unitCode);
    if (!me)
        throw Error(QCoreApplication::translate(
            "Exchange", "This installation does not know which unit it serves. Choose it in Settings first."));
    // Files travel one level up, and come back the same way: only the unit a file was sent to,
    // directly above, returns it (the province returns a district's file, not a commune's).
    const OrgUnit* unit = w.units().find(unitCode);
    if (!unit || unit->parentCode != s.unitCode)
        throw Error(QCoreApplication::translate("Exchange",
                                                "%1 is not directly under %2, so this installation cannot return its "
                                                "file: only the unit a file was sent to returns it.")
                        .arg(w.units().displayName(unitCode), w.units().displayName(s.unitCode)));
    const QString reason = reasonText.trimmed().normalized(QString::NormalizationForm_C);
    if (reason.isEmpty())
        throw Error(QCoreApplication::translate(
            "Exchange", "Write why the file is returned: the unit sees this reason when its form reopens."));
    limits::checkText(reason, limits::TextKind::Comment, QCoreApplication::translate("Exchange", "The reason"));
    w.db().requireIntact();
    const auto stored = submissions::find(w.db(), unitCode, year);
    if (!stored)
        throw Error(QCoreApplication::translate("Exchange", "There is no file from %1 for %2 to return.")
                        .arg(w.units().displayName(unitCode))
                        .arg(year));

    Payload p;
    p.kind = FileKind::Return;
    p.catalogueId = w.catalogue().id;
    p.catalogueVersion = w.catalogue().version;
    p.programVersion = QStringLiteral(CHITIEU_VERSION);
    p.madeAt = Clock::instance().now();
    p.madeBy = s.userName;
    p.year = year;
    p.sender.code = me->code;
    p.sender.name = me->name;
    p.sender.level = static_cast<int>(me->level);
    p.returnedUnit = unitCode;
    p.reason = reason;
    p.returnedHash = stored->hash;
    const QByteArray json = payloadToJson(p);
    const QByteArray bytes = seal(json, keystore::ensureOwnKey(w.db()), p.formatVersion);

    verifyOwnFile(w, bytes, p);
    // Marked and written together: if the file can't be written, nothing is marked; if the
    // mark can't be committed, the file is removed.
    Database::Transaction t(w.db());
    output::AtomicFile file(path, w.db().path(), bytes);
    submissions::markReturned(w.db(), unitCode, year, reason);
    FormStatus::save(w.db(), unitCode, year, FormState::Returned, s.userName, reason);
    file.commit();
    try {
        t.commit();
    } catch (const Error&) {
        QFile::remove(path);
        throw;
    }
    return {path, QString::fromLatin1(crypto::sha256(json).toHex())};
}

} // namespace chitieu::exchange
