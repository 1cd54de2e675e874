// Fault tests of the lasctl binary against its own las-emulator with fault injection: repeated server errors
// pause a bulk upload, a quota error has its own exit code, SIGTERM during uploads cancels and reports
// every file.
#include "emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLasCtlFaults : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QNetworkAccessManager m_nam;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"LAS_"_s))
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        // English messages whatever the developer's locale: the tests match message text.
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LAS_CLIENT_ID"_s, m_emulator.clientId());
        env.insert(u"LAS_CLIENT_SECRET"_s, m_emulator.clientSecret());
        env.insert(u"LAS_API_KEY"_s, m_emulator.apiKey());
        env.insert(u"LAS_AUTH_ENDPOINT"_s, m_emulator.authEndpoint());
        env.insert(u"LAS_API_ENDPOINT"_s, m_emulator.apiUrl().toString());
        return env;
    }

    QByteArray admin(const QString &path, const QJsonObject &body = {}, bool post = true)
    {
        QNetworkRequest request = m_emulator.adminRequest(path);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = post ? m_nam.post(request, QJsonDocument(body).toJson()) : m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }
    int requestCount(const QString &key)
    {
        const QJsonObject stats = QJsonDocument::fromJson(admin(u"/stats"_s, {}, false)).object();
        return stats.value(u"requests"_s).toObject().value(key).toInt();
    }
    QStringList pdfs(int count)
    {
        QStringList files;
        for (int i = 0; i < count; ++i) {
            QFile file(m_files.filePath(u"f%1.pdf"_s.arg(i)));
            if (file.open(QIODevice::WriteOnly))
                file.write("%PDF-1.4\n% lasctl fault test " + QByteArray::number(i) + "\n%%EOF\n");
            files << file.fileName();
        }
        return files;
    }
    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
    }

    void init() { admin(u"/faults/reset"_s); }

    void repeatedServerErrorsStopTheUpload()
    {
        admin(
            u"/faults"_s,
            {{u"failureRate"_s, 1.0}, {u"failureStatus"_s, 500}, {u"pathPattern"_s, u"^POST /documents$"_s}});
        const int before = requestCount(u"POST /documents"_s);
        QProcess lasctl;
        lasctl.setProcessEnvironment(environment());
        lasctl.start(QStringLiteral(LASCTL_BIN), QStringList{u"documents"_s, u"create"_s} + pdfs(7) +
                                                     QStringList{u"--concurrency"_s, u"1"_s});
        QVERIFY(lasctl.waitForFinished(120000));
        const QByteArray out = lasctl.readAllStandardOutput();
        const QByteArray err = lasctl.readAllStandardError();
        QVERIFY2(lasctl.exitCode() == 13, err.constData());
        const QList<QJsonObject> results = lines(out);
        QCOMPARE(results.size(), 7);
        // Creates are not re-sent after a 500 (the server got them), and after 5 in a row the rest wait.
        QCOMPARE(requestCount(u"POST /documents"_s) - before, 5);
        QVERIFY2(results.last()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .contains(u"in a row"_s),
                 out.constData());
    }

    void quotaExceededHasItsOwnExitCode()
    {
        admin(u"/faults"_s,
              {{u"rateLimit"_s,
                QJsonObject{{u"count"_s, 1}, {u"retryAfter"_s, u"1"_s}, {u"message"_s, u"Limit Exceeded"_s}}},
               {u"pathPattern"_s, u"^GET /models$"_s}});
        QProcess lasctl;
        lasctl.setProcessEnvironment(environment());
        lasctl.start(QStringLiteral(LASCTL_BIN), {u"models"_s, u"list"_s});
        QVERIFY(lasctl.waitForFinished(60000));
        const QByteArray err = lasctl.readAllStandardError();
        QVERIFY2(lasctl.exitCode() == 12, err.constData());
        QVERIFY2(err.contains("Limit Exceeded") && err.contains("429"), err.constData());
        QVERIFY(lasctl.readAllStandardOutput().isEmpty());
    }

    void sigtermCancelsAndReportsEveryFile()
    {
        // Answers to uploads take long; the process is stopped while the first one is in flight.
        admin(u"/faults"_s, {{u"latencyMs"_s, 20000}, {u"pathPattern"_s, u"^POST /documents$"_s}});
        const int before = requestCount(u"POST /documents"_s);
        QProcess lasctl;
        lasctl.setProcessEnvironment(environment());
        lasctl.start(QStringLiteral(LASCTL_BIN), QStringList{u"documents"_s, u"create"_s} + pdfs(3) +
                                                     QStringList{u"--concurrency"_s, u"1"_s});
        QVERIFY(lasctl.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(requestCount(u"POST /documents"_s) > before, 15000);
        lasctl.terminate(); // SIGTERM
        QVERIFY(lasctl.waitForFinished(15000));
        QCOMPARE(lasctl.exitStatus(), QProcess::NormalExit);
        const QByteArray err = lasctl.readAllStandardError();
        QVERIFY2(lasctl.exitCode() == 16, err.constData());
        const QList<QJsonObject> results = lines(lasctl.readAllStandardOutput());
        QCOMPARE(results.size(), 3);
        for (const QJsonObject &result : results)
            QCOMPARE(result.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"Cancelled"_s);
        QVERIFY(err.contains("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestLasCtlFaults)
#include "tst_lasctlfaults.moc"
