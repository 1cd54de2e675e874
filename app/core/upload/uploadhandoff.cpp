#include "core/upload/uploadhandoff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QJsonArray handoffToArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

bool handoffFromArray(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

QString handoffUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    user.remove(QRegularExpression(u"[^A-Za-z0-9_.-]"_s));
    return user.isEmpty() ? u"user"_s : user;
}

} // namespace

QByteArray UploadHandoff::Request::toLine() const
{
    const QJsonObject object{{u"upload"_s, handoffToArray(uploads)},
                             {u"open"_s, handoffToArray(files)},
                             {u"documents"_s, handoffToArray(documentIds)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

UploadHandoff::Request UploadHandoff::Request::fromLine(const QByteArray &line, bool *ok)
{
    Request request;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    bool good = error.error == QJsonParseError::NoError && document.isObject();
    if (good) {
        const QJsonObject object = document.object();
        good = handoffFromArray(object.value(u"upload"_s), &request.uploads) &&
               handoffFromArray(object.value(u"open"_s), &request.files) &&
               handoffFromArray(object.value(u"documents"_s), &request.documentIds);
    }
    // Only absolute paths and well-formed IDs: the sender is the same user, but the line is still input.
    static const QRegularExpression id(u"^las:document:[a-f0-9]{32}$"_s);
    for (const QString &path : std::as_const(request.uploads) + request.files)
        good = good && QDir::isAbsolutePath(path);
    for (const QString &documentId : std::as_const(request.documentIds))
        good = good && id.match(documentId).hasMatch();
    if (ok)
        *ok = good;
    return good ? request : Request{};
}

UploadHandoff::UploadHandoff(QObject *parent)
    : QObject(parent)
{}

UploadHandoff::~UploadHandoff() = default;

QString UploadHandoff::defaultServerName()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QByteArray key =
        QCryptographicHash::hash((data + u'\n' + config).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString name = u"las-review-%1-%2"_s.arg(handoffUserName(), QString::fromLatin1(key));
    // The runtime folder is private to the user; without one, QLocalServer puts a plain name in /tmp.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

bool UploadHandoff::isListening() const
{
    return m_server && m_server->isListening();
}

UploadHandoff::Outcome UploadHandoff::deliverOrListen(const QString &serverName, const Request &request,
                                                      bool deliverAllowed, int timeoutMs)
{
    m_serverName = serverName;
    // Two instances starting at once must not both decide they are the first: the check and the listen
    // happen under a lock file next to the socket.
    const QString lockPath = QDir::isAbsolutePath(serverName)
                                 ? serverName + u".lock"_s
                                 : QDir(QDir::tempPath()).filePath(serverName + u".lock"_s);
    QLockFile lock(lockPath);
    lock.setStaleLockTime(10000);
    const bool locked = lock.tryLock(timeoutMs);

    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (socket.waitForConnected(timeoutMs)) {
        if (!deliverAllowed) {
            m_error = tr("Another LAS Review is already running.");
            return Outcome::Failed;
        }
        socket.write(request.toLine());
        bool answered = socket.waitForBytesWritten(timeoutMs);
        QByteArray answer;
        while (answered && !answer.contains('\n')) {
            answered = socket.waitForReadyRead(timeoutMs);
            answer += socket.readAll();
        }
        if (answer.startsWith("ok"))
            return Outcome::Delivered;
        m_error = tr("The running LAS Review did not answer.");
        return Outcome::Failed;
    }
    if (!locked) {
        m_error = tr("The lock file %1 is held by another process.").arg(lockPath);
        return Outcome::Failed;
    }
    // Nobody answers: a socket file left by a crash is removed before listening.
    QLocalServer::removeServer(serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Outcome::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &UploadHandoff::acceptConnection);
    return Outcome::Listening;
}

void UploadHandoff::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void UploadHandoff::readFrom(QLocalSocket *socket)
{
    QByteArray buffer = socket->property("handoffBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > MaxMessageBytes) {
        socket->abort();
        return;
    }
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0) {
        socket->setProperty("handoffBuffer", buffer);
        return;
    }
    bool ok = false;
    const Request request = Request::fromLine(buffer.left(newline), &ok);
    socket->setProperty("handoffBuffer", QByteArray());
    socket->write(ok ? "ok\n" : "error\n");
    socket->disconnectFromServer();
    if (ok)
        Q_EMIT received(request);
}
