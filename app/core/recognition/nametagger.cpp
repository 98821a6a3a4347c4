#include "nametagger.h"

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

// FNV-1a over a feature's template and its text: the model keeps hashes, never strings.
struct Hash
{
    quint64 h = 14695981039346656037ull;
    Hash& add(quint32 v)
    {
        for (int i = 0; i < 4; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
        return *this;
    }
    Hash& add(QStringView s)
    {
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return add(0xfffffffeu);
    }
    quint64 value() const { return h == 0 ? 1 : h; }
};

quint64 lowerHash(QStringView word)
{
    Hash h;
    for (QChar c : word) {
        h.h ^= c.toLower().unicode();
        h.h *= 1099511628211ull;
    }
    return h.value();
}

// "Xxxx", "XX", "xXx", "dd.d": a word's shape with runs collapsed.
void shapeOf(QStringView word, QString& out)
{
    out.clear();
    QChar last;
    for (QChar c : word) {
        const QChar s = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c;
        if (s != last)
            out.append(s);
        last = s;
        if (out.size() >= 6)
            break;
    }
}

void lowerOf(QStringView word, QString& out)
{
    out.resize(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        out[i] = c.isDigit() ? u'0' : c.toLower();
    }
}

bool capitalised(QStringView w)
{
    return !w.isEmpty() && w.front().isUpper();
}

enum Template : quint32 {
    Bias = 1, Word, Shape, Suffix2, Suffix3, Suffix4, Prefix2, PrevWord, NextWord, Prev2Word, Next2Word,
    PrevShape, NextShape, ShapeWindow, Initial, Dictionary, PlaceWord, PlaceWithNext, PlaceWithPrev, TitleBefore,
    SuffixHere, SuffixNext, SuffixNext2, Evidence, Headline, PrevWordWord, WordNextWord, FunctionWord, PrevTag,
    PrevTags, PrevTagShape, PrevTagWord, Length, QuoteBefore
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
        else if (!initial)
            m_capitalisedInside.insert(lowerHash(w));
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

void NameTagger::staticFeatures(QStringView text, const QList<NameToken>& tokens, const NameEvidence& evidence,
                                std::vector<std::vector<quint64>>& out)
{
    const Lexicon& lexicon = Lexicon::instance();
    const qsizetype n = tokens.size();
    out.resize(n);
    int capitals = 0, words = 0;
    for (const NameToken& t : tokens) {
        const QStringView w = tokenText(text, t);
        if (w.front().isLetter()) {
            ++words;
            capitals += w.front().isUpper() ? 1 : 0;
        }
    }
    const bool headline = words >= 4 && capitals * 10 >= words * 7;
    std::vector<QString> lower(n), shape(n);
    for (qsizetype i = 0; i < n; ++i) {
        lowerOf(tokenText(text, tokens[i]), lower[i]);
        shapeOf(tokenText(text, tokens[i]), shape[i]);
    }
    static const QString none = QStringLiteral("<s>");
    auto word = [&](qsizetype i) -> const QString& { return i >= 0 && i < n ? lower[i] : none; };
    auto shp = [&](qsizetype i) -> const QString& { return i >= 0 && i < n ? shape[i] : none; };
    bool initial = true;
    for (qsizetype i = 0; i < n; ++i) {
        std::vector<quint64>& f = out[i];
        f.clear();
        const QStringView w = tokenText(text, tokens[i]);
        const QStringView l = lower[i];
        auto add = [&f](Hash h) { f.push_back(h.value()); };
        add(Hash().add(Bias));
        add(Hash().add(Word).add(l));
        add(Hash().add(Shape).add(shape[i]));
        add(Hash().add(Suffix2).add(l.right(2)));
        add(Hash().add(Suffix3).add(l.right(3)));
        add(Hash().add(Suffix4).add(l.right(4)));
        add(Hash().add(Prefix2).add(l.left(2)));
        add(Hash().add(PrevWord).add(word(i - 1)));
        add(Hash().add(NextWord).add(word(i + 1)));
        add(Hash().add(Prev2Word).add(word(i - 2)));
        add(Hash().add(Next2Word).add(word(i + 2)));
        add(Hash().add(PrevShape).add(shp(i - 1)));
        add(Hash().add(NextShape).add(shp(i + 1)));
        add(Hash().add(ShapeWindow).add(shp(i - 1)).add(shape[i]).add(shp(i + 1)));
        add(Hash().add(PrevWordWord).add(word(i - 1)).add(l));
        add(Hash().add(WordNextWord).add(l).add(word(i + 1)));
        add(Hash().add(Length).add(quint32(std::min<qsizetype>(w.size(), 12))));
        const bool letter = w.front().isLetter();
        const bool cap = capitalised(w);
        const quint32 where = (initial ? 1u : 0u) | (headline ? 2u : 0u);
        add(Hash().add(Initial).add(where).add(shape[i]));
        if (letter) {
            const quint32 dict = lexicon.isCommonWord(w) ? 1u : lexicon.isProperNoun(w) ? 2u : 3u;
            add(Hash().add(Dictionary).add(dict).add(cap ? 1u : 0u).add(where));
            if (NameCues::isFunctionWord(w))
                add(Hash().add(FunctionWord).add(where));
            if (cap) {
                const quint32 seen = (evidence.seenLower(w) ? 1u : 0u) | (evidence.seenCapitalisedInside(w) ? 2u : 0u);
                add(Hash().add(Evidence).add(seen).add(where));
            }
        }
        if (cap && lexicon.isPlace(w))
            add(Hash().add(PlaceWord));
        if (cap && i + 1 < n && tokens[i + 1].start == tokens[i].end + 1 &&
            lexicon.isPlace(text.sliced(tokens[i].start, tokens[i + 1].end - tokens[i].start)))
            add(Hash().add(PlaceWithNext));
        if (cap && i > 0 && tokens[i].start == tokens[i - 1].end + 1 &&
            lexicon.isPlace(text.sliced(tokens[i - 1].start, tokens[i].end - tokens[i - 1].start)))
            add(Hash().add(PlaceWithPrev));
        if (i > 0 && NameCues::isPersonTitle(tokenText(text, tokens[i - 1])))
            add(Hash().add(TitleBefore).add(cap ? 1u : 0u));
        if (NameCues::isOrganizationSuffix(w))
            add(Hash().add(SuffixHere).add(NameCues::isLegalForm(w) ? 1u : 0u));
        if (i + 1 < n && NameCues::isOrganizationSuffix(tokenText(text, tokens[i + 1])))
            add(Hash().add(SuffixNext));
        if (i + 2 < n && NameCues::isOrganizationSuffix(tokenText(text, tokens[i + 2])))
            add(Hash().add(SuffixNext2));
        if (i > 0) {
            const QChar p = text[tokens[i - 1].start];
            if (p == u'"' || p == u'\u201c' || p == u'(' || p == u'\u2018')
                add(Hash().add(QuoteBefore));
        }
        if (letter || w.front().isDigit())
            initial = false;
        else if (w.front() != u',' && w.front() != u'\'' && w.front() != u'&')
            initial = initial || w.front() == u':' || w.front() == u'\u2022' || w.front() == u'"' ||
                      w.front() == u'\u201c';
    }
}

void NameTagger::historyFeatures(QStringView text, const NameToken& token, int prevTag, int prev2Tag,
                                 std::vector<quint64>& out)
{
    QString s, l;
    shapeOf(tokenText(text, token), s);
    lowerOf(tokenText(text, token), l);
    out.push_back(Hash().add(PrevTag).add(quint32(prevTag)).value());
    out.push_back(Hash().add(PrevTags).add(quint32(prevTag)).add(quint32(prev2Tag)).value());
    out.push_back(Hash().add(PrevTagShape).add(quint32(prevTag)).add(s).value());
    out.push_back(Hash().add(PrevTagWord).add(quint32(prevTag)).add(l).value());
}

bool NameTagger::allowed(int prevTag, int tag)
{
    const int pp = tagPosition(prevTag), p = tagPosition(tag);
    const bool open = pp == 1 || pp == 2; // after B or I only I or L of the same kind
    if (open)
        return (p == 2 || p == 3) && (tag - 1) / 4 == (prevTag - 1) / 4;
    return p == 0 || p == 1 || p == 4;
}

std::optional<MentionKind> NameTagger::tagKind(int tag)
{
    if (tag == 0)
        return std::nullopt;
    static constexpr MentionKind kinds[] = {MentionKind::Person, MentionKind::Organization, MentionKind::Place};
    return kinds[(tag - 1) / 4];
}

const float *NameTagger::find(quint64 key) const
{
    if (m_keys.empty())
        return nullptr;
    const size_t mask = m_keys.size() - 1;
    for (size_t slot = size_t(key ^ (key >> 29)) & mask;; slot = (slot + 1) & mask) {
        if (m_keys[slot] == key)
            return m_weights[size_t(m_slots[slot])].data();
        if (m_keys[slot] == 0)
            return nullptr;
    }
}

void NameTagger::addScores(const std::vector<quint64>& features, Scores& scores) const
{
    for (quint64 f : features) {
        if (const float *w = find(f)) {
            for (int t = 0; t < TagCount; ++t)
                scores[t] += w[t];
        }
    }
}

void NameTagger::setWeights(const std::vector<quint64>& keys, const std::vector<Scores>& weights)
{
    size_t size = 16;
    while (size < keys.size() * 2)
        size *= 2;
    m_keys.assign(size, 0);
    m_slots.assign(size, -1);
    m_weights = weights;
    const size_t mask = size - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
        size_t slot = size_t(keys[i] ^ (keys[i] >> 29)) & mask;
        while (m_keys[slot] != 0 && m_keys[slot] != keys[i])
            slot = (slot + 1) & mask;
        m_keys[slot] = keys[i];
        m_slots[slot] = qint32(i);
    }
    m_featureCount = qsizetype(keys.size());
}

QList<TaggedName> NameTagger::tag(QStringView text, const QList<NameToken>& tokens,
                                  const NameEvidence& evidence) const
{
    QList<TaggedName> out;
    if (isEmpty() || tokens.isEmpty())
        return out;
    thread_local std::vector<std::vector<quint64>> features;
    thread_local std::vector<quint64> history;
    staticFeatures(text, tokens, evidence, features);
    int prev = 0, prev2 = 0;
    TaggedName open;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Scores scores{};
        addScores(features[size_t(i)], scores);
        history.clear();
        historyFeatures(text, tokens[i], prev, prev2, history);
        addScores(history, scores);
        const bool lastToken = i + 1 == tokens.size();
        int best = -1;
        float bestScore = -std::numeric_limits<float>::infinity(), second = bestScore;
        for (int t = 0; t < TagCount; ++t) {
            // The sentence's last token cannot leave a name open.
            if (!allowed(prev, t) || (lastToken && (tagPosition(t) == 1 || tagPosition(t) == 2)))
                continue;
            if (scores[t] > bestScore) {
                second = bestScore;
                bestScore = scores[t];
                best = t;
            } else if (scores[t] > second) {
                second = scores[t];
            }
        }
        const float margin = std::isinf(second) ? 10.f : bestScore - second;
        const int position = tagPosition(best);
        if (position == 1 || position == 4) {
            open = {int(i), int(i), *tagKind(best), margin};
        } else if (position == 2 || position == 3) {
            open.last = int(i);
            open.confidence = std::min(open.confidence, margin);
        }
        if (position == 3 || position == 4)
            out.append(open);
        prev2 = prev;
        prev = best;
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
    std::vector<std::pair<quint64, qint32>> entries;
    for (size_t slot = 0; slot < m_keys.size(); ++slot) {
        if (m_keys[slot] != 0)
            entries.emplace_back(m_keys[slot], m_slots[slot]);
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [key, index] : entries) {
        const quint64 k = qToLittleEndian(key);
        out.append(reinterpret_cast<const char *>(&k), 8);
        for (float w : m_weights[size_t(index)]) {
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
