// ViewerPane, the real widget offscreen: open PDFs and JPEGs (from files and through the content cache,
// also offline), zoom / fit / rotate / go to page / find by keyboard, overlay clicks, broken files.
#include "api/client.h"
#include "core/viewer/documentcontentcache.h"
#include "core/viewer/pagerenderer.h"
#include "emulatorcredentials.h"
#include "emulatorprocess.h"
#include "shell/viewer/overlaylayer.h"
#include "shell/viewer/pageview.h"
#include "shell/viewer/viewerpane.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

class TestViewerPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_invoice;
    QString m_fivePages;
    QString m_jpeg;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!testfiles::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static std::unique_ptr<ViewerPane> makePane(DocumentContentCache *cache = nullptr)
    {
        auto pane = std::make_unique<ViewerPane>(cache);
        pane->resize(900, 700);
        pane->show();
        QApplication::setActiveWindow(pane.get());
        if (!QTest::qWaitForWindowActive(pane.get()))
            qWarning("the pane's window did not become active");
        return pane;
    }

    static bool open(ViewerPane &pane, const QString &path)
    {
        pane.openFile(path);
        return QTest::qWaitFor([&pane] { return pane.state() != ViewerPane::State::Loading; }, 20000) &&
               pane.state() == ViewerPane::State::Showing;
    }

    static bool renderedAll(ViewerPane &pane)
    {
        // The visible pages (and the few after) are rendered at the zoom in use, and nothing is left to do.
        PageView *view = pane.pageView();
        return QTest::qWaitFor(
            [&pane, view] { return pane.renderer()->isIdle() && view->isPageRendered(view->currentPage()); },
            20000);
    }

    static QAction *action(ViewerPane &pane, const QString &text)
    {
        for (QAction *a : pane.viewActions()) {
            if (a->text() == text)
                return a;
        }
        qWarning("no action %s", qPrintable(text));
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_invoice = QStringLiteral(LAS_SAMPLES_DIR "/invoices/AmazonWebServices.pdf");
        m_fivePages = file(QStringLiteral("five.pdf"), testfiles::pdfWithPages(5));
        m_jpeg = file(QStringLiteral("photo.jpg"), testfiles::jpegRotatedByExif(QSize(800, 600)));
    }

    void showsAPdfAndRendersItsVisiblePages()
    {
        auto pane = makePane();
        QCOMPARE(pane->state(), ViewerPane::State::Empty);
        QVERIFY(!pane->message().isEmpty());
        QSignalSpy status(pane.get(), &ViewerPane::statusMessage);
        QVERIFY(open(*pane, m_invoice));
        QVERIFY(renderedAll(*pane));
        QVERIFY(pane->renderer()->renderedCount() >= 1);
        QVERIFY(pane->pageView()->pageCount() >= 1);
        QVERIFY(!status.isEmpty());
        // Fit width is the default: the page spans the viewport but for the margins.
        const QRectF page = pane->pageView()->pageRectInViewport(0);
        QVERIFY2(qAbs(page.width() - (pane->pageView()->viewport()->width() - 24)) <= 2,
                 qPrintable(QString::number(page.width())));
    }

    void showsAJpegTurnedByExif()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_jpeg));
        QCOMPARE(pane->pageView()->pageCount(), 1);
        const QRectF page = pane->pageView()->pageRectInViewport(0);
        QVERIFY2(page.height() > page.width(), "stored landscape, EXIF says portrait");
        QVERIFY(renderedAll(*pane));
    }

    void zoomByKeyboardWheelAndActions()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        PageView *view = pane->pageView();
        view->setFocus();
        const qreal fitWidth = view->zoom();
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::FitWidth);

        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > fitWidth);
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::Custom);
        const qreal zoomedIn = view->zoom();
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < zoomedIn);

        const qreal before = view->zoom();
        const QPointF at(100, 100);
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);

        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::FitPage);
        const QRectF page = view->pageRectInViewport(view->currentPage());
        QVERIFY(page.height() <= view->viewport()->height());
        QVERIFY(page.width() <= view->viewport()->width());

        QTest::keyClick(view, Qt::Key_W);
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::FitWidth);
        QVERIFY(qAbs(view->zoom() - fitWidth) < 0.01);
        QVERIFY(renderedAll(*pane));
    }

    void rotateTurnsThePages()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        PageView *view = pane->pageView();
        const QRectF portrait = view->pageRectInViewport(0);
        QVERIFY(portrait.height() > portrait.width());
        QAction *rotate = action(*pane, QStringLiteral("Rotate Clockwise"));
        QVERIFY(rotate);
        rotate->trigger();
        QCOMPARE(view->rotation(), 90);
        const QRectF landscape = view->pageRectInViewport(0);
        QVERIFY(landscape.width() > landscape.height());
        // An overlay rectangle at the page's top left lands at the top right when turned clockwise.
        const QPointF topLeft = view->pageToViewport(0).map(QPointF(10, 10));
        QVERIFY(topLeft.x() > landscape.center().x());
        QVERIFY(topLeft.y() < landscape.center().y());
        QVERIFY(renderedAll(*pane));
    }

    void goToPageByKeyboard()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        PageView *view = pane->pageView();
        view->setFocus();
        QSignalSpy pageChanged(view, &PageView::currentPageChanged);
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(qobject_cast<QSpinBox *>(focus) || qobject_cast<QSpinBox *>(focus->parentWidget()));
        QTest::keyClicks(focus, QStringLiteral("4"));
        QTest::keyClick(focus, Qt::Key_Return);
        QCOMPARE(view->currentPage(), 3);
        QVERIFY(!pageChanged.isEmpty());
        QVERIFY(qAbs(view->pageRectInViewport(3).top() - 12) <= 1);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentPage(), 4);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->currentPage(), 0);
    }

    void findHighlightsEveryHitAndStepsWithF3()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        PageView *view = pane->pageView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QSignalSpy finished(pane.get(), &ViewerPane::searchFinished);
        QTest::keyClicks(field, QStringLiteral("findme"));
        QTest::keyClick(field, Qt::Key_Return);
        // Count, not wait(): the search may already have reported while the keys were being sent.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        QCOMPARE(finished.last().at(0).toInt(), 5);
        QCOMPARE(pane->searchHitCount(), 5);
        QCOMPARE(pane->currentSearchHit(), 0);

        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(pane->currentSearchHit(), 1);
        QCOMPARE(view->currentPage(), 1);
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(pane->currentSearchHit(), 2);
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(pane->currentSearchHit(), 1);
        // The current hit is in view.
        const QRectF page1 = view->pageRectInViewport(1);
        QVERIFY(page1.intersects(QRectF(view->viewport()->rect())));

        finished.clear();
        QTest::keyClicks(field, QStringLiteral("xyz"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && pane->searchHitCount() == 0, 20000);
    }

    void overlayItemsAreClickable()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        OverlayLayer *layer = pane->overlayLayer();
        PageOverlayItem item;
        item.id = QStringLiteral("field:total");
        item.page = 0;
        item.rect = QRectF(72, 380, 150, 30);
        item.label = QStringLiteral("Total");
        layer->addItem(item);
        QSignalSpy clicked(layer, &OverlayLayer::itemClicked);
        QSignalSpy hovered(layer, &OverlayLayer::itemHovered);
        PageView *view = pane->pageView();
        const QPoint centre = view->pageToViewport(0).map(item.rect.center()).toPoint();
        QTest::mouseMove(view->viewport(), centre);
        QTRY_COMPARE_WITH_TIMEOUT(hovered.count(), 1, 5000);
        QCOMPARE(hovered.at(0).at(0).toString(), item.id);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), item.id);
        // Outside the box: no click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre + QPoint(0, 200));
        QCOMPARE(clicked.count(), 1);

        // After rotation the same item is still found where it is drawn.
        view->rotateClockwise();
        const QPoint turned = view->pageToViewport(0).map(item.rect.center()).toPoint();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, turned);
        QCOMPARE(clicked.count(), 2);
    }

    void brokenFilesShowAMessageAndTheRestKeepsWorking_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QFile invoice(m_invoice);
        QVERIFY(invoice.open(QIODevice::ReadOnly));
        const QByteArray pdf = invoice.readAll();
        QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("garbage") << QByteArray(10000, 'x') << QStringLiteral("neither a PDF nor a JPEG");
        QTest::newRow("encrypted") << testfiles::encryptedPdf() << QStringLiteral("password");
        QTest::newRow("huge jpeg") << testfiles::jpegClaiming(60000, 60000) << QStringLiteral("60000");
        QTest::newRow("10000 pages") << testfiles::pdfWithEmptyPages(10000) << QStringLiteral("10000 pages");
    }

    void brokenFilesShowAMessageAndTheRestKeepsWorking()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto pane = makePane();
        QVERIFY(open(*pane, m_fivePages));
        pane->openFile(file(QStringLiteral("broken"), bytes));
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), ViewerPane::State::Message, 20000);
        QVERIFY2(pane->message().contains(expected), qPrintable(pane->message()));
        QCOMPARE(pane->pageView()->pageCount(), 0);
        QVERIFY(!action(*pane, QStringLiteral("Zoom In"))->isEnabled());
        QVERIFY(open(*pane, m_invoice));
        QVERIFY(renderedAll(*pane));
    }

    void stateRoundTrips()
    {
        QByteArray state;
        {
            auto pane = makePane();
            action(*pane, QStringLiteral("Fit Page"))->trigger();
            state = pane->saveState();
        }
        auto pane = makePane();
        QCOMPARE(pane->pageView()->zoomMode(), PageView::ZoomMode::FitWidth);
        QVERIFY(pane->restoreState(state));
        QCOMPARE(pane->pageView()->zoomMode(), PageView::ZoomMode::FitPage);
        QVERIFY(!pane->restoreState(QByteArray("nonsense")));
        QVERIFY(!pane->restoreState({}));
        QCOMPARE(pane->pageView()->zoomMode(), PageView::ZoomMode::FitPage);

        pane->pageView()->setZoom(2.5);
        const QByteArray custom = pane->saveState();
        auto other = makePane();
        QVERIFY(other->restoreState(custom));
        QCOMPARE(other->pageView()->zoomMode(), PageView::ZoomMode::Custom);
        QCOMPARE(other->pageView()->zoom(), 2.5);
    }

    void scrollingThreeHundredPagesStaysWithinTheRenderBudget()
    {
        const QString path = file(QStringLiteral("300.pdf"), testfiles::pdfWithPages(300));
        auto pane = makePane();
        const qint64 budget = 24 << 20;
        pane->setRenderCacheBytes(budget);
        QVERIFY(open(*pane, path));
        PageView *view = pane->pageView();
        QScrollBar *bar = view->verticalScrollBar();
        const int step = bar->pageStep();
        for (int value = 0; value <= bar->maximum(); value += step * 4) {
            bar->setValue(value);
            QVERIFY(renderedAll(*pane));
            QVERIFY(pane->renderer()->cache().usedBytes() <= budget);
        }
        QTest::keyClick(view, Qt::Key_End);
        QVERIFY(renderedAll(*pane));
        QCOMPARE(view->currentPage(), 299);
        QVERIFY(pane->renderer()->cache().peakBytes() <= budget);
        QVERIFY(pane->renderer()->renderedCount() > 100);
    }

    void opensDocumentsThroughTheCacheAlsoOffline()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({}, &error), qPrintable(error));
        const las::Credentials c = emulatorCredentials(emulator);
        las::Client client(c);
        QFile invoice(m_invoice);
        QVERIFY(invoice.open(QIODevice::ReadOnly));
        auto *created = client.createDocument(invoice.readAll(), las::ContentType::Pdf);
        created->setAutoDelete(false);
        std::unique_ptr<las::Reply> owner(created);
        QSignalSpy done(created, &las::Reply::finished);
        QVERIFY(created->isFinished() || done.wait(30000));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        const QString id = created->result().documentId;

        QTemporaryDir cacheDir;
        {
            DocumentContentCache cache(&client, cacheDir.path(), 64 << 20);
            auto pane = makePane(&cache);
            pane->openDocument(id);
            QCOMPARE(pane->state(), ViewerPane::State::Loading);
            QTRY_COMPARE_WITH_TIMEOUT(pane->state(), ViewerPane::State::Showing, 30000);
            QCOMPARE(pane->documentId(), id);
            pane->openDocument(QStringLiteral("las:document:ffffffffffffffffffffffffffffffff"));
            QTRY_COMPARE_WITH_TIMEOUT(pane->state(), ViewerPane::State::Message, 30000);
        }
        emulator.stop();
        DocumentContentCache cache(&client, cacheDir.path(), 64 << 20);
        auto pane = makePane(&cache);
        pane->openDocument(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), ViewerPane::State::Showing, 30000);
        QVERIFY(renderedAll(*pane));
    }

    // Not a check: with LAS_VIEWER_SCREENSHOT=/path.png, saves the pane showing an invoice with search hits
    // and a field box, for a person to look at.
    void screenshot()
    {
        const QString target = qEnvironmentVariable("LAS_VIEWER_SCREENSHOT");
        if (target.isEmpty())
            QSKIP("set LAS_VIEWER_SCREENSHOT to a PNG path to save a screenshot");
        auto pane = makePane();
        pane->resize(1000, 800);
        QVERIFY(open(*pane, m_invoice));
        PageOverlayItem box;
        box.id = QStringLiteral("field:invoice_number");
        box.page = 0;
        box.label = QStringLiteral("Invoice number");
        QSignalSpy finished(pane.get(), &ViewerPane::searchFinished);
        action(*pane, QStringLiteral("Find…"))->trigger();
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("42183017"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        QVERIFY(pane->searchHitCount() > 0);
        QTest::keyClick(field, Qt::Key_Escape);
        QTest::keyClicks(pane->pageView(), QString());
        action(*pane, QStringLiteral("Find…"))->trigger();
        field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("Amazon"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        box.rect = QRectF(532, 115, 42, 12); // around the invoice number (QtPdf and pdftotext agree on it)
        pane->overlayLayer()->addItem(box);
        pane->pageView()->goToPage(0);
        QVERIFY(renderedAll(*pane));
        QVERIFY(pane->grab().save(target));
    }
};

QTEST_MAIN(TestViewerPane)
#include "tst_viewerpane.moc"
