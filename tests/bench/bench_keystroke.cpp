#include "AppServices.h"
#include "drafts/DraftSession.h"
#include "media/MessageMedia.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "preview/PreviewWidget.h"
#include "support/TestHttpServer.h"
#include "windows/FileDialogs.h"
#include "windows/MainWindow.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;

// One keystroke in the body of the largest valid list message, through the whole window: the form edits
// the document (an undo command), the validator marks the fields and fills the issues list, the JSON pane
// shows the new payload. Each iteration types a character and deletes it again: two keystrokes.
class BenchKeystroke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typeAndDeleteInBody();
    void typeAndDeleteInBodyAndPaint();
    void typeAndDeleteBesideAPicture();

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppServices> m_services;
    FileDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit* m_body = nullptr;
};

void BenchKeystroke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_services = std::make_unique<AppServices>(m_dataDir.path());
    m_window = std::make_unique<MainWindow>(*m_services, m_dialogs);
    QFile file(QStringLiteral(WA_TEST_DATA "/largest_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MessageParseResult parsed = MessageJson::fromJson(file.readAll());
    QVERIFY(parsed.message);
    m_window->session()->openUnsaved(*parsed.message, QStringLiteral("largest_list.json"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Keystrokes are measured in the whole window: its list sections out of sight are built after the first
    // frame (ListActionEditor), not during the first keystrokes measured.
    QTRY_VERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("action.sections[9].rows[0].title")));
    m_body = m_window->findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    QVERIFY(m_body);
    m_body->setFocus();
    m_body->moveCursor(QTextCursor::End);
    m_body->textCursor().deletePreviousChar(); // room for one more character within the limit
}

void BenchKeystroke::typeAndDeleteInBody()
{
    const QString before = *m_window->document()->message().body;
    QBENCHMARK
    {
        QTest::keyClick(m_body, Qt::Key_A);
        QTest::keyClick(m_body, Qt::Key_Backspace);
    }
    QCOMPARE(*m_window->document()->message().body, before);
}

// The same, up to the pixels: after each keystroke the event loop runs once, so the widgets that changed
// (the body's editor, the JSON pane, counters) repaint into the window's backing store.
void BenchKeystroke::typeAndDeleteInBodyAndPaint()
{
    const QString before = *m_window->document()->message().body;
    QBENCHMARK
    {
        QTest::keyClick(m_body, Qt::Key_A);
        QCoreApplication::processEvents();
        QTest::keyClick(m_body, Qt::Key_Backspace);
        QCoreApplication::processEvents();
    }
    QCOMPARE(*m_window->document()->message().body, before);
}

// The same, for a reply-buttons message whose image header the window loaded from a local server: the
// picture is painted with every keystroke's repaint of the preview.
void BenchKeystroke::typeAndDeleteBesideAPicture()
{
    test::TestHttpServer server;
    QVERIFY(server.listen());
    QFile picture(QStringLiteral(WA_TEST_DATA "/media/landscape.png"));
    QVERIFY(picture.open(QIODevice::ReadOnly));
    server.setDefaultResponse(test::TestHttpServer::picture(picture.readAll()));
    QFile file(QStringLiteral(WA_TEST_DATA "/preview/image_header.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MessageParseResult parsed =
        MessageJson::fromJson(file.readAll().replace("http://TEST_SERVER", server.baseUrl().toEncoded()));
    QVERIFY(parsed.message);
    // A window of its own: the other window's typing left it with changes that opening would ask about.
    MainWindow window(*m_services, m_dialogs);
    window.session()->openUnsaved(*parsed.message, QStringLiteral("image_header.json"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.media()->settleNow();
    QTRY_VERIFY(window.preview()->scene().media &&
                window.preview()->scene().media->look == PreviewMedia::Look::Picture);
    auto* body = window.findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    QVERIFY(body);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const QString before = *window.document()->message().body;
    QBENCHMARK
    {
        QTest::keyClick(body, Qt::Key_A);
        QCoreApplication::processEvents();
        QTest::keyClick(body, Qt::Key_Backspace);
        QCoreApplication::processEvents();
    }
    QCOMPARE(*window.document()->message().body, before);
    QCOMPARE(window.preview()->scene().media->look, PreviewMedia::Look::Picture);
}

QTEST_MAIN(BenchKeystroke)
#include "bench_keystroke.moc"
