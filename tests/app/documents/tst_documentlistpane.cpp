// The documents pane over a real las-emulator: pages fetched as the view scrolls (300 documents in pages of
// 20, by keyboard), keyboard navigation, the batch filter and the empty state it leads to.
#include "shell/documents/documentlistpane.h"

#include "core/documents/documentlistmodel.h"
#include "core/session/session.h"

#include "emulatorprocess.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentListPane : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::Own};
    std::unique_ptr<Session> m_session;
    static constexpr int Documents = 300;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({u"--demo"_s, QString::number(Documents)}, &error), qPrintable(error));
        m_session = std::make_unique<Session>(nullptr);
        m_session->signInWith(Profile{u"emulator"_s, m_emulator.apiUrl().toString(),
                                      m_emulator.authEndpoint(), m_emulator.clientId()},
                              {m_emulator.clientSecret(), m_emulator.apiKey()});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::SignedIn, 30000);
    }
    void cleanupTestCase() { m_session.reset(); }

    void pagesAsTheViewScrolls()
    {
        DocumentListModel model;
        model.setPageSize(20);
        DocumentListPane pane(&model);
        pane.resize(700, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy pages(&model, &DocumentListModel::pageLoaded);
        model.setClient(m_session->client());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 30000); // one page, not everything
        QVERIFY(!model.isComplete());
        QCOMPARE(pages.count(), 1);

        QTableView *view = pane.view();
        view->setFocus();
        // Ctrl+End jumps to the last row; the view asks for the next page whenever it reaches the end.
        QTRY_VERIFY_WITH_TIMEOUT(
            (QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier), model.isComplete()), 120000);
        QCOMPARE(model.rowCount(), Documents);
        QVERIFY(pages.count() >= Documents / 20); // one more, empty, when the server cannot tell the end
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.documentId(row));
        QCOMPARE(ids.size(), Documents);

        // Keyboard navigation moves the current document.
        QSignalSpy current(&pane, &DocumentListPane::currentDocumentChanged);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().first().toString(), model.documentId(1));

        // Columns: type, last update, and the counts when the list gives them.
        const QModelIndex type = model.index(0, DocumentListModel::ContentTypeColumn);
        QVERIFY(QStringList({u"PDF"_s, u"JPEG"_s}).contains(type.data().toString()));
        QVERIFY(!model.index(0, DocumentListModel::UpdatedColumn).data().toString().isEmpty());
    }

    void filterByBatch()
    {
        DocumentListModel model;
        model.setPageSize(50);
        DocumentListPane pane(&model);
        pane.resize(700, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        model.setClient(m_session->client());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 30000);
        const QString batch = model.data(model.index(0, DocumentListModel::BatchColumn)).toString();
        QVERIFY(batch.startsWith(u"las:batch:"_s));

        auto *batchBox = pane.findChild<QComboBox *>();
        QVERIFY(batchBox);
        QCOMPARE(batchBox->accessibleName(), u"Batch filter"_s);
        batchBox->setFocus();
        batchBox->lineEdit()->setText(batch);
        QTest::keyClick(batchBox->lineEdit(), Qt::Key_Return);
        QCOMPARE(model.filter().batchIds, QStringList{batch});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 30000);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, DocumentListModel::BatchColumn)).toString(), batch);

        // A batch with no documents: the empty state says so.
        batchBox->lineEdit()->setText(u"las:batch:00000000000000000000000000000000"_s);
        QTest::keyClick(batchBox->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), 0);
        auto *stack = pane.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *placeholder = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(placeholder);
        QVERIFY2(placeholder->text().contains(u"No documents match the filter"_s),
                 qPrintable(placeholder->text()));

        // Clearing the field shows everything again.
        batchBox->lineEdit()->clear();
        QVERIFY(model.filter().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 30000);
        QCOMPARE(stack->currentWidget(), pane.view());
    }
};

QTEST_MAIN(TestDocumentListPane)
#include "tst_documentlistpane.moc"
