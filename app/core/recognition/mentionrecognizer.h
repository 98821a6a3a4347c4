#pragma once

#include "articles/article.h"
#include "namerecognizer.h"

namespace Crosscheck::Core {

/// Figures and names of a whole folder: the one source of the spans the reading view highlights
/// and `analyze` reports.
class MentionRecognizer
{
public:
    /// Figures of one article (they need nothing from the rest of the folder), sentence set.
    static QList<Mention> figures(const Article& article);
    /// Adds the folder's names to each article's figures: names need the whole folder. Figures
    /// inside product names ("Qwen 2.5") are dropped; the result is sorted and non-overlapping.
    static void addNames(QList<Article>& articles, const NameRecognizer::Corrections& corrections = {});
    /// Same, returning the merged lists instead of changing the articles.
    static QList<QList<Mention>> withNames(const QList<Article>& articles,
                                           const NameRecognizer::Corrections& corrections = {});
};

} // namespace Crosscheck::Core
