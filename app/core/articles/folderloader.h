#pragma once

#include "article.h"
#include "articlereader.h"

#include <QFutureWatcher>
#include <QObject>

namespace Crosscheck::Core {

/// Opens a folder off the GUI thread: scans it, reads each article and reports each one as soon
/// as it is read, in folder order. Opening another folder or cancel() drops the running job.
class FolderLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderLoader)

public:
    explicit FolderLoader(QObject* parent = nullptr);
    ~FolderLoader() override;

    void open(const QString& folder);
    void cancel();
    bool isRunning() const;
    QString folder() const { return m_folder; }

    void setMaxFileBytes(qint64 bytes) { m_maxBytes = bytes; }

Q_SIGNALS:
    void started(const QString& folder);
    void articleLoaded(const Crosscheck::Core::Article& article);
    void loadFailed(const Crosscheck::Core::LoadError& error);
    void progress(int done, int total);
    /// The folder itself could not be read; nothing else follows for this folder.
    void failed(const QString& message);
    void finished();

private:
    struct Item
    {
        ArticleReader::Result result;
        QString folderError;
    };

    void stopWatcher();

    QFutureWatcher<Item>* m_watcher = nullptr;
    QString m_folder;
    qint64 m_maxBytes = ArticleReader::kDefaultMaxBytes;
    quint64 m_generation = 0;
};

} // namespace Crosscheck::Core
