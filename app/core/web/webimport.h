#pragma once

#include "webfetcher.h"

#include <QDir>
#include <QObject>
#include <QQueue>
#include <QSet>

namespace Crosscheck::Core {

class AnnotationStore;

/// Adds pages from the web to an articles folder: addresses given one by one, and the new items
/// of feeds. Two transfers at a time; every page is saved whole (PageSaver) and recorded in the
/// folder's store (WebSources), so an address saved once, by this run or an earlier one, is not
/// fetched again. Reports progress, each saved page and each failure in words; can be cancelled.
class WebImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebImport)

public:
    struct Summary
    {
        int saved = 0;
        int skipped = 0; ///< saved before
        int failed = 0;
        bool cancelled = false;
    };

    /// `store` is the folder's open annotation store; it must outlive the import.
    WebImport(const QString& folder, AnnotationStore *store, const FetchLimits& limits = {},
              QObject *parent = nullptr);
    ~WebImport() override;

    void addPages(const QList<QUrl>& urls);
    /// Fetches each feed and then its items not saved yet; the feeds' titles and check times are
    /// recorded for those the folder subscribes to.
    void checkFeeds(const QList<QUrl>& feeds);
    void cancel();
    bool isRunning() const { return m_running; }

    /// How many parallel transfers run at most.
    static constexpr int kParallel = 2;

Q_SIGNALS:
    void progressed(int done, int total);
    void pageSaved(const QString& path, const QUrl& url);
    void failed(const QUrl& url, const QString& reason);
    void finished(const Crosscheck::Core::WebImport::Summary& summary);

private:
    struct Job
    {
        QUrl url;
        FetchedPage::Kind kind;
    };

    void enqueue(const QUrl& url, FetchedPage::Kind kind);
    void pump();
    void onFetched(const FetchedPage& page);
    void onPage(const FetchedPage& page);
    void onFeed(const FetchedPage& page);
    void fail(const QUrl& url, const QString& reason);
    bool known(const QUrl& url) const;

    QDir m_folder;
    AnnotationStore *m_store;
    WebFetcher *m_fetcher;
    QQueue<Job> m_queue;
    QSet<QUrl> m_thisRun;
    Summary m_summary;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_pumpQueued = false;
};

} // namespace Crosscheck::Core
