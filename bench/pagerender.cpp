// pagerender: how fast the viewer's pipeline renders an invoice page, next to pdftoppm (poppler) on the
// same page at the same resolution, and how much memory rendering every page of a 300-page PDF takes next
// to the render cache's budget (1 page vs 300 pages, each in its own process).
//
//   pagerender [--pdf FILE] [--page N] [--dpi N] [--runs N] [--budget-mb N]
//
// Prints figures; asserts nothing.
#include "core/viewer/pagerenderer.h"
#include "core/viewer/viewerdocument.h"
#include "procstatus.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QString spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? QString()
               : QStringLiteral("%1–%2").arg(values.first(), 0, 'f', 1).arg(values.last(), 0, 'f', 1);
}

// Peak RSS of this process in kB: VmHWM, which exec() resets (getrusage's ru_maxrss keeps the value the
// parent had when it forked, so a child started by a big parent would report the parent's size).
long peakRssKb()
{
    if (const qint64 kb = procStatusKb("VmHWM"); kb >= 0)
        return long(kb);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Renders `keys` with a PageRenderer and waits until it is idle.
void renderAll(PageRenderer &renderer, const QList<RenderKey> &keys)
{
    QEventLoop loop;
    QObject::connect(&renderer, &PageRenderer::idle, &loop, &QEventLoop::quit);
    renderer.setWanted(PageRenderer::Lane::View, keys);
    if (!renderer.isIdle())
        loop.exec();
}

QSize sizeAt(const ViewerDocument &document, int page, int dpi)
{
    const QSizeF points = document.pageSize(page);
    return QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
}

// Child mode: open `pdf`, render every page (or none) at `dpi` through a cache of `budgetMb`, print the
// peak RSS in kB.
int scrollChild(const QString &pdf, int dpi, int budgetMb, bool render)
{
    const auto result = ViewerDocument::load(pdf);
    if (result.document.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.errorMessage));
        return 1;
    }
    PageRenderer renderer(qint64(budgetMb) << 20);
    renderer.setDocument(result.document);
    if (render) {
        // As a reader scrolling: the visible page and the next two, page after page.
        const int pages = result.document.pageCount();
        for (int page = 0; page < pages; ++page) {
            QList<RenderKey> keys;
            for (int p = page; p < qMin(pages, page + 3); ++p)
                keys.append({p, sizeAt(result.document, p, dpi), 0});
            renderAll(renderer, keys);
        }
    }
    std::printf("%ld %lld %d\n", peakRssKb(), renderer.cache().peakBytes(), renderer.renderedCount());
    return 0;
}

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
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
        painter.drawText(QPointF(72, 120), QStringLiteral("Invoice page %1").arg(i + 1));
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(72, 170 + line * 15),
                             QStringLiteral("Line %1   Item %2   Quantity %3   Amount %4.%5")
                                 .arg(line + 1)
                                 .arg(i * 40 + line)
                                 .arg(line % 7 + 1)
                                 .arg(100 + line * 3)
                                 .arg(line * 7 % 100, 2, 10, QLatin1Char('0')));
        painter.drawRect(QRectF(60, 150, 475, 620));
    }
    painter.end();
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 6 && qstrcmp(argv[1], "--scroll-child") == 0) {
        QCoreApplication app(argc, argv);
        return scrollChild(QString::fromLocal8Bit(argv[2]), atoi(argv[3]), atoi(argv[4]),
                           qstrcmp(argv[5], "1") == 0);
    }
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("PDF to render"),
                                 QStringLiteral("file"),
                                 QStringLiteral(LAS_SAMPLES_DIR "/invoices/AmazonWebServices.pdf"));
    QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("page (from 1)"),
                                  QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption dpiOption(QStringLiteral("dpi"), QStringLiteral("resolution"), QStringLiteral("n"),
                                 QStringLiteral("150"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per figure"),
                                  QStringLiteral("n"), QStringLiteral("9"));
    QCommandLineOption budgetOption(QStringLiteral("budget-mb"), QStringLiteral("render cache budget"),
                                    QStringLiteral("n"), QStringLiteral("64"));
    parser.addOptions({pdfOption, pageOption, dpiOption, runsOption, budgetOption});
    parser.process(app);
    const QString pdf = parser.value(pdfOption);
    const int page = qMax(1, parser.value(pageOption).toInt()) - 1;
    const int dpi = qBound(10, parser.value(dpiOption).toInt(), 1200);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int budgetMb = qMax(1, parser.value(budgetOption).toInt());

    // --- (a) one page: our pipeline vs pdftoppm ---
    const auto opened = ViewerDocument::load(pdf);
    if (opened.document.isNull()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(pdf), qPrintable(opened.errorMessage));
        return 1;
    }
    const QSize size = sizeAt(opened.document, page, dpi);
    std::printf("page %d of %s at %d dpi = %dx%d pixels, %d runs each (median, min–max)\n", page + 1,
                qPrintable(pdf), dpi, size.width(), size.height(), runs);

    QList<double> renderOnly;
    QList<double> openAndRender;
    for (int run = 0; run < runs; ++run) {
        {
            PageRenderer renderer(256 << 20);
            renderer.setDocument(opened.document);
            QElapsedTimer timer;
            timer.start();
            renderAll(renderer, {{page, size, 0}});
            renderOnly << timer.nsecsElapsed() / 1e6;
        }
        QElapsedTimer timer;
        timer.start();
        const auto fresh = ViewerDocument::load(pdf);
        PageRenderer renderer(256 << 20);
        renderer.setDocument(fresh.document);
        renderAll(renderer, {{page, size, 0}});
        openAndRender << timer.nsecsElapsed() / 1e6;
    }

    // A bare QPdfDocument load + render on this thread: what our pipeline adds (checks, worker hop, white
    // paper, cache) on top of QtPdf itself.
    QList<double> bare;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QPdfDocument document;
        document.load(pdf);
        const QImage image = document.render(page, size);
        bare << timer.nsecsElapsed() / 1e6;
        if (image.isNull())
            std::printf("bare QPdfDocument render failed\n");
    }

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QList<double> poppler;
    QTemporaryDir scratch;
    if (pdftoppm.isEmpty()) {
        std::printf(
            "pdftoppm not found (apt-get install -y --no-install-recommends poppler-utils): no baseline\n");
    } else {
        for (int run = 0; run < runs; ++run) {
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(pdftoppm,
                          {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                           QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1), pdf,
                           scratch.filePath(QStringLiteral("out"))});
            process.waitForFinished(60000);
            poppler << timer.nsecsElapsed() / 1e6;
            if (process.exitCode() != 0)
                std::printf("pdftoppm failed: %s\n", process.readAllStandardError().constData());
        }
    }
    std::printf("  ours, render only (cached document, worker thread, into the cache): %8.1f ms  (%s)\n",
                median(renderOnly), qPrintable(spread(renderOnly)));
    std::printf("  ours, open + render (parse the file, render):                        %8.1f ms  (%s)\n",
                median(openAndRender), qPrintable(spread(openAndRender)));
    std::printf("  bare QPdfDocument load + render on the calling thread:              %8.1f ms  (%s)\n",
                median(bare), qPrintable(spread(bare)));
    std::printf("  ratio ours(open + render) / bare QPdfDocument: %.2f\n",
                median(openAndRender) / median(bare));
    if (!poppler.isEmpty()) {
        std::printf(
            "  pdftoppm -r %d, one page to PPM (process start + parse + render + write): %8.1f ms  (%s)\n",
            dpi, median(poppler), qPrintable(spread(poppler)));
        std::printf("  ratio ours(open + render) / pdftoppm: %.2f;  ours(render only) / pdftoppm: %.2f\n",
                    median(openAndRender) / median(poppler), median(renderOnly) / median(poppler));
    }

    // --- (b) peak memory rendering every page, 1 vs 300 pages, in child processes ---
    const int scrollDpi = 96; // fit width on a ~800 px wide pane: about 0.8 × 1.1 k pixels, 3.4 MB a page
    std::printf(
        "\nrendering every page at %d dpi (as when scrolling end to end), render cache budget %d MB:\n",
        scrollDpi, budgetMb);
    for (int pages : {1, 300}) {
        const QString path = scratch.filePath(QStringLiteral("pages-%1.pdf").arg(pages));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generatedPdf(pages)) < 0)
            return 1;
        file.close();
        long rss[2] = {0, 0};
        qint64 cachePeak = 0;
        int rendered = 0;
        for (int render : {0, 1}) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--scroll-child"), path, QString::number(scrollDpi),
                         QString::number(budgetMb), QString::number(render)});
            child.waitForFinished(600000);
            const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
            if (fields.size() != 3) {
                std::printf("  child failed: %s\n", child.readAllStandardError().constData());
                continue;
            }
            rss[render] = fields[0].toLong();
            if (render) {
                cachePeak = fields[1].toLongLong();
                rendered = fields[2].toInt();
            }
        }
        std::printf("  %3d pages: peak RSS %6.1f MB (open only: %6.1f MB; growth from rendering %6.1f MB); "
                    "cache peak %5.1f MB of %d MB; %d renders\n",
                    pages, rss[1] / 1024.0, rss[0] / 1024.0, (rss[1] - rss[0]) / 1024.0,
                    cachePeak / 1048576.0, budgetMb, rendered);
    }
    return 0;
}
