#pragma once

#include "aligner.h"

#include <functional>

namespace Crosscheck::Core {

/// A figure the sources of one claim give differently.
struct Discrepancy
{
    enum class Kind
    {
        Conflict,
        Range,
        Approximation,
        Moment ///< the sentences say the figures hold at different times ("as of Friday", "by Sunday")
    };
    struct Item
    {
        SentenceRef sentence;
        int mention = -1; ///< index into the article's mentions
    };

    Kind kind = Kind::Conflict;
    int claim = 0;
    QString topic; ///< a few words of what the figure is about
    QList<Item> items;
    QString note;           ///< one line a reader understands
    bool dismissed = false; ///< the user said it is no disagreement
};

/// Compares the figures of each claim: values of the same kind (money converted between
/// currencies when the folder itself states both, as in "380 billion yuan ($53 billion)"),
/// ranges against points, qualifiers ("around", "over"), and conflicting numbers.
class DiscrepancyFinder
{
public:
    static QString kindName(Discrepancy::Kind kind);
    /// Exchange rates the folder states: "CNY>USD" to how many USD one CNY is.
    static QHash<QString, double> statedRates(const QList<Article>& articles);
    /// With @p storyOf (each article's story; empty: one story), a person's age is also compared
    /// across the articles of a story wherever it is told (findAges()).
    static QList<Discrepancy> find(const QList<Article>& articles, const Alignment& alignment,
                                   const QList<int>& storyOf = {});
    /// A person's age as the articles of one story tell it, in sentences that need not match
    /// ("Connor Cummings, 20, of Rockaway" and "the 21-year-old Cummings"). These have no claim
    /// (claim 0). Pairs of figures in @p reported ("article:mention/article:mention") are left out.
    static QList<Discrepancy> findAges(const QList<Article>& articles, const QList<int>& storyOf,
                                       const QSet<QString>& reported = {});
    /// Across claims: what outlets say a company's shares did, compared when they tell the same
    /// move (the day's, or a gain since some date) in a different direction or size ("rose over
    /// 8%" in one, "sliding as much as 3%" in another). These have no claim (claim 0).
    static QList<Discrepancy> findMovements(const QList<Article>& articles);
    /// What identifies a disagreement across analyses: the files, figures and sentences it
    /// compares, not their positions.
    static QString key(const Discrepancy& discrepancy, const QList<Article>& articles);
    /// The same, with the articles looked up by their index in the analysis.
    static QString key(const Discrepancy& discrepancy, const std::function<const Article *(int)>& articleAt);
    /// Marks the disagreements whose key() is in @p dismissed.
    static void markDismissed(QList<Discrepancy>& discrepancies, const QList<Article>& articles,
                              const QSet<QString>& dismissed);
};

} // namespace Crosscheck::Core
