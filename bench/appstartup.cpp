// appstartup: how fast las-review starts and shows a page, each figure next to a baseline measured in the
// same run (see ../shared/design/benchmarks.md):
//
//  (a) start → main window shown (first paint), next to a bare QMainWindow shown by this same program;
//  (b) --demo → documents listed (first paint of the list with rows), warm (demo data kept) and cold (fresh
//      data folder: the emulator seeds its invoices first);
//  (c) open → first page painted from the content cache, for a 1-page invoice and page 30 of a 30-page PDF,
//      next to a bare QPdfDocument load + render of the same page at the same pixel size;
//  (d) peak memory (VmHWM) with a 300-page PDF scrolled end to end in the viewer, next to the same viewer
//      showing a 1-page invoice, and the render cache's budget.
//
// (a), (b) and (d) run in child processes of this program (a fresh process each run, so process start,
// Qt's platform plugin and fonts are counted, as a user sees them); the children drive the app's own
// classes — AppController, MainWindow, DemoLauncher, Session, ViewerPane — exactly as app/main.cpp does, so
// the app needs no test-only flag. The time is taken by the parent from spawning the child to the child's
// line on stdout, which the child writes right after the paint that shows the result. (c) runs in-process
// against a real las-emulator.
//
//   appstartup [--runs N] [--cold-runs N]
//
// Run it under xvfb-run (or any display) or with QT_QPA_PLATFORM=offscreen. Prints figures; asserts nothing.
#include "procstatus.h"
#include "shell/documents/documentlistpane.h"
#include "shell/main/appcontroller.h"
#include "shell/main/mainwindow.h"
#include "shell/viewer/pageview.h"
#include "shell/viewer/viewerpane.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/commandline.h"
#include "core/session/demolauncher.h"
#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/viewer/documentcontentcache.h"
#include "core/viewer/pagerenderer.h"
#include "core/viewer/rendercache.h"

#include "api/client.h"
#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_sinceMain;

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QString spreadOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? u"-"_s
                            : u"%1–%2"_s.arg(values.first(), 0, 'f', 0).arg(values.last(), 0, 'f', 0);
}

QString figure(const QList<double> &ms)
{
    return u"%1 ms (spread %2, n=%3)"_s.arg(medianOf(ms), 0, 'f', 0).arg(spreadOf(ms)).arg(ms.size());
}

long peakResidentKb()
{
    return long(procStatusKb("VmHWM"));
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Runs the event loop until done() or the bound; true when done() said so.
bool waitUntil(const std::function<bool()> &done, int boundMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > boundMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents, 20);
    }
    return true;
}

// Calls `then` once, after the first paint of `widget` for which `ready` holds (so the frame that shows the
// result has been drawn).
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready, std::function<void()> then)
        : QObject(widget)
        , m_ready(std::move(ready))
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Paint && m_ready()) {
            m_fired = true;
            QTimer::singleShot(0, this, m_then);
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    bool m_fired = false;
};

QByteArray generatedPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(QFont(u"DejaVu Sans"_s, 28));
        painter.drawText(QPointF(72, 120), u"Invoice page %1"_s.arg(i + 1));
        painter.setFont(QFont(u"DejaVu Sans"_s, 10));
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(72, 170 + line * 15),
                             u"Line %1   Item %2   Quantity %3   Amount %4"_s.arg(line + 1)
                                 .arg(i * 40 + line)
                                 .arg(line % 7 + 1)
                                 .arg(100 + line * 3));
        painter.drawRect(QRectF(60, 150, 475, 620));
    }
    painter.end();
    return bytes;
}

QString firstInvoice()
{
    const QString dir = qEnvironmentVariable("LAS_SAMPLES_DIR", QStringLiteral(LAS_SAMPLES_DIR));
    const QStringList pdfs = QDir(dir + u"/invoices"_s).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    for (const QString &name : pdfs) {
        QPdfDocument probe;
        if (probe.load(dir + u"/invoices/"_s + name) == QPdfDocument::Error::None && probe.pageCount() == 1)
            return dir + u"/invoices/"_s + name;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Child processes

// (a) `--child window app|bare`: prints "shown <ms since main>" after the window's first paint.
int windowChild(bool app, const QString &home)
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<QMainWindow> bare;
    QMainWindow *window = nullptr;
    if (app) {
        settings = std::make_unique<QSettings>(home + u"/las-review.conf"_s, QSettings::IniFormat);
        // A user with a profile file but no profile yet: the window shows "no profile" and asks nothing.
        ProfileStore(settings.get()).setImportOffered(true);
        controller = std::make_unique<AppController>(settings.get());
        controller->start(CommandLine{});
        window = controller->mainWindow();
    } else {
        bare = std::make_unique<QMainWindow>();
        bare->resize(1400, 860);
        bare->show();
        window = bare.get();
    }
    new PaintWatch(
        window, [] { return true; },
        [] {
            say("shown " + QByteArray::number(g_sinceMain.elapsed()));
            QCoreApplication::quit();
        });
    return QApplication::exec();
}

// (b) `--child demo [reset]`: the app's --demo start; prints "ready", "signedin" and "listed <ms> <rows>".
int demoChild(bool reset, const QString &home)
{
    QSettings settings(home + u"/las-review.conf"_s, QSettings::IniFormat);
    AppController controller(&settings);
    CommandLine commandLine;
    commandLine.demo = true;
    commandLine.demoReset = reset;
    controller.start(commandLine);
    QObject::connect(controller.demoLauncher(), &DemoLauncher::ready, &controller,
                     [] { say("ready " + QByteArray::number(g_sinceMain.elapsed())); });
    QObject::connect(controller.demoLauncher(), &DemoLauncher::failed, &controller,
                     [](const QString &message) {
                         say("failed " + message.toUtf8());
                         QCoreApplication::exit(1);
                     });
    QObject::connect(controller.session(), &Session::stateChanged, &controller, [](Session::State state) {
        if (state == Session::State::SignedIn)
            say("signedin " + QByteArray::number(g_sinceMain.elapsed()));
    });
    MainWindow *window = controller.mainWindow();
    DocumentListModel *model = window->documentModel();
    QTableView *view = window->documentPane()->view();
    new PaintWatch(
        view->viewport(), [view, model] { return model->rowCount() > 0 && view->isVisible(); },
        [model] {
            say("listed " + QByteArray::number(g_sinceMain.elapsed()) + ' ' +
                QByteArray::number(model->rowCount()));
            QCoreApplication::quit();
        });
    return QApplication::exec(); // ~AppController stops the emulator
}

// (d) `--child scroll FILE`: the viewer in a window, every page of FILE shown in turn (go to page, wait until
// it is painted); prints "peak <VmHWM kB> <render cache peak bytes> <pages>".
int scrollChild(const QString &file)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *pane = new ViewerPane(nullptr, &window);
    layout->addWidget(pane);
    window.resize(1000, 800);
    window.show();
    pane->openFile(file);
    if (!waitUntil([pane] { return pane->state() == ViewerPane::State::Showing; }, 60000)) {
        say("failed " + pane->message().toUtf8());
        return 1;
    }
    PageView *view = pane->pageView();
    for (int page = 0; page < view->pageCount(); ++page) {
        view->goToPage(page);
        if (!waitUntil([view, page] { return view->isPageRendered(page); }, 30000)) {
            say("failed page " + QByteArray::number(page + 1));
            return 1;
        }
        QCoreApplication::processEvents(); // paint it
    }
    say("peak " + QByteArray::number(qlonglong(peakResidentKb())) + ' ' +
        QByteArray::number(pane->renderer()->cache().peakBytes()) + ' ' +
        QByteArray::number(view->pageCount()));
    return 0;
}

// ---------------------------------------------------------------------------------------------------------
// The parent

struct ChildRun
{
    bool ok = false;
    QHash<QByteArray, double> at;        // line word → ms since spawn (parent's clock)
    QHash<QByteArray, QByteArray> lines; // line word → the rest of the line
    QString error;
};

ChildRun runChild(const QStringList &arguments, const QProcessEnvironment &environment, int boundMs,
                  const QByteArray &lastWord)
{
    ChildRun run;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    QByteArray pending;
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &child, [&] {
        const double now = double(timer.nsecsElapsed()) / 1e6;
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            const QByteArray word = line.split(' ').value(0);
            run.at.insert(word, now);
            run.lines.insert(word, line.mid(word.size() + 1));
        }
    });
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + arguments);
    const bool seen = waitUntil(
        [&] {
            return run.at.contains(lastWord) || run.at.contains("failed") ||
                   child.state() == QProcess::NotRunning;
        },
        boundMs);
    if (!child.waitForFinished(20000)) {
        child.kill();
        child.waitForFinished(5000);
    }
    run.ok = seen && run.at.contains(lastWord);
    if (!run.ok)
        run.error = QString::fromUtf8(run.lines.value("failed", child.readAllStandardError().right(400)));
    return run;
}

QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LAS_REVIEW_EMULATOR"_s, QStringLiteral(LAS_EMULATOR_BIN));
    environment.remove(u"LANG"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LANGUAGE"_s);
    return environment;
}

void windowStart(int runs)
{
    std::printf("\n(a) start → main window shown (fresh process each run; time from spawn to first paint)\n");
    QList<double> app;
    QList<double> bare;
    QList<double> appInside;
    QList<double> bareInside;
    for (int i = 0; i < runs + 1; ++i) { // the first round warms the disk cache and is not counted
        for (const bool isApp : {false, true}) {
            QTemporaryDir home;
            const ChildRun run = runChild({u"window"_s, isApp ? u"app"_s : u"bare"_s, home.path()},
                                          childEnvironment(home.path()), 30000, "shown");
            if (!run.ok) {
                std::printf("  %s child failed: %s\n", isApp ? "app" : "bare", qPrintable(run.error));
                continue;
            }
            if (i == 0)
                continue;
            (isApp ? app : bare).append(run.at.value("shown"));
            (isApp ? appInside : bareInside).append(run.lines.value("shown").toDouble());
        }
    }
    std::printf("  bare QMainWindow:        %s   (of which after main(): %s)\n", qPrintable(figure(bare)),
                qPrintable(figure(bareInside)));
    std::printf("  las-review main window:  %s   (of which after main(): %s)\n", qPrintable(figure(app)),
                qPrintable(figure(appInside)));
    if (!bare.isEmpty() && !app.isEmpty())
        std::printf("  ratio app / bare: %.2f×   (goal ≤ 3×)\n", medianOf(app) / medianOf(bare));
}

void demoStart(int warmRuns, int coldRuns)
{
    std::printf("\n(b) las-review --demo → documents listed (fresh process each run; time from spawn to the "
                "first paint of the list with rows)\n");
    QList<double> cold, coldReady, coldSignedIn;
    QList<double> warm, warmReady, warmSignedIn;
    int rows = 0;
    QTemporaryDir warmHome; // kept between warm runs: the demo data stays, as between a user's runs
    for (int i = 0; i < coldRuns; ++i) {
        QTemporaryDir home;
        const ChildRun run =
            runChild({u"demo"_s, u"reset"_s, home.path()}, childEnvironment(home.path()), 120000, "listed");
        if (!run.ok) {
            std::printf("  cold run failed: %s\n", qPrintable(run.error));
            continue;
        }
        cold.append(run.at.value("listed"));
        coldReady.append(run.at.value("ready"));
        coldSignedIn.append(run.at.value("signedin"));
    }
    // Seed the warm home once (a cold start), then measure starts that find the demo data.
    const ChildRun seed = runChild({u"demo"_s, u"reset"_s, warmHome.path()},
                                   childEnvironment(warmHome.path()), 120000, "listed");
    if (!seed.ok)
        std::printf("  seeding the warm data failed: %s\n", qPrintable(seed.error));
    for (int i = 0; seed.ok && i < warmRuns; ++i) {
        const ChildRun run = runChild({u"demo"_s, u"keep"_s, warmHome.path()},
                                      childEnvironment(warmHome.path()), 60000, "listed");
        if (!run.ok) {
            std::printf("  warm run failed: %s\n", qPrintable(run.error));
            continue;
        }
        warm.append(run.at.value("listed"));
        warmReady.append(run.at.value("ready"));
        warmSignedIn.append(run.at.value("signedin"));
        rows = run.lines.value("listed").split(' ').value(1).toInt();
    }
    std::printf("  warm (demo data kept):   %s   (goal < 500 ms)\n", qPrintable(figure(warm)));
    std::printf("      emulator ready %s, signed in %s\n", qPrintable(figure(warmReady)),
                qPrintable(figure(warmSignedIn)));
    std::printf("  cold (fresh data, seeds the demo invoices): %s   (goal < 3000 ms)\n",
                qPrintable(figure(cold)));
    std::printf("      emulator ready %s, signed in %s\n", qPrintable(figure(coldReady)),
                qPrintable(figure(coldSignedIn)));
    std::printf("  rows in the first page shown: %d\n", rows);
    if (!warm.isEmpty() && !cold.isEmpty())
        std::printf("  ratios: warm / 500 ms goal %.2f, cold / 3000 ms goal %.2f\n", medianOf(warm) / 500,
                    medianOf(cold) / 3000);
}

// (c): one timed open of `documentId` in a fresh viewer window, until page `page` (0-based) is painted.
// Returns ms and sets *size to the pixel size the page was rendered at.
struct OpenTimes
{
    double showing = -1;  // the document parsed and laid out
    double rendered = -1; // the page image ready
    double painted = -1;  // ... and painted
};

OpenTimes timedOpen(DocumentContentCache *cache, const QString &documentId, int page, QSize *size)
{
    OpenTimes times;
    QElapsedTimer timer;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pane = new ViewerPane(cache, &window);
    layout->addWidget(pane);
    window.resize(1000, 800);
    window.show();
    waitUntil([&window] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 5000);
    QCoreApplication::processEvents();

    QSize renderedSize;
    QObject::connect(pane->renderer(), &PageRenderer::pageRendered, pane,
                     [&renderedSize, &times, &timer, page](const RenderKey &key) {
                         if (key.page == page) {
                             renderedSize = key.size;
                             times.rendered = double(timer.nsecsElapsed()) / 1e6;
                         }
                     });
    QObject::connect(pane, &ViewerPane::stateChanged, pane,
                     [pane, page, &times, &timer](ViewerPane::State state) {
                         if (state != ViewerPane::State::Showing)
                             return;
                         times.showing = double(timer.nsecsElapsed()) / 1e6;
                         if (page > 0)
                             pane->pageView()->goToPage(page);
                     });
    bool painted = false;
    new PaintWatch(
        pane->pageView()->viewport(), [pane, page] { return pane->pageView()->isPageRendered(page); },
        [&] {
            times.painted = double(timer.nsecsElapsed()) / 1e6;
            painted = true;
        });
    timer.start();
    pane->openDocument(documentId);
    if (!waitUntil([&painted] { return painted; }, 30000))
        return {};
    *size = renderedSize;
    return times;
}

double bareRender(const QString &path, int page, QSize size)
{
    QElapsedTimer timer;
    timer.start();
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return -1;
    const QImage image = document.render(page, size);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return image.isNull() ? -1 : ms;
}

bool createDocument(las::Client &client, const QByteArray &content, QString *id)
{
    auto *reply = client.createDocument(content, las::ContentType::Pdf);
    reply->setAutoDelete(false);
    std::unique_ptr<las::Reply> owner(reply);
    waitUntil([reply] { return reply->isFinished(); }, 60000);
    if (!reply->isSuccess()) {
        std::printf("  creating a document failed: %s\n", qPrintable(reply->error().toString()));
        return false;
    }
    *id = reply->result().documentId;
    return true;
}

void openFromCache(int runs)
{
    std::printf("\n(c) open → page painted, from the content cache (in-process, viewer 1000×800, fit width), "
                "next to a bare QPdfDocument load + render of the same page at the same size\n");
    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({}, &error)) {
        std::printf("  emulator: %s\n", qPrintable(error));
        return;
    }
    las::Client client(emulatorCredentials(emulator));

    const QString invoicePath = firstInvoice();
    QFile invoice(invoicePath);
    if (invoicePath.isEmpty() || !invoice.open(QIODevice::ReadOnly)) {
        std::printf("  no 1-page invoice under %s/invoices\n", LAS_SAMPLES_DIR);
        return;
    }
    struct Case
    {
        QString name;
        QByteArray content;
        int page;
        QString id;
    };
    QList<Case> cases{
        {u"1-page invoice (%1), page 1"_s.arg(QFileInfo(invoicePath).fileName()), invoice.readAll(), 0, {}},
        {u"30-page PDF, page 30"_s, generatedPdf(30), 29, {}}};
    QTemporaryDir cacheDir;
    DocumentContentCache cache(&client, cacheDir.path(), 512LL << 20);
    for (Case &c : cases) {
        if (!createDocument(client, c.content, &c.id))
            return;
        QSize size;
        if (timedOpen(&cache, c.id, c.page, &size).painted < 0 ||
            !cache.contains(c.id)) { // downloads into the cache
            std::printf("  first open of %s failed\n", qPrintable(c.name));
            return;
        }
    }
    emulator.stop(); // from here on everything comes from the cache
    cache.setClient(nullptr);

    for (const Case &c : cases) {
        QList<double> viewer;
        QList<double> showing;
        QList<double> rendered;
        QList<double> bare;
        QSize size;
        const QString path = cache.cachedPath(c.id);
        for (int i = 0; i < runs + 1; ++i) { // the first of each is a warm-up
            QSize renderedSize;
            const OpenTimes v = timedOpen(&cache, c.id, c.page, &renderedSize);
            if (v.painted < 0 || renderedSize.isEmpty()) {
                std::printf("  %s: the viewer did not paint the page\n", qPrintable(c.name));
                break;
            }
            size = renderedSize;
            const double b = bareRender(path, c.page, size);
            if (i == 0)
                continue;
            viewer.append(v.painted);
            showing.append(v.showing);
            rendered.append(v.rendered);
            bare.append(b);
        }
        std::printf("  %s at %d×%d px:\n", qPrintable(c.name), size.width(), size.height());
        std::printf("    viewer (open → painted):      %s\n", qPrintable(figure(viewer)));
        std::printf("      of which: document shown (loaded off-thread, laid out) %s, page image ready %s\n",
                    qPrintable(figure(showing)), qPrintable(figure(rendered)));
        std::printf("    bare QPdfDocument load+render: %s\n", qPrintable(figure(bare)));
        if (!viewer.isEmpty() && !bare.isEmpty())
            std::printf("    ratio viewer / bare: %.2f×   (goal ≤ 2×)\n", medianOf(viewer) / medianOf(bare));
    }
}

void scrollMemory(int runs)
{
    std::printf("\n(d) peak memory (VmHWM of a child process), the viewer in a 1000×800 window, every page "
                "gone to and painted\n");
    QTemporaryDir dir;
    const QString big = dir.filePath(u"300.pdf"_s);
    QFile file(big);
    if (!file.open(QIODevice::WriteOnly) || file.write(generatedPdf(300)) < 0)
        return;
    file.close();
    const QString invoice = firstInvoice();
    QList<double> small, large;
    qint64 cachePeak = 0;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        for (const QString &pdf : {invoice, big}) {
            const ChildRun run =
                runChild({u"scroll"_s, pdf}, QProcessEnvironment::systemEnvironment(), 600000, "peak");
            if (!run.ok) {
                std::printf("  scroll child failed: %s\n", qPrintable(run.error));
                continue;
            }
            const QList<QByteArray> parts = run.lines.value("peak").split(' ');
            (pdf == big ? large : small).append(parts.value(0).toDouble() / 1024);
            if (pdf == big) {
                cachePeak = parts.value(1).toLongLong();
                pages = parts.value(2).toInt();
            }
        }
    }
    const auto mb = [](const QList<double> &v) {
        std::vector<double> s(v.begin(), v.end());
        std::sort(s.begin(), s.end());
        return u"%1 MB (spread %2–%3, n=%4)"_s.arg(medianOf(v), 0, 'f', 0)
            .arg(s.empty() ? 0 : s.front(), 0, 'f', 0)
            .arg(s.empty() ? 0 : s.back(), 0, 'f', 0)
            .arg(v.size());
    };
    std::printf("  1-page invoice shown:            %s\n", qPrintable(mb(small)));
    std::printf("  300-page PDF scrolled to the end: %s (%d pages)\n", qPrintable(mb(large)), pages);
    std::printf("  render cache: peak %.0f MB of a %lld MB budget\n", double(cachePeak) / (1 << 20),
                ViewerPane::DefaultRenderCacheBytes >> 20);
    if (!small.isEmpty() && !large.isEmpty())
        std::printf("  growth 300 pages vs 1 page: %+.0f MB (%.2f× the 1-page process; budget %lld MB)\n",
                    medianOf(large) - medianOf(small), medianOf(large) / medianOf(small),
                    ViewerPane::DefaultRenderCacheBytes >> 20);
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"las-review"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--child"_s) {
        const QString mode = args.value(2);
        if (mode == u"window"_s)
            return windowChild(args.value(3) == u"app"_s, args.value(4));
        if (mode == u"demo"_s)
            return demoChild(args.value(3) == u"reset"_s, args.value(4));
        if (mode == u"scroll"_s)
            return scrollChild(args.value(3));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(u"las-review start-up, open and memory figures with their baselines."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per figure (default 7)."_s, u"N"_s, u"7"_s);
    const QCommandLineOption coldOption(u"cold-runs"_s, u"Cold demo starts (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption memoryOption(u"memory-runs"_s, u"Runs of (d) (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption sectionsOption(u"sections"_s, u"Which of (a)-(d) to run (default abcd)."_s,
                                            u"LETTERS"_s, u"abcd"_s);
    parser.addOptions({runsOption, coldOption, memoryOption, sectionsOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    std::printf("appstartup: platform %s, %d runs per figure (medians, spread min–max)\n",
                qPrintable(QGuiApplication::platformName()), runs);
    const QString sections = parser.value(sectionsOption);
    if (sections.contains(u'a'))
        windowStart(runs);
    if (sections.contains(u'b'))
        demoStart(runs, qMax(1, parser.value(coldOption).toInt()));
    if (sections.contains(u'c'))
        openFromCache(runs);
    if (sections.contains(u'd'))
        scrollMemory(qMax(1, parser.value(memoryOption).toInt()));
    return 0;
}
