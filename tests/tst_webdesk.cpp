// Adding articles from the web in the window (issue 23): File › Add from Web…, a pasted or dropped
// address, feeds; pages come from a server on the loopback interface that the test starts.

#include "articles/articlelistmodel.h"
#include "annotationcontroller.h"
#include "feedsdialog.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "settings/settings.h"
#include "store/annotationstore.h"
#include "store/websources.h"
#include "webimportcontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>

#include "localhttpserver.h"
#include "testutils.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

namespace {
QByteArray page(const QByteArray& site, const QByteArray& headline)
{
    return "<html><head><meta property=\"og:site_name\" content=\"" + site + "\"><title>" + headline +
           "</title></head><body><h1>" + headline + "</h1><p>The council approved the barrage by 31 votes to 14."
           "</p></body></html>";
}

QStringList titles(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(Qt::DisplayRole).toString());
    return out;
}
} // namespace

class TestWebDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addFromWebMenuAndFailuresInWords();
    void pastedAndDroppedAddresses();
    void feedsFromTheDialog();
    void needsAFolder();
    void cancelFromTheStatusBar();
    void feedsAreCheckedEveryFewMinutes();

private:
    void openFolder();
    void waitForBatch(int saved);

    LocalHttpServer m_server;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::WebImportController *m_web = nullptr;
};

void TestWebDesk::initTestCase()
{
    m_server.answer("/news/barrage-vote.html", LocalHttpServer::page("text/html", page("Harbour Daily", "Barrage wins the vote")));
    m_server.answer("/news/second.html", LocalHttpServer::page("text/html", page("Estuary Post", "Second look at the barrage")));
    m_server.answer("/news/third.html", LocalHttpServer::page("text/html", page("Coast Radio", "Third report on the barrage")));
    m_server.answer("/news/from-feed.html", LocalHttpServer::page("text/html", page("Wire", "Feed story on the barrage")));
    m_server.answer("/feed.xml", LocalHttpServer::page("application/rss+xml",
                                                       "<rss version=\"2.0\"><channel><title>Wire</title><item>"
                                                       "<link>/news/from-feed.html</link></item></channel></rss>"));
}

void TestWebDesk::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    TestUtils::writeFile(m_folder->filePath(u"local.txt"_s), "Local Gazette\nThe council voted on the barrage.\n");
    m_settings = std::make_unique<Core::Settings>(
        m_settingsDir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_window = std::make_unique<Ui::MainWindow>(m_settings.get());
    m_web = m_window->findChild<Ui::WebImportController *>();
    QVERIFY(m_web);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWebDesk::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestWebDesk::openFolder()
{
    QSignalSpy loaded(m_window.get(), &Ui::MainWindow::folderLoaded);
    m_window->openFolder(m_folder->path());
    QVERIFY(loaded.wait(10000 * TestUtils::waitScale()));
}

void TestWebDesk::waitForBatch(int saved)
{
    QSignalSpy finished(m_web, &Ui::WebImportController::batchFinished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toInt(), saved);
}

void TestWebDesk::addFromWebMenuAndFailuresInWords()
{
    openFolder();
    // The menu item is in File.
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(m_web->addAction()));
    QVERIFY(file->actions().contains(m_web->feedsAction()));

    m_web->addUrls({QUrl(m_server.url("/news/barrage-vote.html")), QUrl(m_server.url("/missing"))});
    waitForBatch(1);
    // The live folder picks the page up: it is read and listed like any article.
    QAbstractItemModel *list = m_window->articleList()->model();
    QTRY_VERIFY_WITH_TIMEOUT(titles(list).join(u'|').contains(u"Barrage wins the vote"_s), 10000);
    QVERIFY(QFile::exists(m_folder->filePath(u"web-barrage-vote.html"_s)));
    const QStringList messages = m_window->findChild<Ui::MessageBar *>()->messages();
    QVERIFY2(messages.join(u'\n').contains(u"Could not add %1: the page is not there (HTTP 404)"_s.arg(m_server.url("/missing"))),
             qPrintable(messages.join(u'\n')));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"added from the web"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestWebDesk::pastedAndDroppedAddresses()
{
    openFolder();
    QApplication::clipboard()->setText(u"see %1 please"_s.arg(m_server.url("/news/second.html")));
    QAction *paste = nullptr;
    for (QAction *action : m_window->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Paste))
            paste = action;
    }
    QVERIFY(paste);
    paste->trigger();
    waitForBatch(1);

    auto *mime = new QMimeData;
    mime->setUrls({QUrl(m_server.url("/news/third.html"))});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    waitForBatch(1);
    delete mime;
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleList()->model()->rowCount(), 3, 10000);
}

void TestWebDesk::feedsFromTheDialog()
{
    openFolder();
    // The dialog is modal; drive it from inside its own event loop.
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<Ui::FeedsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto closeAnyway = qScopeGuard([dialog] { dialog->reject(); });
        QVERIFY(!dialog->subscribe(u"not an address"_s));
        QVERIFY(dialog->subscribe(m_server.url("/feed.xml")));
        QCOMPARE(dialog->list()->count(), 1);
        Q_EMIT dialog->checkRequested();
    });
    m_web->feedsAction()->trigger();
    waitForBatch(1);
    QVERIFY(QFile::exists(m_folder->filePath(u"web-from-feed.html"_s)));
    // Checking again brings nothing new and fetches only the feed.
    m_server.clearRequests();
    m_web->checkFeeds();
    waitForBatch(0);
    QCOMPARE(m_server.requests(), QByteArrayList{"/feed.xml"});
}

void TestWebDesk::needsAFolder()
{
    m_web->addUrls({QUrl(m_server.url("/news/barrage-vote.html"))});
    QVERIFY(m_window->findChild<Ui::MessageBar *>()->messages().join(u'\n').contains(u"Open a folder first"_s));
}

void TestWebDesk::cancelFromTheStatusBar()
{
    // Several slow pages: the status bar shows the progress and a Cancel button that ends the batch
    // within a second, leaving nothing in the folder; the window answers meanwhile.
    LocalHttpServer::Answer slow = LocalHttpServer::page("text/html", page("Slow", "Slow page"));
    slow.delayMs = 5000;
    for (const char *path : {"/slow1.html", "/slow2.html", "/slow3.html"})
        m_server.answer(path, slow);
    openFolder();
    QSignalSpy finished(m_web, &Ui::WebImportController::batchFinished);
    m_web->addUrls({QUrl(m_server.url("/slow1.html")), QUrl(m_server.url("/slow2.html")), QUrl(m_server.url("/slow3.html"))});
    QToolButton *cancel = nullptr;
    for (QToolButton *button : m_window->statusBar()->findChildren<QToolButton *>()) {
        if (button->text() == u"Cancel"_s)
            cancel = button;
    }
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(1000));
    QVERIFY(clock.elapsed() < 1000);
    QTRY_VERIFY(!cancel->isVisible());
    QCOMPARE(QDir(m_folder->path()).entryList({u"*.html"_s}, QDir::Files).size(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
}

void TestWebDesk::feedsAreCheckedEveryFewMinutes()
{
    // The interval the Feeds dialog sets runs while the folder is open; when it fires, the feeds
    // are checked without a word from the user.
    m_settings->setFeedMinutes(5);
    openFolder();
    QTimer *timer = nullptr;
    for (QTimer *t : m_web->findChildren<QTimer *>()) {
        if (t->interval() == 5 * 60 * 1000)
            timer = t;
    }
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    Core::AnnotationStore *store = m_window->findChild<Ui::AnnotationController *>()->store();
    QVERIFY(Core::WebSources(store).addFeed(QUrl(m_server.url("/feed.xml"))));
    timer->start(10); // as if five minutes had passed
    waitForBatch(1);
    QVERIFY(QFile::exists(m_folder->filePath(u"web-from-feed.html"_s)));
}

QTEST_MAIN(TestWebDesk)
#include "tst_webdesk.moc"
