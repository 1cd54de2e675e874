// The documents pane paging through 1,000 documents of a real las-emulator by keyboard (Page Down to the
// end), with the rows fetched page by page as the view reaches them, never all at once.
//
// The documents are created through the API (small PDFs, a few requests in flight): seeding 1,000 with the
// emulator's --demo runs a workflow per invoice and takes longer than EmulatorProcess waits for start-up.
#include "shell/documents/documentlistpane.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/session.h"

#include "emulatorprocess.h"

#include <QBuffer>
#include <QHeaderView>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QByteArray smallPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), u"Invoice"_s);
    painter.end();
    return bytes;
}

} // namespace

class TestDocumentListThousand : public QObject
{
    Q_OBJECT

private:
    static constexpr int Documents = 1000;
    static constexpr int PageSize = 50;
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_session = std::make_unique<Session>(nullptr);
        m_session->signInWith(Profile{u"emulator"_s, m_emulator.apiUrl().toString(),
                                      m_emulator.authEndpoint(), m_emulator.clientId()},
                              {m_emulator.clientSecret(), m_emulator.apiKey()});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::SignedIn, 30000);

        // 1,000 documents, eight requests in flight at a time.
        las::Client *client = m_session->client();
        const QByteArray pdf = smallPdf();
        QVERIFY(pdf.startsWith("%PDF"));
        int started = 0;
        int created = 0;
        QString failure;
        std::function<void()> next = [&] {
            if (started >= Documents || !failure.isEmpty())
                return;
            ++started;
            auto *reply = client->createDocument(pdf, las::ContentType::Pdf);
            connect(reply, &las::Reply::finished, this, [&, reply] {
                if (!reply->isSuccess())
                    failure = reply->error().toString();
                ++created;
                next();
            });
        };
        for (int i = 0; i < 8; ++i)
            next();
        QTRY_VERIFY_WITH_TIMEOUT(created == started && (started == Documents || !failure.isEmpty()), 240000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(created, Documents);
    }
    void cleanupTestCase() { m_session.reset(); }

    void pageDownToTheEnd()
    {
        DocumentListModel model;
        model.setPageSize(PageSize);
        DocumentListPane pane(&model);
        pane.resize(700, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy pages(&model, &DocumentListModel::pageLoaded);
        model.setClient(m_session->client());
        QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty() && !model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), PageSize); // the first page only
        QCOMPARE(pages.count(), 1);
        QVERIFY(!model.isComplete());

        QTableView *view = pane.view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        const int rowsPerScreen = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
        QVERIFY(rowsPerScreen > 5);

        // Page Down until the list is complete and the current row is the last one. After every key the
        // model holds at most the rows up to the visible end plus one page: nothing is fetched ahead.
        int previousRow = 0;
        int keys = 0;
        while (!(model.isComplete() && view->currentIndex().row() == model.rowCount() - 1)) {
            QVERIFY2(++keys < 2 * Documents / rowsPerScreen + 50, "Page Down does not reach the end");
            QTest::keyClick(view, Qt::Key_PageDown);
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
            QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().toString()));
            const int row = view->currentIndex().row();
            QVERIFY2(row > previousRow || row == model.rowCount() - 1,
                     qPrintable(u"stuck at row %1"_s.arg(row)));
            previousRow = row;
            const int lastVisible = view->rowAt(view->viewport()->height() - 1);
            const int shownEnd = lastVisible < 0 ? model.rowCount() : lastVisible + 1;
            QVERIFY2(
                model.rowCount() <= shownEnd + PageSize,
                qPrintable(
                    u"%1 rows loaded with row %2 the last one shown"_s.arg(model.rowCount()).arg(shownEnd)));
        }
        QCOMPARE(model.rowCount(), Documents);
        QVERIFY(keys >= Documents / rowsPerScreen); // it took paging, not one jump
        // One page per request (and one more, empty, when the server cannot tell the end).
        QVERIFY2(pages.count() >= Documents / PageSize && pages.count() <= Documents / PageSize + 1,
                 qPrintable(QString::number(pages.count())));
        for (const QList<QVariant> &page : std::as_const(pages))
            QVERIFY(page.at(1).toInt() <= PageSize);
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.documentId(row));
        QCOMPARE(ids.size(), Documents);

        // And back to the top by keyboard.
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestDocumentListThousand)
#include "tst_documentlistthousand.moc"
