#include "articles/folderloader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "testutils.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {
using TestUtils::writeFile;

QStringList relativePaths(const QSignalSpy& spy)
{
    QStringList out;
    for (const auto& args : spy) {
        const QVariant v = args.first();
        if (v.canConvert<Article>())
            out.append(v.value<Article>().relativePath);
        else if (v.canConvert<LoadError>())
            out.append(v.value<LoadError>().relativePath);
        else
            out.append(v.toString());
    }
    out.sort();
    return out;
}
} // namespace

class TestFolderLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEveryFileInOrder();
    void runsTheArticlePassBeforeReporting();
    void reportsBadFilesAndOpensTheRest();
    void reportsMissingFolder();
    void followsChangesOnDisk();
    void cancelStopsLoading();
    void opensAHostileFolder();
};

void TestFolderLoader::reportsEveryFileInOrder()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"10.txt"_s), "Ten\nText.");
    writeFile(dir.filePath(u"2.txt"_s), "Two\nText.");
    writeFile(dir.filePath(u"sub/1.md"_s), "# One\nText.");
    FolderLoader loader;
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy progress(&loader, &FolderLoader::progress);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.count(), 3);
    QCOMPARE(loaded.at(0).first().value<Article>().relativePath, u"2.txt"_s);
    QCOMPARE(loaded.at(1).first().value<Article>().relativePath, u"10.txt"_s);
    QCOMPARE(loaded.at(2).first().value<Article>().relativePath, u"sub/1.md"_s);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
}

// The reader knows nothing of figures (the articles layer is below recognition); the window asks
// for them through the article pass, and gets them with each article as it is read.
void TestFolderLoader::runsTheArticlePassBeforeReporting()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"a.txt"_s), "Title\nShares rose 5% to $53 billion.");
    FolderLoader loader;
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(loaded.at(0).first().value<Article>().mentions.isEmpty());

    std::atomic<int> passes = 0;
    loader.setArticlePass([&passes](Article& article) {
        ++passes;
        Mention percent;
        percent.start = article.text.indexOf(u'5');
        percent.end = article.text.indexOf(u'%') + 1;
        percent.kind = MentionKind::Percent;
        article.mentions.append(percent);
    });
    loaded.clear();
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(passes.load(), 1);
    const QList<Mention> mentions = loaded.at(0).first().value<Article>().mentions;
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().kind, MentionKind::Percent);
}

void TestFolderLoader::reportsBadFilesAndOpensTheRest()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"good.txt"_s), "Good story\nText.");
    writeFile(dir.filePath(u"binary.txt"_s), QByteArray("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0\0",
                                                        12));
    writeFile(dir.filePath(u"empty.md"_s), QByteArray());
    writeFile(dir.filePath(u"locked.txt"_s), "Locked story\nText.");
    QFile::setPermissions(dir.filePath(u"locked.txt"_s), QFileDevice::Permissions());
    writeFile(dir.filePath(u"big.txt"_s), QByteArray(4096, 'a'));
    QVERIFY(QFile::link(dir.filePath(u"missing.txt"_s), dir.filePath(u"dangling.txt"_s)));
    QDir().mkpath(dir.filePath(u"loop"_s));
    QVERIFY(QFile::link(dir.path(), dir.filePath(u"loop/back"_s)));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.txt"_s)).constData(), 0644) == 0);

    FolderLoader loader;
    loader.setMaxFileBytes(1024);
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy failed(&loader, &FolderLoader::loadFailed);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));

    const bool root = ::geteuid() == 0; // root reads a file whatever its permissions
    QStringList expectedLoaded{u"good.txt"_s};
    QStringList expectedFailed{u"big.txt"_s,  u"binary.txt"_s, u"dangling.txt"_s,
                               u"empty.md"_s, u"loop/back"_s,  u"pipe.txt"_s};
    (root ? expectedLoaded : expectedFailed).append(u"locked.txt"_s);
    expectedLoaded.sort();
    expectedFailed.sort();
    QCOMPARE(relativePaths(loaded), expectedLoaded);
    QCOMPARE(relativePaths(failed), expectedFailed);
    QHash<QString, QString> reasons;
    for (const auto& args : failed) {
        const auto error = args.first().value<LoadError>();
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.relativePath));
        reasons.insert(error.relativePath, error.message);
    }
    QVERIFY(reasons.value(u"binary.txt"_s).contains(u"binary"_s));
    QVERIFY(reasons.value(u"empty.md"_s).contains(u"empty"_s));
    QVERIFY(reasons.value(u"big.txt"_s).contains(u"larger than the limit"_s));
    QVERIFY(reasons.value(u"dangling.txt"_s).contains(u"does not exist"_s));
    QVERIFY(reasons.value(u"loop/back"_s).contains(u"loop"_s));
    QVERIFY(reasons.value(u"pipe.txt"_s).contains(u"not a regular file"_s));
    if (!root)
        QVERIFY(reasons.value(u"locked.txt"_s).contains(u"cannot be opened"_s));
}

void TestFolderLoader::reportsMissingFolder()
{
    FolderLoader loader;
    QSignalSpy failed(&loader, &FolderLoader::failed);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(u"/nonexistent/crosscheck/folder"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"does not exist"_s));
}

void TestFolderLoader::followsChangesOnDisk()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stays.txt"_s), "Stays\nSame text.");
    writeFile(dir.filePath(u"edited.txt"_s), "Edited\nOld text.");
    writeFile(dir.filePath(u"removed.txt"_s), "Removed\nText.");
    writeFile(dir.filePath(u"touched.txt"_s), "Touched\nSame text.");
    FolderLoader loader;
    loader.setSettleInterval(50);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));

    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy changed(&loader, &FolderLoader::articleChanged);
    QSignalSpy removed(&loader, &FolderLoader::articleRemoved);
    QSignalSpy refreshed(&loader, &FolderLoader::refreshed);
    // Make sure the modification times differ from the first read even on coarse clocks.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(5);
    writeFile(dir.filePath(u"edited.txt"_s), "Edited\nNew text, longer.");
    writeFile(dir.filePath(u"added.md"_s), "# Added\nText.");
    QVERIFY(QFile::remove(dir.filePath(u"removed.txt"_s)));
    {
        QFile touched(dir.filePath(u"touched.txt"_s));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(later, QFileDevice::FileModificationTime));
    }
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1 && loaded.count() == 1 && removed.count() == 1, 10000);
    QCOMPARE(changed.first().first().value<Article>().relativePath, u"edited.txt"_s);
    QVERIFY(changed.first().first().value<Article>().text.contains(u"New text"_s));
    QCOMPARE(loaded.first().first().value<Article>().relativePath, u"added.md"_s);
    QCOMPARE(removed.first().first().toString(), u"removed.txt"_s);

    // A file rewritten with the same text is looked at but not reported again.
    refreshed.clear();
    loader.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(loaded.count(), 1);
}

void TestFolderLoader::cancelStopsLoading()
{
    QTemporaryDir dir;
    for (int i = 0; i < 300; ++i)
        writeFile(dir.filePath(u"a%1.txt"_s.arg(i)),
                  QByteArray("Story\n") + QByteArray("Text. ").repeated(2000));
    FolderLoader loader;
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(loaded.wait(10000));
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!loader.isRunning());
    const int after = int(loaded.count());
    QTest::qWait(200); // nothing arrives once cancelled
    QCOMPARE(loaded.count(), after);
    QVERIFY(after < 300);
}

// Peak resident memory of this process so far, in MB.
static double peakMegabytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A folder nobody checked: 10,000 files, 40 levels deep, a link loop, empty and 200 MB files,
// broken encodings, NUL bytes, a file rewritten while the folder is read, one deleted between
// listing and reading, names with a newline and in other scripts. The folder opens; every file
// is either read or reported once, with a reason; memory stays bounded.
void TestFolderLoader::opensAHostileFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList expected; // every article file the scanner lists
    auto add = [&](const QString& relative, const QByteArray& bytes) {
        writeFile(dir.filePath(relative), bytes);
        expected.append(relative);
    };
    QString deep;
    for (int level = 0; level < 40; ++level)
        deep += u"level%1/"_s.arg(level);
    constexpr int kStories = 9989; // with the eleven below, 10,000 entries
    for (int made = 0; made < kStories; ++made) {
        const QString folder = made % 100 == 0 ? deep : u"batch%1/"_s.arg(made / 500);
        add(folder + u"story %1.txt"_s.arg(made),
            "Council vote number " + QByteArray::number(made) +
                "\nThe council voted 31 to 14 on Thursday. The barrage will cost \xE2\x82\xAC"
                "1.2 billion, said Mayor Lotte Brandvik.\n");
    }
    add(u"empty.txt"_s, QByteArray());
    {
        QFile huge(dir.filePath(u"huge.txt"_s)); // 200 MB, sparse: nothing is written to disk
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200LL * 1024 * 1024));
        expected.append(u"huge.txt"_s);
    }
    add(u"invalid utf-8.txt"_s, "Broken bytes\nPrices rose \xFF\xFE\xC3 8% on \x80 Monday.\n");
    add(u"utf-16 without bom.txt"_s, QByteArray("T\0i\0t\0l\0e\0\n\0T\0e\0x\0t\0.\0", 22));
    add(u"nul bytes.md"_s, QByteArray("# Title\nSome\0text\0with NULs.\n", 30));
    add(u"new\nline.txt"_s, "A name with a newline\nText.\n");
    add(u"\u65B0\u95FB \u30CB\u30E5\u30FC\u30B9.txt"_s, "Chinese and Japanese name\nText.\n");
    add(u"\u0441\u0442\u0430\u0442\u044C\u044F.md"_s, "# Cyrillic name\nText.\n");
    add(u"changing.txt"_s, "Changing\nFirst version.\n");
    add(u"zz deleted.txt"_s, "Deleted\nSoon gone.\n");
    QDir().mkpath(dir.filePath(u"loop"_s));
    QVERIFY(QFile::link(dir.path(), dir.filePath(u"loop/back"_s)));
    expected.append(u"loop/back"_s);
    QCOMPARE(expected.size(), 10000);

    const double before = peakMegabytes();
    FolderLoader loader;
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy failed(&loader, &FolderLoader::loadFailed);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    // One file is rewritten over and over while the folder is read; the last one (in the order
    // files are read) is deleted as soon as the first article arrives.
    std::atomic<bool> stop = false;
    std::thread writer([&] {
        for (int round = 0; !stop; ++round) {
            QFile f(dir.filePath(u"changing.txt"_s));
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write("Changing\nVersion " + QByteArray::number(round) + ".\n" + QByteArray(round % 5000, 'x'));
            f.close();
            // A thousand times a second: often enough to be caught half-written, without taking a
            // core from the loader (which matters under the sanitizers and Valgrind).
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    connect(
        &loader, &FolderLoader::articleLoaded, this, [&] { QFile::remove(dir.filePath(u"zz deleted.txt"_s)); },
        Qt::SingleShotConnection);
    loader.open(dir.path());
    // Minutes under the sanitizers (a Debug build), longer under Valgrind.
    const bool done = finished.wait(600000 * TestUtils::waitScale());
    stop = true;
    writer.join();
    QVERIFY(done);

    // Every file once: read or reported, never both, never twice.
    QStringList seen = relativePaths(loaded) + relativePaths(failed);
    seen.sort();
    expected.sort();
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(seen, expected);
    QHash<QString, QString> reasons;
    for (const auto& args : failed) {
        const auto error = args.first().value<LoadError>();
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.relativePath));
        reasons.insert(error.relativePath, error.message);
    }
    QVERIFY(reasons.value(u"empty.txt"_s).contains(u"empty"_s));
    QVERIFY(reasons.value(u"huge.txt"_s).contains(u"larger than the limit"_s));
    QVERIFY(reasons.value(u"loop/back"_s).contains(u"loop"_s));
    QVERIFY(reasons.contains(u"zz deleted.txt"_s) || relativePaths(loaded).contains(u"zz deleted.txt"_s));
    // Names in other scripts and with a newline are read like any other, and so are the stories.
    const QStringList read = relativePaths(loaded);
    QVERIFY(read.contains(u"new\nline.txt"_s));
    QVERIFY(read.contains(u"utf-16 without bom.txt"_s));
    QVERIFY(read.contains(u"\u0441\u0442\u0430\u0442\u044C\u044F.md"_s));
    QVERIFY(read.contains(deep + u"story 0.txt"_s));
    QVERIFY2(loaded.size() >= kStories, qPrintable(QString::number(loaded.size())));
    const double growth = peakMegabytes() - before;
    qInfo("%lld read, %lld reported; peak memory grew by %.0f MB", qint64(loaded.size()), qint64(failed.size()),
          growth);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        qInfo("reported %s: %s", qUtf8Printable(it.key()), qUtf8Printable(it.value()));
    QVERIFY2(growth < 400, qPrintable(u"%1 MB"_s.arg(growth))); // the 200 MB file is never read whole
}

QTEST_GUILESS_MAIN(TestFolderLoader)
#include "tst_folderloader.moc"
