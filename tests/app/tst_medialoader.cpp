#include "AppServices.h"
#include "media/MediaLoader.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using test::TestHttpServer;
using State = MediaResult::State;
using namespace Qt::StringLiterals;

namespace {

// Counts what is handed to the network at all, so that "nothing was asked" covers name lookups too.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* body) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};

const QColor Red(255, 0, 0);
const QColor Blue(0, 0, 255);

// A 3 x 2 red picture with one blue pixel at (1, 0), padded after its end to `size` bytes when asked: a PNG
// decoder stops at its IEND chunk, so the padding makes a picture of any size.
QByteArray png(qint64 size = 0)
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Red);
    image.setPixelColor(1, 0, Blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (size > bytes.size())
        bytes.append(QByteArray(size - bytes.size(), '\0'));
    return bytes;
}

TestHttpServer::Response redirect(const QByteArray& location)
{
    TestHttpServer::Response response;
    response.status = 302;
    response.headers = {{"Location", location}};
    response.body = {};
    return response;
}

} // namespace

// MediaLoader against a real HTTP server on 127.0.0.1: a picture decoded, every way a link fails (status,
// not a picture, too large, too slow, not allowed), one download for many requests, and the disk cache
// between sessions: answering without the network, keeping to its limit, dropping a damaged file.
class TestMediaLoader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void decodesAPicture();
    void nothingIsAskedUntilRequested();
    void anHttpRefusalIsNamed_data();
    void anHttpRefusalIsNamed();
    void aBodyThatIsNoPictureFails_data();
    void aBodyThatIsNoPictureFails();
    void theSizeCap_data();
    void theSizeCap();
    void anAnnouncedSizeOverTheCapIsRefusedAtOnce();
    void aSilentServerTimesOut();
    void refusesLinksItMayNotAsk_data();
    void refusesLinksItMayNotAsk();
    void allowsHttpsAndThisMachine_data();
    void allowsHttpsAndThisMachine();
    void redirects_data();
    void redirects();
    void aNetworkErrorHidesTheQuery();
    void requestsInFlightShareOneDownload();
    void theDiskCacheAnswersTheNextSession();
    void theDiskCacheKeepsToItsLimit_data();
    void theDiskCacheKeepsToItsLimit();
    void aDamagedCacheFileIsFetchedAgain_data();
    void aDamagedCacheFileIsFetchedAgain();
    void appServicesBuildsOneLoader();

private:
    std::unique_ptr<MediaLoader> newLoader();
    MediaResult load(MediaLoader& loader, const QUrl& link, int waitMs = 10000);
    QUrl link(const char* path) const
    {
        return m_server->baseUrl().resolved(QUrl(QString::fromLatin1(path)));
    }
    QString cacheFile() const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<CountingNetwork> m_network;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MediaLoader> m_loader;
};

void TestMediaLoader::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(TestHttpServer::picture(png()));
    m_network = std::make_unique<CountingNetwork>();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_loader = newLoader();
}

void TestMediaLoader::cleanup()
{
    m_loader.reset();
    m_network.reset();
    m_server.reset();
    m_cache.reset();
}

std::unique_ptr<MediaLoader> TestMediaLoader::newLoader()
{
    auto loader = std::make_unique<MediaLoader>(m_network.get(), m_cache->filePath(QStringLiteral("media")));
    loader->setTimeout(std::chrono::seconds(5));
    return loader;
}

MediaResult TestMediaLoader::load(MediaLoader& loader, const QUrl& link, int waitMs)
{
    QSignalSpy loaded(&loader, &MediaLoader::loaded);
    loader.request(link);
    if (loaded.size() != 0) {
        qWarning("loaded() came from inside request()");
        return {};
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < waitMs) {
        for (const QList<QVariant>& signal : std::as_const(loaded)) {
            if (signal.at(0).toUrl() == link)
                return signal.at(1).value<MediaResult>();
        }
        loaded.wait(50);
    }
    qWarning("no loaded() for the link");
    return {};
}

QString TestMediaLoader::cacheFile() const
{
    const QDir folder(m_cache->filePath(QStringLiteral("media")));
    const QStringList files = folder.entryList({QStringLiteral("*.media")}, QDir::Files);
    return files.size() == 1 ? folder.filePath(files.first()) : QString();
}

void TestMediaLoader::decodesAPicture()
{
    const QUrl picture = link("/a.png?sig=abc");
    const MediaResult result = load(*m_loader, picture);
    QCOMPARE(result.state, State::Loaded);
    QCOMPARE(result.image.size(), QSize(3, 2));
    QCOMPARE(result.image.pixelColor(1, 0), Blue);
    QCOMPARE(result.image.pixelColor(2, 1), Red);
    QCOMPARE(result.byteSize, png().size());
    QCOMPARE(result.contentType, QStringLiteral("image/png"));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(result.warning().isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& asked = m_server->requests().first();
    QCOMPARE(asked.method, QByteArray("GET"));
    QCOMPARE(asked.target, QByteArray("/a.png?sig=abc"));
    QCOMPARE(asked.header("Accept"), QByteArray("image/*"));
    // This session's memory answers at once, and another request is answered without the network.
    const std::optional<MediaResult> cached = m_loader->cached(picture);
    QVERIFY(cached);
    QCOMPARE(cached->image.pixelColor(1, 0), Blue);
    QVERIFY(!m_loader->cached(link("/other.png")));
    QCOMPARE(load(*m_loader, picture).state, State::Loaded);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->created, 1);
}

void TestMediaLoader::nothingIsAskedUntilRequested()
{
    QTest::qWait(50);
    QCOMPARE(m_network->created, 0);
    QVERIFY(!QDir(m_loader->cacheFolder()).exists()); // not even the folder is made
    QVERIFY(!m_loader->isLoading(link("/a.png")));
}

void TestMediaLoader::anHttpRefusalIsNamed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("403") << 403;
    QTest::newRow("500") << 500;
    QTest::newRow("204, no content") << 204;
}

void TestMediaLoader::anHttpRefusalIsNamed()
{
    QFETCH(int, status);
    TestHttpServer::Response refusal = TestHttpServer::picture("<html>Not Found</html>", "text/html");
    refusal.status = status;
    if (status == 204)
        refusal.body.clear();
    m_server->enqueue(refusal);
    const QUrl picture = link("/missing.png");
    const MediaResult result = load(*m_loader, picture);
    QCOMPARE(result.state, State::Failed);
    QCOMPARE(result.httpStatus, status);
    if (status == 204) {
        QCOMPARE(result.reason, QStringLiteral("not an image")); // an empty answer
    } else {
        QCOMPARE(result.reason, QStringLiteral("HTTP %1").arg(status));
        QCOMPARE(
            result.warning(),
            QStringLiteral("The customer's phone will not be able to load this image: HTTP %1.").arg(status));
    }
    QVERIFY(result.image.isNull());
    QVERIFY(!m_loader->cached(picture));
    QVERIFY(cacheFile().isEmpty());
    // A failure is not remembered: the next request asks again.
    QCOMPARE(load(*m_loader, picture).state, State::Loaded);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMediaLoader::aBodyThatIsNoPictureFails_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("reasonHas");
    QTest::newRow("a web page") << QByteArray("<html><body>Login</body></html>") << QByteArray("text/html")
                                << "not an image";
    QTest::newRow("JSON called a PNG")
        << QByteArray(R"({"error":"expired"})") << QByteArray("image/png") << "not an image";
    QTest::newRow("empty") << QByteArray() << QByteArray("image/png") << "not an image";
    QTest::newRow("a PNG cut in half")
        << png().left(png().size() / 2) << QByteArray("image/png") << "the image cannot be read";
}

void TestMediaLoader::aBodyThatIsNoPictureFails()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(QString, reasonHas);
    m_server->enqueue(TestHttpServer::picture(body, type));
    const MediaResult result = load(*m_loader, link("/a.png"));
    QCOMPARE(result.state, State::Failed);
    QVERIFY2(result.reason.contains(reasonHas), qPrintable(result.reason));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!m_loader->cached(link("/a.png")));
    QVERIFY(cacheFile().isEmpty());
}

void TestMediaLoader::theSizeCap_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("announced"); // with a Content-Length, or to the end of the connection
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at the cap") << MediaLoader::MaxBytes << true << true;
    QTest::newRow("one past the cap") << MediaLoader::MaxBytes + 1 << true << false;
    QTest::newRow("at the cap, no length") << MediaLoader::MaxBytes << false << true;
    QTest::newRow("one past the cap, no length") << MediaLoader::MaxBytes + 1 << false << false;
}

void TestMediaLoader::theSizeCap()
{
    QFETCH(qint64, size);
    QFETCH(bool, announced);
    QFETCH(bool, accepted);
    TestHttpServer::Response answer = TestHttpServer::picture(png(size));
    if (!announced)
        answer.contentLength = TestHttpServer::Response::NoLength;
    m_server->enqueue(answer);
    const MediaResult result = load(*m_loader, link("/big.png"));
    if (accepted) {
        QCOMPARE(result.state, State::Loaded);
        QCOMPARE(result.byteSize, size);
        QCOMPARE(result.image.pixelColor(1, 0), Blue);
    } else {
        QCOMPARE(result.state, State::Failed);
        QCOMPARE(result.reason, QStringLiteral("the image is larger than 5 MB"));
        QVERIFY(result.image.isNull());
    }
}

void TestMediaLoader::anAnnouncedSizeOverTheCapIsRefusedAtOnce()
{
    // 50 MB announced, a few bytes sent, the connection held open: only the header can end this quickly.
    TestHttpServer::Response answer = TestHttpServer::picture(png());
    answer.contentLength = 50 * 1024 * 1024;
    m_server->enqueue(answer);
    QElapsedTimer took;
    took.start();
    const MediaResult result = load(*m_loader, link("/huge.png"));
    QCOMPARE(result.state, State::Failed);
    QCOMPARE(result.reason, QStringLiteral("the image is larger than 5 MB"));
    QVERIFY2(took.elapsed() < 2000, qPrintable(QString::number(took.elapsed())));
}

void TestMediaLoader::aSilentServerTimesOut()
{
    TestHttpServer::Response silent = TestHttpServer::picture(png());
    silent.delayMs = 30000;
    m_server->enqueue(silent);
    m_loader->setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer took;
    took.start();
    const MediaResult result = load(*m_loader, link("/slow.png"));
    QCOMPARE(result.state, State::Failed);
    QCOMPARE(result.reason, QStringLiteral("no answer within 0.3 s"));
    QVERIFY(took.elapsed() >= 250);
    QVERIFY2(took.elapsed() < 3000, qPrintable(QString::number(took.elapsed())));
    QVERIFY(!m_loader->isLoading(link("/slow.png")));
}

void TestMediaLoader::refusesLinksItMayNotAsk_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    const QString https = QStringLiteral("the link must use https");
    QTest::newRow("http elsewhere") << "http://example.com/a.png" << https;
    QTest::newRow("http to a private address") << "http://10.0.0.7/a.png" << https;
    QTest::newRow("http to a name ending in localhost") << "http://localhost.example.com/a.png" << https;
    QTest::newRow("ftp on this machine") << "ftp://127.0.0.1/a.png"
                                         << "the link must use https, not ftp";
    QTest::newRow("a file") << "file:///etc/hostname"
                            << "the link is not a web address";
    QTest::newRow("data") << "data:image/png;base64,iVBORw0KGgo="
                          << "the link is not a web address";
    QTest::newRow("empty") << ""
                           << "the link is not a web address";
    QTest::newRow("no host") << "https:///a.png"
                             << "the link is not a web address";
    QTest::newRow("words") << "my picture"
                           << "the link is not a web address";
}

void TestMediaLoader::refusesLinksItMayNotAsk()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    const MediaResult result = load(*m_loader, QUrl(url));
    QCOMPARE(result.state, State::NotAllowed);
    QCOMPARE(result.reason, reason);
    QCOMPARE(MediaLoader::whyNotAllowed(QUrl(url)), reason);
    QVERIFY(result.warning().endsWith(reason + u'.'));
    QCOMPARE(m_network->created, 0); // no name looked up, no connection tried
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMediaLoader::allowsHttpsAndThisMachine_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("https") << "https://cdn.example.com/a.png?sig=1";
    QTest::newRow("HTTPS") << "HTTPS://cdn.example.com/a.png";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/a.png";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/a.png";
    QTest::newRow("http ::1") << "http://[::1]:8080/a.png";
    QTest::newRow("http localhost") << "http://LocalHost/a.png";
}

void TestMediaLoader::allowsHttpsAndThisMachine()
{
    QFETCH(QString, url);
    QCOMPARE(MediaLoader::whyNotAllowed(QUrl(url)), QString());
}

void TestMediaLoader::redirects_data()
{
    QTest::addColumn<int>("hops");           // redirects to this server before the picture
    QTest::addColumn<QByteArray>("finally"); // then one more to here, when set
    QTest::addColumn<QString>("reason");     // empty: loaded
    QTest::newRow("one, on this machine") << 1 << QByteArray() << QString();
    QTest::newRow("three: the most followed") << 3 << QByteArray() << QString();
    QTest::newRow("four: one too many") << 4 << QByteArray() << "it redirects more than 3 times";
    QTest::newRow("to http elsewhere")
        << 0 << QByteArray("http://example.com/a.png") << "it redirects to a link that is not https";
    QTest::newRow("to a file") << 0 << QByteArray("file:///etc/hostname")
                               << "it redirects to a link that is not https";
}

void TestMediaLoader::redirects()
{
    QFETCH(int, hops);
    QFETCH(QByteArray, finally);
    QFETCH(QString, reason);
    for (int hop = 1; hop <= hops; ++hop)
        m_server->enqueue(redirect("/hop" + QByteArray::number(hop) + ".png"));
    if (!finally.isEmpty())
        m_server->enqueue(redirect(finally));
    const MediaResult result = load(*m_loader, link("/a.png"));
    if (reason.isEmpty()) {
        QCOMPARE(result.state, State::Loaded);
        QCOMPARE(m_server->requests().size(), hops + 1);
        QCOMPARE(m_server->requests().last().target, "/hop" + QByteArray::number(hops) + ".png");
    } else {
        QCOMPARE(result.state, State::Failed);
        QCOMPARE(result.reason, reason);
        // Never asked elsewhere: every request reached this server.
        QCOMPARE(m_server->requests().size(), std::max(hops, 1));
    }
    QCOMPARE(m_network->created, m_server->requests().size()); // each hop asked by the loader itself
}

void TestMediaLoader::aNetworkErrorHidesTheQuery()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const QUrl picture(QStringLiteral("http://127.0.0.1:%1/a.png?sig=s3cr3t-signature").arg(port));
    const MediaResult result = load(*m_loader, picture);
    QCOMPARE(result.state, State::Failed);
    QVERIFY2(result.reason.contains(QStringLiteral("refused")), qPrintable(result.reason));
    QVERIFY2(!result.reason.contains(QStringLiteral("s3cr3t")), qPrintable(result.reason));
    QCOMPARE(result.httpStatus, 0);
}

void TestMediaLoader::requestsInFlightShareOneDownload()
{
    TestHttpServer::Response slow = TestHttpServer::picture(png());
    slow.delayMs = 300;
    m_server->enqueue(slow);
    QSignalSpy loaded(m_loader.get(), &MediaLoader::loaded);
    const QUrl picture = link("/shared.png");
    m_loader->request(picture);
    m_loader->request(picture);
    QVERIFY(m_loader->isLoading(picture));
    m_loader->request(picture);
    QVERIFY(loaded.wait(5000));
    QTest::qWait(100); // no second answer follows
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(1).value<MediaResult>().state, State::Loaded);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->created, 1);
    QVERIFY(!m_loader->isLoading(picture));
}

void TestMediaLoader::theDiskCacheAnswersTheNextSession()
{
    const QUrl picture = link("/kept.png?sig=abc");
    m_server->setDefaultResponse(TestHttpServer::picture(png(), "image/png; charset=binary"));
    QCOMPARE(load(*m_loader, picture).state, State::Loaded);
    QCOMPARE(m_server->requests().size(), 1);
    // The link, with its signature, is written nowhere in the folder.
    QVERIFY(!cacheFile().isEmpty());
    QFile index(QDir(m_loader->cacheFolder()).filePath(QLatin1StringView(MediaDiskCache::IndexFileName)));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains("kept.png"));

    m_loader.reset();
    const std::unique_ptr<MediaLoader> next = newLoader();
    QVERIFY(!next->cached(picture)); // memory is this session's only
    const MediaResult result = load(*next, picture);
    QCOMPARE(result.state, State::Loaded);
    QCOMPARE(result.image.size(), QSize(3, 2));
    QCOMPARE(result.image.pixelColor(1, 0), Blue);
    QCOMPARE(result.byteSize, png().size());
    QCOMPARE(result.contentType, QStringLiteral("image/png; charset=binary"));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->created, 1);
    QVERIFY(next->cached(picture));
}

void TestMediaLoader::theDiskCacheKeepsToItsLimit_data()
{
    QTest::addColumn<qint64>("limit"); // in pictures of 1000 bytes
    QTest::addColumn<qint64>("slack"); // bytes added to it
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("room for all three") << qint64(3) << qint64(0) << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("a byte short: the least recently used goes")
        << qint64(3) << qint64(-1) << QStringList{u"a"_s, u"c"_s};
    QTest::newRow("room for one") << qint64(1) << qint64(0) << QStringList{u"c"_s};
    QTest::newRow("room for none") << qint64(1) << qint64(-1) << QStringList{};
}

void TestMediaLoader::theDiskCacheKeepsToItsLimit()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, slack);
    QFETCH(QStringList, kept);
    const qint64 size = 1000;
    const qint64 bytes = limit * size + slack;
    m_server->setDefaultResponse(TestHttpServer::picture(png(size)));
    const auto at = [this](const QString& name) {
        return link(qPrintable(u'/' + name + QStringLiteral(".png")));
    };

    // a, then b; a used again (from disk, in a new session); then c: b is the least recently used.
    m_loader->setDiskCacheLimit(bytes);
    QCOMPARE(load(*m_loader, at(QStringLiteral("a"))).state, State::Loaded);
    QCOMPARE(load(*m_loader, at(QStringLiteral("b"))).state, State::Loaded);
    m_loader = newLoader();
    m_loader->setDiskCacheLimit(bytes);
    QCOMPARE(load(*m_loader, at(QStringLiteral("a"))).state, State::Loaded);
    QCOMPARE(load(*m_loader, at(QStringLiteral("c"))).state, State::Loaded);

    MediaDiskCache disk(m_loader->cacheFolder());
    QVERIFY(disk.totalBytes() <= bytes);
    QCOMPARE(disk.totalBytes(), kept.size() * size);
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        QVERIFY2(disk.contains(at(name)) == kept.contains(name), qPrintable(name));
    // What is on disk is all there is: no file beside the index's.
    const QStringList files =
        QDir(m_loader->cacheFolder()).entryList({QStringLiteral("*.media")}, QDir::Files);
    QCOMPARE(files.size(), kept.size());
}

void TestMediaLoader::aDamagedCacheFileIsFetchedAgain_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("other bytes of the same size") << "garbage";
    QTest::newRow("cut short") << "truncated";
    QTest::newRow("deleted") << "deleted";
}

void TestMediaLoader::aDamagedCacheFileIsFetchedAgain()
{
    QFETCH(QString, damage);
    const QUrl picture = link("/a.png");
    QCOMPARE(load(*m_loader, picture).state, State::Loaded);
    const QString path = cacheFile();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    if (damage == u"deleted") {
        QVERIFY(file.remove());
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"garbage")
            QCOMPARE(file.write(QByteArray(png().size(), 'x')), png().size());
        else
            QVERIFY(file.resize(10));
        file.close();
    }

    m_loader = newLoader();
    const MediaResult result = load(*m_loader, picture);
    QCOMPARE(result.state, State::Loaded);
    QCOMPARE(result.image.pixelColor(1, 0), Blue);
    QCOMPARE(m_server->requests().size(), 2);
    // Kept again, whole: a third session needs no network.
    m_loader = newLoader();
    QCOMPARE(load(*m_loader, picture).state, State::Loaded);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestMediaLoader::appServicesBuildsOneLoader()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's own cache folder
    AppServices services(m_cache->filePath(QStringLiteral("data")));
    MediaLoader& media = services.media();
    QCOMPARE(&services.media(), &media);
    QVERIFY(media.cacheFolder().endsWith(QStringLiteral("/media")));
    QCOMPARE(media.cacheFolder(), AppServices::mediaCacheFolder());
    QCOMPARE(media.timeout(), MediaLoader::DefaultTimeout);
    QCOMPARE(media.diskCacheLimit(), MediaDiskCache::DefaultLimitBytes);
}

QTEST_MAIN(TestMediaLoader)
#include "tst_medialoader.moc"
