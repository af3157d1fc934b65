#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

namespace {

struct Target
{
    const char* name; // its folder in tests/data/fuzz
    std::function<void(const uint8_t*, size_t)> run;
    QStringList seedFolders; // more seeds, from elsewhere in the tree
};

QList<Target> targets()
{
    const QString root = QStringLiteral(WA_SOURCE_DIR);
    return {
        {"message", wa::fuzz::message, {root + QStringLiteral("/tests/data/messages")}},
        {"text_formatting", wa::fuzz::textFormatting, {}},
        {"draft_file",
         wa::fuzz::draftFile,
         {root + QStringLiteral("/docs/examples/drafts"), root + QStringLiteral("/tests/data")}},
        {"response", wa::fuzz::response, {}},
        {"phone_number", wa::fuzz::phoneNumber, {}},
    };
}

} // namespace

// The fuzz targets' seeds and every input that once broke one (tests/data/fuzz/<target>/), in the ordinary
// suite: what the fuzzers found stays fixed. An invariant that breaks aborts the test with the input.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void inputs_data();
    void inputs();
};

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const QList<Target> all = targets();
    for (int t = 0; t < all.size(); ++t) {
        QStringList folders = all[t].seedFolders;
        folders.prepend(QStringLiteral(WA_SOURCE_DIR "/tests/data/fuzz/") + QLatin1StringView(all[t].name));
        int found = 0;
        for (const QString& folder : folders) {
            for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files)) {
                if (file.size() > 1024 * 1024)
                    continue;
                QTest::addRow("%s: %s", all[t].name, qPrintable(file.fileName())) << t << file.filePath();
                ++found;
            }
        }
        if (found == 0)
            qFatal("no inputs for the fuzz target %s", all[t].name);
    }
}

void TestFuzzRegressions::inputs()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    targets()[target].run(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
