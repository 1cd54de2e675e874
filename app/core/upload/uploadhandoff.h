#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One las-review per user and data folder: a second invocation hands its files and document IDs to the
// running instance over a local socket (QLocalServer, owner-only) and exits. The socket's name comes from the
// user and the app's data and config folders, so instances with another XDG_DATA_HOME (tests, a second
// account) never meet.
//
// The message is one line of JSON: {"upload":[paths],"open":[paths],"documents":[ids]}, answered "ok\n".
class UploadHandoff : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList uploads;     // files and folders to upload (absolute)
        QStringList files;       // local files to open in the viewer (absolute)
        QStringList documentIds; // las:document:... to open

        bool isEmpty() const { return uploads.isEmpty() && files.isEmpty() && documentIds.isEmpty(); }
        QByteArray toLine() const;
        // nullopt-like: ok false for anything but the expected shape (unknown keys ignored).
        static Request fromLine(const QByteArray &line, bool *ok);
    };

    enum class Outcome {
        Delivered, // a running instance took the request: this process should exit
        Listening, // this process is now the one instance
        Failed,    // neither (the socket cannot be created); run without hand-off
    };

    static constexpr qint64 MaxMessageBytes = 32LL * 1024 * 1024;

    explicit UploadHandoff(QObject *parent = nullptr);
    ~UploadHandoff() override;

    // The name for this user and these data/config folders.
    static QString defaultServerName();

    // Delivers `request` to a running instance, or else starts listening under `serverName`. Runs before the
    // event loop (the window does not exist yet), so it waits synchronously, at most timeoutMs per step.
    // deliverAllowed false: never deliver (the command line asks for something a running instance cannot
    // do, like another profile), only listen when nobody does.
    Outcome deliverOrListen(const QString &serverName, const Request &request, bool deliverAllowed = true,
                            int timeoutMs = 3000);
    bool isListening() const;
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void received(const UploadHandoff::Request &request);

private:
    void acceptConnection();
    void readFrom(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    QString m_serverName;
    QString m_error;
};

Q_DECLARE_METATYPE(UploadHandoff::Request)
