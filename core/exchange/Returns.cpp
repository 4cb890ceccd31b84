#include "Returns.h"

#include "Envelope.h"
#include "ExchangeFormat.h"
#include "Exporter.h"
#include "ImportWrite.h"
#include "KeyStore.h"
#include "PayloadJson.h"
#include "chitieu/Version.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu::exchange {

ReturnResult returnSubmission(Workspace& w, const QString& unitCode, int year, const QString& reasonText,
                              const QString& path)
{
    const InstallationSettings s = w.settings();
    const OrgUnit* me = w.units().find(s.unitCode);
    if (!me)
        throw Error(QCoreApplication::translate(
            "Exchange", "This installation does not know which unit it serves. Choose it in Settings first."));
    if (unitCode == s.unitCode || !w.units().isWithin(unitCode, s.unitCode))
        throw Error(
            QCoreApplication::translate("Exchange", "%1 is not under %2, so this installation cannot return its file.")
                .arg(w.units().displayName(unitCode), w.units().displayName(s.unitCode)));
    const QString reason = reasonText.trimmed().normalized(QString::NormalizationForm_C);
    if (reason.isEmpty())
        throw Error(QCoreApplication::translate(
            "Exchange", "Write why the file is returned: the unit sees this reason when its form reopens."));
    if (reason.size() > kMaxTextLength)
        throw Error(QCoreApplication::translate("Exchange", "The reason is %1 characters long; write at most %2.")
                        .arg(reason.size())
                        .arg(kMaxTextLength));
    const auto stored = importwrite::submission(w.db(), unitCode, year);
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

    // Marked and written together: if the file can't be written, nothing is marked.
    Database::Transaction t(w.db());
    w.db().exec(QStringLiteral("UPDATE submissions SET status = 'returned', status_reason = ? "
                               "WHERE unit_code = ? AND year = ?"),
                {reason, unitCode, year});
    FormStatus::save(w.db(), unitCode, year, FormState::Returned, s.userName, reason);
    writeFileAtomically(path, bytes);
    t.commit();
    return {path, QString::fromLatin1(crypto::sha256(json).toHex())};
}

} // namespace chitieu::exchange
