// The fields pane with real widgets (offscreen) against a real las-emulator and the sample invoices:
// predictions listed and their boxes drawn over the page, focus from field to box and from box to field,
// a model run from the pane, ground truth edited, undone and saved (checked with getDocument), invalid input
// refused at the field, and a save that meets someone else's change.
#include "fieldstestclient.h"

#include "core/fields/documentreview.h"
#include "core/fields/draftstore.h"
#include "core/fields/fieldsmodel.h"
#include "core/fields/groundtruthmodel.h"
#include "core/fields/groundtruthsaver.h"
#include "core/settings/preferences.h"
#include "core/viewer/documentcontentcache.h"
#include "shell/fields/conflictdialog.h"
#include "shell/fields/fieldboxes.h"
#include "shell/fields/fieldspane.h"
#include "shell/fields/groundtrutheditor.h"
#include "shell/fields/keyhelpoverlay.h"
#include "shell/viewer/overlaylayer.h"
#include "shell/viewer/pageview.h"
#include "shell/viewer/viewerpane.h"

#include "core/viewer/pagerenderer.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// A review screen without the document list: page | fields.
struct Screen
{
    Screen(las::Client *client, const QString &dir)
        : settings(dir + u"/settings.ini"_s, QSettings::IniFormat)
        , preferences(&settings)
        , drafts(dir + u"/drafts"_s)
        , cache(client, dir + u"/cache"_s, 64 << 20)
    {
        splitter.resize(1500, 950);
        viewer = new ViewerPane(&cache, &splitter);
        pane = new FieldsPane(viewer, &preferences, &drafts, &splitter);
        splitter.addWidget(viewer);
        splitter.addWidget(pane);
        splitter.setSizes({900, 600});
        pane->setClient(client);
        splitter.show();
    }

    bool open(const QString &documentId)
    {
        const int rounds = pane->locateRounds();
        viewer->openDocument(documentId);
        pane->openDocument(documentId);
        return QTest::qWaitFor(
            [&] {
                return pane->review()->state() == DocumentReview::State::Ready &&
                       viewer->state() == ViewerPane::State::Showing &&
                       (pane->review()->fields()->isEmpty() || pane->locateRounds() > rounds);
            },
            60000);
    }

    int rowOfLabel(const QString &label) const
    {
        const GroundTruthRows &rows = pane->review()->groundTruth()->rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).label == label)
                return i;
        }
        return -1;
    }

    QSettings settings;
    Preferences preferences;
    DraftStore drafts;
    DocumentContentCache cache;
    QSplitter splitter;
    ViewerPane *viewer = nullptr;
    FieldsPane *pane = nullptr;
};

QList<PageOverlayItem> fieldBoxes(ViewerPane *viewer)
{
    QList<PageOverlayItem> boxes;
    for (const PageOverlayItem &item : viewer->overlayLayer()->items()) {
        if (item.style == PageOverlayItem::Style::Box && !item.id.contains(u':'))
            boxes.append(item);
    }
    return boxes;
}

} // namespace

class TestFieldsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    std::unique_ptr<las::Client> m_client;
    std::unique_ptr<las::Client> m_otherClient; // "someone else"
    QString m_modelId;
    QString m_predicted; // coolblue1.pdf, predicted before the pane opens it

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
        m_client = std::make_unique<las::Client>(fieldstest::credentialsFor(m_emulator));
        m_otherClient = std::make_unique<las::Client>(fieldstest::credentialsFor(m_emulator));
        m_modelId = fieldstest::firstModel(*m_client);
        QVERIFY(!m_modelId.isEmpty());
        m_predicted = fieldstest::upload(*m_client, fieldstest::samplePath(u"coolblue1.pdf"_s));
        QVERIFY(!m_predicted.isEmpty());
        QVERIFY(fieldstest::predict(*m_client, m_predicted, m_modelId));
    }

    void predictionsShownAndBoxesDrawn()
    {
        Screen screen(m_client.get(), m_dir.filePath(u"shown"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        QVERIFY(screen.open(m_predicted));
        FieldsModel *fields = screen.pane->review()->fields();
        QCOMPARE(fields->rowCount(), 10); // the demo model answers ten labels
        QCOMPARE(screen.pane->predictionsView()->model(), fields);
        const QList<PageOverlayItem> boxes = fieldBoxes(screen.viewer);
        QVERIFY2(boxes.size() >= 4, qPrintable(QString::number(boxes.size())));
        for (const PageOverlayItem &box : boxes) {
            const FieldsModel::Field *field = fields->field(box.id);
            QVERIFY(field);
            QVERIFY(field->location && field->location->hasPosition());
            QVERIFY(!box.label.isEmpty());         // the band's glyph; the name when focused
            QVERIFY(box.toolTip.contains(u"%"_s)); // hover: label and confidence
            QVERIFY(QRectF(QPointF(0, 0), screen.viewer->renderer()->document().pageSize(box.page))
                        .contains(box.rect));
        }
        // A field without a position says so on its row.
        for (const FieldsModel::Field &field : fields->bestFields()) {
            if (field.location && !field.location->hasPosition()) {
                const QString text = fields->indexOf(field.id, FieldsModel::PositionColumn).data().toString();
                QVERIFY2(text.contains(u"Not found"_s) || text.contains(u"No value"_s), qPrintable(text));
            }
        }
        // The ground truth starts from the best predictions (the document has none yet).
        QCOMPARE(screen.pane->review()->groundTruth()->rowCount(), 10);

        if (qEnvironmentVariableIsSet("LAS_FIELDS_SCREENSHOT")) {
            screen.pane->focusField(boxes.first().id);
            QTRY_VERIFY_WITH_TIMEOUT(screen.viewer->pageView()->isPageRendered(boxes.first().page), 20000);
            QVERIFY(screen.splitter.grab().save(qEnvironmentVariable("LAS_FIELDS_SCREENSHOT")));
        }
    }

    void focusAndBoxBothWays()
    {
        Screen screen(m_client.get(), m_dir.filePath(u"focus"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        QVERIFY(screen.open(m_predicted));
        const QList<PageOverlayItem> boxes = fieldBoxes(screen.viewer);
        QVERIFY(boxes.size() >= 2);
        OverlayLayer *layer = screen.viewer->overlayLayer();

        // Field → box: the focused field's box is highlighted.
        const PageOverlayItem first = boxes.at(0);
        screen.pane->focusField(first.id);
        QCOMPARE(screen.pane->focusedField(), first.id);
        QVERIFY(layer->item(u"focus:"_s + first.id));
        QVERIFY(layer->item(first.id)->label.contains(
            screen.pane->review()->fields()->field(first.id)->prediction.label));
        QCOMPARE(screen.viewer->pageView()->currentPage(), first.page);

        // A ground-truth row gets the focus: its box follows.
        const PageOverlayItem second = boxes.at(1);
        const QString secondLabel = screen.pane->review()->fields()->field(second.id)->prediction.label;
        const int row = screen.rowOfLabel(secondLabel);
        QVERIFY(row >= 0);
        screen.pane->editor()->focusRow(row);
        QTRY_COMPARE(screen.pane->focusedField(), second.id);
        QVERIFY(layer->item(u"focus:"_s + second.id));
        QVERIFY(!layer->item(u"focus:"_s + first.id));

        // Box → field: hover shows label and confidence, a click focuses the field's row.
        PageView *view = screen.viewer->pageView();
        view->ensureVisible(first.page, first.rect);
        const QPoint point = view->pageToViewport(first.page).mapRect(first.rect).center().toPoint();
        QTest::mouseMove(view->viewport(), point);
        QTRY_COMPARE(layer->hoveredItemId(), first.id);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        const QString firstLabel = screen.pane->review()->fields()->field(first.id)->prediction.label;
        QTRY_COMPARE(screen.pane->editor()->currentRow(), screen.rowOfLabel(firstLabel));
        QTRY_VERIFY(screen.pane->editor()->valueEdit(screen.rowOfLabel(firstLabel))->hasFocus());
        QCOMPARE(screen.pane->focusedField(), first.id);
    }

    void wordClickedOnThePageFillsTheField()
    {
        Screen screen(m_client.get(), m_dir.filePath(u"pick"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        QVERIFY(screen.open(m_predicted));
        const PageOverlayItem box = fieldBoxes(screen.viewer).first();
        const FieldsModel::Field *field = screen.pane->review()->fields()->field(box.id);
        const int row = screen.rowOfLabel(field->prediction.label);
        screen.pane->editor()->focusRow(row);
        GroundTruthModel *model = screen.pane->review()->groundTruth();
        model->setValue(row, QJsonValue(u"placeholder"_s));
        // Drag across the value's words (a little inside the box) with the left button.
        PageView *view = screen.viewer->pageView();
        view->ensureVisible(box.page, box.rect);
        const QRectF onScreen = view->pageToViewport(box.page).mapRect(box.rect);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, onScreen.topLeft().toPoint() + QPoint(2, 2));
        QTest::mouseMove(view->viewport(), onScreen.bottomRight().toPoint() - QPoint(2, 2));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {},
                            onScreen.bottomRight().toPoint() - QPoint(2, 2));
        QTRY_VERIFY_WITH_TIMEOUT(model->rows().at(row).value.toString() != u"placeholder"_s, 10000);
        QCOMPARE(model->rows().at(row).value.toString(), field->prediction.value.toString());
    }

    void predictionRunFromThePane()
    {
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"AmazonWebServices.pdf"_s));
        QVERIFY(!id.isEmpty());
        Screen screen(m_client.get(), m_dir.filePath(u"run"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        QVERIFY(screen.open(id));
        QCOMPARE(screen.pane->review()->fields()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(screen.pane->modelBox()->count() > 0, 30000);
        QTRY_VERIFY(screen.pane->runButton()->isEnabled());
        screen.pane->maxPagesBox()->setValue(2);
        QSignalSpy finished(screen.pane->review(), &DocumentReview::predictionFinished);
        const int rounds = screen.pane->locateRounds();
        QTest::mouseClick(screen.pane->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(screen.pane->review()->fields()->rowCount(), 10);
        QVERIFY2(screen.pane->runStatusLabel()->text().contains(u" s."_s),
                 qPrintable(screen.pane->runStatusLabel()->text()));
        // The answer is placed over the page.
        QTRY_VERIFY_WITH_TIMEOUT(screen.pane->locateRounds() > rounds &&
                                     screen.pane->review()->fields()->bestFields().first().location,
                                 30000);
        QStringList positions;
        for (const FieldsModel::Field &field : screen.pane->review()->fields()->bestFields())
            positions.append(field.prediction.label + u'=' + field.prediction.value.toString() + u": "_s +
                             FieldsModel::positionText(field));
        QVERIFY2(!fieldBoxes(screen.viewer).isEmpty(), qPrintable(positions.join(u"; "_s)));
        // The server has it too.
        const auto document = fieldstest::document(*m_client, id);
        QVERIFY(document && document->predictions && document->predictions->size() == 10);
    }

    void predictionFailureSaysWhy()
    {
        EmulatorProcess limited;
        QString error;
        QVERIFY2(limited.start({u"--quota"_s, u"predictions=0"_s}, &error), qPrintable(error));
        las::Client client(fieldstest::credentialsFor(limited));
        const QString id = fieldstest::upload(client, fieldstest::samplePath(u"oyo.pdf"_s));
        QVERIFY(!id.isEmpty());
        Screen screen(&client, m_dir.filePath(u"quota"_s));
        QVERIFY(screen.open(id));
        QTRY_VERIFY_WITH_TIMEOUT(screen.pane->runButton()->isEnabled(), 30000);
        QSignalSpy failed(screen.pane->review(), &DocumentReview::predictionFailed);
        QTest::mouseClick(screen.pane->runButton(), Qt::LeftButton);
        QVERIFY(failed.wait(60000));
        QVERIFY2(screen.pane->runStatusLabel()->text().contains(u"quota"_s),
                 qPrintable(screen.pane->runStatusLabel()->text()));
        QVERIFY(screen.pane->messageLabel()->isVisible());
    }

    void editUndoAndSave()
    {
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"oyo.pdf"_s));
        QVERIFY(fieldstest::predict(*m_client, id, m_modelId));
        Screen screen(m_client.get(), m_dir.filePath(u"save"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        screen.splitter.activateWindow();
        QVERIFY(screen.open(id));
        GroundTruthEditor *editor = screen.pane->editor();
        GroundTruthModel *model = screen.pane->review()->groundTruth();
        const int row = screen.rowOfLabel(u"invoice_id"_s);
        QVERIFY(row >= 0);
        const QJsonValue before = model->rows().at(row).value;
        editor->focusRow(row);
        QLineEdit *value = editor->valueEdit(row);
        QTRY_VERIFY(value->hasFocus());
        value->selectAll();
        QTest::keyClicks(value, u"INV-2024-0042"_s);
        QCOMPARE(model->rows().at(row).value.toString(), u"INV-2024-0042"_s);
        // Written to the draft as typed.
        QVERIFY(screen.drafts.load(id));
        QCOMPARE(screen.drafts.load(id)->groundTruth.at(row).value.toString(), u"INV-2024-0042"_s);

        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->rows().at(row).value, before);
        QCOMPARE(value->text(), before.toString());
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->rows().at(row).value.toString(), u"INV-2024-0042"_s);

        // Enter accepts and moves on; Tab goes to the next field.
        QTest::keyClick(value, Qt::Key_Return);
        QTRY_COMPARE(editor->currentRow(), row + 1 < model->rowCount() ? row + 1 : row);

        QSignalSpy saved(screen.pane->review(), &DocumentReview::saved);
        QTest::keyClick(editor->valueEdit(editor->currentRow()), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(30000));
        const auto document = fieldstest::document(*m_client, id);
        QVERIFY(document && document->groundTruth);
        QCOMPARE(*document->groundTruth, model->groundTruth());
        QCOMPARE(document->groundTruth->at(row).value.toString(), u"INV-2024-0042"_s);
        QVERIFY(!screen.drafts.load(id)); // gone once the server confirmed
        QVERIFY(screen.pane->saveStatusLabel()->text().contains(u"Saved"_s));
    }

    void invalidInputRefusedAtTheField()
    {
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"saeco.pdf"_s));
        QVERIFY(fieldstest::setGroundTruth(*m_client, id, {{u"total_amount"_s, u"10.00"_s}}));
        Screen screen(m_client.get(), m_dir.filePath(u"invalid"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        screen.splitter.activateWindow();
        QVERIFY(screen.open(id));
        GroundTruthEditor *editor = screen.pane->editor();
        GroundTruthModel *model = screen.pane->review()->groundTruth();
        QCOMPARE(model->rowCount(), 1); // from the document's ground truth
        editor->focusRow(0);
        QTest::keyClick(editor->valueEdit(0), Qt::Key_N, Qt::ControlModifier); // add a field
        QCOMPARE(model->rowCount(), 2);
        QLineEdit *label = editor->labelEdit(1);
        QTRY_VERIFY(label->hasFocus());
        QTest::keyClicks(label, u"bad-label!"_s);
        QCOMPARE(label->text(), u"badlabel"_s); // '-' and '!' are not taken
        QLineEdit *value = editor->valueEdit(1);
        QTest::keyClicks(value, QString(70, u'x'));
        QCOMPARE(value->text().size(), 64); // the contract's limit
        value->clear();
        QTest::keyClicks(value, u"a"_s);
        QTest::keyClick(value, Qt::Key_Backspace);
        QVERIFY(editor->problemLabel(1)->isVisible());
        QVERIFY(editor->problemLabel(1)->text().contains(u"Enter a value"_s));
        QTest::keyClick(value, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(screen.pane->messageLabel()->text().contains(u"Not saved"_s));
        QCOMPARE(screen.pane->review()->saver()->state(), GroundTruthSaver::State::Idle);
        const auto document = fieldstest::document(*m_client, id);
        QCOMPARE(*document->groundTruth, (QList<las::GroundTruth>{{u"total_amount"_s, u"10.00"_s}}));
        // No value (null) is fine.
        editor->kindBox(1)->setCurrentIndex(3);
        Q_EMIT editor->kindBox(1)->activated(3);
        QVERIFY(editor->problemLabel(1)->isHidden());
        QVERIFY(model->isValid());
    }

    void conflictingSaveLetsTheReviewerChoose()
    {
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"NetpresseInvoice.pdf"_s));
        QVERIFY(fieldstest::setGroundTruth(*m_client, id,
                                           {{u"invoice_id"_s, u"A1"_s}, {u"total_amount"_s, u"5.00"_s}}));
        Screen screen(m_client.get(), m_dir.filePath(u"conflict"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        QVERIFY(screen.open(id));
        GroundTruthModel *model = screen.pane->review()->groundTruth();
        model->setValue(0, QJsonValue(u"A2"_s)); // mine: invoice_id
        // Someone else saves a new total meanwhile.
        QVERIFY(fieldstest::setGroundTruth(*m_otherClient, id,
                                           {{u"invoice_id"_s, u"A1"_s}, {u"total_amount"_s, u"7.50"_s}}));
        QSignalSpy conflict(screen.pane->review(), &DocumentReview::conflict);
        QSignalSpy saved(screen.pane->review(), &DocumentReview::saved);
        screen.pane->fieldActions().first()->trigger(); // Save
        QVERIFY(conflict.wait(30000));
        QTRY_VERIFY(screen.pane->conflictDialog() && screen.pane->conflictDialog()->isVisible());
        // Nothing was overwritten.
        auto document = fieldstest::document(*m_client, id);
        QCOMPARE(document->groundTruth->at(1).value.toString(), u"7.50"_s);
        QCOMPARE(document->groundTruth->at(0).value.toString(), u"A1"_s);
        ConflictDialog *dialog = screen.pane->conflictDialog();
        QCOMPARE(dialog->table()->rowCount(), 2);
        if (qEnvironmentVariableIsSet("LAS_FIELDS_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("LAS_FIELDS_SHOTS") + u"/conflict.png"_s);
        // Both shown side by side; the suggestion keeps my invoice_id and their total.
        QCOMPARE(dialog->choices(),
                 (QList<FieldConflict::Choice>{FieldConflict::Choice::Mine, FieldConflict::Choice::Theirs}));
        dialog->accept();
        QVERIFY(saved.wait(30000));
        document = fieldstest::document(*m_client, id);
        QCOMPARE(*document->groundTruth,
                 (QList<las::GroundTruth>{{u"invoice_id"_s, u"A2"_s}, {u"total_amount"_s, u"7.50"_s}}));
        QCOMPARE(model->groundTruth(), *document->groundTruth);
    }

    void saveWithUnknownOutcomeIsCheckedNotRepeated()
    {
        // Every PATCH is applied by the server, then the connection drops before the answer: the client
        // cannot know. The pane re-reads the document, finds its ground truth there, and calls it saved.
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"oyo.pdf"_s));
        QVERIFY(fieldstest::setGroundTruth(*m_client, id, {{u"invoice_id"_s, u"B1"_s}}));
        Screen screen(m_client.get(), m_dir.filePath(u"unknown"_s));
        QVERIFY(screen.open(id));
        screen.pane->review()->groundTruth()->setValue(0, QJsonValue(u"B2"_s));
        QNetworkAccessManager nam;
        auto admin = [&](const QString &path, const QJsonObject &body) {
            QNetworkRequest request = m_emulator.adminRequest(path);
            std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson()));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            return reply->isFinished() || done.wait(10000);
        };
        QVERIFY(admin(u"/faults"_s, {{u"drop"_s, QJsonObject{{u"when"_s, u"afterBody"_s}}},
                                     {u"pathPattern"_s, u"^PATCH /documents/"_s}}));
        QSignalSpy saved(screen.pane->review(), &DocumentReview::saved);
        QSignalSpy states(screen.pane->review()->saver(), &GroundTruthSaver::stateChanged);
        screen.pane->fieldActions().first()->trigger();
        const bool ok = saved.wait(90000);
        QVERIFY(admin(u"/faults/reset"_s, {}));
        QVERIFY(ok);
        bool verified = false;
        for (const QList<QVariant> &args : std::as_const(states))
            verified |= args.at(0).value<GroundTruthSaver::State>() == GroundTruthSaver::State::Verifying;
        QVERIFY(verified);
        const auto document = fieldstest::document(*m_client, id);
        QCOMPARE(*document->groundTruth, (QList<las::GroundTruth>{{u"invoice_id"_s, u"B2"_s}}));
        QVERIFY(!screen.drafts.load(id));
    }

    void newDocumentDownloadedOnce()
    {
        // The viewer needs the content, the fields pane the predictions and ground truth: both come in one
        // GET /documents/{id} for a document not in the cache; once cached, only the pane asks (fresh
        // fields).
        const QString id = fieldstest::upload(*m_client, fieldstest::samplePath(u"saeco.pdf"_s));
        QVERIFY(fieldstest::setGroundTruth(*m_client, id, {{u"invoice_id"_s, u"S1"_s}}));
        QNetworkAccessManager nam;
        auto gets = [&]() -> int {
            std::unique_ptr<QNetworkReply> reply(nam.get(m_emulator.adminRequest(u"/stats"_s)));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished() && !done.wait(10000))
                return -1;
            const QJsonObject requests =
                QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toObject();
            return requests.value(u"GET /documents/"_s + id).toInt();
        };
        QCOMPARE(gets(), 0);
        {
            Screen screen(m_client.get(), m_dir.filePath(u"once"_s));
            QVERIFY(screen.open(id));
            QCOMPARE(gets(), 1);
            QCOMPARE(screen.pane->review()->groundTruth()->rowCount(), 1); // the fields came from that one
            QCOMPARE(screen.pane->review()->document().documentId, id);
            // Opened again: the page from the cache, the fields fetched anew.
            screen.pane->openDocument(QString());
            QVERIFY(screen.open(id));
            QCOMPARE(gets(), 2);
        }
        // The pane opened first, the viewer second: still one download.
        const QString other = fieldstest::upload(*m_client, fieldstest::samplePath(u"oyo.pdf"_s));
        Screen screen(m_client.get(), m_dir.filePath(u"once2"_s));
        screen.pane->openDocument(other);
        screen.viewer->openDocument(other);
        QTRY_VERIFY_WITH_TIMEOUT(screen.pane->review()->state() == DocumentReview::State::Ready &&
                                     screen.viewer->state() == ViewerPane::State::Showing,
                                 60000);
        std::unique_ptr<QNetworkReply> reply(nam.get(m_emulator.adminRequest(u"/stats"_s)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(u"requests"_s)
                     .toObject()
                     .value(u"GET /documents/"_s + other)
                     .toInt(),
                 1);
    }

    void helpOverlayListsTheKeys()
    {
        Screen screen(m_client.get(), m_dir.filePath(u"help"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&screen.splitter));
        screen.splitter.activateWindow();
        QVERIFY(screen.open(m_predicted));
        screen.pane->editor()->focusRow(0);
        QTest::keyClick(screen.pane->editor()->valueEdit(0), Qt::Key_F1);
        QVERIFY(screen.pane->keyHelp());
        QTRY_VERIFY(screen.pane->keyHelp()->isVisible());
        if (qEnvironmentVariableIsSet("LAS_FIELDS_SHOTS"))
            screen.splitter.grab().save(qEnvironmentVariable("LAS_FIELDS_SHOTS") + u"/keys.png"_s);
        QVERIFY(KeyHelpOverlay::keys().size() >= 10);
        QTest::keyClick(screen.pane->keyHelp(), Qt::Key_Escape);
        QVERIFY(!screen.pane->keyHelp()->isVisible());
    }
};

QTEST_MAIN(TestFieldsPane)
#include "tst_fieldspane.moc"
