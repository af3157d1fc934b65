#include "sending/PhoneNumber.h"

#include <QTest>

using wa::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void normalizesToE164_data();
    void normalizesToE164();
    void rejectsWithAReason_data();
    void rejectsWithAReason();
    void knowsTheRegions();
};

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

void TestPhoneNumber::knowsTheRegions()
{
    const QStringList regions = PhoneNumber::supportedRegions();
    QVERIFY(regions.size() > 200);
    for (const char* code : {"IE", "US", "GB", "EG", "SA", "IN", "BR"})
        QVERIFY2(regions.contains(QLatin1StringView(code)), code);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
