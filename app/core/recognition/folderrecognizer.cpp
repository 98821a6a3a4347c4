#include "folderrecognizer.h"

#include "mentionrecognizer.h"

#include <QtConcurrent>

namespace Crosscheck::Core {

FolderRecognizer::FolderRecognizer(QObject *parent)
    : QObject(parent)
{}

FolderRecognizer::~FolderRecognizer()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

bool FolderRecognizer::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void FolderRecognizer::start(const QList<Article>& articles, const NameRecognizer::Corrections& corrections)
{
    const quint64 generation = ++m_generation;
    if (m_watcher) {
        // The running job finishes on its own; its result is ignored.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
    }
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation && m_watcher)
            Q_EMIT progress(value, m_watcher->progressMaximum());
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        QFutureWatcher<Result> *watcher = m_watcher;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            Q_EMIT cancelled();
            return;
        }
        Q_EMIT finished(watcher->result());
    });
    m_watcher->setFuture(QtConcurrent::run([articles, corrections](QPromise<Result>& promise) {
        // Three steps the user can stop between: names, alignment, discrepancies.
        promise.setProgressRange(0, 3);
        Result result;
        QList<Article> analysed = articles;
        try {
            const auto mentions = MentionRecognizer::withNames(articles, corrections);
            for (int i = 0; i < analysed.size(); ++i)
                analysed[i].mentions = mentions[i];
            promise.setProgressValue(1);
            if (promise.isCanceled())
                return;
            result.alignment = Aligner::align(analysed);
            promise.setProgressValue(2);
            if (promise.isCanceled())
                return;
            result.discrepancies = DiscrepancyFinder::find(analysed, result.alignment);
        } catch (const std::exception&) {
            // The folder-wide work is a help, not a requirement: on failure the figures stay.
            analysed = articles;
            result.alignment = {};
            result.discrepancies.clear();
        }
        for (const Article& a : analysed) {
            result.mentions.insert(a.relativePath, a.mentions);
            result.paths.append(a.relativePath);
        }
        promise.setProgressValue(3);
        promise.addResult(std::move(result));
    }));
}

void FolderRecognizer::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

} // namespace Crosscheck::Core
