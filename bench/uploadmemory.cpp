// Peak memory of uploading one file through the library's Transport (streamed JSON body) vs a whole-body
// QJsonDocument approach, each in its own child process (separate high-water marks), against an emulator this
// program starts itself. Prints the peak above each process's baseline, medians of several runs, and ratios.
//
//   uploadmemory [--runs N] [--sizes-mb 1,4]
#include "auth/credentials.h"
#include "auth/tokenprovider.h"
#include "core/apirequest.h"
#include "core/reply.h"
#include "core/transport.h"

#include "emulatorprocess.h"
#include "procstatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Resets VmHWM to the current RSS (Linux ≥ 4.0), so warm-up work does not count as the upload's peak.
bool resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

void printLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

las::Credentials credentialsFrom(const QJsonObject &info)
{
    las::Credentials c;
    c.clientId = info.value(u"clientId"_s).toString();
    c.clientSecret = info.value(u"clientSecret"_s).toString();
    c.apiKey = info.value(u"apiKey"_s).toString();
    c.authEndpoint = info.value(u"authEndpoint"_s).toString();
    c.apiEndpoint = info.value(u"baseUrl"_s).toString();
    return c;
}

const QByteArray kPrefix = "{\"contentType\":\"application/pdf\",\"content\":\"";
const QByteArray kSuffix = "\"}";

// Child: one upload, prints {"variant", "baselineKb", "peakKb", "status"}.
int runChild(const QString &variant, const QString &file)
{
    const QJsonObject info = QJsonDocument::fromJson(qgetenv("LAS_BENCH_EMULATOR_JSON")).object();
    const las::Credentials creds = credentialsFrom(info);
    auto *nam = new QNetworkAccessManager(qApp);
    auto *transport = new las::Transport(creds, nam, qApp);
    transport->setDefaultTimeout(120000);
    QJsonObject result{{u"variant"_s, variant}};
    qint64 baseline = 0;

    auto finish = [&result](int status, const QString &error) {
        result.insert(u"peakKb"_s, procStatusKb("VmHWM"));
        result.insert(u"status"_s, status);
        if (!error.isEmpty())
            result.insert(u"error"_s, error);
        printLine(result);
        QCoreApplication::exit(status >= 200 && status < 300 ? 0 : 1);
    };

    // Warm-up: token, connection, JSON and network code paths, with a small request of the same shape.
    auto *warm = new las::Reply(qApp);
    warm->setAutoDelete(false);
    QObject::connect(warm, &las::Reply::finished, qApp, [=, &result, &baseline]() mutable {
        if (!warm->isSuccess()) {
            finish(0, u"warm-up failed: "_s + warm->error().toString());
            return;
        }
        const QString token = transport->tokenProvider()->cachedToken()->token();
        resetPeak();
        baseline = procStatusKb("VmRSS");
        result.insert(u"baselineKb"_s, baseline);
        result.insert(u"peakResettable"_s, QFile::exists(u"/proc/self/clear_refs"_s));
        if (variant == u"streamed"_s) {
            las::ApiRequest req = las::ApiRequest::post(u"/documents"_s, {});
            req.upload = las::StreamedUpload{kPrefix, file, kSuffix};
            auto *reply = new las::Reply(qApp);
            reply->setAutoDelete(false);
            QObject::connect(reply, &las::Reply::finished, qApp, [=] {
                finish(reply->httpStatus() ? reply->httpStatus() : (reply->isSuccess() ? 200 : 0),
                       reply->isSuccess() ? QString() : reply->error().toString());
            });
            transport->send(req, reply);
        } else {
            // The naive way: whole file, its base64, a QJsonObject, its serialisation, all in memory.
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                finish(0, f.errorString());
                return;
            }
            const QByteArray bytes = f.readAll();
            QJsonObject body{{u"contentType"_s, u"application/pdf"_s},
                             {u"content"_s, QString::fromLatin1(bytes.toBase64())}};
            const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
            QNetworkRequest request(QUrl(creds.apiEndpoint + u"/documents"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            if (!creds.apiKey.isEmpty())
                request.setRawHeader("x-api-key", creds.apiKey.toUtf8());
            QNetworkReply *reply = nam->post(request, json);
            QObject::connect(reply, &QNetworkReply::finished, qApp, [=] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                finish(status, status >= 200 && status < 300 ? QString() : reply->errorString());
            });
        }
    });
    transport->send(las::ApiRequest::post(u"/documents"_s, kPrefix + QByteArray("JVBERi0xLjQK") + kSuffix),
                    warm);
    return QCoreApplication::exec();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == u"--child"_s)
        return runChild(args.at(2), args.at(3));

    int runs = 3;
    QList<qint64> sizesMb{1, 4};
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = qMax(1, args.at(i + 1).toInt());
        if (args.at(i) == u"--sizes-mb"_s) {
            sizesMb.clear();
            for (const QString &s : args.at(i + 1).split(u','))
                sizesMb << qMax(1, s.toInt());
        }
    }

    EmulatorProcess emulator(EmulatorProcess::Mode::Own);
    QString error;
    if (!emulator.start({}, &error)) {
        std::fprintf(stderr, "cannot start las-emulator: %s\n", qPrintable(error));
        return 2;
    }
    QJsonObject info = emulator.info();
    // Generous quota so repeated runs are not refused.
    {
        QNetworkAccessManager nam;
        QNetworkRequest req = emulator.adminRequest(u"/settings"_s);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *r = nam.post(req, "{\"quotas\":{\"documents\":100000}}");
        QObject::connect(r, &QNetworkReply::finished, &app, &QCoreApplication::quit);
        QTimer::singleShot(10000, &app, &QCoreApplication::quit);
        app.exec();
        r->deleteLater();
    }

    QTemporaryDir dir;
    std::printf("Upload peak memory (kB above each process's baseline; VmHWM after reset vs VmRSS before)\n");
    std::printf("%-6s %-9s %8s %10s %10s %10s %12s %12s\n", "size", "variant", "runs", "median", "min", "max",
                "x file size", "baseline kB");
    int failures = 0;
    for (qint64 mb : sizesMb) {
        const qint64 size = mb * 1024 * 1024;
        const QString file = dir.filePath(u"upload-%1mb.pdf"_s.arg(mb));
        {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                return 2;
            QByteArray bytes(size, Qt::Uninitialized);
            QRandomGenerator gen(42);
            gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
            bytes.replace(0, 9, "%PDF-1.4\n");
            f.write(bytes);
        }
        QHash<QString, qint64> medians;
        for (const QString &variant : {u"streamed"_s, u"whole"_s}) {
            QList<qint64> peaks;
            QList<qint64> baselines;
            for (int r = 0; r < runs; ++r) {
                QProcess child;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                // Secrets travel in the environment of our own child, never on a command line.
                env.insert(u"LAS_BENCH_EMULATOR_JSON"_s,
                           QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
                child.setProcessEnvironment(env);
                child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, variant, file});
                if (!child.waitForFinished(180000)) {
                    ++failures;
                    child.kill();
                    child.waitForFinished();
                    continue;
                }
                const QJsonObject o =
                    QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
                const int status = o.value(u"status"_s).toInt();
                if (status < 200 || status >= 300) {
                    std::fprintf(stderr, "%s run failed: %s %s\n", qPrintable(variant),
                                 QJsonDocument(o).toJson(QJsonDocument::Compact).constData(),
                                 child.readAllStandardError().constData());
                    ++failures;
                    continue;
                }
                peaks << qint64(o.value(u"peakKb"_s).toDouble() - o.value(u"baselineKb"_s).toDouble());
                baselines << qint64(o.value(u"baselineKb"_s).toDouble());
            }
            if (peaks.isEmpty())
                continue;
            const qint64 med = median(peaks);
            medians.insert(variant, med);
            std::printf("%-6s %-9s %8lld %10lld %10lld %10lld %12.2f %12lld\n", qPrintable(u"%1MB"_s.arg(mb)),
                        qPrintable(variant), qlonglong(peaks.size()), qlonglong(med),
                        qlonglong(*std::min_element(peaks.begin(), peaks.end())),
                        qlonglong(*std::max_element(peaks.begin(), peaks.end())), double(med) * 1024 / size,
                        qlonglong(median(baselines)));
        }
        if (medians.contains(u"streamed"_s) && medians.contains(u"whole"_s) &&
            medians.value(u"streamed"_s) > 0) {
            const double streamedX = double(medians.value(u"streamed"_s)) * 1024 / size;
            std::printf("%-6s whole/streamed = %.1fx; streamed = %.2fx file size (target < 2x): %s\n",
                        qPrintable(u"%1MB"_s.arg(mb)),
                        double(medians.value(u"whole"_s)) / double(medians.value(u"streamed"_s)), streamedX,
                        streamedX < 2.0 ? "OK" : "OVER");
        }
    }
    emulator.stop();
    return failures ? 1 : 0;
}
