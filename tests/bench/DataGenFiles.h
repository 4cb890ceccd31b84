#pragma once
// What the data generator writes: a values CSV (unit_code,year,element,value, as
// chitieu-cli load-values reads it) and, for each commune and year, the signed exchange file
// that commune's own installation would export once its form is complete. Each commune has
// its own installation: a key pair and a user derived from the seed and its code, entry
// times spread over October and November of the year, all at +07:00.

#include "DataGen.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/ExchangeFormat.h"

#include <QDateTime>
#include <QIODevice>

namespace chitieu::bench {

// A commune's installation as the generator imagines it.
struct CommuneInstallation
{
    QString userName;
    exchange::KeyPair key;
};
CommuneInstallation installationOf(const DataGenerator& gen, const OrgUnit& commune);

// When the form was typed (one time per count, catalogue order), marked complete and exported.
struct EntryTimes
{
    QList<QDateTime> values;
    QDateTime completedAt;
    QDateTime madeAt;
};
EntryTimes entryTimes(const DataGenerator& gen, const OrgUnit& commune, int year, int valueCount);

// The payload the commune's export would build: its counts, form complete, nothing below.
exchange::Payload submission(const DataGenerator& gen, const OrgUnit& commune, int year);
// The sealed file's bytes, signed with the commune's key.
QByteArray submissionFile(const DataGenerator& gen, const OrgUnit& commune, int year);
// DIR/<year>/<district code>/<commune code>-<year>.chitieu
QString submissionPath(const QString& dir, const OrgUnit& commune, int year);

// Writes the header and one row per commune, year and element (in that order). Returns rows.
qint64 writeValuesCsv(const DataGenerator& gen, const QList<const OrgUnit*>& communes, const QList<int>& years,
                      QIODevice& out);
// Writes every commune's file for every year below dir. Returns the number of files.
int writeSubmissionFiles(const DataGenerator& gen, const QList<const OrgUnit*>& communes, const QList<int>& years,
                         const QString& dir);

} // namespace chitieu::bench
