#include "media/MediaLoader.h"
#include "media/MessageMedia.h"
#include "message/StarterMessages.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(wa::InteractiveMessage)

using namespace wa;
using test::TestHttpServer;
using State = MediaResult::State;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Counts what is handed to the network at all, and when (on its clock), so that "nothing was asked" and
// "asked only after the delay" are seen where a request starts, before any server could answer it.
class CountingNetwork : public QNetworkAccessManager
{
public:
    QList<QUrl> asked;
    QList<qint64> askedAt; // ms on clock
    QElapsedTimer clock;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* body) override
    {
        asked.append(request.url());
        askedAt.append(clock.elapsed());
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};

// A 3 x 2 picture, as tst_medialoader's.
QByteArray png()
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    image.setPixelColor(1, 0, Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

TestHttpServer::Response picture()
{
    return TestHttpServer::picture(png());
}

Header header(HeaderKind kind, const QString& link, const QString& id = {})
{
    Header made;
    made.kind = kind;
    made.mediaLink = link;
    made.mediaId = id;
    return made;
}

InteractiveMessage withHeader(const Header& header)
{
    InteractiveMessage message;
    message.header = header;
    message.body = QStringLiteral("Your order is on its way");
    message.action = ReplyButtonsAction{{{QStringLiteral("ok"), QStringLiteral("OK")}}};
    return message;
}

InteractiveMessage imageMessage(const QString& link)
{
    return withHeader(header(HeaderKind::Image, link));
}

InteractiveMessage carousel(const QList<Header>& headers)
{
    CarouselAction action;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        CarouselCard card;
        card.index = i;
        card.header = headers[i];
        card.body = QStringLiteral("Card %1").arg(i);
        card.url = {QStringLiteral("Buy"), QStringLiteral("https://shop.example.com/%1").arg(i)};
        action.cards.append(card);
    }
    InteractiveMessage message;
    message.body = QStringLiteral("Our picks");
    message.action = action;
    return message;
}

// "path link", one a line when they differ: QCOMPARE prints them.
QStringList described(const QList<MessageMedia::Link>& links)
{
    QStringList lines;
    for (const MessageMedia::Link& link : links)
        lines.append(link.path + u' ' + link.link);
    return lines;
}

const QString LandscapePng = QStringLiteral(WA_TEST_DATA "/media/landscape.png");

} // namespace

// MessageMedia over a real MediaLoader and a real HTTP server on 127.0.0.1: which links a message's preview
// shows, that they are asked for only once they stop changing (and at once when told), what each ends as,
// the warnings of those that fail, and local pictures standing in for links without any request.
class TestMessageMedia : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exampleDomainsAreNeverAsked();
    void aStandInIsKeptWithoutTheLinksQuery();
    void aLinkThatChangesKindIsAskedAgain();
    void aDocumentIsProbedNotDownloaded_data();
    void aDocumentIsProbedNotDownloaded();
    void imageLinks_data();
    void imageLinks();
    void nothingIsAskedBeforeTheLinkSettles();
    void whileTypingOnlyTheLastLinkIsAsked();
    void settleNowAsksAtOnce();
    void aPictureLoadsThenSettles();
    void aRefusedLinkIsOneWarning_data();
    void aRefusedLinkIsOneWarning();
    void noImageNoRequest_data();
    void noImageNoRequest();
    void aRemovedLinkIsForgotten();
    void aLinkLoadedThisSessionShowsAtOnce();
    void twoSpellingsOfOneLinkShareItsAnswer();
    void aStandInIsShownAndTheLinkNeverAsked();
    void anUnreadableStandInIsAWarningNamingIt_data();
    void anUnreadableStandInIsAWarningNamingIt();
    void removingTheStandInAsksTheLink();
    void aStandInReplacesWhatTheLinkGave_data();
    void aStandInReplacesWhatTheLinkGave();

private:
    QString link(const char* path) const
    {
        return m_server->baseUrl().resolved(QUrl(QString::fromLatin1(path))).toString();
    }
    QList<QByteArray> targets() const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<CountingNetwork> m_network;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MediaLoader> m_loader;
    std::unique_ptr<MessageMedia> m_media;
};

void TestMessageMedia::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(picture());
    m_network = std::make_unique<CountingNetwork>();
    m_network->clock.start();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_loader = std::make_unique<MediaLoader>(m_network.get(), m_cache->filePath(QStringLiteral("media")));
    m_loader->setTimeout(5s);
    m_media = std::make_unique<MessageMedia>(*m_loader);
    m_media->setSettleDelay(50ms);
}

void TestMessageMedia::cleanup()
{
    m_media.reset();
    m_loader.reset();
    m_network.reset();
    m_server.reset();
    m_cache.reset();
}

QList<QByteArray> TestMessageMedia::targets() const
{
    QList<QByteArray> asked;
    for (const TestHttpServer::Request& request : m_server->requests())
        asked.append(request.target);
    return asked;
}

void TestMessageMedia::imageLinks_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QStringList>("links"); // "path link"
    const QString a = QStringLiteral("https://cdn.example.com/a.jpg");
    const QString b = QStringLiteral("https://cdn.example.com/b.jpg?sig=x");
    const QString withPlaceholder = QStringLiteral("https://cdn.example.com/{{sku}}.jpg");
    QTest::newRow("image header") << imageMessage(a) << QStringList{u"header.image.link "_s + a};
    QTest::newRow("video header") << withHeader(header(HeaderKind::Video, a)) << QStringList{};
    QTest::newRow("document header") << withHeader(header(HeaderKind::Document, a)) << QStringList{};
    QTest::newRow("image by media id")
        << withHeader(header(HeaderKind::Image, {}, u"1558081531584829"_s)) << QStringList{};
    QTest::newRow("image link with a placeholder") << imageMessage(withPlaceholder) << QStringList{};
    QTest::newRow("text header") << withHeader(Header::fromText(u"Hello"_s)) << QStringList{};
    QTest::newRow("no header") << withHeader(Header()) << QStringList{};
    QTest::newRow("carousel: the second card's image")
        << carousel({header(HeaderKind::Video, a), header(HeaderKind::Image, b)})
        << QStringList{u"action.cards[1].header.image.link "_s + b};
    QTest::newRow("carousel: every image, in order; media ids and placeholders left out")
        << carousel({header(HeaderKind::Image, a), header(HeaderKind::Image, {}, u"42"_s),
                     header(HeaderKind::Image, withPlaceholder), header(HeaderKind::Image, b),
                     header(HeaderKind::Image, a)})
        << QStringList{u"action.cards[0].header.image.link "_s + a,
                       u"action.cards[3].header.image.link "_s + b,
                       u"action.cards[4].header.image.link "_s + a};
}

void TestMessageMedia::imageLinks()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QStringList, links);
    QCOMPARE(described(MessageMedia::imageLinks(message)), links);
}

void TestMessageMedia::nothingIsAskedBeforeTheLinkSettles()
{
    const std::chrono::milliseconds delay = 200ms;
    m_media->setSettleDelay(delay);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    const qint64 shownAt = m_network->clock.elapsed();
    m_media->show(imageMessage(link("/a.png")));
    QCOMPARE(m_media->results().value(link("/a.png")).state, State::Loading);
    QVERIFY(!m_media->isSettled());
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_network->asked, QList<QUrl>{QUrl(link("/a.png"))});
    // QTimer is coarse (5% of the interval either way), elapsed() truncates to the millisecond.
    const qint64 waited = m_network->askedAt.first() - shownAt;
    QVERIFY2(waited >= delay.count() * 9 / 10, qPrintable(QString::number(waited)));
    QCOMPARE(targets(), QList<QByteArray>{"/a.png"});
}

void TestMessageMedia::whileTypingOnlyTheLastLinkIsAsked()
{
    const std::chrono::milliseconds delay = 300ms;
    m_media->setSettleDelay(delay);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    qint64 lastShownAt = 0;
    for (const char* typed : {"/p", "/pi", "/pic", "/pic.p", "/pic.png"}) {
        m_media->show(imageMessage(link(typed)));
        lastShownAt = m_network->clock.elapsed();
        QTest::qWait(20); // a keystroke's pause, shorter than the delay
        // Only while the pause really was shorter: a busy machine may stall the test past the delay.
        if (m_network->clock.elapsed() - lastShownAt < delay.count() * 9 / 10)
            QVERIFY(m_network->asked.isEmpty());
    }
    QCOMPARE(m_media->results().keys(), QStringList{link("/pic.png")});
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_network->asked, QList<QUrl>{QUrl(link("/pic.png"))});
    const qint64 waited = m_network->askedAt.first() - lastShownAt;
    QVERIFY2(waited >= delay.count() * 9 / 10, qPrintable(QString::number(waited)));
    QCOMPARE(targets(), QList<QByteArray>{"/pic.png"});
    QCOMPARE(m_media->results().value(link("/pic.png")).state, State::Loaded);
}

void TestMessageMedia::settleNowAsksAtOnce()
{
    m_media->setSettleDelay(30s);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(link("/now.png")));
    QVERIFY(m_network->asked.isEmpty());
    m_media->settleNow();
    QCOMPARE(m_network->asked, QList<QUrl>{QUrl(link("/now.png"))}); // from inside settleNow()
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_media->results().value(link("/now.png")).state, State::Loaded);
    m_media->settleNow(); // nothing left to ask
    QCOMPARE(m_network->asked.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestMessageMedia::aPictureLoadsThenSettles()
{
    QStringList heard;
    QObject listener; // the connections end with this test
    connect(m_media.get(), &MessageMedia::changed, &listener,
            [&] { heard.append(QStringLiteral("changed")); });
    connect(m_media.get(), &MessageMedia::settled, &listener,
            [&] { heard.append(QStringLiteral("settled")); });
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(link("/a.png")));
    QCOMPARE(heard, QStringList{QStringLiteral("changed")}); // shown as loading at once
    QVERIFY(settled.wait(5000));
    QCOMPARE(heard,
             (QStringList{QStringLiteral("changed"), QStringLiteral("changed"), QStringLiteral("settled")}));
    QVERIFY(m_media->isSettled());
    const MediaResult result = m_media->results().value(link("/a.png"));
    QCOMPARE(result.state, State::Loaded);
    QCOMPARE(result.image.size(), QSize(3, 2));
    QCOMPARE(result.image.pixelColor(1, 0), QColor(Qt::blue));
    QVERIFY(!result.standIn);
    QVERIFY(m_media->warnings().isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestMessageMedia::aRefusedLinkIsOneWarning_data()
{
    QTest::addColumn<bool>("inACarousel");
    QTest::addColumn<QString>("path");
    QTest::newRow("image header") << false << "header.image.link";
    QTest::newRow("second card") << true << "action.cards[1].header.image.link";
}

void TestMessageMedia::aRefusedLinkIsOneWarning()
{
    QFETCH(bool, inACarousel);
    QFETCH(QString, path);
    m_server->setDefaultResponse(TestHttpServer::notFound());
    const QString missing = link("/missing.png");
    const InteractiveMessage message =
        inACarousel ? carousel({header(HeaderKind::Image, {}, u"42"_s), header(HeaderKind::Image, missing)})
                    : imageMessage(missing);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(message);
    QVERIFY(m_media->warnings().isEmpty()); // not while loading
    QVERIFY(settled.wait(5000));
    const MediaResult result = m_media->results().value(missing);
    QCOMPARE(result.state, State::Failed);
    QCOMPARE(result.httpStatus, 404);
    const QList<ValidationIssue> warnings = m_media->warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, path);
    QCOMPARE(warnings.first().severity, Severity::Warning);
    QCOMPARE(warnings.first().code, QStringLiteral("media-unavailable"));
    QCOMPARE(warnings.first().message,
             QStringLiteral("The customer's phone will not be able to load this image: HTTP 404."));
    QCOMPARE(m_server->requests().size(), 1);
}

// File > New's starters link to example.com, which is nobody's server: placeholders, never asked, never
// warned.
void TestMessageMedia::exampleDomainsAreNeverAsked()
{
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(StarterMessages::starter(MessageType::Carousel));
    QVERIFY(!MessageMedia::imageLinks(StarterMessages::starter(MessageType::Carousel)).isEmpty());
    QVERIFY(m_media->results().isEmpty());
    QVERIFY(m_media->isSettled());
    QCOMPARE(settled.size(), 1);
    m_media->settleNow();
    QTest::qWait(50);
    QVERIFY(m_network->asked.isEmpty());
    QVERIFY(m_media->warnings().isEmpty());
    for (const char* host :
         {"https://example.com/a.jpg", "https://cdn.example.org/a.jpg", "https://shop.test/a.jpg",
          "https://x.invalid/a.jpg", "https://plants.example/a.jpg"})
        QVERIFY2(MessageMedia::isReservedForExamples(QString::fromLatin1(host)), host);
    for (const char* host :
         {"https://examples.com/a.jpg", "https://example.community/a.jpg", "https://cdn.greenleaf.com/a.jpg"})
        QVERIFY2(!MessageMedia::isReservedForExamples(QString::fromLatin1(host)), host);
}

// A signed link's signature changes; its stand-in is kept by the link without its query, so the signature
// never reaches the settings and a new signature keeps the stand-in.
void TestMessageMedia::aStandInIsKeptWithoutTheLinksQuery()
{
    const QString signedLink = link("/a.png") + u"?X-Amz-Signature=abc123&X-Amz-Expires=600"_s;
    const QString key = MessageMedia::standInKey(signedLink);
    QCOMPARE(key, link("/a.png"));
    m_media->setStandIns({{key, LandscapePng}});
    m_media->show(imageMessage(link("/a.png") + u"?X-Amz-Signature=def456"_s));
    const MediaResult shown = m_media->results().value(link("/a.png") + u"?X-Amz-Signature=def456"_s);
    QVERIFY(shown.standIn);
    QCOMPARE(shown.state, State::Loaded);
    m_media->settleNow();
    QTest::qWait(50);
    QVERIFY(m_network->asked.isEmpty());
}

// The header switched from image to document keeps its link: it is probed then, not taken for the picture.
void TestMessageMedia::aLinkThatChangesKindIsAskedAgain()
{
    const QString at = link("/a.png");
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(at));
    m_media->settleNow();
    QVERIFY(settled.wait(5000));
    QVERIFY(!m_media->results().value(at).image.isNull());
    settled.clear();
    m_media->show(withHeader(header(HeaderKind::Document, at)));
    QVERIFY(!m_media->isSettled());
    m_media->settleNow();
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().method, QByteArray("HEAD"));
    QVERIFY(m_media->results().value(at).image.isNull());

    settled.clear();
    m_media->show(imageMessage(at)); // and back: the picture, from the loader's memory, without a request
    QVERIFY(m_media->results().value(at).isLoaded());
    QVERIFY(!m_media->results().value(at).image.isNull());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMessageMedia::aDocumentIsProbedNotDownloaded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("size");     // announced
    QTest::addColumn<qint64>("byteSize"); // known after
    QTest::addColumn<QString>("warning");
    QTest::newRow("answers") << 200 << qint64(245'760) << qint64(245'760) << QString();
    QTest::newRow("at WhatsApp's 100 MB")
        << 200 << MediaLoader::MaxDocumentBytes << MediaLoader::MaxDocumentBytes << QString();
    QTest::newRow("one byte past 100 MB")
        << 200 << MediaLoader::MaxDocumentBytes + 1 << qint64(0)
        << u"The customer's phone will not be able to load this document: the file is larger than 100 MB."_s;
    QTest::newRow("refuses HEAD: nothing known") << 405 << qint64(0) << qint64(0) << QString();
    QTest::newRow("signed for GET only: nothing known") << 403 << qint64(0) << qint64(0) << QString();
    QTest::newRow("missing") << 404 << qint64(0) << qint64(0)
                             << u"The customer's phone will not be able to load this document: HTTP 404."_s;
}

// A document header's link is asked with HEAD, never downloaded: whether it answers, and its size.
void TestMessageMedia::aDocumentIsProbedNotDownloaded()
{
    QFETCH(int, status);
    QFETCH(qint64, size);
    QFETCH(qint64, byteSize);
    QFETCH(QString, warning);
    TestHttpServer::Response answer;
    answer.status = status;
    answer.headers = {{"Content-Type", "application/pdf"}};
    answer.body = {};
    answer.contentLength = size;
    m_server->setDefaultResponse(answer);
    const QString at = link("/terms.pdf");
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(withHeader(header(HeaderKind::Document, at)));
    m_media->settleNow();
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("HEAD"));
    const MediaResult result = m_media->results().value(at);
    QCOMPARE(result.byteSize, byteSize);
    QVERIFY(result.image.isNull());
    const QList<ValidationIssue> warnings = m_media->warnings();
    QCOMPARE(warnings.isEmpty(), warning.isEmpty());
    if (!warning.isEmpty()) {
        QCOMPARE(warnings.first().path, u"header.document.link"_s);
        QCOMPARE(warnings.first().message, warning);
    }
}

void TestMessageMedia::noImageNoRequest_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text header") << "text";
    QTest::newRow("video link") << "video";
    QTest::newRow("image media id") << "id";
    QTest::newRow("image link with a placeholder") << "placeholder";
    QTest::newRow("carousel of videos and ids") << "carousel";
}

void TestMessageMedia::noImageNoRequest()
{
    QFETCH(QString, kind);
    // Every link is the test server's, so that one asked for would be seen there too.
    const QString at = link("/a.png");
    InteractiveMessage message = withHeader(Header::fromText(u"Hello"_s));
    if (kind == u"video")
        message = withHeader(header(HeaderKind::Video, at));
    else if (kind == u"id")
        message = withHeader(header(HeaderKind::Image, {}, u"42"_s));
    else if (kind == u"placeholder") // as typed: QUrl would %-encode the braces
        message = imageMessage(m_server->baseUrl().toString() + u"/{{sku}}.png"_s);
    else if (kind == u"carousel")
        message = carousel({header(HeaderKind::Video, at), header(HeaderKind::Image, {}, u"42"_s)});
    QSignalSpy changed(m_media.get(), &MessageMedia::changed);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(at)); // a picture first, so that the message below is a change
    QCOMPARE(m_media->results().size(), 1);
    m_media->show(message);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(settled.size(), 1); // at once: nothing to wait for
    QVERIFY(m_media->results().isEmpty());
    QVERIFY(m_media->isSettled());
    m_media->settleNow(); // would ask, from inside, for anything still waiting
    QTest::qWait(100);    // longer than the settle delay
    QCOMPARE(m_network->asked, QList<QUrl>());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMessageMedia::aRemovedLinkIsForgotten()
{
    m_server->setDefaultResponse(TestHttpServer::notFound());
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(link("/missing.png")));
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_media->warnings().size(), 1);

    QSignalSpy changed(m_media.get(), &MessageMedia::changed);
    m_media->show(withHeader(Header::fromText(u"No picture"_s)));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_media->warnings().isEmpty());
    QVERIFY(m_media->results().isEmpty());

    // Shown again, it is asked again: a failure is not remembered.
    m_media->show(imageMessage(link("/missing.png")));
    QCOMPARE(m_media->results().value(link("/missing.png")).state, State::Loading);
    QVERIFY(m_media->warnings().isEmpty());
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_media->warnings().size(), 1);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMessageMedia::aLinkLoadedThisSessionShowsAtOnce()
{
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(link("/a.png")));
    QVERIFY(settled.wait(5000));
    m_media->show(withHeader(Header()));
    settled.clear();
    m_media->show(imageMessage(link("/a.png")));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(m_media->results().value(link("/a.png")).state, State::Loaded);
    QCOMPARE(m_network->asked.size(), 1);
}

// Two cards with one picture, written two ways the loader takes for one link (a scheme's case): one download
// answers both, and both end loaded.
void TestMessageMedia::twoSpellingsOfOneLinkShareItsAnswer()
{
    const QString lower = link("/same.png");
    QString upper = lower;
    upper.replace(0, 4, QStringLiteral("HTTP"));
    QCOMPARE(QUrl(upper), QUrl(lower));
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(carousel({header(HeaderKind::Image, lower), header(HeaderKind::Image, upper)}));
    QCOMPARE(m_media->results().size(), 2);
    QVERIFY(settled.wait(5000));
    QCOMPARE(m_media->results().value(lower).state, State::Loaded);
    QCOMPARE(m_media->results().value(upper).state, State::Loaded);
    QVERIFY(m_media->isSettled());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestMessageMedia::aStandInIsShownAndTheLinkNeverAsked()
{
    const QString offline = link("/offline.png");
    m_media->setStandIns({{offline, LandscapePng}});
    QCOMPARE(m_media->standIns().value(offline), LandscapePng);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->show(imageMessage(offline));
    QCOMPARE(settled.size(), 1); // read at once: nothing to wait for
    const MediaResult result = m_media->results().value(offline);
    QCOMPARE(result.state, State::Loaded);
    QVERIFY(result.standIn);
    QCOMPARE(result.image.size(), QSize(800, 418));
    QCOMPARE(result.byteSize, QFileInfo(LandscapePng).size());
    QVERIFY(m_media->warnings().isEmpty());
    m_media->settleNow();
    QTest::qWait(100); // longer than the settle delay
    QCOMPARE(m_network->asked, QList<QUrl>());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMessageMedia::anUnreadableStandInIsAWarningNamingIt_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: no such file
    QTest::addColumn<QString>("name");
    QTest::newRow("no such file") << QByteArray() << "gone.png";
    QTest::newRow("not a picture") << QByteArray("just some notes") << "notes.png";
}

void TestMessageMedia::anUnreadableStandInIsAWarningNamingIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const QString file = m_cache->filePath(name);
    if (!bytes.isEmpty()) {
        QFile written(file);
        QVERIFY(written.open(QIODevice::WriteOnly));
        QCOMPARE(written.write(bytes), bytes.size());
    }
    const QString offline = link("/offline.png");
    m_media->setStandIns({{offline, file}});
    m_media->show(imageMessage(offline));
    const MediaResult result = m_media->results().value(offline);
    QCOMPARE(result.state, State::Failed);
    QVERIFY(result.standIn);
    QVERIFY(m_media->isSettled());
    const QList<ValidationIssue> warnings = m_media->warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, QStringLiteral("header.image.link"));
    QCOMPARE(warnings.first().severity, Severity::Warning);
    QCOMPARE(warnings.first().code, QStringLiteral("media-unavailable"));
    QVERIFY2(warnings.first().message.startsWith(
                 QStringLiteral("The picture standing in for this link (%1) cannot be read: ").arg(name)),
             qPrintable(warnings.first().message));
    m_media->settleNow();
    QTest::qWait(100); // longer than the settle delay
    QCOMPARE(m_network->asked, QList<QUrl>());
}

void TestMessageMedia::removingTheStandInAsksTheLink()
{
    const QString offline = link("/offline.png");
    m_media->setStandIns({{offline, LandscapePng}});
    m_media->show(imageMessage(offline));
    QVERIFY(m_media->results().value(offline).standIn);

    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    m_media->setStandIns({});
    QCOMPARE(m_media->results().value(offline).state, State::Loading);
    QVERIFY(!m_media->results().value(offline).standIn);
    QVERIFY(settled.wait(5000));
    const MediaResult result = m_media->results().value(offline);
    QCOMPARE(result.state, State::Loaded);
    QVERIFY(!result.standIn);
    QCOMPARE(result.image.size(), QSize(3, 2)); // the server's picture
    QCOMPARE(targets(), QList<QByteArray>{"/offline.png"});
}

void TestMessageMedia::aStandInReplacesWhatTheLinkGave_data()
{
    QTest::addColumn<QString>("before"); // what the link gave when the stand-in is chosen
    QTest::newRow("a picture") << "loaded";
    QTest::newRow("HTTP 404") << "failed";
    QTest::newRow("still loading") << "loading";
}

// The agent chooses a local picture for a link the preview already asked about (most often: one that does
// not load, while composing offline): the stand-in shows in place of what the link gave.
void TestMessageMedia::aStandInReplacesWhatTheLinkGave()
{
    QFETCH(QString, before);
    const QString at = link("/a.png");
    TestHttpServer::Response answer = before == u"failed" ? TestHttpServer::notFound() : picture();
    if (before == u"loading")
        answer.delayMs = 300;
    m_server->setDefaultResponse(answer);
    QSignalSpy settled(m_media.get(), &MessageMedia::settled);
    QSignalSpy loaded(m_loader.get(), &MediaLoader::loaded); // before asking: the answer may come early
    m_media->show(imageMessage(at));
    m_media->settleNow();
    if (before == u"loading")
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    else
        QVERIFY(settled.wait(5000));

    settled.clear();
    m_media->setStandIns({{at, LandscapePng}});
    QCOMPARE(m_media->results().value(at).state, State::Loaded);
    QVERIFY(m_media->results().value(at).standIn);
    QCOMPARE(m_media->results().value(at).image.size(), QSize(800, 418));
    QVERIFY(m_media->warnings().isEmpty());
    QVERIFY(m_media->isSettled());
    QCOMPARE(settled.size(), 1);
    if (before == u"loading") {
        // The link's late answer does not replace the stand-in.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QVERIFY(m_media->results().value(at).standIn);
        QCOMPARE(m_media->results().value(at).image.size(), QSize(800, 418));
    }
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_MAIN(TestMessageMedia)
#include "tst_messagemedia.moc"
