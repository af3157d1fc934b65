#include "windows/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTheWindow();
    void quitsWithTheStandardShortcut();
};

void TestMainWindow::showsTheWindow()
{
    wa::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("wa-composer"));
    auto* placeholder = window.findChild<QLabel*>(QStringLiteral("composerPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("wa-composer validate")));
}

void TestMainWindow::quitsWithTheStandardShortcut()
{
    wa::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    // Quit ends the application's event loop (exit code 0); the guard ends it with 1 if nothing does.
    QTimer::singleShot(0, quit, &QAction::trigger);
    QTimer::singleShot(5000, qApp, [] { QCoreApplication::exit(1); });
    QCOMPARE(QCoreApplication::exec(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
