// Adding articles from the web (issue 23): pages and feeds fetched from a server on the loopback
// interface that the test starts, saved whole into a folder, errors in words, nothing else fetched.

#include "articles/articlereader.h"
#include "store/annotationstore.h"
#include "store/websources.h"
#include "web/feedparser.h"
#include "web/pagesaver.h"
#include "web/webimport.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "localhttpserver.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kArticle =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<meta property=\"og:site_name\" content=\"Harbour Daily\">"
    "<title>Council votes for the barrage | Harbour Daily</title></head>\n"
    "<body><article><h1>Council votes for the barrage</h1>"
    "<p>The council approved the $1.2 billion barrage by 31 votes to 14 on Monday.</p></article></body></html>\n";

const QByteArray kScripts =
    "<html><head><title>Scripts</title><link rel=\"stylesheet\" href=\"/style.css\">"
    "<script src=\"/tracker.js\"></script></head><body><h1>Barrage opens</h1>"
    "<img src=\"/photo.jpg\"><script>fetch('/beacon');</script><p>The barrage opened today.</p></body></html>";

struct Run
{
    WebImport::Summary summary;
    QStringList saved;
    QHash<QString, QString> failures; ///< url → reason
};

// Runs one import to its end.
Run runImport(const QString& folder, AnnotationStore *store, const QList<QUrl>& pages, const QList<QUrl>& feeds = {},
              const FetchLimits& limits = {})
{
    WebImport import(folder, store, limits);
    Run run;
    QObject::connect(&import, &WebImport::pageSaved,
                     [&](const QString& path, const QUrl&) { run.saved.append(QFileInfo(path).fileName()); });
    QObject::connect(&import, &WebImport::failed,
                     [&](const QUrl& url, const QString& reason) { run.failures.insert(url.toString(), reason); });
    QSignalSpy finished(&import, &WebImport::finished);
    import.addPages(pages);
    import.checkFeeds(feeds);
    if (!finished.wait(20000))
        qWarning("the import did not finish");
    run.summary = finished.value(0).value(0).value<WebImport::Summary>();
    return run;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

Q_DECLARE_METATYPE(Crosscheck::Core::WebImport::Summary)

class TestWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savesAPageWithItsOrigin();
    void namesFilesByOutletAndSlug();
    void errorsInWordsAndNothingHalfWritten();
    void fetchesNothingElse();
    void feedsBringNewItemsOnce();
    void parsesRssAndAtom();
    void cancelStops();
    void commandLineAdds();

private:
    LocalHttpServer m_server;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<AnnotationStore> m_store;
};

void TestWeb::initTestCase()
{
    qRegisterMetaType<WebImport::Summary>();
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    QVERIFY(m_server.isListening());
    m_server.answer("/news/council-votes.html", LocalHttpServer::page("text/html; charset=utf-8", kArticle));
    m_server.answer("/r1", LocalHttpServer::redirect("/r2"));
    m_server.answer("/r2", LocalHttpServer::redirect("/news/after-redirect.html"));
    m_server.answer("/news/after-redirect.html", LocalHttpServer::page("text/html", kArticle));
    m_server.answer("/loop", LocalHttpServer::redirect("/loop"));
    m_server.answer("/gone", LocalHttpServer::page("text/html", "gone", 410));
    m_server.answer("/photo.png", LocalHttpServer::page("image/png", "\x89PNG...."));
    m_server.answer("/huge-declared", LocalHttpServer::page("text/html", QByteArray(3 * 1024 * 1024, 'x')));
    LocalHttpServer::Answer streamed = LocalHttpServer::page("text/html", QByteArray(3 * 1024 * 1024, 'x'));
    streamed.sendLength = false;
    m_server.answer("/huge-streamed", streamed);
    LocalHttpServer::Answer slow = LocalHttpServer::page("text/html", kArticle);
    slow.delayMs = 4000;
    for (const char *path : {"/slow", "/slow?2", "/slow?3"})
        m_server.answer(path, slow);
    m_server.answer("/scripts.html", LocalHttpServer::page("text/html", kScripts));
    m_server.answer("/report.pdf", LocalHttpServer::page("application/pdf", "%PDF-1.4\n%fake\n"));
    const QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Daily news</title>"
                           "<item><title>One</title><link>/news/one.html</link></item>"
                           "<item><title>Two</title><link>" + m_server.url("/news/two.html").toUtf8() +
                           "</link></item></channel></rss>";
    m_server.answer("/feed.rss", LocalHttpServer::page("application/rss+xml", rss));
    const QByteArray atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                            "<title>Estuary wire</title><entry><title>Three</title>"
                            "<link rel=\"alternate\" href=\"/news/three.html\"/><link rel=\"edit\" href=\"/edit/3\"/>"
                            "</entry></feed>";
    m_server.answer("/feed.atom", LocalHttpServer::page("application/atom+xml", atom));
    for (const char *item : {"/news/one.html", "/news/two.html", "/news/three.html"})
        m_server.answer(item, LocalHttpServer::page("text/html", kArticle));
}

void TestWeb::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AnnotationStore>();
    QCOMPARE(m_store->open(m_folder->path()), AnnotationStore::OpenResult::Opened);
    m_server.clearRequests();
}

void TestWeb::savesAPageWithItsOrigin()
{
    const QUrl url(m_server.url("/news/council-votes.html"));
    const Run run = runImport(m_folder->path(), m_store.get(), {url});
    QCOMPARE(run.summary.saved, 1);
    QCOMPARE(run.saved, QStringList{u"web-council-votes.html"_s});
    QFile file(m_folder->filePath(run.saved.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    // The page as fetched, with its origin at the top of its head.
    QVERIFY(saved.startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head>\n<meta name=\"crosscheck:source\""));
    QVERIFY(saved.contains(QByteArray("<link rel=\"canonical\" href=\"" + url.toString().toUtf8() + "\">")));
    QVERIFY(saved.contains("<meta name=\"crosscheck:fetched\" content=\"20"));
    QVERIFY(saved.endsWith(kArticle.mid(kArticle.indexOf("<meta charset"))));
    QCOMPARE(PageSaver::sourceOf(saved), url);
    QVERIFY(WebSources(m_store.get()).hasPage(url));
    // The reader takes it like any saved page.
    const auto read = ArticleReader::read(file.fileName(), run.saved.first());
    const auto *article = std::get_if<Article>(&read);
    QVERIFY(article);
    QCOMPARE(article->outlet, u"Harbour Daily"_s);
    QCOMPARE(article->title, u"Council votes for the barrage"_s);
    QVERIFY(article->text.contains(u"31 votes to 14"_s));
}

void TestWeb::namesFilesByOutletAndSlug()
{
    QCOMPARE(PageSaver::outletName(QUrl(u"https://news.bbc.co.uk/1/hi/uk/123.stm"_s)), u"bbc"_s);
    QCOMPARE(PageSaver::outletName(QUrl(u"https://edition.cnn.com/2025/03/14/europe/barrage"_s)), u"cnn"_s);
    QCOMPARE(PageSaver::outletName(QUrl(u"https://www.theguardian.com/world"_s)), u"theguardian"_s);
    QCOMPARE(PageSaver::outletName(QUrl(u"http://10.0.0.7/x"_s)), u"web"_s);
    FetchedPage page;
    page.final = QUrl(u"https://edition.cnn.com/2025/03/14/europe/Veldmark-Barrage-Vote/index.html"_s);
    page.contentType = u"text/html"_s;
    QDir folder(m_folder->path());
    QCOMPARE(PageSaver::fileNameFor(page, folder), u"cnn-veldmark-barrage-vote.html"_s);
    QFile(folder.filePath(u"cnn-veldmark-barrage-vote.html"_s)).open(QIODevice::WriteOnly);
    QCOMPARE(PageSaver::fileNameFor(page, folder), u"cnn-veldmark-barrage-vote-2.html"_s);
    // A numeric id says less than the page's title.
    page.final = QUrl(u"https://www.reuters.com/article/123456"_s);
    page.body = "<title>Barrage approved after marathon vote</title>";
    QCOMPARE(PageSaver::fileNameFor(page, folder), u"reuters-barrage-approved-after-marathon-vote.html"_s);
    page.contentType = u"application/pdf"_s;
    page.final = QUrl(u"https://www.veldmark.gov/minutes/2025-03-13-council.pdf"_s);
    QCOMPARE(PageSaver::fileNameFor(page, folder), u"veldmark-2025-03-13-council.pdf"_s);
}

void TestWeb::errorsInWordsAndNothingHalfWritten()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString refused = u"http://127.0.0.1:%1/x"_s.arg(closed.serverPort());
    closed.close();
    FetchLimits limits;
    limits.timeoutMs = 1500;
    limits.maxBytes = 1024 * 1024;
    const QList<QUrl> urls = {QUrl(m_server.url("/r1")),           QUrl(m_server.url("/loop")),
                              QUrl(m_server.url("/missing")),      QUrl(m_server.url("/gone")),
                              QUrl(m_server.url("/photo.png")),    QUrl(m_server.url("/huge-declared")),
                              QUrl(m_server.url("/huge-streamed")), QUrl(m_server.url("/slow")),
                              QUrl(refused),                        QUrl(u"ftp://example.org/file"_s),
                              QUrl(m_server.url("/report.pdf")),
                              QUrl(QString(m_server.url("/news/council-votes.html")).replace(u"http:"_s, u"https:"_s))};
    const Run run = runImport(m_folder->path(), m_store.get(), urls, {}, limits);
    QCOMPARE(run.summary.saved, 2);
    QCOMPARE(run.summary.failed, 10);
    QCOMPARE(QSet<QString>(run.saved.begin(), run.saved.end()),
             QSet<QString>({u"web-after-redirect.html"_s, u"web-report.pdf"_s}));
    const auto reason = [&](const QString& url) { return run.failures.value(url); };
    QVERIFY2(reason(m_server.url("/loop")).contains(u"redirect loop"_s), qPrintable(reason(m_server.url("/loop"))));
    QCOMPARE(reason(m_server.url("/missing")), u"the page is not there (HTTP 404)"_s);
    QCOMPARE(reason(m_server.url("/gone")), u"the page has been removed (HTTP 410)"_s);
    QCOMPARE(reason(m_server.url("/photo.png")), u"it is image/png, not an HTML page or a PDF"_s);
    QVERIFY2(reason(m_server.url("/huge-declared")).contains(u"more than the limit of 1 MB"_s),
             qPrintable(reason(m_server.url("/huge-declared"))));
    QVERIFY2(reason(m_server.url("/huge-streamed")).contains(u"larger than the limit of 1 MB"_s),
             qPrintable(reason(m_server.url("/huge-streamed"))));
    QVERIFY2(reason(m_server.url("/slow")).contains(u"did not send the page within 1 second"_s),
             qPrintable(reason(m_server.url("/slow"))));
    QVERIFY2(reason(refused).contains(u"refused the connection"_s), qPrintable(reason(refused)));
    QCOMPARE(reason(u"ftp://example.org/file"_s), u"only http and https addresses can be fetched"_s);
    // https to a server that speaks plain HTTP: the TLS handshake fails.
    const QString tls = reason(QString(m_server.url("/news/council-votes.html")).replace(u"http:"_s, u"https:"_s));
    QVERIFY2(tls.contains(u"no secure connection could be made (TLS: "_s), qPrintable(tls));
    // Only the two pages, and no temporary files beside them; the store's folder holds the rest.
    QStringList files = filesIn(m_folder->path());
    QCOMPARE(QSet<QString>(files.begin(), files.end()),
             QSet<QString>({u"web-after-redirect.html"_s, u"web-report.pdf"_s}));
    // The redirect's first address and its last both count as saved.
    QVERIFY(WebSources(m_store.get()).hasPage(QUrl(m_server.url("/r1"))));
    QVERIFY(WebSources(m_store.get()).hasPage(QUrl(m_server.url("/news/after-redirect.html"))));
}

void TestWeb::fetchesNothingElse()
{
    const Run run = runImport(m_folder->path(), m_store.get(), {QUrl(m_server.url("/scripts.html"))});
    QCOMPARE(run.summary.saved, 1);
    QTest::qWait(200);
    QCOMPARE(m_server.requests(), QByteArrayList{"/scripts.html"});
    // The server is told who asks: Crosscheck and its version.
    QVERIFY(!m_server.userAgents().isEmpty());
    QVERIFY2(m_server.userAgents().last().startsWith(QByteArray("Crosscheck/" + QCoreApplication::applicationVersion().toLatin1())),
             m_server.userAgents().last().constData());
}

void TestWeb::feedsBringNewItemsOnce()
{
    WebSources sources(m_store.get());
    const QUrl rss(m_server.url("/feed.rss"));
    const QUrl atom(m_server.url("/feed.atom"));
    QVERIFY(sources.addFeed(rss));
    QVERIFY(sources.addFeed(atom));
    QVERIFY(sources.addFeed(rss)); // once only
    QCOMPARE(sources.feeds().size(), 2);
    const Run first = runImport(m_folder->path(), m_store.get(), {}, {rss, atom});
    QCOMPARE(first.summary.saved, 3);
    QCOMPARE(first.summary.failed, 0);
    QCOMPARE(filesIn(m_folder->path()), QStringList({u"web-one.html"_s, u"web-three.html"_s, u"web-two.html"_s}));
    QCOMPARE(sources.feeds().first().title, u"Harbour Daily news"_s);
    QVERIFY(sources.feeds().first().checkedAt.isValid());

    // The second check asks for the feeds only: their items are saved already.
    m_server.clearRequests();
    const Run second = runImport(m_folder->path(), m_store.get(), {}, {rss, atom});
    QCOMPARE(second.summary.saved, 0);
    QCOMPARE(filesIn(m_folder->path()).size(), 3);
    QByteArrayList asked = m_server.requests();
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, QByteArrayList({"/feed.atom", "/feed.rss"}));
    // A page given again by its address is not fetched either.
    const Run again = runImport(m_folder->path(), m_store.get(), {QUrl(m_server.url("/news/one.html"))});
    QCOMPARE(again.summary.skipped, 1);
    QVERIFY(sources.removeFeed(atom));
    QCOMPARE(sources.feeds().size(), 1);
}

void TestWeb::parsesRssAndAtom()
{
    const QUrl base(u"https://example.org/feeds/main.xml"_s);
    const FeedParser::Result rdf = FeedParser::parse(
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
        "<channel><title>Old style</title></channel>"
        "<item><title>A</title><link>https://example.org/a</link></item>"
        "<item><title>A again</title><link>https://example.org/a</link></item></rdf:RDF>",
        base);
    QCOMPARE(rdf.title, u"Old style"_s);
    QCOMPARE(rdf.items.size(), 1);
    const FeedParser::Result guid = FeedParser::parse(
        "<rss version=\"2.0\"><channel><item><guid>https://example.org/g</guid></item>"
        "<item><guid isPermaLink=\"false\">tag:1</guid></item><item><link>javascript:alert(1)</link></item>"
        "</channel></rss>",
        base);
    QCOMPARE(guid.items.size(), 1);
    QCOMPARE(guid.items.first().url, QUrl(u"https://example.org/g"_s));
    QCOMPARE(FeedParser::parse("<html><body>no</body></html>", base).error, u"it is not an RSS or Atom feed"_s);
    QVERIFY(!FeedParser::parse("<rss><channel><item><link>x", base).error.isEmpty() ||
            FeedParser::parse("<rss><channel><item><link>x", base).items.isEmpty());
}

void TestWeb::cancelStops()
{
    WebImport import(m_folder->path(), m_store.get());
    QSignalSpy finished(&import, &WebImport::finished);
    QSignalSpy failed(&import, &WebImport::failed);
    import.addPages({QUrl(m_server.url("/slow")), QUrl(m_server.url("/slow?2")), QUrl(m_server.url("/slow?3"))});
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    import.cancel();
    QVERIFY(finished.count() > 0 || finished.wait(2000));
    QVERIFY(clock.elapsed() < 1000);
    const auto summary = finished.value(0).value(0).value<WebImport::Summary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.saved, 0);
    QCOMPARE(failed.count(), 0); // stopped by the user: not failures
    QVERIFY(filesIn(m_folder->path()).isEmpty());
}

void TestWeb::commandLineAdds()
{
    m_store.reset(); // the command opens the store itself
    QProcess first;
    first.start(QStringLiteral(CROSSCHECK_EXECUTABLE),
                {u"add"_s, m_folder->path(), m_server.url("/news/council-votes.html"), u"--feed"_s,
                 m_server.url("/feed.rss")});
    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning, 30000); // the server answers meanwhile
    const QString out = QString::fromUtf8(first.readAllStandardOutput());
    QVERIFY2(first.exitCode() == 0, qPrintable(QString::fromUtf8(first.readAllStandardError())));
    QVERIFY2(out.contains(u"saved web-council-votes.html from "_s), qPrintable(out));
    QVERIFY2(out.contains(u"3 pages saved, 0 there already, 0 failed"_s), qPrintable(out));
    // Again, without addresses: the folder's feed is checked and nothing is new.
    QProcess second;
    second.start(QStringLiteral(CROSSCHECK_EXECUTABLE), {u"add"_s, m_folder->path()});
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(QString::fromUtf8(second.readAllStandardOutput()).contains(u"0 pages saved, 2 there already"_s),
             qPrintable(QString::fromUtf8(second.readAllStandardOutput())));
    QProcess bad;
    bad.start(QStringLiteral(CROSSCHECK_EXECUTABLE), {u"add"_s, m_folder->path(), m_server.url("/missing")});
    QTRY_VERIFY_WITH_TIMEOUT(bad.state() == QProcess::NotRunning, 30000);
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(u"the page is not there (HTTP 404)"_s));
}

QTEST_GUILESS_MAIN(TestWeb)
#include "tst_web.moc"
