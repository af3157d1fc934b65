#include "sending/CurlCommand.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace wa;

// "Copy as cURL": the exact request, runnable in a shell, with the key left to $OCTOPODS_API_KEY.
class TestCurlCommand : public QObject
{
    Q_OBJECT
private slots:
    void holdsTheExactRequestWithoutTheKey();
    void quotesForTheShell_data();
    void quotesForTheShell();
};

namespace {
OctopodsRequest sampleRequest()
{
    OctopodsRequest request;
    request.destinationPhone = QStringLiteral("+353838000000");
    request.intercomTeammateId = QStringLiteral("5173352");
    request.message.body = QStringLiteral("It's here: *50%* off $PATH `rm -rf` \"quoted\" 👋");
    request.message.action = ReplyButtonsAction{{{QStringLiteral("yes"), QStringLiteral("Yes")}}};
    return request;
}
} // namespace

void TestCurlCommand::holdsTheExactRequestWithoutTheKey()
{
    OctopodsClient::Config config;
    const OctopodsRequest request = sampleRequest();
    const QString curl = CurlCommand::forRequest(config, request);
    QVERIFY(curl.startsWith(QStringLiteral("curl -X POST 'https://app.octopods.io/api/v1/sms/messages'")));
    QVERIFY(curl.contains(QStringLiteral("-H \"X-Octopods-Auth: $OCTOPODS_API_KEY\"")));
    QVERIFY(curl.contains(QStringLiteral("-H 'Content-Type: application/json'")));
    QVERIFY(curl.contains(QStringLiteral("-H 'Accept: application/json'")));

    // The shell gives back the body byte for byte: run the quoted body through sh's printf.
    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("no sh");
    const qsizetype at = curl.indexOf(QStringLiteral("--data-raw ")) + 11;
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + curl.mid(at)});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(shell.readAllStandardOutput(), request.toJson(JsonWriter::Format::Compact));
}

void TestCurlCommand::quotesForTheShell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "abc"
                           << "'abc'";
    QTest::newRow("apostrophe") << "it's"
                                << "'it'\\''s'";
    QTest::newRow("dollar stays") << "$HOME"
                                  << "'$HOME'";
    QTest::newRow("empty") << ""
                           << "''";
}

void TestCurlCommand::quotesForTheShell()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CurlCommand::shellQuoted(text), quoted);
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
