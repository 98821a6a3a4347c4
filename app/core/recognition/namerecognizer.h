#pragma once

#include "articles/article.h"
#include "articles/mention.h"

#include <QHash>

#include <optional>

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
    /// The user's corrections: a name's kind, or nullopt for "not a name".
    using Corrections = QHash<QString, std::optional<MentionKind>>;

    /// Names of every article, in the order of @p articles, each list sorted by position.
    /// @p corrections win over recognition: corrected names get their kind wherever they appear,
    /// and "not a name" removes a name everywhere.
    static QList<QList<Mention>> recognize(const QList<Article>& articles,
                                           const Corrections& corrections = {});
    /// Corrections as the store keeps them (name to "person", …, or "none").
    static Corrections correctionsFrom(const QHash<QString, QString>& stored);
};

} // namespace Crosscheck::Core
