#include "articles/articlereader.h"
#include "articles/codepointmap.h"
#include "articles/folderloader.h"
#include "articles/folderscanner.h"
#include "articles/pageconverter.h"
#include "articles/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {
using TestUtils::writeFile;
} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlNeverReachesTheNetwork();
    void decodes_data();
    void decodes();
    void detectsBinary();
    void readsTextAndTitle();
    void readsHtmlAsText();
    void reportsBadFiles_data();
    void reportsBadFiles();
    void scansRecursivelyInNaturalOrder();
    void repairsMojibake_data();
    void repairsMojibake();
    void readsEachFormat_data();
    void readsEachFormat();
    void readsPdf();
    void keepsNonBreakingSpaces();
    void mapsCodePoints();
    void namesTheSource_data();
    void namesTheSource();
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
    QTest::addRow("utf-16le without bom") << QByteArray("T\0i\0t\0l\0e\0\n\0\xE9\0", 14) << u"Title\né"_s
                                          << int(E::Utf16LE);
    QTest::addRow("utf-16be without bom") << QByteArray("\0N\0o\0 \0B\0O\0M\x04\x30", 14) << u"No BOM\u0430"_s
                                          << int(E::Utf16BE);
    QTest::addRow("windows-1252 fallback") << QByteArray("\x93quoted\x94 caf\xE9 \x80 5")
                                           << u"\u201Cquoted\u201D café € 5"_s << int(E::Windows1252);
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
    const auto *article = std::get_if<Article>(&result);
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
    // 1,027 and 1,024 bytes are both "1.00 KiB": the message gives bytes, so it says something.
    QTest::addRow("just over the size limit") << QByteArray(1027, 'x') << u" bytes, larger than the limit of "_s;
}

void TestArticleReader::reportsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.txt"_s);
    writeFile(path, bytes);
    const auto result = ArticleReader::read(path, u"bad.txt"_s, 1024);
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY(error);
    QCOMPARE(error->relativePath, u"bad.txt"_s);
    QVERIFY2(error->message.contains(reason), qPrintable(error->message));
}

void TestArticleReader::repairsMojibake_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("repaired");
    QTest::addRow("apostrophe") << u"Alibaba\u00E2\u20AC\u2122s plan"_s << u"Alibaba\u2019s plan"_s;
    QTest::addRow("em dash") << u"AGI \u00E2\u20AC\u201D a goal"_s << u"AGI \u2014 a goal"_s;
    QTest::addRow("quotes") << u"\u00E2\u20AC\u0153yes\u00E2\u20AC\u009D"_s << u"\u201Cyes\u201D"_s;
    QTest::addRow("accented letter") << u"caf\u00C3\u00A9"_s << u"caf\u00E9"_s;
    QTest::addRow("clean text untouched") << u"Ren\u00E9e paid \u00A3450m \u2014 \u00C3 la carte"_s
                                          << u"Ren\u00E9e paid \u00A3450m \u2014 \u00C3 la carte"_s;
}

void TestArticleReader::repairsMojibake()
{
    QFETCH(QString, broken);
    QFETCH(QString, repaired);
    QCOMPARE(TextDecoder::repairMojibake(broken), repaired);
}

void TestArticleReader::readsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("encoding");
    const int txt = int(SourceFormat::PlainText), md = int(SourceFormat::Markdown),
              html = int(SourceFormat::Html);
    QTest::addRow("plain utf-8") << u"a.txt"_s
                                 << QByteArray("Title\r\nIt cost \xE2\x82\xAC"
                                               "2bn.\r\n")
                                 << u"Title\nIt cost \u20AC2bn.\n"_s << txt << u"UTF-8"_s;
    QTest::addRow("utf-16 with bom") << u"a.txt"_s << QByteArray("\xFF\xFET\0i\0\n\0", 8) << u"Ti\n"_s << txt
                                     << u"UTF-16LE"_s;
    QTest::addRow("windows-1252") << u"a.txt"_s
                                  << QByteArray("Title\nIt\x92s \x80"
                                                "5\n")
                                  << u"Title\nIt\u2019s \u20AC5\n"_s << txt << u"Windows-1252"_s;
    QTest::addRow("markdown")
        << u"a.md"_s
        << QByteArray("# Headline\n\nSome **bold** and *emphasis*, a [link](http://x.invalid/).\n\n"
                      "- item one\n- item two\n\n> quoted\n\n---\n\n![a chart](c.png)\n")
        << u"Headline\n\nSome bold and emphasis, a link.\n\n\u2022 item one\n\u2022 item two\n\nquoted\n\n\n\na chart\n"_s
        << md << u"UTF-8"_s;
    QTest::addRow("html with chrome")
        << u"a.htm"_s
        << QByteArray("<html><body><nav>Home</nav><h1>Head</h1><p>One.</p><ul><li>Two</li></ul>"
                      "<img src=\"http://127.0.0.1:9/x.png\"><footer>Foot</footer></body></html>")
        << u"Head\nOne.\n\u2022 Two"_s << html << u"UTF-8"_s;
    QTest::addRow("broken html")
        << u"b.html"_s << QByteArray("<html><body><h1>Title<p>Unclosed <b>bold <div>text &amp more<script>x(")
        << u"Title\nUnclosed bold\ntext &amp more"_s << html << u"UTF-8"_s;
}

void TestArticleReader::readsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    writeFile(dir.filePath(file), bytes);
    const auto result = ArticleReader::read(dir.filePath(file), file);
    const auto *article = std::get_if<Article>(&result);
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY2(article, error ? qPrintable(error->message) : "");
    QCOMPARE(article->text, text);
    QCOMPARE(int(article->format), format);
    QCOMPARE(article->encoding, encoding);
    QCOMPARE(article->textSha256.size(), 64);
}

void TestArticleReader::readsPdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"story.pdf"_s);
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), u"Barrage approved"_s);
        painter.drawText(QPointF(200, 800), u"The council voted 31 to 14."_s);
    }
    const auto result = ArticleReader::read(path, u"story.pdf"_s);
    const auto *article = std::get_if<Article>(&result);
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY2(article, error ? qPrintable(error->message) : "");
    QCOMPARE(article->format, SourceFormat::Pdf);
    QVERIFY2(article->text.contains(u"The council voted 31 to 14."_s), qPrintable(article->text));
    QCOMPARE(article->title, u"Barrage approved"_s);

    writeFile(dir.filePath(u"broken.pdf"_s), "%PDF-1.4\n garbage");
    const auto broken = ArticleReader::read(dir.filePath(u"broken.pdf"_s), u"broken.pdf"_s);
    QVERIFY(std::holds_alternative<LoadError>(broken));
}

void TestArticleReader::namesTheSource_data()
{
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("expected");
    QTest::addRow("the outlet when the text names one")
        << u"Poniak Times"_s << u"002_b97a.txt"_s << u"Poniak Times"_s;
    QTest::addRow("else the file without its extension") << QString() << u"004_6736.txt"_s << u"004_6736"_s;
    QTest::addRow("keeping the subfolder")
        << QString() << u"wires/reuters-0312.html"_s << u"wires/reuters-0312"_s;
    QTest::addRow("only the last extension") << QString() << u"notes.2025.md"_s << u"notes.2025"_s;
    QTest::addRow("a dot in a folder is no extension") << QString() << u"v1.2/story"_s << u"v1.2/story"_s;
    QTest::addRow("a hidden file keeps its name") << QString() << u"saved/.draft"_s << u"saved/.draft"_s;
}

void TestArticleReader::namesTheSource()
{
    QFETCH(QString, outlet);
    QFETCH(QString, relativePath);
    QFETCH(QString, expected);
    Article article;
    article.outlet = outlet;
    article.relativePath = relativePath;
    QCOMPARE(article.sourceName(), expected);
}

void TestArticleReader::mapsCodePoints()
{
    // Two astral characters (two UTF-16 units each) among plain ones.
    const QString text = u"a\U0001F4C8b\U0001F4C9c"_s;
    QCOMPARE(text.size(), 7);
    const CodePointMap map(text);
    const QList<std::pair<qsizetype, qsizetype>> pairs = {{0, 0}, {1, 1}, {3, 2}, {4, 3}, {6, 4}, {7, 5}};
    for (const auto& [utf16, codePoint] : pairs) {
        QCOMPARE(map.toCodePoints(utf16), codePoint);
        QCOMPARE(map.toUtf16(codePoint), utf16);
    }
    QCOMPARE(map.toUtf16(99), 7); // past the end stays at the end
}

void TestArticleReader::keepsNonBreakingSpaces()
{
    const auto result = ArticleReader::fromBytes("Title\nA\xC2\xA0"
                                                 "13% rise.",
                                                 u"/f/a.txt"_s, u"a.txt"_s);
    const Article& article = std::get<Article>(result);
    QVERIFY(article.text.contains(u"A\u00A013%"_s));
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

// A QGuiApplication, because the PDF test draws its PDF with fonts.
// A saved page full of references to a server on loopback: reading it (as the window and
// `analyze` do) must not contact it, and scripts must not run or leak into the text.
void TestArticleReader::htmlNeverReachesTheNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    const QByteArray page = "<!DOCTYPE html><html><head><title>Council approves barrage</title>"
                            "<link rel=\"stylesheet\" href=\"" +
                            base +
                            "/style.css\">"
                            "<style>@import url(" +
                            base + "/more.css); body{background:url(" + base +
                            "/bg.png)}</style>"
                            "<script src=\"" +
                            base +
                            "/app.js\"></script>"
                            "<script>fetch('" +
                            base +
                            "/beacon'); document.write('INJECTED BY SCRIPT');</script>"
                            "<meta http-equiv=\"refresh\" content=\"0; url=" +
                            base +
                            "/moved\">"
                            "</head><body><h1>Council approves barrage</h1>"
                            "<img src=\"" +
                            base + "/photo.jpg\" srcset=\"" + base +
                            "/photo-2x.jpg 2x\">"
                            "<iframe src=\"" +
                            base +
                            "/frame.html\"></iframe>"
                            "<object data=\"" +
                            base + "/object.swf\"></object><video src=\"" + base +
                            "/clip.mp4\"></video>"
                            "<p>The council approved the €1.2 billion barrage on Thursday.</p>"
                            "<p onclick=\"fetch('" +
                            base + "/click')\">Construction starts in 2026.</p></body></html>";
    QTemporaryDir dir;
    TestUtils::writeFile(dir.filePath(u"page.html"_s), page);
    const auto read = ArticleReader::read(dir.filePath(u"page.html"_s), u"page.html"_s);
    const auto *article = std::get_if<Article>(&read);
    QVERIFY(article);
    QVERIFY(article->text.contains(u"approved the €1.2 billion barrage"_s));
    QVERIFY2(!article->text.contains(u"INJECTED"_s) && !article->text.contains(u"fetch("_s),
             qPrintable(article->text));
    // Give any request time to arrive: none may.
    QVERIFY(!server.waitForNewConnection(1500));
    QVERIFY(!server.hasPendingConnections());
}

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
