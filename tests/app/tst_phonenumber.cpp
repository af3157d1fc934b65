#include "sending/PhoneNumber.h"

#include <QFile>
#include <QTest>

using wa::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void libphonenumberIsLoadedWhenANumberIsFirstChecked(); // first: it sees the process before any check
    void normalizesToE164_data();
    void normalizesToE164();
    void rejectsWithAReason_data();
    void rejectsWithAReason();
    void formatsAsTyped_data();
    void formatsAsTyped();
    void formatsInternationallyWhenValid();
    void knowsTheRegions();
};

namespace {
// Whether a library of that name is mapped into this process.
bool loaded(const char* library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}
} // namespace

// libphonenumber and the ten libraries under it are loaded the first time a number is checked, not when the
// program starts: most runs of the CLI and the window's first frame never need them.
void TestPhoneNumber::libphonenumberIsLoadedWhenANumberIsFirstChecked()
{
    QVERIFY(!loaded("libphonenumber"));
    QVERIFY(!loaded("libprotobuf"));
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("  ")).error, QStringLiteral("No phone number given."));
    QCOMPARE(PhoneNumber::formatAsTyped(QStringLiteral("Paul"), 2).text, QStringLiteral("Paul"));
    QVERIFY(!loaded("libphonenumber"));
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("+353 83 800 0000")).e164,
             QStringLiteral("+353838000000"));
    QVERIFY(loaded("libphonenumber"));
    QVERIFY(loaded("libwa_phonenumbers"));
}

void TestPhoneNumber::normalizesToE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    // The issue's own example: an Irish mobile written the Irish way.
    QTest::newRow("IE national") << "083 800 0000"
                                 << "IE"
                                 << "+353838000000";
    QTest::newRow("IE already E.164") << "+353838000000"
                                      << ""
                                      << "+353838000000";
    QTest::newRow("IE spaced international") << "+353 83 800 0000"
                                             << ""
                                             << "+353838000000";
    QTest::newRow("IE with 00 prefix") << "00353 83 800 0000"
                                       << "IE"
                                       << "+353838000000";
    QTest::newRow("IE region lower case") << "083 800 0000"
                                          << "ie"
                                          << "+353838000000";
    QTest::newRow("US punctuation") << "(650) 253-0000"
                                    << "US"
                                    << "+16502530000";
    QTest::newRow("US international") << "+1 650-253-0000"
                                      << ""
                                      << "+16502530000";
    QTest::newRow("GB mobile") << "07400 123456"
                               << "GB"
                               << "+447400123456";
    QTest::newRow("DE mobile") << "0151 23456789"
                               << "DE"
                               << "+4915123456789";
    QTest::newRow("FR mobile dots") << "06.12.34.56.78"
                                    << "FR"
                                    << "+33612345678";
    QTest::newRow("EG mobile") << "010 0123 4567"
                               << "EG"
                               << "+201001234567";
    QTest::newRow("SA mobile") << "050 123 4567"
                               << "SA"
                               << "+966501234567";
    QTest::newRow("AE mobile") << "+971 50 123 4567"
                               << ""
                               << "+971501234567";
    QTest::newRow("IN mobile") << "098765 43210"
                               << "IN"
                               << "+919876543210";
    QTest::newRow("BR mobile") << "(11) 96123-4567"
                               << "BR"
                               << "+5511961234567";
    QTest::newRow("JP mobile") << "090-1234-5678"
                               << "JP"
                               << "+819012345678";
    QTest::newRow("international beats region") << "+44 7400 123456"
                                                << "IE"
                                                << "+447400123456";
    QTest::newRow("surrounding spaces") << "  +353838000000  "
                                        << ""
                                        << "+353838000000";
}

void TestPhoneNumber::normalizesToE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const auto result = PhoneNumber::normalize(input, region);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.e164, e164);
    QVERIFY(result.error.isEmpty());
}

void TestPhoneNumber::rejectsWithAReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << ""
                           << "IE"
                           << "No phone number";
    QTest::newRow("spaces only") << "   "
                                 << "IE"
                                 << "No phone number";
    QTest::newRow("no country, no region") << "083 800 0000"
                                           << ""
                                           << "country code";
    QTest::newRow("letters") << "call me maybe"
                             << "IE"
                             << "Not a phone number";
    QTest::newRow("unknown country code") << "+999 1234 5678"
                                          << ""
                                          << "country code";
    QTest::newRow("too short") << "+353 8"
                               << ""
                               << "short";
    QTest::newRow("too long") << "+353 83 800 0000 0000 0000"
                              << ""
                              << "long";
    QTest::newRow("absurdly long input") << QString(200, u'1') << "IE"
                                         << "long";
    QTest::newRow("right length, no such numbers") << "+1 555 000 0000"
                                                   << ""
                                                   << "United States";
}

void TestPhoneNumber::rejectsWithAReason()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, reasonContains);
    const auto result = PhoneNumber::normalize(input, region);
    QVERIFY(!result.isValid());
    QVERIFY(result.e164.isEmpty());
    QVERIFY2(result.error.contains(reasonContains, Qt::CaseInsensitive), qPrintable(result.error));
}

// Texts with the cursor shown as |.
void TestPhoneNumber::formatsAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "|"
                           << "IE"
                           << "|";
    QTest::newRow("national, growing 1") << "08|"
                                         << "IE"
                                         << "08|";
    QTest::newRow("national, growing 2") << "0838|"
                                         << "IE"
                                         << "083 8|";
    QTest::newRow("national, complete") << "0838000000|"
                                        << "IE"
                                        << "083 800 0000|";
    QTest::newRow("international, complete") << "+353838000000|"
                                             << ""
                                             << "+353 83 800 0000|";
    QTest::newRow("international, any region") << "+16502530000|"
                                               << "IE"
                                               << "+1 650-253-0000|";
    QTest::newRow("US national") << "6502530000|"
                                 << "US"
                                 << "(650) 253-0000|";
    QTest::newRow("no region, no +: as typed") << "0838000000|"
                                               << ""
                                               << "0838000000|";
    QTest::newRow("reformats badly spaced") << "+35 38 38 000 000|"
                                            << ""
                                            << "+353 83 800 0000|";
    QTest::newRow("cursor in the middle") << "+353|838000000"
                                          << ""
                                          << "+353| 83 800 0000";
    QTest::newRow("cursor after a middle digit") << "+3538380|00000"
                                                 << ""
                                                 << "+353 83 80|0 0000";
    QTest::newRow("cursor at the start") << "|0838000000"
                                         << "IE"
                                         << "|083 800 0000";
    QTest::newRow("letters: left alone") << "083 CALL| ME"
                                         << "IE"
                                         << "083 CALL| ME";
    QTest::newRow("second plus: left alone") << "+353+|83"
                                             << ""
                                             << "+353+|83";
    QTest::newRow("Arabic-Indic digits: left alone")
        << QString::fromUtf8("\u0660\u0668\u0663|") << "IE" << QString::fromUtf8("\u0660\u0668\u0663|");
}

void TestPhoneNumber::formatsAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const int cursor = int(typed.indexOf(u'|'));
    const PhoneNumber::Typed result = PhoneNumber::formatAsTyped(QString(typed).remove(u'|'), cursor, region);
    QCOMPARE(QString(result.text).insert(result.cursor, u'|'), expected);
}

void TestPhoneNumber::formatsInternationallyWhenValid()
{
    QCOMPARE(PhoneNumber::international(QStringLiteral("+353838000000")), QStringLiteral("+353 83 800 0000"));
    QCOMPARE(PhoneNumber::international(QStringLiteral("+16502530000")), QStringLiteral("+1 650-253-0000"));
    QCOMPARE(PhoneNumber::international(QStringLiteral("0838000000")), QStringLiteral("0838000000"));
    QCOMPARE(PhoneNumber::international(QStringLiteral("+x")), QStringLiteral("+x"));
}

void TestPhoneNumber::knowsTheRegions()
{
    const QStringList regions = PhoneNumber::supportedRegions();
    QVERIFY(regions.size() > 200);
    for (const char* code : {"IE", "US", "GB", "EG", "SA", "IN", "BR"})
        QVERIFY2(regions.contains(QLatin1StringView(code)), code);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
