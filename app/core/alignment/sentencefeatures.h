#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "articles/article.h"
#include "articles/mention.h"

namespace Crosscheck::Core {

/// What the aligner compares of one sentence: its content words as Snowball stems (in order),
/// the capitalised words inside it (names, mostly) and its figures as normalised keys.
struct SentenceFeatures
{
    QList<int> terms;       ///< term ids in sentence order, stop words left out
    QHash<int, int> counts; ///< term id to occurrences
    /// Each term once, in the order of its first use: sums over the terms walk this, not the
    /// hash, so they come out the same to the last bit in every run.
    QList<int> distinct;
    QSet<QString> names;   ///< case-folded capitalised words not opening the sentence
    QSet<QString> figures; ///< "money:USD:53000000000", "percent:%:8", …
    QList<qint64> bigrams;   ///< adjacent term pairs, sorted, each once
    QList<quint32> concepts; ///< the WordNet concepts of its terms, sorted, each once
};

/// The figures of one sentence, pointing into its article's mentions.
using SentenceFigures = QList<const Mention *>;
/// An article's figures sorted into its sentences, for FeatureExtractor::extract(). Pointers, not
/// copies: a page dense with figures holds millions of them. Valid while the article's mentions
/// are not changed.
QList<SentenceFigures> figuresBySentence(const Article& article);

/// Turns sentences into features with one shared term dictionary. Not thread-safe.
class FeatureExtractor
{
public:
    FeatureExtractor();
    ~FeatureExtractor();
    FeatureExtractor(const FeatureExtractor&) = delete;
    FeatureExtractor& operator=(const FeatureExtractor&) = delete;

    /// Features of @p sentence; its figures are recognised here unless @p figures gives them
    /// (the folder's articles already carry their mentions).
    SentenceFeatures extract(const QString& sentence, const SentenceFigures *figures = nullptr);
    /// Adds a sentence's terms to the document frequencies the weights come from.
    void count(const SentenceFeatures& features);
    /// Inverse document frequency of a term over the counted sentences.
    double idf(int term) const;
    int documents() const { return m_documents; }
    int documentFrequency(int term) const { return m_df.value(term); }
    /// Whether the term is a number ("8300", "2025") rather than a word.
    bool isNumeric(int term) const { return m_numeric.contains(term); }
    /// The WordNet concepts of a term's word (sorted; empty for names, numbers and unknown words).
    const QList<quint32>& concepts(int term) const;

    /// Snowball English stem of a lower-case word.
    QString stem(const QString& word);

private:
    QString stemUncached(const QString& word);

    struct Stemmer;
    QHash<QString, QString> m_stems;
    Stemmer *m_stemmer;
    QHash<QString, int> m_ids;
    QHash<int, int> m_df;
    QSet<int> m_numeric;
    QHash<int, QList<quint32>> m_concepts;
    int m_documents = 0;
};

/// The pair features the aligner's score combines; the same for calibration and for folders.
struct PairFeatures
{
    double cosine = 0;      ///< TF-IDF cosine of the stems
    double containment = 0; ///< IDF weight shared / IDF weight of the shorter sentence
    double order = 0;       ///< longest common subsequence of stems / shorter length
    double names = 0;       ///< shared names / names of the sentence with fewer
    double figures = 0;     ///< 1 when a figure is shared
    double figureClash = 0; ///< 1 when both give figures and none agree
    double lengthRatio = 0; ///< shorter / longer, in terms
    double bigrams = 0;     ///< shared stem bigrams / bigrams of the shorter sentence
    double jaccard = 0;     ///< shared stems / all stems, unweighted
    /// IDF weight of the shorter sentence's words that the other says in the same or related
    /// words (a shared stem, or a shared WordNet concept: synonym, hypernym, derivation) / its weight
    double semantic = 0;

    QList<double> values() const
    {
        return {cosine, containment, order, names, figures, figureClash, lengthRatio, bigrams, jaccard, semantic};
    }
};

PairFeatures pairFeatures(const SentenceFeatures& a, const SentenceFeatures& b,
                          const FeatureExtractor& weights);

} // namespace Crosscheck::Core
