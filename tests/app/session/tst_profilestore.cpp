// Profiles persist in QSettings without their secrets: checked in the settings file itself.
#include "core/session/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"las-review.conf"_s); }

    static Profile profile(const QString &name, const QString &api = u"https://api.lucidtech.ai/v1"_s)
    {
        return Profile{name, api, u"auth.lucidtech.ai"_s, u"client-"_s + name};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(settingsPath());
    }

    void savedProfilesComeBackAndHoldNoSecrets()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.isEmpty());
            QCOMPARE(store.activeProfileName(), QString());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            store.save(profile(u"production"_s));
            store.save(profile(u"staging"_s, u"https://staging.example.com/v1"_s));
            QCOMPARE(changed.count(), 2);
            store.setActiveProfileName(u"staging"_s);
            // Secrets belong to las::SecretStore; make sure a secret that happens to be in memory next to the
            // store does not end up in the file.
            const las::ProfileSecrets secrets{u"very-secret-client-secret"_s, u"very-secret-api-key"_s};
            QCOMPARE(profile(u"production"_s).credentials(secrets).clientSecret, secrets.clientSecret);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(u"production"_s).value(), profile(u"production"_s));
        QCOMPARE(store.profile(u"staging"_s)->apiEndpoint, u"https://staging.example.com/v1"_s);
        QCOMPARE(store.activeProfileName(), u"staging"_s);

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY2(contents.contains("client-production"), contents.constData());
        QVERIFY2(contents.contains("staging.example.com"), contents.constData());
        for (const char *forbidden : {"very-secret", "secret=", "Secret", "apiKey", "api_key", "token"})
            QVERIFY2(!contents.contains(forbidden), forbidden);
    }

    void renameRemoveAndActive()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(profile(u"a"_s));
        store.save(profile(u"b"_s));
        QCOMPARE(store.activeProfileName(), QString()); // nothing chosen yet
        store.setActiveProfileName(u"a"_s);
        QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
        store.save(profile(u"renamed"_s), u"a"_s);
        QCOMPARE(store.activeProfileName(), u"renamed"_s);
        QCOMPARE(active.count(), 1);
        QVERIFY(!store.contains(u"a"_s));
        QCOMPARE(store.profiles().size(), 2);

        store.setActiveProfileName(u"no such profile"_s);
        QCOMPARE(store.activeProfileName(), u"renamed"_s);

        store.remove(u"renamed"_s);
        QCOMPARE(store.activeProfileName(), u"b"_s);
        QCOMPARE(active.count(), 2);
        store.remove(u"b"_s);
        QVERIFY(store.isEmpty());
        QCOMPARE(store.activeProfileName(), QString());

        QSettings again(settingsPath(), QSettings::IniFormat);
        QVERIFY(ProfileStore(&again).isEmpty());
    }

    void importIsOfferedOnce()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(!store.importOffered());
        store.setImportOffered(true);
        QSettings again(settingsPath(), QSettings::IniFormat);
        QVERIFY(ProfileStore(&again).importOffered());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
