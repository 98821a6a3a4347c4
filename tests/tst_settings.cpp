#include "settings/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentFoldersRoundTrip();
    void recentFoldersAreCappedAndDeduplicated();
    void themeRoundTrip();
    void windowLayoutRoundTrip();
};

void TestSettings::recentFoldersRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(ini);
        QSignalSpy spy(&settings, &Settings::recentFoldersChanged);
        settings.addRecentFolder(u"/news/one"_s);
        settings.addRecentFolder(u"/news/two/../two/"_s);
        QCOMPARE(spy.count(), 2);
        settings.sync();
    }
    Settings reread(ini);
    QCOMPARE(reread.recentFolders(), QStringList({u"/news/two"_s, u"/news/one"_s}));
    QCOMPARE(reread.lastFolder(), u"/news/two"_s);
    reread.removeRecentFolder(u"/news/two"_s);
    QCOMPARE(reread.lastFolder(), u"/news/one"_s);
    reread.clearRecentFolders();
    QVERIFY(reread.lastFolder().isEmpty());
}

void TestSettings::recentFoldersAreCappedAndDeduplicated()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    for (int i = 0; i < Settings::kMaxRecentFolders + 5; ++i)
        settings.addRecentFolder(u"/f/%1"_s.arg(i));
    settings.addRecentFolder(u"/f/3"_s);
    const QStringList folders = settings.recentFolders();
    QCOMPARE(folders.size(), Settings::kMaxRecentFolders);
    QCOMPARE(folders.first(), u"/f/3"_s);
    QCOMPARE(folders.count(u"/f/3"_s), 1);
    QVERIFY(!folders.contains(u"/f/0"_s));
}

void TestSettings::themeRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(ini);
        QVERIFY(settings.themeName().isEmpty());
        QSignalSpy spy(&settings, &Settings::themeNameChanged);
        settings.setThemeName(u"Breeze Dark"_s);
        settings.setThemeName(u"Breeze Dark"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), u"Breeze Dark"_s);
    }
    Settings reread(ini);
    QCOMPARE(reread.themeName(), u"Breeze Dark"_s);
}

void TestSettings::windowLayoutRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(ini);
        settings.setWindowLayout("geometry-bytes", "state-bytes");
    }
    Settings reread(ini);
    QCOMPARE(reread.maxFileMegabytes(), 20);
    reread.setMaxFileMegabytes(5);
    QCOMPARE(reread.maxFileMegabytes(), 5);
    QCOMPARE(reread.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(reread.windowState(), QByteArray("state-bytes"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
