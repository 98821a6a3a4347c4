#include "namerecognizer.h"

#include "acronyms.h"
#include "articles/interruption.h"
#include "articles/outletname.h"
#include "lexicon.h"
#include "namecues.h"
#include "nametagger.h"
#include "wordnet.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <array>

namespace Crosscheck::Core {

namespace {

// A name found in one sentence, by the model or by a rule.
struct Found
{
    int article;
    int sentence;
    qsizetype start;
    qsizetype end;
    MentionKind kind;
    float confidence;
    bool initial;   // starts its sentence
    bool rule;      // a product shape or a legal form decided it: the folder's votes do not change it
};

// How sure the model must be of one occurrence before the folder carries the name to its others.
constexpr float ConfidentMargin = 2.0f;
// What an age after a name ("Teixeira, 28,") or a ticker after a company's ("Intel (Nasdaq:
// INTC)") weighs in the folder's vote on its kind: as much as the model's readings of a name in a
// few dozen other places.
constexpr float AgeCueWeight = 100.f;

// A test of a name's text, worked out once for each distinct text of the folder.
template<typename Test>
auto oncePerText(Test test)
{
    return [test, seen = QHash<QString, bool>()](const QString& text) mutable {
        auto it = seen.constFind(text);
        if (it == seen.cend())
            it = seen.insert(text, test(text));
        return *it;
    };
}

// Whether the gazetteers or WordNet know @p name as a place ("Boston", "North Korea").
bool knownPlace(const QString& name)
{
    return Lexicon::instance().isPlace(name) ||
           WordNet::instance().entityClass(name.toLower()) == WordNet::EntityClass::Location;
}

QStringView textOf(const Article& article, const NameToken& t)
{
    return QStringView(article.text).sliced(t.start, t.end - t.start);
}

bool isCapitalised(QStringView w)
{
    return !w.isEmpty() && (w.front().isUpper() || (w.front().isLower() && w.size() > 1 &&
                                                    std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper(); })));
}

// "J." or "U": an initial, not a name.
bool isInitial(QStringView w)
{
    return w.size() == 1 || (w.size() == 2 && w[1] == u'.');
}

// Index of the first word of a sentence (after bullets, quotes and list numbers).
int firstWordOf(const Article& article, const QList<NameToken>& tokens)
{
    int i = 0;
    while (i < tokens.size() && !textOf(article, tokens[i]).front().isLetter())
        ++i;
    return i;
}

// Product shapes: letters with digits ("GPT-4o", "DeepSeek-V3"), "iPhone" brands, and a version
// after a name ("Qwen 2.5-Max"). Digits alone ("29th", "36-year") are not products.
bool productShaped(QStringView w)
{
    if (w.size() < 3 || !(w.front().isUpper() || w.front() == u'i'))
        return false;
    const bool digit = std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    const bool brand = w.size() > 2 && w[0] == u'i' && w[1].isUpper();
    return (digit && w.size() >= 3 && w.front().isUpper()) || brand || w.contains(u"GPT");
}

// A version after a name: "2.5-Max", "650M", "3.1-405B"; not an ordinal ("29th") or a
// compound ("55-year", "76ers").
bool versionShaped(QStringView w)
{
    if (w.isEmpty() || !w.front().isDigit())
        return false;
    bool letter = false;
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (w[i].isLower() && (i == 0 || !w[i - 1].isLetter()))
            return false;
        letter = letter || w[i].isLetter();
    }
    return letter;
}

bool productNoun(QStringView w)
{
    // What a product's name stands before: "the Qwen model", "the new MacBook Pro laptop", "its
    // Galaxy handsets", "the MacBook Pro line".
    static const QSet<QString> s = {QStringLiteral("model"),     QStringLiteral("models"),   QStringLiteral("chatbot"),
                                    QStringLiteral("smartphone"), QStringLiteral("chip"),    QStringLiteral("chips"),
                                    QStringLiteral("llm"),       QStringLiteral("console"),  QStringLiteral("browser"),
                                    QStringLiteral("processor"), QStringLiteral("laptop"),   QStringLiteral("laptops"),
                                    QStringLiteral("notebook"),  QStringLiteral("notebooks"), QStringLiteral("tablet"),
                                    QStringLiteral("tablets"),   QStringLiteral("handset"),  QStringLiteral("handsets"),
                                    QStringLiteral("line"),      QStringLiteral("lineup"),   QStringLiteral("app")};
    return WordKey(w, WordKey::Lower).in(s);
}

// Step 1: what the whole folder says of each word.
NameEvidence folderEvidence(const QList<Article>& articles)
{
    NameEvidence evidence;
    QList<NameToken> tokens;
    for (const Article& article : articles) {
        for (const Sentence& s : article.sentences) {
            Interruption::checkpoint();
            if (s.boilerplate)
                continue;
            tokenizeForNames(article.text, s.start, s.end, tokens);
            evidence.addSentence(article.text, tokens);
        }
    }
    return evidence;
}

// "LOS ANGELES" as a gazetteer writes it: "Los Angeles".
QString titled(QStringView text)
{
    QString out = text.toString().toLower();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i == 0 || out[i - 1] == u' ')
            out[i] = out[i].toUpper();
    }
    return out;
}

// A name the model found in a headline in capitals, as wires write them: the words the folder
// writes in lower case, or common words it never capitalises in prose, are no part of a name
// ("BRAZIL HOLD FRANCE" holds two names, "MAN ACCUSED OF DOUBLE MURDER IN MILLOM" one), nor are
// function words; a name the word lists or WordNet know whole stays whole ("NEW YORK").
void headlineNames(const Article& article, int a, int s, const QList<NameToken>& tokens, const NameEvidence& evidence,
                   const TaggedName& t, QList<Found>& out)
{
    const Lexicon& lexicon = Lexicon::instance();
    const int firstWord = firstWordOf(article, tokens);
    const QStringView span = QStringView(article.text).sliced(tokens[t.first].start, tokens[t.last].end - tokens[t.first].start);
    const bool known = lexicon.isPlace(titled(span)) ||
                       WordNet::instance().properNameClass(span.toString().toLower()) != WordNet::EntityClass::None;
    auto content = [&](int i) {
        const QStringView w = textOf(article, tokens[i]);
        return w.front().isLetterOrNumber() && !NameCues::isFunctionWord(w) &&
               (known || !(evidence.seenLower(w) || lexicon.isCommonWord(w)) || evidence.seenCapitalisedInProse(w));
    };
    // "of" stays inside between two words of a name ("BANK OF ENGLAND").
    auto nameWord = [&](int i) {
        return content(i) ||
               (textOf(article, tokens[i]) == u"OF" && i > t.first && i < t.last && content(i - 1) && content(i + 1));
    };
    for (int from = t.first; from <= t.last; ++from) {
        if (!content(from))
            continue;
        int last = from;
        while (last + 1 <= t.last && nameWord(last + 1))
            ++last;
        while (!content(last))
            --last;
        // What is left is a name only if a word of it is no common word ("MAN ACCUSED" is none)
        // or it ends as institutions do ("ELECTORAL COLLEGE").
        bool common = !known && !evidence.factsOf(textOf(article, tokens[last])).suffix;
        for (int i = from; common && i <= last; ++i)
            common = lexicon.isCommonWord(textOf(article, tokens[i])) || NameCues::isFunctionWord(textOf(article, tokens[i]));
        if (common) {
            from = last;
            continue;
        }
        // A person's name in a headline is one whose words the folder writes as names in prose
        // ("WINSTON BLACKMORE"); a place is a place; the rest are organisations.
        MentionKind kind = t.kind;
        bool person = kind == MentionKind::Person && last > from;
        for (int i = from; person && i <= last; ++i)
            person = evidence.seenCapitalisedInProse(textOf(article, tokens[i]));
        const QStringView piece = QStringView(article.text).sliced(tokens[from].start, tokens[last].end - tokens[from].start);
        if (lexicon.isPlace(titled(piece)))
            kind = MentionKind::Place;
        else if (kind == MentionKind::Person && !person)
            kind = MentionKind::Organization;
        out.append({a, s, tokens[from].start, tokens[last].end, kind, t.confidence, from == firstWord, false});
        from = last;
    }
}

bool headNoun(const NameEvidence& evidence, QStringView w);

// "Sixty-year-old", "Oscar-winning", "Paris-based": a compound that ends in a lower-case word
// describes the name after it and is no part of it.
bool compoundModifier(QStringView w)
{
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash > 0 && dash + 1 < w.size() && w[dash + 1].isLower();
}

// "Englishman Robert Buckley", "Republican John McCain": a word for a kind of person (WordNet's,
// no named one) before a person's first name and surname says who the person is, and is no part
// of the name. Before one word, or before an initial, it is the first name ("Dean Martin", "Earl
// J. Silbert").
bool kindOfPersonBefore(const Article& article, const QList<NameToken>& tokens, const TaggedName& t)
{
    return t.kind == MentionKind::Person && t.last - t.first >= 2 && !isInitial(textOf(article, tokens[t.first + 1])) &&
           WordNet::instance().isKindOfPerson(textOf(article, tokens[t.first]).toString().toLower());
}

// Step 2a: the model's names, without what readers never count as part of a name ("The",
// "Mr.") and without a sentence's capitalised first word that the folder never capitalises
// elsewhere.
void modelNames(const Article& article, int a, int s, const QList<NameToken>& tokens, const NameEvidence& evidence,
                QList<Found>& out)
{
    const Lexicon& lexicon = Lexicon::instance();
    const int firstWord = firstWordOf(article, tokens);
    std::optional<bool> headline; // the sentence is in capitals: asked once, when a name is
    for (TaggedName t : NameTagger::shipped().tag(article.text, tokens, evidence)) {
        // Readers do not count "The", "Mr." or "President" as part of a name, nor what follows a
        // possessive or a lower-case word ("Alibaba's co-founder").
        while (t.first < t.last && (NameCues::isFunctionWord(textOf(article, tokens[t.first])) ||
                                    NameCues::isHonorific(textOf(article, tokens[t.first])) ||
                                    NameCues::isPersonTitle(textOf(article, tokens[t.first])) ||
                                    NameCues::isNeverName(textOf(article, tokens[t.first])) ||
                                    compoundModifier(textOf(article, tokens[t.first])) ||
                                    kindOfPersonBefore(article, tokens, t)))
            ++t.first;
        for (int i = t.first + 1; i <= t.last; ++i) {
            const QStringView w = textOf(article, tokens[i]);
            const bool joins = w == u"of" || w == u"and" || w == u"&" || w == u"de" || w == u"the" || w == u"-";
            if (!(isCapitalised(w) || w.front().isDigit() || (joins && i < t.last))) {
                t.last = i - 1;
                break;
            }
        }
        const QStringView first = textOf(article, tokens[t.first]);
        // One word that is only a title or an initial ("President", "J.") names nobody.
        if (!isCapitalised(first) ||
            (t.first == t.last && (NameCues::isFunctionWord(first) || NameCues::isNeverName(first) ||
                                   NameCues::isPersonTitle(first) || isInitial(first))))
            continue;
        bool onlyInitials = true; // "N. Y.", "U. S.": initials alone, spaced as some wires do
        for (int i = t.first; onlyInitials && i <= t.last; ++i)
            onlyInitials = isInitial(textOf(article, tokens[i]));
        if (onlyInitials)
            continue;
        const bool initial = t.first == firstWord;
        if (initial && t.first == t.last && !evidence.seenCapitalisedInside(first) &&
            (lexicon.isCommonWord(first) || evidence.seenLower(first)))
            continue;
        // A name in capitals ("AP", "FBI", a dateline's "LOS ANGELES") is an organisation or a
        // place, never a person's name.
        const QStringView span = QStringView(article.text).sliced(tokens[t.first].start, tokens[t.last].end - tokens[t.first].start);
        const bool capitals = std::none_of(span.cbegin(), span.cend(), [](QChar c) { return c.isLower(); });
        if (capitals && !headline) {
            headline = std::none_of(tokens.cbegin(), tokens.cend(), [&](const NameToken& k) {
                const QStringView w = textOf(article, k);
                return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower(); });
            });
        }
        if (capitals && *headline) {
            headlineNames(article, a, s, tokens, evidence, t, out);
            continue;
        }
        if (capitals && t.kind == MentionKind::Person)
            t.kind = lexicon.isPlace(titled(span)) ? MentionKind::Place : MentionKind::Organization;
        // "the House and Senate": two bodies, when one of the two words is an institution's head
        // noun ("Procter and Gamble", "Barnes and Noble" stay one company).
        if (t.kind == MentionKind::Organization && t.last == t.first + 2 &&
            textOf(article, tokens[t.first + 1]) == u"and" &&
            (headNoun(evidence, first) || headNoun(evidence, textOf(article, tokens[t.last])))) {
            out.append({a, s, tokens[t.first].start, tokens[t.first].end, t.kind, t.confidence, initial, false});
            out.append({a, s, tokens[t.last].start, tokens[t.last].end, t.kind, t.confidence, false, false});
            continue;
        }
        // A person's name has no "and" in it: "Hitzig and Fritsch" are two people.
        int from = t.first;
        for (int k = t.first + 1; t.kind == MentionKind::Person && k < t.last; ++k) {
            const QStringView w = textOf(article, tokens[k]);
            if ((w == u"and" || w == u"&") && k > from) {
                out.append({a, s, tokens[from].start, tokens[k - 1].end, t.kind, t.confidence, from == firstWord, false});
                from = k + 1;
            }
        }
        out.append({a, s, tokens[from].start, tokens[t.last].end, t.kind, t.confidence, from == firstWord, false});
    }
}

// Step 2b: the rules that are right whatever the model says: product shapes, a name before
// "model", and a capitalised run ending in a legal form ("Alibaba Group Holding Ltd.").
void ruleNames(const Article& article, int a, int s, const QList<NameToken>& tokens, QList<Found>& out,
               QList<Found>& cues)
{
    const int firstWord = firstWordOf(article, tokens);
    auto adjacent = [&](int i) { return tokens[i].end + 1 == tokens[i + 1].start || tokens[i].end == tokens[i + 1].start; };
    for (int i = 0; i < tokens.size(); ++i) {
        const QStringView w = textOf(article, tokens[i]);
        int first = i, last = i;
        std::optional<MentionKind> kind;
        bool cue = false;
        // Most words are none of these: the cheap tests on the word's shape come first.
        const bool previousCapitalised = i > 0 && isCapitalised(textOf(article, tokens[i - 1]));
        const bool lower = w.front().isLower();
        auto afterName = [&] {
            return previousCapitalised && adjacent(i - 1) && !NameCues::isFunctionWord(textOf(article, tokens[i - 1])) &&
                   !NameCues::isNeverName(textOf(article, tokens[i - 1]));
        };
        if (productShaped(w) || (versionShaped(w) && afterName())) {
            kind = MentionKind::Product;
            if (!productShaped(w))
                first = i - 1;
            while (last + 1 < tokens.size() && adjacent(last) && versionShaped(textOf(article, tokens[last + 1])))
                ++last;
        } else if (!lower && i > 0 && NameCues::isLegalForm(w)) {
            while (first > 0 && adjacent(first - 1) &&
                   (isCapitalised(textOf(article, tokens[first - 1])) || textOf(article, tokens[first - 1]) == u"&"))
                --first;
            if (first < i)
                kind = MentionKind::Organization;
            while (first < i && NameCues::isFunctionWord(textOf(article, tokens[first])))
                ++first;
        } else if (lower && previousCapitalised && productNoun(w) &&
                   !NameCues::isNeverName(textOf(article, tokens[i - 1])) && i - 1 != firstWord) {
            first = last = i - 1;
            // The whole name: "the Zenbook Pro line", not "Pro".
            while (first > 0 && last - first < 3 && first - 1 != firstWord && adjacent(first - 1) &&
                   isCapitalised(textOf(article, tokens[first - 1])) &&
                   !NameCues::isFunctionWord(textOf(article, tokens[first - 1])) &&
                   !NameCues::isNeverName(textOf(article, tokens[first - 1])))
                --first;
            kind = MentionKind::Product;
            cue = true;
        } else if (lower && i > 1 && textOf(article, tokens[i - 1]) == u"AI" && productNoun(w) &&
                   isCapitalised(textOf(article, tokens[i - 2])) && i - 2 != firstWord) {
            first = last = i - 2;
            kind = MentionKind::Product;
            cue = true;
        }
        if (!kind)
            continue;
        const qsizetype start = tokens[first].start, end = tokens[last].end;
        if (cue) {
            // "Qwen AI model" is a product, "Nvidia chips" a company's: a cue that outweighs the
            // model here and votes with the rest of the folder.
            cues.append({a, s, start, end, *kind, 3.f, first == firstWord, false});
            i = std::max(i, last);
            continue;
        }
        // A product shape or a legal form replaces the model's and the cues' names it overlaps.
        out.append({a, s, start, end, *kind, 100.f, first == firstWord, true});
        i = std::max(i, last);
    }
}

// "companies like Apple, Netflix, and Wells Fargo": every name of the list is a company.
bool inListOfCompanies(const Article& article, const QList<NameToken>& tokens, int i)
{
    static const QSet<QString> groups = {QStringLiteral("companies"), QStringLiteral("firms"), QStringLiteral("banks"),
                                         QStringLiteral("startups"), QStringLiteral("brands"), QStringLiteral("rivals"),
                                         QStringLiteral("lenders"), QStringLiteral("retailers"), QStringLiteral("carmakers")};
    static const QSet<QString> glue = {QStringLiteral(","), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("like"),
                                       QStringLiteral("including"), QStringLiteral("such"), QStringLiteral("as")};
    for (int back = i - 1; back >= std::max(0, i - 12); --back) {
        const WordKey w(textOf(article, tokens[back]), WordKey::Lower);
        if (w.in(groups))
            return true;
        if (!w.in(glue) && !isCapitalised(textOf(article, tokens[back])))
            return false;
    }
    return false;
}

// What a sentence says a name is, by the class WordNet gives the noun it is defined by: "Bilka is
// a Danish chain of hypermarkets" (no class), "Halliburton is an American oilfield services
// company" and "The Zutons are a rock band" (organisations), "Coburg, a suburb of Melbourne," (a
// place). The noun is the last lower-case word before a word that ends the noun phrase ("of",
// "in", "based", a comma); words with a capital before it describe it.
std::optional<MentionKind> definedAs(const Article& article, const QList<NameToken>& tokens, int first, int last)
{
    constexpr int kLongest = 6; // words of the noun phrase
    auto word = [&](int k) { return k >= 0 && k < tokens.size() ? textOf(article, tokens[k]) : QStringView(); };
    static const QSet<QString> copulas = {QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("are"),
                                          QStringLiteral("were")};
    // The whole name, not the end of a longer one ("Stop Animal Killing, a … organization").
    if (first > 0 && isCapitalised(word(first - 1)))
        return std::nullopt;
    int k = last + 1;
    const bool apposition = word(k) == u",";
    if (!apposition && !WordKey(word(k), WordKey::Lower).in(copulas))
        return std::nullopt;
    ++k;
    if (word(k) != u"a" && word(k) != u"an")
        return std::nullopt;
    ++k;
    static const QSet<QString> enders = {QStringLiteral("of"),   QStringLiteral("in"),    QStringLiteral("on"),
                                         QStringLiteral("at"),   QStringLiteral("for"),   QStringLiteral("from"),
                                         QStringLiteral("with"), QStringLiteral("that"),  QStringLiteral("which"),
                                         QStringLiteral("who"),  QStringLiteral("based"), QStringLiteral("founded"),
                                         QStringLiteral("and"),  QStringLiteral("or"),    QStringLiteral("whose")};
    QStringView head;
    for (int n = 0; n < kLongest && k < tokens.size(); ++n, ++k) {
        const QStringView w = word(k);
        if (w.isEmpty() || !w.front().isLetter() || enders.contains(w.toString()))
            break;
        if (w.front().isUpper()) {
            // "an English rock band"; not another name ("Japan, a France Telecom spokeswoman")
            const WordNet::EntityClass named = WordNet::instance().entityClass(w.toString().toLower());
            if (!head.isEmpty() || named == WordNet::EntityClass::Location ||
                named == WordNet::EntityClass::Organization || Lexicon::instance().isPlace(w))
                return std::nullopt;
            continue;
        }
        head = w;
    }
    // The phrase must end where a noun phrase ends, or the last word read is no head.
    if (head.isEmpty() || (apposition && word(k) != u"," && !enders.contains(word(k).toString())))
        return std::nullopt;
    const QString noun = head.toString();
    const WordNet& wordnet = WordNet::instance();
    if (!wordnet.isNoun(noun))
        return std::nullopt;
    // The noun's first sense decides: "an engine manufacturer" is a business, "a Delhi-class
    // destroyer" a warship. A noun for a person says nothing of the name's kind: news describes a
    // company by what it does as it does a person ("Opsware, a maker of …", "Verb8tm, Inc., an
    // NPR contractor", "HP-EDS is a real player").
    switch (wordnet.entityClass(noun)) {
    case WordNet::EntityClass::Organization:
        return MentionKind::Organization;
    case WordNet::EntityClass::Location:
        return MentionKind::Place;
    case WordNet::EntityClass::Person:
    case WordNet::EntityClass::None:
        break;
    }
    return std::nullopt;
}

// "Mr. Dudley", "Sen. Warner": an honorific stands only before a person, whatever else the word
// names ("Dudley" is also a town). Only where the capitalised run ends ("Rep. Peter King" is the
// model's to read whole), and not before another abbreviation ("Col. Inf.", a rank's branch).
bool afterPersonHonorific(const Article& article, const QList<NameToken>& tokens, int first, int last)
{
    auto word = [&](int k) { return k >= 0 && k < tokens.size() ? textOf(article, tokens[k]) : QStringView(); };
    const bool runEnds = last + 1 >= tokens.size() || tokens[last].end + 1 != tokens[last + 1].start ||
                         !isCapitalised(word(last + 1));
    return first > 0 && tokens[first - 1].end + 1 == tokens[first].start && runEnds && !word(last).endsWith(u'.') &&
           NameCues::isPersonHonorific(word(first - 1));
}

// Step 2c: cue words a reader relies on: a title before a person ("CEO Eddie Wu"), a company
// before "analysts" or "'s CEO", after "startup" or "rival", or named with an organisation
// suffix ("Nordic Green Investment Bank"). A cue outweighs the model in its sentence and votes
// with the rest of the folder.
std::optional<MentionKind> cueKind(const Article& article, const QList<NameToken>& tokens, const NameEvidence& evidence,
                                   int first, int last, float *weight)
{
    static const QSet<QString> orgBefore = {QStringLiteral("startup"), QStringLiteral("start-up"), QStringLiteral("firm"),
                                            QStringLiteral("rival"), QStringLiteral("giant"), QStringLiteral("lender"),
                                            QStringLiteral("retailer"), QStringLiteral("carmaker"), QStringLiteral("automaker"),
                                            QStringLiteral("chipmaker"), QStringLiteral("insurer"), QStringLiteral("brokerage")};
    // Nouns that follow a company's name as a compound: "Apple CEO Tim Cook", "Google engineers".
    static const QSet<QString> orgAfter = {QStringLiteral("analyst"),     QStringLiteral("analysts"),
                                           QStringLiteral("shares"),      QStringLiteral("spokesman"),
                                           QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"),
                                           QStringLiteral("ceo"),         QStringLiteral("cfo"),
                                           QStringLiteral("execs"),       QStringLiteral("executives"),
                                           QStringLiteral("shareholders"), QStringLiteral("headquarters"),
                                           QStringLiteral("engineers"),   QStringLiteral("employees"),
                                           // "a Waitrose supermarket", "Hamas militants", "Mafia bosses": a
                                           // chain's shops, a group's members (not "store" or "users": "a
                                           // Tukwila store", "Windows users").
                                           QStringLiteral("supermarket"), QStringLiteral("supermarkets"),
                                           QStringLiteral("members"),     QStringLiteral("militants"),
                                           QStringLiteral("fighters"),    QStringLiteral("bosses"),
                                           QStringLiteral("clans")};
    // After one word only, a publication's or a platform's: "a Forbes reporter", "a Facebook
    // post" (not "CBS News White House" of "a CBS News White House reporter").
    static const QSet<QString> platformAfter = {QStringLiteral("reporter"), QStringLiteral("reporters"),
                                                QStringLiteral("page"),     QStringLiteral("post"),
                                                QStringLiteral("posts"),    QStringLiteral("account")};
    static const QSet<QString> roleAfterPossessive = {QStringLiteral("ceo"), QStringLiteral("founder"), QStringLiteral("co-founder"),
                                                      QStringLiteral("shares"), QStringLiteral("chairman"), QStringLiteral("chief")};
    auto word = [&](int k) { return k >= 0 && k < tokens.size() ? textOf(article, tokens[k]) : QStringView(); };
    if (first > 0 && last > first && evidence.factsOf(word(first - 1)).title)
        return MentionKind::Person;
    if (afterPersonHonorific(article, tokens, first, last)) {
        *weight = AgeCueWeight; // it decides the folder's vote as an age does
        return MentionKind::Person;
    }
    // "Intel (Nasdaq: INTC)", "Hewlett-Packard (NYSE: HPQ)": only a listed company has a ticker,
    // and it decides the folder's vote as an age does a person's.
    const qsizetype end = tokens[last].end;
    if (end + 1 < article.text.size() && article.text[end + 1] == u'(' && article.text[end] == u' ') {
        static const QRegularExpression ticker(
            QStringLiteral(R"(^ \((?:nasdaq|nyse|amex|lse|tsx|asx|otc|hkex|sehk|euronext)(?: [a-z]+)? ?: ?[a-z][a-z.]{0,5}\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (ticker.matchView(QStringView(article.text).sliced(end, std::min<qsizetype>(40, article.text.size() - end)))
                .hasMatch()) {
            *weight = AgeCueWeight;
            return MentionKind::Organization;
        }
    }
    if (const auto defined = definedAs(article, tokens, first, last))
        return defined;
    if (Lexicon::instance().isPlace(article.text.sliced(tokens[first].start, tokens[last].end - tokens[first].start)))
        return std::nullopt;
    const WordKey prev(word(first - 1), WordKey::Lower), next(word(last + 1), WordKey::Lower);
    // "Teixeira, who turns 29," and "Teixeira, 28,": only people are followed by "who" or an age.
    // Not after a determiner, an ordinal or "of", nor for a name ending as institutions do: "the
    // Saints, who" are a team, "the 12th Doctor, who" a role, "the Department of Health, who" and
    // "Duke University, who" bodies.
    static const QSet<QString> determiners = {
        QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"),    QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("its"), QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("their"), QStringLiteral("our"), QStringLiteral("new"), QStringLiteral("former")};
    static const QRegularExpression ordinal(QStringLiteral("^(\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|"
                                                           "sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$"));
    if (next == u"," && !prev.in(determiners) && prev != u"of" && !evidence.factsOf(word(last)).suffix &&
        !ordinal.match(word(first - 1).toString().toLower()).hasMatch()) {
        const WordKey after(word(last + 2), WordKey::Lower);
        bool age = false;
        const int years = word(last + 2).toInt(&age);
        if (age && years > 0 && years < 120 && word(last + 3) == u",") {
            // "Teixeira, 28,": no place or company is given an age; the folder's vote follows it
            // over the model's readings of the name beside "for" or "the … sweepstakes".
            *weight = AgeCueWeight;
            return MentionKind::Person;
        }
        if (after == u"who" || after == u"whose")
            return MentionKind::Person;
    }
    const bool possessive = next == u"'s" || next == u"\u2019s";
    // "shares in Deutsche Telekom", "a stake in Volvo", "the stock of Nvidia": only a company has
    // shares and stock.
    static const QSet<QString> holdings = {QStringLiteral("shares"), QStringLiteral("stake"), QStringLiteral("stakes"),
                                           QStringLiteral("stock"), QStringLiteral("holding"), QStringLiteral("holdings")};
    const bool held = (prev == u"in" || prev == u"of") && WordKey(word(first - 2), WordKey::Lower).in(holdings);
    if ((last > first && evidence.factsOf(word(last)).suffix) || prev.in(orgBefore) || next.in(orgAfter) || held ||
        (first == last && next.in(platformAfter)) ||
        (possessive && WordKey(word(last + 2), WordKey::Lower).in(roleAfterPossessive)) ||
        inListOfCompanies(article, tokens, first))
        return MentionKind::Organization;
    return std::nullopt;
}

bool inTitleCase(const Article& article, int sentence);

// A common noun that WordNet files under @p kind ("league" an organisation, "island" a location),
// from the word's facts the folder works out once.
bool commonNounOf(const NameEvidence& evidence, QStringView word, WordNet::EntityClass kind)
{
    const NameWordFacts& facts = evidence.factsOf(word);
    return facts.dictionary == 1 && facts.wordnet == quint8(kind);
}

// An institution's organisation head noun: the suffixes the model knows ("Commission", "Bank"),
// or a common noun WordNet files under organization ("League", "Coalition", "Tribunal").
bool headNoun(const NameEvidence& evidence, QStringView w)
{
    return evidence.factsOf(w).suffix || NameCues::isClubWord(w) || NameCues::isInstitutionHead(w) ||
           NameCues::isFacilityHead(w) || (w.size() > 3 && commonNounOf(evidence, w, WordNet::EntityClass::Organization));
}

struct InstitutionRun
{
    int last;     // the run's last token
    int suffixAt; // its last head noun, or -1
    bool joined;  // "and" joined two of its parts
};

InstitutionRun institutionRun(const Article& article, const QList<NameToken>& tokens, const NameEvidence& evidence, int first)
{
    constexpr int Longest = 12;
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    auto adjacent = [&](int k) { return tokens[k].end + 1 == tokens[k + 1].start; };
    auto nameWord = [&](int k) { return isCapitalised(word(k)) && evidence.factsOf(word(k)).nameWord(); };
    // The run: capitalised name words, joined by a connector only between two of them; it ends
    // with its last head noun ("Harvard University President …"). "and" joins one word to the rest
    // ("Securities and Exchange Commission", "Department of Health and Human Services"), once: two
    // names side by side ("British Library and Columbia University") stay two.
    int last = first, suffixAt = -1, partStart = first, ofAnd = -1;
    bool joined = false;
    for (int k = first + 1; k < tokens.size() && k - first < Longest && adjacent(k - 1);) {
        const QStringView w = word(k);
        // "of" follows a head noun ("University of …", "Church of …"), not a person's name
        // ("Matteo Borrini of Liverpool …") nor a role ("Members of Congress").
        const bool of = (w == u"of" || w == u"for") && headNoun(evidence, word(k - 1));
        // "and" joins one word to at least two ("Food and Drug Administration"), not two names
        // ("House and Senate").
        const bool conjunction = (w == u"and" || w == u"&") && !joined && k - partStart == 1 && k + 2 < tokens.size() &&
                                 adjacent(k + 1) && nameWord(k + 2);
        if ((of || conjunction) && k + 1 < tokens.size() && adjacent(k) && nameWord(k + 1) && k + 1 - first < Longest) {
            joined = joined || conjunction;
            if (conjunction && partStart > first)
                ofAnd = k;
            if (of)
                partStart = k + 1;
            last = k + 1;
            k += 2;
        } else if (nameWord(k) || (isCapitalised(w) && evidence.factsOf(w).title)) {
            last = k; // a title inside ("Squadron Officer School") ends the name only after the head noun
            ++k;
        } else {
            break;
        }
        if (headNoun(evidence, word(last)))
            suffixAt = last;
    }
    // After "of", what follows "and" is a field in common words ("Department of Health and Human
    // Services"), not another name ("Carnegie Institution of Science and Chad Trujillo").
    for (int k = ofAnd + 1; ofAnd > 0 && k <= last; ++k) {
        if (!Lexicon::instance().isCommonWord(word(k))) {
            last = ofAnd - 1;
            break;
        }
    }
    return {last, suffixAt, joined};
}

// An institution named in full, which the model and the shorter cues below cut or miss: a run of
// capitalised words that ends in an organisation's head noun and may open with a people's
// adjective or a title ("European Commission", "Irish Cricket Board", "General Motors") and join
// its parts with "and", "of" or "for" ("Securities and Exchange Commission", "Chinese Academy of
// Sciences"); or a run WordNet writes as one proper name ("United Nations", "Red Cross"). Not in a
// headline in Title Case, where "Man Shot Outside Bank" is no bank. Returns the kind and the last
// token of the name.
std::optional<std::pair<MentionKind, int>> institutionAt(const Article& article, int s, const QList<NameToken>& tokens,
                                                         const NameEvidence& evidence, int first, std::optional<bool>& titleCase)
{
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    auto adjacent = [&](int k) { return tokens[k].end + 1 == tokens[k + 1].start; };
    auto nameWord = [&](int k) { return isCapitalised(word(k)) && evidence.factsOf(word(k)).nameWord(); };
    const QStringView opening = word(first);
    const bool adjective = isCapitalised(opening) && opening.size() > 2 && opening.back().isLower() &&
                           NameCues::isNeverName(opening) && !opening.endsWith(u'.');
    const bool title = isCapitalised(opening) && evidence.factsOf(opening).title;
    if (!nameWord(first) && !adjective && !title)
        return std::nullopt;
    // A run starts at its first capitalised word: "Library and Columbia University" is no name of
    // "British Library and Columbia University".
    if (first > 0 && adjacent(first - 1) && isCapitalised(word(first - 1)) && !NameCues::isFunctionWord(word(first - 1)))
        return std::nullopt;
    // A sentence's first word the folder otherwise writes in lower case opens no name ("Allow
    // Parliament to …").
    if (first == firstWordOf(article, tokens) && !adjective &&
        (evidence.factsOf(opening).dictionary == 1 || evidence.seenLower(opening)) && !evidence.seenCapitalisedInside(opening))
        return std::nullopt;
    const auto [last, suffixAt, joined] = institutionRun(article, tokens, evidence, first);
    if (last == first)
        return std::nullopt;
    // A head noun, then "of" and the rest of the name ("Academy of Sciences") or nothing after.
    int end = -1;
    if (suffixAt > first && (suffixAt == last || word(suffixAt + 1) == u"of" || word(suffixAt + 1) == u"for"))
        end = last;
    else if (suffixAt > first && !joined && evidence.factsOf(word(suffixAt + 1)).title)
        end = suffixAt; // "Harvard University President …", not "Annual Academy" of "Academy Awards"
    std::optional<MentionKind> kind;
    if (end >= 0) {
        // "Betty Ford Center", "Museum of Flight": a building's name is a place.
        kind = NameCues::isFacilityHead(word(suffixAt)) ? MentionKind::Place : MentionKind::Organization;
        // A title opens a company's name only just before its head noun ("General Motors").
        if (title && !adjective && end != first + 1)
            return std::nullopt;
    } else if (!title) {
        const QString phrase = article.text.sliced(tokens[first].start, tokens[last].end - tokens[first].start).toLower();
        switch (WordNet::instance().properNameClass(phrase)) {
        case WordNet::EntityClass::Organization: kind = MentionKind::Organization; break;
        case WordNet::EntityClass::Location: kind = MentionKind::Place; break;
        default: break;
        }
        end = last;
    }
    if (!kind || end < first)
        return std::nullopt;
    const QStringView name = QStringView(article.text).sliced(tokens[first].start, tokens[end].end - tokens[first].start);
    // A head noun in a headline's capitals ("GOOD COMPANY") or after an initial ("E. Business")
    // makes no institution.
    const bool capitals = std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower(); });
    if (Lexicon::instance().isPlace(name) || (suffixAt > first && (capitals || isInitial(opening))))
        return std::nullopt;
    if (!titleCase)
        titleCase = inTitleCase(article, s);
    if (*titleCase)
        return std::nullopt;
    return std::pair{*kind, end};
}

// A word in capitals on its own in a sentence that is not in capitals ("the CIA said"): an
// organisation or a place when it is no common word and WordNet says so of its first sense
// ("CIA", "NATO", "UK"; not "SEE", the Holy See, nor "EDGE"). Not a part of a longer name ("UN
// Security Council", "INS Mysore") nor of a code ("AK-47").
std::optional<MentionKind> acronymKind(const Article& article, const QList<NameToken>& tokens,
                                       const NameEvidence& evidence, int i, std::optional<bool>& capitals)
{
    const QStringView w = textOf(article, tokens[i]);
    if (w.size() < 2 || w.size() > 6 || !std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isUpper(); }))
        return std::nullopt;
    const NameWordFacts& facts = evidence.factsOf(w);
    if (facts.function || facts.never || facts.title || facts.dictionary == 1)
        return std::nullopt;
    std::optional<MentionKind> kind;
    // WordNet's first sense of the word, or else the sense it writes in these capitals ("EU" is the
    // European Union, though "eu" is first europium, written "Eu").
    WordNet::EntityClass named = WordNet::EntityClass(facts.wordnet);
    if (named != WordNet::EntityClass::Organization && named != WordNet::EntityClass::Location)
        named = WordNet::instance().entityClassAsWritten(w.toString());
    if (named == WordNet::EntityClass::Organization)
        kind = MentionKind::Organization;
    else if (named == WordNet::EntityClass::Location)
        kind = MentionKind::Place;
    else
        return std::nullopt;
    const QString& text = article.text;
    const qsizetype before = tokens[i].start - 1, after = tokens[i].end;
    if ((before >= 0 && (text[before] == u'-' || text[before] == u'/')) ||
        (after < text.size() && (text[after] == u'-' || text[after] == u'/' || text[after].isDigit())))
        return std::nullopt;
    const bool nameBefore = i > 0 && tokens[i - 1].end + 1 == tokens[i].start && isCapitalised(textOf(article, tokens[i - 1])) &&
                            !NameCues::isFunctionWord(textOf(article, tokens[i - 1]));
    const bool nameAfter = i + 1 < tokens.size() && tokens[i].end + 1 == tokens[i + 1].start &&
                           isCapitalised(textOf(article, tokens[i + 1]));
    if (nameBefore || nameAfter)
        return std::nullopt;
    // Two letters name a body or a place only after "the", a preposition or opening the sentence,
    // and where no word or figure leans on them ("the UN said", "in the UK.", "EU rejects", "talks
    // with EU."; not "AK 47 rifles", "the SD card", "NT $53.8", "SD, HDMI", "from EU officials").
    if (w.size() == 2) {
        static const QSet<QString> leading = {QStringLiteral("the"), QStringLiteral("in"),   QStringLiteral("to"),
                                             QStringLiteral("from"), QStringLiteral("by"),  QStringLiteral("with"),
                                             QStringLiteral("and"),  QStringLiteral("of"),  QStringLiteral("for")};
        if (i != firstWordOf(article, tokens) &&
            (i == 0 || !leading.contains(textOf(article, tokens[i - 1]).toString().toLower())))
            return std::nullopt;
        if (i + 1 < tokens.size()) {
            const QStringView next = textOf(article, tokens[i + 1]);
            const bool verb = next.front().isLower() && (next.endsWith(u"ed") || next.endsWith(u's') || next == u"said");
            if ((next.front().isLetterOrNumber() && !verb && !NameCues::isFunctionWord(next)) || next.front().isSymbol() ||
                next == u"-")
                return std::nullopt;
        }
    }
    if (!capitals) {
        capitals = std::none_of(tokens.cbegin(), tokens.cend(), [&](const NameToken& k) {
            const QStringView t = textOf(article, k);
            return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLower(); });
        });
    }
    return *capitals ? std::nullopt : kind;
}

void cueNames(const Article& article, int a, int s, const QList<NameToken>& tokens, const NameEvidence& evidence,
              QList<Found>& out)
{
    const int firstWord = firstWordOf(article, tokens);
    auto nameWord = [&](int i) {
        const QStringView w = textOf(article, tokens[i]);
        return isCapitalised(w) && evidence.factsOf(w).nameWord();
    };
    std::optional<bool> titleCase, capitals;
    for (int i = 0; i < tokens.size(); ++i) {
        if (const auto kind = acronymKind(article, tokens, evidence, i, capitals)) {
            out.append({a, s, tokens[i].start, tokens[i].end, *kind, 3.f, i == firstWord, false});
            continue;
        }
        if (const auto institution = institutionAt(article, s, tokens, evidence, i, titleCase)) {
            out.append({a, s, tokens[i].start, tokens[institution->second].end, institution->first, 3.f, i == firstWord, false});
            i = institution->second;
            continue;
        }
        if (!nameWord(i) || (i == firstWord && evidence.factsOf(textOf(article, tokens[i])).dictionary == 1))
            continue;
        int last = i;
        while (last + 1 < tokens.size() && last - i < 3 && tokens[last].end + 1 == tokens[last + 1].start && nameWord(last + 1))
            ++last;
        // "University of Portsmouth", "Bank of China": an institution named after "of".
        if (evidence.factsOf(textOf(article, tokens[last])).suffix && last + 2 < tokens.size() &&
            textOf(article, tokens[last + 1]) == u"of" && nameWord(last + 2)) {
            last += 2;
            while (last + 1 < tokens.size() && tokens[last].end + 1 == tokens[last + 1].start && nameWord(last + 1))
                ++last;
            out.append({a, s, tokens[i].start, tokens[last].end, MentionKind::Organization, 3.f, i == firstWord, false});
            i = last;
            continue;
        }
        float weight = 3.f;
        if (const auto kind = cueKind(article, tokens, evidence, i, last, &weight)) {
            out.append({a, s, tokens[i].start, tokens[last].end, *kind, weight, i == firstWord, false});
        }
        i = last;
    }
}

// Step 2d: the layers of one sentence, rules over cues over the model: a name of a lower layer is
// kept only where no name of the layers above stands. Each layer is swept once in order, so a
// sentence of thousands of names costs no more than its length.
void layer(QList<Found>& kept, QList<Found> below)
{
    std::sort(below.begin(), below.end(), [](const Found& x, const Found& y) { return x.start < y.start; });
    // The names kept so far, as disjoint stretches of text.
    QList<std::pair<qsizetype, qsizetype>> taken;
    for (const Found& f : std::as_const(kept))
        taken.append({f.start, f.end});
    std::sort(taken.begin(), taken.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& t : std::as_const(taken)) {
        if (!merged.isEmpty() && t.first < merged.last().second)
            merged.last().second = std::max(merged.last().second, t.second);
        else
            merged.append(t);
    }
    qsizetype p = 0, lastEnd = -1;
    for (const Found& f : std::as_const(below)) {
        while (p < merged.size() && merged[p].second <= f.start)
            ++p;
        const bool overlaps = (p < merged.size() && merged[p].first < f.end) || f.start < lastEnd;
        if (overlaps)
            continue; // under a name of a higher layer, or one of its own layer already kept
        kept.append(f);
        lastEnd = f.end;
    }
}

// One word with a capital inside after three lower-case letters or more, not after a particle
// that opens surnames ("SmartTV", "PageRank"; not "McCain", "MacArthur", "DeSantis", "VanDeest").
bool innerCapital(const QString& name)
{
    if (name.size() < 5 || name.contains(u' ') || !name.front().isUpper())
        return false;
    static const QStringList particles = {QStringLiteral("Mac"), QStringLiteral("Van"), QStringLiteral("Von"),
                                          QStringLiteral("Fitz"), QStringLiteral("Della"), QStringLiteral("Delle")};
    for (const QString& p : particles) {
        if (name.startsWith(p))
            return false;
    }
    qsizetype lower = 0;
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (name[i].isLower())
            ++lower;
        else if (name[i].isUpper())
            return lower >= 2 && i >= 3;
        else
            return false;
    }
    return false;
}

// Step 3: one kind per name across the folder, by the model's confidence summed over its
// occurrences; a person's full name votes for its first and last word ("Eddie Wu" makes "Wu" a
// person), and "Meta Platforms" for "Meta".
QHash<QString, MentionKind> folderKinds(const QList<Article>& articles, const QList<Found>& found,
                                       const NameEvidence& evidence)
{
    // The places news names are mostly ones the gazetteers or WordNet know; a name they do not know
    // that the model reads as a place is as often a person's surname ("Hansbrough", "Melquan") it
    // saw in a place's company ("for Hansbrough", "on Melquan"), so its place votes count half.
    // Chosen on ECB+ and multinews-dev, where it turns 200-odd occurrences of people from places to
    // people and about 50 the wrong way ("Qeshm", "Schertz"); GUM dev unchanged.
    constexpr float UnknownPlaceVote = 0.5f;
    auto isKnownPlace = oncePerText(knownPlace);
    QHash<QString, std::array<float, 4>> votes;
    QSet<QString> noPerson;
    auto vote = [&votes, &noPerson](const QString& name, MentionKind kind, float weight) {
        // A word in capitals ("AP" of "AP Photo") is nobody's first or last name, nor is one
        // word with a capital inside after three letters or more ("SmartTV", "PageRank"): people's
        // names have theirs after a particle ("McCain", "DeSantis", "LeBron", "VanDeest").
        if (kind == MentionKind::Person &&
            (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower(); }) || innerCapital(name))) {
            noPerson.insert(name);
            return;
        }
        votes[name][size_t(int(kind) - int(MentionKind::Person))] += weight;
    };
    for (const Found& f : found) {
        const QString name = articles[f.article].text.sliced(f.start, f.end - f.start);
        const float weight = std::max(f.confidence, 0.1f);
        vote(name, f.kind, f.kind == MentionKind::Place && !f.rule && !isKnownPlace(name) ? weight * UnknownPlaceVote : weight);
        const QStringList words = name.split(u' ');
        if (f.kind == MentionKind::Person && words.size() >= 2 && words.size() <= 3) {
            vote(words.first(), MentionKind::Person, weight / 2);
            vote(words.last(), MentionKind::Person, weight);
        } else if (f.kind == MentionKind::Organization && words.size() >= 2 &&
                   (NameCues::isOrganizationSuffix(words.last()) || NameCues::isInstitutionHead(words.last())) &&
                   !Lexicon::instance().isCommonWord(words.first())) {
            vote(words.first(), MentionKind::Organization, weight / 2);
        } else if (f.kind == MentionKind::Place && words.size() == 2 && !Lexicon::instance().isCommonWord(words.first()) &&
                   commonNounOf(evidence, words.last(), WordNet::EntityClass::Location)) {
            // "Coron Island", "Kayangan Lake" (a feature of the land or water WordNet files under
            // location): the island's or the lake's name is a place's too.
            vote(words.first(), MentionKind::Place, weight);
        }
    }
    QHash<QString, MentionKind> out;
    for (const QString& name : std::as_const(noPerson)) {
        if (!votes.contains(name) && innerCapital(name))
            out.insert(name, MentionKind::Organization); // read only as a person: a company's or a product's name
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        // Most weight wins; a tie goes to the lower kind, so no run depends on hash order.
        const auto best = std::max_element(it->cbegin(), it->cend());
        out.insert(it.key(), MentionKind(int(MentionKind::Person) + int(best - it->cbegin())));
    }
    return out;
}

// Names the folder is sure of: a rule said so, or the model was confident somewhere other than
// at the start of a sentence.
QSet<QString> confidentNames(const QList<Article>& articles, const QList<Found>& found)
{
    QSet<QString> out;
    for (const Found& f : found) {
        if (f.rule || (!f.initial && f.confidence >= ConfidentMargin))
            out.insert(articles[f.article].text.sliced(f.start, f.end - f.start));
    }
    return out;
}

// Whether the word at `i` stands inside a longer capitalised name: between two capitalised words
// (not after a title or at the sentence's start), or before "of" and a capitalised word.
bool insideLongerName(const Article& article, const QList<NameToken>& tokens, int i, int firstWord)
{
    auto word = [&](int k) { return k >= 0 && k < tokens.size() ? textOf(article, tokens[k]) : QStringView(); };
    auto adjacent = [&](int k) { return k >= 0 && k + 1 < tokens.size() && tokens[k].end + 1 == tokens[k + 1].start; };
    const bool capitalisedBefore = i - 1 > firstWord && adjacent(i - 1) && isCapitalised(word(i - 1)) &&
                                   !NameCues::isPersonTitle(word(i - 1)) && !NameCues::isHonorific(word(i - 1));
    const bool capitalisedAfter = adjacent(i) && isCapitalised(word(i + 1));
    const bool ofAfter = adjacent(i) && word(i + 1) == u"of" && adjacent(i + 1) && isCapitalised(word(i + 2));
    return (capitalisedBefore && capitalisedAfter) || ofAfter;
}

// Step 3b: a confident name of two words or more is read whole wherever the folder writes it, over
// the pieces the model made of it in another sentence ("Henrique Lopes" and a place "Mendonça" where
// "Henrique Lopes de Mendonça" was read whole elsewhere; "Edward Gaudin" of a sentence opening with
// "Chad Edward Gaudin"). A piece that reaches outside the whole name stays as it is.
void wholeNames(const QList<Article>& articles, const QSet<QString>& confident, const QHash<QString, MentionKind>& kinds,
                QList<Found>& found)
{
    constexpr int Longest = 5;
    QList<NameToken> tokens;
    QList<Found> kept;
    kept.reserve(found.size());
    qsizetype next = 0; // found is in article and sentence order
    while (next < found.size()) {
        const int a = found[next].article, s = found[next].sentence;
        const qsizetype from = next;
        while (next < found.size() && found[next].article == a && found[next].sentence == s)
            ++next;
        const Article& article = articles[a];
        const Sentence& sentence = article.sentences[s];
        tokenizeForNames(article.text, sentence.start, sentence.end, tokens);
        const int firstWord = firstWordOf(article, tokens);
        qsizetype piece = from; // the first piece not yet kept or replaced
        for (int i = 0; i < tokens.size() && piece < next; ++i) {
            if (found[piece].start >= tokens[i].end || !isCapitalised(textOf(article, tokens[i])))
                continue;
            if (found[piece].start < tokens[i].start) { // a piece that began before this word
                kept.append(found[piece++]);
                --i;
                continue;
            }
            int whole = 0;
            for (int len = std::min<int>(Longest, int(tokens.size()) - i); len >= 2 && !whole; --len) {
                const qsizetype end = tokens[i + len - 1].end;
                const QString name = QString::fromRawData(article.text.constData() + tokens[i].start, end - tokens[i].start);
                if (!confident.contains(name))
                    continue;
                qsizetype last = piece; // the pieces inside the name; one a rule decided stays
                bool rule = false;
                while (last < next && found[last].start < end && found[last].end <= end)
                    rule = rule || found[last++].rule;
                const bool inside = last > piece && (last == next || found[last].start >= end);
                const bool same = last == piece + 1 && found[piece].start == tokens[i].start && found[piece].end == end;
                if (inside && !same && !rule) {
                    kept.append({a, s, tokens[i].start, end, kinds.value(name, found[piece].kind),
                                 found[piece].confidence, i == firstWord, false});
                    piece = last;
                    whole = len;
                }
            }
            i += std::max(whole - 1, 0);
        }
        while (piece < next)
            kept.append(found[piece++]);
    }
    found = std::move(kept);
}

// Step 4: a confident name is a name wherever it stands capitalised in the folder, and so are the
// first and last words of a person's name once the full name has been seen, and so is an outlet
// of the folder.
void carryNames(const QList<Article>& articles, const NameEvidence& evidence, const QSet<QString>& confident,
                const QSet<QString>& outlets, const QHash<QString, MentionKind>& kinds, QList<Found>& found)
{
    constexpr int Longest = 5;
    QList<NameToken> tokens;
    QList<Found> added;
    qsizetype next = 0; // found is in article and sentence order
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            const Sentence& sentence = article.sentences[s];
            const qsizetype from = next;
            while (next < found.size() && found[next].article == a && found[next].sentence == s)
                ++next;
            if (sentence.boilerplate)
                continue;
            tokenizeForNames(article.text, sentence.start, sentence.end, tokens);
            const int firstWord = firstWordOf(article, tokens);
            qsizetype taken = from; // the next name of this sentence already found
            for (int i = 0; i < tokens.size(); ++i) {
                while (taken < next && found[taken].end <= tokens[i].start)
                    ++taken;
                if (taken < next && found[taken].start < tokens[i].end) {
                    continue;
                }
                const QStringView w = textOf(article, tokens[i]);
                if (!isCapitalised(w) || isInitial(w) || !evidence.factsOf(w).nameWord())
                    continue;
                for (int len = std::min<int>(Longest, int(tokens.size()) - i); len >= 1; --len) {
                    const qsizetype end = tokens[i + len - 1].end;
                    if (taken < next && found[taken].start < end)
                        continue;
                    const QString name = QString::fromRawData(article.text.constData() + tokens[i].start, end - tokens[i].start);
                    // An outlet's name, unless it is a common word the folder writes in lower case
                    // ("Endangered" of endangered.org; not "Colts" of colts.com).
                    const bool outlet = WordKey(name, WordKey::Lower).in(outlets) &&
                                        (!Lexicon::instance().isCommonWord(name) || !evidence.seenLower(name));
                    const bool known = confident.contains(name) || outlet ||
                                       (len == 1 && kinds.value(name, MentionKind::Money) == MentionKind::Person &&
                                        evidence.factsOf(w).dictionary != 1);
                    if (!known)
                        continue;
                    if (len == 1 && i == firstWord && evidence.factsOf(w).dictionary == 1)
                        break;
                    // One word inside a longer name is that name's, not a person's: "Hall" of "Hall of
                    // Fame", "Health" of "Natural Health Industry".
                    if (len == 1 && kinds.value(name, MentionKind::Organization) == MentionKind::Person &&
                        insideLongerName(article, tokens, i, firstWord))
                        break;
                    added.append({a, s, tokens[i].start, end, kinds.value(name, MentionKind::Organization), 0.f, i == firstWord, false});
                    i += len - 1;
                    break;
                }
            }
        }
    }
    found += added;
    std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
        return x.article != y.article ? x.article < y.article : x.start < y.start;
    });
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

// Acronyms the folder defines as terms ("fetal alcohol syndrome (FAS)", "acute flaccid myelitis
// (AFM)") and nowhere as the name of something ("Fetal Alcohol Spectrum Disorder (FASD)" names
// nothing either, but could be an organisation's name): the model reads such capitals as names.
// "Fetal Alcohol Spectrum Disorder", "Affordable Care Act": a long form in Title Case whose last
// word is a common noun WordNet files as a state (a disorder, a disease), an act, a process, a
// phenomenon, an attribute, a quantity or a cognition names a thing, not an organisation; unless
// a word of it is an institution's head, a place or a proper noun ("National Institute of
// Neurological Disorders", "Centers for Disease Control and Prevention").
bool namesAThing(const NameEvidence& evidence, QStringView longForm)
{
    const QList<QStringView> words = longForm.tokenize(u' ', Qt::SkipEmptyParts).toContainer();
    if (words.isEmpty())
        return false;
    static constexpr int thingFiles[] = {4, 7, 9, 19, 22, 24, 26};
    const int file = WordNet::instance().nounFile(words.last().toString().toLower());
    if (std::find(std::begin(thingFiles), std::end(thingFiles), file) == std::end(thingFiles))
        return false;
    return std::none_of(words.cbegin(), words.cend(), [&evidence](QStringView w) {
        const NameWordFacts& facts = evidence.factsOf(w);
        return w.front().isUpper() && (headNoun(evidence, w) || facts.place || facts.dictionary != 1 ||
                                       facts.wordnet != quint8(WordNet::EntityClass::None));
    });
}

QSet<QString> termAcronyms(const QList<Article>& articles, const NameEvidence& evidence)
{
    QSet<QString> terms, named;
    for (const Article& article : articles) {
        for (const Sentence& sentence : article.sentences) {
            Interruption::checkpoint();
            const QStringView text = QStringView(article.text).sliced(sentence.start, sentence.end - sentence.start);
            if (!text.contains(u'('))
                continue;
            for (const Acronyms::Definition& d : Acronyms::definitions(text))
                (d.term || namesAThing(evidence, d.longForm) ? terms : named).insert(d.acronym);
        }
    }
    return terms - named;
}

// A headline in Title Case ("Hugh Jackman to Host Oscars"): four words or more, seven in ten
// capitalised.
bool inTitleCase(const Article& article, int sentence)
{
    const Sentence& s = article.sentences[sentence];
    int words = 0, capitals = 0;
    for (const QStringView word : QStringView(article.text).sliced(s.start, s.end - s.start).tokenize(u' ', Qt::SkipEmptyParts)) {
        Interruption::checkpoint(); // counted work: a sentence read once per name would show in tst_shapes
        ++words;
        capitals += word[0].isUpper() ? 1 : 0;
    }
    return words >= 4 && capitals * 10 >= words * 7;
}

// The last words of the folder's people named in full ("Devin Nunes" gives "Nunes"), each with how
// often it is written so, not in a headline in Title Case, where "Host Oscars" looks like a name.
QHash<QString, int> surnamesOf(const QList<Article>& articles, const QList<Found>& found,
                         const QHash<QString, MentionKind>& kinds)
{
    QHash<QString, int> out;
    // Names come sentence by sentence: each sentence is read for its case once, however many
    // names it holds (a one-line page is one sentence of thousands of names).
    int article = -1, sentence = -1;
    bool titleCase = false;
    for (const Found& f : found) {
        const QString text = articles[f.article].text.sliced(f.start, f.end - f.start);
        const qsizetype space = text.lastIndexOf(u' ');
        if (space <= 0 || kinds.value(text, f.kind) != MentionKind::Person)
            continue;
        if (f.article != article || f.sentence != sentence) {
            article = f.article;
            sentence = f.sentence;
            titleCase = inTitleCase(articles[f.article], f.sentence);
        }
        if (!titleCase)
            ++out[text.mid(space + 1)];
    }
    return out;
}

// The folder's outlets, lower case: every one a page's address names, and a metadata name that
// two pages give.
QSet<QString> folderOutlets(const QList<Article>& articles)
{
    QSet<QString> outlets;
    QHash<QString, int> named;
    for (const Article& article : articles) {
        const bool host = isHostName(article.outlet);
        for (const QString& key : outletKeys(article.outlet)) {
            if (host || ++named[key] == 2)
                outlets.insert(key);
        }
    }
    return outlets;
}

// A name the model took for a person or a place that is one of the folder's outlets is that news
// organisation ("told Reuters", "Reuters" read as a place); a place the gazetteers or WordNet know
// stays a place ("Boston" of boston.com).
bool isOutletName(const QString& text, MentionKind kind, const QSet<QString>& outlets)
{
    if ((kind != MentionKind::Person && kind != MentionKind::Place) || !outlets.contains(text.toLower()))
        return false;
    return kind == MentionKind::Person || !knownPlace(text);
}

// "Alan Shearer (Newcastle)", "Dion Dublin (Coventry)": a town in brackets right after a person
// is the club the person plays for, as results and scorers' lists write it; a country there is
// the person's nation ("Pete Sampras (U.S.)") and stays a place.
bool clubOfPlayer(const Article& article, const Mention& previous, const Mention& m, const QString& text)
{
    if (previous.kind != MentionKind::Person || previous.sentence != m.sentence || m.start < 2 ||
        m.end >= article.text.size() || article.text[m.end] != u')' || Lexicon::instance().isCountry(text))
        return false;
    const QStringView between = QStringView(article.text).sliced(previous.end, m.start - previous.end);
    return between.trimmed() == u"(";
}

// "the Sixers", "the Yankees": a plural name after "the" is a team or a band, not a person
// (teamsOf weighs it against a surname of the same text).
bool isTeamName(const Article& article, const Found& f, const QString& text)
{
    // An English plural ends in s after a consonant or an e ("Sixers", "Yankees", "Crips");
    // "Jesus", "Christmas", "Atlantis" and "Hamas" are no plurals.
    if (text.size() < 4 || !text.endsWith(u's') || text.contains(u' '))
        return false;
    const QChar before = text[text.size() - 2].toLower();
    if (before == u's' || before == u'u' || before == u'i' || before == u'a' || before == u'o')
        return false;
    const QStringView head = QStringView(article.text).first(f.start);
    if (!head.endsWith(u' '))
        return false;
    const QStringView word = head.chopped(1);
    if (!word.endsWith(u"the", Qt::CaseInsensitive))
        return false;
    return word.size() == 3 || !word[word.size() - 4].isLetterOrNumber();
}

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
        std::map<qsizetype, qsizetype> taken; // start to end of the names kept, which never overlap
        for (const Mention& m : std::as_const(kept))
            taken.insert({m.start, m.end});
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
                // The stretch taken nearest after `at`, or the one before reaching past it.
                auto next = taken.lower_bound(at);
                const bool overlaps = (next != taken.end() && next->first < end) ||
                                      (next != taken.begin() && std::prev(next)->second > at);
                if (overlaps)
                    continue;
                taken.insert({at, end});
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

// "North Korean leader", "North Koreans": a point of the compass before a people's adjective
// or its plural is part of it ("Korean" is never a name, NameCues::isNeverName), not a place
// called "North" ("the North's government" still is).
bool compassBeforePeople(const Article& article, const Found& f, const QString& text)
{
    static const QSet<QString> compass = {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East"),
                                          QStringLiteral("West")};
    auto peoples = [](QStringView w) {
        return !w.isEmpty() && w.front().isUpper() &&
               (NameCues::isNeverName(w) || (w.endsWith(u's') && NameCues::isNeverName(w.chopped(1))));
    };
    const qsizetype space = text.indexOf(u' ');
    if (!compass.contains(space < 0 ? text : text.first(space)))
        return false;
    if (space >= 0) // the model's "North Korean"
        return !text.sliced(space + 1).contains(u' ') && peoples(QStringView(text).sliced(space + 1));
    const QString& body = article.text;
    if (f.end + 1 >= body.size() || body[f.end] != u' ')
        return false;
    qsizetype end = f.end + 1;
    while (end < body.size() && body[end].isLetter())
        ++end;
    return peoples(QStringView(body).sliced(f.end + 1, end - f.end - 1));
}



// After a dateline in capitals that ends at token @p last, and at most a comma and three
// capitalised words more ("CHRISTCHURCH, New Zealand"), one to three capitalised words in brackets
// before a dash: the first and last token of that credit.
std::optional<std::pair<int, int>> datelineCredit(const Article& article, const QList<NameToken>& tokens, int last)
{
    const int n = int(tokens.size());
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    int i = last + 1;
    if (i < n && word(i) == u",") {
        for (++i; i < n && i - last <= 4 && isCapitalised(word(i)) && word(i) != u"("; ++i) {
        }
    }
    if (i >= n || word(i) != u"(")
        return std::nullopt;
    const int first = i + 1;
    int end = first;
    while (end < n && end - first < 3 && isCapitalised(word(end)))
        ++end;
    if (end == first || end + 1 >= n || word(end) != u")")
        return std::nullopt;
    const QStringView dash = word(end + 1);
    if (dash != u"-" && dash != u"\u2014" && dash != u"\u2013" && dash != u"--")
        return std::nullopt;
    return std::pair{first, end - 1};
}

// A run of capitalised words that the gazetteers know whole as a place, joined by "and", "of",
// "de" or a hyphen ("Bosnia and Herzegovina", "Trinidad and Tobago", "Isle of Man"): one place,
// not two. Only the whole run, with no capitalised word right before or after it ("Nova Scotia
// House of Assembly" is a body).
void gazetteerPlaces(const Article& article, int a, int s, const QList<NameToken>& tokens, QList<Found>& out)
{
    constexpr int Longest = 8;
    const int n = int(tokens.size());
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    auto joins = [](QStringView w) { return w == u"and" || w == u"of" || w == u"de" || w == u"-"; };
    const int firstWord = firstWordOf(article, tokens);
    for (int i = 0; i < n;) {
        if (!isCapitalised(word(i))) {
            ++i;
            continue;
        }
        int last = i, k = i + 1;
        for (; k < n && k - i < Longest && (isCapitalised(word(k)) || joins(word(k))); ++k) {
            if (isCapitalised(word(k)))
                last = k;
        }
        const bool whole = k == n || k - i < Longest || !isCapitalised(word(k));
        // "Saint John", "Saint Joseph" are parishes too, but news names the saints (and their
        // schools) far more often: left to the model.
        const bool saint = word(i) == u"Saint" || word(i) == u"St.";
        if (whole && last > i && !saint) {
            const QString name = QStringView(article.text).sliced(tokens[i].start, tokens[last].end - tokens[i].start).toString();
            if (Lexicon::instance().isPlace(name.simplified()))
                out.append({a, s, tokens[i].start, tokens[last].end, MentionKind::Place, 3.f, i == firstWord, false});
        }
        i = last + 1;
    }
}

// "Chelsea manager Ruud Gullit", "the Arsenal striker", "England captain Alan Shearer": a name
// right before a word for a side's staff written in lower case names the side: a club is an
// organisation, a nation's side the nation (as wires mark it). Up to three capitalised words; at
// the start of a sentence a first word the dictionary has in lower case counts only when the
// folder also capitalises it inside a sentence ("Former manager ..." names no side); not the end
// of a longer name ("Hall of Fame coach"). A person's name follows, or "the" goes before.
void staffNames(const Article& article, int a, int s, const QList<NameToken>& tokens, const NameEvidence& evidence,
                QList<Found>& out)
{
    static const QSet<QString> staff = {
        QStringLiteral("manager"),    QStringLiteral("coach"),      QStringLiteral("striker"),
        QStringLiteral("midfielder"), QStringLiteral("goalkeeper"),
        QStringLiteral("keeper"),     QStringLiteral("winger"),     QStringLiteral("captain"),
        QStringLiteral("skipper"),    QStringLiteral("quarterback"), QStringLiteral("pitcher"),
        QStringLiteral("boss")};
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    const int firstWord = firstWordOf(article, tokens);
    for (int k = 1; k + 1 < int(tokens.size()); ++k) {
        if (!staff.contains(word(k).toString()))
            continue;
        int first = k;
        while (first > 0 && k - first < 3 && isCapitalised(word(first - 1)) && evidence.factsOf(word(first - 1)).nameWord())
            --first;
        if (first == k || (first == firstWord && Lexicon::instance().isCommonWord(word(first)) &&
                           !evidence.seenCapitalisedInside(word(first))))
            continue;
        // The end of a longer name ("Hall of Fame coach"): not a side.
        if (first > 1 && (word(first - 1) == u"of" || word(first - 1) == u"and" || word(first - 1) == u"&") &&
            isCapitalised(word(first - 2)))
            continue;
        const bool the = first > 0 && word(first - 1).compare(u"the", Qt::CaseInsensitive) == 0;
        if (!the && !isCapitalised(word(k + 1)))
            continue;
        const QStringView name = QStringView(article.text).sliced(tokens[first].start, tokens[k - 1].end - tokens[first].start);
        const bool country = Lexicon::instance().isCountry(name);
        out.append({a, s, tokens[first].start, tokens[k - 1].end, country ? MentionKind::Place : MentionKind::Organization,
                    3.f, first == firstWord, !country});
    }
}

// Names that the shape of a line gives away, as wires and results pages write them:
// - a dateline, a run of up to three words in capitals opening the sentence before a date or a
//   bracket ("PARIS 1997-06-04", "WASHINGTON (Reuters)"), is the place it names when the
//   gazetteers or WordNet know it;
// - a row of results or of a table ("Arsenal 2 Chelsea 1", "Barnsley 7 5 1 1 15 7 16"), runs of
//   capitalised words each followed by whole numbers and nothing else (two runs, or one before
//   three numbers or more), names teams: organisations, or places where the name is a country's
//   (a nation's side is the nation, as wires mark it; a city's club is a club: "Utrecht 2
//   Groningen 0").
void layoutNames(const Article& article, int a, int s, const QList<NameToken>& tokens, const NameEvidence& evidence,
                 QList<Found>& out)
{
    auto word = [&](int k) { return textOf(article, tokens[k]); };
    auto capitals = [](QStringView w) {
        return w.size() > 1 && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isUpper() || c == u'.'; });
    };
    auto span = [&](int first, int last) {
        return QStringView(article.text).sliced(tokens[first].start, tokens[last].end - tokens[first].start);
    };
    const int n = int(tokens.size());
    int last = -1;
    while (last + 1 < n && last < 2 && capitals(word(last + 1)) && !NameCues::isFunctionWord(word(last + 1)))
        ++last;
    if (last >= 0) {
        // The wire or outlet in brackets after the dateline: "CAIRO (Reuters) -", "CHRISTCHURCH,
        // New Zealand (AP) —".
        if (const auto credit = datelineCredit(article, tokens, last))
            out.append({a, s, tokens[credit->first].start, tokens[credit->second].end, MentionKind::Organization, 3.f,
                        false, false});
    }
    if (last >= 0 && last + 1 < n && (word(last + 1).front().isDigit() || word(last + 1) == u"(") &&
        knownPlace(titled(span(0, last)))) {
        out.append({a, s, tokens[0].start, tokens[last].end, MentionKind::Place, 3.f, true, false});
        return;
    }
    // A team's words: capitalised letters, in capitals no common word but a club's ("UNITED"), no
    // month or weekday ("JULY"), no abbreviation ("No. 8").
    auto teamWord = [&](QStringView w) {
        const NameWordFacts& facts = evidence.factsOf(w);
        return isCapitalised(w) && facts.nameWord() && (!capitals(w) || facts.dictionary != 1 || NameCues::isClubWord(w)) &&
               std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter() || c == u'-' || c == u'\''; }) &&
               !NameCues::isNeverName(titled(w));
    };
    QList<std::pair<int, int>> runs;
    int numbers = 0;
    for (int i = 0; i < n;) {
        const int first = i;
        while (i < n && i - first < 4 && teamWord(word(i)))
            ++i;
        if (i == first)
            return;
        runs.append({first, i - 1});
        numbers = 0;
        for (; i < n && std::all_of(word(i).cbegin(), word(i).cend(), [](QChar c) { return c.isDigit(); }); ++i)
            ++numbers;
        if (numbers == 0)
            return;
        while (i < n && !word(i).front().isLetterOrNumber())
            ++i;
    }
    if (runs.size() < 2 && numbers < 3)
        return;
    for (const auto& [first, end] : std::as_const(runs)) {
        // A club is one whatever the folder makes of its city elsewhere: the row decides it.
        const bool country = Lexicon::instance().isCountry(span(first, end));
        out.append({a, s, tokens[first].start, tokens[end].end, country ? MentionKind::Place : MentionKind::Organization,
                    3.f, first == 0, !country});
    }
}

// A name right before the head word of a contest's or an award's name is part of that name, not
// the person, organisation or place it is alone ("Stanley Cup", "Academy Awards", "Zandvoort
// Grand Prix").
bool opensEventName(const QString& text, qsizetype end)
{
    auto nextWord = [&text](qsizetype& at) -> QStringView {
        if (at >= text.size() || text[at] != u' ')
            return {};
        const qsizetype from = ++at;
        while (at < text.size() && text[at].isLetter())
            ++at;
        return QStringView(text).sliced(from, at - from);
    };
    qsizetype at = end;
    QStringView next = nextWord(at);
    if (next == u"Grand")
        next = nextWord(at);
    return !next.isEmpty() && NameCues::isEventHead(next) && (at == text.size() || !text[at].isLetterOrNumber());
}

// A first name the model left out of a person's name ("signed Ian Jones" tagged "Jones"): a
// capitalised word right before the name, in no other name, that the dictionary lists only
// capitalised (a proper noun: "Ian", "Julius") and WordNet knows for nothing but a named person.
// Not a kind of person ("Republican John McCain"), a title ("Chancellor Helmut Kohl"), a place
// ("Texas"), nor a word the dictionary does not know ("Undersheriff James Gage", "Seahawk
// Julius Jones").
void extendToFirstNames(const Article& article, const QList<NameToken>& tokens, const NameEvidence& evidence,
                        QList<Found>& names)
{
    const Lexicon& lexicon = Lexicon::instance();
    const WordNet& wordnet = WordNet::instance();
    qsizetype previousEnd = -1;
    for (Found& f : names) {
        const qsizetype ownEnd = f.end;
        if (f.kind == MentionKind::Person && !f.rule) {
            const auto at = std::lower_bound(tokens.cbegin(), tokens.cend(), f.start,
                                             [](const NameToken& t, qsizetype start) { return t.start < start; });
            if (at != tokens.cbegin() && at != tokens.cend() && at->start == f.start) {
                const NameToken& before = *(at - 1);
                const QStringView w = textOf(article, before);
                const QString lower = w.toString().toLower();
                const bool shaped = w.size() >= 2 && w.front().isUpper() &&
                                    std::all_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isLower(); });
                const bool named = lexicon.isProperNoun(w) && !wordnet.isKindOfPerson(lower) &&
                                   (wordnet.nounFile(lower) < 0 || wordnet.entityClass(lower) == WordNet::EntityClass::Person);
                if (shaped && before.end + 1 == f.start && before.start >= previousEnd && named &&
                    !lexicon.isCommonWord(w) && !lexicon.isPlace(w) && !evidence.seenLower(w) &&
                    !NameCues::isFunctionWord(w) && !NameCues::isHonorific(w) && !NameCues::isPersonTitle(w) &&
                    !NameCues::isNeverName(w)) {
                    f.start = before.start;
                    f.initial = f.initial || before.start == tokens.front().start;
                }
            }
        }
        previousEnd = ownEnd;
    }
}

// The particles inside a person's name ("Nikolaus van der Pas", "Luiz Inacio Lula da Silva",
// "Charles de Gaulle", "Osama bin Laden"): a person's name the model ended before them goes on
// through them to the capitalised surname after, when no other name stands there.
void extendAcrossParticles(const Article& article, const QList<NameToken>& tokens, QList<Found>& names)
{
    static const QSet<QString> particles = {QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"), QStringLiteral("da"), QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("du"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("al"), QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("zu")};
    auto word = [&](qsizetype k) { return textOf(article, tokens[k]); };
    for (qsizetype n = 0; n < names.size(); ++n) {
        Found& f = names[n];
        if (f.kind != MentionKind::Person || f.rule)
            continue;
        const auto at = std::lower_bound(tokens.cbegin(), tokens.cend(), f.end,
                                         [](const NameToken& t, qsizetype end) { return t.end < end; });
        if (at == tokens.cend() || at->end != f.end)
            continue;
        qsizetype k = at - tokens.cbegin() + 1;
        const qsizetype firstParticle = k;
        while (k < tokens.size() && k - firstParticle < 2 && tokens[k - 1].end + 1 == tokens[k].start &&
               particles.contains(word(k).toString()))
            ++k;
        if (k == firstParticle || k >= tokens.size() || tokens[k - 1].end + 1 != tokens[k].start ||
            !isCapitalised(word(k)) || NameCues::isFunctionWord(word(k)) || NameCues::isNeverName(word(k)))
            continue;
        qsizetype last = k;
        while (last + 1 < tokens.size() && last - k < 1 && tokens[last].end + 1 == tokens[last + 1].start &&
               isCapitalised(word(last + 1)) && !NameCues::isFunctionWord(word(last + 1)))
            ++last;
        // A name of its own after the particles (a place, "the Duke of ... de Paris") is left as it is,
        // unless it is the person's surname the model read apart.
        const qsizetype end = tokens[last].end;
        const bool taken = n + 1 < names.size() && names[n + 1].start < end &&
                           !(names[n + 1].kind == MentionKind::Person && names[n + 1].start == tokens[k].start);
        if (taken)
            continue;
        qsizetype newEnd = end;
        if (n + 1 < names.size() && names[n + 1].start < end) {
            f.confidence = std::max(f.confidence, names[n + 1].confidence);
            newEnd = std::max(newEnd, names[n + 1].end);
            names.removeAt(n + 1);
        }
        names[n].end = newEnd;
    }
}

// Step 2: each sentence's names, rules over cues over the model, in article and sentence order.
QList<Found> sentenceNamesOf(const QList<Article>& articles, const NameEvidence& evidence)
{
    QList<Found> found;
    QList<Found> sentenceNames;
    QList<NameToken> tokens;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            const Sentence& sentence = article.sentences[s];
            if (sentence.boilerplate)
                continue;
            tokenizeForNames(article.text, sentence.start, sentence.end, tokens);
            sentenceNames.clear();
            QList<Found> model, cues, rules, layout, gazetteer;
            modelNames(article, a, s, tokens, evidence, model);
            cueNames(article, a, s, tokens, evidence, cues);
            ruleNames(article, a, s, tokens, rules, cues);
            layoutNames(article, a, s, tokens, evidence, layout);
            staffNames(article, a, s, tokens, evidence, layout);
            gazetteerPlaces(article, a, s, tokens, gazetteer);
            layer(sentenceNames, rules);
            layer(sentenceNames, layout); // a row of results or a side's staff names a city's club, not the city
            layer(sentenceNames, gazetteer);
            layer(sentenceNames, cues);
            layer(sentenceNames, model);
            std::sort(sentenceNames.begin(), sentenceNames.end(),
                      [](const Found& x, const Found& y) { return x.start < y.start; });
            sentenceNames.removeIf([&article](const Found& f) { return !f.rule && opensEventName(article.text, f.end); });
            extendToFirstNames(article, tokens, evidence, sentenceNames);
            extendAcrossParticles(article, tokens, sentenceNames);
            found += sentenceNames;
        }
    }
    return found;
}

// A plural name the folder writes after "the" as a team's is that team wherever it stands
// ("Sixers president Billy King").
QSet<QString> teamsOf(const QList<Article>& articles, const QList<Found>& found, const QHash<QString, MentionKind>& kinds)
{
    // A surname of someone the folder names in full stays a person's ("the Nunes memo"), unless
    // "the" stands before it more than twice as often as the full name is written ("the Sixers"
    // of an article that once reads "Philly Sixers" as a person).
    const QHash<QString, int> surnames = surnamesOf(articles, found, kinds);
    QHash<QString, int> afterThe;
    for (const Found& f : found) {
        if (f.rule || articles[f.article].text[f.end - 1] != u's')
            continue; // only a plural can be a team's name
        const QString text = articles[f.article].text.sliced(f.start, f.end - f.start);
        if (kinds.value(text, f.kind) == MentionKind::Person && isTeamName(articles[f.article], f, text))
            ++afterThe[text];
    }
    QSet<QString> teams;
    for (auto it = afterThe.cbegin(); it != afterThe.cend(); ++it) {
        if (it.value() > 2 * surnames.value(it.key()))
            teams.insert(it.key());
    }
    return teams;
}

} // namespace

// Genera of living things, as binomial names write them: one capitalised word the folder writes
// before a lower-case word that neither the dictionary nor WordNet knows, the species ("Caihong
// juji", "Staphylococcus aureus"; not "Juan de la Cruz", nor "Trump tweeted"). A genus is nobody's
// name: on multinews-dev "Caihong" of "Caihong juji", a feathered dinosaur, was a person x60.
QSet<QString> generaOf(const QList<Article>& articles, const QList<Found>& found)
{
    static const QSet<QString> particles = {QStringLiteral("de"), QStringLiteral("da"), QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"), QStringLiteral("do"), QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("du"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("y"), QStringLiteral("e")};
    // A species epithet is Latin in form ("juji", "aureus", "sapiens", "coli"), and a binomial
    // is written out more than once; "Trump tweeted" is neither.
    static const QStringView latinEndings[] = {u"i", u"a", u"ae", u"us", u"um", u"is", u"es", u"ens", u"x"};
    QHash<QString, int> binomials;
    QSet<QString> out;
    for (const Found& f : found) {
        const QString& text = articles[f.article].text;
        if (f.rule || f.end + 4 > text.size() || text[f.end] != u' ' || !text[f.end + 1].isLower())
            continue;
        qsizetype end = f.end + 1;
        while (end < text.size() && text[end].isLetter() && text[end].isLower())
            ++end;
        if (end - f.end - 1 < 3 || (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'-')))
            continue;
        const QString name = text.sliced(f.start, f.end - f.start);
        const QString species = text.sliced(f.end + 1, end - f.end - 1);
        if (name.contains(u' ') || particles.contains(species) || NameCues::isFunctionWord(species) ||
            Lexicon::instance().isCommonWord(species) || !WordNet::instance().concepts(species).isEmpty() ||
            std::none_of(std::begin(latinEndings), std::end(latinEndings),
                         [&species](QStringView e) { return species.endsWith(e); }))
            continue;
        if (++binomials[name + u' ' + species] == 2)
            out.insert(name);
    }
    return out;
}

// The surnames of the people an article names in full, with confidence: news gives a person's
// full name once and then the surname alone ("Bob Dudley" … "Dudley has to work harder"). In that
// article the word is the person, whatever the folder's vote on it says ("Dudley" is also a town).
QList<QSet<QString>> personWordsOf(const QList<Article>& articles, const QList<Found>& found,
                                   const QHash<QString, MentionKind>& kinds, float confidence = ConfidentMargin)
{
    QList<QSet<QString>> out(articles.size());
    for (const Found& f : found) {
        const QString text = articles[f.article].text.sliced(f.start, f.end - f.start);
        if ((f.rule ? f.kind : kinds.value(text, f.kind)) != MentionKind::Person)
            continue;
        const QStringList words = text.split(u' ');
        if (words.size() < 2 || words.size() > 4 || f.confidence < confidence)
            continue;
        // A word in capitals is nobody's surname ("DAB" of "DAB Chairman Starry Lee"), nor is one
        // the dictionary knows as a place ("Egypt" of a misread "Telecom Egypt").
        const QString& last = words.last();
        if (std::any_of(last.cbegin(), last.cend(), [](QChar c) { return c.isLower(); }) &&
            WordNet::instance().entityClass(last.toLower()) != WordNet::EntityClass::Location)
            out[f.article].insert(last);
    }
    return out;
}

// Whether the sentence is a headline in capitals: no letter of it in lower case.
bool inCapitals(const Article& article, int sentence)
{
    const Sentence& s = article.sentences[sentence];
    const QStringView text = QStringView(article.text).sliced(s.start, s.end - s.start);
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

// "New Orleans Saints", "Philadelphia 76ers", "Montreal Crystals": a place's name and a plural
// that is no feature of the land ("Cayman Islands", "Smoky Mountains") name a team of the place;
// so does a club's first word before a place ("Inter Milan", "Real Madrid", "Bayern Munich").
bool teamOfPlace(const QString& text)
{
    const qsizetype space = text.lastIndexOf(u' ');
    if (space <= 0)
        return false;
    if (const qsizetype first = text.indexOf(u' '); NameCues::isClubPrefix(QStringView(text).first(first))) {
        const QString rest = text.sliced(first + 1);
        return (Lexicon::instance().isPlace(rest) || knownPlace(rest)) && !Lexicon::instance().isPlace(text);
    }
    const QStringView last = QStringView(text).sliced(space + 1);
    const QString place = text.first(space);
    if (last.size() < 4 || !last.endsWith(u's') || last.endsWith(u"ss") || !last.front().isLetterOrNumber() ||
        !(Lexicon::instance().isPlace(place) || knownPlace(place)) || Lexicon::instance().isPlace(text) || knownPlace(text))
        return false;
    // Not a place whose own name ends in "s" ("West Texas", "Downtown Paris").
    const QString word = last.toString();
    if (Lexicon::instance().isPlace(word) || knownPlace(word))
        return false;
    // WordNet's lexicographer files of locations (15) and natural objects (17): "Islands", "Lands".
    constexpr int LocationFile = 15, ObjectFile = 17;
    const int file = WordNet::instance().nounFile(word.toLower());
    return file != LocationFile && file != ObjectFile;
}

// "Missouri Valley Conference", "Florida Bar": a name of two words or more that ends in a body's
// head noun is that body, though it opens with a place; a facility ("Staples Center") stays a place.
bool bodyOfPlace(const NameEvidence& evidence, const QString& text)
{
    const qsizetype space = text.lastIndexOf(u' ');
    if (space <= 0)
        return false;
    const QStringView last = QStringView(text).sliced(space + 1);
    return headNoun(evidence, last) && !NameCues::isFacilityHead(last) && !Lexicon::instance().isPlace(text) &&
           !knownPlace(text);
}

QList<QList<Mention>> NameRecognizer::recognize(const QList<Article>& articles, const Corrections& corrections)
{
    const NameEvidence evidence = folderEvidence(articles);
    QList<Found> found = sentenceNamesOf(articles, evidence);
    const QHash<QString, MentionKind> kinds = folderKinds(articles, found, evidence);
    // The folder names its outlets (isOutletName), and an outlet is a name wherever the folder
    // writes it capitalised ("told Reuters"). A page's address names its outlet reliably; a name
    // from a page's metadata counts when two pages give it (one page's "publisher" is now and then
    // its author).
    const QSet<QString> outlets = folderOutlets(articles);
    const QSet<QString> confident = confidentNames(articles, found);
    wholeNames(articles, confident, kinds, found);
    carryNames(articles, evidence, confident, outlets, kinds, found);
    const QSet<QString> teams = teamsOf(articles, found, kinds);

    // "Palestinians", "Greeks", "Yemenis": a plural of a word for a kind of person is a people, no
    // one's name. Known by WordNet (isKindOfPerson) when the dictionary has no lower-case word for
    // the singular, as for a people ("Childs", "Nunes": "child" and "nun" are common words, so
    // these are surnames); a team stays a team ("the Yankees"), a place a place ("Laos", "Kansas").
    auto isPeople = oncePerText([&teams](const QString& text) {
        const QString singular = text.chopped(1);
        return text.size() > 3 && text.endsWith(u's') && !text.contains(u' ') && !text.endsWith(u"ss") &&
               !teams.contains(text) && !Lexicon::instance().isCommonWord(singular) &&
               WordNet::instance().isKindOfPerson(singular.toLower()) && !knownPlace(text);
    });

    // "Christmas" or "No." as a person: one word that WordNet knows only as a time (a holiday,
    // a season) is nobody's name, nor is an abbreviated function word ("Juror No. 12").
    auto isThing = oncePerText([](const QString& text) {
        return (text.endsWith(u'.') && NameCues::isFunctionWord(text.chopped(1))) ||
               (!text.contains(u' ') && WordNet::instance().isOnlyTime(text.toLower()));
    });
    // "Watergate": one word that WordNet knows only as an event, a named one among its senses (a
    // scandal), is no person, organisation or place.
    auto isEvent = oncePerText([](const QString& text) {
        return !text.contains(u' ') && WordNet::instance().isOnlyEvent(text.toLower());
    });

    // "North Korea said": a country or city acts in the news, but readers mark it as the place it
    // is. A name the gazetteers know as a place, or WordNet does and it is no common word ("the
    // Center"), that the model took for an organisation is that place. Not one that ends in an
    // institution's word: WordNet files "New York Stock Exchange" under location (a stock exchange
    // is a workplace), yet readers mark the institution; the words that also end a state's name
    // ("Soviet Union", "Russian Federation", "Commonwealth of ...") are no sign either way.
    auto isPlaceName = oncePerText([](const QString& text) {
        const QStringView last = QStringView(text).sliced(text.lastIndexOf(u' ') + 1);
        const bool polity = last == u"Union" || last == u"Federation" || last == u"Commonwealth";
        if (text.contains(u' ') && !polity &&
            (NameCues::isOrganizationSuffix(last) || NameCues::isInstitutionHead(last)))
            return false;
        return Lexicon::instance().isPlace(text) || (!Lexicon::instance().isCommonWord(text) && knownPlace(text));
    });

    // "Web site", "Health care", "Alma mater": a word that opens a common noun WordNet knows is
    // no name there; unless WordNet has the word alone as an organisation or a place ("Navy man",
    // "an Army unit" name the service).
    auto opensCommonNoun = [&articles](const Found& f, const QString& text) {
        const QString& t = articles[f.article].text;
        if (text.contains(u' ') || f.end + 2 >= t.size() || t[f.end] != u' ' || !t[f.end + 1].isLower())
            return false;
        qsizetype end = f.end + 1;
        while (end < t.size() && t[end].isLetter())
            ++end;
        const WordNet& wordnet = WordNet::instance();
        const QString word = text.toLower();
        return wordnet.isCommonNounPhrase(word + u' ' + t.sliced(f.end + 1, end - f.end - 1)) &&
               wordnet.entityClass(word) == WordNet::EntityClass::None;
    };

    const QSet<QString> terms = termAcronyms(articles, evidence);
    const QSet<QString> genera = generaOf(articles, found);
    const QList<QSet<QString>> personWords = personWordsOf(articles, found, kinds);
    const QList<QSet<QString>> surnames = personWordsOf(articles, found, kinds, 0.f);

    QList<QList<Mention>> out(articles.size());
    for (const Found& f : found) {
        Mention m;
        m.start = f.start;
        m.end = f.end;
        m.sentence = f.sentence;
        const QString text = articles[f.article].text.sliced(f.start, f.end - f.start);
        if (!f.rule && (isPeople(text) || terms.contains(text) || genera.contains(text) || opensCommonNoun(f, text) ||
                        compassBeforePeople(articles[f.article], f, text) ||
                        opensEventName(articles[f.article].text, f.end)))
            continue;
        m.kind = f.rule ? f.kind : kinds.value(text, f.kind);
        // A name in a headline in capitals is what the folder makes of it in prose ("GRAF" of
        // "TENNIS - GRAF BEATS SELES" is the "Steffi Graf" of the story).
        // A person only when the article names the person in full, as the headline's story
        // does: a word in capitals elsewhere is as often a company's way of writing its name ("SEACOM").
        if (!f.rule && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); }) &&
            inCapitals(articles[f.article], f.sentence)) {
            const QString prose = titled(text);
            if (surnames[f.article].contains(prose) ||
                (prose.contains(u' ') && kinds.value(prose, MentionKind::Money) == MentionKind::Person))
                m.kind = MentionKind::Person;
            else if (const MentionKind k = kinds.value(prose, m.kind); k != MentionKind::Person)
                m.kind = k;
        }
        if (!f.rule && m.kind != MentionKind::Person && personWords[f.article].contains(text))
            m.kind = MentionKind::Person;
        if (!f.rule && ((m.kind == MentionKind::Person && isThing(text)) || isEvent(text)))
            continue;
        if (!f.rule && m.kind == MentionKind::Organization && isPlaceName(text))
            m.kind = MentionKind::Place;
        else if (!f.rule && m.kind == MentionKind::Place && (teamOfPlace(text) || bodyOfPlace(evidence, text)))
            m.kind = MentionKind::Organization;
        if (m.kind == MentionKind::Person && teams.contains(text))
            m.kind = MentionKind::Organization;
        else if (m.kind == MentionKind::Place && !out[f.article].isEmpty() &&
                 clubOfPlayer(articles[f.article], out[f.article].last(), m, text))
            m.kind = MentionKind::Organization;
        else if (isOutletName(text, m.kind, outlets))
            m.kind = MentionKind::Organization;
        out[f.article].append(m);
    }
    applyCorrections(articles, out, corrections);
    return out;
}

} // namespace Crosscheck::Core
