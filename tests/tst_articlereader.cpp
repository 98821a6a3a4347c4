#include "articles/articlereader.h"
#include "articles/folderloader.h"
#include "articles/folderscanner.h"
#include "articles/pageconverter.h"
#include "articles/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void detectsBinary();
    void readsTextAndTitle();
    void readsHtmlAsText();
    void reportsBadFiles_data();
    void reportsBadFiles();
    void scansRecursivelyInNaturalOrder();
    void loaderReportsEveryFile();
    void loaderReportsMissingFolder();
};

void TestArticleReader::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    using E = TextDecoder::Encoding;
    QTest::addRow("utf-8") << QByteArray("caf\xC3\xA9 \xE2\x80\x94 ok") << u"café — ok"_s << int(E::Utf8);
    QTest::addRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFhello") << u"hello"_s << int(E::Utf8WithBom);
    QTest::addRow("utf-16le with bom") << QByteArray("\xFF\xFEh\0i\0", 6) << u"hi"_s << int(E::Utf16LE);
    QTest::addRow("utf-16be with bom") << QByteArray("\xFE\xFF\0h\0i", 6) << u"hi"_s << int(E::Utf16BE);
    QTest::addRow("windows-1252 fallback") << QByteArray("\x93quoted\x94 caf\xE9 \x80 5") << u"\u201Cquoted\u201D café € 5"_s
                                           << int(E::Windows1252);
    QTest::addRow("crlf becomes lf") << QByteArray("a\r\nb\rc\n") << u"a\nb\nc\n"_s << int(E::Utf8);
}

void TestArticleReader::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);
    const auto result = TextDecoder::decode(bytes);
    QVERIFY(!result.binary);
    QCOMPARE(result.text, text);
    QCOMPARE(int(result.encoding), encoding);
}

void TestArticleReader::detectsBinary()
{
    QVERIFY(TextDecoder::decode(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).binary);
    QVERIFY(TextDecoder::decode(QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 text", 13)).binary);
    QVERIFY(!TextDecoder::decode(QByteArray("plain text\twith a tab\n")).binary);
}

void TestArticleReader::readsTextAndTitle()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"a.md"_s), "\n\n# Alibaba to invest $53 billion\n\nBody text.\n");
    const auto result = ArticleReader::read(dir.filePath(u"a.md"_s), u"a.md"_s);
    const auto* article = std::get_if<Article>(&result);
    QVERIFY(article);
    QCOMPARE(article->title, u"Alibaba to invest $53 billion"_s);
    QCOMPARE(article->relativePath, u"a.md"_s);
    QVERIFY(article->text.contains(u"Body text."_s));
}

void TestArticleReader::readsHtmlAsText()
{
    const QString html = uR"(<html><head><title>T</title><style>p{}</style><script>alert("x")</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<h1>Shares rise &amp; fall</h1><p>Revenue was&nbsp;$4.35&#32;billion.</p><p>It <b>grew</b> 8%.</p>
<footer>Copyright</footer></body></html>)"_s;
    const QString text = PageConverter::fromHtml(html).text;
    QCOMPARE(text, u"Shares rise & fall\nRevenue was\u00A0$4.35 billion.\nIt grew 8%."_s);
}

void TestArticleReader::reportsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addRow("binary") << QByteArray("\0\1\2\3PK\3\4", 8) << u"binary"_s;
    QTest::addRow("empty") << QByteArray() << u"empty"_s;
    QTest::addRow("only whitespace") << QByteArray(" \n\t\n") << u"no text"_s;
    QTest::addRow("over the size limit") << QByteArray(2048, 'x') << u"larger than the limit"_s;
}

void TestArticleReader::reportsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.txt"_s);
    writeFile(path, bytes);
    const auto result = ArticleReader::read(path, u"bad.txt"_s, 1024);
    const auto* error = std::get_if<LoadError>(&result);
    QVERIFY(error);
    QCOMPARE(error->relativePath, u"bad.txt"_s);
    QVERIFY2(error->message.contains(reason), qPrintable(error->message));
}

void TestArticleReader::scansRecursivelyInNaturalOrder()
{
    QTemporaryDir dir;
    for (const QString& name : {u"b/10.txt"_s, u"b/2.txt"_s, u"a.html"_s, u"c.md"_s, u"notes.pdf.part"_s,
                               u"image.png"_s, u".crosscheck/x.txt"_s})
        writeFile(dir.filePath(name), "text");
    const auto scan = FolderScanner::scan(dir.path());
    QVERIFY(scan.error.isEmpty());
    QStringList names;
    for (const auto& e : scan.entries)
        names.append(e.relativePath);
    QCOMPARE(names, QStringList({u"a.html"_s, u"b/2.txt"_s, u"b/10.txt"_s, u"c.md"_s}));
}

void TestArticleReader::loaderReportsEveryFile()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"one.txt"_s), "First story\nText.");
    writeFile(dir.filePath(u"two.txt"_s), QByteArray("\0\0\0\0", 4));
    writeFile(dir.filePath(u"three.txt"_s), "Third story\nText.");
    FolderLoader loader;
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy failed(&loader, &FolderLoader::loadFailed);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(loaded.at(0).first().value<Article>().title, u"First story"_s);
    QCOMPARE(loaded.at(1).first().value<Article>().title, u"Third story"_s);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<LoadError>().relativePath, u"two.txt"_s);
}

void TestArticleReader::loaderReportsMissingFolder()
{
    FolderLoader loader;
    QSignalSpy failed(&loader, &FolderLoader::failed);
    QSignalSpy finished(&loader, &FolderLoader::finished);
    loader.open(u"/nonexistent/crosscheck/folder"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
