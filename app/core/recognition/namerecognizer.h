#pragma once

#include "articles/article.h"
#include "mention.h"

namespace Crosscheck::Core {

/// Finds people, organisations, places and products without models or network: capitalisation
/// inside sentences, cue words (titles such as CEO or analyst, legal suffixes such as Inc. or
/// Group, "shares of …", "… model"), word lists from distribution packages (Lexicon), and what
/// the whole folder says: a name given a kind by a clear cue in one article has that kind in every
/// article, a name seen capitalised mid-sentence is a name at the start of a sentence too, and
/// "Eddie Wu" makes a later "Wu" a person. Boilerplate sentences are skipped.
class NameRecognizer
{
public:
    /// Names of every article, in the order of @p articles, each list sorted by position.
    static QList<QList<Mention>> recognize(const QList<Article>& articles);
};

} // namespace Crosscheck::Core
