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
struct InstallationSettings;

struct Deliverable;

struct OfficialHeader
{
    QString documentWord = QStringLiteral("BÁO CÁO"); // the kind of document, above its title
    QString superior; // the body above the issuer, e.g. "UBND TỈNH THỪA THIÊN HUẾ"; may be empty
    QString issuer; // e.g. "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" or "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ"
    QString number; // "Số:      /BC-SLĐTBXH": the number is left for the records office unless given
    QString place;  // "Thừa Thiên Huế"
    QDate date;
    QStringList recipients; // each line of "Nơi nhận", the last one "Lưu: VT."
    QStringList signatureTitle; // e.g. {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"} or {"GIÁM ĐỐC"}
    QString signer;             // the signer's name; empty leaves the space blank

    QString placeDateLine() const; // "Thừa Thiên Huế, ngày 05 tháng 12 năm 2024"
};

namespace official {
QString nationalTitle();   // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QString motto();           // Độc lập - Tự do - Hạnh phúc
QString recipientsLabel(); // Nơi nhận:
// "ngày 05 tháng 12 năm 2024": days below 10 and months 1-2 take a leading zero.
QString dateWords(const QDate& date);
// Initials for the document number: "Sở Y tế" -> "SYT", "Sở LĐTBXH" -> "SLĐTBXH".
QString abbreviation(const QString& shortName);
} // namespace official

// The header of a report made by this installation: its settings say who issues it and who
// signs (Settings: the "TM." line, the title, the name); a deliverable gives the kind of
// document and the recipients (its "to" and "via" roles), and a deliverable of the
// consolidating agency is issued by that agency. When the installation is not set up, the
// People's Committee of the reported unit issues it. Each report may change any of it
// (ReportOptions::header).
OfficialHeader officialHeader(Workspace& workspace, const QString& reportedUnit, const QDate& date,
                              const Deliverable* deliverable = nullptr);

// A header edited for one report (Document details, the command line's --number ...) must
// still be a document of Decree 30: an issuing body, a number line starting "Số:", a valid
// date, at least one recipient and a signature line. Throws Error saying what to type.
void checkHeader(const OfficialHeader& header);

// The settings' signer: the "TM." and "KT." lines are printed only above a title, so
// either line without the title is refused rather than silently left out (Error).
void checkSigner(const InstallationSettings& settings);

} // namespace chitieu
