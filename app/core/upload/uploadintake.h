#pragma once

#include "core/upload/uploadfilecheck.h"

#include <QList>
#include <QObject>
#include <QStringList>

// Takes what the user dropped (files and folders, folders walked recursively) and sorts it into files that
// can be uploaded and files refused with a reason, on a worker thread: a drop of ten thousand files never
// stalls the window. Each collect() ends in exactly one collected() with the same ticket.
class UploadIntake : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        quint64 ticket = 0;
        QList<UploadFileCheck::Result> accepted; // in path order, each file once
        QList<UploadFileCheck::Result> rejected; // with reason
    };

    explicit UploadIntake(QObject *parent = nullptr);

    // Returns the ticket of this collection.
    quint64 collect(const QStringList &paths);
    int pending() const { return m_pending; }

    // The work itself, synchronous (what collect() runs on the worker thread). Hidden files and folders
    // inside a dropped folder are left out (.DS_Store, .git); symbolic links to folders are not followed.
    static Result collectNow(const QStringList &paths);

Q_SIGNALS:
    void collected(const UploadIntake::Result &result);

private:
    quint64 m_nextTicket = 1;
    int m_pending = 0;
};

Q_DECLARE_METATYPE(UploadIntake::Result)
