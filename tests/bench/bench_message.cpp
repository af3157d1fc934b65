#include "message/MessageJson.h"
#include "message/Validator.h"

#include <QFile>
#include <QTest>

using namespace wa;

// The core path of every keystroke and every import: JSON text -> model -> issues -> JSON text,
// measured on the largest valid list message (every field at its limit, ten sections).
class BenchMessage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseValidateSerialize();
    void parse();
    void validate();
    void serialize();

private:
    QByteArray m_json;
    InteractiveMessage m_message;
};

void BenchMessage::initTestCase()
{
    QFile file(QStringLiteral(WA_TEST_DATA "/largest_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_json = file.readAll();
    const MessageParseResult parsed = MessageJson::fromJson(m_json);
    QVERIFY(parsed.ok());
    m_message = *parsed.message;
    QVERIFY(!Validator::hasErrors(Validator::check(m_message)));
    QCOMPARE(m_message.actionAs<ListAction>()->rowCount(), 10);
}

void BenchMessage::parseValidateSerialize()
{
    QByteArray out;
    QBENCHMARK
    {
        const MessageParseResult parsed = MessageJson::fromJson(m_json);
        const QList<ValidationIssue> issues = Validator::check(*parsed.message);
        out = MessageJson::toJson(*parsed.message);
        Q_UNUSED(issues);
    }
    QVERIFY(!out.isEmpty());
}

void BenchMessage::parse()
{
    QBENCHMARK
    {
        const MessageParseResult parsed = MessageJson::fromJson(m_json);
        Q_UNUSED(parsed);
    }
}

void BenchMessage::validate()
{
    QBENCHMARK
    {
        const QList<ValidationIssue> issues = Validator::check(m_message);
        Q_UNUSED(issues);
    }
}

void BenchMessage::serialize()
{
    QBENCHMARK
    {
        const QByteArray out = MessageJson::toJson(m_message);
        Q_UNUSED(out);
    }
}

QTEST_GUILESS_MAIN(BenchMessage)
#include "bench_message.moc"
