#pragma once

#include "alignment/discrepancies.h"
#include "alignment/storygrouper.h"
#include "articles/article.h"
#include "recognition/namerecognizer.h"

#include <QFutureWatcher>
#include <QObject>

namespace Crosscheck::Core {

/// What the folder-wide analysis found: each article's figures and names, and the sentences that
/// report the same facts across articles with the figures that disagree. Article indexes in the
/// alignment refer to @c paths.
struct FolderInsight
{
    QHash<QString, QList<Mention>> mentions; ///< by relative path
    QStringList paths;
    QList<Story> stories; ///< article indexes refer to @c paths
    QList<int> storyOf;   ///< story index of each of @c paths
    /// Sentences found to be page chrome only by comparing stories, by relative path: the window
    /// dims them as it dims the chrome found when reading.
    QHash<QString, QList<int>> chrome;
    /// Titles the folder changed (a title that was page chrome), by relative path.
    QHash<QString, QString> titles;
    Alignment alignment;
    QList<Discrepancy> discrepancies;
};

/// Runs the folder-wide work (FolderPipeline: names, stories, alignment, discrepancies) off the GUI thread
/// whenever the folder's articles change; a newer run drops an older one.
class FolderRecognizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderRecognizer)

public:
    explicit FolderRecognizer(QObject *parent = nullptr);
    ~FolderRecognizer() override;

    void start(const QList<Article>& articles, const NameRecognizer::Corrections& corrections = {},
               const QHash<QString, QString>& storyMoves = {});
    bool isRunning() const;
    /// Stops the running analysis at its next step; cancelled() follows instead of finished().
    void cancel();

Q_SIGNALS:
    void finished(const Crosscheck::Core::FolderInsight& insight);
    /// Steps done of the running analysis (names, alignment, discrepancies).
    void progress(int done, int total);
    void cancelled();

private:
    using Result = FolderInsight;
    QFutureWatcher<Result> *m_watcher = nullptr;
    quint64 m_generation = 0;
};

} // namespace Crosscheck::Core
Q_DECLARE_METATYPE(Crosscheck::Core::FolderInsight)
