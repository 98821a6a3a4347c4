#include "sentencefeatures.h"

#include "articles/interruption.h"
#include "recognition/figurerecognizer.h"
#include "recognition/wordnet.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Crosscheck::Core {

struct FeatureExtractor::Stemmer
{
    sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
    ~Stemmer() { sb_stemmer_delete(stemmer); }
};

namespace {
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"a",    "an",    "the",    "and",   "or",    "but",   "of",     "to",    "in",    "on",
              "at",   "for",   "by",     "with",  "from",  "as",    "is",     "are",   "was",   "were",
              "be",   "been",  "being",  "it",    "its",   "this",  "that",   "these", "those", "he",
              "she",  "they",  "we",     "i",     "you",   "his",   "her",    "their", "our",   "has",
              "have", "had",   "will",   "would", "can",   "could", "should", "may",   "might", "do",
              "does", "did",   "not",    "no",    "so",    "than",  "then",   "there", "which", "who",
              "whom", "what",  "when",   "where", "while", "also",  "said",   "says",  "about", "into",
              "over", "after", "before", "more",  "most",  "some",  "such",   "up",    "out",   "if",
              "s",    "mr",    "ms"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

constexpr qsizetype kOrderWords = 256;

QString figureKey(const Mention& m)
{
    // Round to three significant digits: "$53 billion" and "53 billion dollars" agree.
    const double v = m.value;
    const double scale = v == 0 ? 1 : std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2);
    return mentionKindName(m.kind) + u':' + m.unit + u':' +
           QString::number(std::round(v / scale) * scale, 'g', 12);
}
} // namespace

QList<SentenceFigures> figuresBySentence(const Article& article)
{
    QList<SentenceFigures> out(article.sentences.size());
    for (const Mention& m : article.mentions) {
        if (m.isFigure() && m.sentence >= 0 && m.sentence < out.size())
            out[m.sentence].append(&m);
    }
    return out;
}

FeatureExtractor::FeatureExtractor()
    : m_stemmer(new Stemmer)
{}

FeatureExtractor::~FeatureExtractor()
{
    delete m_stemmer;
}

QString FeatureExtractor::stem(const QString& word)
{
    if (const auto it = m_stems.constFind(word); it != m_stems.cend())
        return *it;
    const QString stemmed = stemUncached(word);
    m_stems.insert(word, stemmed);
    return stemmed;
}

QString FeatureExtractor::stemUncached(const QString& word)
{
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(
        m_stemmer->stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer->stemmer));
}

SentenceFeatures FeatureExtractor::extract(const QString& sentence, const SentenceFigures *figures)
{
    SentenceFeatures f;
    bool first = true;
    qsizetype i = 0;
    const qsizetype n = sentence.size();
    while (i < n) {
        if (!sentence[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && (sentence[i].isLetterOrNumber() ||
                         ((sentence[i] == u'-' || sentence[i] == u'\'' || sentence[i] == u'\u2019') &&
                          i + 1 < n && sentence[i + 1].isLetterOrNumber())))
            ++i;
        Interruption::checkpoint();
        const QString word = sentence.sliced(start, i - start);
        const bool name = word.front().isUpper() && !first && word.size() > 1;
        if (name)
            f.names.insert(word.toCaseFolded());
        first = false;
        QString lower = word.toLower();
        if (lower.endsWith(u"'s") || lower.endsWith(u"\u2019s"))
            lower.chop(2);
        if (lower.isEmpty() || stopWords().contains(lower))
            continue;
        const QString stemmed = stem(lower);
        int id = m_ids.value(stemmed, -1);
        if (id < 0) {
            id = int(m_ids.size());
            m_ids.insert(stemmed, id);
            if (!stemmed.isEmpty() && stemmed.front().isDigit())
                m_numeric.insert(id);
            else if (!name)
                m_concepts.insert(id, WordNet::instance().concepts(lower));
        }
        f.terms.append(id);
        if (++f.counts[id] == 1)
            f.distinct.append(id);
    }
    // What every comparison of this sentence needs, made once rather than per pair.
    for (qsizetype k = 1; k < f.terms.size(); ++k)
        f.bigrams.append((qint64(f.terms[k - 1]) << 32) | quint32(f.terms[k]));
    std::sort(f.bigrams.begin(), f.bigrams.end());
    f.bigrams.erase(std::unique(f.bigrams.begin(), f.bigrams.end()), f.bigrams.end());
    for (const int term : std::as_const(f.distinct))
        f.concepts += concepts(term);
    std::sort(f.concepts.begin(), f.concepts.end());
    f.concepts.erase(std::unique(f.concepts.begin(), f.concepts.end()), f.concepts.end());
    auto add = [&f](const Mention& m) {
        if (m.isFigure() && m.hasValue() && m.kind != MentionKind::Date)
            f.figures.insert(figureKey(m));
    };
    if (figures) {
        for (const Mention *m : *figures)
            add(*m);
    } else {
        for (const Mention& m : FigureRecognizer::recognize(sentence))
            add(m);
    }
    return f;
}

void FeatureExtractor::count(const SentenceFeatures& features)
{
    ++m_documents;
    for (auto it = features.counts.cbegin(); it != features.counts.cend(); ++it)
        ++m_df[it.key()];
}

const QList<quint32>& FeatureExtractor::concepts(int term) const
{
    static const QList<quint32> none;
    const auto it = m_concepts.constFind(term);
    return it == m_concepts.cend() ? none : *it;
}

double FeatureExtractor::idf(int term) const
{
    const int df = m_df.value(term);
    return std::log((m_documents + 1.0) / (df + 0.5));
}

PairFeatures pairFeatures(const SentenceFeatures& a, const SentenceFeatures& b, const FeatureExtractor& w)
{
    PairFeatures p;
    double dot = 0, na = 0, nb = 0, wa = 0, wb = 0, shared = 0;
    for (const int term : a.distinct) {
        const double idf = w.idf(term);
        const double x = a.counts.value(term) * idf;
        na += x * x;
        wa += idf;
        if (const auto other = b.counts.constFind(term); other != b.counts.cend()) {
            dot += x * other.value() * idf;
            shared += idf;
        }
    }
    for (const int term : b.distinct) {
        const double idf = w.idf(term);
        const double y = b.counts.value(term) * idf;
        nb += y * y;
        wb += idf;
    }
    p.cosine = na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
    p.containment = std::min(wa, wb) > 0 ? shared / std::min(wa, wb) : 0;

    // Longest common subsequence of the stems, for word order. It costs the product of the two
    // lengths, so it reads at most the first kOrderWords words of each: a "sentence" longer than
    // that is a table or a page without full stops, whose word order says nothing.
    const qsizetype la = a.terms.size(), lb = b.terms.size();
    if (la > 0 && lb > 0) {
        const qsizetype oa = std::min(la, kOrderWords), ob = std::min(lb, kOrderWords);
        std::vector<int> prev(size_t(ob) + 1, 0), cur(size_t(ob) + 1, 0);
        for (qsizetype i = 1; i <= oa; ++i) {
            for (qsizetype j = 1; j <= ob; ++j)
                cur[size_t(j)] = a.terms[i - 1] == b.terms[j - 1]
                                     ? prev[size_t(j - 1)] + 1
                                     : std::max(prev[size_t(j)], cur[size_t(j - 1)]);
            std::swap(prev, cur);
        }
        p.order = double(prev[size_t(ob)]) / double(std::min(oa, ob));
        p.lengthRatio = double(std::min(la, lb)) / double(std::max(la, lb));
    }
    if (!a.bigrams.isEmpty() && !b.bigrams.isEmpty()) {
        qsizetype sharedPairs = 0;
        for (auto x = a.bigrams.cbegin(), y = b.bigrams.cbegin(); x != a.bigrams.cend() && y != b.bigrams.cend();) {
            if (*x < *y) {
                ++x;
            } else if (*y < *x) {
                ++y;
            } else {
                ++sharedPairs;
                ++x;
                ++y;
            }
        }
        p.bigrams = double(sharedPairs) / double(std::min(a.bigrams.size(), b.bigrams.size()));
    }
    {
        qsizetype common = 0;
        for (auto it = a.counts.cbegin(); it != a.counts.cend(); ++it)
            common += b.counts.contains(it.key()) ? 1 : 0;
        const qsizetype all = a.counts.size() + b.counts.size() - common;
        p.jaccard = all > 0 ? double(common) / double(all) : 0;
    }
    {
        // The shorter sentence's words said in the other, in the same or related words.
        const bool aShorter = wa <= wb;
        const SentenceFeatures& x = aShorter ? a : b;
        const SentenceFeatures& y = aShorter ? b : a;
        const QList<quint32>& other = y.concepts;
        double matched = 0, weight = 0;
        for (const int term : x.distinct) {
            const double idf = w.idf(term);
            weight += idf;
            bool found = y.counts.contains(term);
            for (const quint32 c : w.concepts(term)) {
                if (found)
                    break;
                found = std::binary_search(other.cbegin(), other.cend(), c);
            }
            matched += found ? idf : 0;
        }
        p.semantic = weight > 0 ? matched / weight : 0;
    }
    const qsizetype fewerNames = std::min(a.names.size(), b.names.size());
    if (fewerNames > 0) {
        const QSet<QString>& fewer = a.names.size() <= b.names.size() ? a.names : b.names;
        const QSet<QString>& more = a.names.size() <= b.names.size() ? b.names : a.names;
        const auto sharedNames = std::count_if(fewer.cbegin(), fewer.cend(), [&more](const QString& n) { return more.contains(n); });
        p.names = double(sharedNames) / double(fewerNames);
    }
    if (!a.figures.isEmpty() && !b.figures.isEmpty()) {
        const bool agree = QSet<QString>(a.figures).intersects(b.figures);
        p.figures = agree ? 1 : 0;
        p.figureClash = agree ? 0 : 1;
    }
    return p;
}

} // namespace Crosscheck::Core
