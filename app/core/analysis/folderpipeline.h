#pragma once

#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "alignment/storygrouper.h"
#include "articles/article.h"
#include "recognition/namerecognizer.h"

#include <functional>

namespace Crosscheck::Core {

/// What the folder-wide analysis makes of a folder's articles.
struct FolderResult
{
    QList<Article> articles; ///< with names added and cross-story page chrome marked boilerplate
    QList<Story> stories;
    QList<int> storyOf; ///< story index of each article
    Alignment alignment;
    QList<Discrepancy> discrepancies;
};

/// The folder-wide steps in order, one place for the window and `crosscheck analyze`: names
/// (which need the whole folder), stories, page chrome repeated across stories, the alignment of
/// sentences within each story, and the figures that disagree.
class FolderPipeline
{
public:
    /// Runs every step; @p step is told after each (1 to stepCount()) and may return false to stop,
    /// in which case the result holds what was done.
    /// @p storyMoves (relative path to the path of an article whose story it joins, or empty for
    /// a story of its own) are the user's, and win over the grouping.
    /// @p articles are taken, not copied, when the caller moves them in: their figures become the
    /// result's mentions.
    static FolderResult run(QList<Article> articles, const NameRecognizer::Corrections& corrections,
                            const std::function<bool(int step)>& step = {},
                            const QHash<QString, QString>& storyMoves = {});
    /// Applies the user's story moves to @p stories.
    static void applyStoryMoves(QList<Story>& stories, const QList<Article>& articles,
                                const QHash<QString, QString>& moves);
    static int stepCount() { return 4; }
    /// What is done to each article on its own as soon as it is read, before the folder-wide
    /// steps: its figures (the window shows them while the folder still loads). Thread-safe.
    static void prepareArticle(Article& article);
    /// Marks as boilerplate the sentences of template pages: a page with fewer than two sentences
    /// of its own beside at most eight that other pages repeat word for word (a saved embed
    /// prompt, an archive notice) makes those sentences chrome in every article. Returns how
    /// many sentences were marked.
    static int markTemplatePages(QList<Article>& articles);
    /// Marks as boilerplate every sentence that appears, word for word, in articles of two or
    /// more stories: embed prompts, archive notices, newsletter and cookie text, photo credits.
    /// Returns how many sentences were marked.
    static int markChromeAcrossStories(QList<Article>& articles, const QList<int>& storyOf);
    /// Gives an article whose title is a line of page chrome that heads pages of two stories or
    /// more its first line that is not chrome.
    static void retitleChrome(QList<Article>& articles, const QList<int>& storyOf);
};

} // namespace Crosscheck::Core
