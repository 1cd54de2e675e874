// Unit test of lasctl's translations: runs the real lasctl binary (no server: usage, credentials and file
// errors happen before any request) under different locale variables and checks which language it speaks.
// The locales need not be installed on the machine: QLocale reads the variables themselves.

#include "lasctlrun.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestLasCtlTranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // HOME of every run: no credentials file, so none is read by accident

    // The system environment without any LAS_* or locale variable, plus `vars` ("LANG=nb_NO.UTF-8", ...).
    QProcessEnvironment environment(const QStringList &vars) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"LAS_"_s) || key.startsWith(u"LC_"_s) || key == "LANG"_L1 ||
                key == "LANGUAGE"_L1)
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        for (const QString &assignment : vars) {
            const qsizetype eq = assignment.indexOf(u'=');
            env.insert(assignment.left(eq), assignment.mid(eq + 1));
        }
        return env;
    }

    // lasctl's output as text (it always writes UTF-8).
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        const LasCtlRun run = LasCtlRun::start(QStringLiteral(LASCTL_BIN), args, env, {}, 60000);
        return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
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

    // Which variable wins follows POSIX: LC_ALL, then LC_MESSAGES, then LANG.
    void usageErrorFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<bool>("norwegian");
        QTest::newRow("LANG nb_NO.UTF-8") << QStringList{u"LANG=nb_NO.UTF-8"_s} << true;
        QTest::newRow("LANG nb_NO") << QStringList{u"LANG=nb_NO"_s} << true;
        QTest::newRow("LC_ALL nb_NO.UTF-8 over LANG C")
            << QStringList{u"LANG=C"_s, u"LC_ALL=nb_NO.UTF-8"_s} << true;
        QTest::newRow("LC_MESSAGES nb_NO over LANG C")
            << QStringList{u"LANG=C"_s, u"LC_MESSAGES=nb_NO.UTF-8"_s} << true;
        QTest::newRow("LANG C") << QStringList{u"LANG=C"_s} << false;
        QTest::newRow("LC_ALL C over LANG nb_NO")
            << QStringList{u"LANG=nb_NO.UTF-8"_s, u"LC_ALL=C"_s} << false;
        QTest::newRow("LANG en_US.UTF-8") << QStringList{u"LANG=en_US.UTF-8"_s} << false;
        // LANGUAGE lists the preferred languages, except under the C locale (as gettext has it).
        QTest::newRow("LANGUAGE nb:en over LANG en_US")
            << QStringList{u"LANG=en_US.UTF-8"_s, u"LANGUAGE=nb:en"_s} << true;
        QTest::newRow("LANGUAGE nb under LC_ALL C") << QStringList{u"LC_ALL=C"_s, u"LANGUAGE=nb"_s} << false;
        QTest::newRow("nothing set") << QStringList{} << false;
    }
    void usageErrorFollowsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(bool, norwegian);
        const Run result = run({u"nosuchresource"_s, u"list"_s}, environment(locale));
        QCOMPARE(result.exitCode, 2); // usage error, whatever the language
        QVERIFY(result.out.isEmpty());
        const QString norwegianText = u"lasctl: ukjent ressurstype «nosuchresource»; gyldige er: documents"_s;
        const QString englishText = u"lasctl: unknown resource \"nosuchresource\"; one of: documents"_s;
        QVERIFY2(result.err.contains(norwegian ? norwegianText : englishText), qPrintable(result.err));
        QVERIFY2(!result.err.contains(norwegian ? englishText : norwegianText), qPrintable(result.err));
    }

    void helpIsTranslated()
    {
        const Run nb = run({u"--help"_s}, environment({u"LANG=nb_NO.UTF-8"_s}));
        QCOMPARE(nb.exitCode, 0);
        QVERIFY2(nb.out.startsWith(u"Bruk: lasctl [globale valg] <ressurs> <verb> [argumenter] [valg]\n"_s),
                 qPrintable(nb.out));
        QVERIFY(nb.out.contains(u"\nKommandoer:\n"_s));
        QVERIFY(nb.out.contains(u"\nGlobale valg:\n"_s));
        QVERIFY(nb.out.contains(u"\nAvslutningskoder:\n"_s));
        QVERIFY(nb.out.contains(u"last opp PDF- eller JPEG-filer som dokumenter, én JSON-linje per fil"_s));
        QVERIFY(!nb.out.contains(u"Usage:"_s));

        const Run c = run({u"--help"_s}, environment({u"LANG=C"_s}));
        QCOMPARE(c.exitCode, 0);
        QVERIFY(
            c.out.startsWith(u"Usage: lasctl [global options] <resource> <verb> [arguments] [options]\n"_s));
        QVERIFY(c.out.contains(u"upload PDF or JPEG files as documents, one JSON line per file"_s));
        QVERIFY(!c.out.contains(u"Kommandoer:"_s));
    }

    void commandHelpIsTranslated()
    {
        const Run nb = run({u"users"_s, u"update"_s, u"--help"_s}, environment({u"LANG=nb_NO.UTF-8"_s}));
        QCOMPARE(nb.exitCode, 0);
        QVERIFY2(nb.out.startsWith(u"Bruk: lasctl users update USER_ID [options]\n\n"
                                   u"endre navnet eller avataren til en bruker\n"
                                   u"Kaller las::Client::updateUser.\n"_s),
                 qPrintable(nb.out));
        QVERIFY(nb.out.contains(u"brukerens avatar (et bilde som data-URL eller base64)"_s));
    }

    void invalidOptionValueIsTranslated()
    {
        const Run nb =
            run({u"users"_s, u"list"_s, u"--max-results"_s, u"many"_s}, environment({u"LANG=nb_NO.UTF-8"_s}));
        QCOMPARE(nb.exitCode, 2);
        QVERIFY2(
            nb.err.contains(u"lasctl: --max-results: forventet et heltall fra 1 til 1000000, fikk «many»"_s),
            qPrintable(nb.err));
    }

    void credentialsErrorIsTranslated()
    {
        const QString missing = m_home.filePath(u"no-such-credentials.cfg"_s);
        const Run nb =
            run({u"--credentials"_s, missing, u"users"_s, u"list"_s}, environment({u"LANG=nb_NO.UTF-8"_s}));
        QCOMPARE(nb.exitCode, 3);
        QVERIFY2(nb.err.contains(u"påloggingsfilen %1 finnes ikke"_s.arg(missing)), qPrintable(nb.err));

        const Run c = run({u"--credentials"_s, missing, u"users"_s, u"list"_s}, environment({u"LANG=C"_s}));
        QCOMPARE(c.exitCode, 3);
        QVERIFY2(c.err.contains(u"the credentials file %1 does not exist"_s.arg(missing)), qPrintable(c.err));
    }

    // Files are checked before anything is sent, so the endpoints are never contacted (port 9: discard).
    void uploadReasonsAreTranslated()
    {
        QFile gif(m_home.filePath(u"picture.gif"_s));
        QVERIFY(gif.open(QIODevice::WriteOnly));
        gif.write("GIF89a\x01\x00\x01\x00");
        gif.close();
        const QString missing = m_home.filePath(u"missing.pdf"_s);
        QStringList vars{u"LANG=nb_NO.UTF-8"_s,
                         u"LAS_CLIENT_ID=id"_s,
                         u"LAS_CLIENT_SECRET=secret"_s,
                         u"LAS_API_KEY=key"_s,
                         u"LAS_AUTH_ENDPOINT=http://127.0.0.1:9"_s,
                         u"LAS_API_ENDPOINT=http://127.0.0.1:9/v1"_s};
        const Run two = run({u"documents"_s, u"create"_s, missing, gif.fileName()}, environment(vars));
        QCOMPARE(two.exitCode, 4); // invalid input
        QVERIFY2(two.err.contains(u"%1: filen finnes ikke"_s.arg(missing)), qPrintable(two.err));
        QVERIFY2(two.err.contains(u"%1: ikke en PDF- eller JPEG-fil (den ser ut som et GIF-bilde); bare "
                                  u"application/pdf og image/jpeg kan lastes opp"_s.arg(gif.fileName())),
                 qPrintable(two.err));
        QVERIFY2(two.err.contains(u"lasctl: 2 av 2 filer feilet"_s), qPrintable(two.err));

        const Run one = run({u"documents"_s, u"create"_s, missing}, environment(vars));
        QCOMPARE(one.exitCode, 4);
        QVERIFY2(one.err.contains(u"lasctl: 1 av 1 fil feilet"_s), qPrintable(one.err));

        vars.first() = u"LANG=C"_s;
        const Run c = run({u"documents"_s, u"create"_s, missing}, environment(vars));
        QCOMPARE(c.exitCode, 4);
        QVERIFY2(c.err.contains(u"%1: no such file"_s.arg(missing)), qPrintable(c.err));
    }

    // Every message of the .ts is translated, keeps the placeholders of its source, and plural messages
    // have both Bokmål forms.
    void translationFileIsComplete()
    {
        QFile file(QStringLiteral(LASCTL_TS_FILE));
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

QTEST_GUILESS_MAIN(TestLasCtlTranslation)
#include "tst_lasctltranslation.moc"
