#include "nametrainer.h"

#include "lexicon.h"
#include "namecues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <random>

namespace Crosscheck::Core {

namespace {

int kindIndex(MentionKind kind)
{
    return kind == MentionKind::Person ? 0 : kind == MentionKind::Organization ? 1 : 2;
}

// A sentence ready for training: its tokens, gold tags and static features.
struct Example
{
    int document;
    TextRange range;
    QList<NameToken> tokens;
    std::vector<int> gold;
    std::vector<NameTagger::TokenFeatures> features;
};

std::vector<int> goldTags(const QList<NameToken>& tokens, const QList<NameTrainer::Name>& names)
{
    std::vector<int> tags(size_t(tokens.size()), 0);
    for (const NameTrainer::Name& name : names) {
        int first = -1, last = -1;
        for (int i = 0; i < tokens.size(); ++i) {
            if (tokens[i].start >= name.start && tokens[i].end <= name.end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0)
            continue;
        const int k = kindIndex(name.kind);
        if (first == last) {
            tags[size_t(first)] = NameTagger::makeTag(4, k);
            continue;
        }
        tags[size_t(first)] = NameTagger::makeTag(1, k);
        for (int i = first + 1; i < last; ++i)
            tags[size_t(i)] = NameTagger::makeTag(2, k);
        tags[size_t(last)] = NameTagger::makeTag(3, k);
    }
    return tags;
}

QList<Example> examplesOf(const QList<NameTrainer::Document>& documents)
{
    QList<Example> out;
    for (int d = 0; d < documents.size(); ++d) {
        const NameTrainer::Document& doc = documents[d];
        NameEvidence evidence;
        QList<NameToken> tokens;
        for (const TextRange& s : doc.sentences) {
            tokenizeForNames(doc.text, s.start, s.end, tokens);
            evidence.addSentence(doc.text, tokens);
        }
        qsizetype nameAt = 0;
        for (const TextRange& s : doc.sentences) {
            Example e{d, s, {}, {}, {}};
            tokenizeForNames(doc.text, s.start, s.end, e.tokens);
            if (e.tokens.isEmpty())
                continue;
            QList<NameTrainer::Name> inside;
            while (nameAt < doc.names.size() && doc.names[nameAt].start < s.start)
                ++nameAt;
            for (qsizetype n = nameAt; n < doc.names.size() && doc.names[n].start < s.end; ++n)
                inside.append(doc.names[n]);
            e.gold = goldTags(e.tokens, inside);
            // The tagger starts names only at a capital or a digit ("de Gaulle" is learnt as
            // "Gaulle"); a gold name that starts elsewhere could never be reached.
            for (size_t i = 0; i < e.gold.size(); ++i) {
                const int p = NameTagger::tagPosition(e.gold[i]);
                if ((p == 1 || p == 4) && !NameTagger::canStart(doc.text, e.tokens[qsizetype(i)])) {
                    size_t j = i;
                    for (; j < e.gold.size() && NameTagger::tagPosition(e.gold[j]) != 0; ++j) {
                        const int q = NameTagger::tagPosition(e.gold[j]);
                        e.gold[j] = 0;
                        if (q == 3 || q == 4)
                            break;
                    }
                }
            }
            NameTagger::staticFeatures(doc.text, e.tokens, evidence, e.features);
            out.append(std::move(e));
        }
    }
    return out;
}

// Outermost names first; a name overlapping one already kept is dropped.
QList<NameTrainer::Name> outermost(QList<NameTrainer::Name> names)
{
    std::sort(names.begin(), names.end(), [](const NameTrainer::Name& a, const NameTrainer::Name& b) {
        return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;
    });
    QList<NameTrainer::Name> kept;
    for (const NameTrainer::Name& n : names) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const NameTrainer::Name& k) {
            return n.start < k.end && n.end > k.start;
        });
        if (!overlaps)
            kept.append(n);
    }
    std::sort(kept.begin(), kept.end(),
              [](const NameTrainer::Name& a, const NameTrainer::Name& b) { return a.start < b.start; });
    return kept;
}

// The conventions readers share: no leading "the", no abbreviated honorific, no possessive.
void trimName(const QString& text, NameTrainer::Name& name)
{
    auto startsWithWord = [&](QStringView word) {
        return text.mid(name.start, word.size() + 1) == word.toString() + u' ';
    };
    for (bool again = true; again && name.end > name.start;) {
        again = false;
        if (startsWithWord(u"the") || startsWithWord(u"The")) {
            name.start += 4;
            again = true;
        }
        const qsizetype space = text.indexOf(u' ', name.start);
        if (space > name.start && space < name.end &&
            NameCues::isHonorific(QStringView(text).sliced(name.start, space - name.start))) {
            name.start = space + 1;
            again = true;
        }
    }
    const QStringView s = QStringView(text).sliced(name.start, name.end - name.start);
    if (s.endsWith(u"'s") || s.endsWith(u"\u2019s"))
        name.end -= 2;
}

// GUM's mentions carry their modifiers ("Mary Chaworth, whom he met at school"); the name is
// the run of capitalised words it starts with, joined by "of", "the", "de", "and" or "&".
bool cutToName(const QString& text, NameTrainer::Name& name)
{
    QList<NameToken> tokens;
    tokenizeForNames(text, name.start, name.end, tokens);
    auto word = [&](int i) { return QStringView(text).sliced(tokens[i].start, tokens[i].end - tokens[i].start); };
    auto capitalised = [](QStringView w) { return w.front().isUpper() || w.front().isDigit(); };
    if (tokens.isEmpty() || !word(0).front().isUpper() || NameCues::isFunctionWord(word(0)))
        return false; // "This country", "Its capital": no name, whatever it refers to
    int last = 0;
    for (int i = 1; i < tokens.size(); ++i) {
        const QStringView w = word(i);
        if (capitalised(w) || w == u"-") {
            last = i;
            continue;
        }
        static const QSet<QString> joins = {QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("de"),
                                            QStringLiteral("and"), QStringLiteral("&"), QStringLiteral("for"),
                                            QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("da")};
        if (joins.contains(w.toString()) && i + 1 < tokens.size() && capitalised(word(i + 1)))
            continue;
        break;
    }
    name.end = tokens[last].end;
    return true;
}

std::optional<MentionKind> gumKind(QStringView type)
{
    if (type == u"person")
        return MentionKind::Person;
    if (type == u"organization")
        return MentionKind::Organization;
    if (type == u"place")
        return MentionKind::Place;
    return std::nullopt;
}

} // namespace

double NameTrainer::Counts::precision() const
{
    return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0;
}

double NameTrainer::Counts::recall() const
{
    return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0;
}

double NameTrainer::Counts::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

QSet<QString> NameTrainer::gumSplit(const QString& gumDir, const QString& split)
{
    QSet<QString> out;
    QFile f(gumDir + QStringLiteral("/splits.md"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    static const QRegularExpression heading(QStringLiteral("^## (\\w+)"));
    static const QRegularExpression item(QStringLiteral("^\\s*\\* (\\S+)"));
    QString current;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        if (const auto m = heading.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const auto i = item.match(line); i.hasMatch() && current == split)
            out.insert(i.captured(1));
    }
    return out;
}

namespace {
// "the Court", "the Secretary": a capitalised common noun that refers to a named body or person
// is no name of its own.
bool commonNoun(QStringView name)
{
    return !name.contains(u' ') && std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower(); }) &&
           Lexicon::instance().isCommonWord(name);
}
} // namespace

QList<NameTrainer::Document> NameTrainer::readGum(const QString& gumDir, const QSet<QString>& only,
                                                  QString *error)
{
    QFile tsv(gumDir + QStringLiteral("/gum_entities.tsv"));
    if (!tsv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tsv.fileName() + QStringLiteral(": ") + tsv.errorString();
        return {};
    }
    QHash<QString, QList<Name>> names;
    tsv.readLine();
    while (!tsv.atEnd()) {
        const QStringList f = QString::fromUtf8(tsv.readLine()).chopped(1).split(u'\t');
        // Named: the first word is a proper noun, or the mention has a Wikipedia identity and is
        // no pronoun: "the United States" (first word "the"), "New York" ("New" an adjective).
        // Left out, they taught the model that neither is a name.
        if (f.size() < 11 || (!only.isEmpty() && !only.contains(f[0])))
            continue;
        const bool proper = f[9] == u"PROPN";
        if (!proper && (f[7].isEmpty() || f[9] == u"PRON"))
            continue;
        if (const auto kind = gumKind(f[5]))
            names[f[0]].append({f[3].toLongLong(), f[4].toLongLong(), *kind, !proper});
    }
    QList<Document> out;
    const QDir textDir(gumDir + QStringLiteral("/text"));
    for (const QString& file : textDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const QString id = file.chopped(4);
        if (!only.isEmpty() && !only.contains(id))
            continue;
        QFile f(textDir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return {};
        }
        Document doc{id, QString::fromUtf8(f.readAll()), {}, {}};
        for (qsizetype at = 0; at < doc.text.size();) {
            qsizetype end = doc.text.indexOf(u'\n', at);
            end = end < 0 ? doc.text.size() : end;
            if (end > at)
                doc.sentences.append({at, end});
            at = end + 1;
        }
        QList<Name> list = names.value(id);
        for (Name& n : list) {
            if (n.end > doc.text.size())
                continue;
            trimName(doc.text, n);
            if (!cutToName(doc.text, n) || (n.byIdentity && commonNoun(QStringView(doc.text).sliced(n.start, n.end - n.start))))
                n.end = n.start;
        }
        list.removeIf([&](const Name& n) { return n.end > doc.text.size() || n.end <= n.start; });
        doc.names = outermost(list);
        out.append(doc);
    }
    return out;
}

QList<NameTrainer::Document> NameTrainer::readConll(const QString& path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = path + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QList<Document> out;
    Document doc;
    qsizetype sentenceStart = 0;
    QString openType;
    auto closeSentence = [&] {
        if (doc.text.size() > sentenceStart) {
            doc.sentences.append({sentenceStart, doc.text.size()});
            doc.text.append(u'\n');
        }
        sentenceStart = doc.text.size();
        openType.clear();
    };
    auto closeDocument = [&] {
        closeSentence();
        if (!doc.sentences.isEmpty()) {
            doc.id = QStringLiteral("%1#%2").arg(QFileInfo(path).fileName()).arg(out.size());
            out.append(doc);
        }
        doc = Document();
        sentenceStart = 0;
    };
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty()) {
            closeSentence();
            continue;
        }
        const qsizetype space = line.lastIndexOf(u' ');
        const QString token = space > 0 ? line.left(space) : line;
        const QString tag = space > 0 ? line.mid(space + 1) : QStringLiteral("O");
        if (token == u"-DOCSTART-") {
            closeDocument();
            continue;
        }
        if (doc.text.size() > sentenceStart)
            doc.text.append(u' ');
        const qsizetype start = doc.text.size();
        doc.text.append(token);
        const QString type = tag.size() > 2 ? tag.mid(2) : QString();
        const auto kind = type == u"PER"   ? std::optional(MentionKind::Person)
                          : type == u"ORG" ? std::optional(MentionKind::Organization)
                          : type == u"LOC" ? std::optional(MentionKind::Place)
                                           : std::nullopt;
        if (kind && type == openType && !tag.startsWith(u"B-"))
            doc.names.last().end = doc.text.size();
        else if (kind)
            doc.names.append({start, doc.text.size(), *kind});
        openType = kind ? type : QString();
    }
    closeDocument();
    for (Document& d : out) {
        for (Name& n : d.names)
            trimName(d.text, n);
    }
    return out;
}

NameTagger NameTrainer::train(const QList<Document>& documents, int epochs, quint32 seed,
                              const std::function<void(int, double)>& progress)
{
    const QList<Example> examples = examplesOf(documents);
    QHash<quint64, qsizetype> index;
    std::vector<NameTagger::Scores> weights, totals;
    std::vector<std::array<qint64, NameTagger::TagCount>> stamps;
    std::vector<quint64> keys;
    qint64 clock = 0;
    auto slot = [&](quint64 f) {
        auto it = index.find(f);
        if (it == index.end()) {
            it = index.insert(f, qsizetype(keys.size()));
            keys.push_back(f);
            weights.push_back({});
            totals.push_back({});
            stamps.push_back({});
        }
        return size_t(*it);
    };
    auto update = [&](const std::vector<quint64>& features, int tag, float delta) {
        for (quint64 f : features) {
            const size_t s = slot(f);
            totals[s][size_t(tag)] += float(clock - stamps[s][size_t(tag)]) * weights[s][size_t(tag)];
            stamps[s][size_t(tag)] = clock;
            weights[s][size_t(tag)] += delta;
        }
    };
    auto score = [&](const std::vector<quint64>& features, NameTagger::Scores& scores) {
        for (quint64 f : features) {
            if (const auto it = index.constFind(f); it != index.cend()) {
                for (int t = 0; t < NameTagger::TagCount; ++t)
                    scores[size_t(t)] += weights[size_t(*it)][size_t(t)];
            }
        }
    };
    std::vector<int> order(size_t(examples.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::mt19937 random(seed);
    std::vector<quint64> history;
    std::vector<int> guess;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        qint64 right = 0, seen = 0;
        for (int e : order) {
            const Example& ex = examples[e];
            const QString& text = documents[ex.document].text;
            NameTagger::decode(
                text, ex.tokens, [&](size_t i, NameTagger::Scores& scores) { score(ex.features[i].features, scores); },
                [&](size_t i, int prev, NameTagger::Scores& scores) {
                    history.clear();
                    NameTagger::historyFeatures(ex.features[i], prev, history);
                    score(history, scores);
                },
                guess);
            ++clock;
            // A structured perceptron: where the best sequence strays from the gold one, the
            // gold sequence's features gain and the guessed one's lose, token by token.
            for (size_t i = 0; i < guess.size(); ++i) {
                const int gold = ex.gold[i], goldPrev = i == 0 ? 0 : ex.gold[i - 1];
                const int tag = guess[i], tagPrev = i == 0 ? 0 : guess[i - 1];
                ++seen;
                if (gold == tag && goldPrev == tagPrev) {
                    right += 1;
                    continue;
                }
                right += gold == tag ? 1 : 0;
                auto change = [&](int t, int prev, float delta) {
                    // Outside a name a token that cannot start one is O and has no features.
                    if (!NameTagger::inside(prev) && !NameTagger::canStart(text, ex.tokens[qsizetype(i)]))
                        return;
                    update(ex.features[i].features, t, delta);
                    history.clear();
                    NameTagger::historyFeatures(ex.features[i], prev, history);
                    update(history, t, delta);
                };
                change(gold, goldPrev, 1.f);
                change(tag, tagPrev, -1.f);
            }
        }
        if (progress)
            progress(epoch + 1, seen ? double(right) / double(seen) : 0);
    }
    std::vector<quint64> keptKeys;
    std::vector<NameTagger::Scores> kept;
    for (size_t s = 0; s < keys.size(); ++s) {
        NameTagger::Scores average{};
        float largest = 0;
        for (int t = 0; t < NameTagger::TagCount; ++t) {
            const float total = totals[s][size_t(t)] + float(clock - stamps[s][size_t(t)]) * weights[s][size_t(t)];
            average[size_t(t)] = total / float(std::max<qint64>(clock, 1));
            largest = std::max(largest, std::abs(average[size_t(t)]));
        }
        // Features that barely move a score are left out: the shipped model stays small.
        if (largest >= 0.02f) {
            keptKeys.push_back(keys[s]);
            kept.push_back(average);
        }
    }
    NameTagger tagger;
    tagger.setWeights(keptKeys, kept);
    return tagger;
}

NameTrainer::Score NameTrainer::evaluate(const NameTagger& tagger, const QList<Document>& documents)
{
    Score score;
    QList<NameToken> tokens;
    for (const Document& doc : documents) {
        NameEvidence evidence;
        for (const TextRange& s : doc.sentences) {
            tokenizeForNames(doc.text, s.start, s.end, tokens);
            evidence.addSentence(doc.text, tokens);
        }
        QSet<QString> gold, found;
        auto key = [](qsizetype start, qsizetype end, MentionKind kind) {
            return QStringLiteral("%1:%2:%3").arg(start).arg(end).arg(int(kind));
        };
        for (const Name& n : doc.names)
            gold.insert(key(n.start, n.end, n.kind));
        for (const TextRange& s : doc.sentences) {
            tokenizeForNames(doc.text, s.start, s.end, tokens);
            for (const TaggedName& t : tagger.tag(doc.text, tokens, evidence))
                found.insert(key(tokens[t.first].start, tokens[t.last].end, t.kind));
        }
        auto count = [&](Counts& c, std::optional<int> kind) {
            for (const QString& g : gold) {
                if (!kind || g.endsWith(QStringLiteral(":%1").arg(*kind)))
                    (found.contains(g) ? c.truePositives : c.falseNegatives) += 1;
            }
            for (const QString& p : found) {
                if ((!kind || p.endsWith(QStringLiteral(":%1").arg(*kind))) && !gold.contains(p))
                    ++c.falsePositives;
            }
        };
        count(score.overall, std::nullopt);
        QSet<QString> goldSpans, foundSpans;
        for (const QString& g : gold)
            goldSpans.insert(g.section(u':', 0, 1));
        for (const QString& p : found)
            foundSpans.insert(p.section(u':', 0, 1));
        for (const QString& g : goldSpans)
            (foundSpans.contains(g) ? score.spans.truePositives : score.spans.falseNegatives) += 1;
        for (const QString& p : foundSpans)
            score.spans.falsePositives += goldSpans.contains(p) ? 0 : 1;
        count(score.person, int(MentionKind::Person));
        count(score.organization, int(MentionKind::Organization));
        count(score.place, int(MentionKind::Place));
    }
    return score;
}

} // namespace Crosscheck::Core
