#include "OfficialHeader.h"

#include "core/workspace/Workspace.h"

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

QString reportWord()
{
    return QStringLiteral("BÁO CÁO");
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

QString agencyName(const Catalogue& catalogue, const QString& code, const QString& fallback)
{
    const Agency* a = catalogue.agency(code);
    return a ? a->name.vi : fallback;
}

// The standing agency that consolidates the plan (plan section III.1).
const QString standingAgency = QStringLiteral("sldtbxh");

} // namespace

QString OfficialHeader::placeDateLine() const
{
    return QStringLiteral("%1, %2").arg(place, official::dateWords(date));
}

OfficialHeader officialHeader(Workspace& w, const QString& reportedUnit, const QDate& date)
{
    const InstallationSettings s = w.settings();
    const UnitTree& units = w.units();
    const QString unitCode = s.isConfigured() && units.find(s.unitCode) ? s.unitCode : reportedUnit;
    const OrgUnit* unit = units.find(unitCode);
    const OrgUnit* province = provinceOf(units, unitCode);
    const QString provinceName = province ? province->name : QString();
    const QString dolisa =
        agencyName(w.catalogue(), standingAgency, QStringLiteral("Sở Lao động - Thương binh và Xã hội"));

    OfficialHeader h;
    h.date = date;
    const Agency* agency = s.role == Role::Department ? w.catalogue().agency(s.agencyCode) : nullptr;
    if (agency) {
        h.superior = QStringLiteral("UBND %1").arg(provinceName.toUpper());
        h.issuer = agency->name.vi.toUpper();
        h.number = QStringLiteral("Số:        /BC-%1").arg(official::abbreviation(agency->shortName.vi));
        h.place = province ? placeName(*province) : QString();
        h.recipients << QStringLiteral("- UBND tỉnh (b/c);");
        if (agency->code == standingAgency)
            h.recipients << QStringLiteral("- Các sở, ban, ngành liên quan;");
        else
            h.recipients << QStringLiteral("- %1 (tổng hợp);").arg(dolisa);
        h.signatureTitle = agency->kind == QLatin1String("organisation")
                               ? QStringList{QStringLiteral("TM. %1").arg(agency->shortName.vi.toUpper())}
                               : QStringList{QStringLiteral("GIÁM ĐỐC")};
    } else {
        h.issuer = QStringLiteral("ỦY BAN NHÂN DÂN\n%1").arg(unit ? unit->name.toUpper() : QString());
        h.number = QStringLiteral("Số:        /BC-UBND");
        h.place = unit ? placeName(*unit) : QString();
        if (!unit || unit->level == UnitLevel::Province) {
            h.recipients << QStringLiteral("- Bộ Lao động - Thương binh và Xã hội (b/c);")
                         << QStringLiteral("- Thường trực HĐND tỉnh (b/c);")
                         << QStringLiteral("- Các sở, ban, ngành liên quan;");
        } else if (unit->level == UnitLevel::District) {
            h.recipients << QStringLiteral("- UBND tỉnh (b/c);") << QStringLiteral("- %1 (tổng hợp);").arg(dolisa);
        } else {
            const OrgUnit* district = units.find(unit->parentCode);
            h.recipients << QStringLiteral("- UBND %1 (b/c);").arg(district ? district->name : QString());
        }
        h.signatureTitle = {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH")};
    }
    h.recipients << QStringLiteral("- Lưu: VT.");
    return h;
}

} // namespace chitieu
