#include "aligner.h"

#include "articles/interruption.h"
#include "sentencefeatures.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core {

const QList<double>& Aligner::weights()
{
    // From `calibrate_alignment ../shared/corpora/msrp-train/msr_paraphrase_train.txt`: trained on
    // the first 75% of the pairs; held-out 25%: accuracy 74.5%, F1 82.4 (74.3%, 82.0 before the
    // WordNet feature).
    static const QList<double> w = {-5.1793, 1.6910, -2.5451, 3.2138, -0.2928, -0.1892,
                                    -0.3120, 1.9392, -3.3832, 5.2227, 2.8590};
    return w;
}

double Aligner::threshold()
{
    return 0.50;
}

namespace {
constexpr int kOneStoryFolder = 50;

// A row of a table pasted as text ("ACME Corp  12.5%  $101.55  +1.2  3:30 p.m."): three figures
// or more that fill at least half of the sentence's letters and digits. It is data, not a
// statement to match, and a table of thousands of such rows would make each a candidate of all.
bool isDataRow(const Article& article, int s, const SentenceFigures& figures)
{
    if (figures.size() < 3)
        return false;
    const Sentence& sentence = article.sentences[s];
    qsizetype inFigures = 0, all = 0;
    for (const Mention *m : figures) {
        for (qsizetype i = std::max(m->start, sentence.start); i < std::min(m->end, sentence.end); ++i)
            inFigures += article.text[i].isLetterOrNumber() ? 1 : 0;
    }
    for (qsizetype i = sentence.start; i < sentence.end; ++i)
        all += article.text[i].isLetterOrNumber() ? 1 : 0;
    return 2 * inFigures >= all;
}
// News evidence MSRP cannot teach.
bool sameFactInNews(const PairFeatures& pair, const SentenceFeatures& a, const SentenceFeatures& b)
{
    // The same figure with the same names around it is the same fact even when the wording
    // differs ("Microsoft($80 Billion), Meta(…)").
    if (pair.figures > 0 && pair.names >= 0.5 && pair.cosine >= 0.15)
        return true;
    // A sentence said whole inside a longer one is the same fact told with more around it
    // ("Lindsay Lohan Checks Into Rehab at Betty Ford Center" / "Lindsay Lohan checked into
    // California's Betty Ford Center rehab facility late Thursday, dodging arrest after…"). MSRP
    // calls such pairs no paraphrase, as the longer says more; a reader comparing outlets calls
    // them a match. It takes five words of substance or more, nine tenths of their weight said in
    // the same or related words, a shared name and no clash of figures. On ECB+ it added 224
    // matches, same-event pairs (2+ shared) 0.153 → 0.160 with as few joining two events (4.9%).
    constexpr double kSaidWhole = 0.9;
    constexpr qsizetype kWordsOfSubstance = 5;
    return pair.containment >= kSaidWhole && pair.semantic >= kSaidWhole && pair.names >= 0.5 &&
           pair.figureClash == 0 && std::min(a.distinct.size(), b.distinct.size()) >= kWordsOfSubstance;
}
} // namespace

double Aligner::relatedArticles()
{
    return 0.1;
}

double Aligner::probability(const QList<double>& features)
{
    const QList<double>& w = weights();
    double z = w[0];
    for (int i = 0; i < features.size() && i + 1 < w.size(); ++i)
        z += w[i + 1] * features[i];
    return 1.0 / (1.0 + std::exp(-z));
}

Alignment Aligner::align(const QList<Article>& articles, const QList<int>& storyOf)
{
    FeatureExtractor extractor;
    QList<SentenceRef> refs;
    QList<SentenceFeatures> features;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        const QList<SentenceFigures> figuresOf = figuresBySentence(article);
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (article.sentences[s].boilerplate)
                continue;
            if (isDataRow(article, s, figuresOf[s]))
                continue;
            SentenceFeatures f = extractor.extract(article.sentenceText(s), &figuresOf[s]);
            if (f.counts.size() < 3)
                continue; // headings of two words and datelines say no fact to match
            extractor.count(f);
            refs.append({a, s});
            features.append(std::move(f));
        }
    }

    // Which articles tell the same story. Two sentences can only report the same fact when their
    // articles do: in a folder of many stories "The project will create 2,000 jobs" must not meet
    // its twin from another story. Each article is a TF-IDF vector over the stems that are not
    // common across the folder (those in more than 5% of its articles say nothing about which
    // story it is), seen in two articles at least, and not numbers (the same "8,300" in two
    // stories is chance, and outlets telling one story often disagree on them); two articles are related when
    // their cosine reaches relatedArticles(). On ECB+ that keeps 98% of the article pairs about the same
    // event and 1.8% of the others.
    const int articleCount = int(articles.size());
    QList<QHash<int, int>> termCounts;
    termCounts.resize(articles.size());
    for (int i = 0; i < features.size(); ++i) {
        Interruption::checkpoint();
        for (auto it = features[i].counts.cbegin(); it != features[i].counts.cend(); ++it)
            termCounts[refs[i].article][it.key()] += it.value();
    }
    // The stories, when known, decide; otherwise a large folder is gated by article cosines.
    const bool byStory = storyOf.size() == articles.size();
    const bool gated = !byStory && articleCount > kOneStoryFolder;
    QHash<int, QList<std::pair<int, double>>> articlesOfTerm; // term to (article, weight)
    if (gated) {
        QHash<int, int> documentFrequency;
        for (const QHash<int, int>& counts : std::as_const(termCounts)) {
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                ++documentFrequency[it.key()];
        }
        const int commonArticles = std::max(8, articleCount / 20);
        QList<double> norm;
        norm.resize(articles.size(), 0.0);
        QList<QList<std::pair<int, double>>> vectors;
        vectors.resize(articles.size());
        for (int a = 0; a < articleCount; ++a) {
            // Terms in id order, so the norm is summed alike in every run.
            QList<int> terms = termCounts[a].keys();
            std::sort(terms.begin(), terms.end());
            for (const int term : std::as_const(terms)) {
                const int df = documentFrequency.value(term);
                if (df > commonArticles || df < 2 || extractor.isNumeric(term))
                    continue; // common, in this article alone, or a number met by chance elsewhere
                const double w = (1 + std::log(double(termCounts[a].value(term)))) *
                                 std::log(double(articleCount + 1) / df);
                vectors[a].append({term, w});
                norm[a] += w * w;
            }
        }
        for (int a = 0; a < articleCount; ++a) {
            for (const auto& [term, w] : std::as_const(vectors[a]))
                articlesOfTerm[term].append({a, w / std::sqrt(norm[a])});
        }
    }
    QList<QHash<int, double>> articleCosine;
    articleCosine.resize(articles.size());
    QList<int> sharedTerms = articlesOfTerm.keys();
    std::sort(sharedTerms.begin(), sharedTerms.end());
    for (const int term : std::as_const(sharedTerms)) {
        const auto& list = articlesOfTerm[term];
        for (qsizetype x = 0; x < list.size(); ++x) {
            for (qsizetype y = x + 1; y < list.size(); ++y) {
                const double product = list[x].second * list[y].second;
                articleCosine[list[x].first][list[y].first] += product;
                articleCosine[list[y].first][list[x].first] += product;
            }
        }
    }
    // A folder of a few dozen articles is one story, or a handful the reader chose to put together:
    // there every pair may match (and stems all its articles share are not lost to the limit above).
    auto related = [&](int a, int b) {
        if (byStory)
            return storyOf[a] == storyOf[b];
        return !gated || articleCosine[a].value(b, 0.0) >= relatedArticles();
    };

    // Inverted index over stems; the commonest stems carry no evidence and are not followed.
    QHash<int, QList<int>> postings;
    for (int i = 0; i < features.size(); ++i) {
        Interruption::checkpoint();
        for (auto it = features[i].counts.cbegin(); it != features[i].counts.cend(); ++it)
            postings[it.key()].append(i);
    }
    // A stem in more than a twentieth of the sentences, or in more than kCommonStem of them, is
    // common: following it from every sentence would cost the square of the folder's size. A stem
    // in kFollowedAlways sentences or fewer is always followed: in a folder of one story the
    // story's own words ("Alibaba", "invest", "billion") are in more than a twentieth of its few
    // hundred sentences, and a headline says little else ("Alibaba Enters Global AI Race with $53
    // Billion Investment"); following them costs at most that many sentences each.
    constexpr int kCommonStem = 1000;
    constexpr int kFollowedAlways = 200;
    const int commonLimit = std::max(kFollowedAlways, std::min(kCommonStem, int(features.size() / 20)));

    Alignment result;
    QHash<qint64, double> scoreOf;
    constexpr int kCandidates = 12;
    for (int i = 0; i < features.size(); ++i) {
        Interruption::checkpoint();
        QHash<int, double> accumulated;
        for (const int term : features[i].distinct) {
            const QList<int>& list = postings[term];
            if (list.size() > commonLimit)
                continue;
            const double idf = extractor.idf(term);
            for (const int j : list) {
                if (j > i && refs[j].article != refs[i].article)
                    accumulated[j] += idf;
            }
        }
        // Candidates must share a fair part of the sentence's weight before they are scored in full.
        double weight = 0;
        for (const int term : features[i].distinct)
            weight += extractor.idf(term);
        QList<std::pair<double, int>> ranked;
        for (auto it = accumulated.cbegin(); it != accumulated.cend(); ++it) {
            if (it.value() >= 0.15 * weight && related(refs[i].article, refs[it.key()].article))
                ranked.append({it.value(), it.key()});
        }
        // Ties keep folder order, so the same folder gives the same candidates in every run
        // (the hash above iterates in a per-process order).
        const auto best = ranked.begin() + std::min<qsizetype>(kCandidates, ranked.size());
        std::partial_sort(ranked.begin(), best, ranked.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        ranked.erase(best, ranked.end());
        for (const auto& [evidence, j] : ranked) {
            const PairFeatures pair = pairFeatures(features[i], features[j], extractor);
            double p = probability(pair.values());
            if (p < threshold() && sameFactInNews(pair, features[i], features[j]))
                p = threshold();
            if (p >= threshold()) {
                result.matches.append({refs[i], refs[j], p});
                scoreOf.insert((qint64(i) << 32) | j, p);
            }
        }
    }
    std::stable_sort(result.matches.begin(), result.matches.end(),
                     [](const SentenceMatch& x, const SentenceMatch& y) { return x.score > y.score; });

    // Claims: join the best matches first; two groups join only when they share no article and
    // at least half of the pairs between them matched, so no chain forms through one sentence.
    QHash<int, int> indexOf;
    for (int i = 0; i < refs.size(); ++i)
        indexOf.insert(refs[i].article * 1000003 + refs[i].sentence, i);
    QList<int> group(refs.size());
    QList<QList<int>> members(refs.size());
    for (int i = 0; i < refs.size(); ++i) {
        group[i] = i;
        members[i] = {i};
    }
    auto matched = [&](int x, int y) {
        return scoreOf.contains((qint64(std::min(x, y)) << 32) | std::max(x, y));
    };
    for (const SentenceMatch& m : result.matches) {
        const int x = indexOf.value(m.a.article * 1000003 + m.a.sentence);
        const int y = indexOf.value(m.b.article * 1000003 + m.b.sentence);
        const int gx = group[x], gy = group[y];
        if (gx == gy)
            continue;
        QSet<int> articlesX;
        for (const int k : members[gx])
            articlesX.insert(refs[k].article);
        bool overlap = false;
        int links = 0;
        for (const int k : members[gy]) {
            overlap = overlap || articlesX.contains(refs[k].article);
            for (const int l : members[gx])
                links += matched(k, l) ? 1 : 0;
        }
        if (overlap || links * 2 < members[gx].size() * members[gy].size())
            continue;
        for (const int k : members[gy]) {
            group[k] = gx;
            members[gx].append(k);
        }
        members[gy].clear();
    }
    for (const QList<int>& g : members) {
        if (g.size() < 2)
            continue;
        Claim claim;
        for (const int k : g)
            claim.sentences.append(refs[k]);
        std::sort(claim.sentences.begin(), claim.sentences.end(),
                  [](const SentenceRef& x, const SentenceRef& y) { return x.article < y.article; });
        result.claims.append(claim);
    }
    std::stable_sort(result.claims.begin(), result.claims.end(),
                     [](const Claim& x, const Claim& y) { return x.sentences.size() > y.sentences.size(); });
    for (int i = 0; i < result.claims.size(); ++i)
        result.claims[i].id = i + 1;
    return result;
}

std::optional<SentenceMatch> Aligner::bestMatch(const Alignment& alignment, SentenceRef from, int article)
{
    std::optional<SentenceMatch> best;
    for (const SentenceMatch& m : alignment.matches) {
        SentenceMatch oriented = m;
        if (m.b == from)
            std::swap(oriented.a, oriented.b);
        if (oriented.a != from || oriented.b.article != article)
            continue;
        if (!best || oriented.score > best->score)
            best = oriented;
    }
    return best;
}

} // namespace Crosscheck::Core
