// boxespainted: for the five sample invoices, the time from a document's open to the boxes of its expected
// values located (ValueLocator on a fresh text layer), next to the bare render of the same page in the
// same run (open + QPdfDocument render at the same resolution). The goal: locating costs less than the
// render. Also prints where each expected value was placed, and with --png DIR writes every page with the
// boxes drawn (best: solid, runners-up: dashed) so the placements can be checked by eye.
//
//   boxespainted [--runs N] [--dpi N] [--png DIR] [--samples DIR]
//
// Prints figures; asserts nothing.
#include "core/fields/valuelocator.h"
#include "core/viewer/viewerdocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

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
    return values.isEmpty() ? QString()
                            : u"%1–%2"_s.arg(values.first(), 0, 'f', 1).arg(values.last(), 0, 'f', 1);
}

// The expected values of a sample, as requests: every top-level scalar (and every string of a top-level
// array) except "desc", which invoice2data writes and the invoice does not.
QList<LocateRequest> expectedRequests(const QString &jsonPath)
{
    QList<LocateRequest> out;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"desc"_s)
            continue;
        auto add = [&](const QJsonValue &v) {
            if (v.isString())
                out.append({it.key(), v.toString(), std::nullopt, std::nullopt});
            else if (v.isDouble())
                out.append({it.key(), QString::number(v.toDouble(), 'g', 15), std::nullopt, std::nullopt});
        };
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                add(v);
        } else {
            add(it.value());
        }
    }
    return out;
}

QSize sizeAt(const ViewerDocument &document, int page, int dpi)
{
    const QSizeF points = document.pageSize(page);
    return QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
}

void writePng(const ViewerDocument &document, const QList<LocatedValue> &values, const QString &path, int dpi)
{
    for (int page = 0; page < document.pageCount(); ++page) {
        QImage image = document.render(page, sizeAt(document, page, dpi), 0);
        if (image.isNull())
            continue;
        image = image.convertToFormat(QImage::Format_ARGB32);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(dpi / 72.0, dpi / 72.0);
        QFont font = painter.font();
        font.setPixelSize(6);
        painter.setFont(font);
        for (const LocatedValue &v : values) {
            auto draw = [&](const LocatedValue::Candidate &c, bool best) {
                if (c.page != page)
                    return;
                QPen pen(best ? (v.status == LocatedValue::Status::Ambiguous ? QColor(230, 120, 0)
                                                                             : QColor(0, 160, 0))
                              : QColor(200, 0, 0));
                pen.setWidthF(0.8);
                pen.setStyle(best ? Qt::SolidLine : Qt::DashLine);
                painter.setPen(pen);
                for (const QRectF &r : c.rects)
                    painter.drawRect(r.adjusted(-1, -1, 1, 1));
                if (best)
                    painter.drawText(c.boundingRect().topLeft() + QPointF(0, -1.5), v.request.label);
            };
            if (v.hasPosition())
                draw(v.best, true);
            for (const LocatedValue::Candidate &c : v.runnersUp)
                draw(c, false);
        }
        painter.end();
        image.save(u"%1-p%2.png"_s.arg(path).arg(page + 1));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Time from open to boxes located vs the bare page render."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"runs per document"_s, u"n"_s, u"9"_s);
    const QCommandLineOption dpiOption(u"dpi"_s, u"render resolution"_s, u"n"_s, u"150"_s);
    const QCommandLineOption pngOption(u"png"_s, u"write pages with boxes drawn into this folder"_s,
                                       u"dir"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"sample invoices folder"_s, u"dir"_s,
                                           QStringLiteral(LAS_SAMPLES_DIR "/invoices"));
    parser.addOptions({runsOption, dpiOption, pngOption, samplesOption});
    parser.process(app);
    const int runs = qBound(1, parser.value(runsOption).toInt(), 1000);
    const int dpi = qBound(10, parser.value(dpiOption).toInt(), 600);
    const QDir samples(parser.value(samplesOption));
    const QStringList pdfs = samples.entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    if (pdfs.isEmpty()) {
        std::fprintf(stderr, "boxespainted: no PDFs in %s\n", qPrintable(samples.path()));
        return 1;
    }

    std::printf(
        "open -> boxes located (fresh QPdfDocument, text layer, locator) vs open -> page 1 rendered at "
        "%d dpi (bare QPdfDocument), %d runs each, interleaved; median ms (min–max)\n\n",
        dpi, runs);
    std::printf("%-26s %7s %16s %16s %16s %7s\n", "document", "values", "locate", "  of it: text", "render",
                "ratio");
    int total = 0;
    int placed = 0;
    QList<double> ratios;
    QStringList placements;
    for (const QString &name : pdfs) {
        const QString pdfPath = samples.filePath(name);
        const QList<LocateRequest> requests =
            expectedRequests(samples.filePath(QFileInfo(name).completeBaseName() + u".expected.json"_s));
        QList<double> locateMs, textMs, renderMs;
        QList<LocatedValue> last;
        ViewerDocument lastDocument;
        for (int run = 0; run < runs; ++run) {
            {
                QElapsedTimer timer;
                timer.start();
                const ViewerDocument document = ViewerDocument::load(pdfPath).document;
                const TextLayer layer = TextLayer::extract(document);
                textMs.append(timer.nsecsElapsed() / 1e6);
                last = ValueLocator::locateIn(layer, requests);
                locateMs.append(timer.nsecsElapsed() / 1e6);
                lastDocument = document;
            }
            {
                QElapsedTimer timer;
                timer.start();
                QPdfDocument pdf;
                pdf.load(pdfPath);
                const QSizeF points = pdf.pagePointSize(0);
                const QImage image = pdf.render(
                    0, QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0)));
                renderMs.append(timer.nsecsElapsed() / 1e6);
                if (image.isNull())
                    std::fprintf(stderr, "boxespainted: %s: page 1 did not render\n", qPrintable(name));
            }
        }
        const double ratio = median(locateMs) / std::max(1e-9, median(renderMs));
        ratios.append(ratio);
        std::printf("%-26s %7lld %7.1f (%s) %7.1f (%s) %7.1f (%s) %7.2f\n", qPrintable(name),
                    static_cast<long long>(requests.size()), median(locateMs), qPrintable(spread(locateMs)),
                    median(textMs), qPrintable(spread(textMs)), median(renderMs),
                    qPrintable(spread(renderMs)), ratio);
        for (const LocatedValue &v : last) {
            ++total;
            if (v.hasPosition())
                ++placed;
            placements.append(
                u"  %1  %2=%3 -> %4 p%5 \"%6\" near \"%7\" (%8 runner-up)"_s
                    .arg(name, v.request.label, v.request.value, LocatedValue::statusName(v.status))
                    .arg(v.best.page + 1)
                    .arg(v.best.matchedText, v.best.nearLabelText)
                    .arg(v.runnersUp.size()));
        }
        if (parser.isSet(pngOption)) {
            QDir().mkpath(parser.value(pngOption));
            writePng(lastDocument, last,
                     QDir(parser.value(pngOption)).filePath(QFileInfo(name).completeBaseName()), 150);
        }
    }
    std::printf("\nmedian ratio locate/render over the documents: %.2f (goal: below 1)\n", median(ratios));
    std::printf("values given a position: %d of %d (whether on the right words is checked on the PNGs)\n\n",
                placed, total);
    for (const QString &line : placements)
        std::printf("%s\n", qPrintable(line));
    return 0;
}
