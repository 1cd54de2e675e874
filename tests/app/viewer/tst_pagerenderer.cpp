// PageRenderer: renders off the GUI thread into its bounded cache; new wishes replace old ones.
#include "core/viewer/pagerenderer.h"
#include "core/viewer/pagethumbnailmodel.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestPageRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ViewerDocument m_document;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("300.pdf"));
        QVERIFY(testfiles::write(path, testfiles::pdfWithPages(300)));
        const auto result = ViewerDocument::load(path);
        QVERIFY2(!result.document.isNull(), qPrintable(result.errorMessage));
        QCOMPARE(result.document.pageCount(), 300);
        m_document = result.document;
    }

    void rendersWhatIsWanted()
    {
        PageRenderer renderer(64 << 20);
        renderer.setDocument(m_document);
        QSignalSpy rendered(&renderer, &PageRenderer::pageRendered);
        QSignalSpy idle(&renderer, &PageRenderer::idle);
        const RenderKey a{0, QSize(300, 424), 0};
        const RenderKey b{1, QSize(424, 300), 90};
        renderer.setWanted(PageRenderer::Lane::View, {a, b});
        QVERIFY(!renderer.isIdle());
        QTRY_VERIFY_WITH_TIMEOUT(renderer.isIdle(), 20000);
        QCOMPARE(rendered.count(), 2);
        QCOMPARE(rendered.at(0).at(0).value<RenderKey>(), a);
        QCOMPARE(renderer.cache().find(b).size(), QSize(424, 300));
        // Asking again for cached pages renders nothing.
        renderer.setWanted(PageRenderer::Lane::View, {a, b});
        QVERIFY(renderer.isIdle());
        QCOMPARE(renderer.renderedCount(), 2);
    }

    void newWishReplacesTheBacklog()
    {
        PageRenderer renderer(64 << 20);
        renderer.setDocument(m_document);
        QList<RenderKey> all;
        for (int page = 0; page < 100; ++page)
            all.append({page, QSize(200, 283), 0});
        renderer.setWanted(PageRenderer::Lane::View, all);
        // Scrolled on: only page 299 is wanted now.
        renderer.setWanted(PageRenderer::Lane::View, {{299, QSize(200, 283), 0}});
        QTRY_VERIFY_WITH_TIMEOUT(renderer.isIdle(), 20000);
        QVERIFY(renderer.cache().contains({299, QSize(200, 283), 0}));
        QVERIFY2(renderer.renderedCount() <= 2, qPrintable(QString::number(renderer.renderedCount())));
    }

    void cacheBoundHoldsScrollingThroughAllPages()
    {
        const qint64 budget = 8 << 20;
        PageRenderer renderer(budget);
        renderer.setDocument(m_document);
        const QSize size(595, 842); // 100 % at 72 dpi: about 2 MB a page
        qint64 largest = 0;
        for (int page = 0; page < 300; page += 3) {
            renderer.setWanted(PageRenderer::Lane::View,
                               {{page, size, 0}, {page + 1, size, 0}, {page + 2, size, 0}});
            QTRY_VERIFY_WITH_TIMEOUT(renderer.isIdle(), 20000);
            largest = qMax(largest, renderer.cache().usedBytes());
            QVERIFY(renderer.cache().usedBytes() <= budget);
        }
        QCOMPARE(renderer.renderedCount(), 300);
        QVERIFY(renderer.cache().peakBytes() <= budget);
        QVERIFY(largest > budget / 2); // the budget was used, not just respected by rendering nothing
    }

    void viewLaneGoesFirst()
    {
        PageRenderer renderer(64 << 20);
        renderer.setDocument(m_document);
        QList<RenderKey> order;
        connect(&renderer, &PageRenderer::pageRendered, this,
                [&order](const RenderKey &key) { order.append(key); });
        renderer.setWanted(PageRenderer::Lane::Thumbnails,
                           {{10, QSize(96, 136), 0}, {11, QSize(96, 136), 0}});
        renderer.setWanted(PageRenderer::Lane::View, {{50, QSize(300, 424), 0}});
        QTRY_VERIFY_WITH_TIMEOUT(renderer.isIdle(), 20000);
        QCOMPARE(order.size(), 3);
        // The first thumbnail may already have started; the view page comes before the second.
        QVERIFY(order.indexOf(RenderKey{50, QSize(300, 424), 0}) <= 1);
        QCOMPARE(order.last(), (RenderKey{11, QSize(96, 136), 0}));
    }

    void thumbnailsRenderOnDemand()
    {
        PageRenderer renderer(64 << 20);
        renderer.setDocument(m_document);
        PageThumbnailModel model(&renderer);
        model.setThumbnailWidth(80);
        model.reset();
        QCOMPARE(model.rowCount(), 300);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QImage placeholder = model.data(model.index(7), Qt::DecorationRole).value<QImage>();
        QCOMPARE(placeholder.width(), 80);
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(renderer.isIdle(), 20000);
        QCOMPARE(renderer.renderedCount(), 1); // only the row asked for
        const QImage thumbnail = model.data(model.index(7), Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(80, 113));
        QVERIFY(thumbnail != placeholder);
    }

    void destroyingWhileRenderingIsSafe()
    {
        auto *renderer = new PageRenderer(64 << 20);
        renderer->setDocument(m_document);
        renderer->setWanted(PageRenderer::Lane::View, {{0, QSize(1200, 1700), 0}, {1, QSize(1200, 1700), 0}});
        delete renderer; // waits for the one running page; its result is dropped
        // PDFium is still in a good state for the document's other users.
        QVERIFY(!m_document.render(0, QSize(60, 85), 0).isNull());
    }
};

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
