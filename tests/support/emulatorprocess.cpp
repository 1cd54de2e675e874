#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace {
QString envValue(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

EmulatorProcess::EmulatorProcess(Mode mode)
    : m_mode(mode)
{}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QStringList &extraArgs, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };

    const QString shared = envValue("LAS_TEST_EMULATOR_JSON");
    if (m_mode == Mode::SharedIfSet && !shared.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(shared.toUtf8(), &parseError);
        if (!doc.isObject())
            return fail(QStringLiteral("LAS_TEST_EMULATOR_JSON is not a JSON object: %1")
                            .arg(parseError.errorString()));
        m_info = doc.object();
        m_attached = true;
        return true;
    }

    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid())
        return fail(QStringLiteral("cannot create a temporary data dir"));
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(LAS_EMULATOR_BIN));
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                     m_dataDir->path()};
    args += extraArgs;
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(m_extraEnv);
    m_process->setProcessEnvironment(environment);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("las-emulator did not start: %1").arg(m_process->errorString()));

    // Test support only: a bounded blocking wait for the start line is fine here (not library code).
    QDeadlineTimer deadline(30000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() &&
            !m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject() &&
                doc.object().value(QStringLiteral("event")).toString() == QStringLiteral("listening")) {
                m_info = doc.object();
                return true;
            }
        }
    }
    const QString stderrText = QString::fromUtf8(m_process->readAllStandardError());
    stop();
    return fail(QStringLiteral("las-emulator printed no start line within 30 s; stderr: %1").arg(stderrText));
}

void EmulatorProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the emulator stops cleanly
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool EmulatorProcess::isProxied() const
{
    return m_attached && !envValue("LAS_SPEC_PROXY_URL").isEmpty();
}

QUrl EmulatorProcess::apiUrl() const
{
    if (isProxied())
        return QUrl(envValue("LAS_SPEC_PROXY_URL"));
    return directApiUrl();
}

QUrl EmulatorProcess::directApiUrl() const
{
    return QUrl(m_info.value(QStringLiteral("baseUrl")).toString());
}

QString EmulatorProcess::authEndpoint() const
{
    return m_info.value(QStringLiteral("authEndpoint")).toString();
}

QUrl EmulatorProcess::adminUrl() const
{
    return QUrl(m_info.value(QStringLiteral("adminUrl")).toString());
}

QString EmulatorProcess::adminToken() const
{
    return m_info.value(QStringLiteral("adminToken")).toString();
}

QByteArray EmulatorProcess::hostHeader() const
{
    return directApiUrl().authority().toLatin1();
}

QNetworkRequest EmulatorProcess::adminRequest(const QString &action) const
{
    QNetworkRequest request(QUrl(adminUrl().toString() + action));
    request.setRawHeader(AdminTokenHeader, adminToken().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QString EmulatorProcess::clientId() const
{
    return m_info.value(QStringLiteral("clientId")).toString();
}

QString EmulatorProcess::clientSecret() const
{
    return m_info.value(QStringLiteral("clientSecret")).toString();
}

QString EmulatorProcess::apiKey() const
{
    return m_info.value(QStringLiteral("apiKey")).toString();
}

QString EmulatorProcess::dataDir() const
{
    return m_info.value(QStringLiteral("dataDir")).toString();
}

qint64 EmulatorProcess::procStatusKb(const QByteArray &field) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
