#include "discrepancies.h"

#include "articles/interruption.h"
#include "recognition/wordnet.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;

namespace {

struct Figure
{
    SentenceRef ref;
    int index;
    const Mention *mention;
    double low; // in the claim's common unit
    double high;
    QString unit;
    QString measures; // what the figure measures: only figures that measure the same thing compare
    QString entity;   // the name nearest before it in the sentence, case-folded, or empty
};

// What a qualified figure allows: "more than 100 mph" any speed from 100 up, "up to 120 mph" any
// up to 120, "about 70" a tenth either way. Two figures can both be true when what they allow
// overlaps, and then they are not a conflict.
struct Allowed
{
    double low;
    double high;
};

Allowed allowedBy(const Mention& m, double low, double high)
{
    static const QSet<QString> floors = {u"more than"_s, u"over"_s,         u"at least"_s, u"upwards of"_s,
                                         u"in excess of"_s, u"above"_s,     u"just over"_s, u"as little as"_s};
    static const QSet<QString> ceilings = {u"up to"_s,     u"as much as"_s, u"as many as"_s, u"less than"_s,
                                           u"fewer than"_s, u"under"_s,     u"below"_s,      u"at most"_s,
                                           u"just under"_s};
    static const QSet<QString> nearBelow = {u"nearly"_s, u"almost"_s, u"close to"_s};
    const QString& q = m.approx;
    if (q.isEmpty())
        return {low, high};
    if (floors.contains(q))
        return {low, std::numeric_limits<double>::infinity()};
    if (ceilings.contains(q))
        return {-std::numeric_limits<double>::infinity(), high};
    if (nearBelow.contains(q))
        return {low * 0.9, high};
    return {low * 0.9, high * 1.1}; // about, around, roughly, some, an estimated …
}

// The dates and days a sentence states, as written (case-folded): "as of Friday", "on 3 May".
QSet<QString> datesOf(const Article& a, int sentence)
{
    QSet<QString> out;
    const qsizetype start = a.sentences[sentence].start;
    auto it = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), start,
                               [](const Mention& m, qsizetype at) { return m.start < at; });
    for (; it != a.mentions.cend() && it->sentence == sentence; ++it) {
        if (it->kind == MentionKind::Date)
            out.insert(a.text.sliced(it->start, it->length()).toCaseFolded());
    }
    return out;
}

QString joinedSorted(const QSet<QString>& words)
{
    QStringList list(words.cbegin(), words.cend());
    list.sort();
    return list.join(u", "_s);
}

// "She married two more times", "another three": a count added to one already said, not a total.
bool isIncrement(const Article& a, const Mention& m)
{
    static const QRegularExpression after(QStringLiteral("^\\s+(?:more|additional|extra|further)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression before(QStringLiteral("\\b(?:another|an additional|a further)\\s+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QStringView text(a.text);
    return after.matchView(text.sliced(m.end, std::min<qsizetype>(16, text.size() - m.end))).hasMatch() ||
           before.matchView(text.sliced(std::max<qsizetype>(0, m.start - 20), std::min<qsizetype>(20, m.start)))
               .hasMatch();
}

// Whether a sentence gives a running total ("in their five operations so far", "to date", "in
// all"): it counts more than one event's figure, and is compared only with another total.
bool isRunningTotal(const Article& a, int sentence)
{
    static const QRegularExpression total(
        QStringLiteral("\\b(?:so far|thus far|(?<!up )to date|all told|altogether|in total|cumulative(?:ly)?|in all(?=\\W*$|[,;:]))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const Sentence& s = a.sentences[sentence];
    return total.matchView(QStringView(a.text).sliced(s.start, s.end - s.start)).hasMatch();
}

// A word as compared between sentences: lower case, a plural's "s" dropped.
QString nounKey(QStringView word)
{
    QString w = word.toString().toLower();
    if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss"))
        w.chop(1);
    return w;
}

// The position of @p m in its article's mentions (sorted by start, not overlapping).
qsizetype indexOf(const Article& a, const Mention& m)
{
    const auto it = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), m.start,
                                     [](const Mention& x, qsizetype at) { return x.start < at; });
    return it - a.mentions.cbegin();
}

// The nearest mention on either side of @p m in its sentence that @p wanted accepts, looking at
// most a few mentions away: a sentence dense with figures costs no more than its length.
template<typename Wanted>
const Mention *nearestMention(const Article& a, const Mention& m, Wanted wanted)
{
    constexpr qsizetype kReach = 8;
    const qsizetype at = indexOf(a, m);
    const Mention *best = nullptr;
    auto distance = [&m](const Mention& n) { return n.end <= m.start ? m.start - n.end : n.start - m.end; };
    for (qsizetype k = at - 1; k >= 0 && k >= at - kReach && a.mentions[k].sentence == m.sentence; --k) {
        if (wanted(a.mentions[k])) {
            best = &a.mentions[k];
            break;
        }
    }
    for (qsizetype k = at + 1; k < a.mentions.size() && k <= at + kReach && a.mentions[k].sentence == m.sentence; ++k) {
        if (wanted(a.mentions[k])) {
            if (!best || distance(a.mentions[k]) < distance(*best))
                best = &a.mentions[k];
            break;
        }
    }
    return best;
}

// The person a bare number right after a name and a comma is the age of ("Banky, 40,"), or of
// an "NN-year-old" the person named nearest in the sentence.
QString ageOf(const Article& a, const Mention& m)
{
    const bool yearOld = m.kind == MentionKind::Duration && m.unit == u"year" &&
                         QStringView(a.text).mid(m.end, 5).startsWith(u"-old");
    const bool afterComma = m.kind == MentionKind::Number && m.start >= 2 && a.text[m.start - 1] == u' ' &&
                            a.text[m.start - 2] == u',' && m.end < a.text.size() &&
                            (a.text[m.end] == u',' || a.text[m.end] == u'.' || a.text[m.end] == u')');
    if (!yearOld && !afterComma)
        return {};
    if (yearOld) {
        // "23-year-old Laci", "the 32-year-old Peterson": a name right after is whose age it is,
        // whoever else the sentence names.
        const qsizetype after = m.end + 4; // past "-old"
        const qsizetype at = indexOf(a, m) + 1;
        if (at < a.mentions.size() && a.mentions[at].start == after + 1 && a.mentions[at].kind == MentionKind::Person)
            return a.text.sliced(a.mentions[at].start, a.mentions[at].length()).section(u' ', -1).toCaseFolded();
        if (after + 1 < a.text.size() && a.text[after] == u' ' && a.text[after + 1].isUpper()) {
            qsizetype end = after + 1;
            while (end < a.text.size() && a.text[end].isLetter())
                ++end;
            return a.text.sliced(after + 1, end - after - 1).toCaseFolded();
        }
    }
    const Mention *person = nearestMention(a, m, [&](const Mention& n) {
        return n.kind == MentionKind::Person && (!afterComma || n.end == m.start - 2);
    });
    if (!person)
        return {};
    // The surname stands for the person: "Eric Allen Kirkpatrick" and "Kirkpatrick" are one.
    return a.text.sliced(person->start, person->length()).section(u' ', -1).toCaseFolded();
}

// What a figure measures, as a key: money (a change apart from a level), a percentage, a time of
// day, a quantity of one dimension, a person's age, or a count of a named noun ("51 knockouts",
// "23 pirates"). Empty when the sentence does not say: such a figure is compared with nothing.
// True when a name (person, organisation, place, product) starts right after figure @p m: a
// recognised one, or a capitalised word, which mid-sentence is a proper noun.
bool namesFollow(const Article& a, const Mention& m)
{
    const QStringView rest = QStringView(a.text).sliced(m.end).trimmed();
    if (!rest.isEmpty() && rest.front().isUpper())
        return true;
    const auto next = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), m.end,
                                       [](const Mention& x, qsizetype at) { return x.start < at; });
    for (auto it = next; it != a.mentions.cend() && it->start <= m.end + 2; ++it) {
        if (!it->isFigure() && QStringView(a.text).sliced(m.end, it->start - m.end).trimmed().isEmpty())
            return true;
    }
    return false;
}

// What a count counts: the noun right after it, past "of the" ("23 of the raiders"); a plural
// noun after a singular word is the head the word modifies when the count is more than one ("two
// speed boats" are boats, as "three boats" are). A verb's "-ing" form that follows narrows it ("four touchdowns receiving"
// are not "six touchdowns on offense"). Empty when no noun follows.
QString countOf(const Article& a, const Mention& m, const QString& change)
{
    const Sentence& s = a.sentences[m.sentence];
    static const QSet<QString> skip = {u"of"_s, u"the"_s, u"more"_s, u"other"_s, u"new"_s};
    // Participles that work as prepositions: they lead on to something else, never narrow the noun.
    static const QSet<QString> prepositions = {u"including"_s, u"excluding"_s, u"following"_s, u"according"_s,
                                               u"regarding"_s, u"concerning"_s, u"considering"_s, u"barring"_s,
                                               u"pending"_s,   u"involving"_s,  u"counting"_s,    u"totaling"_s,
                                               u"totalling"_s, u"starting"_s,   u"beginning"_s,   u"ending"_s};
    static const QRegularExpression notLetters(QStringLiteral("[^\\p{L}-]"));
    const WordNet& wordnet = WordNet::instance();
    QString noun;
    bool headFound = false; // the noun is the plural head, or no head can follow
    for (const auto word : QStringView(a.text).sliced(m.end, s.end - m.end).tokenize(u' ', Qt::SkipEmptyParts)) {
        const QString w = word.toString().remove(notLetters);
        if (noun.isEmpty()) {
            if (w.isEmpty())
                return {};
            if (skip.contains(w.toLower()))
                continue;
            if (!w.front().isLetter())
                return {};
            noun = nounKey(w);
            if (!word.back().isLetter())
                break; // "14 points, including …": the clause goes on
            // After "one" a singular noun is the head, and a word in "s" its verb ("one person dies").
            headFound = w.endsWith(u's') || m.value == 1;
            continue;
        }
        QStringView bare = word; // the word without the punctuation after it
        while (!bare.isEmpty() && !bare.back().isLetter())
            bare.chop(1);
        const bool plain = !w.isEmpty() && w == bare && w.front().isLower();
        if (!headFound) {
            headFound = true;
            if (plain && wordnet.isPluralNoun(w)) {
                noun = nounKey(w); // "two speed boats"
                if (!word.back().isLetter())
                    break;
                continue;
            }
        }
        if (plain && !prepositions.contains(w) && wordnet.isPresentParticiple(w))
            noun += u':' + w;
        break;
    }
    return noun.isEmpty() ? QString() : u"count:"_s + noun + change;
}

QString measuresOf(const Article& a, const Mention& m)
{
    const QString change = m.change ? u":change"_s : QString();
    switch (m.kind) {
    case MentionKind::Money:
        return u"money"_s + change;
    case MentionKind::Percent:
        return u"percent:"_s + m.unit + change;
    case MentionKind::Time:
        // A game clock marks a moment of a game, told by each recap at its own play ("with 6:11
        // to go", "with 7:54 left"): no two are the same figure.
        return m.isGameClock() ? QString() : u"time"_s;
    case MentionKind::Quantity: {
        // "8GB of RAM" is not "128GB of storage"; "the 17-inch model" not "the 13-inch one".
        const Sentence& s = a.sentences[m.sentence];
        QList<QStringView> after; // the next two words, read lazily
        for (const auto word : QStringView(a.text).sliced(m.end, s.end - m.end).tokenize(u' ', Qt::SkipEmptyParts)) {
            after.append(word);
            if (after.size() == 2)
                break;
        }
        QString of;
        const bool attributive = !after.isEmpty() && a.text[m.end - 1] != u' ' &&
                                 QStringView(a.text).sliced(m.start, m.length()).contains(u'-');
        // A size written before a name names the model ("the 13-inch MacBook Pro"): two sizes are
        // two models, never one thing measured twice.
        if (attributive && namesFollow(a, m))
            return {};
        if (after.size() >= 2 && after[0] == u"of")
            of = nounKey(after[1]);
        else if (attributive)
            of = nounKey(after[0]); // "20-foot wall"
        static const QRegularExpression edges(QStringLiteral("^\\W+|\\W+$"));
        of.remove(edges);
        return u"quantity:"_s + m.unit + change + (of.isEmpty() ? QString() : u':' + of);
    }
    case MentionKind::Duration:
    case MentionKind::Number: {
        if (const QString age = ageOf(a, m); !age.isEmpty())
            return u"age:"_s + age;
        if (m.kind == MentionKind::Duration)
            return {};
        // A number right after a name is part of it, a version or a model ("a USB 3 port", "Core
        // 2 Duo"), not a count.
        if (m.start >= 2 && a.text[m.start - 1] == u' ' && a.text[m.start - 2].isLetter()) {
            qsizetype from = m.start - 2;
            while (from > 0 && a.text[from - 1].isLetterOrNumber())
                --from;
            // A sentence's first word is capitalised whatever it is ("About 1,500 people"); an
            // acronym is a name anywhere.
            const QStringView name = QStringView(a.text).sliced(from, m.start - 1 - from);
            const bool acronym = name.size() >= 2 && std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower(); });
            if (name.front().isUpper() && (acronym || from > a.sentences[m.sentence].start))
                return {};
        }
        return countOf(a, m, change);
    }
    default:
        return {};
    }
}

// Whether a sentence is a dateline: fewer than four words outside its figures.
bool isDateline(const Article& a, int sentence)
{
    const Sentence& s = a.sentences[sentence];
    // The sentence without its figures, built in one pass over the sentence's own mentions.
    QString rest;
    qsizetype at = s.start;
    const auto from = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), s.start,
                                       [](const Mention& x, qsizetype p) { return x.start < p; });
    for (auto it = from; it != a.mentions.cend() && it->start < s.end; ++it) {
        if (!it->isFigure() || it->end > s.end || it->start < at)
            continue;
        rest += QStringView(a.text).sliced(at, it->start - at);
        at = it->end;
    }
    rest += QStringView(a.text).sliced(at, s.end - at);
    int words = 0;
    for (const auto word : QStringView(rest).tokenize(u' ', Qt::SkipEmptyParts))
        words += std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }) ? 1 : 0;
    static const QRegularExpression stamp(QStringLiteral("^\\W*(published|updated|posted|last updated|first published)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words < 4 || stamp.matchView(rest).hasMatch();
}

// Where the clauses of a sentence start: after a comma, a semicolon, "and", "but", "while",
// "whereas" or a dash. One pass over the sentence.
QList<qsizetype> clauseStartsOf(const Article& a, int sentence)
{
    const Sentence& s = a.sentences[sentence];
    const QStringView text = QStringView(a.text).sliced(s.start, s.end - s.start);
    QList<qsizetype> starts = {s.start};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u',' && c != u';' && c != u' ')
            continue;
        for (const QStringView boundary : {u",", u";", u" and ", u" but ", u" while ", u" whereas ", u" \u2014 "}) {
            if (text.sliced(i).startsWith(boundary)) {
                starts.append(s.start + i + boundary.size());
                break;
            }
        }
    }
    return starts;
}

// Whether name @p n, before figure @p m, stands in an aside closed before the figure: a relative
// clause between commas ("The firm said the case, which drew attention in Silicon Valley, cost it
// $972,815"). What the aside names is not what the figure belongs to.
bool inAsideBefore(const Article& a, const Mention& n, const Mention& m)
{
    if (n.end > m.start)
        return false;
    const qsizetype sentenceStart = a.sentences[m.sentence].start;
    const qsizetype comma = a.text.lastIndexOf(u',', n.start);
    if (comma < sentenceStart || !QStringView(a.text).sliced(n.end, m.start - n.end).contains(u','))
        return false;
    const QStringView after = QStringView(a.text).sliced(comma + 1, n.start - comma - 1).trimmed();
    static const QStringView openers[] = {u"which ", u"who ", u"whose ", u"where "};
    return std::any_of(std::begin(openers), std::end(openers),
                       [after](QStringView o) { return after.startsWith(o) || after == o.trimmed(); });
}

// Whose the figure is. An amount or a measure belongs to the name nearest it in its sentence, on
// either side: "Gatorade … $26.33" is not "Coke … $8". A count belongs to the subject of its
// clause: in "Artino complemented Echenique by scoring 14 points" the points are Artino's, after
// ", while Ty Lawson posted 15" Lawson's; a clause without a name ("and six blocked shots")
// belongs to the nearest clause before it that has one. Both looks back are bounded, so a
// sentence dense with figures stays linear. The surname stands for a person.
QString entityOf(const Article& a, const Mention& m, const QList<qsizetype> *clauses)
{
    const auto nameOf = [&a](const Mention *n) {
        if (!n)
            return QString();
        const QString name = a.text.sliced(n->start, n->length()).toCaseFolded();
        return n->kind == MentionKind::Person ? name.section(u' ', -1) : name;
    };
    const auto nearestName = [&] {
        return nameOf(nearestMention(a, m, [&](const Mention& n) { return !n.isFigure() && !inAsideBefore(a, n, m); }));
    };
    if (!clauses)
        return nearestName(); // an amount or a measure: the name beside it ("Gatorade … $26.33")
    constexpr qsizetype kClauseReach = 300; // characters
    constexpr qsizetype kNameReach = 16;    // mentions
    const qsizetype from = std::max(a.sentences[m.sentence].start, m.start - kClauseReach);
    // The clauses of the window: the one holding `from`, and those starting after it.
    const auto first = std::upper_bound(clauses->cbegin(), clauses->cend(), from);
    const auto last = std::upper_bound(clauses->cbegin(), clauses->cend(), m.start);
    QList<qsizetype> starts = {from};
    for (auto it = first; it != last; ++it)
        starts.append(*it);
    QList<const Mention *> names; // the names of the window, nearest first
    const qsizetype at = indexOf(a, m);
    for (qsizetype k = at - 1; k >= 0 && k >= at - kNameReach && a.mentions[k].sentence == m.sentence &&
                               a.mentions[k].start >= from;
         --k) {
        if (!a.mentions[k].isFigure())
            names.append(&a.mentions[k]);
    }
    const Mention *subject = nullptr;
    for (qsizetype c = starts.size() - 1; c >= 0 && !subject; --c) {
        const qsizetype clauseEnd = c + 1 < starts.size() ? starts[c + 1] : m.start;
        for (const Mention *n : std::as_const(names)) {
            if (n->start >= starts[c] && n->start < clauseEnd)
                subject = n; // nearest first, so the last one kept is the clause's first name
        }
    }
    return subject ? nameOf(subject) : nearestName();
}

QString show(const Article& a, const Mention& m)
{
    return (m.approx.isEmpty() ? QString() : m.approx + u' ') + a.text.sliced(m.start, m.length());
}

// Words that lead a sentence on from a figure rather than say what it is of.
bool isLinkWord(QStringView word)
{
    static const QSet<QString> words = {
        u"and"_s,  u"or"_s,     u"but"_s,   u"nor"_s,    u"the"_s,   u"a"_s,     u"an"_s,    u"in"_s,   u"on"_s,
        u"at"_s,   u"to"_s,     u"of"_s,    u"for"_s,    u"by"_s,    u"with"_s,  u"from"_s,  u"as"_s,   u"is"_s,
        u"was"_s,  u"are"_s,    u"were"_s,  u"be"_s,     u"been"_s,  u"has"_s,   u"have"_s,  u"had"_s,  u"this"_s,
        u"that"_s, u"these"_s,  u"those"_s, u"which"_s,  u"who"_s,   u"whom"_s,  u"whose"_s, u"it"_s,   u"its"_s,
        u"so"_s,   u"than"_s,   u"then"_s,  u"when"_s,   u"where"_s, u"while"_s, u"after"_s, u"before"_s,
        u"if"_s,   u"into"_s,   u"over"_s,  u"under"_s,  u"about"_s, u"up"_s,    u"more"_s,  u"less"_s,
        u"some"_s, u"nearly"_s, u"almost"_s, u"around"_s, u"worth"_s, u"each"_s,  u"per"_s,   u"his"_s,
        u"her"_s,  u"their"_s,  u"our"_s,   u"your"_s,   u"my"_s,    u"now"_s,   u"also"_s,  u"not"_s,
        u"last"_s, u"next"_s,   u"ago"_s,   u"only"_s,   u"just"_s,  u"roughly"_s, u"approximately"_s};
    return words.contains(word.toString().toLower());
}

// A word of what a figure is of: a noun WordNet knows ("points", "cache"), or a code written with
// capitals or digits ("RAM", "L2").
bool isNounLike(QStringView word)
{
    if (word.isEmpty())
        return false;
    const bool code = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }) ||
                      (word.size() >= 2 && std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); }));
    return code || (word.front().isLower() && WordNet::instance().isNoun(word.toString().toLower()));
}

// The noun phrase right after a figure, as the text writes it: "points" of "15 points and eight
// assists", "shared L2 cache" of "6MB shared L2 cache,", "RAM" of "8GB of RAM", "witness fees" of
// "$972,815 in witness fees". It ends at the first link word or punctuation and on a noun; empty
// when no noun follows.
QString phraseAfter(const Article& a, const Mention& m)
{
    constexpr int kMostWords = 4;
    const Sentence& s = a.sentences[m.sentence];
    QList<QStringView> words;
    bool opening = true; // "of", "in" and a determiner may open the phrase
    for (const auto token : QStringView(a.text).sliced(m.end, s.end - m.end).tokenize(u' ', Qt::SkipEmptyParts)) {
        QStringView bare = token;
        while (!bare.isEmpty() && !bare.back().isLetterOrNumber())
            bare.chop(1);
        const bool ends = bare.size() < token.size();
        if (bare.isEmpty() || !std::all_of(bare.cbegin(), bare.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-'; }))
            break;
        static const QSet<QString> openers = {u"of"_s, u"in"_s, u"the"_s, u"a"_s, u"an"_s, u"its"_s, u"their"_s, u"his"_s, u"her"_s};
        if (opening && !ends && openers.contains(bare.toString().toLower()))
            continue;
        opening = false;
        // A capitalised word is a name, not what a figure counts, unless it is a code.
        if (isLinkWord(bare) || (bare.front().isUpper() && !isNounLike(bare)))
            break;
        words.append(bare);
        if (ends || words.size() == kMostWords)
            break;
    }
    while (!words.isEmpty() && !isNounLike(words.back()))
        words.removeLast();
    QStringList out;
    for (const QStringView w : std::as_const(words))
        out.append(w.toString());
    return out.join(u' ');
}

// The noun a figure is said of just before it, past link words and participles: "deal" of "a
// deal worth $184 million", "speeds" of "at speeds of more than 100 mph", "sentences" of
// "sentences ranging from six to 75 years". Empty when the nearest other word is no noun.
QString nounBefore(const Article& a, const Mention& m)
{
    constexpr int kReach = 5; // words
    const Sentence& s = a.sentences[m.sentence];
    const QStringView before = QStringView(a.text).sliced(s.start, m.start - s.start);
    qsizetype end = before.size();
    for (int k = 0; k < kReach; ++k) {
        while (end > 0 && before[end - 1] == u' ')
            --end;
        qsizetype start = end;
        while (start > 0 && before[start - 1] != u' ')
            --start;
        const QStringView word = before.sliced(start, end - start);
        if (word.isEmpty() || !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
            return {}; // punctuation or another figure: the clause before is something else
        const QString lower = word.toString().toLower();
        if (!isLinkWord(word) && !WordNet::instance().isPresentParticiple(lower))
            return word.front().isLower() && isNounLike(word) ? word.toString() : QString();
        end = start;
    }
    return {};
}

// What a quantity measures when the sentence does not say, from its unit.
QString dimensionOf(const QString& unit)
{
    if (unit == u"m")
        return QCoreApplication::translate("Discrepancy", "distance");
    if (unit == u"km/h")
        return QCoreApplication::translate("Discrepancy", "speed");
    if (unit == u"B")
        return QCoreApplication::translate("Discrepancy", "size");
    if (unit == u"Hz")
        return QCoreApplication::translate("Discrepancy", "frequency");
    if (unit == u"kg")
        return QCoreApplication::translate("Discrepancy", "weight");
    if (unit == u"°C" || unit == u"°")
        return QCoreApplication::translate("Discrepancy", "temperature");
    return QCoreApplication::translate("Discrepancy", "quantity");
}

// The name whose key (case-folded; a person's surname) a figure's owner is, as the sentence writes
// it at its longest ("Ty Lawson", not "Lawson"), when it is a person or an organisation; with
// @p before, only a name before the figure, the subject of its clause ("The pirates, in three boats,
// … when INS Mysore intervened": the boats are not the warship's).
QString ownerName(const Article& a, const Mention& m, const QString& key, bool before)
{
    constexpr qsizetype kReach = 16; // mentions either side
    if (key.isEmpty())
        return {};
    const qsizetype at = indexOf(a, m);
    QString best;
    for (qsizetype k = std::max<qsizetype>(0, at - kReach); k < std::min(a.mentions.size(), at + kReach); ++k) {
        const Mention& n = a.mentions[k];
        if (n.sentence != m.sentence || (n.kind != MentionKind::Person && n.kind != MentionKind::Organization) ||
            (before && n.start > m.start))
            continue;
        const QString text = a.text.sliced(n.start, n.length());
        const QString folded = text.toCaseFolded();
        // A person goes by the surname, or by the first name an age was written beside ("61-year-old Sharron").
        const bool person = n.kind == MentionKind::Person &&
                            (folded.section(u' ', -1) == key || folded.section(u' ', 0, 0) == key);
        if ((folded == key || person) && text.size() > best.size())
            best = text;
    }
    return best;
}

// "Ty Lawson's points", "Jeffs' age"; @p what alone when nobody owns it.
QString possessive(const QString& owner, const QString& what)
{
    if (owner.isEmpty())
        return what;
    return (owner.endsWith(u's') ? QCoreApplication::translate("Discrepancy", "%1' %2")
                                 : QCoreApplication::translate("Discrepancy", "%1's %2"))
        .arg(owner, what);
}

// The words a reader checks a disagreement by: whose figure it is, when the sentence says, and
// what it is of ("Ty Lawson's points", "Sharron Smith's age", "witness fees", "RAM", "deal"),
// else what kind of figure it is ("amount", "distance").
QString topicOf(const Article& a, const Figure& f)
{
    const Mention& m = *f.mention;
    if (f.measures.startsWith(u"age:"))
        return possessive(ownerName(a, m, f.measures.sliced(4), false), QCoreApplication::translate("Discrepancy", "age"));
    if (m.kind == MentionKind::Time) {
        // "at about 11:15 p.m. when Cummings fell": the moment of what the clause tells.
        const Sentence& s = a.sentences[m.sentence];
        const QStringView after = QStringView(a.text).sliced(m.end, s.end - m.end).trimmed();
        if (after.startsWith(u"when ")) {
            const qsizetype stop = after.indexOf(QRegularExpression(QStringLiteral("[,;:.!?]")));
            const QStringView clause = stop < 0 ? after : after.first(stop);
            if (clause.count(u' ') <= 6)
                return QCoreApplication::translate("Discrepancy", "time %1").arg(clause.toString());
        }
        return QCoreApplication::translate("Discrepancy", "time");
    }
    QString what = phraseAfter(a, m);
    if (what.isEmpty())
        what = nounBefore(a, m);
    if (what.isEmpty()) {
        switch (m.kind) {
        case MentionKind::Money:
            what = QCoreApplication::translate("Discrepancy", "amount");
            break;
        case MentionKind::Percent:
            what = QCoreApplication::translate("Discrepancy", "percentage");
            break;
        case MentionKind::Quantity:
            what = dimensionOf(m.unit);
            break;
        default:
            what = QCoreApplication::translate("Discrepancy", "number");
        }
    }
    const bool count = f.measures.startsWith(u"count:");
    return possessive(count || m.kind == MentionKind::Money ? ownerName(a, m, f.entity, count) : QString(), what);
}

} // namespace

QString DiscrepancyFinder::key(const Discrepancy& d, const QList<Article>& articles)
{
    return key(d, [&articles](int index) { return index >= 0 && index < articles.size() ? &articles[index] : nullptr; });
}

QString DiscrepancyFinder::key(const Discrepancy& d, const std::function<const Article *(int)>& articleAt)
{
    QStringList parts;
    for (const Discrepancy::Item& item : d.items) {
        const Article *found = articleAt(item.sentence.article);
        if (!found || item.mention < 0 || item.mention >= found->mentions.size())
            return {};
        const Article& a = *found;
        const Mention& m = a.mentions[item.mention];
        parts.append(a.relativePath + u'\x1f' + a.text.sliced(m.start, m.length()) + u'\x1f' +
                     a.sentenceText(item.sentence.sentence));
    }
    parts.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\x1e').toUtf8(), QCryptographicHash::Sha1).toHex());
}

void DiscrepancyFinder::markDismissed(QList<Discrepancy>& discrepancies, const QList<Article>& articles,
                                      const QSet<QString>& dismissed)
{
    for (Discrepancy& d : discrepancies)
        d.dismissed = dismissed.contains(key(d, articles));
}

QString DiscrepancyFinder::kindName(Discrepancy::Kind kind)
{
    switch (kind) {
    case Discrepancy::Kind::Conflict:
        return QStringLiteral("conflict");
    case Discrepancy::Kind::Range:
        return QStringLiteral("range");
    case Discrepancy::Kind::Approximation:
        return QStringLiteral("approximation");
    case Discrepancy::Kind::Moment:
        return QStringLiteral("moment");
    }
    return {};
}

QHash<QString, double> DiscrepancyFinder::statedRates(const QList<Article>& articles)
{
    // "380 billion yuan ($53 billion)" and "$53 billion (380 billion yuan)": two amounts of
    // different currencies with only a bracket between them are one amount said twice.
    QHash<QString, QList<double>> seen;
    for (const Article& a : articles) {
        for (int i = 0; i + 1 < a.mentions.size(); ++i) {
            const Mention& x = a.mentions[i];
            const Mention& y = a.mentions[i + 1];
            if (x.kind != MentionKind::Money || y.kind != MentionKind::Money || x.unit == y.unit ||
                x.unit.isEmpty() || y.unit.isEmpty() || !x.hasValue() || !y.hasValue() || x.value <= 0 ||
                x.valueMax || y.valueMax)
                continue;
            const QString between = a.text.sliced(x.end, y.start - x.end).trimmed();
            if (between != u"(" && between != u"")
                continue;
            seen[x.unit + u'>' + y.unit].append(y.value / x.value);
            seen[y.unit + u'>' + x.unit].append(x.value / y.value);
        }
    }
    QHash<QString, double> rates;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        std::sort(it->begin(), it->end());
        rates.insert(it.key(), it->at(it->size() / 2));
    }
    return rates;
}

namespace {

// The figures of a claim's sentences that can be compared, money in the claim's commonest
// currency (converted by the rates the folder states), an amount said twice in one sentence once.
QList<Figure> claimFigures(const QList<Article>& articles, const Claim& claim, const QHash<QString, double>& rates)
{
    QList<Figure> figures;
    QHash<QString, int> currencies;
    QList<qsizetype> clauses; // of the sentence clausesOf, made once for its counts
    SentenceRef clausesOf{-1, -1};
    for (const SentenceRef& r : claim.sentences) {
        Interruption::checkpoint();
        const Article& a = articles[r.article];
        // A dateline or timestamp ("Updated May 3, 2013 | 8:20 am") says when the page was
        // written, not what happened: its figures are compared with nothing.
        if (isDateline(a, r.sentence))
            continue;
        const Sentence& sentence = a.sentences[r.sentence];
        const auto first = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), sentence.start,
                                            [](const Mention& x, qsizetype at) { return x.start < at; });
        for (int i = int(first - a.mentions.cbegin()); i < a.mentions.size() && a.mentions[i].start < sentence.end;
             ++i) {
            const Mention& m = a.mentions[i];
            if (m.sentence != r.sentence || !m.hasValue())
                continue;
            const QString measures = measuresOf(a, m);
            if (measures.isEmpty())
                continue;
            // A time's zone is said by some outlets and not others: the times still compare.
            const QString unit = m.kind == MentionKind::Time ? QString() : m.unit.str();
            double high = m.valueMax.value_or(m.value);
            const int index = i;
            // "between $1.5 billion and $1.8 billion" is one range.
            if (i + 1 < a.mentions.size()) {
                const Mention& n = a.mentions[i + 1];
                const QStringView gap = QStringView(a.text).sliced(m.end, std::max<qsizetype>(0, n.start - m.end)).trimmed();
                const QStringView before = QStringView(a.text).left(m.start).trimmed();
                if (n.sentence == m.sentence && n.kind == m.kind && n.unit == m.unit && n.hasValue() && gap == u"and" &&
                    before.endsWith(u"between", Qt::CaseInsensitive) && n.value > m.value) {
                    high = n.value;
                    ++i;
                }
            }
            const bool count = measures.startsWith(u"count:");
            if (count && clausesOf != r) {
                clauses = clauseStartsOf(a, r.sentence);
                clausesOf = r;
            }
            figures.append({r, index, &m, m.value, high, unit, measures, entityOf(a, m, count ? &clauses : nullptr)});
            if (m.kind == MentionKind::Money)
                ++currencies[m.unit];
        }
    }
    QString common;
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
        if (common.isEmpty() || it.value() > currencies.value(common))
            common = it.key();
    }
    // A money amount said twice in one sentence ("380 billion yuan ($53 billion)") counts once.
    QHash<SentenceRef, QList<double>> inCommon; // each sentence's amounts in the common currency, sorted
    for (const Figure& g : figures) {
        if (g.unit == common)
            inCommon[g.ref].append(g.low);
    }
    for (auto it = inCommon.begin(); it != inCommon.end(); ++it)
        std::sort(it->begin(), it->end());
    QList<Figure> kept;
    for (Figure f : figures) {
        if (f.mention->kind == MentionKind::Money && f.unit != common) {
            const double rate = rates.value(f.unit + u'>' + common, 0);
            if (rate <= 0)
                continue;
            f.low *= rate;
            f.high *= rate;
            f.unit = common;
            // |g - f| <= 0.02 g for some amount g of the sentence: g between f / 1.02 and f / 0.98.
            const QList<double> amounts = inCommon.value(f.ref);
            const auto g = std::lower_bound(amounts.cbegin(), amounts.cend(), f.low / 1.02);
            const bool twin = g != amounts.cend() && *g <= f.low / 0.98;
            if (twin)
                continue;
        }
        kept.append(f);
    }
    return kept;
}

// The unit of the last digit a figure is written to, from its value: 1 for "972,815", 1,000 for
// "973,000", 0.01 for "$15.99", 10^8 for "$53.2 billion".
double precisionOf(double value)
{
    const double v = std::abs(value);
    for (int k = 12; k >= -4; --k) {
        const double unit = std::pow(10.0, k);
        const double units = v / unit;
        if (units >= 1 && std::abs(units - std::round(units)) <= 1e-6 * units)
            return unit;
    }
    return 1e-4;
}

// Whether two close amounts are one, as far as their digits go: "$973,000" is "$972,814" rounded
// and "$53 billion" is "$53.2 billion", but "$972,815" and "$972,814" differ by a dollar. Within
// @p tolerance (a share of the larger) first; @p byDigits asks for the digits too.
bool sameAmount(double u, double v, double tolerance, bool byDigits)
{
    if (std::abs(u - v) > tolerance * std::max(std::abs(u), std::abs(v)))
        return false;
    return !byDigits || std::abs(u - v) <= std::max(precisionOf(u), precisionOf(v)) * 0.5000001;
}

// Every value each sentence of a claim states, per kind and unit, sorted: a sentence that states
// the other outlet's figure too ("15 seasons, the first 11 with Philadelphia" against "his first
// 11 seasons") speaks of both quantities, and the pair is not a disagreement.
class StatedValues
{
public:
    explicit StatedValues(const QList<Figure>& figures)
    {
        for (const Figure& f : figures)
            m_values[{f.ref.article, f.ref.sentence, int(f.mention->kind), f.unit}].append(f.low);
        for (auto& [key, values] : m_values)
            std::sort(values.begin(), values.end());
    }

    /// Whether the sentence of `in` states the value of `of` (within rounding).
    bool states(const Figure& in, const Figure& of) const
    {
        const auto found = m_values.find({in.ref.article, in.ref.sentence, int(in.mention->kind), in.unit});
        if (found == m_values.end())
            return false;
        const QList<double>& values = found->second;
        const bool byDigits = of.mention->kind != MentionKind::Time && of.mention->kind != MentionKind::Date;
        for (auto at = std::lower_bound(values.cbegin(), values.cend(), of.low * 0.995);
             at != values.cend() && *at <= of.low * 1.005; ++at) {
            if (sameAmount(*at, of.low, 0.005, byDigits))
                return true;
        }
        return false;
    }

private:
    std::map<std::tuple<int, int, int, QString>, QList<double>> m_values;
};

// What two counterpart figures of one claim are to each other: nothing (they agree, or measure
// different things), or a disagreement of some kind with a note a reader can check.
std::optional<Discrepancy> judge(const Figure& x, const Figure& y, const QList<Article>& articles,
                                 const StatedValues& stated)
{
    // An age names its owner in what it measures. A clock time is the moment of the event both
    // sentences report, whichever name stands nearest it ("… at about 11:15 p.m. when Cummings
    // fell" and "Cummings, 20, of Rockaway, NJ, slipped … around 10:40 p.m.").
    if (!x.entity.isEmpty() && !y.entity.isEmpty() && x.entity != y.entity && !x.measures.startsWith(u"age:") &&
        x.mention->kind != MentionKind::Time)
        return std::nullopt; // of two different things
    // A count compares only when both sentences name the same owner, or neither does
    // ("Ty Lawson … 15 points" is not "Danny Green … 14").
    if (x.measures.startsWith(u"count:") && x.entity != y.entity)
        return std::nullopt;
    const double a = x.low, b = y.low;
    // Figures converted from another unit or currency carry the rounding of their own
    // unit: "30 miles" is "48km".
    const bool converted = x.mention->writtenUnit != y.mention->writtenUnit ||
                           x.mention->unit != y.mention->unit;
    // A share in words is a round figure: "two thirds" agrees with "64%", "a third" with "33%".
    auto shareInWords = [&articles](const Figure& f) {
        if (f.mention->kind != MentionKind::Percent)
            return false;
        const QStringView text = QStringView(articles[f.ref.article].text).sliced(f.mention->start, f.mention->length());
        return text.front().isLetter() && !text.contains(u"per", Qt::CaseInsensitive) &&
               !text.contains(u"pct", Qt::CaseInsensitive); // "a quarter", not "five percent"
    };
    const bool rough = shareInWords(x) || shareInWords(y);
    const double tolerance = rough ? 0.1 : converted ? 0.02 : 0.005;
    const bool amount = x.mention->kind != MentionKind::Time && x.mention->kind != MentionKind::Date;
    auto same = [tolerance, converted, amount, rough](double u, double v) {
        return sameAmount(u, v, tolerance, amount && !converted && !rough);
    };
    if (same(a, b) && same(x.high, y.high))
        return std::nullopt; // they agree: "20-30 feet" and "20-30ft" are one range
    const double ratio = std::max(a, b) / std::max(1e-9, std::min(a, b));
    if (ratio > 2.0)
        return std::nullopt; // different magnitudes: different things, not a disagreement
    if (stated.states(x, y) || stated.states(y, x))
        return std::nullopt; // one sentence states both figures
    if (x.mention->kind != MentionKind::Time && x.mention->kind != MentionKind::Date && !x.measures.startsWith(u"age:") &&
        isRunningTotal(articles[x.ref.article], x.ref.sentence) != isRunningTotal(articles[y.ref.article], y.ref.sentence))
        return std::nullopt; // a total over several events and one event's figure
    if (isIncrement(articles[x.ref.article], *x.mention) ||
        isIncrement(articles[y.ref.article], *y.mention))
        return std::nullopt; // "two more times" adds to a count; it is no total
    const Allowed xAllowed = allowedBy(*x.mention, a, x.high);
    const Allowed yAllowed = allowedBy(*y.mention, b, y.high);
    const bool bothCanHold = xAllowed.low <= yAllowed.high && yAllowed.low <= xAllowed.high;
    Discrepancy d;
    const bool xRange = x.high > x.low, yRange = y.high > y.low;
    const Article& ax = articles[x.ref.article];
    const Article& ay = articles[y.ref.article];
    if (xRange != yRange &&
        ((xRange && b >= x.low && b <= x.high) || (yRange && a >= y.low && a <= y.high))) {
        d.kind = Discrepancy::Kind::Range;
        d.note =
            QCoreApplication::translate("Discrepancy", "%1 gives %2, within the range %3 in %4")
                .arg((xRange ? ay : ax).sourceName(),
                     show(xRange ? ay : ax, *(xRange ? y : x).mention),
                     show(xRange ? ax : ay, *(xRange ? x : y).mention),
                     (xRange ? ax : ay).sourceName());
    } else if ((!x.mention->approx.isEmpty() || !y.mention->approx.isEmpty()) &&
               (x.mention->kind == MentionKind::Time ? std::abs(a - b) <= 0.25 : bothCanHold)) {
        // "more than 100 mph" and "up to 120 mph" can both be true: not a conflict.
        // "about 11:15 p.m." and "around 11:20 p.m." are close; "around 10:40" is not.
        d.kind = Discrepancy::Kind::Approximation;
        d.note = (ratio <= 1.1 ? QCoreApplication::translate(
                                     "Discrepancy", "%1 says %2, %3 says %4: close, one is approximate")
                               : QCoreApplication::translate(
                                     "Discrepancy", "%1 says %2, %3 says %4: both can be true"))
                     .arg(ax.sourceName(), show(ax, *x.mention), ay.sourceName(),
                          show(ay, *y.mention));
    } else if (const QSet<QString> xWhen = datesOf(ax, x.ref.sentence), yWhen = datesOf(ay, y.ref.sentence);
               x.mention->kind != MentionKind::Date && x.mention->kind != MentionKind::Time &&
               !x.measures.startsWith(u"age:") && !xWhen.isEmpty() && !yWhen.isEmpty() && !xWhen.intersects(yWhen)) {
        // Each sentence dates its figure, and not alike: a count as of Friday and
        // one as of Sunday can both be right. Not an age: news gives a person's age as of the
        // report, whatever else the sentence dates ("Sixty-year-old Smith is accused of murders
        // in 1967" and "61-year-old Smith was arrested Friday" disagree).
        d.kind = Discrepancy::Kind::Moment;
        d.note = QCoreApplication::translate("Discrepancy", "%1 says %2 (%3), %4 says %5 (%6): "
                                                            "at different moments")
                     .arg(ax.sourceName(), show(ax, *x.mention), joinedSorted(xWhen),
                          ay.sourceName(), show(ay, *y.mention), joinedSorted(yWhen));
    } else {
        d.kind = Discrepancy::Kind::Conflict;
        d.note = QCoreApplication::translate("Discrepancy", "%1 says %2, %3 says %4")
                     .arg(ax.sourceName(), show(ax, *x.mention), ay.sourceName(),
                          show(ay, *y.mention));
    }
    return d;
}

} // namespace

namespace {
// A measure with its unit as a key: "quantity Hz 1.8e+09". Counts are left out: small numbers
// recur by chance ("three boats", "three rifles").
QString measureKey(const Mention& m)
{
    if ((m.kind != MentionKind::Quantity && m.kind != MentionKind::Money) || !m.hasValue())
        return {};
    return mentionKindName(m.kind) + u' ' + m.unit + u' ' + QString::number(m.value, 'g', 6) + u' ' +
           QString::number(m.valueMax.value_or(m.value), 'g', 6);
}

// The measures each article states anywhere, worked out when first asked.
class StatedMeasures
{
public:
    explicit StatedMeasures(const QList<Article>& articles) : m_articles(articles) {}
    bool states(int article, const Mention& m)
    {
        const QString key = measureKey(m);
        if (key.isEmpty())
            return false;
        auto it = m_of.find(article);
        if (it == m_of.end()) {
            QSet<QString> keys;
            for (const Mention& other : m_articles[article].mentions)
                keys.insert(measureKey(other));
            it = m_of.insert(article, keys);
        }
        return it->contains(key);
    }

private:
    const QList<Article>& m_articles;
    QHash<int, QSet<QString>> m_of;
};
} // namespace

QList<Discrepancy> DiscrepancyFinder::find(const QList<Article>& articles, const Alignment& alignment,
                                           const QList<int>& storyOf)
{
    const QHash<QString, double> rates = statedRates(articles);
    StatedMeasures measures(articles);
    QList<Discrepancy> out;
    QSet<QString> reported; // pairs of figures already compared: "article:mention/article:mention"
    for (const Claim& claim : alignment.claims) {
        Interruption::checkpoint();
        const QList<Figure> kept = claimFigures(articles, claim, rates);
        const StatedValues stated(kept);

        // For each pair of articles, match each figure to the nearest of the same kind and unit.
        // Only mutual nearest values are counterparts: "$80bn" in one sentence and "$80bn" in the
        // other agree, and the other amounts around them are other things. Each sentence's figures
        // of one measure are sorted by value, so a sentence dense with figures costs n log n.
        using Group = QList<int>; // indices into kept, by value, then by order in kept
        // kind, unit, measure, then article and sentence: the sentences of one measure lie together
        std::map<std::tuple<int, QString, QString, int, int>, Group> groups;
        QHash<SentenceRef, int> figuresIn; // the topic reads best from the sentence with fewer figures
        for (int i = 0; i < kept.size(); ++i) {
            const Figure& f = kept[i];
            groups[{int(f.mention->kind), f.unit, f.measures, f.ref.article, f.ref.sentence}].append(i);
            ++figuresIn[f.ref];
        }
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            std::stable_sort(it->second.begin(), it->second.end(),
                             [&kept](int x, int y) { return kept[x].low < kept[y].low; });
        }
        // The first of the figures of @p group nearest in value to @p low.
        auto nearestIn = [&kept](const Group& group, double low) {
            const auto at = std::lower_bound(group.cbegin(), group.cend(), low,
                                             [&kept](int i, double v) { return kept[i].low < v; });
            int best = -1;
            if (at != group.cend())
                best = *at;
            if (at != group.cbegin()) {
                const double below = kept[*(at - 1)].low;
                // the first of the equal values below
                const int first = *std::lower_bound(group.cbegin(), group.cend(), below,
                                                    [&kept](int i, double v) { return kept[i].low < v; });
                if (best < 0 || low - below < kept[best].low - low ||
                    (low - below == kept[best].low - low && first < best))
                    best = first;
            }
            return best;
        };
        for (auto gx = groups.cbegin(); gx != groups.cend(); ++gx) {
            for (auto gy = std::next(gx); gy != groups.cend(); ++gy) {
                const auto& [xKind, xUnit, xMeasures, xArticle, xSentence] = gx->first;
                const auto& [yKind, yUnit, yMeasures, yArticle, ySentence] = gy->first;
                if (xKind != yKind || xUnit != yUnit || xMeasures != yMeasures)
                    break; // the next measure
                if (xArticle == yArticle)
                    continue;
                for (const int xi : gx->second) {
                    Interruption::checkpoint();
                    const int yi = nearestIn(gy->second, kept[xi].low);
                    if (yi < 0 || nearestIn(gx->second, kept[yi].low) != xi)
                        continue;
                    const Figure& x = kept[xi];
                    const Figure& y = kept[yi];
                    std::optional<Discrepancy> judged = judge(x, y, articles, stated);
                    if (!judged)
                        continue;
                    Discrepancy& d = *judged;
                    // Each article gives the other's measure too ("1.7GHz" and "1.8GHz" for two
                    // models in both reviews): both know both, and the sentences paired two things.
                    if (d.kind == Discrepancy::Kind::Conflict && measures.states(x.ref.article, *y.mention) &&
                        measures.states(y.ref.article, *x.mention))
                        continue;
                    d.claim = claim.id;
                    const Article& ax = articles[x.ref.article];
                    const Article& ay = articles[y.ref.article];
                    const QString key = QString::number(x.ref.article) + u':' + QString::number(x.index) + u'/' +
                                        QString::number(y.ref.article) + u':' + QString::number(y.index);
                    if (reported.contains(key))
                        continue;
                    reported.insert(key);
                    d.topic = figuresIn.value(x.ref) <= figuresIn.value(y.ref) ? topicOf(ax, x) : topicOf(ay, y);
                    d.items = {{x.ref, x.index}, {y.ref, y.index}};
                    out.append(d);
                }
            }
        }
    }
    out.append(findAges(articles, storyOf, reported));
    out.append(findMovements(articles));
    return out;
}

namespace {

struct ToldAge
{
    int article;
    int mention;
    QString name; // as the sentence writes it at its longest
};
// Story and surname (or the first name an age stands before) to each age told of it, by value.
using AgesByName = std::map<std::pair<int, QString>, std::map<double, QList<ToldAge>>>;

// Every person's age the articles of each story give, without a name one article gives two ages
// or that goes with two first names: two people ("Cummings, 45, and his son Connor Cummings, 20").
AgesByName agesByName(const QList<Article>& articles, const QList<int>& storyOf)
{
    AgesByName ages;
    QSet<std::pair<int, QString>> ambiguous;
    for (int i = 0; i < articles.size(); ++i) {
        const Article& a = articles[i];
        const int story = i < storyOf.size() ? storyOf[i] : 0;
        QHash<QString, double> here;
        for (int k = 0; k < a.mentions.size(); ++k) {
            Interruption::checkpoint();
            const Mention& m = a.mentions[k];
            if ((m.kind != MentionKind::Number && m.kind != MentionKind::Duration) || !m.hasValue() ||
                a.sentences[m.sentence].boilerplate)
                continue;
            const QString owner = ageOf(a, m);
            if (owner.isEmpty())
                continue;
            if (here.contains(owner) && here.value(owner) != m.value)
                ambiguous.insert({story, owner});
            here.insert(owner, m.value);
            ages[{story, owner}][m.value].append({i, k, ownerName(a, m, owner, false)});
        }
    }
    for (auto it = ages.begin(); it != ages.end();) {
        QSet<QString> firstNames;
        for (const auto& [value, told] : it->second) {
            for (const ToldAge& t : told) {
                if (t.name.contains(u' '))
                    firstNames.insert(t.name.section(u' ', 0, 0).toCaseFolded());
            }
        }
        it = ambiguous.contains(it->first) || firstNames.size() > 1 ? ages.erase(it) : std::next(it);
    }
    return ages;
}

// Two ages of one person in two articles: a conflict, or ages at different moments when the
// pages are a month or more apart ("Orozco, 27" when he was caught, "Orozco, 29" at his trial).
Discrepancy ageDisagreement(const QList<Article>& articles, const ToldAge& x, const ToldAge& y, const QString& name)
{
    constexpr qint64 kSameTimeDays = 30;
    const Article& ax = articles[x.article];
    const Article& ay = articles[y.article];
    const Mention& mx = ax.mentions[x.mention];
    const Mention& my = ay.mentions[y.mention];
    Discrepancy d;
    d.kind = Discrepancy::Kind::Conflict;
    d.note = QCoreApplication::translate("Discrepancy", "%1 says %2, %3 says %4")
                 .arg(ax.sourceName(), show(ax, mx), ay.sourceName(), show(ay, my));
    if (ax.published.isValid() && ay.published.isValid() &&
        std::abs(ax.published.daysTo(ay.published)) >= kSameTimeDays) {
        d.kind = Discrepancy::Kind::Moment;
        d.note = QCoreApplication::translate("Discrepancy", "%1 says %2 (%3), %4 says %5 (%6): "
                                                            "at different moments")
                     .arg(ax.sourceName(), show(ax, mx), QLocale().toString(ax.published, QLocale::ShortFormat),
                          ay.sourceName(), show(ay, my), QLocale().toString(ay.published, QLocale::ShortFormat));
    }
    d.topic = possessive(name, QCoreApplication::translate("Discrepancy", "age"));
    d.items = {{{x.article, mx.sentence}, x.mention}, {{y.article, my.sentence}, y.mention}};
    return d;
}

} // namespace

QList<Discrepancy> DiscrepancyFinder::findAges(const QList<Article>& articles, const QList<int>& storyOf,
                                               const QSet<QString>& reported)
{
    // Ages more than three years apart given one surname in a story are more often two people of
    // a family than one person's age told wrong: they are left out.
    constexpr double kFarthest = 3;
    auto id = [](const ToldAge& t) { return QString::number(t.article) + u':' + QString::number(t.mention); };
    QList<Discrepancy> out;
    for (const auto& [key, byValue] : agesByName(articles, storyOf)) {
        QString name;
        for (const auto& [value, told] : byValue) {
            for (const ToldAge& t : told)
                name = t.name.size() > name.size() ? t.name : name;
        }
        for (auto x = byValue.cbegin(); x != byValue.cend(); ++x) {
            for (auto y = std::next(x); y != byValue.cend() && y->first - x->first <= kFarthest; ++y) {
                // Told already where the two sentences match: the claim's disagreement stands for it.
                const bool compared = std::any_of(x->second.cbegin(), x->second.cend(), [&](const ToldAge& u) {
                    return std::any_of(y->second.cbegin(), y->second.cend(), [&](const ToldAge& v) {
                        return reported.contains(id(u) + u'/' + id(v)) || reported.contains(id(v) + u'/' + id(u));
                    });
                });
                if (!compared && x->second.front().article != y->second.front().article)
                    out.append(ageDisagreement(articles, x->second.front(), y->second.front(), name));
            }
        }
    }
    return out;
}

QList<Discrepancy> DiscrepancyFinder::findMovements(const QList<Article>& articles)
{
    // A share price's move as one outlet tells it: the company, up or down by a percentage, and
    // whether it is the day's move or a gain since some earlier date.
    struct Movement
    {
        SentenceRef ref;
        int mention;
        QString company;
        bool cumulative;
        int direction; // +1 up, -1 down
        double value;
    };
    static const QRegularExpression market(QStringLiteral("\\b(shares?|stock|share price|stock price)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression up(
        QStringLiteral(
            "\\b(rose|rise|rises|rising|gained|gains?|gaining|jumped|jumps?|jumping|climbed|climbs?|"
            "climbing|surged|surges?|surging|soared|soars?|soaring|rallied|rall(y|ies)|up|higher)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression down(
        QStringLiteral(
            "\\b(fell|falls?|falling|slid|slides?|sliding|dropped|drops?|dropping|declined|declines?|"
            "declining|lost|loses?|losing|tumbled|tumbles?|tumbling|plunged|plunges?|plunging|sank|"
            "sinks?|sinking|down|lower)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceWhen(
        QStringLiteral("\\b(since|year-to-date|so far this year|this year|over the past|in the past)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    // What a sentence offers, read once however many percentages it holds: whether it speaks of
    // shares and where its verbs of rising and falling stand.
    struct SentenceCues
    {
        bool market = false;
        QList<qsizetype> up, down;
    };
    auto lastBefore = [](const QList<qsizetype>& starts, qsizetype at) -> qsizetype {
        const auto it = std::lower_bound(starts.cbegin(), starts.cend(), at);
        return it == starts.cbegin() ? -1 : *(it - 1);
    };

    QList<Movement> movements;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        QHash<int, SentenceCues> cues;
        auto cuesOf = [&](int sentence) -> const SentenceCues& {
            auto it = cues.find(sentence);
            if (it != cues.end())
                return *it;
            SentenceCues c;
            const Sentence& s = article.sentences[sentence];
            const QStringView text = QStringView(article.text).sliced(s.start, s.end - s.start);
            c.market = market.matchView(text).hasMatch();
            if (c.market) {
                for (auto m = up.globalMatchView(text); m.hasNext();)
                    c.up.append(s.start + m.next().capturedStart());
                for (auto m = down.globalMatchView(text); m.hasNext();)
                    c.down.append(s.start + m.next().capturedStart());
            }
            return *cues.insert(sentence, c);
        };
        QHash<int, QList<std::pair<qsizetype, int>>> organisations;
        for (int i = 0; i < article.mentions.size(); ++i) {
            Interruption::checkpoint();
            const Mention& n = article.mentions[i];
            if (n.kind == MentionKind::Organization && n.sentence >= 0)
                organisations[n.sentence].append({n.start, i});
        }
        for (auto it = organisations.begin(); it != organisations.end(); ++it)
            std::sort(it->begin(), it->end());
        for (int i = 0; i < article.mentions.size(); ++i) {
            Interruption::checkpoint();
            const Mention& m = article.mentions[i];
            if (m.kind != MentionKind::Percent || m.sentence < 0 || !m.hasValue() || m.unit != u"%")
                continue;
            const Sentence& s = article.sentences[m.sentence];
            if (s.boilerplate)
                continue;
            const SentenceCues& c = cuesOf(m.sentence);
            if (!c.market)
                continue;
            // The verb nearest before the figure says which way it went.
            const qsizetype upAt = lastBefore(c.up, m.start), downAt = lastBefore(c.down, m.start);
            if (upAt < 0 && downAt < 0)
                continue;
            // Whose shares: the organisation named in the sentence closest before the figure.
            const auto orgs = organisations.constFind(m.sentence);
            if (orgs == organisations.cend())
                continue;
            const auto org = std::lower_bound(orgs->cbegin(), orgs->cend(), std::pair<qsizetype, int>(m.start, -1));
            if (org == orgs->cbegin())
                continue;
            const Mention& owner = article.mentions[(org - 1)->second];
            const QString company = article.text.sliced(owner.start, owner.length());
            const QStringView after = QStringView(article.text).sliced(m.end, s.end - m.end);
            const QStringView clause =
                QStringView(article.text).sliced(std::max(upAt, downAt), m.start - std::max(upAt, downAt));
            const bool cumulative = sinceWhen.matchView(clause.right(200)).hasMatch() ||
                                    sinceWhen.matchView(after.left(40)).hasMatch() ||
                                    clause.right(200).contains(u"gains to", Qt::CaseInsensitive);
            movements.append({{a, m.sentence}, i, company, cumulative, upAt > downAt ? 1 : -1, m.value});
        }
    }

    // Each article's extremes per company, kind of move and direction stand for all its moves:
    // a pair of articles disagrees when one says up and the other down, or when their largest and
    // smallest moves the same way differ by more than rounding. Many moves in one article (a
    // market table) cost no more than one.
    struct Extremes
    {
        int low = -1, high = -1; // indices into movements
    };
    std::map<std::tuple<QString, bool, int>, std::array<Extremes, 2>> extremes; // company, cumulative, article
    for (int i = 0; i < movements.size(); ++i) {
        const Movement& mv = movements[i];
        Extremes& e = extremes[{mv.company, mv.cumulative, mv.ref.article}][mv.direction > 0 ? 1 : 0];
        if (e.low < 0 || mv.value < movements[e.low].value)
            e.low = i;
        if (e.high < 0 || mv.value > movements[e.high].value)
            e.high = i;
    }
    QList<Discrepancy> out;
    for (auto i = extremes.cbegin(); i != extremes.cend(); ++i) {
        for (auto j = std::next(i); j != extremes.cend(); ++j) {
            if (std::get<0>(j->first) != std::get<0>(i->first) || std::get<1>(j->first) != std::get<1>(i->first))
                break;
            // The first pair that disagrees: opposite directions, then the widest gap either way.
            int xi = -1, yi = -1;
            for (int d = 0; d < 2 && xi < 0; ++d) {
                if (i->second[d].low >= 0 && j->second[1 - d].low >= 0) {
                    xi = i->second[d].low;
                    yi = j->second[1 - d].low;
                }
            }
            for (int d = 0; d < 2 && xi < 0; ++d) {
                const Extremes& p = i->second[d];
                const Extremes& q = j->second[d];
                if (p.low < 0 || q.low < 0)
                    continue;
                if (movements[p.high].value > 1.25 * movements[q.low].value) {
                    xi = p.high;
                    yi = q.low;
                } else if (movements[q.high].value > 1.25 * movements[p.low].value) {
                    xi = p.low;
                    yi = q.high;
                }
            }
            if (xi < 0)
                continue; // the same move, told with a little rounding
            const Movement& x = movements[xi];
            const Movement& y = movements[yi];
            const Article& ax = articles[x.ref.article];
            const Article& ay = articles[y.ref.article];
            auto told = [](const Article& a, const Movement& mv) {
                const Mention& m = a.mentions[mv.mention];
                return (mv.direction > 0 ? QCoreApplication::translate("Discrepancy", "up %1")
                                         : QCoreApplication::translate("Discrepancy", "down %1"))
                    .arg(show(a, m));
            };
            Discrepancy d;
            d.kind = Discrepancy::Kind::Conflict;
            d.topic =
                x.cumulative
                    ? QCoreApplication::translate("Discrepancy", "%1 shares, gain since an earlier date")
                          .arg(x.company)
                    : QCoreApplication::translate("Discrepancy", "%1 shares, the day's move").arg(x.company);
            d.note = QCoreApplication::translate("Discrepancy", "%1 says %2, %3 says %4")
                         .arg(ax.sourceName(), told(ax, x), ay.sourceName(), told(ay, y));
            d.items = {{x.ref, x.mention}, {y.ref, y.mention}};
            out.append(d);
        }
    }
    return out;
}

} // namespace Crosscheck::Core
