#include "demo/demofixtures.h"
#include "model/invoicemodel.h"
#include "workflow/aslmachine.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDemoFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fieldConfigCoversModelLabels()
    {
        const QJsonObject config = DemoFixtures::fieldConfig();
        QCOMPARE(config.size(), InvoiceModel::labels().size());
        for (const QString &label : InvoiceModel::labels()) {
            QVERIFY2(config.contains(label), qPrintable(label));
            const QJsonObject f = config.value(label).toObject();
            QVERIFY(
                QStringList({u"date"_s, u"string"_s, u"amount"_s}).contains(f.value(u"type"_s).toString()));
            QVERIFY(!f.value(u"display"_s).toString().isEmpty());
            const QJsonObject levels = f.value(u"confidenceLevels"_s).toObject();
            double previous = 1.0;
            for (const QString &level : {u"automated"_s, u"high"_s, u"medium"_s, u"low"_s}) {
                QVERIFY2(levels.value(level).isDouble(), qPrintable(level));
                const double v = levels.value(level).toDouble();
                QVERIFY(v >= 0.0 && v <= 1.0);
                QVERIFY(v <= previous); // automated ≥ high ≥ medium ≥ low
                previous = v;
            }
        }
        QCOMPARE(config.value(u"total_amount"_s).toObject().value(u"type"_s).toString(), u"amount"_s);
        QCOMPARE(config.value(u"invoice_date"_s).toObject().value(u"type"_s).toString(), u"date"_s);
    }

    void schemasAreDraft04Objects()
    {
        for (const QJsonObject &schema :
             {DemoFixtures::reviewInputJsonSchema(), DemoFixtures::reviewOutputJsonSchema()}) {
            QCOMPARE(schema.value(u"$schema"_s).toString(), u"http://json-schema.org/draft-04/schema#"_s);
            QCOMPARE(schema.value(u"type"_s).toString(), u"object"_s);
            QVERIFY(schema.value(u"required"_s).toArray().contains(u"documentId"_s));
        }
        QVERIFY(
            DemoFixtures::reviewInputJsonSchema().value(u"required"_s).toArray().contains(u"predictions"_s));
        const QJsonObject out = DemoFixtures::reviewOutputJsonSchema();
        QVERIFY(out.value(u"required"_s).toArray().contains(u"verified"_s));
        const QJsonObject verified = out.value(u"properties"_s).toObject().value(u"verified"_s).toObject();
        for (const QString &label : InvoiceModel::labels())
            QVERIFY(verified.value(u"properties"_s).toObject().contains(label));
    }

    void workflowDefinitionIsValidAsl()
    {
        const QString p = u"las:transition:"_s + QString(32, u'a');
        const QString r = u"las:transition:"_s + QString(32, u'b');
        const QString f = u"las:transition:"_s + QString(32, u'c');
        const QJsonObject def = DemoFixtures::workflowDefinition(p, r, f, 900);
        QString error;
        const auto machine = AslMachine::fromDefinition(def, &error);
        QVERIFY2(machine, qPrintable(error));
        QCOMPARE(machine->transitionIds().size(), 3);
        for (const QString &id : {p, r, f})
            QVERIFY(machine->transitionIds().contains(id));
        const QJsonObject review =
            def.value(u"States"_s).toObject().value(DemoFixtures::reviewStateName()).toObject();
        QCOMPARE(review.value(u"TimeoutSeconds"_s).toInt(), 900);
        QCOMPARE(review.value(u"Retry"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"ErrorEquals"_s)
                     .toArray()
                     .at(0)
                     .toString(),
                 u"States.Timeout"_s);
        // Without a timeout the state has no TimeoutSeconds at all (ASL needs a positive integer).
        const QJsonObject noTimeout = DemoFixtures::workflowDefinition(p, r, f, 0);
        QVERIFY(!noTimeout.value(u"States"_s)
                     .toObject()
                     .value(DemoFixtures::reviewStateName())
                     .toObject()
                     .contains(u"TimeoutSeconds"_s));
        QVERIFY(AslMachine::fromDefinition(noTimeout, &error));
    }
};

QTEST_GUILESS_MAIN(TestDemoFixtures)
#include "tst_demofixtures.moc"
