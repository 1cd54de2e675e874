// Wire test of the lasctl binary: runs the real executable (QProcess) against a real las-emulator, with
// credentials passed as LAS_* variables or a credentials file in a temporary HOME (the user's own
// ~/.lucidtech/credentials.cfg is never read). Contract-valid traffic only: the full suite runs this through
// spec-proxy. The emulator may be shared with other tests: every check filters by its own batch, consent or
// IDs.
#include "emulatorprocess.h"
#include "lasctlrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = LasCtlRun;

QString randomHex()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return hex;
}

} // namespace

class TestLasCtl : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::SharedIfSet};
    QTemporaryDir m_home;  // HOME of every lasctl run
    QTemporaryDir m_files; // documents to upload
    QProcessEnvironment m_env;
    QNetworkAccessManager m_nam;

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"LAS_"_s))
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.remove(u"LANGUAGE"_s); // Qt reads it too: English messages whatever the developer's locale
        return env;
    }

    static Run run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinBytes = {})
    {
        return LasCtlRun::start(QStringLiteral(LASCTL_BIN), args, env, stdinBytes);
    }
    Run run(const QStringList &args) { return run(args, m_env); }

    QJsonObject stats()
    {
        QNetworkRequest request = m_emulator.adminRequest(u"/stats"_s);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int requestCount(const QString &key)
    {
        return stats().value(u"requests"_s).toObject().value(key).toInt();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }
    QString samplePdf(const QString &name) const
    {
        return QStringLiteral(LAS_SAMPLES_DIR) + u"/invoices/"_s + name + u".pdf"_s;
    }
    QString makeJpeg(const QString &name, QRgb color)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_files.filePath(name);
        return image.save(path, "JPEG") ? path : QString();
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString createBatch()
    {
        const Run r = run({u"batches"_s, u"create"_s, u"--name"_s, u"lasctl test"_s});
        return r.object().value(u"batchId"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_files.isValid());
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_env = baseEnvironment();
        m_env.insert(u"LAS_CLIENT_ID"_s, m_emulator.clientId());
        m_env.insert(u"LAS_CLIENT_SECRET"_s, m_emulator.clientSecret());
        m_env.insert(u"LAS_API_KEY"_s, m_emulator.apiKey());
        m_env.insert(u"LAS_AUTH_ENDPOINT"_s, m_emulator.authEndpoint());
        m_env.insert(u"LAS_API_ENDPOINT"_s, m_emulator.apiUrl().toString());
    }

    void helpAndUsageErrorsNeedNoServer()
    {
        Run r = run({u"--help"_s}, baseEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("documents create FILE..."));
        r = run({u"documents"_s, u"frob"_s}, baseEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command"), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        r = run({u"documents"_s, u"update"_s, u"las:document:00"_s, u"--ground-truth"_s, u"[{"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--ground-truth") && r.err.contains("not valid JSON"),
                 qPrintable(r.describe()));
        // No credentials at all: a clear message and its own exit code.
        r = run({u"models"_s, u"list"_s}, baseEnvironment());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("credentials"), qPrintable(r.describe()));
    }

    void documentsCreateSeveralFilesWithConcurrency()
    {
        const QString batchId = createBatch();
        QVERIFY(batchId.startsWith(u"las:batch:"_s));
        const QStringList files{samplePdf(u"AmazonWebServices"_s), samplePdf(u"NetpresseInvoice"_s),
                                samplePdf(u"coolblue1"_s), makeJpeg(u"red.jpg"_s, qRgb(200, 10, 10)),
                                makeJpeg(u"blue.jpg"_s, qRgb(10, 10, 200))};
        for (const QString &file : files)
            QVERIFY2(QFile::exists(file), qPrintable(file));
        const int postsBefore = requestCount(u"POST /documents"_s);

        const Run r = run(QStringList{u"documents"_s, u"create"_s} + files +
                          QStringList{u"--concurrency"_s, u"2"_s, u"--batch-id"_s, batchId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), files.size());
        QSet<QString> ids;
        QSet<QString> reported;
        for (const QJsonObject &line : lines) {
            const QString id = line.value(u"documentId"_s).toString();
            QVERIFY2(id.startsWith(u"las:document:"_s), qPrintable(r.describe()));
            ids.insert(id);
            reported.insert(line.value(u"file"_s).toString());
            const bool isJpeg = line.value(u"file"_s).toString().endsWith(u".jpg"_s);
            QCOMPARE(line.value(u"contentType"_s).toString(),
                     isJpeg ? u"image/jpeg"_s : u"application/pdf"_s);
        }
        QCOMPARE(ids.size(), files.size());
        QCOMPARE(reported, QSet<QString>(files.cbegin(), files.cend()));
        // One request per file: nothing re-sent, nothing lost.
        QCOMPARE(requestCount(u"POST /documents"_s) - postsBefore, int(files.size()));

        // list: exactly these documents in the batch.
        Run list = run({u"--compact"_s, u"documents"_s, u"list"_s, u"--batch-id"_s, batchId});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.out.count('\n'), 1); // --compact: one line
        QSet<QString> listed;
        for (const QJsonValue doc : list.object().value(u"documents"_s).toArray())
            listed.insert(doc.toObject().value(u"documentId"_s).toString());
        QCOMPARE(listed, ids);

        // --all walks pages of 2 and merges them.
        list = run(
            {u"documents"_s, u"list"_s, u"--batch-id"_s, batchId, u"--max-results"_s, u"2"_s, u"--all"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.object().value(u"documents"_s).toArray().size(), files.size());
        QVERIFY(list.object().value(u"nextToken"_s).isNull());
        // Without --all one page of 2 and a token to go on.
        list = run({u"documents"_s, u"list"_s, u"--batch-id"_s, batchId, u"--max-results"_s, u"2"_s});
        QCOMPARE(list.object().value(u"documents"_s).toArray().size(), 2);
        QVERIFY(!list.object().value(u"nextToken"_s).toString().isEmpty());

        // get: content round-trips byte for byte.
        const QJsonObject firstLine = lines.first();
        const QString firstId = firstLine.value(u"documentId"_s).toString();
        const QString contentFile = m_files.filePath(u"downloaded.bin"_s);
        Run get = run({u"documents"_s, u"get"_s, firstId, u"--content-to"_s, contentFile});
        QVERIFY2(get.exitCode == 0, qPrintable(get.describe()));
        QCOMPARE(get.object().value(u"documentId"_s).toString(), firstId);
        QVERIFY(!get.object().contains(u"content"_s));
        QCOMPARE(readAll(contentFile), readAll(firstLine.value(u"file"_s).toString()));
        get = run({u"documents"_s, u"get"_s, firstId});
        QCOMPARE(QByteArray::fromBase64(get.object().value(u"content"_s).toString().toLatin1()),
                 readAll(firstLine.value(u"file"_s).toString()));

        // update ground truth: JSON (with a boolean) plus --field.
        const Run update =
            run({u"documents"_s, u"update"_s, firstId, u"--ground-truth"_s,
                 u"[{\"label\":\"paid\",\"value\":true}]"_s, u"--field"_s, u"total_amount=100.00"_s});
        QVERIFY2(update.exitCode == 0, qPrintable(update.describe()));
        get = run({u"documents"_s, u"get"_s, firstId});
        const QJsonArray groundTruth = get.object().value(u"groundTruth"_s).toArray();
        QCOMPARE(groundTruth.size(), 2);
        QCOMPARE(groundTruth.at(0).toObject().value(u"value"_s), QJsonValue(true));
        QCOMPARE(groundTruth.at(1).toObject().value(u"label"_s).toString(), u"total_amount"_s);
        QCOMPARE(groundTruth.at(1).toObject().value(u"value"_s).toString(), u"100.00"_s);
    }

    void documentsDeleteByConsent()
    {
        const QString consentId = u"las:consent:"_s + randomHex();
        Run r = run({u"documents"_s, u"create"_s, samplePdf(u"coolblue1"_s),
                     makeJpeg(u"green.jpg"_s, qRgb(0, 200, 0)), u"--consent-id"_s, consentId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.lines().size(), 2);
        r = run({u"documents"_s, u"list"_s, u"--consent-id"_s, consentId});
        QCOMPARE(r.object().value(u"documents"_s).toArray().size(), 2);

        // Deleting everything must be explicit.
        r = run({u"documents"_s, u"delete"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--all-documents"), qPrintable(r.describe()));

        r = run({u"documents"_s, u"delete"_s, u"--consent-id"_s, consentId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"documents"_s, u"list"_s, u"--consent-id"_s, consentId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"documents"_s).toArray().size(), 0);
    }

    void badFileIsRejectedAndTheRestUploaded()
    {
        const QString text = writeFile(u"notes.txt"_s, "these are not invoices\n");
        QImage png(8, 8, QImage::Format_RGB32);
        png.fill(Qt::white);
        const QString pngPath = m_files.filePath(u"picture.png"_s);
        QVERIFY(png.save(pngPath, "PNG"));
        const QString good = samplePdf(u"NetpresseInvoice"_s);
        const int postsBefore = requestCount(u"POST /documents"_s);

        const Run r = run({u"documents"_s, u"create"_s, text, good, pngPath});
        QCOMPARE(r.exitCode, 4); // every failure is "invalid input"
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 3);
        int uploaded = 0;
        for (const QJsonObject &line : lines) {
            const QString file = line.value(u"file"_s).toString();
            if (file == good) {
                QVERIFY(line.value(u"documentId"_s).toString().startsWith(u"las:document:"_s));
                ++uploaded;
                continue;
            }
            const QJsonObject error = line.value(u"error"_s).toObject();
            QCOMPARE(error.value(u"kind"_s).toString(), u"InvalidInput"_s);
            QVERIFY2(error.value(u"message"_s).toString().contains(u"not a PDF or JPEG"_s),
                     qPrintable(r.describe()));
        }
        QCOMPARE(uploaded, 1);
        // The per-file message on stderr names the file and says what it is.
        QVERIFY2(r.err.contains("notes.txt") && r.err.contains("not a PDF or JPEG"),
                 qPrintable(r.describe()));
        QVERIFY2(r.err.contains("picture.png") && r.err.contains("PNG"), qPrintable(r.describe()));
        // Only the good file was sent.
        QCOMPARE(requestCount(u"POST /documents"_s) - postsBefore, 1);
    }

    void apiErrorGivesTheServersMessageAndAnExitCode()
    {
        const QString unknown = u"las:document:"_s + randomHex();
        Run r = run({u"documents"_s, u"get"_s, unknown});
        QCOMPARE(r.exitCode, 9);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("NotFound") && r.err.contains("HTTP 404"), qPrintable(r.describe()));

        // A malformed ID never leaves the machine.
        const int before = requestCount(u"GET /documents/not-an-id"_s);
        r = run({u"documents"_s, u"get"_s, u"not-an-id"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("InvalidInput"), qPrintable(r.describe()));
        QCOMPARE(requestCount(u"GET /documents/not-an-id"_s), before);
    }

    void credentialsFileWithProfiles()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(u".lucidtech"_s));
        const QString cfg = home.filePath(u".lucidtech/credentials.cfg"_s);
        QFile file(cfg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString section =
            u"client_id = %1\nclient_secret = %2\napi_key = %3\nauth_endpoint = %4\n"
            "api_endpoint = %5\n"_s.arg(m_emulator.clientId(), m_emulator.clientSecret(), m_emulator.apiKey(),
                                        m_emulator.authEndpoint(), m_emulator.apiUrl().toString());
        const QString wrong =
            u"client_id = %1\nclient_secret = wrong-secret\napi_key = %2\nauth_endpoint = %3\n"
            "api_endpoint = %4\n"_s.arg(m_emulator.clientId(), m_emulator.apiKey(), m_emulator.authEndpoint(),
                                        m_emulator.apiUrl().toString());
        file.write((u"# test profiles\n[default]\n"_s + wrong + u"\n[emulator]\n"_s + section).toUtf8());
        file.close();

        QProcessEnvironment env = baseEnvironment();
        env.insert(u"HOME"_s, home.path());

        Run r = run({u"--profile"_s, u"emulator"_s, u"models"_s, u"list"_s}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.object().value(u"models"_s).isArray());

        // [default] is used without --profile; its secret is refused: an auth error, not a crash or a hang.
        r = run({u"models"_s, u"list"_s}, env);
        QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY(!r.err.contains("wrong-secret"));

        r = run({u"--profile"_s, u"nope"_s, u"models"_s, u"list"_s}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("nope"), qPrintable(r.describe()));

        // --credentials reads another file; the LAS_* variables do not override an explicit profile.
        const QString other = m_files.filePath(u"other.cfg"_s);
        QVERIFY(QFile::copy(cfg, other));
        QProcessEnvironment withEnv = m_env;
        withEnv.insert(u"LAS_CLIENT_SECRET"_s, u"also-wrong"_s);
        r = run({u"--credentials"_s, other, u"--profile"_s, u"emulator"_s, u"models"_s, u"list"_s}, withEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // ... but without a profile all five LAS_* variables win over the file.
        r = run({u"models"_s, u"list"_s}, withEnv);
        QCOMPARE(r.exitCode, 7);

        // Flags override the endpoints of a profile.
        r = run({u"--profile"_s, u"emulator"_s, u"--api-endpoint"_s, u"http://127.0.0.1:1/v1"_s, u"models"_s,
                 u"list"_s, u"--timeout"_s, u"5"_s},
                env);
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe())); // nothing listens on port 1
    }

    void verboseNeverShowsSecrets()
    {
        const Run r = run({u"--verbose"_s, u"models"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), "--verbose logs something");
        for (const QString &secret : {m_emulator.clientSecret(), m_emulator.apiKey()}) {
            if (!secret.isEmpty())
                QVERIFY2(!r.err.contains(secret.toUtf8()) && !r.out.contains(secret.toUtf8()),
                         qPrintable(r.describe()));
        }
        static const QRegularExpression bearer(u"Bearer\\s+[A-Za-z0-9._~+/=-]{12,}"_s);
        QVERIFY2(!bearer.match(QString::fromUtf8(r.err)).hasMatch(), qPrintable(r.describe()));
    }

    void transitionAndExecutionFlow()
    {
        // A manual transition, a one-step workflow that queues a task in it, then the reviewer's side.
        Run r = run({u"transitions"_s, u"create"_s, u"manual"_s, u"--name"_s, u"lasctl review"_s,
                     u"--input-json-schema"_s, u"{\"type\":\"object\"}"_s, u"--output-json-schema"_s,
                     u"{\"type\":\"object\"}"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString tid = r.object().value(u"transitionId"_s).toString();
        QVERIFY(tid.startsWith(u"las:transition:"_s));
        QCOMPARE(r.object().value(u"transitionType"_s).toString(), u"manual"_s);

        r = run({u"transitions"_s, u"update"_s, tid, u"--description"_s, u"checked by lasctl"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"transitions"_s, u"get"_s, tid});
        QCOMPARE(r.object().value(u"description"_s).toString(), u"checked by lasctl"_s);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"lasctl review"_s);
        r = run({u"transitions"_s, u"list"_s, u"--transition-type"_s, u"manual"_s, u"--all"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool listed = false;
        for (const QJsonValue t : r.object().value(u"transitions"_s).toArray())
            listed = listed || t.toObject().value(u"transitionId"_s).toString() == tid;
        QVERIFY(listed);

        const QJsonObject spec{
            {u"language"_s, u"ASL"_s},
            {u"version"_s, u"1.0.0"_s},
            {u"definition"_s,
             QJsonObject{{u"StartAt"_s, u"review"_s},
                         {u"States"_s, QJsonObject{{u"review"_s, QJsonObject{{u"Type"_s, u"Task"_s},
                                                                             {u"Resource"_s, tid},
                                                                             {u"End"_s, true}}}}}}}};
        const QString specFile = writeFile(u"spec.json"_s, QJsonDocument(spec).toJson());
        r = run({u"workflows"_s, u"create"_s, u"lasctl flow"_s, u"@"_s + specFile, u"--description"_s,
                 u"test"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString wid = r.object().value(u"workflowId"_s).toString();
        QVERIFY(wid.startsWith(u"las:workflow:"_s));

        const QString input =
            u"{\"documentId\":\"las:document:%1\",\"note\":\"from lasctl\"}"_s.arg(randomHex());
        r = run({u"workflows"_s, u"execute"_s, wid, input});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString weid = r.object().value(u"executionId"_s).toString();
        QVERIFY(!weid.isEmpty());

        // Claim the task, keep it alive, look at it, finish it.
        r = run({u"transitions"_s, u"execute"_s, tid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString eid = r.object().value(u"executionId"_s).toString();
        QVERIFY(eid.startsWith(u"las:transition-execution:"_s));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(r.object().value(u"input"_s).toObject().value(u"note"_s).toString(), u"from lasctl"_s);

        r = run({u"executions"_s, u"heartbeat"_s, tid, eid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QByteArray("null"));
        r = run({u"executions"_s, u"get"_s, tid, eid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"running"_s);
        r = run(
            {u"executions"_s, u"list"_s, tid, u"--status"_s, u"running"_s, u"--sort-by"_s, u"startTime"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"executions"_s).toArray().size(), 1);
        QCOMPARE(
            r.object().value(u"executions"_s).toArray().at(0).toObject().value(u"executionId"_s).toString(),
            eid);

        r = run({u"executions"_s, u"update"_s, tid, eid, u"--status"_s, u"succeeded"_s, u"--output"_s,
                 u"{\"verified\":{\"total_amount\":\"100.00\"}}"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"succeeded"_s);

        // The one-step workflow is done; the queue is empty again (the emulator answers 404 then).
        r = run({u"workflow-executions"_s, u"list"_s, wid, u"--all"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray executions = r.object().value(u"executions"_s).toArray();
        QCOMPARE(executions.size(), 1);
        QCOMPARE(executions.at(0).toObject().value(u"executionId"_s).toString(), weid);
        QCOMPARE(executions.at(0).toObject().value(u"status"_s).toString(), u"succeeded"_s);
        r = run({u"transitions"_s, u"execute"_s, tid});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());

        r = run({u"workflows"_s, u"update"_s, wid, u"--name"_s, u"lasctl flow (renamed)"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"workflows"_s, u"get"_s, wid});
        QCOMPARE(r.object().value(u"name"_s).toString(), u"lasctl flow (renamed)"_s);
        r = run({u"workflows"_s, u"list"_s, u"--all"_s, u"--compact"_s});
        QVERIFY2(r.out.contains(wid.toUtf8()), qPrintable(r.describe()));

        r = run({u"workflow-executions"_s, u"delete"_s, wid, weid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"workflows"_s, u"delete"_s, wid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"transitions"_s, u"delete"_s, tid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"transitions"_s, u"get"_s, tid});
        QCOMPARE(r.exitCode, 9);
    }

    void predictionsAssetsSecretsUsers()
    {
        // predictions: the first model on a fresh document.
        Run r = run({u"models"_s, u"list"_s, u"--all"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray models = r.object().value(u"models"_s).toArray();
        QVERIFY(!models.isEmpty());
        const QString modelId = models.at(0).toObject().value(u"modelId"_s).toString();
        r = run({u"documents"_s, u"create"_s, samplePdf(u"AmazonWebServices"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString documentId = r.lines().value(0).value(u"documentId"_s).toString();
        r = run({u"predictions"_s, u"create"_s, documentId, modelId, u"--max-pages"_s, u"1"_s,
                 u"--auto-rotate"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"documentId"_s).toString(), documentId);
        QVERIFY(r.object().value(u"predictions"_s).isArray());
        r = run({u"predictions"_s, u"create"_s, documentId, modelId, u"--max-pages"_s, u"4"_s});
        QVERIFY2(r.exitCode == 4 && r.err.contains("maxPages"), qPrintable(r.describe()));
        r = run({u"predictions"_s, u"list"_s, u"--max-results"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"predictions"_s).toArray().size(), 1);

        // assets: content round-trips through a file.
        const QByteArray fieldConfig = R"({"total_amount":{"type":"amount","display":"Total"}})";
        r = run({u"assets"_s, u"create"_s, writeFile(u"fieldconfig.json"_s, fieldConfig), u"--name"_s,
                 u"fields"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString assetId = r.object().value(u"assetId"_s).toString();
        QVERIFY(assetId.startsWith(u"las:asset:"_s));
        const QString assetOut = m_files.filePath(u"asset.out"_s);
        r = run({u"assets"_s, u"get"_s, assetId, u"--content-to"_s, assetOut});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(readAll(assetOut), fieldConfig);
        r = run({u"assets"_s, u"update"_s, assetId, u"--content"_s, writeFile(u"fc2.json"_s, "{}"),
                 u"--name"_s, u"fields v2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"assets"_s, u"get"_s, assetId});
        QCOMPARE(QByteArray::fromBase64(r.object().value(u"content"_s).toString().toLatin1()),
                 QByteArray("{}"));
        r = run({u"assets"_s, u"list"_s, u"--all"_s, u"--compact"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains(assetId.toUtf8()), qPrintable(r.describe()));

        // secrets: the data goes in from a file and never comes back out.
        const QString secretValue = u"s3cr3t-"_s + randomHex();
        const QString secretFile = writeFile(
            u"secret.json"_s, u"{\"username\":\"robot\",\"password\":\"%1\"}"_s.arg(secretValue).toUtf8());
        r = run({u"secrets"_s, u"create"_s, u"@"_s + secretFile, u"--description"_s, u"registry"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString secretId = r.object().value(u"secretId"_s).toString();
        QVERIFY(secretId.startsWith(u"las:secret:"_s));
        r = run({u"secrets"_s, u"update"_s, secretId, u"--description"_s, u"registry (rotated)"_s,
                 u"--data"_s, u"@"_s + secretFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"--verbose"_s, u"secrets"_s, u"list"_s, u"--all"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains(secretId.toUtf8()), qPrintable(r.describe()));
        QVERIFY(!r.out.contains(secretValue.toUtf8()) && !r.err.contains(secretValue.toUtf8()));

        // users
        const QString email = u"reviewer.%1@example.com"_s.arg(randomHex().left(8));
        r = run({u"users"_s, u"create"_s, email, u"--name"_s, u"Reviewer"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString userId = r.object().value(u"userId"_s).toString();
        QVERIFY(userId.startsWith(u"las:user:"_s));
        r = run({u"users"_s, u"update"_s, userId, u"--name"_s, u"Senior reviewer"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"users"_s, u"get"_s, userId});
        QCOMPARE(r.object().value(u"name"_s).toString(), u"Senior reviewer"_s);
        QCOMPARE(r.object().value(u"email"_s).toString(), email);
        r = run({u"users"_s, u"list"_s, u"--all"_s, u"--compact"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains(userId.toUtf8()), qPrintable(r.describe()));
        r = run({u"users"_s, u"delete"_s, userId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"users"_s, u"get"_s, userId});
        QCOMPARE(r.exitCode, 9);
        r = run({u"users"_s, u"create"_s, u"not-an-email"_s});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    }

    void rawRequests()
    {
        Run r = run({u"raw"_s, u"get"_s, u"/models"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.object().value(u"models"_s).isArray());
        r = run({u"raw"_s, u"post"_s, u"/batches"_s, u"@-"_s}, m_env, "{\"name\": \"from stdin\"}");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.object().value(u"batchId"_s).toString().startsWith(u"las:batch:"_s));
        r = run({u"raw"_s, u"get"_s, u"/documents"_s, u"--query"_s,
                 u"batchId="_s + r.object().value(u"batchId"_s).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.object().value(u"documents"_s).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLasCtl)
#include "tst_lasctl.moc"
