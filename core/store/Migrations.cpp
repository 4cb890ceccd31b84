#include "Migrations.h"

namespace chitieu::migrations {

namespace {
struct Injection
{
    int version = 0; // 0: none
    int before = 0;
    QString statement;
};

Injection& injection()
{
    static Injection i;
    return i;
}
} // namespace

const QList<QStringList>& all()
{
    static const QList<QStringList> steps = {
        // 1: units, settings, values and their audit trail.
        {
            QStringLiteral("CREATE TABLE units ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),"
                           " parent_code TEXT REFERENCES units(code),"
                           " urban INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX units_parent ON units(parent_code)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE data_values ("
                           " unit_code TEXT NOT NULL REFERENCES units(code),"
                           " year INTEGER NOT NULL,"
                           " element TEXT NOT NULL,"
                           " value INTEGER NOT NULL CHECK (value >= 0),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'entry',"
                           " entered_by_unit TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year, element))"),
            QStringLiteral("CREATE INDEX data_values_year ON data_values(year, element)"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " element TEXT NOT NULL,"
                           " old_value INTEGER,"
                           " new_value INTEGER,"
                           " old_comment TEXT,"
                           " new_comment TEXT,"
                           " changed_by TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " source TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_unit_year ON audit(unit_code, year)"),
        },
        // 2: the state of each unit's yearly form (in progress, complete, returned).
        {
            QStringLiteral("CREATE TABLE form_status ("
                           " unit_code TEXT NOT NULL REFERENCES units(code),"
                           " year INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year))"),
        },
        // 3: exchange files. submissions: the latest accepted file of each unit and year;
        // received_files: every import attempt and its result; unit_keys: the public key
        // trusted for each sending unit; sent_files: what this installation exported.
        {
            QStringLiteral("CREATE TABLE submissions ("
                           " unit_code TEXT NOT NULL REFERENCES units(code),"
                           " year INTEGER NOT NULL,"
                           " made_at TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " form_state TEXT NOT NULL DEFAULT '',"
                           " form_state_at TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL,"
                           " signer_key TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'accepted',"
                           " status_reason TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year))"),
            QStringLiteral("CREATE TABLE received_files ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " file_name TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL DEFAULT '',"
                           " unit_code TEXT NOT NULL DEFAULT '',"
                           " year INTEGER,"
                           " made_at TEXT NOT NULL DEFAULT '',"
                           " result TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE unit_keys ("
                           " unit_code TEXT PRIMARY KEY,"
                           " public_key TEXT NOT NULL,"
                           " first_seen TEXT NOT NULL,"
                           " accepted_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE sent_files ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " made_at TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " file_name TEXT NOT NULL DEFAULT '')"),
        },
        // 4: this installation's own Ed25519 key pair (exchange/KeyStore), made at first start.
        {
            QStringLiteral("CREATE TABLE installation_key ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " public_key TEXT NOT NULL,"
                           " secret_key TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
        },
        // 5: the plan's deliverables. narratives: each unit's (or department's) sections of a
        // deliverable, its own and those received, with their history; unit_targets: a unit's
        // own targets from its own plan; received_reports: the latest deliverable received from
        // each unit or department; sent_files says which deliverable a file or document was for.
        {
            QStringLiteral("CREATE TABLE narratives ("
                           " unit_code TEXT NOT NULL,"
                           " agency TEXT NOT NULL DEFAULT '',"
                           " year INTEGER NOT NULL,"
                           " deliverable TEXT NOT NULL,"
                           " section TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'entry',"
                           " PRIMARY KEY (unit_code, agency, year, deliverable, section))"),
            QStringLiteral("CREATE TABLE narrative_history ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " unit_code TEXT NOT NULL,"
                           " agency TEXT NOT NULL DEFAULT '',"
                           " year INTEGER NOT NULL,"
                           " deliverable TEXT NOT NULL,"
                           " section TEXT NOT NULL,"
                           " old_text TEXT NOT NULL DEFAULT '',"
                           " new_text TEXT NOT NULL DEFAULT '',"
                           " changed_by TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " source TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX narrative_history_key ON narrative_history(unit_code, agency, year, "
                           "deliverable, section)"),
            QStringLiteral("CREATE TABLE unit_targets ("
                           " unit_code TEXT NOT NULL,"
                           " measure TEXT NOT NULL,"
                           " from_year INTEGER NOT NULL,"
                           " to_year INTEGER NOT NULL,"
                           " comparator TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " document TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'entry',"
                           " PRIMARY KEY (unit_code, measure, from_year))"),
            QStringLiteral("CREATE TABLE received_reports ("
                           " unit_code TEXT NOT NULL,"
                           " agency TEXT NOT NULL DEFAULT '',"
                           " year INTEGER NOT NULL,"
                           " deliverable TEXT NOT NULL,"
                           " made_at TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " figures TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, agency, year, deliverable))"),
            QStringLiteral("ALTER TABLE sent_files ADD COLUMN deliverable TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sent_files ADD COLUMN agency TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sent_files ADD COLUMN kind TEXT NOT NULL DEFAULT 'exchange'"),
        },
        // 6: the history of a value: the received file (its content hash) that made a change,
        // and the changes of one element, found without reading the whole unit and year.
        {
            QStringLiteral("ALTER TABLE audit ADD COLUMN file_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX audit_element ON audit(element, unit_code, year)"),
        },
        // 7: taking back an import. What an applied file replaced that the audit rows do not
        // hold: the submission rows and form states as they were before it, and what it wrote
        // in their place (to see a later change); received_files says whether these were kept
        // (files imported before this step were not) and when the file was taken back.
        {
            QStringLiteral("CREATE TABLE import_prior_submissions ("
                           " file_hash TEXT NOT NULL,"
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " existed INTEGER NOT NULL,"
                           " made_at TEXT NOT NULL DEFAULT '',"
                           " received_at TEXT NOT NULL DEFAULT '',"
                           " form_state TEXT NOT NULL DEFAULT '',"
                           " form_state_at TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL DEFAULT '',"
                           " signer_key TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '',"
                           " status_reason TEXT NOT NULL DEFAULT '',"
                           " written_hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX import_prior_submissions_file ON import_prior_submissions(file_hash)"),
            QStringLiteral("CREATE TABLE import_prior_forms ("
                           " file_hash TEXT NOT NULL,"
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " existed INTEGER NOT NULL,"
                           " state TEXT NOT NULL DEFAULT '',"
                           " changed_at TEXT NOT NULL DEFAULT '',"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " written_state TEXT NOT NULL,"
                           " written_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX import_prior_forms_file ON import_prior_forms(file_hash)"),
            QStringLiteral("ALTER TABLE received_files ADD COLUMN priors_kept INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE received_files ADD COLUMN taken_back_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE received_files ADD COLUMN taken_back_by TEXT NOT NULL DEFAULT ''"),
        },
        // 8: each audit row says which installation's unit made the change and which batch it
        // came in (an imported file's hash, a load's id), so that an import can be taken back
        // and a value's history shown; the file is marked as this program's database.
        {
            QStringLiteral("ALTER TABLE audit ADD COLUMN entered_by_unit TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN batch TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX audit_batch ON audit(batch) WHERE batch <> ''"),
            QStringLiteral("PRAGMA application_id = 1129600069"),
        },
        // 9: unit trees that change over time. unit_trees: each tree and the day from which it
        // is in force; unit_versions: a unit as one tree has it (a unit that did not change is
        // one row, shared by every tree that holds it); unit_tree_members: which versions make
        // each tree; unit_crosswalk: what each old unit became at each change.
        {
            QStringLiteral("CREATE TABLE unit_trees ("
                           " from_date TEXT PRIMARY KEY,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " loaded_at TEXT NOT NULL,"
                           " loaded_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE unit_versions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " code TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),"
                           " parent_code TEXT NOT NULL DEFAULT '',"
                           " urban INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (code, name, type, level, parent_code))"),
            QStringLiteral("CREATE TABLE unit_tree_members ("
                           " from_date TEXT NOT NULL REFERENCES unit_trees(from_date),"
                           " version_id INTEGER NOT NULL REFERENCES unit_versions(id),"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (from_date, version_id))"),
            QStringLiteral("CREATE TABLE unit_crosswalk ("
                           " effective_date TEXT NOT NULL,"
                           " old_code TEXT NOT NULL,"
                           " old_name TEXT NOT NULL,"
                           " new_code TEXT NOT NULL,"
                           " new_name TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " share TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (effective_date, old_code, new_code))"),
        },
        // 10: values stored in their key's order (WITHOUT ROWID): a unit's values for a year
        // are neighbours in one B-tree, read by one seek, where a table with a rowid needs the
        // key's index and then one seek into the table per value, and stores the key twice.
        // The index by (year, element) goes with the old table: every query of values names
        // the unit, and each value written paid for it.
        {
            QStringLiteral("CREATE TABLE data_values_by_key ("
                           " unit_code TEXT NOT NULL REFERENCES units(code),"
                           " year INTEGER NOT NULL,"
                           " element TEXT NOT NULL,"
                           " value INTEGER NOT NULL CHECK (value >= 0),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'entry',"
                           " entered_by_unit TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year, element)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO data_values_by_key (unit_code, year, element, value, comment, changed_at,"
                           " changed_by, source, entered_by_unit)"
                           " SELECT unit_code, year, element, value, comment, changed_at, changed_by, source,"
                           " entered_by_unit FROM data_values ORDER BY unit_code, year, element"),
            QStringLiteral("DROP TABLE data_values"),
            QStringLiteral("ALTER TABLE data_values_by_key RENAME TO data_values"),
        },
        // 11: who, when, how and in which batch a change was made is stored once per change
        // (changes), not on every value and audit row: a load or an import writes thousands of
        // values in one change, and the repeated texts (time, user, source, batch, file hash)
        // were most of a large file. A value keeps its own time and author only where they
        // differ from its change's (an imported value as its sender last changed it). The audit
        // rows (audit_rows) are indexed by unit and year, and found by change (a received file's
        // changes by its hash: `file_hash = ?` cannot use a partial index); the view `audit`
        // reads them with their change, as the table of that name held them, and the view
        // `stored_values` reads each value with its provenance. Audit rows are never deleted,
        // so their ids still grow with time without AUTOINCREMENT.
        {
            QStringLiteral("CREATE TABLE changes ("
                           " id INTEGER PRIMARY KEY,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " entered_by_unit TEXT NOT NULL DEFAULT '',"
                           " batch TEXT NOT NULL DEFAULT '',"
                           " file_hash TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX changes_moved ON changes(changed_at, changed_by, source, "
                           "entered_by_unit, batch, file_hash)"),
            QStringLiteral("INSERT INTO changes(changed_at, changed_by, source, entered_by_unit, batch, file_hash)"
                           " SELECT changed_at, changed_by, source, entered_by_unit, batch, file_hash FROM audit"
                           " GROUP BY changed_at, changed_by, source, entered_by_unit, batch, file_hash"
                           " ORDER BY MIN(id)"),
            QStringLiteral("INSERT OR IGNORE INTO changes(changed_at, changed_by, source, entered_by_unit)"
                           " SELECT DISTINCT changed_at, changed_by, source, entered_by_unit FROM data_values"),
            QStringLiteral("CREATE TABLE audit_rows ("
                           " id INTEGER PRIMARY KEY,"
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " element TEXT NOT NULL,"
                           " old_value INTEGER,"
                           " new_value INTEGER,"
                           " old_comment TEXT,"
                           " new_comment TEXT,"
                           " change_id INTEGER NOT NULL REFERENCES changes(id))"),
            QStringLiteral("INSERT INTO audit_rows(id, unit_code, year, element, old_value, new_value, old_comment,"
                           " new_comment, change_id)"
                           " SELECT a.id, a.unit_code, a.year, a.element, a.old_value, a.new_value, a.old_comment,"
                           " a.new_comment, c.id FROM audit a JOIN changes c ON c.changed_at = a.changed_at"
                           " AND c.changed_by = a.changed_by AND c.source = a.source"
                           " AND c.entered_by_unit = a.entered_by_unit AND c.batch = a.batch"
                           " AND c.file_hash = a.file_hash ORDER BY a.id"),
            QStringLiteral("DROP TABLE audit"),
            QStringLiteral("CREATE INDEX audit_rows_unit_year ON audit_rows(unit_code, year)"),
            QStringLiteral("CREATE INDEX audit_rows_change ON audit_rows(change_id)"),
            QStringLiteral("CREATE TABLE data_values_by_change ("
                           " unit_code TEXT NOT NULL REFERENCES units(code),"
                           " year INTEGER NOT NULL,"
                           " element TEXT NOT NULL,"
                           " value INTEGER NOT NULL CHECK (value >= 0),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " change_id INTEGER NOT NULL REFERENCES changes(id),"
                           " changed_at TEXT,"
                           " changed_by TEXT,"
                           " PRIMARY KEY (unit_code, year, element)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO data_values_by_change(unit_code, year, element, value, comment, change_id)"
                           " SELECT v.unit_code, v.year, v.element, v.value, v.comment, c.id FROM data_values v"
                           " JOIN changes c ON c.changed_at = v.changed_at AND c.changed_by = v.changed_by"
                           " AND c.source = v.source AND c.entered_by_unit = v.entered_by_unit AND c.batch = ''"
                           " AND c.file_hash = '' ORDER BY v.unit_code, v.year, v.element"),
            QStringLiteral("DROP TABLE data_values"),
            QStringLiteral("ALTER TABLE data_values_by_change RENAME TO data_values"),
            QStringLiteral("DROP INDEX changes_moved"),
            QStringLiteral("CREATE INDEX changes_file ON changes(file_hash)"),
            QStringLiteral("CREATE VIEW audit AS SELECT a.id, a.unit_code, a.year, a.element, a.old_value,"
                           " a.new_value, a.old_comment, a.new_comment, c.changed_by, c.changed_at, c.source,"
                           " c.file_hash, c.entered_by_unit, c.batch"
                           " FROM audit_rows a JOIN changes c ON c.id = a.change_id"),
            QStringLiteral("CREATE VIEW stored_values AS SELECT v.unit_code, v.year, v.element, v.value, v.comment,"
                           " COALESCE(v.changed_at, c.changed_at) AS changed_at,"
                           " COALESCE(v.changed_by, c.changed_by) AS changed_by, c.source, c.entered_by_unit"
                           " FROM data_values v JOIN changes c ON c.id = v.change_id"),
        },
    };
    return steps;
}

QStringList statementsFor(int version)
{
    QStringList statements = all().at(version - 1);
    if (injection().version == version)
        statements.insert(qBound(0, injection().before, static_cast<int>(statements.size())), injection().statement);
    return statements;
}

InjectedStatement::InjectedStatement(int version, int before, const QString& statement)
{
    injection() = {version, before, statement};
}

InjectedStatement::~InjectedStatement()
{
    injection() = {};
}

} // namespace chitieu::migrations
