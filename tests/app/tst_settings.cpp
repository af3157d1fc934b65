#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(wa::SendEndpoint)

using namespace wa;

// Settings round-trip through QSettings with sensible defaults; the API key never reaches a settings file.
class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaults();
    void roundTrips();
    void aTypedPathBecomesItsEndpoint_data();
    void aTypedPathBecomesItsEndpoint();
    void timeoutIsKeptInRange_data();
    void timeoutIsKeptInRange();
    void apiKeyWithoutAKeychainIsKeptForTheSessionOnly();

private:
    QTemporaryDir m_home;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Every file of this test under a temporary home, so the scan below sees all that was written.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::defaults()
{
    const Settings settings;
    QCOMPARE(settings.apiBaseUrl(), QUrl(QStringLiteral("https://app.octopods.io")));
    QCOMPARE(settings.sendEndpoint(), SendEndpoint::Messages);
    QCOMPARE(settings.timeoutSeconds(), 30);
    QCOMPARE(settings.defaultRegion(), QString());
    QCOMPARE(settings.defaultTeammateId(), QString());
    QCOMPARE(settings.previewTheme(), ThemeChoice::System);
    QCOMPARE(settings.libraryAddress(), QString()); // this computer's library
    QVERIFY(!settings.displayName().isEmpty() || qEnvironmentVariable("USER").isEmpty());
    const OctopodsClient::Config config = settings.clientConfig();
    QCOMPARE(config.baseUrl, settings.apiBaseUrl());
    QCOMPARE(config.timeout, std::chrono::milliseconds(30000));
}

void TestSettings::roundTrips()
{
    {
        Settings settings;
        settings.setApiBaseUrl(QUrl(QStringLiteral("https://eu.octopods.example")));
        settings.setSendEndpoint(SendEndpoint::Interactive);
        settings.setTimeoutSeconds(12);
        settings.setDefaultRegion(QStringLiteral(" ie "));
        settings.setDefaultTeammateId(QStringLiteral(" 5173352 "));
        settings.setPreviewTheme(ThemeChoice::Dark);
        settings.setLibraryAddress(QStringLiteral(" postgresql://ann@db.example.com/support "));
        settings.setDisplayName(QStringLiteral(" Ann "));
    }
    const Settings reread;
    QCOMPARE(reread.apiBaseUrl(), QUrl(QStringLiteral("https://eu.octopods.example")));
    QCOMPARE(reread.sendEndpoint(), SendEndpoint::Interactive);
    QCOMPARE(reread.timeoutSeconds(), 12);
    QCOMPARE(reread.defaultRegion(), QStringLiteral("IE"));
    QCOMPARE(reread.defaultTeammateId(), QStringLiteral("5173352"));
    QCOMPARE(reread.previewTheme(), ThemeChoice::Dark);
    QCOMPARE(reread.libraryAddress(), QStringLiteral("postgresql://ann@db.example.com/support"));
    QCOMPARE(reread.displayName(), QStringLiteral("Ann"));
    QCOMPARE(themeChoiceFromName(u"light"), std::optional(ThemeChoice::Light));
    QCOMPARE(themeChoiceFromName(u"Dark"), std::nullopt); // the names are exact
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        QCOMPARE(themeChoiceFromName(themeChoiceName(choice)), std::optional(choice));
    QCOMPARE(reread.clientConfig().path(), QStringLiteral("/api/v1/whatsapp/interactive"));
    QCOMPARE(reread.clientConfig().timeout, std::chrono::milliseconds(12000));
}

void TestSettings::aTypedPathBecomesItsEndpoint_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SendEndpoint>("endpoint");
    QTest::newRow("the messages path") << QStringLiteral("/api/v1/sms/messages") << SendEndpoint::Messages;
    QTest::newRow("the interactive path")
        << QStringLiteral("/api/v1/whatsapp/interactive") << SendEndpoint::Interactive;
    QTest::newRow("without its slash")
        << QStringLiteral("api/v1/whatsapp/interactive") << SendEndpoint::Interactive;
    QTest::newRow("another path is the default") << QStringLiteral("/api/v2/send") << SendEndpoint::Messages;
}

void TestSettings::aTypedPathBecomesItsEndpoint()
{
    QFETCH(QString, path);
    QFETCH(SendEndpoint, endpoint);
    QSettings().setValue(QStringLiteral("octopods/path"), path); // as the version with a path to type kept it
    QCOMPARE(Settings().sendEndpoint(), endpoint);
    Settings().setSendEndpoint(SendEndpoint::Interactive);
    QVERIFY(!QSettings().contains(QStringLiteral("octopods/path")));
    QCOMPARE(Settings().sendEndpoint(), SendEndpoint::Interactive);
}

void TestSettings::timeoutIsKeptInRange_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("kept");
    QTest::newRow("0 is 1") << 0 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("600") << 600 << 600;
    QTest::newRow("601 is 600") << 601 << 600;
}

void TestSettings::timeoutIsKeptInRange()
{
    QFETCH(int, given);
    QFETCH(int, kept);
    Settings settings;
    settings.setTimeoutSeconds(given);
    QCOMPARE(settings.timeoutSeconds(), kept);
}

// CI and bare sessions have no keychain service: the key is usable for the session, said to be session-only,
// and written nowhere.
void TestSettings::apiKeyWithoutAKeychainIsKeptForTheSessionOnly()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a session bus is running here: a real keychain may take the key");
    const QString key = QStringLiteral("octo-secret-93b1e07d");
    SecretStore store(QStringLiteral("wa-composer-tests"));
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(key);
    QCOMPARE(store.apiKey(), key); // usable at once
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(store.isSessionOnly());
    QVERIFY(!store.problem().isEmpty());
    QCOMPARE(store.apiKey(), key);

    Settings().setDefaultRegion(QStringLiteral("IE")); // settings are written, the key is not among them
    QSettings().sync();
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files > 0);

    store.forget();
    QVERIFY(!store.hasApiKey());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
