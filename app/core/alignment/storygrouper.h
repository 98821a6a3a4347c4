#pragma once

#include "articles/article.h"

#include <QList>
#include <QString>

namespace Crosscheck::Core {

/// Articles of a folder that tell one story.
struct Story
{
    int id = 0;
    QString label;       ///< the opening sentence that says most of what its articles share
    QList<int> articles; ///< indexes into the folder's articles, in folder order
};

/// Groups a folder's articles into stories: each article is a TF-IDF vector of the Snowball stems
/// of its sentences (boilerplate left out; stems met in one article only, numbers, and stems in
/// most of a large folder's articles carry no weight), and stories grow by average linkage: two
/// groups join while the mean cosine between their articles reaches threshold(). Candidate pairs
/// come from an inverted index, so a folder of many stories costs about what its shared stems do,
/// not the square of its size. A folder of one story stays one. Deterministic.
class StoryGrouper
{
public:
    static double threshold();
    /// Stories in the order of their first article; every article is in exactly one.
    static QList<Story> group(const QList<Article>& articles);
    /// The story index of every article, from group()'s result.
    static QList<int> storyOf(const QList<Story>& stories, qsizetype articleCount);
};

} // namespace Crosscheck::Core
