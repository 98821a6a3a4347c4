#include "folderloader.h"

#include "folderscanner.h"
#include "interruption.h"
#include "logging.h"

#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent>
#include <QTimeZone>

namespace Crosscheck::Core {

FolderLoader::FolderLoader(QObject *parent)
    : QObject(parent)
    , m_fileWatcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &FolderLoader::refresh);
    connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, &FolderLoader::onDiskChanged);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &FolderLoader::onDiskChanged);
}

FolderLoader::~FolderLoader()
{
    stopJob();
}

bool FolderLoader::isRunning() const
{
    return m_job && m_job->isRunning();
}

void FolderLoader::stopJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    // Waiting keeps the job from outliving the loader; reading stops at the next file.
    m_job->waitForFinished();
    m_job->deleteLater();
    m_job = nullptr;
}

void FolderLoader::cancel()
{
    if (!isRunning())
        return;
    stopJob();
    m_refreshing = false;
    Q_EMIT finished();
}

void FolderLoader::open(const QString& folder)
{
    stopJob();
    m_folder = folder;
    m_known.clear();
    m_settle.stop();
    m_refreshPending = false;
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    if (!m_fileWatcher->directories().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->directories());
    qCDebug(lcArticles) << "opening" << folder;
    Q_EMIT started(folder);
    start(false);
}

void FolderLoader::refresh()
{
    if (m_folder.isEmpty())
        return;
    if (isRunning()) {
        m_refreshPending = true;
        return;
    }
    start(true);
}

void FolderLoader::onDiskChanged()
{
    m_settle.start();
}

void FolderLoader::start(bool refreshOnly)
{
    const quint64 generation = ++m_generation;
    const QString folder = m_folder;
    const qint64 maxBytes = m_maxBytes;
    const ArticlePass pass = m_pass;
    QHash<QString, QPair<qint64, QDateTime>> stamps;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        stamps.insert(it.key(), {it->size, it->modified});
    m_refreshing = refreshOnly;

    m_job = new QFutureWatcher<Item>(this);
    connect(m_job, &QFutureWatcherBase::resultsReadyAt, this, [this, generation](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i)
            deliver(m_job->resultAt(i));
    });
    connect(m_job, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation && !m_refreshing)
            Q_EMIT progress(value, m_job->progressMaximum());
    });
    connect(m_job, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_job->deleteLater();
        m_job = nullptr;
        const bool wasRefresh = m_refreshing;
        m_refreshing = false;
        if (wasRefresh)
            Q_EMIT refreshed();
        else
            Q_EMIT finished();
        if (m_refreshPending) {
            m_refreshPending = false;
            refresh();
        }
    });

    m_job->setFuture(QtConcurrent::run([folder, maxBytes, pass, stamps, refreshOnly](QPromise<Item>& promise) {
        // Cancel reaches inside a file: a large one stops at its next line, sentence or figure.
        const Interruption interruption([&promise] { return promise.isCanceled(); });
        try {
            const FolderScanner::Result scan = FolderScanner::scan(folder);
            if (!scan.error.isEmpty()) {
                promise.addResult(Item{Change::FolderFailed, LoadError{}, {}, scan.error, {}});
                return;
            }
            QStringList watch = scan.folders;
            for (const auto& entry : scan.entries)
                watch.append(entry.filePath);
            promise.addResult(Item{Change::Loaded, LoadError{}, {}, {}, watch});
            if (!refreshOnly) {
                for (const LoadError& problem : scan.problems)
                    promise.addResult(Item{Change::Failed, problem, problem.relativePath, {}, {}});
            }
            promise.setProgressRange(0, int(scan.entries.size()));
            QSet<QString> seen;
            int done = 0;
            for (const auto& entry : scan.entries) {
                if (promise.isCanceled())
                    return;
                seen.insert(entry.relativePath);
                const auto known = stamps.constFind(entry.relativePath);
                if (known != stamps.cend()) {
                    const QFileInfo info(entry.filePath);
                    if (info.size() == known->first && info.lastModified(QTimeZone::UTC) == known->second) {
                        promise.setProgressValue(++done);
                        continue;
                    }
                }
                auto result = ArticleReader::read(entry.filePath, entry.relativePath, maxBytes);
                if (auto *article = std::get_if<Article>(&result); article && pass)
                    pass(*article);
                const Change change =
                    std::holds_alternative<Article>(result) ? Change::Loaded : Change::Failed;
                promise.addResult(Item{change, std::move(result), entry.relativePath, {}, {}});
                promise.setProgressValue(++done);
            }
            for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
                if (!seen.contains(it.key()))
                    promise.addResult(Item{Change::Removed, LoadError{}, it.key(), {}, {}});
            }
        } catch (const Interruption::Stopped&) {
            return;
        } catch (const std::exception& e) {
            promise.addResult(
                Item{Change::FolderFailed, LoadError{}, {}, QString::fromLocal8Bit(e.what()), {}});
        }
    }));
}

void FolderLoader::deliver(const Item& item)
{
    if (!item.watchPaths.isEmpty()) {
        // Editors save by writing a new file and renaming it over the old one, which ends the
        // old file's watch: every scan renews the file watches, and adds new folders.
        QStringList files, dirs;
        const QStringList watchedDirList = m_fileWatcher->directories();
        const QSet<QString> watchedDirs(watchedDirList.cbegin(), watchedDirList.cend());
        for (const QString& path : item.watchPaths) {
            if (ArticleReader::isSupported(path))
                files.append(path);
            else if (!watchedDirs.contains(path))
                dirs.append(path);
        }
        if (!m_fileWatcher->files().isEmpty())
            m_fileWatcher->removePaths(m_fileWatcher->files());
        if (!files.isEmpty())
            m_fileWatcher->addPaths(files);
        if (!dirs.isEmpty())
            m_fileWatcher->addPaths(dirs);
        return;
    }

    switch (item.change) {
    case Change::FolderFailed:
        Q_EMIT failed(item.folderError);
        return;
    case Change::Removed:
        if (m_known.take(item.relativePath).textSha256.isEmpty())
            return; // a file that never opened leaves nothing to remove
        Q_EMIT articleRemoved(item.relativePath);
        return;
    case Change::Failed: {
        const LoadError& error = std::get<LoadError>(item.result);
        const QFileInfo info(error.filePath);
        const Stamp previous = m_known.value(item.relativePath);
        m_known.insert(item.relativePath, Stamp{info.size(), info.lastModified(QTimeZone::UTC), {}});
        if (!previous.textSha256.isEmpty())
            Q_EMIT articleRemoved(item.relativePath);
        Q_EMIT loadFailed(error);
        return;
    }
    case Change::Loaded:
    case Change::Changed: {
        const Article& article = std::get<Article>(item.result);
        const auto known = m_known.constFind(article.relativePath);
        const bool wasArticle = known != m_known.cend() && !known->textSha256.isEmpty();
        const bool sameText = wasArticle && known->textSha256 == article.textSha256;
        m_known.insert(article.relativePath,
                       Stamp{article.fileSize, article.fileModified, article.textSha256});
        if (sameText)
            return; // touched or rewritten with the same text: nothing to reload
        if (wasArticle)
            Q_EMIT articleChanged(article);
        else
            Q_EMIT articleLoaded(article);
        return;
    }
    }
}

} // namespace Crosscheck::Core
