// export, import, verify and return: exchange files on the command line. Questions an
// import may raise are answered by flags, and refused when the flag is absent.
#include "CliContext.h"
#include "core/Error.h"
#include "core/Printable.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/FileChecks.h"
#include "core/exchange/Importer.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/Returns.h"
#include "core/format/Dates.h"
#include "core/format/Numbers.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chitieu::cli {

using namespace chitieu::exchange;

namespace {
// The flags' answers; the changes are listed so the user can decide before giving the flag.
class CliDecisions : public FixedDecisions
{
public:
    explicit CliDecisions(QTextStream& out) : m_out(out) {}

    bool acceptChanges(const ChangeReview& review) override
    {
        m_out << QCoreApplication::translate("Cli", "%1: %2 values of %3 for %4 would change:")
                     .arg(printable(review.fileName))
                     .arg(review.changes.size())
                     .arg(review.unitCode)
                     .arg(review.year)
              << "\n";
        for (const ValueChange& c : review.changes) {
            m_out << "  " << c.unitCode << " " << c.element << ": " << countOrDash(c.oldValue) << " -> "
                  << countOrDash(c.newValue);
            if (c.oldComment != c.newComment)
                m_out << "  (" << QCoreApplication::translate("Cli", "comment") << ": \"" << printable(c.oldComment)
                      << "\" -> \"" << printable(c.newComment) << "\")";
            if (c.own)
                m_out << "  [" << QCoreApplication::translate("Cli", "entered here") << "]";
            m_out << "\n";
        }
        return changes;
    }

    QString howToAccept(Question q) const override
    {
        switch (q) {
        case Question::NewKey:
            return QCoreApplication::translate("Cli",
                                               "To trust the new key, run the import again with --accept-new-key.");
        case Question::MovedKey:
            return QCoreApplication::translate(
                "Cli", "To trust the key for the new unit, run the import again with --accept-moved-key.");
        case Question::Changes:
            return QCoreApplication::translate(
                "Cli", "The changes are listed above; to apply them, run the import again with --accept-changes.");
        case Question::OwnValues:
            return QCoreApplication::translate(
                "Cli", "To replace them with the file's values, run the import again with --overwrite-own.");
        case Question::ReplaceNewer:
            return QCoreApplication::translate(
                "Cli",
                "If the newer file is wrong (made with a wrong clock, or sent by mistake) and this one is right, "
                "run the import again with --replace-newer: the replacement is recorded in the history.");
        }
        return {};
    }

private:
    QTextStream& m_out;
};

QString when(const QDateTime& t)
{
    return t.isValid() ? formatDateTime(t) : QStringLiteral("-");
}

int cmdExport(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    const QString path = a.value(QStringLiteral("-o"));
    Workspace w = c.workspace();
    const ExportResult r = exportDeliverable(w, unit, a.value(QStringLiteral("--deliverable")), year, path,
                                             a.has(QStringLiteral("--allow-incomplete")));
    const Deliverable& d = w.catalogue().requireDeliverable(r.deliverable);
    if (r.units > 0)
        c.out << QCoreApplication::translate("Cli", "Wrote %1 (%2): %3, %4, %5 values of %6 units, %7 sections, made "
                                                    "%8. Signing key %9.")
                     .arg(printable(path), d.id, w.units().displayName(unit))
                     .arg(year)
                     .arg(formatCount(r.values), formatCount(r.units), formatCount(r.sections))
                     .arg(when(r.madeAt), crypto::fingerprint(keystore::ensureOwnKey(w.db()).publicKey))
              << "\n";
    else
        c.out << QCoreApplication::translate("Cli", "Wrote %1 (%2): %3, %4, %5 sections, made %6. Signing key %7.")
                     .arg(printable(path), d.id, w.units().displayName(unit))
                     .arg(year)
                     .arg(formatCount(r.sections))
                     .arg(when(r.madeAt), crypto::fingerprint(keystore::ensureOwnKey(w.db()).publicKey))
              << "\n";
    return Ok;
}

int cmdImport(Context& c)
{
    const Args& a = c.args;
    const FileList found = Importer::findFiles(a.positional);
    if (!found.leftAside.isEmpty())
        c.out << QCoreApplication::translate("Cli", "%1 other files in the folder are not exchange files (.chitieu) "
                                                    "and were left aside.")
                     .arg(found.leftAside.size())
              << "\n";
    if (found.files.isEmpty())
        throw Error(QCoreApplication::translate("Cli", "No .chitieu files were found in %1.")
                        .arg(printable(a.positional.join(QStringLiteral(", ")))));
    Workspace w = c.workspace();
    CliDecisions decisions(c.out);
    decisions.changes = a.has(QStringLiteral("--accept-changes"));
    decisions.ownValues = a.has(QStringLiteral("--overwrite-own"));
    decisions.newKey = a.has(QStringLiteral("--accept-new-key"));
    decisions.movedKey = a.has(QStringLiteral("--accept-moved-key"));
    decisions.older = a.has(QStringLiteral("--replace-newer"));
    Importer importer(w, decisions);
    int code = Ok;
    for (const FoundFile& file : found.files) {
        const FileOutcome o = importer.importFile(file);
        const bool ok = o.result == ImportResult::Applied || o.result == ImportResult::AlreadyHad;
        QTextStream& s = ok ? c.out : c.err;
        // The message may quote the file (a name, a reason): escaped, one line per file.
        s << printable(file.path) << ": " << importResults.text(o.result) << ". " << printable(o.message) << "\n";
        if (!ok)
            code = Refused;
    }
    return code;
}

int cmdVerify(Context& c)
{
    const Args& a = c.args;
    int code = Ok;
    for (const QString& file : a.positional) {
        try {
            const OpenedFile f = openExchangeBytes(readExchangeFile(file));
            checkCatalogue(f.payload, Catalogue::builtIn());
            checkValues(f.payload, Catalogue::builtIn());
            const Payload& p = f.payload;
            int values = static_cast<int>(p.sender.values.size());
            for (const UnitBlock& b : p.below)
                values += static_cast<int>(b.values.size());
            c.out << QCoreApplication::translate("Cli", "%1: valid exchange file (format %2, %3).")
                         .arg(printable(file))
                         .arg(p.formatVersion)
                         .arg(fileKinds.key(p.kind))
                  << "\n"
                  << "  " << QCoreApplication::translate("Cli", "unit") << ": " << printable(p.sender.code) << " "
                  << printable(p.sender.name) << " (" << unitLevels.text(static_cast<UnitLevel>(p.sender.level))
                  << ")\n"
                  << "  " << QCoreApplication::translate("Cli", "year") << ": " << p.year << "\n"
                  << "  " << QCoreApplication::translate("Cli", "made") << ": " << when(p.madeAt) << " "
                  << QCoreApplication::translate("Cli", "by") << " " << printable(p.madeBy) << ", "
                  << QCoreApplication::translate("Cli", "program") << " " << printable(p.programVersion) << "\n"
                  << "  " << QCoreApplication::translate("Cli", "catalogue") << ": " << printable(p.catalogueId) << " "
                  << printable(p.catalogueVersion) << "\n";
            const int sections = static_cast<int>(p.sections.size());
            if (p.kind == FileKind::Submission)
                c.out << "  " << QCoreApplication::translate("Cli", "deliverable") << ": "
                      << (p.deliverable.isEmpty() ? QCoreApplication::translate("Cli", "(format 1: the data file)")
                                                  : printable(p.deliverable))
                      << (p.agency.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(printable(p.agency))) << ", "
                      << QCoreApplication::translate("Cli", "%n section(s)", nullptr, sections) << "\n";
            if (p.kind == FileKind::Return)
                c.out << "  " << QCoreApplication::translate("Cli", "returns") << ": " << printable(p.returnedUnit)
                      << ": " << printable(p.reason) << "\n";
            else if (p.withData)
                c.out << "  " << QCoreApplication::translate("Cli", "form") << ": "
                      << formStates.text(p.sender.formState) << " " << when(p.sender.formStateAt) << "\n"
                      << "  " << QCoreApplication::translate("Cli", "content") << ": "
                      << QCoreApplication::translate("Cli", "%1 values of %2 units").arg(values).arg(p.below.size() + 1)
                      << "\n";
            c.out << "  SHA-256: " << f.envelope.hashHex() << "\n"
                  << "  " << QCoreApplication::translate("Cli", "signing key") << ": "
                  << crypto::fingerprint(f.envelope.publicKey) << "\n";
        } catch (const Error& e) {
            c.err
                << QCoreApplication::translate("Cli", "%1: not valid: %2").arg(printable(file), printable(e.message()))
                << "\n";
            code = Refused;
        }
    }
    return code;
}

int cmdReturn(Context& c)
{
    const Args& a = c.args;
    const QString unit = a.value(QStringLiteral("--unit"));
    const int year = a.year();
    const QString reason = a.value(QStringLiteral("--reason"));
    const QString path = a.value(QStringLiteral("-o"));
    Workspace w = c.workspace();
    returnSubmission(w, unit, year, reason, path);
    c.out << QCoreApplication::translate("Cli",
                                         "Marked the file of %1 for %2 as returned and wrote %3: send it to the unit.")
                 .arg(w.units().displayName(unit))
                 .arg(year)
                 .arg(printable(path))
          << "\n";
    return Ok;
}

} // namespace

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.description =
        QCoreApplication::translate("Cli", "Write this unit's signed exchange file of a deliverable for a year, to "
                                           "send upward.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("o"), QStringLiteral("FILE.chitieu"), QCoreApplication::translate("Cli", "The file to write."),
         true},
        {QStringLiteral("allow-incomplete"),
         {},
         QCoreApplication::translate("Cli", "Write the file even when the form is empty or not complete (it will be "
                                            "received as not complete and not counted).")},
        {QStringLiteral("deliverable"), QStringLiteral("ID"),
         QCoreApplication::translate("Cli", "The deliverable the file is for (see chitieu-cli deliverables); "
                                            "without it, the unit's data file.")},
    };
    c.run = cmdExport;
    return c;
}

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.description = QCoreApplication::translate("Cli", "Apply received exchange files, each whole or not at all.");
    c.options = {
        {QStringLiteral("accept-changes"),
         {},
         QCoreApplication::translate("Cli", "Apply a newer file that changes values already stored.")},
        {QStringLiteral("overwrite-own"),
         {},
         QCoreApplication::translate("Cli", "Let a file replace values typed on this computer.")},
        {QStringLiteral("accept-new-key"),
         {},
         QCoreApplication::translate("Cli", "Trust a file signed with another key than the unit's earlier files.")},
        {QStringLiteral("accept-moved-key"),
         {},
         QCoreApplication::translate("Cli", "Trust, for a unit, the key of a unit that became part of it (its "
                                            "installation moved to the new unit and kept its key).")},
        {QStringLiteral("replace-newer"),
         {},
         QCoreApplication::translate("Cli", "Apply a file older than the one held for its unit and year, replacing "
                                            "it (when the newer one is wrong); recorded in the history.")},
    };
    c.arguments = {QStringLiteral("FILE|FOLDER"),
                   QCoreApplication::translate("Cli", "An exchange file, or a folder: its .chitieu files."), 1, true};
    c.run = cmdImport;
    return c;
}

Command verifyCommand()
{
    Command c;
    c.name = QStringLiteral("verify");
    c.description =
        QCoreApplication::translate("Cli", "Check exchange files and show what they hold, without importing "
                                           "them.");
    c.arguments = {QStringLiteral("FILE"), QCoreApplication::translate("Cli", "An exchange file (.chitieu)."), 1, true};
    c.database = DatabaseUse::None;
    c.run = cmdVerify;
    return c;
}

Command returnCommand()
{
    Command c;
    c.name = QStringLiteral("return");
    c.description = QCoreApplication::translate(
        "Cli", "Send a unit's file back with a reason (a signed file) and mark it returned.");
    c.options = {
        {QStringLiteral("unit"), QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The unit below."), true},
        {QStringLiteral("year"), QStringLiteral("Y"), QCoreApplication::translate("Cli", "The year."), true},
        {QStringLiteral("reason"), QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "Why the file is returned: what the unit must correct."), true},
        {QStringLiteral("o"), QStringLiteral("FILE.chitieu"), QCoreApplication::translate("Cli", "The file to write."),
         true},
    };
    c.run = cmdReturn;
    return c;
}

} // namespace chitieu::cli
