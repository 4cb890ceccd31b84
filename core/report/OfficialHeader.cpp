#include "OfficialHeader.h"

#include "core/Error.h"
#include "core/schedule/DeliverableDates.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace chitieu {

namespace official {

QString nationalTitle()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString motto()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString recipientsLabel()
{
    return QStringLiteral("Nơi nhận:");
}

QString dateWords(const QDate& date)
{
    // Decree 30/2020: a day below 10 and the months January and February take a leading 0.
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2 ? QStringLiteral("0%1").arg(date.month()) : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
}

QString abbreviation(const QString& shortName)
{
    QString out;
    for (QString word : shortName.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('&')).remove(QLatin1Char('-'));
        if (word.isEmpty())
            continue;
        // An acronym already (LĐTBXH, GD&ĐT) is kept whole; a word gives its initial.
        if (word.size() > 1 && word == word.toUpper())
            out += word;
        else
            out += word.at(0).toUpper();
    }
    return out;
}

} // namespace official

namespace {

// "Thành phố Huế" of type "Thành phố" -> "Huế": the place name used in the date line.
QString placeName(const OrgUnit& unit)
{
    const QString prefix = unit.type + QLatin1Char(' ');
    return unit.name.startsWith(prefix) ? unit.name.mid(prefix.size()) : unit.name;
}

const OrgUnit* provinceOf(const UnitTree& units, const QString& code)
{
    const OrgUnit* u = units.find(code);
    while (u && !u->parentCode.isEmpty() && units.find(u->parentCode))
        u = units.find(u->parentCode);
    return u;
}

// A department (or the consolidating agency) issues: the province's committee above it.
void issuedByAgency(OfficialHeader& h, const Agency& agency, const OrgUnit* province, const QString& symbol)
{
    h.superior = QStringLiteral("UBND %1").arg(province ? province->name.toUpper() : QString());
    h.issuer = agency.name.vi.toUpper();
    h.number = QStringLiteral("Số:        /%1-%2").arg(symbol, official::abbreviation(agency.shortName.vi));
    h.place = province ? placeName(*province) : QString();
    h.signatureTitle = agency.kind == AgencyKind::Organisation
                           ? QStringList{QStringLiteral("TM. %1").arg(agency.shortName.vi.toUpper())}
                           : QStringList{QStringLiteral("GIÁM ĐỐC")};
}

// The recipients a deliverable names: the body it is for, the agency it goes through.
QStringList deliverableRecipients(const Catalogue& cat, const UnitTree& units, const Deliverable& d,
                                  const OrgUnit* unit, PlanRole role, const QString& consolidatingCode,
                                  const QString& receiver)
{
    auto line = [&](PlanRole r, const QString& why) -> QString {
        switch (r) {
        case PlanRole::ProvinceCommittee:
            return QStringLiteral("- %1 (%2);").arg(receiver, why);
        case PlanRole::ConsolidatingAgency:
            if (const Agency* a = cat.agency(consolidatingCode))
                return QStringLiteral("- %1 (%2);").arg(a->name.vi, why);
            break;
        case PlanRole::Districts:
            if (const OrgUnit* district = unit ? units.find(unit->parentCode) : nullptr)
                return QStringLiteral("- UBND %1 (%2);").arg(district->name, why);
            break;
        case PlanRole::Communes:
        case PlanRole::Departments:
            break;
        }
        return {};
    };
    QStringList out{line(d.to, QStringLiteral("b/c"))};
    if (d.via && *d.via != role)
        out << line(*d.via, QStringLiteral("tổng hợp"));
    out.removeAll(QString());
    return out;
}

} // namespace

QString OfficialHeader::placeDateLine() const
{
    return QStringLiteral("%1, %2").arg(place, official::dateWords(date));
}

OfficialHeader officialHeader(Workspace& w, const QString& reportedUnit, const QDate& date, const Deliverable* d)
{
    const InstallationSettings s = w.settings();
    const Catalogue& cat = w.catalogue();
    const UnitTree& units = w.units();
    const QString unitCode = s.isConfigured() && units.find(s.unitCode) ? s.unitCode : reportedUnit;
    const OrgUnit* unit = units.find(unitCode);
    const OrgUnit* province = provinceOf(units, unitCode);
    // The agency that consolidates on the document's date.
    const QString consolidatingCode = cat.consolidatingAgencyOn(date);
    const QString receiver = cat.receivingBodyOn(date).shortName.vi; // who receives on that date
    const Agency* consolidating = cat.agency(consolidatingCode);
    const QString symbol = d ? d->documentSymbol : QStringLiteral("BC");
    const auto role = planRoleOf(cat, s);

    OfficialHeader h;
    h.date = date;
    if (d)
        h.documentWord = d->documentWord;
    // A department issues its own reports; the consolidating agency issues those the plan asks of it.
    const Agency* agency = s.role == Role::Department ? cat.agency(s.agencyCode) : nullptr;
    if (!agency && d && role == PlanRole::ConsolidatingAgency)
        agency = consolidating;
    if (agency) {
        issuedByAgency(h, *agency, province, symbol);
        if (d)
            h.recipients = deliverableRecipients(cat, units, *d, unit, *role, consolidatingCode, receiver);
        else if (agency == consolidating)
            h.recipients << QStringLiteral("- %1 (b/c);").arg(receiver)
                         << QStringLiteral("- Các sở, ban, ngành liên quan;");
        else
            h.recipients << QStringLiteral("- %1 (b/c);").arg(receiver)
                         << QStringLiteral("- %1 (tổng hợp);").arg(consolidating ? consolidating->name.vi : QString());
    } else {
        h.issuer = QStringLiteral("ỦY BAN NHÂN DÂN\n%1").arg(unit ? unit->name.toUpper() : QString());
        h.number = QStringLiteral("Số:        /%1-UBND").arg(symbol);
        h.place = unit ? placeName(*unit) : QString();
        if (d && role) {
            h.recipients = deliverableRecipients(cat, units, *d, unit, *role, consolidatingCode, receiver);
        } else if (!unit || unit->level == UnitLevel::Province) {
            h.recipients << QStringLiteral("- Bộ Lao động - Thương binh và Xã hội (b/c);")
                         << QStringLiteral("- Thường trực HĐND tỉnh (b/c);")
                         << QStringLiteral("- Các sở, ban, ngành liên quan;");
        } else if (unit->level == UnitLevel::District) {
            h.recipients << QStringLiteral("- %1 (b/c);").arg(receiver)
                         << QStringLiteral("- %1 (tổng hợp);").arg(consolidating ? consolidating->name.vi : QString());
        } else {
            const OrgUnit* district = units.find(unit->parentCode);
            h.recipients << QStringLiteral("- UBND %1 (b/c);").arg(district ? district->name : QString());
        }
        h.signatureTitle = {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH")};
    }
    h.recipients << QStringLiteral("- Lưu: VT.");
    // Who signs, from the settings: the "TM." and "KT." lines and the title replace the
    // issuing body's default when a title is given.
    if (!s.signerTitle.trimmed().isEmpty()) {
        h.signatureTitle.clear();
        for (const QString& line : {s.signerFor, s.signerProxy, s.signerTitle})
            if (!line.trimmed().isEmpty())
                h.signatureTitle << line.trimmed().toUpper();
    }
    h.signer = s.signerName.trimmed();
    return h;
}

void checkHeader(const OfficialHeader& h)
{
    auto refuse = [](const char* text) { throw Error(QCoreApplication::translate("Reports", text)); };
    if (h.issuer.trimmed().isEmpty())
        refuse(QT_TRANSLATE_NOOP("Reports", "The issuing body is empty: type the name of the body that issues the "
                                            "document, such as ỦY BAN NHÂN DÂN and the unit's name on a second line."));
    if (!h.number.trimmed().startsWith(QStringLiteral("Số:")))
        refuse(QT_TRANSLATE_NOOP("Reports", "The number line must start with \"Số:\", as in \"Số: 125/BC-UBND\"; "
                                            "leave the number blank (\"Số:    /BC-UBND\") for the records office to "
                                            "fill in."));
    if (!h.date.isValid())
        refuse(QT_TRANSLATE_NOOP("Reports", "The document's date is not a valid date: choose the day it is signed."));
    if (h.recipients.isEmpty())
        refuse(QT_TRANSLATE_NOOP("Reports", "The list of recipients (\"Nơi nhận\") is empty: type at least one line; "
                                            "the last one is usually \"- Lưu: VT.\"."));
    if (h.signatureTitle.isEmpty())
        refuse(QT_TRANSLATE_NOOP("Reports", "The signature lines are empty: type at least the signer's title, such "
                                            "as CHỦ TỊCH or GIÁM ĐỐC."));
}

void checkSigner(const InstallationSettings& s)
{
    if (s.signerTitle.trimmed().isEmpty() && !(s.signerFor.trimmed().isEmpty() && s.signerProxy.trimmed().isEmpty()))
        throw Error(QCoreApplication::translate("Reports",
                                                "The signer's title is empty: the \"TM.\" and \"KT.\" lines are "
                                                "printed only above a title. Type the title (such as PHÓ CHỦ TỊCH or "
                                                "GIÁM ĐỐC), or clear those lines to use the issuing body's usual "
                                                "signature."));
}

} // namespace chitieu
