#include "ExchangePrompts.h"

#include "DiffReviewDialog.h"
#include "core/Printable.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/Unimport.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/workspace/Workspace.h"
#include "ui/units/UnitHistoryDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace chitieu::ui {

namespace {
QString filter()
{
    return QCoreApplication::translate("ExchangePrompts", "Exchange files (*.chitieu)");
}
} // namespace

QStringList ExchangePrompts::chooseFiles(QWidget* parent)
{
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("ExchangePrompts", "Import exchange files"), QString(), filter());
}

QString ExchangePrompts::chooseFolder(QWidget* parent)
{
    return QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("ExchangePrompts", "Import every exchange file in a folder"));
}

QString ExchangePrompts::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                        const QString& fileFilter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, fileFilter);
}

std::optional<QString> ExchangePrompts::askReturnReason(QWidget* parent, const QString& unitName, int year)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, QCoreApplication::translate("ExchangePrompts", "Return the file"),
        QCoreApplication::translate("ExchangePrompts",
                                    "Why is the file of %1 for %2 returned? The unit sees this when its form reopens.")
            .arg(unitName)
            .arg(year),
        QString(), &ok);
    return ok ? std::optional<QString>(reason) : std::nullopt;
}

bool ExchangePrompts::confirmIncompleteExport(QWidget* parent, const QString& why)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ExchangePrompts", "Send data not complete?"),
                    why + QStringLiteral("\n\n") +
                        QCoreApplication::translate("ExchangePrompts",
                                                    "The unit above will receive it as not complete and leave it out "
                                                    "of its figures until a complete file comes."),
                    QMessageBox::Cancel, parent);
    QPushButton* send =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Send it anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

void ExchangePrompts::showError(QWidget* parent, const QString& message)
{
    QMessageBox::warning(parent, QCoreApplication::translate("ExchangePrompts", "Exchange files"), message);
}

bool ExchangePrompts::acceptNewKey(QWidget* parent, Workspace& w, const exchange::KeyReview& r)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ExchangePrompts", "A new signing key"),
                    QCoreApplication::translate(
                        "ExchangePrompts",
                        "The file %1 from %2 is signed with another key than the one recorded on %3.\n\n"
                        "Recorded key: %4\nThis file's key: %5\n\n"
                        "This happens when the unit reinstalled the program, but also when someone else made the file. "
                        "Call the unit and compare the new key before accepting it. Accept the new key for %2?")
                        .arg(printable(r.fileName), w.units().displayName(r.unitCode),
                             formatDate(r.trustedSince.date()), exchange::crypto::fingerprint(r.trustedKey),
                             exchange::crypto::fingerprint(r.fileKey)),
                    QMessageBox::NoButton, parent);
    QPushButton* accept =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Accept the new key"), QMessageBox::AcceptRole);
    QPushButton* refuse =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Refuse the file"), QMessageBox::RejectRole);
    box.setDefaultButton(refuse);
    box.exec();
    return box.clickedButton() == accept;
}

bool ExchangePrompts::acceptMovedKey(QWidget* parent, Workspace& w, const exchange::MovedKeyReview& r)
{
    QStringList moves;
    for (const UnitMove& m : r.moves)
        moves << QCoreApplication::translate("ExchangePrompts", "%1 became part of %2 on %3 (%4)%5.")
                     .arg(w.units().displayName(m.fromCode), w.units().displayName(m.toCode), formatDate(m.date()),
                          m.sources(),
                          m.unconfirmed() ? QStringLiteral(", ") + UnitHistoryDialog::unconfirmedMark() : QString());
    QMessageBox box(
        QMessageBox::Question, QCoreApplication::translate("ExchangePrompts", "The key of a merged unit"),
        QCoreApplication::translate(
            "ExchangePrompts",
            "The file %1 of %2 for %3 is signed with the key this installation trusts for another unit.\n\n%4\n\n"
            "Key: %5\n\nThis is right when that unit's installation moved to %2 and kept its key. Call %2 and "
            "compare the key before accepting it. Trust this key for %2 as well?")
            .arg(printable(r.fileName), w.units().displayName(r.unitCode))
            .arg(r.year)
            .arg(moves.join(QLatin1Char('\n')), exchange::crypto::fingerprint(r.fileKey)),
        QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(
        QCoreApplication::translate("ExchangePrompts", "&Accept the key for %1").arg(w.units().displayName(r.unitCode)),
        QMessageBox::AcceptRole);
    QPushButton* refuse =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Refuse the file"), QMessageBox::RejectRole);
    box.setDefaultButton(refuse);
    box.exec();
    return box.clickedButton() == accept;
}

bool ExchangePrompts::replaceNewer(QWidget* parent, Workspace& w, const exchange::ReplaceReview& r)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ExchangePrompts", "An older file"),
                    QCoreApplication::translate(
                        "ExchangePrompts",
                        "The file %1 of %2 for %3 was made on %4, but the file already imported was made later, on "
                        "%5.\n\nKeep the newer file, unless you know it is wrong (made on a computer whose clock was "
                        "wrong, or sent by mistake). Replacing it applies this file's values instead and is recorded "
                        "in the history. Replace the newer file with this one?")
                        .arg(printable(r.fileName), w.units().displayName(r.unitCode))
                        .arg(r.year)
                        .arg(formatDateTime(r.madeAt), formatDateTime(r.storedMadeAt)),
                    QMessageBox::NoButton, parent);
    QPushButton* replace = box.addButton(QCoreApplication::translate("ExchangePrompts", "&Replace the newer file"),
                                         QMessageBox::AcceptRole);
    QPushButton* keep =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Keep the newer file"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

bool ExchangePrompts::acceptChanges(QWidget* parent, Workspace& w, const exchange::ChangeReview& r)
{
    DiffReviewDialog dialog(r, w.catalogue(), w.units(), DiffReviewDialog::Mode::Changes, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ExchangePrompts::overwriteOwnValues(QWidget* parent, Workspace& w, const exchange::ChangeReview& r)
{
    DiffReviewDialog dialog(r, w.catalogue(), w.units(), DiffReviewDialog::Mode::OwnValues, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ExchangePrompts::confirmTakeBack(QWidget* parent, Workspace& workspace, const exchange::UnimportPlan& plan)
{
    auto count = [](const std::optional<qint64>& v) {
        return v ? formatCount(*v) : QCoreApplication::translate("ExchangePrompts", "no value");
    };
    QStringList lines;
    for (const exchange::ValueChange& v : plan.values)
        lines << QStringLiteral("%1, %2: %3 → %4")
                     .arg(workspace.units().displayName(v.unitCode), v.element, count(v.oldValue), count(v.newValue));
    lines << plan.rows;
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ExchangePrompts", "Take back the file?"),
                    QCoreApplication::translate("ExchangePrompts",
                                                "Take back %1 (received on %2)? %3 values and %4 forms or received "
                                                "files return to what they were before it. A backup is made first.")
                        .arg(plan.file.fileName, formatDateTime(plan.file.importedAt))
                        .arg(formatCount(plan.values.size()))
                        .arg(formatCount(plan.rows.size())),
                    QMessageBox::Cancel, parent);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton* yes =
        box.addButton(QCoreApplication::translate("ExchangePrompts", "&Take back"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace chitieu::ui
