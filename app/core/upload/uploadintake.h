#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

// Turns what the user dropped (files and folders) into the list of files to queue, walking folders
// recursively on a worker thread: a drop of ten thousand files never stalls the window. The files themselves
// are checked by the library's engine (las::UploadFileCheck: PDF/JPEG by their bytes, size limit), which
// lists every refused file with its reason. Each collect() ends in exactly one collected() with its ticket.
class UploadIntake : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        quint64 ticket = 0;
        QStringList files;   // absolute, folders' contents in name order, each file once
        qint64 bytes = 0;    // their total size
        QStringList missing; // dropped paths that do not exist (the engine lists them as refused too)
    };

    explicit UploadIntake(QObject *parent = nullptr);

    // Returns the ticket of this collection.
    quint64 collect(const QStringList &paths);
    int pending() const { return m_pending; }

    // The work itself, synchronous (what collect() runs on the worker thread). Hidden files and folders
    // inside a dropped folder are left out (.DS_Store, ._AppleDouble files, .git); symbolic links to folders
    // are not followed (no loops). A hidden file dropped by itself is taken.
    static Result collectNow(const QStringList &paths);

Q_SIGNALS:
    void collected(const UploadIntake::Result &result);

private:
    quint64 m_nextTicket = 1;
    int m_pending = 0;
};

Q_DECLARE_METATYPE(UploadIntake::Result)
