#pragma once

#include "articles/article.h"

#include <QHashFunctions>

#include <optional>

namespace Crosscheck::Core {

/// A sentence of a folder: article index and sentence index.
struct SentenceRef
{
    int article = -1;
    int sentence = -1;
    friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
    friend size_t qHash(const SentenceRef& r, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, r.article, r.sentence);
    }
};

/// Two sentences of different articles that report the same fact.
struct SentenceMatch
{
    SentenceRef a;
    SentenceRef b;
    double score = 0; ///< calibrated probability that they say the same thing
};

/// Matching sentences grouped into one fact: at most one sentence per article.
struct Claim
{
    int id = 0;
    QList<SentenceRef> sentences;
};

struct Alignment
{
    QList<SentenceMatch> matches;
    QList<Claim> claims; ///< largest first
};

/// Lines up sentences across the articles of a folder without models: candidates come from an
/// inverted index of Snowball stems (so cost grows with the folder, not with its square), pairs
/// are scored by a logistic combination of lexical evidence (TF-IDF cosine, IDF containment, word
/// order, bigrams, shared names and figures, length), calibrated on the MSRP training pairs by
/// tests/benchmarks/calibrate_alignment.cpp. Boilerplate never takes part.
class Aligner
{
public:
    /// Logistic weights: bias, then one per PairFeatures value, in order.
    static const QList<double>& weights();
    /// Probability above which two sentences count as the same fact.
    static double threshold();
    /// Two articles tell the same story (and their sentences may match) when the cosine of their
    /// TF-IDF vectors (stems neither common in the folder nor found in one article only)
    /// reaches this. Only in folders of more than 50 articles: a smaller one is taken as one story.
    static double relatedArticles();
    /// The calibrated probability for a pair's feature values.
    static double probability(const QList<double>& features);

    /// Sentences that report the same fact. With @p storyOf (each article's story, from
    /// StoryGrouper) only articles of one story are compared; without it, a folder of more than
    /// 50 articles compares only articles whose cosine reaches relatedArticles().
    static Alignment align(const QList<Article>& articles, const QList<int>& storyOf = {});
    /// The sentence of article @p article that best matches @p from, if any matches.
    static std::optional<SentenceMatch> bestMatch(const Alignment& alignment, SentenceRef from, int article);
};

} // namespace Crosscheck::Core
