#pragma once
// The fixed parts of a Vietnamese administrative document (Decree 30/2020/NĐ-CP): the
// issuing body top-left with its number, the national title and motto top-right with the
// place and date, and at the end the recipients ("Nơi nhận") and the signature block.
// These lines are legal formulae: they are written in Vietnamese whatever the UI language,
// which is why they are constants here and not translated strings.

#include <QDate>
#include <QString>
#include <QStringList>

namespace chitieu {

class Workspace;

struct OfficialHeader
{
    QString superior; // the body above the issuer, e.g. "UBND TỈNH THỪA THIÊN HUẾ"; may be empty
    QString issuer; // e.g. "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" or "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ"
    QString number; // "Số:      /BC-SLĐTBXH": the number is left for the records office
    QString place;  // "Thừa Thiên Huế"
    QDate date;
    QStringList recipients;     // each line of "Nơi nhận", the last one "Lưu: VT."
    QStringList signatureTitle; // e.g. {"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"} or {"GIÁM ĐỐC"}
    QString signer;             // the signer's name; empty leaves the space blank

    QString placeDateLine() const; // "Thừa Thiên Huế, ngày 05 tháng 12 năm 2024"
};

namespace official {
QString nationalTitle();   // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QString motto();           // Độc lập - Tự do - Hạnh phúc
QString recipientsLabel(); // Nơi nhận:
QString reportWord();      // BÁO CÁO
// "ngày 05 tháng 12 năm 2024": days below 10 and months 1-2 take a leading zero.
QString dateWords(const QDate& date);
// Initials for the document number: "Sở Y tế" -> "SYT", "Sở LĐTBXH" -> "SLĐTBXH".
QString abbreviation(const QString& shortName);
} // namespace official

// The header of a report made by this installation (its settings say who issues it). When
// the installation is not set up, the People's Committee of the reported unit issues it.
OfficialHeader officialHeader(Workspace& workspace, const QString& reportedUnit, const QDate& date);

} // namespace chitieu
