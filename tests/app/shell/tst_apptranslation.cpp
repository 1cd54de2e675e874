// las-review speaks Norwegian Bokmål under a Norwegian locale, English otherwise, and its shipped catalogue
// is complete: no unfinished or vanished entry, placeholders kept, both plural forms.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestAppTranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString help(const QString &lang)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"LC_"_s) || key == "LANG"_L1 || key == "LANGUAGE"_L1)
                env.remove(key);
        }
        env.insert(u"LANG"_s, lang);
        env.insert(u"HOME"_s, m_home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LAS_REVIEW_BIN), {u"--help"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(u"%(\\d|n)"_s);
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpFollowsTheLocale()
    {
        const QString nb = help(u"nb_NO.UTF-8"_s);
        // Short lines: QCommandLineParser wraps the long ones.
        QVERIFY2(nb.contains(u"Som --demo, men med nye demodata."_s), qPrintable(nb));
        QVERIFY2(nb.contains(u"Vis denne hjelpen og avslutt."_s), qPrintable(nb));
        QVERIFY(!nb.contains(u"Start a local demo server"_s));
        const QString c = help(u"C"_s);
        QVERIFY2(c.contains(u"Like --demo, but with fresh demo data."_s), qPrintable(c));
        QVERIFY(!c.contains(u"Som --demo"_s));
    }

    void catalogueIsComplete()
    {
        QFile file(QStringLiteral(LAS_REVIEW_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString context;
        QString source;
        bool numerus = false;
        QStringList forms;
        QString translation;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == "name"_L1) {
                    context = xml.readElementText();
                } else if (xml.name() == "message"_L1) {
                    numerus = xml.attributes().value(u"numerus"_s) == "yes"_L1;
                    forms.clear();
                    translation.clear();
                    unfinished = false;
                } else if (xml.name() == "source"_L1) {
                    source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    const QStringView type = xml.attributes().value(u"type"_s);
                    unfinished = type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1;
                    if (!numerus)
                        translation = xml.readElementText();
                } else if (xml.name() == "numerusform"_L1) {
                    forms.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == "message"_L1) {
                ++messages;
                const QString where = context + u": "_s + source;
                QVERIFY2(!unfinished, qPrintable(where));
                if (numerus) {
                    QCOMPARE(forms.size(), 2);
                    for (const QString &form : std::as_const(forms)) {
                        QVERIFY2(!form.isEmpty(), qPrintable(where));
                        QCOMPARE(placeholders(form), placeholders(source));
                    }
                } else {
                    QVERIFY2(!translation.isEmpty(), qPrintable(where));
                    QCOMPARE(placeholders(translation), placeholders(source));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
    }
};

QTEST_GUILESS_MAIN(TestAppTranslation)
#include "tst_apptranslation.moc"
