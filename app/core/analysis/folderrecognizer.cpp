#include "folderrecognizer.h"

#include "folderpipeline.h"

#include "articles/interruption.h"

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

void FolderRecognizer::start(const QList<Article>& articles, const NameRecognizer::Corrections& corrections,
                             const QHash<QString, QString>& storyMoves)
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
    m_watcher->setFuture(QtConcurrent::run([articles, corrections, storyMoves](QPromise<Result>& promise) {
        // Steps the user can stop between: names, stories, alignment, discrepancies.
        promise.setProgressRange(0, FolderPipeline::stepCount());
        Result result;
        FolderResult folder;
        // Cancel reaches inside every step: the work stops at its next checkpoint.
        const Interruption interruption([&promise] { return promise.isCanceled(); });
        try {
            folder = FolderPipeline::run(
                articles, corrections,
                [&promise](int step) {
                    promise.setProgressValue(step);
                    return !promise.isCanceled();
                },
                storyMoves);
        } catch (const Interruption::Stopped&) {
            return;
        } catch (const std::exception&) {
            // The folder-wide work is a help, not a requirement: on failure the figures stay.
            folder = FolderResult{articles, {}, {}, {}, {}};
        }
        if (promise.isCanceled())
            return;
        for (int a = 0; a < folder.articles.size(); ++a) {
            const Article& article = folder.articles[a];
            result.mentions.insert(article.relativePath, article.mentions);
            result.paths.append(article.relativePath);
            QList<int> chrome;
            for (int s = 0; s < article.sentences.size(); ++s) {
                if (article.sentences[s].boilerplate && !articles[a].sentences[s].boilerplate)
                    chrome.append(s);
            }
            if (!chrome.isEmpty())
                result.chrome.insert(article.relativePath, chrome);
            if (article.title != articles[a].title)
                result.titles.insert(article.relativePath, article.title);
        }
        result.stories = std::move(folder.stories);
        result.storyOf = std::move(folder.storyOf);
        result.alignment = std::move(folder.alignment);
        result.discrepancies = std::move(folder.discrepancies);
        promise.addResult(std::move(result));
    }));
}

void FolderRecognizer::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

} // namespace Crosscheck::Core
