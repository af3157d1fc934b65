#include "AppServices.h"
#include "media/MediaLoader.h"
#include "media/MessageMedia.h"
#include "message/MessageDocument.h"
#include "preview/PreviewWidget.h"
#include "settings/Settings.h"
#include "support/GuiTestBase.h"
#include "support/TestHttpServer.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace wa;
using test::TestHttpServer;
using Look = PreviewMedia::Look;
using namespace std::chrono_literals;

namespace {

const QString LandscapePng = QStringLiteral(WA_TEST_DATA "/media/landscape.png");
// The issues list's line for the warning of a header picture the server answers with 404.
const QString NotFoundLine = QStringLiteral(
    "Warning · header.image.link: The customer's phone will not be able to load this image: HTTP 404.");

TestHttpServer::Response picture()
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return TestHttpServer::picture(bytes);
}

InteractiveMessage imageMessage(const QString& link)
{
    InteractiveMessage message;
    message.header.kind = HeaderKind::Image;
    message.header.mediaLink = link;
    message.body = QStringLiteral("Your order is on its way");
    message.action = ReplyButtonsAction{{{QStringLiteral("ok"), QStringLiteral("OK")}}};
    return message;
}

QStringList issueLines(const MainWindow& window)
{
    QStringList lines;
    const auto* list = window.findChild<QListWidget*>(QStringLiteral("issueList"));
    for (int i = 0; list && i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

// The look of the header's picture the preview shows; Placeholder when it shows none.
Look headerLook(const MainWindow& window)
{
    const PreviewScene& scene = window.preview()->scene();
    return scene.media ? scene.media->look : Look::Placeholder;
}

// Opens the preview's context menu over its header picture, as a right click does, and picks the action
// named `pick` with the keyboard (a menu without it is closed with Escape). The actions it offered go to
// *offered; false when no menu opened.
bool pickFromPictureMenu(PreviewWidget& preview, const QString& pick, QStringList* offered)
{
    if (!preview.scene().media)
        return false;
    const QPoint at = preview.mapFromScene(preview.scene().media->rect.center()).toPoint();
    bool opened = false;
    QObject guard; // the timers die with it, whatever happened
    QTimer::singleShot(0, &guard, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        opened = true;
        for (QAction* action : menu->actions())
            offered->append(action->objectName());
        if (QAction* chosen = menu->findChild<QAction*>(pick)) {
            menu->setActiveAction(chosen);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            QTest::keyClick(menu, Qt::Key_Escape);
        }
    });
    // A menu still open by then would hold the test in its event loop: closed, the test fails instead.
    QTimer::singleShot(2000, &guard, [] {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, preview.mapToGlobal(at));
    QApplication::sendEvent(&preview, &event);
    return opened;
}

} // namespace

// The window's side of the pictures: MessageMedia wired to the preview, the issues list and the settings,
// against the local test server. A link that fails is warned of and marked, one that loads is painted, a
// local picture chosen from the preview's context menu stands in for a link and is remembered, and nothing
// is asked at start-up.
class TestPreviewMedia : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsAskedAtStartUp();
    void aLinkThatFailsIsWarnedOfAndMarked();
    void aPictureIsPainted();
    void aLocalPictureStandsInFromTheContextMenu();
    void aRememberedStandInIsShownWithoutAsking();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString link(const char* path) const
    {
        return m_server->baseUrl().resolved(QUrl(QString::fromLatin1(path))).toString();
    }
    // Replies the window's network manager holds: one for each request in flight.
    int repliesInFlight() { return int(m_services->network().findChildren<QNetworkReply*>().size()); }

    std::unique_ptr<TestHttpServer> m_server;
};

void TestPreviewMedia::initTestCase()
{
    describeTests("tst_previewmedia");
    // Settings and the picture cache in the test locations, never the user's.
    QVERIFY(QSettings().fileName().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QVERIFY(QSettings().fileName().contains(QStringLiteral(".qttest")));
    QVERIFY(AppServices::mediaCacheFolder().contains(QStringLiteral(".qttest")));
}

void TestPreviewMedia::init()
{
    QSettings().clear();
    // Pictures kept on disk by an earlier run would answer without the server.
    QDir(AppServices::mediaCacheFolder()).removeRecursively();
    QVERIFY(startServices());
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
}

void TestPreviewMedia::cleanup()
{
    stopServices();
    m_server.reset();
    QSettings().clear();
    QDir(AppServices::mediaCacheFolder()).removeRecursively();
}

std::unique_ptr<MainWindow> TestPreviewMedia::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_services, *m_dialogs);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->media()->setSettleDelay(50ms);
    return window;
}

void TestPreviewMedia::nothingIsAskedAtStartUp()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->preview()->scene().media); // the starter message has no picture
    QVERIFY(window->media()->results().isEmpty());
    QVERIFY(window->media()->isSettled());
    window->media()->settleNow(); // would ask, from inside, for anything waiting to settle
    QCOMPARE(repliesInFlight(), 0);
    QVERIFY(!QDir(AppServices::mediaCacheFolder()).exists());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestPreviewMedia::aLinkThatFailsIsWarnedOfAndMarked()
{
    m_server->setDefaultResponse(TestHttpServer::notFound());
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    window->document()->setMessage(imageMessage(link("/missing.png")), QStringLiteral("test"));
    QCOMPARE(headerLook(*window), Look::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(headerLook(*window), Look::Failed, 5000);
    QCOMPARE(window->preview()->scene().media->problem,
             QStringLiteral("The customer's phone will not be able to load this image: HTTP 404."));
    QVERIFY(window->preview()->scene().media->picture.isNull());
    // Beside the validator's own issues (an http link is refused for sending), the warning, once.
    QCOMPARE(issueLines(*window).count(NotFoundLine), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, QByteArray("/missing.png"));
}

void TestPreviewMedia::aPictureIsPainted()
{
    m_server->setDefaultResponse(picture());
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    window->document()->setMessage(imageMessage(link("/a.png")), QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(headerLook(*window), Look::Picture, 5000);
    const PreviewMedia& media = *window->preview()->scene().media;
    QVERIFY(!media.picture.isNull());
    QVERIFY(media.problem.isEmpty());
    QVERIFY(media.badge.isEmpty());
    QVERIFY(!issueLines(*window).join(u'\n').contains(QStringLiteral("load this image")));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestPreviewMedia::aLocalPictureStandsInFromTheContextMenu()
{
    m_server->setDefaultResponse(TestHttpServer::notFound());
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    const QString missing = link("/missing.png");
    window->document()->setMessage(imageMessage(missing), QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(headerLook(*window), Look::Failed, 5000);
    PreviewWidget& preview = *window->preview();

    // The dialog cancelled: nothing changes.
    QStringList offered;
    QVERIFY(pickFromPictureMenu(preview, QStringLiteral("actionStandIn"), &offered));
    QCOMPARE(offered, QStringList{QStringLiteral("actionStandIn")});
    QCOMPARE(m_dialogs->questionsAsked(), 1);
    QCOMPARE(headerLook(*window), Look::Failed);
    QVERIFY(Settings().mediaStandIns().isEmpty());

    // A picture chosen: shown, marked as local, kept in the settings; the link is not asked again.
    m_dialogs->answer(LandscapePng);
    offered.clear();
    QVERIFY(pickFromPictureMenu(preview, QStringLiteral("actionStandIn"), &offered));
    QCOMPARE(m_dialogs->questionsAsked(), 2);
    QCOMPARE(headerLook(*window), Look::Picture);
    QVERIFY(!preview.scene().media->picture.isNull());
    QVERIFY(!preview.scene().media->badge.isEmpty());
    QVERIFY(preview.scene().media->problem.isEmpty());
    QCOMPARE(Settings().mediaStandIns(), (QHash<QString, QString>{{missing, LandscapePng}}));
    QCOMPARE(issueLines(*window).count(NotFoundLine), 0);
    window->media()->settleNow(); // would ask, from inside, for anything waiting to settle
    QVERIFY(!m_services->media().isLoading(QUrl(missing)));
    QCOMPARE(m_server->requests().size(), 1);

    // Dismissed: forgotten, and the link asked again.
    offered.clear();
    QVERIFY(pickFromPictureMenu(preview, QStringLiteral("actionDismissStandIn"), &offered));
    QCOMPARE(offered, (QStringList{QStringLiteral("actionStandIn"), QStringLiteral("actionDismissStandIn")}));
    QVERIFY(Settings().mediaStandIns().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(headerLook(*window), Look::Failed, 5000);
    QVERIFY(preview.scene().media->badge.isEmpty());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(issueLines(*window).count(NotFoundLine), 1);
}

void TestPreviewMedia::aRememberedStandInIsShownWithoutAsking()
{
    const QString offline = link("/offline.png");
    Settings().setMediaStandIns({{offline, LandscapePng}});
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    window->document()->setMessage(imageMessage(offline), QStringLiteral("test"));
    QCOMPARE(headerLook(*window), Look::Picture); // read at once, nothing to wait for
    QVERIFY(!window->preview()->scene().media->badge.isEmpty());
    window->media()->settleNow(); // would ask, from inside, for anything waiting to settle
    QVERIFY(!m_services->media().isLoading(QUrl(offline)));
    QCOMPARE(repliesInFlight(), 0);
    QTest::qWait(100); // longer than the settle delay
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_MAIN(TestPreviewMedia)
#include "tst_previewmedia.moc"
