#pragma once

#include "AppServices.h"
#include "windows/FileDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QQueue>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace wa::test {

// File dialogs that answer what the test told them to, in order; with nothing left to say they answer as a
// cancelled dialog does. Each question is counted, so a test sees that one was (or was not) asked.
class ScriptedFileDialogs : public FileDialogs
{
public:
    void answer(const QString& path) { m_answers.enqueue({path}); }
    void answer(const QStringList& paths) { m_answers.enqueue(paths); }
    int questionsAsked() const { return m_asked; }

    QString openFile(QWidget*, const QString&, const QString&) override { return next().value(0); }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return next(); }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&, QString* chosenFilter) override
    {
        if (chosenFilter && !m_filter.isEmpty())
            *chosenFilter = m_filter;
        return next().value(0);
    }
    QString folder(QWidget*, const QString&) override { return next().value(0); }
    // The filter the next save dialog says was chosen (empty: the one offered first).
    void chooseFilter(const QString& filter) { m_filter = filter; }

private:
    QStringList next()
    {
        ++m_asked;
        return m_answers.isEmpty() ? QStringList() : m_answers.dequeue();
    }

    QQueue<QStringList> m_answers;
    QString m_filter;
    int m_asked = 0;
};

// What every GUI test of the window needs, as KeePassXC's GuiTestBase: the app's services over a data folder
// of its own (a real SQLite library that starts empty, never the user's), dialogs it answers, and the
// window's actions triggered by name.
class GuiTestBase : public QObject
{
protected:
    static void describeTests(const char* name)
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings
        QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
        QCoreApplication::setApplicationName(QLatin1StringView(name));
    }

    bool startServices()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid())
            return false;
        m_services = std::make_unique<AppServices>(m_dataDir->path());
        m_dialogs = std::make_unique<ScriptedFileDialogs>();
        return true;
    }

    void stopServices()
    {
        m_services.reset();
        m_dialogs.reset();
        m_dataDir.reset();
    }

    // Triggers the action the way the agent would (menu, shortcut): false, with *why, when the window has no
    // action of that name or it is disabled.
    static bool triggerAction(QWidget& window, const char* name, QString* why)
    {
        auto* action = window.findChild<QAction*>(QLatin1StringView(name));
        if (!action) {
            *why = QStringLiteral("no action named %1").arg(QLatin1StringView(name));
            return false;
        }
        if (!action->isEnabled()) {
            *why = QStringLiteral("the action %1 is disabled").arg(QLatin1StringView(name));
            return false;
        }
        action->trigger();
        return true;
    }

    // The dialog of that object name the window opened, once it is visible; nullptr after two seconds.
    template <typename Dialog> static Dialog* waitForDialog(QWidget& window, const char* name)
    {
        Dialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window.findChild<Dialog*>(QLatin1StringView(name));
                return dialog && dialog->isVisible();
            },
            2000);
        return shown ? dialog : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<ScriptedFileDialogs> m_dialogs;
};

} // namespace wa::test

// Fails the test (rather than crashing on a null action) when the action is missing or disabled.
#define WA_TRIGGER(window, name)                                                                             \
    do {                                                                                                     \
        QString whyNot_;                                                                                     \
        QVERIFY2(triggerAction(window, name, &whyNot_), qPrintable(whyNot_));                                \
    } while (false)
