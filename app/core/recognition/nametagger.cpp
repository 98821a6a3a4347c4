#include "nametagger.h"

#include "articles/interruption.h"
#include "wordnet.h"
#include "lexicon.h"
#include "logging.h"
#include "namecues.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Crosscheck::Core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isJoiner(QChar c)
{
    return c == u'.' || c == u'\u2019' || c == u'\'' || c == u'&' || c == u'-';
}

bool keepsDot(QStringView word)
{
    // "U.S." and "Ltd.": dotted letters and abbreviations keep their dot; a full stop does not.
    if (word.size() >= 3 && word[word.size() - 3] == u'.' && word[word.size() - 2].isLetter())
        return true;
    const QStringView bare = word.chopped(1);
    return NameCues::isHonorific(word) || NameCues::isLegalForm(word) ||
           (bare.size() == 1 && bare.front().isUpper()) || word == u"Jr." || word == u"Sr." || word == u"St." ||
           word == u"Mt." || word == u"Ft." || word == u"No.";
}

constexpr quint64 FnvOffset = 14695981039346656037ull;
constexpr quint64 FnvPrime = 1099511628211ull;

// A feature is a 64-bit hash of its template and the hashes of its parts; the model keeps
// hashes, never strings. Parts are hashed once per token.
quint64 mix(quint64 a, quint64 b)
{
    quint64 z = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

quint64 feature(quint64 templ, quint64 a = 0, quint64 b = 0, quint64 c = 0)
{
    const quint64 h = mix(mix(mix(templ * 0x2545f4914f6cdd1dull, a), b), c);
    return h == 0 ? 1 : h;
}

template<typename Map>
quint64 hashChars(QStringView s, Map map)
{
    quint64 h = FnvOffset;
    for (QChar c : s) {
        h ^= map(c);
        h *= FnvPrime;
    }
    return h;
}

quint64 lowerHash(QStringView word)
{
    return hashChars(word, [](QChar c) { return c.toLower().unicode(); });
}

// The word as the model sees it: lower case, digits as 0.
char16_t normalChar(QChar c)
{
    return c.isDigit() ? u'0' : c.toLower().unicode();
}

// "Xxxx", "XX", "xXx", "d.d": a word's shape with runs collapsed, at most six marks.
quint64 shapeHash(QStringView word)
{
    quint64 h = FnvOffset;
    char16_t last = 0;
    int marks = 0;
    for (QChar c : word) {
        const char16_t m = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c.unicode();
        if (m == last)
            continue;
        h ^= m;
        h *= FnvPrime;
        last = m;
        if (++marks == 6)
            break;
    }
    return h;
}

bool capitalised(QStringView w)
{
    return !w.isEmpty() && w.front().isUpper();
}

enum Template : quint64 {
    Bias = 1, Word, Shape, Suffix2, Suffix3, Suffix4, Prefix2, PrevWord, NextWord, Prev2Word, Next2Word,
    PrevShape, NextShape, ShapeWindow, Initial, Dictionary, PlaceWord, PlaceWithNext, PlaceWithPrev, TitleBefore,
    SuffixHere, SuffixNext, SuffixNext2, Evidence, Headline, PrevWordWord, WordNextWord, FunctionWord, PrevTag,
    PrevTagShape, PrevTagWord, Length, QuoteBefore, WordNetWord, WordNetWithNext, WordNetWithPrev
};

QStringView tokenText(QStringView text, const NameToken& t)
{
    return text.sliced(t.start, t.end - t.start);
}

} // namespace

void tokenizeForNames(QStringView text, qsizetype from, qsizetype to, QList<NameToken>& out)
{
    out.clear();
    qsizetype i = from;
    while (i < to) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            out.append({i, i + 1});
            ++i;
            continue;
        }
        const qsizetype start = i++;
        while (i < to) {
            if (isWordChar(text[i]))
                ++i;
            else if (isJoiner(text[i]) && i + 1 < to && isWordChar(text[i + 1]))
                i += 2;
            else
                break;
        }
        qsizetype end = i;
        if (end < to && text[end] == u'.' && keepsDot(text.sliced(start, end + 1 - start)))
            i = ++end;
        // A possessive is a token of its own, as in the treebanks the model learns from.
        if (end - start > 2 && (text[end - 1] == u's' || text[end - 1] == u'S') &&
            (text[end - 2] == u'\'' || text[end - 2] == u'\u2019')) {
            out.append({start, end - 2});
            out.append({end - 2, end});
        } else {
            out.append({start, end});
        }
    }
}

void NameEvidence::addSentence(QStringView text, const QList<NameToken>& tokens)
{
    // Prose: not a headline in capitals nor one in Title Case ("Police Say Man Fled").
    int words = 0, capitalised = 0;
    bool lower = false;
    for (const NameToken& t : tokens) {
        const QStringView w = tokenText(text, t);
        lower = lower || std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower(); });
        if (w.front().isLetter()) {
            ++words;
            capitalised += w.front().isUpper() ? 1 : 0;
        }
    }
    const bool prose = lower && !(words >= 4 && capitalised * 10 >= words * 7);
    bool initial = true;
    for (const NameToken& t : tokens) {
        const QStringView w = tokenText(text, t);
        if (!w.front().isLetter()) {
            // Quotes, dashes and bullets start what follows as a sentence would.
            initial = initial || !(w.front() == u',' || w.front().isDigit());
            continue;
        }
        if (w.front().isLower())
            m_lower.insert(lowerHash(w));
        else if (!initial) {
            m_capitalisedInside.insert(lowerHash(w));
            if (prose)
                m_capitalisedInProse.insert(lowerHash(w));
        }
        initial = false;
    }
}

bool NameEvidence::seenLower(QStringView word) const
{
    return m_lower.contains(lowerHash(word));
}

bool NameEvidence::seenCapitalisedInside(QStringView word) const
{
    return m_capitalisedInside.contains(lowerHash(word));
}

bool NameEvidence::seenCapitalisedInProse(QStringView word) const
{
    return m_capitalisedInProse.contains(lowerHash(word));
}

namespace {

NameWordFacts computeFacts(QStringView w, const NameEvidence& evidence)
{
    const Lexicon& lexicon = Lexicon::instance();
    auto normal = [](QChar c) { return normalChar(c); };
    NameWordFacts f;
    f.word = hashChars(w, normal);
    f.shape = shapeHash(w);
    f.suffix2 = hashChars(w.right(2), normal);
    f.suffix3 = hashChars(w.right(3), normal);
    f.suffix4 = hashChars(w.right(4), normal);
    f.prefix2 = hashChars(w.left(2), normal);
    f.letter = w.front().isLetter();
    // As readers see it: upper case first, or a brand such as "iPhone".
    f.capitalised = capitalised(w) || (w.size() > 1 && w.front().isLower() &&
                                       std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper(); }));
    f.function = f.letter && NameCues::isFunctionWord(w);
    f.title = f.letter && NameCues::isPersonTitle(w);
    f.suffix = f.capitalised && NameCues::isOrganizationSuffix(w);
    f.legal = f.suffix && NameCues::isLegalForm(w);
    f.place = f.capitalised && lexicon.isPlace(w);
    f.never = f.letter && NameCues::isNeverName(w);
    if (f.capitalised)
        f.wordnet = quint8(WordNet::instance().entityClass(w.toString().toLower()));
    if (f.letter) {
        f.dictionary = lexicon.isCommonWord(w) ? 1 : lexicon.isProperNoun(w) ? 2 : 3;
        f.seen = quint8((evidence.seenLower(w) ? 1 : 0) | (evidence.seenCapitalisedInside(w) ? 2 : 0));
    }
    return f;
}

} // namespace

quint8 NameEvidence::phraseClass(QStringView phrase) const
{
    const quint64 key = lowerHash(phrase);
    auto it = m_phraseClasses.find(key);
    if (it == m_phraseClasses.end())
        it = m_phraseClasses.insert(key, quint8(WordNet::instance().entityClass(phrase.toString().toLower())));
    return *it;
}

const NameWordFacts& NameEvidence::factsOf(QStringView word) const
{
    const quint64 key = hashChars(word, [](QChar c) { return c.unicode(); });
    auto it = m_facts.find(key);
    if (it == m_facts.end())
        it = m_facts.insert(key, computeFacts(word, *this));
    return *it;
}

namespace {

// One sentence as the features see it: each token's word facts and where it stands.
struct SentenceFacts
{
    std::vector<NameWordFacts> words;
    std::vector<quint8> where; // 1 first word of the sentence, 2 Title Case headline
};

void prepare(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence, SentenceFacts& out)
{
    const qsizetype n = tokens.size();
    out.words.resize(size_t(n));
    out.where.resize(size_t(n));
    int capitals = 0, words = 0;
    for (qsizetype i = 0; i < n; ++i) {
        out.words[size_t(i)] = evidence.factsOf(tokenText(text, tokens[i]));
        if (out.words[size_t(i)].letter) {
            ++words;
            capitals += out.words[size_t(i)].capitalised ? 1 : 0;
        }
    }
    const quint8 headline = words >= 4 && capitals * 10 >= words * 7 ? 2 : 0;
    bool initial = true;
    for (qsizetype i = 0; i < n; ++i) {
        out.where[size_t(i)] = quint8((initial ? 1 : 0) | headline);
        const QChar c = text[tokens[i].start];
        if (out.words[size_t(i)].letter || c.isDigit())
            initial = false;
        else if (c != u',' && c != u'\'' && c != u'&')
            initial = initial || c == u':' || c == u'\u2022' || c == u'"' || c == u'\u201c';
    }
}

// The features of token @p i that do not depend on the tags before it.
void featuresAt(QStringView text, const QList<NameToken>& tokens, const SentenceFacts& facts,
                const NameEvidence& evidence, qsizetype i, NameTagger::TokenFeatures& row)
{
    const Lexicon& lexicon = Lexicon::instance();
    const qsizetype n = tokens.size();
    const auto& words = facts.words;
    constexpr quint64 Edge = 0x5bd1e995ull; // beyond the sentence
    auto word = [&](qsizetype k) { return k >= 0 && k < n ? words[size_t(k)].word : Edge; };
    auto shape = [&](qsizetype k) { return k >= 0 && k < n ? words[size_t(k)].shape : Edge; };
    std::vector<quint64>& f = row.features;
    f.clear();
    const NameWordFacts& t = words[size_t(i)];
    row.word = t.word;
    row.shape = t.shape;
    const qsizetype length = tokens[i].end - tokens[i].start;
    f.push_back(feature(Bias));
    f.push_back(feature(Word, t.word));
    f.push_back(feature(Shape, t.shape));
    f.push_back(feature(Suffix2, t.suffix2));
    f.push_back(feature(Suffix3, t.suffix3));
    f.push_back(feature(Suffix4, t.suffix4));
    f.push_back(feature(Prefix2, t.prefix2));
    f.push_back(feature(PrevWord, word(i - 1)));
    f.push_back(feature(NextWord, word(i + 1)));
    f.push_back(feature(Prev2Word, word(i - 2)));
    f.push_back(feature(Next2Word, word(i + 2)));
    f.push_back(feature(PrevShape, shape(i - 1)));
    f.push_back(feature(NextShape, shape(i + 1)));
    f.push_back(feature(ShapeWindow, shape(i - 1), t.shape, shape(i + 1)));
    f.push_back(feature(PrevWordWord, word(i - 1), t.word));
    f.push_back(feature(WordNextWord, t.word, word(i + 1)));
    f.push_back(feature(Length, quint64(std::min<qsizetype>(length, 12))));
    const quint64 where = facts.where[size_t(i)];
    f.push_back(feature(Initial, where, t.shape));
    if (t.letter) {
        f.push_back(feature(Dictionary, t.dictionary, t.capitalised ? 1u : 0u, where));
        if (t.function)
            f.push_back(feature(FunctionWord, where));
        if (t.capitalised)
            f.push_back(feature(Evidence, t.seen, where));
    }
    if (t.capitalised) {
        if (t.place)
            f.push_back(feature(PlaceWord));
        if (i + 1 < n && words[size_t(i + 1)].capitalised && tokens[i + 1].start == tokens[i].end + 1 &&
            lexicon.isPlace(text.sliced(tokens[i].start, tokens[i + 1].end - tokens[i].start)))
            f.push_back(feature(PlaceWithNext));
        if (i > 0 && words[size_t(i - 1)].capitalised && tokens[i].start == tokens[i - 1].end + 1 &&
            lexicon.isPlace(text.sliced(tokens[i - 1].start, tokens[i].end - tokens[i - 1].start)))
            f.push_back(feature(PlaceWithPrev));
    }
    if (t.wordnet != 0)
        f.push_back(feature(WordNetWord, t.wordnet));
    // Two capitalised words WordNet knows together: "New York", "Lord Byron".
    auto pairClass = [&](qsizetype from) {
        return quint64(evidence.phraseClass(text.sliced(tokens[from].start, tokens[from + 1].end - tokens[from].start)));
    };
    if (t.capitalised && i + 1 < n && words[size_t(i + 1)].capitalised && tokens[i + 1].start == tokens[i].end + 1)
        if (const quint64 c = pairClass(i))
            f.push_back(feature(WordNetWithNext, c));
    if (t.capitalised && i > 0 && words[size_t(i - 1)].capitalised && tokens[i].start == tokens[i - 1].end + 1)
        if (const quint64 c = pairClass(i - 1))
            f.push_back(feature(WordNetWithPrev, c));
    if (i > 0 && words[size_t(i - 1)].title)
        f.push_back(feature(TitleBefore, t.capitalised ? 1u : 0u));
    if (t.suffix)
        f.push_back(feature(SuffixHere, t.legal ? 1u : 0u));
    if (i + 1 < n && words[size_t(i + 1)].suffix)
        f.push_back(feature(SuffixNext));
    if (i + 2 < n && words[size_t(i + 2)].suffix)
        f.push_back(feature(SuffixNext2));
    if (i > 0) {
        const QChar p = text[tokens[i - 1].start];
        if (p == u'"' || p == u'\u201c' || p == u'(' || p == u'\u2018')
            f.push_back(feature(QuoteBefore));
    }
}

} // namespace

bool NameTagger::canStart(QStringView text, const NameToken& token)
{
    const QChar c = text[token.start];
    return c.isUpper() || c.isDigit();
}

void NameTagger::staticFeatures(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence,
                                std::vector<TokenFeatures>& out)
{
    thread_local SentenceFacts facts;
    prepare(text, tokens, evidence, facts);
    out.resize(size_t(tokens.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i)
        featuresAt(text, tokens, facts, evidence, i, out[size_t(i)]);
}

void NameTagger::historyFeatures(const TokenFeatures& token, int prevTag, std::vector<quint64>& out)
{
    out.push_back(feature(PrevTag, quint64(prevTag)));
    out.push_back(feature(PrevTagShape, quint64(prevTag), token.shape));
    out.push_back(feature(PrevTagWord, quint64(prevTag), token.word));
}

std::optional<MentionKind> NameTagger::tagKind(int tag)
{
    if (tag == 0)
        return std::nullopt;
    static constexpr MentionKind kinds[] = {MentionKind::Person, MentionKind::Organization, MentionKind::Place};
    return kinds[(tag - 1) / 4];
}

namespace {
quint32 fingerprintOf(quint64 key)
{
    return std::max<quint32>(quint32(key >> 32), 1);
}
} // namespace

const NameTagger::Slot *NameTagger::findSlot(quint64 key) const
{
    if (m_slots.empty())
        return nullptr;
    const size_t mask = m_slots.size() - 1;
    const quint32 fingerprint = fingerprintOf(key);
    for (size_t slot = size_t(key) & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot].fingerprint == fingerprint)
            return &m_slots[slot];
        if (m_slots[slot].fingerprint == 0)
            return nullptr;
    }
}

void NameTagger::addSlot(const Slot *slot, std::array<qint32, TagCount>& sum) const
{
    if (slot) {
        for (size_t t = 0; t < size_t(TagCount); ++t)
            sum[t] += slot->weights[t];
    }
}

void NameTagger::addScores(const std::vector<quint64>& features, Scores& scores) const
{
    std::array<qint32, TagCount> sum{};
    for (quint64 f : features)
        addSlot(findSlot(f), sum);
    for (size_t t = 0; t < size_t(TagCount); ++t)
        scores[t] += float(sum[t]) * m_scale;
}

void NameTagger::setWeights(const std::vector<quint64>& keys, const std::vector<Scores>& weights)
{
    m_keys = keys;
    m_weights = weights;
    float largest = 0;
    for (const Scores& w : weights) {
        for (float x : w)
            largest = std::max(largest, std::abs(x));
    }
    m_scale = largest > 0 ? largest / 32767.f : 1.f;
    size_t size = 16;
    while (size * 3 < keys.size() * 4)
        size *= 2;
    m_slots.assign(size, Slot());
    const size_t mask = size - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
        const quint32 fingerprint = fingerprintOf(keys[i]);
        size_t slot = size_t(keys[i]) & mask;
        while (m_slots[slot].fingerprint != 0 && m_slots[slot].fingerprint != fingerprint)
            slot = (slot + 1) & mask;
        m_slots[slot].fingerprint = fingerprint;
        for (size_t t = 0; t < size_t(TagCount); ++t)
            m_slots[slot].weights[t] = qint16(std::lround(weights[i][t] / m_scale));
    }
    m_featureCount = qsizetype(keys.size());
    for (int prev = 0; prev < TagCount; ++prev) {
        m_prevTagWeights[size_t(prev)].fill(0);
        addSlot(findSlot(feature(PrevTag, quint64(prev))), m_prevTagWeights[size_t(prev)]);
    }
}

// Paths more than this below the best at a token are dropped (in the model's score units; the
// margin of a confident name is 2). At 80 the names of ECB+ and GUM are the same as with no beam
// (at 40 four of ECB+'s 32,446 mentions change, at 20 GUM dev loses 0.003 F1); names take 0.33 s
// on ECB+ instead of 0.51 s.
constexpr float Beam = 80;

QList<TaggedName> NameTagger::tag(QStringView text, const QList<NameToken>& tokens,
                                  const NameEvidence& evidence) const
{
    QList<TaggedName> out;
    if (isEmpty() || tokens.isEmpty())
        return out;
    thread_local SentenceFacts facts;
    thread_local TokenFeatures row; // the token the decoder is at: it asks for each token once, in order
    thread_local std::vector<int> tags;
    thread_local std::vector<float> margins;
    prepare(text, tokens, evidence, facts);
    decode(
        text, tokens,
        [&](size_t i, Scores& scores) {
            Interruption::checkpoint();
            featuresAt(text, tokens, facts, evidence, qsizetype(i), row);
            addScores(row.features, scores);
        },
        [&](size_t i, int prev, Scores& scores) {
            // historyFeatures(), with "the tag before" read from its table
            const NameWordFacts& token = facts.words[i];
            std::array<qint32, TagCount> sum = m_prevTagWeights[size_t(prev)];
            addSlot(findSlot(feature(PrevTagShape, quint64(prev), token.shape)), sum);
            addSlot(findSlot(feature(PrevTagWord, quint64(prev), token.word)), sum);
            for (size_t t = 0; t < size_t(TagCount); ++t)
                scores[t] += float(sum[t]) * m_scale;
        },
        tags, &margins, Beam, /*digitsStart=*/false);
    TaggedName open;
    for (size_t i = 0; i < tags.size(); ++i) {
        const int position = tagPosition(tags[i]);
        if (position == 1 || position == 4) {
            open = {int(i), int(i), *tagKind(tags[i]), margins[i]};
        } else if (position == 2 || position == 3) {
            open.last = int(i);
            open.confidence = std::min(open.confidence, margins[i]);
        }
        if (position == 3 || position == 4)
            out.append(open);
    }
    return out;
}

// The model file: "CCNM", format version, tag count, feature count, then per feature its hash
// and TagCount weights as float32, all little-endian.
QByteArray NameTagger::toBytes() const
{
    QByteArray out;
    out.reserve(16 + m_featureCount * (8 + 4 * TagCount));
    auto put32 = [&out](quint32 v) {
        v = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&v), 4);
    };
    out.append("CCNM", 4);
    put32(FormatVersion);
    put32(TagCount);
    put32(quint32(m_featureCount));
    std::vector<size_t> order(m_keys.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_keys[a] < m_keys[b]; });
    for (size_t i : order) {
        const quint64 k = qToLittleEndian(m_keys[i]);
        out.append(reinterpret_cast<const char *>(&k), 8);
        for (float w : m_weights[i]) {
            quint32 bits;
            std::memcpy(&bits, &w, 4);
            put32(bits);
        }
    }
    return out;
}

std::optional<NameTagger> NameTagger::fromBytes(const QByteArray& bytes, QString *error)
{
    auto fail = [error](const QString& why) -> std::optional<NameTagger> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() < 16 || !bytes.startsWith("CCNM"))
        return fail(QStringLiteral("not a Crosscheck name model"));
    const auto get32 = [&bytes](qsizetype at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    if (get32(4) != FormatVersion)
        return fail(QStringLiteral("name model format %1, expected %2").arg(get32(4)).arg(FormatVersion));
    if (get32(8) != quint32(TagCount))
        return fail(QStringLiteral("name model with %1 tags, expected %2").arg(get32(8)).arg(TagCount));
    const qsizetype count = get32(12);
    const qsizetype record = 8 + 4 * TagCount;
    if (bytes.size() != 16 + count * record)
        return fail(QStringLiteral("name model truncated"));
    std::vector<quint64> keys(static_cast<size_t>(count), 0);
    std::vector<Scores> weights(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const char *at = bytes.constData() + 16 + i * record;
        keys[size_t(i)] = qFromLittleEndian<quint64>(at);
        for (int t = 0; t < TagCount; ++t) {
            const quint32 bits = qFromLittleEndian<quint32>(at + 8 + 4 * t);
            std::memcpy(&weights[size_t(i)][size_t(t)], &bits, 4);
        }
    }
    NameTagger tagger;
    tagger.setWeights(keys, weights);
    return tagger;
}

const NameTagger& NameTagger::shipped()
{
    static const NameTagger model = [] {
        QFile file(QStringLiteral(":/crosscheck/models/names.model"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcRecognition) << "no name model:" << file.errorString();
            return NameTagger();
        }
        QString error;
        auto loaded = fromBytes(file.readAll(), &error);
        if (!loaded)
            qCWarning(lcRecognition) << "name model unreadable:" << error;
        return loaded.value_or(NameTagger());
    }();
    return model;
}

} // namespace Crosscheck::Core
