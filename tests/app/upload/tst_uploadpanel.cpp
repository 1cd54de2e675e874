// Bulk upload in the real main window (offscreen) against a real las-emulator: a synthesised drop of files
// and a folder (with files that are not PDF/JPEG, empty, or too large) goes through the per-drop dialog into
// the queue, the refused files are listed with their reasons and one summary says what happened; pause,
// cancel and resume; a second, real las-review process hands its files to this one; the queue comes back
// from the journal after a restart.
#include "emulatorprocess.h"

#include "shell/main/mainwindow.h"
#include "shell/upload/uploadcontroller.h"
#include "shell/upload/uploaddialog.h"
#include "shell/upload/uploadqueuepanel.h"

#include "core/session/profilestore.h"
#include "core/session/session.h"
#include "core/settings/preferences.h"
#include "core/upload/uploadhandoff.h"
#include "core/upload/uploadqueue.h"
#include "core/upload/uploadqueuemodel.h"

#include "upload/uploadengine.h"
#include "upload/uploadfilecheck.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// A small PDF with distinct content (the engine skips content it has uploaded before).
QByteArray distinctPdf(const QString &tag)
{
    return "%PDF-1.4\n% " + tag.toUtf8() +
           "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

void dropOn(QWidget *window, const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    QVERIFY(drop.isAccepted());
}

int rowsIn(UploadQueueModel *model, las::UploadState state)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->item(row).state == state;
    return n;
}

} // namespace

class TestUploadPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    EmulatorProcess m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_rowsBefore = 0;

    // LAS_SCREENSHOT_DIR set: the screens under test are saved there to be looked at.
    static void saveScreen(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LAS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    QString files(const QString &name) const { return m_home.filePath(u"files/"_s + name); }

    void openWindow()
    {
        m_window.reset();
        m_session = std::make_unique<Session>(nullptr);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_profiles.get(), m_preferences.get(),
                                                m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->signInWith(Profile{u"upload"_s, m_emulator.apiUrl().toString(), m_emulator.authEndpoint(),
                                      m_emulator.clientId()},
                              {m_emulator.clientSecret(), m_emulator.apiKey()});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::SignedIn, 30000);
        QTRY_VERIFY(m_window->uploads()->queue()->engine());
    }

    // Waits for the drop's dialog and accepts it with the given batch mode.
    void acceptDialog()
    {
        UploadController *uploads = m_window->uploads();
        QTRY_VERIFY_WITH_TIMEOUT(uploads->dialog() && uploads->dialog()->isVisible(), 30000);
        uploads->dialog()->accept();
        QTRY_VERIFY(!uploads->dialog());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QDir().mkpath(m_home.filePath(u"runtime"_s));
        QFile::setPermissions(m_home.filePath(u"runtime"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(u"runtime"_s).toUtf8());
        QCoreApplication::setApplicationName(u"las-review"_s);
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_home.filePath(u"las-review.conf"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_preferences = std::make_unique<Preferences>(m_settings.get());
        openWindow();
    }

    void dropFilesAndFolders()
    {
        writeFile(files(u"one.pdf"_s), distinctPdf(u"one"_s));
        writeFile(files(u"folder/two.pdf"_s), distinctPdf(u"two"_s));
        writeFile(files(u"folder/sub/three.jpg"_s), "\xFF\xD8\xFF\xE0 three");
        writeFile(files(u"folder/sub/picture.pdf"_s), "\x89PNG\r\n\x1a\n not a pdf");
        writeFile(files(u"folder/empty.pdf"_s), "");
        QByteArray big = distinctPdf(u"big"_s);
        big.resize(las::UploadFileCheck::MaxFileBytes + 10, ' ');
        writeFile(files(u"big.pdf"_s), big);

        UploadController *uploads = m_window->uploads();
        UploadQueueModel *model = uploads->model();
        QVERIFY(!uploads->dock()->isVisible());
        dropOn(m_window.get(), {files(u"one.pdf"_s), files(u"folder"_s), files(u"big.pdf"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(uploads->dialog(), 30000);
        QVERIFY(uploads->dialog()->findChild<QLabel *>() != nullptr);
        saveScreen(uploads->dialog(), u"upload-dialog"_s);
        acceptDialog();

        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 30000);
        QVERIFY(uploads->dock()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model->overall().totals.finished(), 6, 60000);
        QCOMPARE(rowsIn(model, las::UploadState::Done), 3);
        QCOMPARE(rowsIn(model, las::UploadState::Rejected), 3);
        for (int row = 0; row < model->rowCount(); ++row) {
            const las::UploadItem item = model->item(row);
            const QString message = model->index(row, UploadQueueModel::MessageColumn).data().toString();
            const QString document = model->index(row, UploadQueueModel::DocumentColumn).data().toString();
            if (item.state == las::UploadState::Done) {
                QVERIFY2(document.startsWith(u"las:document:"_s), qPrintable(item.fileName));
            } else {
                QVERIFY2(!message.isEmpty(), qPrintable(item.fileName)); // the reason, on its row
                QVERIFY(document.isEmpty());
            }
            if (item.fileName == "big.pdf"_L1)
                QVERIFY2(message.contains(u"MB"_s), qPrintable(message)); // says the limit
        }
        // One calm summary for the drop.
        UploadQueuePanel *panel = uploads->panel();
        QTRY_VERIFY(panel->summaryBar()->isVisible());
        QVERIFY2(panel->summaryLabel()->text().contains(u"3 uploaded, 3 skipped, 0 failed"_s),
                 qPrintable(panel->summaryLabel()->text()));
        QCOMPARE(panel->lastSummary().skippedLines.size(), 3);
        saveScreen(m_window.get(), u"upload-queue"_s);
        // Activating an uploaded row opens it in the viewer.
        QSignalSpy opened(uploads, &UploadController::documentActivated);
        int doneRow = 0;
        while (model->item(doneRow).state != las::UploadState::Done)
            ++doneRow;
        emit panel->view()->activated(model->index(doneRow, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), model->item(doneRow).documentId);
        m_rowsBefore = model->rowCount();
    }

    void pauseCancelResume()
    {
        UploadController *uploads = m_window->uploads();
        UploadQueueModel *model = uploads->model();
        UploadQueuePanel *panel = uploads->panel();
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton); // nothing to pause yet: disabled
        uploads->queue()->pause();
        QTRY_VERIFY(model->overall().paused);
        QStringList paths;
        for (int i = 0; i < 5; ++i) {
            paths.append(files(u"paused/p%1.pdf"_s.arg(i)));
            writeFile(paths.last(), distinctPdf(u"paused %1"_s.arg(i)));
        }
        dropOn(m_window.get(), {files(u"paused"_s)});
        acceptDialog();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_rowsBefore + 5, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsIn(model, las::UploadState::Waiting), 5, 30000);
        QCOMPARE(panel->pauseButton()->text(), u"&Resume"_s);

        // Cancel the first of them, selected in the view.
        panel->view()->selectRow(m_rowsBefore);
        QVERIFY(panel->cancelSelectedButton()->isEnabled());
        QTest::mouseClick(panel->cancelSelectedButton(), Qt::LeftButton);
        QTRY_COMPARE(model->item(m_rowsBefore).state, las::UploadState::Cancelled);

        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton); // resume
        QTRY_VERIFY(!model->overall().paused);
        QTRY_COMPARE_WITH_TIMEOUT(rowsIn(model, las::UploadState::Done), 3 + 4, 60000);
        QCOMPARE(model->item(m_rowsBefore).state, las::UploadState::Cancelled);

        // Cancel all while paused: every waiting row ends Cancelled, none is sent.
        uploads->queue()->pause();
        for (int i = 0; i < 3; ++i)
            writeFile(files(u"later/l%1.pdf"_s.arg(i)), distinctPdf(u"later %1"_s.arg(i)));
        dropOn(m_window.get(), {files(u"later"_s)});
        acceptDialog();
        QTRY_COMPARE_WITH_TIMEOUT(rowsIn(model, las::UploadState::Waiting), 3, 30000);
        QVERIFY(panel->cancelAllButton()->isEnabled());
        QTest::mouseClick(panel->cancelAllButton(), Qt::LeftButton);
        QTRY_COMPARE(rowsIn(model, las::UploadState::Cancelled), 4);
        uploads->queue()->resume();
        m_rowsBefore = model->rowCount();
    }

    void pauseSelectedRows()
    {
        // One file of a drop held by the user: the rest of the drop goes, that file waits (said on its row)
        // until it is resumed, and its failure-free end is the same as the others'.
        UploadController *uploads = m_window->uploads();
        UploadQueueModel *model = uploads->model();
        UploadQueuePanel *panel = uploads->panel();
        uploads->queue()->pause();
        QTRY_VERIFY(model->overall().paused);
        for (int i = 0; i < 3; ++i)
            writeFile(files(u"held/h%1.pdf"_s.arg(i)), distinctPdf(u"held %1"_s.arg(i)));
        const int first = model->rowCount();
        dropOn(m_window.get(), {files(u"held"_s)});
        acceptDialog();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), first + 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(first + 1).state, las::UploadState::Waiting, 30000);
        QVERIFY(!panel->holdSelectedButton()->isEnabled()); // nothing selected
        panel->view()->selectRow(first + 1);
        QTRY_VERIFY(panel->holdSelectedButton()->isEnabled());
        QCOMPARE(panel->holdSelectedButton()->text(), u"Pause &Selected"_s);
        QTest::mouseClick(panel->holdSelectedButton(), Qt::LeftButton);
        QTRY_VERIFY(model->item(first + 1).held);
        QCOMPARE(model->index(first + 1, UploadQueueModel::StateColumn).data().toString(), u"Paused"_s);
        QTRY_COMPARE(panel->holdSelectedButton()->text(), u"Resume &Selected"_s);

        uploads->queue()->resume();
        QTRY_COMPARE_WITH_TIMEOUT(model->item(first).state, las::UploadState::Done, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(first + 2).state, las::UploadState::Done, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(uploads->queue()->engine()->isIdle(), 30000);
        QCOMPARE(model->item(first + 1).state, las::UploadState::Waiting);
        QCOMPARE(model->item(first + 1).attempts, 0);
        QVERIFY(
            model->index(first + 1, UploadQueueModel::MessageColumn).data().toString().contains(u"resume"_s));
        QTRY_VERIFY(!model->overall().paused);
        QTRY_VERIFY2(model->overallText().contains(u"1 paused files wait"_s),
                     qPrintable(model->overallText()));
        QTRY_COMPARE(panel->pauseButton()->text(), u"&Pause"_s);
        QVERIFY(panel->clearButton()->isEnabled());
        saveScreen(panel, u"upload-row-paused"_s);

        panel->view()->selectRow(first + 1);
        QTest::mouseClick(panel->holdSelectedButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(first + 1).state, las::UploadState::Done, 60000);
        QVERIFY(!model->item(first + 1).held);
        m_rowsBefore = model->rowCount();
    }

    void failureExplainedAndRowMenu()
    {
        // The account's quota is used up: the row says so in the user's words (not the library's English),
        // and the row's context menu offers what fits a failed row.
        UploadController *uploads = m_window->uploads();
        UploadQueueModel *model = uploads->model();
        UploadQueuePanel *panel = uploads->panel();
        QNetworkAccessManager nam;
        auto settings = [&](const QJsonValue &documents) {
            QNetworkRequest request = m_emulator.adminRequest(u"/settings"_s);
            std::unique_ptr<QNetworkReply> reply(nam.post(
                request, QJsonDocument(QJsonObject{{u"quotas"_s, QJsonObject{{u"documents"_s, documents}}}})
                             .toJson(QJsonDocument::Compact)));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            return (reply->isFinished() || done.wait(10000)) &&
                   reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204;
        };
        QVERIFY(settings(0));
        writeFile(files(u"quota/q.pdf"_s), distinctPdf(u"over the quota"_s));
        const int row = model->rowCount();
        dropOn(m_window.get(), {files(u"quota"_s)});
        acceptDialog();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), row + 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(row).state, las::UploadState::Failed, 60000);
        QVERIFY(settings(QJsonValue::Null));
        const QString message = model->index(row, UploadQueueModel::MessageColumn).data().toString();
        QVERIFY2(message.startsWith(u"The account's document quota is used up"_s), qPrintable(message));
        panel->view()->selectRow(row);
        QTRY_VERIFY(panel->retryButton()->isEnabled());
        saveScreen(panel, u"upload-failed"_s);

        // The context menu, captured while it is open, then closed.
        QStringList entries;
        QTimer::singleShot(0, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    if (!action->isSeparator())
                        entries.append(action->text() + (action->isEnabled() ? u"+"_s : u"-"_s));
                }
                saveScreen(menu, u"upload-menu"_s);
                menu->close();
            }
        });
        const QRect rect = panel->view()->visualRect(model->index(row, 0));
        emit panel->view()->customContextMenuRequested(rect.center());
        QCOMPARE(entries, (QStringList{u"&Open Document-"_s, u"&Pause-"_s, u"&Resume-"_s, u"&Cancel-"_s,
                                       u"Re&try+"_s, u"Upload &Anyway-"_s}));
        m_rowsBefore = model->rowCount();
    }

    void secondInstanceHandsOver()
    {
        UploadHandoff handoff;
        QCOMPARE(handoff.deliverOrListen(UploadHandoff::defaultServerName(), {}),
                 UploadHandoff::Outcome::Listening);
        connect(&handoff, &UploadHandoff::received, m_window.get(),
                [this](const UploadHandoff::Request &r) { m_window->uploads()->upload(r.uploads); });
        writeFile(files(u"handed/h1.pdf"_s), distinctPdf(u"handed 1"_s));
        writeFile(files(u"handed/h2.jpg"_s), "\xFF\xD8\xFF\xE0 handed two");

        QProcess second;
        second.setProgram(QStringLiteral(LAS_REVIEW_BIN));
        second.setArguments({u"--upload"_s, files(u"handed/h1.pdf"_s), files(u"handed/h2.jpg"_s)});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        second.setProcessEnvironment(env);
        second.start();
        QVERIFY(second.waitForStarted(10000));
        // The second process waits for this one's answer, so this event loop must run meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        acceptDialog();
        UploadQueueModel *model = m_window->uploads()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_rowsBefore + 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->overall().totals.finished(), m_rowsBefore + 2, 60000);
        QCOMPARE(model->item(m_rowsBefore).fileName, u"h1.pdf"_s);
        QCOMPARE(model->item(m_rowsBefore).state, las::UploadState::Done);
        m_rowsBefore = model->rowCount();
    }

    void queueComesBackAfterRestart()
    {
        const QList<las::UploadItem> before = m_window->uploads()->queue()->engine()->items();
        QCOMPARE(int(before.size()), m_rowsBefore);
        openWindow(); // a new window, session and engine on the same journal
        UploadQueueModel *model = m_window->uploads()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_rowsBefore, 30000);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->item(row).id, before.at(row).id);
            QCOMPARE(model->item(row).state, before.at(row).state);
            QCOMPARE(model->item(row).documentId, before.at(row).documentId);
        }
        QTRY_VERIFY(m_window->uploads()->dock()->isVisible());

        // Clear finished empties the queue (every row is finished).
        QTest::mouseClick(m_window->uploads()->panel()->clearButton(), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestUploadPanel)
#include "tst_uploadpanel.moc"
