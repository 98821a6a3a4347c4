#pragma once

#include "mention.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
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
    /// The facts of @p word, remembered: words repeat, and the word lists are string sets.
    const NameWordFacts& factsOf(QStringView word) const;
    /// WordNet's class of a two-word name ("New York"), remembered as factsOf() is.
    quint8 phraseClass(QStringView phrase) const;

private:
    QSet<quint64> m_lower;
    QSet<quint64> m_capitalisedInside;
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

/// A statistical tagger of people, organisations and places: an averaged perceptron over BILOU
/// tags, decoded greedily left to right with only valid tag sequences. Features are word forms,
/// shapes, affixes, the two words either side, sentence position, the project's word lists
/// (dictionary, ISO places, titles, legal suffixes) and NameEvidence. The model is trained by
/// NameTrainer (tools/train-names) and shipped as a resource (`:/crosscheck/models/names.model`).
class NameTagger
{
public:
    static constexpr int TagCount = 13; ///< O, then B, I, L, U for person, organisation, place
    static constexpr quint32 FormatVersion = 2;

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
    static void historyFeatures(const TokenFeatures& token, int prevTag, int prev2Tag, std::vector<quint64>& out);
    static bool allowed(int prevTag, int tag);
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
    qsizetype m_featureCount = 0;
};

} // namespace Crosscheck::Core
