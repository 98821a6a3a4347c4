#pragma once

#include "mention.h"

#include <QByteArray>
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
class NameEvidence
{
public:
    void addSentence(QStringView text, const QList<NameToken>& tokens);
    bool seenLower(QStringView word) const;
    bool seenCapitalisedInside(QStringView word) const;

private:
    QSet<quint64> m_lower;
    QSet<quint64> m_capitalisedInside;
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
    static constexpr quint32 FormatVersion = 1;

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
    static void staticFeatures(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence,
                               std::vector<std::vector<quint64>>& out);
    static void historyFeatures(QStringView text, const NameToken& token, int prevTag, int prev2Tag,
                                std::vector<quint64>& out);
    static bool allowed(int prevTag, int tag);
    static std::optional<MentionKind> tagKind(int tag);
    /// 0 O, 1 B, 2 I, 3 L, 4 U
    static int tagPosition(int tag) { return tag == 0 ? 0 : (tag - 1) % 4 + 1; }
    static int makeTag(int position, int kindIndex) { return position == 0 ? 0 : 1 + 4 * kindIndex + position - 1; }
    void setWeights(const std::vector<quint64>& keys, const std::vector<Scores>& weights);
    void addScores(const std::vector<quint64>& features, Scores& scores) const;

private:
    const float *find(quint64 key) const;

    std::vector<quint64> m_keys; // open addressing, 0 is empty
    std::vector<qint32> m_slots; // index into m_weights, per key slot
    std::vector<Scores> m_weights;
    qsizetype m_featureCount = 0;
};

} // namespace Crosscheck::Core
