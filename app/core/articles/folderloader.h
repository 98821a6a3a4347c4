#pragma once

#include "article.h"
#include "articlereader.h"

#include <functional>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Crosscheck::Core {

/// Opens a folder off the GUI thread and keeps it live: scans it, reads each article and reports
/// it as soon as it is read, in folder order; afterwards, files added, changed or removed on disk
/// are picked up. A file whose text did not change (same SHA-256) is not reported again.
/// Opening another folder or cancel() drops the running job.
class FolderLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderLoader)

public:
    explicit FolderLoader(QObject *parent = nullptr);
    ~FolderLoader() override;

    void open(const QString& folder);
    void cancel();
    /// Looks at the folder again now instead of waiting for the file watcher.
    void refresh();
    bool isRunning() const;
    QString folder() const { return m_folder; }

    void setMaxFileBytes(qint64 bytes) { m_maxBytes = bytes; }
    /// Work done on each article in the reading thread, right after it is read and before it is
    /// reported (the window finds its figures there, so they show while the folder still loads).
    /// Must be safe to call from any thread.
    using ArticlePass = std::function<void(Article&)>;
    void setArticlePass(ArticlePass pass) { m_pass = std::move(pass); }
    /// How long changes on disk settle before the folder is looked at again.
    void setSettleInterval(int milliseconds) { m_settle.setInterval(milliseconds); }

Q_SIGNALS:
    void started(const QString& folder);
    void articleLoaded(const Crosscheck::Core::Article& article);
    /// An article already reported has new text on disk.
    void articleChanged(const Crosscheck::Core::Article& article);
    void articleRemoved(const QString& relativePath);
    void loadFailed(const Crosscheck::Core::LoadError& error);
    void progress(int done, int total);
    /// The folder itself could not be read; nothing else follows for this folder.
    void failed(const QString& message);
    void finished();
    /// A refresh after changes on disk has been applied.
    void refreshed();

private:
    struct Stamp
    {
        qint64 size = -1;
        QDateTime modified;
        QByteArray textSha256;
    };
    enum class Change
    {
        Loaded,
        Changed,
        Removed,
        Failed,
        FolderFailed
    };
    struct Item
    {
        Change change = Change::Loaded;
        ArticleReader::Result result;
        QString relativePath;
        QString folderError;
        QStringList watchPaths; ///< folders to watch, sent once with the scan
    };

    void start(bool refreshOnly);
    void stopJob();
    void deliver(const Item& item);
    void onDiskChanged();

    QFutureWatcher<Item> *m_job = nullptr;
    QFileSystemWatcher *m_fileWatcher;
    QTimer m_settle;
    QString m_folder;
    QHash<QString, Stamp> m_known;
    qint64 m_maxBytes = ArticleReader::kDefaultMaxBytes;
    ArticlePass m_pass;
    quint64 m_generation = 0;
    bool m_refreshing = false;
    bool m_refreshPending = false;
};

} // namespace Crosscheck::Core
