#include "namerecognizer.h"

#include "lexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

namespace {

using RE = QRegularExpression;

struct Token
{
    qsizetype start;
    qsizetype end;
    QStringView text; // into the article text, without a possessive 's
    bool possessive;
    bool capitalised; // starts upper case, or a brand like iPhone
    bool version;     // digits with letters: 4o, 2.5-Max, V3
};

struct Candidate
{
    int article;
    int sentence;
    qsizetype start;
    qsizetype end;
    QString name; // the article's own characters (QString::fromRawData), never copied
    std::optional<MentionKind> strong; // kind given by a clear cue
    std::optional<MentionKind> weak;   // kind guessed from shape alone
    bool sentenceInitial;
    bool headline = false;
    bool decided = false; // the folder's votes gave this name its kind
};

} // namespace
} // namespace Crosscheck::Core
// Both are moved by memcpy when their lists grow: a folder holds hundreds of thousands of them.
Q_DECLARE_TYPEINFO(Crosscheck::Core::Token, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Crosscheck::Core::Candidate, Q_RELOCATABLE_TYPE);
namespace Crosscheck::Core {
namespace {

QSet<QString> words(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *w : list)
        out.insert(QString::fromUtf8(w));
    return out;
}

const QSet<QString>& personTitles()
{
    static const QSet<QString> s =
        words({"ceo",         "cfo",          "cto",          "coo",        "president",   "chairman",
               "chairwoman",  "chair",        "founder",      "co-founder", "cofounder",   "analyst",
               "analysts",    "economist",    "strategist",   "investor",   "billionaire", "minister",
               "premier",     "senator",      "governor",     "mayor",      "secretary",   "spokesman",
               "spokeswoman", "spokesperson", "director",     "executive",  "chief",       "officer",
               "mr",          "mrs",          "ms",           "dr",         "prof",        "professor",
               "judge",       "sheriff",      "king",         "queen",      "pope",        "prince",
               "princess",    "sen",          "rep",          "gov",        "coach",       "actor",
               "actress",     "singer",       "lawyer",       "attorney",   "reporter",    "editor",
               "author",      "writer",       "researcher",   "scientist",  "student",     "teacher",
               "chancellor",  "commissioner", "vice",         "deputy",     "head",        "leader",
               "manager",     "partner",      "entrepreneur", "boss",       "host",        "detective",
               "chairperson", "councillor",   "councilor",    "lawmaker",   "candidate",   "captain"});
    return s;
}

const QSet<QString>& orgSuffixes()
{
    static const QSet<QString> s = words({"Inc",
                                          "Inc.",
                                          "Ltd",
                                          "Ltd.",
                                          "Corp",
                                          "Corp.",
                                          "Co",
                                          "Co.",
                                          "Group",
                                          "Holding",
                                          "Holdings",
                                          "LLC",
                                          "PLC",
                                          "plc",
                                          "AG",
                                          "SA",
                                          "NV",
                                          "GmbH",
                                          "Bank",
                                          "Partners",
                                          "Capital",
                                          "Securities",
                                          "Cooperative",
                                          "Council",
                                          "Ministry",
                                          "Department",
                                          "University",
                                          "College",
                                          "Institute",
                                          "Agency",
                                          "Commission",
                                          "Authority",
                                          "Reserve",
                                          "Fund",
                                          "Association",
                                          "Federation",
                                          "Union",
                                          "Party",
                                          "Times",
                                          "News",
                                          "Journal",
                                          "Post",
                                          "Herald",
                                          "Tribune",
                                          "Standard",
                                          "Press",
                                          "Radio",
                                          "Television",
                                          "TV",
                                          "Airlines",
                                          "Motors",
                                          "Technologies",
                                          "Technology",
                                          "Systems",
                                          "Software",
                                          "Labs",
                                          "Pharmaceuticals",
                                          "Energy",
                                          "Power",
                                          "Foundation",
                                          "Court",
                                          "Parliament",
                                          "Congress",
                                          "Senate",
                                          "Police",
                                          "Army",
                                          "Navy",
                                          "Church",
                                          "Club",
                                          "Team",
                                          "Company",
                                          "Corporation",
                                          "Enterprises",
                                          "Industries",
                                          "Platforms",
                                          "Cloud",
                                          "Research",
                                          "Exchange",
                                          "Markets",
                                          "Wire",
                                          "Media",
                                          "Entertainment",
                                          "Studios",
                                          "Network",
                                          "Services",
                                          "Solutions",
                                          "Investments",
                                          "Ventures",
                                          "Trust",
                                          "Administration",
                                          "Office",
                                          "Bureau",
                                          "Committee",
                                          "Board",
                                          "Organization",
                                          "Organisation",
                                          "Alliance",
                                          "Society",
                                          "Academy",
                                          "School",
                                          "Hospital",
                                          "Center",
                                          "Centre",
                                          "Station",
                                          "Service",
                                          "Force",
                                          "Guard"});
    return s;
}

const QSet<QString>& orgBefore()
{
    static const QSet<QString> s =
        words({"startup",   "start-up", "company",  "firm",       "giant",     "rival",     "lender",
               "maker",     "group",    "unit",     "subsidiary", "brokerage", "bank",      "conglomerate",
               "insurer",   "carrier",  "retailer", "operator",   "developer", "publisher", "chipmaker",
               "automaker", "broker",   "outlet",   "newspaper",  "agency",    "regulator"});
    return s;
}

const QSet<QString>& productAfter()
{
    static const QSet<QString> s =
        words({"model",      "models",      "chatbot",   "chip",       "chips",    "app",       "apps",
               "smartphone", "smartphones", "phone",     "phones",     "software", "assistant", "llm",
               "browser",    "console",     "processor", "processors", "platform", "device",    "devices"});
    return s;
}

const QSet<QString>& notNames()
{
    static const QSet<QString> s = words(
        {"AI",         "AGI",       "CEO",      "CFO",       "CTO",      "COO",      "GDP",      "IPO",
         "ETF",        "API",       "TV",       "PC",        "IT",       "HR",       "PR",       "VR",
         "AR",         "EV",        "TLDR",     "FAQ",       "OK",       "PM",       "AM",       "Q1",
         "Q2",         "Q3",        "Q4",       "US-based",  "I",        "LLM",      "LLMs",     "GPU",
         "GPUs",       "CPU",       "RMB",      "USD",       "EUR",      "GBP",      "CNY",      "JPY",
         "HKD",        "Monday",    "Tuesday",  "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",
         "January",    "February",  "March",    "April",     "May",      "June",     "July",     "August",
         "September",  "October",   "November", "December",  "Chinese",  "American", "European", "Asian",
         "British",    "Japanese",  "Korean",   "German",    "French",   "Indian",   "Russian",  "Canadian",
         "Australian", "Italian",   "Spanish",  "Dutch",     "African",  "Arab",     "Israeli",  "Iranian",
         "Mexican",    "Brazilian", "Swiss",    "Swedish",   "Finnish",  "Afghan",   "Muslim",   "Christian",
         "Jewish",     "Western",   "Eastern",  "Northern",  "Southern", "English",  "Internet", "Source",
         "Share",      "Follow",    "Tags",     "Related",   "Image",    "Photo",    "Read",     "Click",
         "Subscribe"});
    return s;
}

const QSet<QString>& connectors()
{
    static const QSet<QString> s = words({"of", "for", "de", "&", "the", "and"});
    return s;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isJoiner(QChar c)
{
    return c == u'.' || c == u'\u2019' || c == u'\'' || c == u'&' || c == u'-';
}

// Words with the punctuation that stays inside names ("Ltd.", "U.S.", "AI-driven", "Ma’s"),
// written by hand: it runs on every sentence of every article.
void tokenize(const QString& text, qsizetype from, qsizetype to, QList<Token>& tokens)
{
    static const QSet<QString> keepDot =
        words({"Inc.", "Ltd.", "Corp.", "Co.", "Jr.", "Sr.", "St.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.",
               "Gen.", "Sen.", "Rep.", "Gov."});
    tokens.clear(); // keeps its capacity: one buffer serves every sentence
    qsizetype i = from;
    while (i < to) {
        const QChar c = text[i];
        if (!isWordChar(c) && c != u'&') {
            ++i;
            continue;
        }
        const qsizetype start = i++;
        bool hasLetter = c.isLetter(), hasDigit = c.isDigit(), innerDots = false;
        while (i < to) {
            if (isWordChar(text[i])) {
                hasLetter = hasLetter || text[i].isLetter();
                hasDigit = hasDigit || text[i].isDigit();
                ++i;
            } else if (isJoiner(text[i]) && i + 1 < to && isWordChar(text[i + 1])) {
                innerDots = innerDots || text[i] == u'.';
                i += 2;
                hasLetter = hasLetter || text[i - 1].isLetter();
                hasDigit = hasDigit || text[i - 1].isDigit();
            } else {
                break;
            }
        }
        qsizetype end = i;
        if (end < to && text[end] == u'.') {
            // Keep the dot of "Ltd." and "U.S." (single letters between dots), not a full stop.
            const WordKey withDot(QStringView(text).sliced(start, end + 1 - start));
            bool dottedLetters = innerDots;
            for (qsizetype k = start; dottedLetters && k < end; k += 2)
                dottedLetters = text[k].isLetter() && (k + 1 >= end + 1 || text[k + 1] == u'.');
            if (withDot.in(keepDot) || dottedLetters)
                ++end;
            i = end;
        }
        Token t;
        t.start = start;
        t.end = end;
        t.text = QStringView(text).sliced(start, end - start);
        t.possessive = t.text.endsWith(u"\u2019s") || t.text.endsWith(u"'s");
        if (t.possessive) {
            t.text.chop(2);
            t.end -= 2;
        }
        if (t.text.isEmpty())
            continue;
        t.version = hasLetter && hasDigit;
        t.capitalised = t.text.front().isUpper() || (t.text.front().isLower() && t.text.size() > 1 &&
                                                     std::any_of(t.text.cbegin() + 1, t.text.cend(),
                                                                 [](QChar ch) { return ch.isUpper(); }));
        tokens.append(t);
    }
}

bool isAcronym(QStringView s)
{
    return s.size() >= 2 && s.size() <= 6 &&
           std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isUpper() || c == u'.' || c == u'&'; });
}

// Classifies one span with its neighbours; fills strong (clear cue) or weak (shape) kinds.
void classify(Candidate& c, const QList<Token>& tokens, int first, int last, const QString& text)
{
    const Lexicon& lexicon = Lexicon::instance();
    const Token& head = tokens[first];
    const Token& tail = tokens[last];
    const WordKey prev(first > 0 ? tokens[first - 1].text : QStringView(), WordKey::Lower);
    const WordKey prev2(first > 1 ? tokens[first - 2].text : QStringView(), WordKey::Lower);
    const WordKey next(last + 1 < tokens.size() ? tokens[last + 1].text : QStringView(), WordKey::Lower);
    const bool commaBefore =
        first > 0 && QStringView(text).sliced(tokens[first - 1].end, head.start - tokens[first - 1].end).contains(u',');
    const int count = last - first + 1;

    bool versioned = false;
    for (int i = first; i <= last; ++i)
        versioned = versioned || tokens[i].version;
    static const RE brand(QStringLiteral("^i[A-Z]|GPT"));
    if (versioned || brand.matchView(head.text).hasMatch()) {
        c.strong = MentionKind::Product;
        return;
    }
    // "Qwen AI model" names a product, but "Nvidia chips" are a company's products: a weak cue
    // that a clear cue elsewhere in the folder overrides.
    if (next.in(productAfter()) ||
        (next == u"ai" && last + 2 < tokens.size() &&
         WordKey(tokens[last + 2].text, WordKey::Lower).in(productAfter()))) {
        c.weak = MentionKind::Product;
        return;
    }
    // "Bank of China", "Church of Scientology", "University of Southern Indiana".
    bool headedByOrg = false;
    for (int i = first; i < last; ++i)
        headedByOrg =
            headedByOrg || (WordKey(tokens[i].text).in(orgSuffixes()) && tokens[i + 1].text == u"of");
    if ((WordKey(tail.text).in(orgSuffixes()) && count > 1) || headedByOrg) {
        c.strong = MentionKind::Organization;
        return;
    }
    if (lexicon.isPlace(c.name)) {
        c.strong = MentionKind::Place;
        return;
    }
    if (!commaBefore && (prev.in(personTitles()) || (prev == u"by" && count >= 2) ||
                         (prev2 == u"chief" && prev == u"executive"))) {
        c.strong = MentionKind::Person;
        return;
    }
    if (prev.in(orgBefore()) || (prev2 == u"analysts" && prev == u"at") ||
        ((prev == u"of" || prev == u"in") && prev2 == u"shares") ||
        (tail.possessive && (next == u"ceo" || next == u"shares" || next == u"stock" || next == u"founder" ||
                             next == u"co-founder" || next == u"chief")) ||
        (!tail.possessive && (next == u"analyst" || next == u"analysts" || next == u"shares" ||
                              next == u"spokesperson" || next == u"spokesman" || next == u"spokeswoman"))) {
        c.strong = MentionKind::Organization;
        return;
    }
    if ((prev == u"like" || prev == u"including" || (prev2 == u"such" && prev == u"as")) && first >= 2) {
        static const QSet<QString> groups =
            words({"companies", "firms", "giants", "rivals", "competitors", "banks", "lenders", "startups",
                   "brands", "groups", "players", "makers"});
        for (int back = first - 1; back >= std::max(0, first - 4); --back) {
            if (WordKey(tokens[back].text, WordKey::Lower).in(groups)) {
                c.strong = MentionKind::Organization;
                return;
            }
        }
    }
    if (next == u"said" || next == u"says" || next == u"told" || next == u"wrote" || next == u"stated") {
        if (count >= 2 && !isAcronym(head.text))
            c.strong = MentionKind::Person;
    }
    if ((prev == u"in" || prev == u"from" || prev == u"across") && count <= 2 &&
        lexicon.isProperNoun(tail.text))
        c.weak = MentionKind::Place;
    if (c.strong)
        return;

    // Shape alone.
    if (isAcronym(QString(c.name).remove(u' ')) || isAcronym(head.text)) {
        c.weak = MentionKind::Organization;
        return;
    }
    if (count >= 2 && count <= 3) {
        bool allCommon = true;
        for (int i = first; i <= last; ++i)
            allCommon = allCommon && lexicon.isCommonWord(tokens[i].text);
        if (!allCommon)
            c.weak = c.weak.value_or(MentionKind::Person);
        return;
    }
    if (count == 1 && !lexicon.isCommonWord(head.text))
        c.weak = c.weak.value_or(MentionKind::Organization);
    else if (count > 3)
        c.weak = MentionKind::Organization;
}

} // namespace

NameRecognizer::Corrections NameRecognizer::correctionsFrom(const QHash<QString, QString>& stored)
{
    Corrections out;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (*it == u"none")
            out.insert(it.key(), std::nullopt);
        else if (const auto kind = mentionKindFromName(*it); kind && *kind >= MentionKind::Person)
            out.insert(it.key(), kind);
    }
    return out;
}

namespace {
// Applies the user's corrections to recognised names: kinds replaced, "not a name" removed, and
// corrected names added wherever they stand as whole words outside boilerplate.
void applyCorrections(const QList<Article>& articles, QList<QList<Mention>>& names,
                      const NameRecognizer::Corrections& corrections)
{
    if (corrections.isEmpty())
        return;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        QList<Mention>& list = names[a];
        QList<Mention> kept;
        for (Mention m : list) {
            const auto it = corrections.constFind(article.text.sliced(m.start, m.length()));
            if (it == corrections.cend()) {
                kept.append(m);
            } else if (it->has_value()) {
                m.kind = **it;
                kept.append(m);
            }
        }
        for (auto it = corrections.cbegin(); it != corrections.cend(); ++it) {
            if (!it->has_value() || it.key().isEmpty())
                continue;
            for (qsizetype at = article.text.indexOf(it.key()); at >= 0;
                 at = article.text.indexOf(it.key(), at + 1)) {
                const qsizetype end = at + it.key().size();
                const bool wordStart = at == 0 || !article.text[at - 1].isLetterOrNumber();
                const bool wordEnd = end >= article.text.size() || !article.text[end].isLetterOrNumber();
                const int sentence = article.sentenceAt(at);
                if (!wordStart || !wordEnd || sentence < 0 || article.sentences[sentence].boilerplate)
                    continue;
                const bool taken = std::any_of(kept.cbegin(), kept.cend(),
                                               [&](const Mention& m) { return at < m.end && end > m.start; });
                if (taken)
                    continue;
                Mention m;
                m.start = at;
                m.end = end;
                m.kind = **it;
                m.sentence = sentence;
                kept.append(m);
            }
        }
        std::sort(kept.begin(), kept.end(),
                  [](const Mention& x, const Mention& y) { return x.start < y.start; });
        list = kept;
    }
}
} // namespace

QList<QList<Mention>> NameRecognizer::recognize(const QList<Article>& articles,
                                                const Corrections& corrections)
{
    QList<Candidate> candidates;
    qsizetype characters = 0;
    for (const Article& article : articles)
        characters += article.text.size();
    candidates.reserve(characters / 40); // about one name in 50 characters of news
    QSet<QString> seenMidSentence;
    QList<Token> tokens;

    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int s = 0; s < article.sentences.size(); ++s) {
            const Sentence& sentence = article.sentences[s];
            if (sentence.boilerplate)
                continue;
            tokenize(article.text, sentence.start, sentence.end, tokens);
            // A Title Case headline capitalises every word: there only words the dictionary does
            // not know can start or continue a name.
            int capitalisedWords = 0;
            for (const Token& t : tokens)
                capitalisedWords += t.capitalised ? 1 : 0;
            const bool headline = tokens.size() >= 4 && capitalisedWords * 10 >= int(tokens.size()) * 7;
            auto nameLike = [&](const Token& t) {
                if (!t.capitalised)
                    return false;
                // "AI-driven", "US-based": a prefix, not a name.
                if (const qsizetype dash = t.text.lastIndexOf(u'-');
                    dash > 0 && dash + 1 < t.text.size() && t.text[dash + 1].isLower())
                    return false;
                return !headline || !Lexicon::instance().isCommonWord(t.text);
            };
            int firstWord = 0;
            while (firstWord < tokens.size() && tokens[firstWord].text == u"\u2022")
                ++firstWord;
            for (int i = 0; i < tokens.size();) {
                if (!nameLike(tokens[i]) || (tokens[i].version && tokens[i].text.front().isDigit())) {
                    ++i;
                    continue;
                }
                // Grow a span of capitalised tokens joined by spaces or connectors.
                int last = i;
                while (last + 1 < tokens.size() && !tokens[last].possessive) {
                    const QStringView gap =
                        QStringView(article.text)
                            .sliced(tokens[last].end, tokens[last + 1].start - tokens[last].end);
                    if (!gap.trimmed().isEmpty() && gap.trimmed() != u"-")
                        break;
                    const Token& n = tokens[last + 1];
                    if (nameLike(n) || (n.version && n.text.front().isDigit())) {
                        ++last;
                        continue;
                    }
                    if (WordKey(n.text).in(connectors()) && last + 2 < tokens.size() &&
                        nameLike(tokens[last + 2]) && n.text != u"and") {
                        last += 2;
                        continue;
                    }
                    break;
                }
                int first = i;
                i = last + 1;
                // Titles inside the span ("Alibaba CEO Eddie Wu", "Chinese President Xi Jinping") split it:
                // the part before names an organisation or nothing, the part after a person.
                for (int k = last; k >= first; --k) {
                    if (WordKey(tokens[k].text, WordKey::Lower).in(personTitles()) ||
                        tokens[k].text == u"Chief") {
                        if (k > first) {
                            Candidate left{a,  s,  tokens[first].start, tokens[k - 1].end, {},
                                           {}, {}, first == firstWord};
                            left.name = QString::fromRawData(article.text.constData() + left.start, left.end - left.start);
                            bool allCommon = true;
                            for (int w = first; w < k; ++w)
                                allCommon = allCommon &&
                                            (Lexicon::instance().isCommonWord(tokens[w].text) ||
                                             WordKey(tokens[w].text, WordKey::Lower).in(personTitles()) ||
                                             WordKey(tokens[w].text).in(notNames()));
                            if (!notNames().contains(left.name) && !allCommon) {
                                left.strong = MentionKind::Organization;
                                candidates.append(left);
                            }
                        }
                        first = k + 1;
                        break;
                    }
                }
                // Leading function words and demonyms are not part of a name.
                // "Acme Corp" opening a sentence keeps its first word: a legal suffix makes it a name.
                const bool suffixed = last == first + 1 && WordKey(tokens[last].text).in(orgSuffixes());
                for (bool stripped = true; stripped && first < last;) {
                    stripped = WordKey(tokens[first].text).in(notNames()) ||
                               WordKey(tokens[first].text).in(connectors()) ||
                               (first == firstWord && !suffixed &&
                                Lexicon::instance().isCommonWord(tokens[first].text));
                    if (stripped)
                        ++first;
                }
                while (last > first && (WordKey(tokens[last].text).in(connectors()) ||
                                        WordKey(tokens[last].text).in(notNames())))
                    --last;
                if (first > last)
                    continue;
                Candidate c{a, s, tokens[first].start, tokens[last].end, {}, {}, {}, first == firstWord};
                c.name = QString::fromRawData(article.text.constData() + c.start, c.end - c.start);
                if (notNames().contains(c.name) || WordKey(c.name, WordKey::Lower).in(personTitles()))
                    continue;
                c.headline = headline;
                if (!c.sentenceInitial)
                    seenMidSentence.insert(c.name);
                classify(c, tokens, first, last, article.text);
                // "Apple, Netflix, and Wells Fargo": a list keeps one kind.
                if (!c.strong && !candidates.isEmpty()) {
                    const Candidate& before = candidates.last();
                    const QStringView gap =
                        before.article == a && before.sentence == s && before.end <= c.start
                            ? QStringView(article.text).sliced(before.end, c.start - before.end).trimmed()
                            : QStringView(u"x");
                    if ((gap == u"," || gap == u"and" || gap == u", and" || gap == u"or") &&
                        (before.strong || before.weak))
                        c.weak = before.strong ? before.strong : before.weak;
                }
                candidates.append(c);
            }
        }
    }

    // What the folder says: clear cues anywhere decide a name's kind everywhere.
    QHash<QString, QHash<int, int>> votes;
    for (const Candidate& c : candidates) {
        if (c.strong)
            ++votes[c.name][int(*c.strong)];
    }
    QHash<QString, MentionKind> decided;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        // Most votes wins; a tie goes to the lower kind, so the outcome never depends on the
        // hash's iteration order.
        int bestKind = -1, bestVotes = 0;
        for (auto v = it->cbegin(); v != it->cend(); ++v) {
            if (v.value() > bestVotes || (v.value() == bestVotes && v.key() < bestKind)) {
                bestKind = v.key();
                bestVotes = v.value();
            }
        }
        decided.insert(it.key(), MentionKind(bestKind));
    }
    // "Eddie Wu" makes "Wu" a person, "Meta Platforms" makes "Meta" an organisation.
    auto accepted = [&](Candidate& c) -> std::optional<MentionKind> {
        if (const auto it = decided.constFind(c.name); it != decided.cend()) {
            c.decided = true;
            return *it;
        }
        if (c.headline)
            return std::nullopt;
        const bool allCommon = [&c] {
            for (const auto word : QStringView(c.name).tokenize(u' ')) {
                if (!Lexicon::instance().isCommonWord(word))
                    return false;
            }
            return true;
        }();
        const QStringView firstWord = QStringView(c.name).left(c.name.indexOf(u' '));
        if (c.weak && !allCommon &&
            (!c.sentenceInitial || seenMidSentence.contains(c.name) ||
             !Lexicon::instance().isCommonWord(firstWord)))
            return c.weak;
        return std::nullopt;
    };
    QList<std::optional<MentionKind>> kinds;
    kinds.reserve(candidates.size());
    QHash<QString, MentionKind> parts; // keys borrow the articles' characters, as names do
    for (Candidate& c : candidates) {
        const auto kind = kinds.emplace_back(accepted(c));
        if (kind != MentionKind::Person && kind != MentionKind::Organization)
            continue;
        const QList<QStringView> words = QStringView(c.name).split(u' ');
        const QString first = QString::fromRawData(words.first().data(), words.first().size());
        const QString last = QString::fromRawData(words.last().data(), words.last().size());
        if (kind == MentionKind::Person && words.size() >= 2 && words.size() <= 3) {
            parts.insert(last, MentionKind::Person);
            parts.insert(first, MentionKind::Person);
        } else if (kind == MentionKind::Organization && words.size() >= 2 && orgSuffixes().contains(last) &&
                   !Lexicon::instance().isCommonWord(first)) {
            parts.insert(first, MentionKind::Organization);
        } else if (kind == MentionKind::Organization && words.size() == 2 && last == u"Platforms") {
            parts.insert(first, MentionKind::Organization);
        }
    }

    QList<QList<Mention>> out(articles.size());
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        // A folder-wide decision first, then what a fuller name says of its parts.
        std::optional<MentionKind> kind = kinds[i];
        if (!c.decided)
            if (const auto p = parts.constFind(c.name); p != parts.cend())
                kind = *p;
        if (!kind)
            continue;
        Mention m;
        m.start = c.start;
        m.end = c.end;
        m.kind = *kind;
        m.sentence = c.sentence;
        out[c.article].append(m);
    }
    for (auto& list : out)
        std::sort(list.begin(), list.end(),
                  [](const Mention& x, const Mention& y) { return x.start < y.start; });
    applyCorrections(articles, out, corrections);
    return out;
}

} // namespace Crosscheck::Core
