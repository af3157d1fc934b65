#include "sending/Redaction.h"

#include <QTest>

using namespace wa;

// The API key out of whatever a server answered: verbatim, escaped, or as the value of an echoed header.
class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void redacts_data();
    void redacts();
};

namespace {
const QString Key = QStringLiteral("oct_live_4f9a/2b+c");
}

void TestRedaction::redacts_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nothing to hide") << QByteArray(R"({"error":"invalid phone"})")
                                     << QByteArray(R"({"error":"invalid phone"})");
    QTest::newRow("the key verbatim")
        << QByteArray("your key oct_live_4f9a/2b+c is wrong") << QByteArray("your key [redacted] is wrong");
    QTest::newRow("twice") << QByteArray("oct_live_4f9a/2b+c,oct_live_4f9a/2b+c")
                           << QByteArray("[redacted],[redacted]");
    QTest::newRow("JSON-escaped") << QByteArray(R"({"key":"oct_live_4f9a\/2b+c"})")
                                  << QByteArray(R"({"key":"[redacted]"})");
    QTest::newRow("percent-encoded") << QByteArray("GET /?k=oct_live_4f9a%2F2b%2Bc")
                                     << QByteArray("GET /?k=[redacted]");
    QTest::newRow("echoed header line") << QByteArray("X-Octopods-Auth: someone-elses-key\r\nAccept: */*")
                                        << QByteArray("X-Octopods-Auth: [redacted]\r\nAccept: */*");
    QTest::newRow("echoed header, JSON")
        << QByteArray(R"({"headers":{"x-octopods-auth":"abc","accept":"x"}})")
        << QByteArray(R"({"headers":{"x-octopods-auth":"[redacted]","accept":"x"}})");
    QTest::newRow("echoed header, list") << QByteArray(R"({"X-Octopods-Auth":["abc"]})")
                                         << QByteArray(R"({"X-Octopods-Auth":["[redacted]"]})");
    QTest::newRow("environment style")
        << QByteArray("HTTP_X_OCTOPODS_AUTH=abc def") << QByteArray("HTTP_X_OCTOPODS_AUTH=[redacted] def");
    QTest::newRow("a word that only starts like the key")
        << QByteArray("oct_live_4f9a") << QByteArray("oct_live_4f9a");
}

void TestRedaction::redacts()
{
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::redact(answer, Key), expected);
    QVERIFY(!Redaction::redact(answer, Key).contains(Key.toUtf8()));
    QCOMPARE(Redaction::redact(QString::fromUtf8(answer), Key), QString::fromUtf8(expected));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
