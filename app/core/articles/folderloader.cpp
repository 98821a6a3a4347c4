#include "folderloader.h"

#include "folderscanner.h"
#include "logging.h"

#include <QPromise>
#include <QtConcurrent>

namespace Crosscheck::Core {

FolderLoader::FolderLoader(QObject* parent)
    : QObject(parent)
{
}

FolderLoader::~FolderLoader()
{
    stopWatcher();
}

bool FolderLoader::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void FolderLoader::stopWatcher()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    // Waiting here keeps the job from outliving the loader; reading stops at the next file.
    m_watcher->waitForFinished();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void FolderLoader::cancel()
{
    if (!isRunning())
        return;
    stopWatcher();
    Q_EMIT finished();
}

void FolderLoader::open(const QString& folder)
{
    stopWatcher();
    m_folder = folder;
    const quint64 generation = ++m_generation;
    const qint64 maxBytes = m_maxBytes;
    qCDebug(lcArticles) << "opening" << folder;

    m_watcher = new QFutureWatcher<Item>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, [this, generation](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Item item = m_watcher->resultAt(i);
            if (!item.folderError.isEmpty())
                Q_EMIT failed(item.folderError);
            else if (const auto* article = std::get_if<Article>(&item.result))
                Q_EMIT articleLoaded(*article);
            else
                Q_EMIT loadFailed(std::get<LoadError>(item.result));
        }
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            Q_EMIT progress(value, m_watcher->progressMaximum());
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT finished();
    });

    Q_EMIT started(folder);
    m_watcher->setFuture(QtConcurrent::run([folder, maxBytes](QPromise<Item>& promise) {
        try {
            const FolderScanner::Result scan = FolderScanner::scan(folder);
            if (!scan.error.isEmpty()) {
                promise.addResult(Item{LoadError{}, scan.error});
                return;
            }
            for (const LoadError& problem : scan.problems)
                promise.addResult(Item{problem, {}});
            promise.setProgressRange(0, int(scan.entries.size()));
            int done = 0;
            for (const auto& entry : scan.entries) {
                if (promise.isCanceled())
                    return;
                promise.addResult(Item{ArticleReader::read(entry.filePath, entry.relativePath, maxBytes), {}});
                promise.setProgressValue(++done);
            }
        } catch (const std::exception& e) {
            promise.addResult(Item{LoadError{}, QString::fromLocal8Bit(e.what())});
        }
    }));
}

} // namespace Crosscheck::Core
