#include "store/database.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

StoredObject fromQuery(const QSqlQuery &q)
{
    StoredObject object;
    object.seq = q.value(0).toLongLong();
    object.kind = q.value(1).toString();
    object.id = q.value(2).toString();
    object.owner = q.value(3).toString();
    object.status = q.value(4).toString();
    object.type = q.value(5).toString();
    object.batchId = q.value(6).toString();
    object.consentId = q.value(7).toString();
    object.startTime = q.value(8).toString();
    object.endTime = q.value(9).toString();
    object.data = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return object;
}

const QString Columns =
    u"seq, kind, id, owner, status, type, batch_id, consent_id, start_time, end_time, data"_s;

} // namespace

Database::Database()
    : m_connectionName(u"las-emulator-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList statements{
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA busy_timeout=5000"_s,
        u"CREATE TABLE IF NOT EXISTS objects (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
        "id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', "
        "type TEXT NOT NULL DEFAULT '', batch_id TEXT NOT NULL DEFAULT '', consent_id TEXT NOT NULL DEFAULT "
        "'', "
        "start_time TEXT NOT NULL DEFAULT '', end_time TEXT NOT NULL DEFAULT '', data TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS objects_kind ON objects(kind, seq)"_s,
        u"CREATE INDEX IF NOT EXISTS objects_owner ON objects(kind, owner, seq)"_s,
        u"CREATE INDEX IF NOT EXISTS objects_batch ON objects(kind, batch_id, seq)"_s,
        u"CREATE INDEX IF NOT EXISTS objects_consent ON objects(kind, consent_id, seq)"_s,
        u"CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

namespace {
// The indexed columns and the JSON data, in the order both INSERT and UPDATE list them.
void bindColumns(QSqlQuery &q, const StoredObject &object)
{
    q.addBindValue(object.owner);
    q.addBindValue(object.status);
    q.addBindValue(object.type);
    q.addBindValue(object.batchId);
    q.addBindValue(object.consentId);
    q.addBindValue(object.startTime);
    q.addBindValue(object.endTime);
    q.addBindValue(QString::fromUtf8(QJsonDocument(object.data).toJson(QJsonDocument::Compact)));
}
} // namespace

bool Database::insert(StoredObject &object)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        u"INSERT INTO objects (kind, id, owner, status, type, batch_id, consent_id, start_time, end_time, "
        "data) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, "
        "''), "
        "COALESCE(?, ''), COALESCE(?, ''), ?)"_s);
    q.addBindValue(object.kind);
    q.addBindValue(object.id);
    bindColumns(q, object);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    object.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Database::update(const StoredObject &object)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        u"UPDATE objects SET owner = COALESCE(?, ''), status = COALESCE(?, ''), type = COALESCE(?, ''), "
        "batch_id = COALESCE(?, ''), consent_id = COALESCE(?, ''), start_time = COALESCE(?, ''), "
        "end_time = COALESCE(?, ''), data = ? WHERE kind = ? AND id = ?"_s);
    bindColumns(q, object);
    q.addBindValue(object.kind);
    q.addBindValue(object.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<StoredObject> Database::get(const QString &kind, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + Columns + u" FROM objects WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<StoredObject> Database::list(const ListQuery &query, bool *more) const
{
    static const QStringList allowedColumns{u"owner"_s,    u"status"_s,     u"type"_s,
                                            u"batch_id"_s, u"consent_id"_s, u"id"_s};
    QString sql = u"SELECT "_s + Columns + u" FROM objects WHERE kind = ?"_s;
    QVariantList binds{query.kind};
    for (auto it = query.anyOf.begin(); it != query.anyOf.end(); ++it) {
        if (!allowedColumns.contains(it.key()) || it.value().isEmpty())
            continue;
        QStringList marks;
        for (const QString &value : it.value()) {
            marks.append(u"?"_s);
            binds.append(value);
        }
        sql += u" AND "_s + it.key() + u" IN ("_s + marks.join(u',') + u')';
    }
    const QString sortColumn = query.sort == ListQuery::Sort::StartTime ? u"start_time"_s
                               : query.sort == ListQuery::Sort::EndTime ? u"end_time"_s
                                                                        : QString();
    const QString cmp = query.descending ? u"<"_s : u">"_s;
    if (query.hasCursor) {
        if (sortColumn.isEmpty()) {
            sql += u" AND seq "_s + cmp + u" ?"_s;
            binds.append(query.cursorSeq);
        } else {
            sql += u" AND ("_s + sortColumn + u' ' + cmp + u" COALESCE(?, '') OR ("_s + sortColumn +
                   u" = COALESCE(?, '') AND seq "_s + cmp + u" ?))"_s;
            binds.append(query.cursorKey);
            binds.append(query.cursorKey);
            binds.append(query.cursorSeq);
        }
    }
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + (sortColumn.isEmpty() ? QString() : sortColumn + direction + u", "_s) +
           u"seq"_s + direction + u" LIMIT ?"_s;
    binds.append(query.limit + 1);

    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    QList<StoredObject> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        *more = false;
        return rows;
    }
    while (q.next())
        rows.append(fromQuery(q));
    *more = rows.size() > query.limit;
    if (*more)
        rows.removeLast();
    return rows;
}

bool Database::remove(const QString &kind, const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM objects WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

int Database::count(const QString &kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM objects WHERE kind = ?"_s);
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Database::setting(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

bool Database::transaction()
{
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool Database::commit()
{
    return QSqlDatabase::database(m_connectionName).commit();
}
