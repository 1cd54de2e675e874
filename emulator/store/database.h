#pragma once

#include "store/listquery.h"
#include "store/storedobject.h"

#include <QList>
#include <QString>

#include <optional>

// The emulator's state in one SQLite file (WAL): an object table for every API resource and a small
// key/value table for settings such as the generated credentials. Single-threaded, on the main thread.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &filePath, QString *error);
    void close();

    bool insert(StoredObject &object);       // sets object.seq
    bool update(const StoredObject &object); // by kind and id; keeps seq
    std::optional<StoredObject> get(const QString &kind, const QString &id) const;
    QList<StoredObject> list(const ListQuery &query, bool *more) const;
    bool remove(const QString &kind, const QString &id);
    int count(const QString &kind) const;

    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    bool transaction();
    bool commit();

    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};
