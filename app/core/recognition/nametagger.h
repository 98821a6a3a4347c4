#pragma once

#include "articles/mention.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace Crosscheck::Core {

/// One word, number or punctuation mark as the name tagger sees it: offsets into the text.
struct NameToken
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// Splits [from, to) of @p text into tokens: words with the punctuation that stays inside them
/// ("U.S.", "Ltd.", "AI-driven", "O'Brien"), a possessive "'s" apart, every other mark alone.
void tokenizeForNames(QStringView text, qsizetype from, qsizetype to, QList<NameToken>& out);

/// What the rest of a folder (or, in training, a document) says of a word: whether it is ever
/// written in lower case, and whether it is capitalised where a sentence does not start. Words are
/// kept as 64-bit hashes of their lower-case form, so counting a folder allocates nothing per word.
/// What the tagger needs of one word, whatever its context: hashes of its parts, its classes in
/// the word lists, and what the folder says of it. Worked out once per distinct word.
struct NameWordFacts
{
    quint64 word = 0, shape = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0, prefix2 = 0;
    quint8 dictionary = 0; ///< 1 common word, 2 proper noun only, 3 unknown
    quint8 seen = 0;       ///< 1 written in lower case somewhere, 2 capitalised mid-sentence
    quint8 wordnet = 0;    ///< what WordNet says the word names: 1 person, 2 place, 3 organisation
    bool letter = false, capitalised = false, function = false, title = false, suffix = false, legal = false,
         place = false, never = false;
    /// Could be a word of a name: capitalised, and not a function word, title or never-name.
    bool nameWord() const { return capitalised && !function && !title && !never; }
};

class NameEvidence
{
public:
    void addSentence(QStringView text, const QList<NameToken>& tokens);
    bool seenLower(QStringView word) const;
    bool seenCapitalisedInside(QStringView word) const;
    /// seenCapitalisedInside() in prose only: a headline in capitals ("BRAZIL HOLD FRANCE TO
    /// DRAW") or in Title Case ("Police Say Man Fled") says nothing of how its words are written.
    bool seenCapitalisedInProse(QStringView word) const;
    /// The facts of @p word, remembered: words repeat, and the word lists are string sets.
    const NameWordFacts& factsOf(QStringView word) const;
    /// WordNet's class of a two-word name ("New York"), remembered as factsOf() is.
    quint8 phraseClass(QStringView phrase) const;

private:
    QSet<quint64> m_lower;
    QSet<quint64> m_capitalisedInside;
    QSet<quint64> m_capitalisedInProse;
    mutable QHash<quint64, NameWordFacts> m_facts; // by the word's exact characters
    mutable QHash<quint64, quint8> m_phraseClasses; // by the phrase's lower-case characters
};

/// A name the tagger found: tokens [first, last] of the sentence, the kind, and how sure it is
/// (the smallest margin, over the name's tokens, between the chosen tag and the best other one).
struct TaggedName
{
    int first = 0;
    int last = 0;
    MentionKind kind = MentionKind::Person;
    float confidence = 0;
};

/// A statistical tagger of people, organisations and places: an averaged structured perceptron
/// over BILOU tags, decoded by Viterbi over valid tag sequences. Features are word forms,
/// shapes, affixes, the two words either side, sentence position, the project's word lists
/// (dictionary, ISO places, WordNet, titles, legal suffixes), the tag before, and NameEvidence
/// (how the folder writes the word). The model is trained by
/// NameTrainer (tools/train-names) and shipped as a resource (`:/crosscheck/models/names.model`).
class NameTagger
{
public:
    static constexpr int TagCount = 13; ///< O, then B, I, L, U for person, organisation, place
    static constexpr quint32 FormatVersion = 3;

    /// The model shipped with the application, loaded on first use; empty if it cannot be read.
    static const NameTagger& shipped();
    /// Reads a model written by toBytes(); nullopt with @p error set when the bytes are not one.
    static std::optional<NameTagger> fromBytes(const QByteArray& bytes, QString *error = nullptr);
    QByteArray toBytes() const;

    bool isEmpty() const { return m_featureCount == 0; }
    qsizetype featureCount() const { return m_featureCount; }

    /// Names in one sentence of @p text, tokenised by tokenizeForNames().
    QList<TaggedName> tag(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence) const;

    // The parts NameTrainer shares; not for other callers.
    using Scores = std::array<float, TagCount>;
    struct TokenFeatures
    {
        std::vector<quint64> features; ///< what does not depend on the tags before
        quint64 word = 0;              ///< hash of the lower-case word, for the history features
        quint64 shape = 0;
    };
    static void staticFeatures(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence,
                               std::vector<TokenFeatures>& out);
    static void historyFeatures(const TokenFeatures& token, int prevTag, std::vector<quint64>& out);
    /// The best valid tag sequence for a sentence (Viterbi): @p staticScores(i, scores) adds the
    /// scores of token i's own features, @p historyScores(i, prevTag, scores) those of the tag
    /// before; tokens are visited in order, each at most once by staticScores, before
    /// historyScores asks of it. Outside a name a token that cannot start one is O and scores nothing, so neither
    /// is called for it. With @p margins, each token of a name gets the gap between its tag and
    /// the best other one after the same tag before. Paths more than @p beam below the best at a
    /// token are not followed. Without @p digitsStart, a digit starts a name only with a capital
    /// in the two tokens either side ("No. 9-ranked Gonzaga", "Lennox Lewis 15"): the recogniser
    /// keeps no name whose first word is a digit, and such a digit only sways the tags of the
    /// capitals near it. So "$5 billion, 8% and 3:30 p.m." repeated is scored nowhere.
    template<typename StaticScores, typename HistoryScores>
    static void decode(QStringView text, const QList<NameToken>& tokens, StaticScores&& staticScores,
                       HistoryScores&& historyScores, std::vector<int>& tags, std::vector<float> *margins = nullptr,
                       float beam = std::numeric_limits<float>::infinity(), bool digitsStart = true);
    /// decode()'s margins: for each token of a name, its tag's score against the best other one
    /// after the same tag before (@p own: the scored tokens' own scores, in token order).
    template<typename HistoryScores>
    static void marginsOf(const std::vector<int>& tags, const std::vector<std::pair<size_t, Scores>>& own,
                          HistoryScores& historyScores, std::vector<float>& margins);
    /// Whether @p tag may follow @p prevTag (after B or I only I or L of the same kind).
    static bool allowed(int prevTag, int tag) { return Transitions[size_t(prevTag)][size_t(tag)]; }
    /// Whether a name can start at @p token: upper case or a digit. Outside a name, other tokens
    /// are tagged O without scoring, in training as in tagging.
    static bool canStart(QStringView text, const NameToken& token);
    static bool inside(int tag) { return tagPosition(tag) == 1 || tagPosition(tag) == 2; }
    static std::optional<MentionKind> tagKind(int tag);
    /// 0 O, 1 B, 2 I, 3 L, 4 U
    static int tagPosition(int tag) { return tag == 0 ? 0 : (tag - 1) % 4 + 1; }
    static int makeTag(int position, int kindIndex) { return position == 0 ? 0 : 1 + 4 * kindIndex + position - 1; }
    void setWeights(const std::vector<quint64>& keys, const std::vector<Scores>& weights);
    void addScores(const std::vector<quint64>& features, Scores& scores) const;

private:
    static constexpr std::array<std::array<bool, TagCount>, TagCount> Transitions = [] {
        std::array<std::array<bool, TagCount>, TagCount> out{};
        for (int prev = 0; prev < TagCount; ++prev) {
            for (int tag = 0; tag < TagCount; ++tag) {
                // tagPosition(), spelled out: it is not usable in a constant until the class is complete
                const int pp = prev == 0 ? 0 : (prev - 1) % 4 + 1, p = tag == 0 ? 0 : (tag - 1) % 4 + 1;
                out[size_t(prev)][size_t(tag)] = pp == 1 || pp == 2 ? (p == 2 || p == 3) && (tag - 1) / 4 == (prev - 1) / 4
                                                                    : p == 0 || p == 1 || p == 4;
            }
        }
        return out;
    }();

    // The weights as trained (written back by toBytes()).
    std::vector<quint64> m_keys;
    std::vector<Scores> m_weights;
    // What tagging reads, a few dozen times per token: open addressing on the hash's low bits,
    // its high 32 bits to tell keys apart (0 is empty), weights as 16-bit integers in units of
    // m_scale. 32 bytes a feature, so the model stays in the processor's cache.
    struct alignas(32) Slot
    {
        quint32 fingerprint = 0;
        std::array<qint16, TagCount> weights{};
    };
    std::vector<Slot> m_slots;
    float m_scale = 1;
    const Slot *findSlot(quint64 key) const;
    void addSlot(const Slot *slot, std::array<qint32, TagCount>& sum) const;
    // The weights of "the tag before is p", for each p: the same for every token.
    std::array<std::array<qint32, TagCount>, TagCount> m_prevTagWeights{};
    qsizetype m_featureCount = 0;
};

template<typename StaticScores, typename HistoryScores>
void NameTagger::decode(QStringView text, const QList<NameToken>& tokens, StaticScores&& staticScores,
                        HistoryScores&& historyScores, std::vector<int>& tags, std::vector<float> *margins, float beam,
                        bool digitsStart)
{
    constexpr float None = -std::numeric_limits<float>::infinity();
    const size_t n = size_t(tokens.size());
    // Per token only the tag each best path came from: a page of one sentence has millions of
    // tokens. The best scores are kept for the token before only, and the tokens' own scores
    // for the few that were worked out (in token order), for the margins.
    thread_local std::vector<std::array<qint8, TagCount>> from;
    thread_local std::vector<std::pair<size_t, Scores>> ownOf;
    ownOf.clear();
    from.assign(n, std::array<qint8, TagCount>{});
    tags.assign(n, 0);
    Scores before;
    before.fill(None);
    before[0] = 0;
    auto capitalNear = [&](size_t i) { // a capital in the two tokens either side of @p i
        for (size_t k = i < 2 ? 0 : i - 2; k < std::min(n, i + 3); ++k) {
            if (k != i && text[tokens[qsizetype(k)].start].isUpper())
                return true;
        }
        return false;
    };
    Scores here;
    for (size_t i = 0; i < n; ++i) {
        here.fill(None);
        const bool start = canStart(text, tokens[qsizetype(i)]) &&
                           (digitsStart || !text[tokens[qsizetype(i)].start].isDigit() || capitalNear(i));
        bool open = false;
        for (int p = 0; p < TagCount; ++p)
            open = open || (before[size_t(p)] != None && inside(p));
        const bool last = i + 1 == n;
        auto keep = [&](int prev, int tag, float score) {
            if (score > here[size_t(tag)]) {
                here[size_t(tag)] = score;
                from[i][size_t(tag)] = qint8(prev);
            }
        };
        if (!start && !open) {
            // Outside a name every path goes on as O: only the best one lives on (the one
            // keep() would pick), and no beam is needed. Most tokens of prose are such.
            int best = 0;
            for (int p = 1; p < TagCount; ++p) {
                if (before[size_t(p)] > before[size_t(best)])
                    best = p;
            }
            here[0] = before[size_t(best)];
            from[i][0] = qint8(best);
            before = here;
            continue;
        } else {
            Scores& own = ownOf.emplace_back(i, Scores{}).second;
            staticScores(i, own);
            for (int p = 0; p < TagCount; ++p) {
                if (before[size_t(p)] == None)
                    continue;
                if (!start && !inside(p)) {
                    keep(p, 0, before[size_t(p)]);
                    continue;
                }
                Scores scores = own;
                historyScores(i, p, scores);
                for (int t = 0; t < TagCount; ++t) {
                    // The sentence's last token cannot leave a name open.
                    if (allowed(p, t) && !(last && inside(t)))
                        keep(p, t, before[size_t(p)] + scores[size_t(t)]);
                }
            }
        }
        before = here;
        if (beam < std::numeric_limits<float>::infinity()) {
            const float top = *std::max_element(before.cbegin(), before.cend());
            for (float& score : before) {
                if (score < top - beam)
                    score = None;
            }
        }
    }
    if (n == 0)
        return;
    int tag = 0;
    for (int t = 1; t < TagCount; ++t) {
        if (before[size_t(t)] > before[size_t(tag)])
            tag = t;
    }
    for (size_t i = n; i-- > 0;) {
        tags[i] = tag;
        tag = from[i][size_t(tag)];
    }
    if (margins)
        marginsOf(tags, ownOf, historyScores, *margins);
}

template<typename HistoryScores>
void NameTagger::marginsOf(const std::vector<int>& tags, const std::vector<std::pair<size_t, Scores>>& own,
                           HistoryScores& historyScores, std::vector<float>& margins)
{
    constexpr float None = -std::numeric_limits<float>::infinity();
    const size_t n = tags.size();
    margins.assign(n, 0);
    auto scored = own.cbegin();
    for (size_t i = 0; i < n; ++i) {
        if (tags[i] == 0)
            continue;
        const int prev = i == 0 ? 0 : tags[i - 1];
        while (scored->first < i) // a token in a name was scored
            ++scored;
        Scores scores = scored->second;
        historyScores(i, prev, scores);
        float other = None;
        for (int t = 0; t < TagCount; ++t) {
            if (t != tags[i] && allowed(prev, t) && !(i + 1 == n && inside(t)))
                other = std::max(other, scores[size_t(t)]);
        }
        margins[i] = other == None ? 10.f : scores[size_t(tags[i])] - other;
    }
}

} // namespace Crosscheck::Core
