#include "AppServices.h"
#include "drafts/DraftSession.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "variables/MessageFill.h"
#include "windows/FileDialogs.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;

namespace {

constexpr int VariableCount = 10;

QString placeholder(int i)
{
    return QStringLiteral("{{v%1}}").arg(i); // 6 characters
}

// `text` with its first characters given over to the placeholders of `first`..`last`: as long as before.
QString withPlaceholders(const QString& text, int first, int last)
{
    QString start;
    for (int i = first; i <= last; ++i)
        start += placeholder(i);
    return start + text.mid(start.size());
}

// The largest valid list message with 10 variables: two in the header, four at the start of the
// 4,096-character body, one in each of the first four row titles (each section has one row). Filled with
// 5-character values, every text is one character under what it was, so the message stays valid at its
// limits.
InteractiveMessage largestListWithVariables()
{
    QFile file(QStringLiteral(WA_TEST_DATA "/largest_list.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("largest_list.json is missing");
    InteractiveMessage message = *MessageJson::fromJson(file.readAll()).message;
    message.header.text = withPlaceholders(message.header.text, 0, 1);
    message.body = withPlaceholders(*message.body, 2, 5);
    QList<ListSection>& sections = message.actionAs<ListAction>()->sections; // one row each
    for (int i = 0; i < 4; ++i)
        sections[i].rows[0].title = withPlaceholders(sections[i].rows[0].title, 6 + i, 6 + i);
    return message;
}

} // namespace

// A keystroke with variables, through the whole window (issue 17): the largest list with 10 variables, every
// one given a value, shown as the customer sees it. Each keystroke fills the message, checks every limit on
// the filled result, lays the preview out and shows the filled JSON. Each iteration types a character and
// deletes it again: two keystrokes. Compare with bench_keystroke, the same message without variables.
class BenchVariables : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fillAndCheck();
    void typeAndDeleteInAValue();
    void typeAndDeleteInBody();
    void typeAndDeleteInAValueAndPaint();

private:
    void typeAndDelete(QWidget* field, bool paint);

    QTemporaryDir m_dataDir;
    std::unique_ptr<AppServices> m_services;
    FileDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    InteractiveMessage m_message;
    VariableValues m_values;
};

void BenchVariables::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_message = largestListWithVariables();
    QCOMPARE(MessageFill::variablesOf(m_message).size(), VariableCount);
    for (int i = 0; i < VariableCount; ++i)
        m_values.insert(QStringLiteral("v%1").arg(i), QStringLiteral("abcde"));
    QVERIFY(!Validator::hasErrors(MessageFill::check(m_message, m_values)));

    m_services = std::make_unique<AppServices>(m_dataDir.path());
    m_window = std::make_unique<MainWindow>(*m_services, m_dialogs);
    m_window->session()->openUnsaved(m_message, QStringLiteral("largest list, 10 variables"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    for (int i = 0; i < VariableCount; ++i) {
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("variable_v%1").arg(i));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("abcde"));
    }
    m_window->findChild<QAction*>(QStringLiteral("actionShowFilled"))->trigger();
}

// The model alone: fill the message and check every limit on the result, as each keystroke does.
void BenchVariables::fillAndCheck()
{
    QList<ValidationIssue> issues;
    QBENCHMARK
    {
        issues = MessageFill::check(m_message, m_values);
    }
    QVERIFY(!Validator::hasErrors(issues));
}

void BenchVariables::typeAndDelete(QWidget* field, bool paint)
{
    QVERIFY(field);
    field->setFocus();
    const QByteArray before = MessageJson::toJson(m_window->document()->message());
    QBENCHMARK
    {
        QTest::keyClick(field, Qt::Key_A);
        if (paint)
            QCoreApplication::processEvents();
        QTest::keyClick(field, Qt::Key_Backspace);
        if (paint)
            QCoreApplication::processEvents();
    }
    QCOMPARE(MessageJson::toJson(m_window->document()->message()), before);
}

// A value of the body's variable: the message is filled and checked again, the preview and JSON follow.
void BenchVariables::typeAndDeleteInAValue()
{
    typeAndDelete(m_window->findChild<QLineEdit*>(QStringLiteral("variable_v2")), false);
}

// The body itself: the document changes, its variables are found again, then filled and checked.
void BenchVariables::typeAndDeleteInBody()
{
    auto* body = m_window->findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    QVERIFY(body);
    body->moveCursor(QTextCursor::End);
    typeAndDelete(body, false);
}

// Up to the pixels: the event loop runs after each keystroke, so the phone and the JSON pane repaint.
void BenchVariables::typeAndDeleteInAValueAndPaint()
{
    typeAndDelete(m_window->findChild<QLineEdit*>(QStringLiteral("variable_v2")), true);
}

QTEST_MAIN(BenchVariables)
#include "bench_variables.moc"
