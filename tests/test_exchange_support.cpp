#include "test_exchange_support.h"

#include "core/store/FormStatus.h"

#include <QSqlRecord>

namespace chitieu::test {

Installation::Installation(const QString& unit, Role role, const QString& user) : m_unit(unit)
{
    InstallationSettings s = m_ws->settings();
    s.role = role;
    s.unitCode = unit;
    s.userName = user;
    m_ws->saveSettings(s);
}

void Installation::moveTo(const QString& unit)
{
    InstallationSettings s = m_ws->settings();
    s.serveUnit(m_ws->units(), unit);
    m_ws->saveSettings(s);
    m_unit = unit;
}

void Installation::enter(const QString& unit, int year, const std::map<QString, qint64>& counts, const QString& comment)
{
    QList<ValueWrite> writes;
    for (const auto& [element, count] : counts)
        writes << ValueWrite{unit, year, element, count, comment.isEmpty() ? std::nullopt : std::optional(comment)};
    m_ws->values().apply(writes, {m_ws->settings().userName, QStringLiteral("entry"), m_unit});
}

QString Installation::exportFile(int year, const QString& name, Form form)
{
    const OrgUnit* unit = m_ws->units().find(m_unit);
    if (form == Form::MarkComplete && unit && unit->level == UnitLevel::Commune &&
        FormStatus::load(m_ws->db(), m_unit, year).state != FormState::Complete)
        FormStatus::save(m_ws->db(), m_unit, year, FormState::Complete, m_ws->settings().userName);
    const QString path = file(name);
    exchange::exportSubmission(*m_ws, m_unit, year, path, true);
    return path;
}

exchange::FileOutcome Installation::import(const QString& path, exchange::ImportDecisions& decisions)
{
    exchange::Importer importer(*m_ws, decisions);
    return importer.importFile(path);
}

exchange::FileOutcome Installation::import(const QString& path)
{
    exchange::FixedDecisions no;
    return import(path, no);
}

QString dumpDatabase(Database& db)
{
    QString out;
    QStringList tables;
    QSqlQuery t = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"));
    while (t.next())
        tables << t.value(0).toString();
    for (const QString& table : tables) {
        out += QStringLiteral("== %1\n").arg(table);
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
        rows.sort();
        out += rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return out;
}

QDateTime at(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

} // namespace chitieu::test
