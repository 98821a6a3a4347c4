#include "webimport.h"

#include "feedparser.h"
#include "pagesaver.h"
#include "store/annotationstore.h"
#include "store/websources.h"

#include <QTimer>

namespace Crosscheck::Core {

WebImport::WebImport(const QString& folder, AnnotationStore *store, const FetchLimits& limits, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_store(store)
    , m_fetcher(new WebFetcher(limits, this))
{
    connect(m_fetcher, &WebFetcher::fetched, this, &WebImport::onFetched);
}

WebImport::~WebImport() = default;

bool WebImport::known(const QUrl& url) const
{
    return m_thisRun.contains(url) || WebSources(m_store).hasPage(url);
}

void WebImport::addPages(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls)
        enqueue(url, FetchedPage::Kind::Page);
}

void WebImport::checkFeeds(const QList<QUrl>& feeds)
{
    for (const QUrl& url : feeds)
        enqueue(url, FetchedPage::Kind::Feed);
}

void WebImport::enqueue(const QUrl& url, FetchedPage::Kind kind)
{
    if (!m_running)
        m_summary = {};
    m_running = true;
    m_queue.enqueue({url, kind});
    ++m_total;
    // From the event loop: whoever added the work has connected to the signals by then.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpQueued = false;
            pump();
        });
    }
}

void WebImport::pump()
{
    while (!m_queue.isEmpty() && m_fetcher->running() < kParallel) {
        const Job job = m_queue.dequeue();
        if (job.kind == FetchedPage::Kind::Page && known(job.url)) {
            ++m_summary.skipped;
            Q_EMIT progressed(++m_done, m_total);
            continue;
        }
        if (job.kind == FetchedPage::Kind::Page)
            m_thisRun.insert(job.url);
        m_fetcher->fetch(job.url, job.kind);
    }
    if (m_running && m_queue.isEmpty() && m_fetcher->running() == 0) {
        m_running = false;
        m_done = m_total = 0;
        m_thisRun.clear();
        Q_EMIT finished(m_summary);
    }
}

void WebImport::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_total -= int(m_queue.size());
    m_queue.clear();
    m_fetcher->cancel();
    QTimer::singleShot(0, this, &WebImport::pump);
}

void WebImport::fail(const QUrl& url, const QString& reason)
{
    ++m_summary.failed;
    Q_EMIT failed(url, reason);
}

void WebImport::onFetched(const FetchedPage& page)
{
    if (page.kind == FetchedPage::Kind::Feed)
        onFeed(page);
    else
        onPage(page);
    Q_EMIT progressed(++m_done, m_total);
    pump();
}

void WebImport::onPage(const FetchedPage& page)
{
    if (m_summary.cancelled && !page.ok())
        return; // stopped by the user, not a failure
    if (!page.ok()) {
        fail(page.requested, page.error);
        return;
    }
    // A redirect can arrive at a page saved before under another address.
    if (page.final != page.requested && WebSources(m_store).hasPage(page.final)) {
        ++m_summary.skipped;
        WebSources(m_store).recordPage(page.requested, page.final, {}, QDateTime::currentDateTimeUtc());
        return;
    }
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = PageSaver::save(page, m_folder, now, &error);
    if (path.isEmpty()) {
        fail(page.requested, tr("it could not be saved in the folder: %1").arg(error));
        return;
    }
    WebSources sources(m_store);
    if (!sources.recordPage(page.requested, page.final, m_folder.relativeFilePath(path), now))
        fail(page.requested, sources.lastError());
    ++m_summary.saved;
    Q_EMIT pageSaved(path, page.requested);
}

void WebImport::onFeed(const FetchedPage& page)
{
    if (m_summary.cancelled && !page.ok())
        return;
    if (!page.ok()) {
        fail(page.requested, page.error);
        return;
    }
    const FeedParser::Result feed = FeedParser::parse(page.body, page.final);
    if (!feed.error.isEmpty()) {
        fail(page.requested, feed.error);
        return;
    }
    WebSources(m_store).setFeedChecked(page.requested, feed.title, QDateTime::currentDateTimeUtc());
    // Items saved before are counted as such when their turn comes, never fetched.
    for (const FeedParser::Item& item : feed.items)
        enqueue(item.url, FetchedPage::Kind::Page);
}

} // namespace Crosscheck::Core
