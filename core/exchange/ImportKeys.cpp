// The importer's check of a file's signer. A key is one installation's, and an installation
// signs for its one unit: a key trusted for another unit is refused, except when that unit
// went whole into the file's unit (a commune merged into another) by the file's year's tree,
// the installation having moved to the new unit with its key pair; then the user is asked.
#include "ImportText.h"
#include "Importer.h"
#include "KeyStore.h"
#include "core/Error.h"
#include "core/format/Dates.h"
#include "core/workspace/Workspace.h"

namespace chitieu::exchange {

using importtext::when;
using importtext::withHint;

std::optional<MovedKeyReview> Importer::movedKeyReview(const OpenedFile& file, const QString& fileName,
                                                       const QList<TrustedKey>& others)
{
    const Payload& p = file.payload;
    const UnitHistory history = m_workspace.unitHistory();
    if (!p.agency.isEmpty() || history.isEmpty())
        return std::nullopt; // a department's key, or no dated trees: no unit moved
    MovedKeyReview review{fileName, p.sender.code, p.year, file.envelope.publicKey, {}};
    const QDate dataDate = m_workspace.catalogue().dataDate(p.year);
    for (const TrustedKey& other : others) {
        const std::optional<UnitMove> move = wholeUnitMove(history, other.unitCode, dataDate);
        if (!move || move->toCode != p.sender.code)
            return std::nullopt;
        review.moves << *move;
    }
    return review;
}

QString Importer::movedKeyNote() const
{
    if (!m_movedKey)
        return {};
    QStringList from;
    for (const UnitMove& m : m_movedKey->moves)
        from << QStringLiteral("%1 (%2)").arg(m.fromName, m.fromCode);
    return QLatin1Char(' ') + QCoreApplication::translate("Exchange", "The signing key of %1 was accepted for %2, "
                                                                      "which it became part of on %3.")
                                  .arg(from.join(QStringLiteral(", ")), signerName(m_movedKey->unitCode),
                                       formatDate(m_movedKey->moves.first().date()));
}

bool Importer::keyAccepted(const OpenedFile& file, const QString& fileName, FileOutcome& outcome)
{
    Database& db = m_workspace.db();
    m_movedKey.reset();
    // Keys are trusted per sender: a unit, or a department ("46/syt").
    const QString signer = senderKey(file.payload);
    const auto trusted = keystore::trustedKey(db, signer);
    // Trusted for this unit already (also when a moved key was accepted for it): no question.
    if (trusted && trusted->publicKey == file.envelope.publicKey)
        return true;
    const QList<TrustedKey> others = keystore::otherUnitsWithKey(db, file.envelope.publicKey, signer);
    if (!others.isEmpty()) {
        const std::optional<MovedKeyReview> moved = movedKeyReview(file, fileName, others);
        if (!moved) {
            const TrustedKey& other = others.first();
            throw Error(QCoreApplication::translate(
                            "Exchange",
                            "The file says it comes from %1, but it is signed with the key of %2 (recorded on %3, key "
                            "%4). One unit's key never signs another unit's file: the file was made on the computer of "
                            "%2, or by someone who has its key. Ask %1 to export its file on its own computer. Nothing "
                            "was imported.")
                            .arg(signerName(signer), signerName(other.unitCode), when(other.firstSeen),
                                 crypto::fingerprint(other.publicKey)));
        }
        if (!m_decisions.acceptMovedKey(*moved)) {
            const UnitMove& m = moved->moves.first();
            outcome.result = ImportResult::Refused;
            outcome.message = withHint(
                QCoreApplication::translate(
                    "Exchange",
                    "The file of %1 for %2 is signed with the key recorded for %3 (key %4). %3 became part of %1 on "
                    "%5 (%6): if its installation moved to %1 and kept its key, accept the key for %1; otherwise ask "
                    "%1 to export its file on its own computer. The key was not accepted and nothing was imported.")
                    .arg(signerName(signer))
                    .arg(moved->year)
                    .arg(signerName(m.fromCode), crypto::fingerprint(moved->fileKey), formatDate(m.date()),
                         m.sources()),
                m_decisions.howToAccept(Question::MovedKey));
            return false;
        }
        m_movedKey = moved;
    }
    if (!trusted)
        return true;
    const KeyReview review{fileName, signer, trusted->publicKey, trusted->firstSeen, file.envelope.publicKey};
    if (m_decisions.acceptNewKey(review))
        return true;
    m_movedKey.reset();
    outcome.result = ImportResult::Refused;
    outcome.message = withHint(
        QCoreApplication::translate(
            "Exchange",
            "The file is signed with another key than the one recorded for %1 on %2 (recorded key %3, this file's "
            "key %4). The unit may have reinstalled the program, or someone else made the file: check with %1 by "
            "phone before accepting the new key. Nothing was imported.")
            .arg(signerName(review.unitCode), when(review.trustedSince), crypto::fingerprint(review.trustedKey),
                 crypto::fingerprint(review.fileKey)),
        m_decisions.howToAccept(Question::NewKey));
    return false;
}

} // namespace chitieu::exchange
