// Variables (README, "Variables"): the {{name}} / {{name|fallback}} syntax and its errors, filling a whole
// message, the validator on the filled result (every limit at its edge and one past it, the room warning,
// URLs checked once filled), and the CLI's --var, --vars and `validate`'s list.

#include "AppServices.h"
#include "message/Limits.h"
#include "message/MessageJson.h"
#include "support/CliRun.h"
#include "support/TestMessages.h"
#include "variables/MessageFill.h"
#include "variables/Placeholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using namespace Qt::StringLiterals;

namespace {

InteractiveMessage buttonTitled(const QString& title)
{
    InteractiveMessage message = test::withBody(u"Hello"_s);
    message.action = ReplyButtonsAction{{{u"a"_s, title}}};
    return message;
}

InteractiveMessage ctaTo(const QString& url)
{
    InteractiveMessage message = test::withBody(u"Your order"_s);
    message.action = CtaUrlAction{u"See order"_s, url};
    return message;
}

using test::issuesAt;

QString describe(const QList<ValidationIssue>& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.path + u": "_s + issue.code + u": "_s + issue.message);
    return lines.join(u'\n');
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesPlaceholders_data();
    void parsesPlaceholders();
    void malformedPlaceholdersSayWhere_data();
    void malformedPlaceholdersSayWhere();
    void fillsValuesFallbacksAndEscapes_data();
    void fillsValuesFallbacksAndEscapes();
    void fillsEveryCustomerVisibleText();
    void listsVariablesInOrderOfFirstUse();
    void malformedPlaceholderIsAnIssueWithPathAndPosition();

    void filledLengthIsChecked_data();
    void filledLengthIsChecked();
    void warnsWhenLittleRoomIsLeft_data();
    void warnsWhenLittleRoomIsLeft();
    void urlIsCheckedOnceFilled_data();
    void urlIsCheckedOnceFilled();
    void anUnfilledTextIsNotCalledEmptyOrDuplicate();

    void requestFillsFromVar();
    void requestWithoutValueNamesTheVariable();
    void requestUsesTheFallback();
    void requestTakesAVarsFile();
    void requestTakesADraftsDefaults();
    void requestRefusesBadVariableOptions_data();
    void requestRefusesBadVariableOptions();
    void validateListsTheVariables();

private:
    QTemporaryDir m_folder;
    QString write(const QString& name, const QByteArray& contents);
    test::CliRun cli(const QStringList& arguments);
};

void TestVariables::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestVariables::parsesPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");     // in order; "" for an escape
    QTest::addColumn<QStringList>("fallbacks"); // "-" for none

    QTest::newRow("none") << u"Hello there"_s << QStringList() << QStringList();
    QTest::newRow("one") << u"Hi {{name}}!"_s << QStringList{u"name"_s} << QStringList{u"-"_s};
    QTest::newRow("fallback") << u"Hi {{name|there}}!"_s << QStringList{u"name"_s} << QStringList{u"there"_s};
    QTest::newRow("empty fallback") << u"{{name|}}"_s << QStringList{u"name"_s} << QStringList{u""_s};
    QTest::newRow("fallback with spaces and bar")
        << u"{{name|dear customer | friend}}"_s << QStringList{u"name"_s}
        << QStringList{u"dear customer | friend"_s};
    QTest::newRow("spaces around the name")
        << u"{{ name }}"_s << QStringList{u"name"_s} << QStringList{u"-"_s};
    QTest::newRow("dots digits underscores")
        << u"{{contact.first_name2}}"_s << QStringList{u"contact.first_name2"_s} << QStringList{u"-"_s};
    QTest::newRow("letters of any script")
        << u"{{имя}} {{名前}}"_s << QStringList{u"имя"_s, u"名前"_s} << QStringList{u"-"_s, u"-"_s};
    QTest::newRow("escape") << u"{{{{name}}"_s << QStringList{u""_s} << QStringList{u"-"_s};
    QTest::newRow("escape then placeholder")
        << u"{{{{ and {{a}}"_s << QStringList{u""_s, u"a"_s} << QStringList{u"-"_s, u"-"_s};
    QTest::newRow("lone closing braces") << u"a }} b"_s << QStringList() << QStringList();
    QTest::newRow("single brace") << u"{name}"_s << QStringList() << QStringList();
}

void TestVariables::parsesPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, fallbacks);
    const PlaceholderText parsed = Placeholders::parse(text);
    QVERIFY2(!parsed.error, qPrintable(parsed.error ? parsed.error->message : QString()));
    QCOMPARE(parsed.tokens.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const PlaceholderToken& token = parsed.tokens[i];
        QCOMPARE(token.kind == PlaceholderToken::Kind::Escape, names[i].isEmpty());
        QCOMPARE(token.name, names[i]);
        QCOMPARE(token.fallback.value_or(u"-"_s), fallbacks[i]);
    }
}

void TestVariables::malformedPlaceholdersSayWhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");

    QTest::newRow("no name") << u"Hi {{ }}"_s << 4 << u"has no name"_s;
    QTest::newRow("nothing inside") << u"{{}}"_s << 1 << u"has no name"_s;
    QTest::newRow("only a fallback") << u"{{|x}}"_s << 1 << u"has no name"_s;
    QTest::newRow("not closed") << u"Hi {{name"_s << 4 << u"not closed"_s;
    QTest::newRow("closed on the next line") << u"Hi {{na\nme}}"_s << 4 << u"not closed"_s;
    QTest::newRow("space in the name") << u"{{a b}}"_s << 1 << u"a space cannot be in a name"_s;
    QTest::newRow("brace in the name") << u"x {{{name}}}"_s << 3 << u"'{' cannot be in a name"_s;
    QTest::newRow("dash in the name") << u"{{first-name}}"_s << 1 << u"'-' cannot be in a name"_s;
    QTest::newRow("placeholder in a fallback") << u"{{a|{{b}}}}"_s << 1 << u"another placeholder"_s;
    // Positions count characters (code points), as WhatsApp's limits do: an emoji is one.
    QTest::newRow("after an emoji") << u"😀 {{ }}"_s << 3 << u"has no name"_s;
    QTest::newRow("after a good one") << u"{{a}} {{b"_s << 7 << u"not closed"_s;
}

void TestVariables::malformedPlaceholdersSayWhere()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, says);
    const PlaceholderText parsed = Placeholders::parse(text);
    QVERIFY(parsed.error);
    QCOMPARE(parsed.error->position, position);
    QVERIFY2(parsed.error->message.contains(says), qPrintable(parsed.error->message));
}

void TestVariables::fillsValuesFallbacksAndEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<VariableValues>("values");
    QTest::addColumn<QString>("asWritten");
    QTest::addColumn<QString>("empty");
    QTest::addColumn<QStringList>("unfilled");

    const VariableValues maria{{u"name"_s, u"Maria"_s}};
    QTest::newRow("value") << u"Hi {{name}}!"_s << maria << u"Hi Maria!"_s << u"Hi Maria!"_s << QStringList();
    QTest::newRow("value over fallback")
        << u"Hi {{name|there}}!"_s << maria << u"Hi Maria!"_s << u"Hi Maria!"_s << QStringList();
    QTest::newRow("fallback") << u"Hi {{name|there}}!"_s << VariableValues() << u"Hi there!"_s
                              << u"Hi there!"_s << QStringList();
    QTest::newRow("empty value takes the fallback")
        << u"Hi {{name|there}}!"_s << VariableValues{{u"name"_s, u""_s}} << u"Hi there!"_s << u"Hi there!"_s
        << QStringList();
    QTest::newRow("empty fallback") << u"Hi{{name|}}!"_s << VariableValues() << u"Hi!"_s << u"Hi!"_s
                                    << QStringList();
    QTest::newRow("no value") << u"Hi {{name}}!"_s << VariableValues() << u"Hi {{name}}!"_s << u"Hi !"_s
                              << QStringList{u"name"_s};
    QTest::newRow("twice, named once") << u"{{a}}{{b}}{{a}}"_s << VariableValues() << u"{{a}}{{b}}{{a}}"_s
                                       << u""_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("escape") << u"Use {{{{name}} here"_s << maria << u"Use {{name}} here"_s
                            << u"Use {{name}} here"_s << QStringList();
    QTest::newRow("a value is not read again") << u"{{name}}"_s << VariableValues{{u"name"_s, u"{{other}}"_s}}
                                               << u"{{other}}"_s << u"{{other}}"_s << QStringList();
}

void TestVariables::fillsValuesFallbacksAndEscapes()
{
    QFETCH(QString, text);
    QFETCH(VariableValues, values);
    QFETCH(QString, asWritten);
    QFETCH(QString, empty);
    QFETCH(QStringList, unfilled);
    const FilledMessage written = MessageFill::fill(test::withBody(text), values);
    QCOMPARE(*written.message.body, asWritten);
    QCOMPARE(written.unfilled, unfilled);
    QCOMPARE(written.isComplete(), unfilled.isEmpty());
    const FilledMessage emptied =
        MessageFill::fill(test::withBody(text), values, MessageFill::Unfilled::Empty);
    QCOMPARE(*emptied.message.body, empty);
}

void TestVariables::fillsEveryCustomerVisibleText()
{
    const VariableValues values{{u"v"_s, u"X"_s}};
    const auto filled = [&](const InteractiveMessage& message) {
        return MessageFill::fill(message, values).message;
    };

    InteractiveMessage list = test::withBody(u"b {{v}}"_s);
    list.header = Header::fromText(u"h {{v}}"_s);
    list.footer = u"f {{v}}"_s;
    list.action =
        ListAction{u"menu {{v}}"_s, {{u"s {{v}}"_s, {{u"id-{{v}}"_s, u"t {{v}}"_s, u"d {{v}}"_s}}}}};
    const InteractiveMessage listOut = filled(list);
    QCOMPARE(listOut.header.text, u"h X"_s);
    QCOMPARE(*listOut.body, u"b X"_s);
    QCOMPARE(*listOut.footer, u"f X"_s);
    const ListAction& action = *listOut.actionAs<ListAction>();
    QCOMPARE(action.button, u"menu X"_s);
    QCOMPARE(action.sections[0].title, u"s X"_s);
    QCOMPARE(action.sections[0].rows[0].title, u"t X"_s);
    QCOMPARE(action.sections[0].rows[0].description, u"d X"_s);
    QCOMPARE(action.sections[0].rows[0].id, u"id-{{v}}"_s); // ids are machine values, never filled

    InteractiveMessage document = test::withBody(u"b"_s);
    document.header = {
        HeaderKind::Document, {}, {}, u"https://x.example/{{v}}.pdf"_s, u"invoice-{{v}}.pdf"_s};
    const InteractiveMessage documentOut = filled(document);
    QCOMPARE(documentOut.header.mediaLink, u"https://x.example/X.pdf"_s);
    QCOMPARE(documentOut.header.filename, u"invoice-X.pdf"_s);

    const InteractiveMessage ctaOut = filled(ctaTo(u"https://x.example/{{v}}"_s));
    QCOMPARE(ctaOut.actionAs<CtaUrlAction>()->url, u"https://x.example/X"_s);

    InteractiveMessage flow = test::withBody(u"b"_s);
    FlowAction flowAction;
    flowAction.flowId = u"123"_s;
    flowAction.cta = u"Go {{v}}"_s;
    flowAction.flowToken = u"token-{{v}}"_s;
    flowAction.screen = u"FIRST"_s;
    flowAction.data = QJsonObject{{u"greeting"_s, u"hi {{v}}"_s},
                                  {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{u"{{v}}"_s, 3}}}}};
    flow.action = flowAction;
    const InteractiveMessage flowMessage = filled(flow);
    const FlowAction& flowOut = *flowMessage.actionAs<FlowAction>();
    QCOMPARE(flowOut.cta, u"Go X"_s);
    QCOMPARE(flowOut.flowToken, u"token-X"_s);
    QCOMPARE(flowOut.data->value(u"greeting"_s).toString(), u"hi X"_s);
    QCOMPARE(flowOut.data->value(u"nested"_s).toObject().value(u"list"_s).toArray(), (QJsonArray{u"X"_s, 3}));
}

void TestVariables::listsVariablesInOrderOfFirstUse()
{
    InteractiveMessage message = test::withBody(u"Dear {{name}}, order {{order|unknown}} ({{name|you}})"_s);
    message.header = Header::fromText(u"{{shop}}"_s);
    message.action = ReplyButtonsAction{{{u"a"_s, u"{{order|x}}"_s}, {u"b"_s, u"{{reason}}"_s}}};
    const QList<VariableUse> expected{{u"shop"_s, std::nullopt},
                                      {u"name"_s, u"you"_s}, // the first fallback written for it
                                      {u"order"_s, u"unknown"_s},
                                      {u"reason"_s, std::nullopt}};
    QCOMPARE(MessageFill::variablesOf(message), expected);
    QCOMPARE(MessageFill::variablesOf(test::withBody(u"no variables, {{{{ not one"_s)), QList<VariableUse>());
}

void TestVariables::malformedPlaceholderIsAnIssueWithPathAndPosition()
{
    const QList<ValidationIssue> issues = MessageFill::check(buttonTitled(u"Hi {{a b}}"_s));
    const QList<ValidationIssue> found =
        issuesAt(issues, u"action.buttons[0].reply.title"_s, u"malformed-placeholder"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Error);
    QVERIFY2(found[0].message.contains(u"character 4"_s), qPrintable(found[0].message));
    QVERIFY(found[0].message.contains(u"{{a b}}"_s));
    // A literal "{{" written as the escape is no error, and is sent as "{{".
    QVERIFY(!Validator::hasErrors(MessageFill::check(test::withBody(u"Type {{{{ to start"_s))));
}

void TestVariables::filledLengthIsChecked_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("valueLength");
    QTest::addColumn<bool>("tooLong");

    const int titleRoom = Limits::ReplyTitleMax - 6; // "Track " is 6
    QTest::newRow("reply title at the limit")
        << buttonTitled(u"Track {{v}}"_s) << u"action.buttons[0].reply.title"_s << titleRoom << false;
    QTest::newRow("reply title one past")
        << buttonTitled(u"Track {{v}}"_s) << u"action.buttons[0].reply.title"_s << titleRoom + 1 << true;
    const int bodyRoom = Limits::BodyTextMax - 3; // "Hi " is 3
    QTest::newRow("body at the limit")
        << test::withBody(u"Hi {{v}}"_s) << u"body.text"_s << bodyRoom << false;
    QTest::newRow("body one past") << test::withBody(u"Hi {{v}}"_s) << u"body.text"_s << bodyRoom + 1 << true;
    InteractiveMessage header = test::withBody(u"b"_s);
    header.header = Header::fromText(u"{{v}}"_s);
    QTest::newRow("header at the limit") << header << u"header.text"_s << Limits::HeaderTextMax << false;
    QTest::newRow("header one past") << header << u"header.text"_s << Limits::HeaderTextMax + 1 << true;
    const InteractiveMessage cta = [] {
        InteractiveMessage message = ctaTo(u"https://x.example"_s);
        message.actionAs<CtaUrlAction>()->displayText = u"{{v}}"_s;
        return message;
    }();
    QTest::newRow("cta text at the limit")
        << cta << u"action.parameters.display_text"_s << Limits::CtaDisplayTextMax << false;
    QTest::newRow("cta text one past")
        << cta << u"action.parameters.display_text"_s << Limits::CtaDisplayTextMax + 1 << true;
}

void TestVariables::filledLengthIsChecked()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    QFETCH(int, valueLength);
    QFETCH(bool, tooLong);
    // Emoji count as one character each, as WhatsApp counts.
    const VariableValues values{{u"v"_s, u"😀"_s.repeated(valueLength)}};
    const QList<ValidationIssue> issues = MessageFill::check(message, values);
    const QList<ValidationIssue> found = issuesAt(issues, path, u"too-long"_s);
    QCOMPARE(found.size(), tooLong ? 1 : 0);
    if (tooLong)
        QVERIFY2(found[0].message.contains(u"once filled"_s), qPrintable(found[0].message));
    // The request a send makes holds the filled text and is checked as sent.
    const FilledMessage filled = MessageFill::fill(message, values);
    QVERIFY(filled.isComplete());
    QCOMPARE(Validator::hasErrors(Validator::check(filled.message)), tooLong);
}

void TestVariables::warnsWhenLittleRoomIsLeft_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("room"); // -1: no warning

    const int roomy = Limits::VariableRoomWarning;
    const QString atThreshold = QString(Limits::BodyTextMax - roomy, u'x') + u"{{name}}"_s;
    const QString pastThreshold = QString(Limits::BodyTextMax - roomy + 1, u'x') + u"{{name}}"_s;
    QTest::newRow("body: room enough") << test::withBody(atThreshold) << u"body.text"_s << -1;
    QTest::newRow("body: little room") << test::withBody(pastThreshold) << u"body.text"_s << roomy - 1;
    QTest::newRow("reply title") << buttonTitled(u"Hi {{name}}"_s) << u"action.buttons[0].reply.title"_s
                                 << Limits::ReplyTitleMax - 3;
    QTest::newRow("fallback counts as a variable")
        << buttonTitled(u"Hi {{name|you}}"_s) << u"action.buttons[0].reply.title"_s
        << Limits::ReplyTitleMax - 3;
    QTest::newRow("no placeholder, no warning")
        << buttonTitled(u"Hi there"_s) << u"action.buttons[0].reply.title"_s << -1;
}

void TestVariables::warnsWhenLittleRoomIsLeft()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    QFETCH(int, room);
    const QList<ValidationIssue> found = issuesAt(MessageFill::check(message), path, u"variable-room"_s);
    if (room < 0) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QVERIFY2(found[0].message.startsWith(u"Leaves %1 characters for {{name}}"_s.arg(room)),
             qPrintable(found[0].message));
}

void TestVariables::urlIsCheckedOnceFilled_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<VariableValues>("values");
    QTest::addColumn<QString>("code"); // the URL's error, or empty

    const QString orders = u"https://example.com/orders/{{order_id}}"_s;
    QTest::newRow("unfilled") << orders << VariableValues() << QString();
    QTest::newRow("filled") << orders << VariableValues{{u"order_id"_s, u"4521"_s}} << QString();
    QTest::newRow("filled with a space")
        << orders << VariableValues{{u"order_id"_s, u"45 21"_s}} << u"invalid-url"_s;
    QTest::newRow("the whole URL, unfilled") << u"{{link}}"_s << VariableValues() << QString();
    QTest::newRow("the whole URL, filled wrong")
        << u"{{link}}"_s << VariableValues{{u"link"_s, u"ftp://x.example"_s}} << u"url-scheme"_s;
    QTest::newRow("a fallback is filled") << u"{{link|nowhere}}"_s << VariableValues() << u"invalid-url"_s;
}

void TestVariables::urlIsCheckedOnceFilled()
{
    QFETCH(QString, url);
    QFETCH(VariableValues, values);
    QFETCH(QString, code);
    const QList<ValidationIssue> issues = MessageFill::check(ctaTo(url), values);
    const QString path = u"action.parameters.url"_s;
    QVERIFY2(issuesAt(issues, path, u"invalid-url"_s).size() == (code == u"invalid-url" ? 1 : 0),
             qPrintable(describe(issues)));
    QVERIFY2(issuesAt(issues, path, u"url-scheme"_s).size() == (code == u"url-scheme" ? 1 : 0),
             qPrintable(describe(issues)));
}

void TestVariables::anUnfilledTextIsNotCalledEmptyOrDuplicate()
{
    InteractiveMessage message = test::withBody(u"{{greeting}}"_s);
    message.action =
        ReplyButtonsAction{{{u"a"_s, u"Hi {{a}}"_s}, {u"b"_s, u"Hi {{b}}"_s}, {u"c"_s, u"{{c}}"_s}}};
    QVERIFY2(!Validator::hasErrors(MessageFill::check(message)),
             qPrintable(describe(MessageFill::check(message))));
    // Filled the same, they are the same title: an error once filled.
    const QList<ValidationIssue> filled = MessageFill::check(
        message, {{u"a"_s, u"Jo"_s}, {u"b"_s, u"Jo"_s}, {u"c"_s, u"x"_s}, {u"greeting"_s, u"Hello"_s}});
    QCOMPARE(issuesAt(filled, u"action.buttons[1].reply.title"_s, u"duplicate-title"_s).size(), 1);
    // A value of spaces is checked as any text is.
    const QList<ValidationIssue> blank = MessageFill::check(buttonTitled(u"{{t}}"_s), {{u"t"_s, u"   "_s}});
    QCOMPARE(issuesAt(blank, u"action.buttons[0].reply.title"_s, u"blank"_s).size(), 1);
}

QString TestVariables::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

test::CliRun TestVariables::cli(const QStringList& arguments)
{
    AppServices services(m_folder.filePath(u"data"_s));
    return test::runCli(arguments, {}, &services);
}

namespace {
QByteArray buttonFile(const QString& body)
{
    return MessageJson::toJson(test::withBody(body));
}

QString sentBody(const QString& requestJson)
{
    const QJsonObject request = QJsonDocument::fromJson(requestJson.toUtf8()).object();
    return request[u"waba_interactive_message"_s].toObject()[u"body"_s].toObject()[u"text"_s].toString();
}
} // namespace

void TestVariables::requestFillsFromVar()
{
    const QString file = write(u"hi.json"_s, buttonFile(u"Hi {{name}}!"_s));
    const test::CliRun run =
        cli({u"request"_s, u"--to"_s, u"+353838000000"_s, u"--var"_s, u"name=Maria"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sentBody(run.out), u"Hi Maria!"_s);
    // A value may hold '=' and spaces: only the first '=' splits.
    const test::CliRun equals =
        cli({u"request"_s, u"--to"_s, u"+353838000000"_s, u"--var"_s, u"name=a = b"_s, file});
    QCOMPARE(sentBody(equals.out), u"Hi a = b!"_s);
}

void TestVariables::requestWithoutValueNamesTheVariable()
{
    const QString file = write(u"hi.json"_s, buttonFile(u"Hi {{name}}, {{order}}!"_s));
    const test::CliRun run = cli({u"request"_s, u"--to"_s, u"+353838000000"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, u"{{name}}: no value\n{{order}}: no value\n"_s);
    // Malformed: the path and the character.
    const QString bad = write(u"bad.json"_s, buttonFile(u"Hi {{name"_s));
    const test::CliRun malformed = cli({u"request"_s, u"--to"_s, u"+353838000000"_s, bad});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.startsWith(u"body.text: Placeholder at character 4"_s), qPrintable(malformed.err));
}

void TestVariables::requestUsesTheFallback()
{
    const QString file = write(u"hi.json"_s, buttonFile(u"Hi {{name|there}}!"_s));
    const test::CliRun run = cli({u"request"_s, u"--to"_s, u"+353838000000"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sentBody(run.out), u"Hi there!"_s);
}

void TestVariables::requestTakesAVarsFile()
{
    const QString file = write(u"order.json"_s, buttonFile(u"Hi {{name}}, order {{order_id}}"_s));
    const QString vars = write(u"vars.json"_s, R"({"name": "Maria", "order_id": 4521})");
    const test::CliRun run = cli(
        {u"request"_s, u"--to"_s, u"+353838000000"_s, u"--vars"_s, vars, u"--var"_s, u"name=Ana"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sentBody(run.out), u"Hi Ana, order 4521"_s); // --var wins over the file
}

void TestVariables::requestTakesADraftsDefaults()
{
    const QByteArray message = MessageJson::toJson(test::withBody(u"Hi {{name}}, order {{order}}"_s));
    const QString file = write(u"draft.json"_s, R"({"wa_composer_draft": 1, "name": "Order update",)"
                                                R"( "variables": {"name": "Friend", "order": "pending"},)"
                                                R"( "message": )" +
                                                    message + "}");
    const QStringList to{u"request"_s, u"--to"_s, u"+353838000000"_s};
    QCOMPARE(sentBody(cli(to + QStringList{file}).out), u"Hi Friend, order pending"_s);
    // Every value given wins over the draft's.
    const test::CliRun given = cli(to + QStringList{u"--var"_s, u"order=4521"_s, file});
    QCOMPARE(given.exitCode, 0);
    QCOMPARE(sentBody(given.out), u"Hi Friend, order 4521"_s);
    // validate checks the message filled with them too: a default too long for the body is an error.
    const QString longDefault =
        write(u"long.json"_s, R"({"wa_composer_draft": 1, "variables": {"name": ")" + QByteArray(1100, 'x') +
                                  R"("}, "message": )" + message + "}");
    QCOMPARE(cli({u"validate"_s, file}).exitCode, 0);
    const test::CliRun tooLong = cli({u"validate"_s, longDefault});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.out.contains(u"body.text"_s) && tooLong.out.contains(u"once filled"_s),
             qPrintable(tooLong.out));

    // Kept in the library, and used by --draft.
    const test::CliRun imported = cli({u"drafts"_s, u"import"_s, file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const test::CliRun fromLibrary =
        cli(to + QStringList{u"--draft"_s, u"Order update"_s, u"--var"_s, u"name=Maria"_s});
    QVERIFY2(fromLibrary.exitCode == 0, qPrintable(fromLibrary.err));
    QCOMPARE(sentBody(fromLibrary.out), u"Hi Maria, order pending"_s);
}

void TestVariables::requestRefusesBadVariableOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("varsFile");
    QTest::addColumn<QString>("says");

    QTest::newRow("no equals") << QStringList{u"--var"_s, u"name"_s} << QByteArray() << u"write NAME=VALUE"_s;
    QTest::newRow("bad name") << QStringList{u"--var"_s, u"first name=x"_s} << QByteArray()
                              << u"write NAME=VALUE"_s;
    QTest::newRow("vars not an object")
        << QStringList{u"--vars"_s} << QByteArray("[1]") << u"not a JSON object"_s;
    QTest::newRow("vars not JSON") << QStringList{u"--vars"_s} << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("vars value an object")
        << QStringList{u"--vars"_s} << QByteArray(R"({"name": {}})") << u"name must be a text or a number"_s;
    QTest::newRow("vars bad name") << QStringList{u"--vars"_s} << QByteArray(R"({"a b": "x"})")
                                   << u"is not a variable name"_s;
    QTest::newRow("vars missing") << QStringList{u"--vars"_s, u"/nonexistent/vars.json"_s} << QByteArray()
                                  << u"--vars"_s;
}

void TestVariables::requestRefusesBadVariableOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, varsFile);
    QFETCH(QString, says);
    if (!varsFile.isNull())
        options.append(write(u"vars-bad.json"_s, varsFile));
    const QString file = write(u"hi.json"_s, buttonFile(u"Hi {{name}}!"_s));
    const test::CliRun run =
        cli(QStringList{u"request"_s, u"--to"_s, u"+353838000000"_s} + options + QStringList{file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

void TestVariables::validateListsTheVariables()
{
    const QString file =
        write(u"v.json"_s, MessageJson::toJson(ctaTo(u"https://example.com/o/{{order_id}}"_s)));
    const QString withBody = write(u"v2.json"_s, [] {
        InteractiveMessage message = ctaTo(u"https://example.com/o/{{order_id}}"_s);
        message.body = u"Hi {{name|there}}"_s;
        return MessageJson::toJson(message);
    }());
    const test::CliRun text = cli({u"validate"_s, withBody});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Variables: {{name|there}}, {{order_id}}\n"_s), qPrintable(text.out));
    const test::CliRun json = cli({u"validate"_s, u"--json"_s, withBody});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray variables =
        QJsonDocument::fromJson(json.out.toUtf8()).object()[u"variables"_s].toArray();
    QCOMPARE(variables, (QJsonArray{QJsonObject{{u"name"_s, u"name"_s}, {u"fallback"_s, u"there"_s}},
                                    QJsonObject{{u"name"_s, u"order_id"_s}}}));
    // With values, the filled message is checked: a space makes the URL wrong.
    const test::CliRun filled = cli({u"validate"_s, u"--var"_s, u"order_id=4 5"_s, file});
    QCOMPARE(filled.exitCode, 1);
    QVERIFY2(filled.out.contains(u"action.parameters.url"_s), qPrintable(filled.out));
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
