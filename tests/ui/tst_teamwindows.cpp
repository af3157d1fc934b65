// Two agents, two windows, one team library on a real PostgreSQL server (started by the test): a teammate's
// save shows in the other's drafts panel by itself, with who made it; saving over it asks, and nothing is
// lost.

#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "preview/PreviewWidget.h"
#include "support/GuiTestBase.h"
#include "support/TestMessages.h"
#include "support/TestPostgres.h"
#include "windows/DraftListModel.h"
#include "windows/DraftsPanel.h"
#include "windows/MainWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace wa;
using namespace Qt::StringLiterals;

class TestTeamWindows : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aTeammatesSaveShowsLiveAndSavingOverItAsks();
    void whenTheServerIsAwayTheWindowSaysSoAndKeepsTheMessage();
    void tryingAgainSavesOnceTheServerIsBack();

private:
    // Ann's window shown, with a draft "Offer" of the team library open in it; nullopt if it is not.
    std::optional<qint64> showWithAnOffer(MainWindow& ann);

    std::unique_ptr<test::TestPostgres> m_server;
    int m_databases = 0;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_bobsComputer;
    std::unique_ptr<AppServices> m_bob; // the teammate's app; m_services is Ann's
};

void TestTeamWindows::initTestCase()
{
    describeTests("tst_teamwindows");
    m_server = std::make_unique<test::TestPostgres>();
    QVERIFY2(m_server->start(), qPrintable(m_server->why()));
}

void TestTeamWindows::cleanupTestCase()
{
    m_server.reset();
}

void TestTeamWindows::init()
{
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    m_database = u"team%1"_s.arg(++m_databases);
    const QString& database = m_database;
    QVERIFY2(m_server->createDatabase(database), qPrintable(m_server->why()));
    QVERIFY(startServices());
    m_bobsComputer = std::make_unique<QTemporaryDir>();
    m_bob = std::make_unique<AppServices>(m_bobsComputer->path());
    m_services->useTeamLibrary(m_server->address(database));
    m_bob->useTeamLibrary(m_server->address(database));
}

void TestTeamWindows::cleanup()
{
    m_bob.reset();
    m_bobsComputer.reset();
    stopServices();
}

void TestTeamWindows::aTeammatesSaveShowsLiveAndSavingOverItAsks()
{
    MainWindow ann(*m_services, *m_dialogs);
    MainWindow bob(*m_bob, *m_dialogs);
    m_services->drafts().setAuthor(u"Ann"_s); // after the windows applied the settings' name
    m_bob->drafts().setAuthor(u"Bob"_s);
    const std::optional<qint64> id =
        m_services->drafts().create(test::draftOf(u"Offer"_s, u"Ten percent off"_s));
    QVERIFY(id);

    bob.show();
    ann.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bob));
    ann.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&ann)); // the active window watches its library
    ann.session()->open(*id);
    bob.session()->open(*id);
    DraftListModel* annsPanel = ann.findChild<DraftsPanel*>()->model();
    QTRY_COMPARE(annsPanel->rowCount(), 1);
    QCOMPARE(annsPanel->index(0, 0).data(DraftListModel::UpdatedByRole).toString(), u"Ann"_s);

    // Ann edits; Bob saves his edit meanwhile. Ann's panel shows it by itself, with his name.
    ann.document()->edit(u"Edit"_s, [](InteractiveMessage& m) { m.body = u"Fifteen percent off"_s; });
    bob.document()->edit(u"Edit"_s, [](InteractiveMessage& m) { m.body = u"Twenty percent off"_s; });
    bob.session()->save();
    QVERIFY(m_bob->drafts().find(*id)->payload.contains("Twenty"));
    QTRY_COMPARE_WITH_TIMEOUT(annsPanel->index(0, 0).data(DraftListModel::UpdatedByRole).toString(), u"Bob"_s,
                              2000);
    QVERIFY(annsPanel->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"by Bob"_s));
    QCOMPARE(ann.document()->message().body, std::optional(u"Fifteen percent off"_s)); // hers, untouched

    // Ann saves: she is asked, looks at Bob's message beside hers (Compare), is asked again, and chooses to
    // overwrite it.
    WA_TRIGGER(ann, "actionSaveDraft");
    QPointer<QMessageBox> box = waitForDialog<QMessageBox>(ann, "saveConflictBox");
    QVERIFY2(box, "saving over Bob's save did not ask");
    QVERIFY2(box->text().contains(u"Bob saved “Offer”"_s), qPrintable(box->text()));
    QVERIFY(box->detailedText().contains(u"Twenty percent off"_s));
    box->findChild<QPushButton*>(u"conflictCompare"_s)->click();
    QTRY_VERIFY(!box);
    auto* comparison = waitForDialog<QDialog>(ann, "draftComparison");
    QVERIFY2(comparison, "Compare did not show theirs beside hers");
    const auto shows = [comparison](const char* name, const QString& text) {
        const PreviewScene& scene = comparison->findChild<PreviewWidget*>(QLatin1StringView(name))->scene();
        return std::any_of(scene.texts.begin(), scene.texts.end(), [&](const PreviewText& shown) {
            return shown.part->paragraphs.front().layout->text().contains(text);
        });
    };
    QVERIFY(shows("comparisonTheirs", u"Twenty percent off"_s));
    QVERIFY(shows("comparisonYours", u"Fifteen percent off"_s));
    QVERIFY(comparison->findChild<QLabel*>()->text().contains(u"Bob"_s));
    QCOMPARE(m_services->drafts().find(*id)->updatedBy, u"Bob"_s); // nothing written by looking
    comparison->reject();
    box = waitForDialog<QMessageBox>(ann, "saveConflictBox");
    QVERIFY2(box, "closing the comparison did not ask again");
    box->findChild<QPushButton*>(u"conflictOverwrite"_s)->click();
    QTRY_VERIFY(m_services->drafts().find(*id)->payload.contains("Fifteen"));
    QCOMPARE(m_services->drafts().find(*id)->updatedBy, u"Ann"_s);
    QVERIFY(!ann.isWindowModified());
    QCOMPARE(m_services->drafts().count(), 1);
}

std::optional<qint64> TestTeamWindows::showWithAnOffer(MainWindow& ann)
{
    const std::optional<qint64> id =
        m_services->drafts().create(test::draftOf(u"Offer"_s, u"Ten percent off"_s));
    ann.show();
    if (!id || !QTest::qWaitForWindowExposed(&ann))
        return std::nullopt;
    ann.session()->open(*id);
    return ann.session()->draftId() == *id ? id : std::nullopt;
}

void TestTeamWindows::whenTheServerIsAwayTheWindowSaysSoAndKeepsTheMessage()
{
    MainWindow ann(*m_services, *m_dialogs);
    const std::optional<qint64> id = showWithAnOffer(ann);
    QVERIFY(id);
    auto* line = ann.findChild<QWidget*>(u"libraryStatusLine"_s);
    QVERIFY(line);
    QVERIFY(!line->isVisible());

    // The server goes while Ann edits: the window says so by itself, in one line.
    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 2000);
    const QString said = ann.findChild<QLabel*>(u"libraryStatusText"_s)->text();
    QVERIFY2(said.contains(u"out of reach"_s), qPrintable(said));
    ann.document()->edit(u"Edit"_s, [](InteractiveMessage& m) { m.body = u"Fifteen percent off"_s; });

    // Saving cannot reach it: asked, she saves on this computer. The message stays, still unsaved to the
    // team.
    WA_TRIGGER(ann, "actionSaveDraft");
    auto* box = waitForDialog<QMessageBox>(ann, "libraryAwayBox");
    QVERIFY2(box, "a save the server could not take did not ask");
    QVERIFY(!box->detailedText().isEmpty());
    box->findChild<QPushButton*>(u"awaySaveHere"_s)->click();
    QTRY_COMPARE(m_services->localDrafts().count(), 1);
    const std::optional<Draft> here = m_services->localDrafts().findByName(u"Offer"_s);
    QVERIFY(here);
    QVERIFY(here->payload.contains("Fifteen"));
    QVERIFY(ann.isWindowModified());
    QCOMPARE(ann.session()->draftId(), *id);
    QCOMPARE(ann.document()->message().body, std::optional(u"Fifteen percent off"_s));

    // Try Now, the server back: the line goes, and the next save reaches the team's draft.
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    line->findChild<QPushButton*>(u"libraryTryNow"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!line->isVisible(), 5000);
    WA_TRIGGER(ann, "actionSaveDraft");
    QTRY_VERIFY(!ann.isWindowModified());
    QVERIFY(m_services->drafts().find(*id)->payload.contains("Fifteen"));
}

void TestTeamWindows::tryingAgainSavesOnceTheServerIsBack()
{
    MainWindow ann(*m_services, *m_dialogs);
    const std::optional<qint64> id = showWithAnOffer(ann);
    QVERIFY(id);
    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    ann.document()->edit(u"Edit"_s, [](InteractiveMessage& m) { m.body = u"Fifteen percent off"_s; });

    // Trying again while the server is still away asks again, once that try failed; nothing is written.
    WA_TRIGGER(ann, "actionSaveDraft");
    auto* box = waitForDialog<QMessageBox>(ann, "libraryAwayBox");
    QVERIFY(box);
    const QPointer<QMessageBox> first = box;
    box->findChild<QPushButton*>(u"awayRetry"_s)->click();
    QTRY_VERIFY(!first); // closed (deleted on close)
    box = waitForDialog<QMessageBox>(ann, "libraryAwayBox");
    QVERIFY2(box, "a retry that failed did not ask again");
    QVERIFY(ann.isWindowModified());

    // The server back, trying again saves into the team's draft.
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    box->findChild<QPushButton*>(u"awayRetry"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!ann.isWindowModified(), 5000);
    QVERIFY(m_services->drafts().find(*id)->payload.contains("Fifteen"));
    QCOMPARE(m_services->localDrafts().count(), 0);
}

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
