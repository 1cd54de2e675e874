// Bulk upload throughput: our UploadEngine vs curl vs a plain node client, each against a fresh las-emulator,
// at several concurrencies, in the same run (median of --runs runs and the spread). Then the peak memory of
// uploading many four-megabyte files with the engine (100 vs 1,000 by default), each in its own process.
//
//   uploadbench [--count 500] [--runs 3] [--concurrency 1,4,8] [--size-kb 1024] [--clients engine,curl,node]
//               [--memory-counts 100,1000] [--memory-size-kb 4096] [--no-memory] [--no-throughput]
//
// Clients (every one posts {"content": base64, "contentType": "application/pdf"} to /documents):
// - engine: las::UploadEngine in a child process of this program (its journal on disk, SHA-256 and file
// checks
//   included: the work `lasctl documents create` and the app do);
// - curl: N curl processes, each posting its share over one keep-alive connection (blocks separated by
// --next),
//   bodies base64-encoded beforehand, `-H 'Expect:'`, every transfer's status code checked;
// - node: Node's built-in http module with a keep-alive agent of N sockets, each body read and encoded whole
// in
//   memory per request (a stand-in for the issue's JavaScript SDK baseline, axios with whole bodies).
// Client CPU time is the children's user+system time (getrusage RUSAGE_CHILDREN around the run). The server's
// ceiling is 1 / (the emulator's CPU seconds per document), read from /proc: one event loop serves
// everything.
//
// Internal mode (the engine client): uploadbench --engine-child DIR JOURNAL CONCURRENCY, credentials in
// LAS_*.
#include "api/client.h"
#include "auth/credentialsfile.h"
#include "core/transport.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

#include "emulatorprocess.h"
#include "procstatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------------------
// The engine client (child process)

int runEngineChild(QCoreApplication &app, const QString &dir, const QString &journalPath, int concurrency)
{
    const std::optional<las::Credentials> credentials = las::CredentialsFile::fromEnvironment();
    if (!credentials) {
        std::fprintf(stderr, "the LAS_* credentials are not all set\n");
        return 2;
    }
    las::Client client(*credentials);
    las::UploadJournal journal;
    if (!journal.open(journalPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error()));
        return 2;
    }
    las::UploadEngine engine(&client, &journal);
    engine.setConcurrency(concurrency);
    engine.start();
    const qint64 baselineKb = procStatusKb("VmRSS");
    QObject::connect(&engine, &las::UploadEngine::idle, &app, [&] {
        const las::UploadTotals t = engine.totals();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        QJsonObject o{{u"done"_s, t.done},           {u"failed"_s, t.failed},
                      {u"rejected"_s, t.rejected},   {u"skipped"_s, t.skipped},
                      {u"baselineKb"_s, baselineKb}, {u"peakKb"_s, qint64(usage.ru_maxrss)}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        app.exit(t.failed == 0 && t.rejected == 0 ? 0 : 1);
    });
    if (engine.addPaths({dir}).isEmpty())
        return 2;
    return app.exec();
}

// ---------------------------------------------------------------------------------------------------------
// The bare Qt client (child process): QNetworkAccessManager posting each pre-encoded body whole from memory,
// N requests in flight, TCP_NODELAY set like the library's transport does. Not a goal peer: it shows what
// Qt's own HTTP path costs, so the engine's overhead above it can be told apart from Qt's.

void benchSetNoDelay()
{
    for (int fd = 3; fd < 1024; ++fd) {
        int type = 0;
        socklen_t length = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
}

int runQtChild(QCoreApplication &app, const QStringList &args)
{
    const QUrl url(args.at(0));
    const QByteArray token = args.at(1).toLatin1();
    const QByteArray apiKey = args.at(2).toLatin1();
    const int concurrency = args.at(3).toInt();
    const QStringList bodies = args.mid(4);
    QNetworkAccessManager manager;
    qsizetype next = 0;
    int ok = 0;
    int bad = 0;
    int running = 0;
    std::function<void()> post = [&] {
        while (running < concurrency && next < bodies.size()) {
            QFile file(bodies.at(next++));
            file.open(QIODevice::ReadOnly);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setRawHeader("x-api-key", apiKey);
            QNetworkReply *reply = manager.post(request, file.readAll());
            ++running;
            QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64) {
                if (sent == 0 || !reply->property("nodelay").toBool()) {
                    benchSetNoDelay();
                    reply->setProperty("nodelay", true);
                }
            });
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                (status >= 200 && status < 300 ? ok : bad)++;
                reply->deleteLater();
                --running;
                if (next < bodies.size())
                    post();
                else if (running == 0)
                    app.exit(bad == 0 ? 0 : 1);
            });
        }
    };
    post();
    const int rc = app.exec();
    std::printf("%s\n", QJsonDocument(QJsonObject{{u"ok"_s, ok}, {u"bad"_s, bad}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return rc;
}

// ---------------------------------------------------------------------------------------------------------
// The driver

struct Sample
{
    double seconds = 0;
    double clientCpu = 0;
    double serverCpuPerDoc = 0;
};

double benchMedian(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14, stime 15 → indexes 11 and 12 here.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

bool writeFiles(const QString &dir, int count, qint64 bytes, QStringList *paths)
{
    QDir().mkpath(dir);
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        QByteArray data = "%PDF-1.4\n% uploadbench " + QByteArray::number(i) + "\n";
        const qint64 fill = bytes - data.size() - 6;
        QByteArray noise(fill, Qt::Uninitialized);
        random->fillRange(reinterpret_cast<quint32 *>(noise.data()), fill / 4);
        data += noise;
        data += "%%EOF\n";
        const QString path = QDir(dir).filePath(u"f%1.pdf"_s.arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return false;
        paths->append(path);
    }
    return true;
}

struct Emulator
{
    EmulatorProcess process;
    QString token;
    bool start(QString *error)
    {
        if (!process.start({}, error))
            return false;
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-sS"_s, u"--fail"_s, u"-u"_s, process.clientId() + u':' + process.clientSecret(),
                    u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/x-www-form-urlencoded"_s,
                    process.info().value(u"tokenUrl"_s).toString() + u"?grant_type=client_credentials"_s});
        curl.waitForFinished(30000);
        token = QJsonDocument::fromJson(curl.readAllStandardOutput())
                    .object()
                    .value(u"access_token"_s)
                    .toString();
        if (token.isEmpty())
            *error = u"no access token from the emulator"_s;
        return !token.isEmpty();
    }
    qint64 documentsCreated()
    {
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-sS"_s, u"-H"_s,
                    QString::fromLatin1(EmulatorProcess::AdminTokenHeader) + u": "_s + process.adminToken(),
                    process.adminUrl().toString() + u"/stats"_s});
        curl.waitForFinished(30000);
        return QJsonDocument::fromJson(curl.readAllStandardOutput())
            .object()
            .value(u"documentsCreated"_s)
            .toInteger(-1);
    }
};

bool waitAll(std::vector<std::unique_ptr<QProcess>> &processes)
{
    bool ok = true;
    for (auto &p : processes) {
        p->waitForFinished(-1);
        ok = ok && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    }
    return ok;
}

struct Work
{
    QString dir;
    QStringList files;
    QStringList bodies; // pre-encoded JSON bodies (curl)
    QString nodeScript;
    QString self;
    QString tmp;
};

// One client at one concurrency against a fresh emulator. Empty optional on failure (printed).
std::optional<Sample> runOnce(const QString &client, int concurrency, const Work &work, int serial)
{
    Emulator emulator;
    QString error;
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return std::nullopt;
    }
    const QString url = emulator.process.apiUrl().toString() + u"/documents"_s;
    // The previous run wrote hundreds of megabytes; let the disk catch up before this one is timed, so no
    // client pays for its predecessor's write-back.
    ::sync();
    std::vector<std::unique_ptr<QProcess>> processes;
    const double cpuBefore = childrenCpuSeconds();
    const double serverBefore = processCpuSeconds(emulator.process.pid());
    QElapsedTimer clock;
    clock.start();
    bool ok = true;
    QString failure;
    if (client == u"engine"_s) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LAS_CLIENT_ID"_s, emulator.process.clientId());
        env.insert(u"LAS_CLIENT_SECRET"_s, emulator.process.clientSecret());
        env.insert(u"LAS_API_KEY"_s, emulator.process.apiKey());
        env.insert(u"LAS_AUTH_ENDPOINT"_s, emulator.process.authEndpoint());
        env.insert(u"LAS_API_ENDPOINT"_s, emulator.process.apiUrl().toString());
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString journal = work.tmp + u"/journal-%1.sqlite"_s.arg(serial);
        p->start(work.self, {u"--engine-child"_s, work.dir, journal, QString::number(concurrency)});
        processes.push_back(std::move(p));
        ok = waitAll(processes);
        QFile::remove(journal);
        QFile::remove(journal + u"-wal"_s);
        QFile::remove(journal + u"-shm"_s);
        if (!ok)
            failure = QString::fromUtf8(processes.front()->readAllStandardOutput());
    } else if (client == u"curl"_s) {
        for (int w = 0; w < concurrency; ++w) {
            QStringList args;
            for (int i = w; i < work.bodies.size(); i += concurrency) {
                if (!args.isEmpty())
                    args << u"--next"_s;
                args << u"-sS"_s << u"--http1.1"_s << u"-o"_s << u"/dev/null"_s << u"-w"_s
                     << u"%{http_code}\\n"_s << u"-H"_s << u"Expect:"_s << u"-H"_s
                     << u"Content-Type: application/json"_s << u"-H"_s
                     << u"Authorization: Bearer "_s + emulator.token << u"-H"_s
                     << u"x-api-key: "_s + emulator.process.apiKey() << u"--data-binary"_s
                     << u"@"_s + work.bodies.at(i) << url;
            }
            if (args.isEmpty())
                continue;
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(u"curl"_s, args);
            processes.push_back(std::move(p));
        }
        ok = waitAll(processes);
        int good = 0;
        for (auto &p : processes) {
            for (const QByteArray &code : p->readAllStandardOutput().split('\n')) {
                const int status = code.toInt();
                if (code.isEmpty())
                    continue;
                if (status >= 200 && status < 300)
                    ++good;
                else
                    failure += u"status %1 "_s.arg(QString::fromLatin1(code));
            }
        }
        ok = ok && good == work.bodies.size();
    } else {
        // One child process that prints {"ok": N, "bad": M}: the bare Qt client (bodies in memory) or node.
        const bool qt = client == u"qt"_s;
        const QStringList common{url, emulator.token, emulator.process.apiKey(),
                                 QString::number(concurrency)};
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (qt)
            p->start(work.self, QStringList{u"--qt-child"_s} + common + work.bodies);
        else
            p->start(u"node"_s, QStringList{work.nodeScript} + common + work.files);
        processes.push_back(std::move(p));
        ok = waitAll(processes);
        const QJsonObject o = QJsonDocument::fromJson(processes.front()->readAllStandardOutput()).object();
        ok = ok && o.value(u"ok"_s).toInt() == work.files.size();
        if (!ok)
            failure = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    Sample sample;
    sample.seconds = double(clock.nsecsElapsed()) / 1e9;
    sample.clientCpu = childrenCpuSeconds() - cpuBefore;
    const qint64 created = emulator.documentsCreated();
    sample.serverCpuPerDoc =
        (processCpuSeconds(emulator.process.pid()) - serverBefore) / double(qMax<qint64>(1, created));
    if (ok && created != work.files.size()) {
        ok = false;
        failure = u"the emulator created %1 documents, expected %2"_s.arg(created).arg(work.files.size());
    }
    emulator.process.stop();
    if (!ok) {
        std::fprintf(stderr, "%s at concurrency %d failed: %s\n", qPrintable(client), concurrency,
                     qPrintable(failure));
        return std::nullopt;
    }
    return sample;
}

const char *const kNodeClient =
    R"JS(// Plain keep-alive client: whole body in memory per request (like axios in the 2021 SDK).
const http = require('http'), fs = require('fs');
const [url, token, apiKey, conc, ...files] = process.argv.slice(2);
const u = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: +conc });
let next = 0, ok = 0, bad = 0;
function post(body) {
  return new Promise((resolve) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent,
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token, 'x-api-key': apiKey,
                 'Content-Length': Buffer.byteLength(body) } },
      (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', (e) => { console.error(e.message); resolve(0); });
    req.end(body);
  });
}
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const body = JSON.stringify({ content: fs.readFileSync(file).toString('base64'), contentType: 'application/pdf' });
    const status = await post(body);
    if (status >= 200 && status < 300) ok++; else bad++;
  }
}
Promise.all(Array.from({ length: +conc }, worker)).then(() => {
  console.log(JSON.stringify({ ok, bad }));
  agent.destroy();
});
)JS";

QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.toInt());
    return out;
}

void runThroughput(const QCommandLineParser &parser, const QString &self, const QString &tmp)
{
    const int count = parser.value(u"count"_s).toInt();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const qint64 sizeBytes = parser.value(u"size-kb"_s).toLongLong() * 1024;
    const QList<int> concurrencies = intList(parser.value(u"concurrency"_s));
    const QStringList clients = parser.value(u"clients"_s).split(u',', Qt::SkipEmptyParts);

    Work work;
    work.self = self;
    work.tmp = tmp;
    work.dir = tmp + u"/files"_s;
    std::printf("Generating %d distinct PDFs of %lld KiB and their pre-encoded bodies in %s ...\n", count,
                sizeBytes / 1024, qPrintable(tmp));
    std::fflush(stdout);
    if (!writeFiles(work.dir, count, sizeBytes, &work.files))
        qFatal("cannot write the files");
    QDir().mkpath(tmp + u"/bodies"_s);
    for (int i = 0; i < work.files.size(); ++i) {
        QFile in(work.files.at(i));
        in.open(QIODevice::ReadOnly);
        const QString path = tmp + u"/bodies/b%1.json"_s.arg(i, 5, 10, QLatin1Char('0'));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write("{\"content\":\"" + in.readAll().toBase64() + "\",\"contentType\":\"application/pdf\"}");
        work.bodies.append(path);
    }
    work.nodeScript = tmp + u"/nodeclient.js"_s;
    {
        QFile script(work.nodeScript);
        script.open(QIODevice::WriteOnly);
        script.write(kNodeClient);
    }

    // results[client][concurrency] = samples
    std::map<QString, std::map<int, std::vector<Sample>>> results;
    int serial = 0;
    for (int run = 0; run < runs; ++run) {
        for (int c : concurrencies) {
            for (const QString &client : clients) {
                const std::optional<Sample> s = runOnce(client, c, work, serial++);
                if (s) {
                    results[client][c].push_back(*s);
                    std::printf("  run %d  %-6s c=%d  %7.2f s  %6.1f docs/s  client CPU %5.2f s\n", run + 1,
                                qPrintable(client), c, s->seconds, count / s->seconds, s->clientCpu);
                    std::fflush(stdout);
                }
            }
        }
    }
    QDir(tmp + u"/bodies"_s).removeRecursively();
    QDir(work.dir).removeRecursively();

    const double mb = double(sizeBytes) * count / 1e6;
    std::printf("\nThroughput: %d files of %lld KiB, median of %d runs (spread min–max of docs/s), a fresh "
                "emulator per client and run\n",
                count, sizeBytes / 1024, runs);
    std::printf("%-7s %4s %9s %15s %8s %9s %11s %12s\n", "client", "c", "docs/s", "(spread)", "MB/s",
                "ms/doc", "client CPU", "server ceil");
    std::map<QString, std::map<int, double>> medianRate;
    for (const QString &client : clients) {
        for (int c : concurrencies) {
            const auto &samples = results[client][c];
            if (samples.empty()) {
                std::printf("%-7s %4d   (failed)\n", qPrintable(client), c);
                continue;
            }
            std::vector<double> rates, cpus, ceilings;
            for (const Sample &s : samples) {
                rates.push_back(count / s.seconds);
                cpus.push_back(s.clientCpu);
                ceilings.push_back(s.serverCpuPerDoc > 0 ? 1.0 / s.serverCpuPerDoc : 0);
            }
            const double rate = benchMedian(rates);
            medianRate[client][c] = rate;
            const auto [lo, hi] = std::minmax_element(rates.begin(), rates.end());
            std::printf("%-7s %4d %9.1f %7.1f–%-7.1f %8.1f %9.1f %9.2f s %9.0f/s\n", qPrintable(client), c,
                        rate, *lo, *hi, rate * mb / count, 1000.0 / rate, benchMedian(cpus),
                        benchMedian(ceilings));
        }
    }
    std::printf("(server ceil = 1 / the emulator's CPU seconds per document in that run: no client can go "
                "faster)\n\nRatios (median docs/s; goal: engine ≥ 0.8× curl and ≥ 1.5× node at every "
                "concurrency)\n");
    for (int c : concurrencies) {
        const double e = medianRate[u"engine"_s][c];
        const double cu = medianRate[u"curl"_s][c];
        const double n = medianRate[u"node"_s][c];
        std::printf("  c=%d  engine/curl %5.2f   engine/node %5.2f   node/curl %5.2f\n", c,
                    cu > 0 ? e / cu : 0, n > 0 ? e / n : 0, cu > 0 ? n / cu : 0);
    }
    std::fflush(stdout);
}

void runMemory(const QCommandLineParser &parser, const QString &self, const QString &tmp)
{
    const qint64 sizeBytes = parser.value(u"memory-size-kb"_s).toLongLong() * 1024;
    std::printf("\nPeak memory of the engine process uploading files of %lld KiB (concurrency 4, own "
                "process, ru_maxrss; baseline = its RSS before any file was added)\n",
                sizeBytes / 1024);
    QList<qint64> peaks;
    for (int count : intList(parser.value(u"memory-counts"_s))) {
        const QString dir = tmp + u"/mem%1"_s.arg(count);
        QStringList files;
        if (!writeFiles(dir, count, sizeBytes, &files))
            qFatal("cannot write the files");
        Emulator emulator;
        QString error;
        if (!emulator.start(&error))
            qFatal("emulator: %s", qPrintable(error));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LAS_CLIENT_ID"_s, emulator.process.clientId());
        env.insert(u"LAS_CLIENT_SECRET"_s, emulator.process.clientSecret());
        env.insert(u"LAS_API_KEY"_s, emulator.process.apiKey());
        env.insert(u"LAS_AUTH_ENDPOINT"_s, emulator.process.authEndpoint());
        env.insert(u"LAS_API_ENDPOINT"_s, emulator.process.apiUrl().toString());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        p.start(self, {u"--engine-child"_s, dir, tmp + u"/mem%1.sqlite"_s.arg(count), u"4"_s});
        p.waitForFinished(-1);
        const double seconds = double(clock.elapsed()) / 1000;
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const qint64 created = emulator.documentsCreated();
        emulator.process.stop();
        QDir(dir).removeRecursively();
        const qint64 peak = o.value(u"peakKb"_s).toInteger();
        peaks.append(peak);
        std::printf(
            "  %5d files: peak %7.1f MB, baseline %6.1f MB, %lld uploaded (emulator: %lld), %.1f s%s\n",
            count, double(peak) / 1024, double(o.value(u"baselineKb"_s).toInteger()) / 1024,
            o.value(u"done"_s).toInteger(), created, seconds,
            p.exitCode() == 0 && created == count ? "" : "  FAILED");
        std::fflush(stdout);
    }
    if (peaks.size() >= 2 && peaks.first() > 0)
        std::printf("  growth %d→%d files: %+.1f %% (goal: within 10 %%, each under 200 MB)\n",
                    intList(parser.value(u"memory-counts"_s)).first(),
                    intList(parser.value(u"memory-counts"_s)).last(),
                    100.0 * double(peaks.last() - peaks.first()) / double(peaks.first()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"--engine-child"_s)
        return runEngineChild(app, args.at(2), args.at(3), args.at(4).toInt());
    if (args.size() > 5 && args.at(1) == u"--qt-child"_s)
        return runQtChild(app, args.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Bulk upload benchmark: UploadEngine vs curl vs node, and peak memory"_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"count"_s, u"Files per throughput run (default 500)."_s, u"N"_s, u"500"_s},
        {u"runs"_s, u"Runs per client and concurrency (median, spread; default 3)."_s, u"N"_s, u"3"_s},
        {u"concurrency"_s, u"Concurrencies (default 1,4,8)."_s, u"LIST"_s, u"1,4,8"_s},
        {u"size-kb"_s, u"File size for throughput (default 1024)."_s, u"KB"_s, u"1024"_s},
        {u"clients"_s, u"Clients (default engine,curl,node)."_s, u"LIST"_s, u"engine,curl,node"_s},
        {u"memory-counts"_s, u"File counts of the memory runs (default 100,1000)."_s, u"LIST"_s,
         u"100,1000"_s},
        {u"memory-size-kb"_s, u"File size of the memory runs (default 4096)."_s, u"KB"_s, u"4096"_s},
        {u"no-memory"_s, u"Skip the memory runs."_s},
        {u"no-throughput"_s, u"Skip the throughput runs."_s},
    });
    parser.process(app);

    QTemporaryDir tmp(QDir::tempPath() + u"/uploadbench-XXXXXX"_s);
    if (!tmp.isValid())
        qFatal("no temporary folder");
    std::printf("uploadbench: %ld CPUs\n", sysconf(_SC_NPROCESSORS_ONLN));
    if (!parser.isSet(u"no-throughput"_s))
        runThroughput(parser, app.applicationFilePath(), tmp.path());
    if (!parser.isSet(u"no-memory"_s))
        runMemory(parser, app.applicationFilePath(), tmp.path());
    return 0;
}
