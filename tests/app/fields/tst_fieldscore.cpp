// The fields pane's core without a window: ground-truth rows with undo/redo and the contract's checks,
// per-field conflicts, drafts on disk, predictions grouped per label with confidence bands.
#include "core/fields/confidenceband.h"
#include "core/fields/draftstore.h"
#include "core/fields/fieldconflict.h"
#include "core/fields/fieldsmodel.h"
#include "core/fields/groundtruthmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

las::Prediction prediction(const QString &label, const QString &value, double confidence)
{
    las::Prediction p;
    p.label = label;
    p.value = value;
    p.confidence = confidence;
    return p;
}

} // namespace

class TestFieldsCore : public QObject
{
    Q_OBJECT

private slots:
    void typingMergesIntoOneUndoStep()
    {
        GroundTruthModel model;
        model.reset({{u"total_amount"_s, u"1"_s}});
        QSignalSpy changed(&model, &GroundTruthModel::changed);
        model.setValue(0, u"12"_s);
        model.setValue(0, u"123"_s);
        model.setValue(0, u"123.5"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE(model.rows().at(0).value.toString(), u"1"_s);
        model.undoStack()->redo();
        QCOMPARE(model.rows().at(0).value.toString(), u"123.5"_s);
        // A change of kind (text → yes) is its own step.
        model.setValue(0, QJsonValue(true));
        QCOMPARE(model.undoStack()->count(), 2);
    }

    void addRemoveMoveAreUndoable()
    {
        GroundTruthModel model;
        model.reset({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}});
        QVERIFY(!model.undoStack()->canUndo());
        model.insertRow(1, u"c"_s, QJsonValue());
        model.moveRow(0, 2);
        model.removeRow(0);
        QCOMPARE(model.groundTruth(), (QList<las::GroundTruth>{{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}}));
        model.undoStack()->undo();
        model.undoStack()->undo();
        model.undoStack()->undo();
        QCOMPARE(model.groundTruth(), (QList<las::GroundTruth>{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
    }

    void contractRulesAtTheField()
    {
        QVERIFY(GroundTruthModel::labelProblem(u"invoice_id"_s).isEmpty());
        QVERIFY(!GroundTruthModel::labelProblem(u""_s).isEmpty());
        QVERIFY(!GroundTruthModel::labelProblem(u"invoice-id"_s).isEmpty());
        QVERIFY(!GroundTruthModel::labelProblem(QString(37, u'a')).isEmpty());
        QVERIFY(GroundTruthModel::labelProblem(QString(36, u'a')).isEmpty());
        QVERIFY(GroundTruthModel::valueProblem(QJsonValue()).isEmpty());
        QVERIFY(GroundTruthModel::valueProblem(QJsonValue(false)).isEmpty());
        QVERIFY(!GroundTruthModel::valueProblem(QJsonValue(u""_s)).isEmpty());
        QVERIFY(!GroundTruthModel::valueProblem(QJsonValue(QString(65, u'x'))).isEmpty());
        QVERIFY(GroundTruthModel::valueProblem(QJsonValue(QString(64, u'x'))).isEmpty());
        GroundTruthModel model;
        model.reset({{u"ok"_s, u"1"_s}, {u"bad label"_s, u"2"_s}});
        QCOMPARE(model.firstInvalidRow(), 1);
    }

    void conflictsPerField()
    {
        const QList<las::GroundTruth> base{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
        const QList<las::GroundTruth> mine{{u"a"_s, u"10"_s}, {u"b"_s, u"2"_s}};
        const QList<las::GroundTruth> theirs{{u"a"_s, u"1"_s}, {u"b"_s, u"20"_s}, {u"c"_s, u"3"_s}};
        const auto rows = FieldConflict::compare(base, mine, theirs);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).suggested(), FieldConflict::Choice::Mine);   // only I changed a
        QCOMPARE(rows.at(1).suggested(), FieldConflict::Choice::Theirs); // only they changed b
        QCOMPARE(rows.at(2).suggested(), FieldConflict::Choice::Theirs); // they added c
        QCOMPARE(FieldConflict::merge(rows, {}),
                 (QList<las::GroundTruth>{{u"a"_s, u"10"_s}, {u"b"_s, u"20"_s}, {u"c"_s, u"3"_s}}));
        QCOMPARE(FieldConflict::merge(rows, {FieldConflict::Choice::Theirs, FieldConflict::Choice::Mine,
                                             FieldConflict::Choice::Mine}),
                 (QList<las::GroundTruth>{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
    }

    void draftsSurviveAndStayPrivate()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(u"drafts"_s));
        GroundTruthDraft draft;
        draft.documentId = u"las:document:0123456789abcdef0123456789abcdef"_s;
        draft.baseUpdated = 1700000000123;
        draft.baseGroundTruth = {{u"a"_s, QJsonValue()}};
        draft.groundTruth = {{u"a"_s, u"x"_s}, {u"b"_s, QJsonValue(true)}};
        draft.saveSent = true;
        draft.modified = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(draft));
        const auto loaded = store.load(draft.documentId);
        QVERIFY(loaded);
        QCOMPARE(loaded->groundTruth, draft.groundTruth);
        QCOMPARE(loaded->baseUpdated, draft.baseUpdated);
        QVERIFY(loaded->saveSent);
        QCOMPARE(store.drafts().size(), 1);
        const QString file = QDir(store.directory()).entryInfoList(QDir::Files).first().filePath();
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // A damaged file is skipped, never taken for a draft and never deleted.
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"version\":1,\"documentId\":");
        damaged.close();
        QVERIFY(!store.load(draft.documentId));
        QVERIFY(store.drafts().isEmpty());
        QVERIFY(QFile::exists(file));
        QVERIFY(store.remove(draft.documentId));
        QVERIFY(!QFile::exists(file));
    }

    void predictionsGroupedBestFirstWithBands()
    {
        FieldsModel model;
        model.setConfidenceBand(ConfidenceBand(0.5, 0.9));
        model.setPredictions({prediction(u"total"_s, u"10.00"_s, 0.4),
                              prediction(u"date"_s, u"2020-01-01"_s, 0.95),
                              prediction(u"total"_s, u"12.00"_s, 0.7)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex total = model.index(0, 0);
        QCOMPARE(total.data(FieldsModel::ValueRole).toString(), u"12.00"_s); // the best first
        QCOMPARE(model.rowCount(total), 1);                                  // the other folded under it
        QCOMPARE(model.index(0, 0, total).data(FieldsModel::ValueRole).toString(), u"10.00"_s);
        QCOMPARE(total.data(FieldsModel::BandRole).toInt(), int(ConfidenceBand::Band::Medium));
        QCOMPARE(model.index(0, 0, total).data(FieldsModel::BandRole).toInt(),
                 int(ConfidenceBand::Band::Low));
        QVERIFY(model.index(0, 0, total).data(FieldsModel::FlaggedRole).toBool());
        QCOMPARE(model.index(1, 0).data(FieldsModel::BandRole).toInt(), int(ConfidenceBand::Band::High));
        // Not by colour alone: the confidence column carries a glyph.
        QVERIFY(model.index(1, FieldsModel::ConfidenceColumn)
                    .data()
                    .toString()
                    .startsWith(ConfidenceBand::glyph(ConfidenceBand::Band::High)));
        QCOMPARE(model.indexOf(u"total#1"_s), model.index(0, 0, total));
        LocatedValue nowhere;
        nowhere.status = LocatedValue::Status::NoTextLayer;
        model.setLocation(u"date#0"_s, nowhere);
        QVERIFY(
            model.index(1, FieldsModel::PositionColumn).data().toString().contains(u"position unknown"_s));
    }
};

QTEST_GUILESS_MAIN(TestFieldsCore)
#include "tst_fieldscore.moc"
