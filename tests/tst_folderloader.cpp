#include "articles/folderloader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

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
    void reportsBadFilesAndOpensTheRest();
    void reportsMissingFolder();
    void followsChangesOnDisk();
    void cancelStopsLoading();
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

QTEST_GUILESS_MAIN(TestFolderLoader)
#include "tst_folderloader.moc"
