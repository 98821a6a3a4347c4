#include "sentencesegmenter.h"

#include "interruption.h"

#include <QSet>

namespace Crosscheck::Core {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == u'\u00A0';
}

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\u201D':
    case u'\u2019':
    case u'\u00BB':
    case u')':
    case u']':
        return true;
    default:
        return false;
    }
}

bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\u201C':
    case u'\u2018':
    case u'\u00AB':
    case u'(':
    case u'[':
    case u'\u2022':
    case u'-':
    case u'\u2013':
    case u'\u2014':
        return true;
    default:
        return false;
    }
}

// Abbreviations after which a sentence practically never ends.
const QSet<QString>& titles()
{
    static const QSet<QString> set = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),   QStringLiteral("ms"),     QStringLiteral("dr"),
        QStringLiteral("prof"), QStringLiteral("sen"),   QStringLiteral("rep"),    QStringLiteral("gov"),
        QStringLiteral("gen"),  QStringLiteral("lt"),    QStringLiteral("col"),    QStringLiteral("sgt"),
        QStringLiteral("capt"), QStringLiteral("cmdr"),  QStringLiteral("adm"),    QStringLiteral("maj"),
        QStringLiteral("pres"), QStringLiteral("rev"),   QStringLiteral("hon"),    QStringLiteral("st"),
        QStringLiteral("mt"),   QStringLiteral("ft"),    QStringLiteral("vs"),     QStringLiteral("v"),
        QStringLiteral("vol"),  QStringLiteral("fig"),   QStringLiteral("approx"), QStringLiteral("est"),
        QStringLiteral("dept"), QStringLiteral("univ"),  QStringLiteral("e.g"),    QStringLiteral("i.e"),
        QStringLiteral("cf"),   QStringLiteral("al"),    QStringLiteral("jan"),    QStringLiteral("feb"),
        QStringLiteral("mar"),  QStringLiteral("apr"),   QStringLiteral("jun"),    QStringLiteral("jul"),
        QStringLiteral("aug"),  QStringLiteral("sep"),   QStringLiteral("sept"),   QStringLiteral("oct"),
        QStringLiteral("nov"),  QStringLiteral("dec"),   QStringLiteral("ala"),    QStringLiteral("ariz"),
        QStringLiteral("ark"),  QStringLiteral("calif"), QStringLiteral("colo"),   QStringLiteral("conn"),
        QStringLiteral("del"),  QStringLiteral("fla"),   QStringLiteral("ga"),     QStringLiteral("ill"),
        QStringLiteral("ind"),  QStringLiteral("kan"),   QStringLiteral("ky"),     QStringLiteral("la"),
        QStringLiteral("md"),   QStringLiteral("mass"),  QStringLiteral("mich"),   QStringLiteral("minn"),
        QStringLiteral("miss"), QStringLiteral("mo"),    QStringLiteral("mont"),   QStringLiteral("neb"),
        QStringLiteral("nev"),  QStringLiteral("okla"),  QStringLiteral("ore"),    QStringLiteral("pa"),
        QStringLiteral("penn"), QStringLiteral("tenn"),  QStringLiteral("tex"),    QStringLiteral("va"),
        QStringLiteral("vt"),   QStringLiteral("wash"),  QStringLiteral("wis"),    QStringLiteral("wyo"),
        QStringLiteral("ave"),  QStringLiteral("blvd"),  QStringLiteral("rd"),     QStringLiteral("hwy"),
        QStringLiteral("sq"),   QStringLiteral("op"),
    };
    return set;
}

// Abbreviations that can end a sentence ("…of Alibaba Group Holding Ltd. The company…").
const QSet<QString>& suffixes()
{
    static const QSet<QString> set = {
        QStringLiteral("inc"),  QStringLiteral("ltd"),  QStringLiteral("corp"), QStringLiteral("co"),
        QStringLiteral("llc"),  QStringLiteral("plc"),  QStringLiteral("jr"),   QStringLiteral("sr"),
        QStringLiteral("bros"), QStringLiteral("etc"),  QStringLiteral("a.m"),  QStringLiteral("p.m"),
        QStringLiteral("u.s"),  QStringLiteral("u.k"),  QStringLiteral("u.n"),  QStringLiteral("e.u"),
        QStringLiteral("d.c"),  QStringLiteral("s.a"),  QStringLiteral("n.v"),  QStringLiteral("ag"),
        QStringLiteral("esq"),  QStringLiteral("ph.d"),
    };
    return set;
}

// Words that start sentences far more often than they follow "Inc." or "U.S." inside one.
const QSet<QString>& sentenceStarters()
{
    static const QSet<QString> set = {
        QStringLiteral("the"),       QStringLiteral("a"),       QStringLiteral("an"),
        QStringLiteral("it"),        QStringLiteral("he"),      QStringLiteral("she"),
        QStringLiteral("they"),      QStringLiteral("we"),      QStringLiteral("i"),
        QStringLiteral("in"),        QStringLiteral("on"),      QStringLiteral("at"),
        QStringLiteral("but"),       QStringLiteral("and"),     QStringLiteral("this"),
        QStringLiteral("that"),      QStringLiteral("these"),   QStringLiteral("those"),
        QStringLiteral("its"),       QStringLiteral("his"),     QStringLiteral("her"),
        QStringLiteral("their"),     QStringLiteral("however"), QStringLiteral("meanwhile"),
        QStringLiteral("last"),      QStringLiteral("earlier"), QStringLiteral("after"),
        QStringLiteral("as"),        QStringLiteral("since"),   QStringLiteral("while"),
        QStringLiteral("there"),     QStringLiteral("shares"),  QStringLiteral("analysts"),
        QStringLiteral("according"), QStringLiteral("for"),     QStringLiteral("if"),
        QStringLiteral("when"),      QStringLiteral("what"),    QStringLiteral("why"),
        QStringLiteral("how"),       QStringLiteral("so"),      QStringLiteral("still"),
        QStringLiteral("also"),      QStringLiteral("other"),
    };
    return set;
}

// The word (letters and inner dots) that ends at @p dot, lower-cased, without the final dot.
QString wordBefore(const QString& text, qsizetype lineStart, qsizetype dot)
{
    qsizetype b = dot;
    while (b > lineStart &&
           (text[b - 1].isLetter() || (text[b - 1] == u'.' && b - 1 > lineStart && text[b - 2].isLetter())))
        --b;
    return text.sliced(b, dot - b);
}

QString wordAt(const QString& text, qsizetype at, qsizetype end)
{
    qsizetype e = at;
    while (e < end && text[e].isLetter())
        ++e;
    return text.sliced(at, e - at);
}

bool isBoundaryAfterDot(const QString& text, qsizetype lineStart, qsizetype dot, qsizetype next,
                        qsizetype lineEnd)
{
    const QString original = wordBefore(text, lineStart, dot);
    const QString word = original.toLower();
    if (word.isEmpty()) {
        // "…$53 billion." or "…in 2025." end sentences; "No. 3" and "3. " inside lists do not matter here.
        return true;
    }
    // An initial: "Jensen H. Huang", "J.P. Morgan".
    if (word.size() == 1 && text[dot - 1].isUpper())
        return false;
    // "Calif." and "Gen." are capitalised; "ill." or "mass." in lower case are words ending a sentence.
    static const QSet<QString> lowerCaseAbbreviations = {
        QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("vs"),     QStringLiteral("v"),
        QStringLiteral("cf"),  QStringLiteral("al"),  QStringLiteral("approx"), QStringLiteral("fig"),
        QStringLiteral("vol"), QStringLiteral("est")};
    if (titles().contains(word) && (original.front().isUpper() || lowerCaseAbbreviations.contains(word)))
        return false;
    // "U.S." and "Ph.D." have short pieces between their dots; "standfor.co.nz." is an address ending a
    // sentence.
    const bool dotted = word.contains(u'.') && [&word] {
        for (const auto piece : QStringView(word).split(u'.')) {
            if (piece.size() > 2)
                return false;
        }
        return true;
    }();
    if (suffixes().contains(word) || dotted) {
        const QString following = wordAt(text, next, lineEnd);
        return sentenceStarters().contains(following.toLower());
    }
    return true;
}

// Where a list item's text begins when the line opens with a bullet ("- ", "• ", "* ") or a
// number ("3. ", "12) "); @p at otherwise. The marker is layout, not part of what the item says.
qsizetype afterListMarker(const QString& text, qsizetype at, qsizetype lineEnd)
{
    while (at < lineEnd && isSpace(text[at]))
        ++at;
    qsizetype m = at;
    switch (m < lineEnd ? text[m].unicode() : 0) {
    case u'-':
    case u'*':
    case u'\u2022': // •
    case u'\u2023': // ‣
    case u'\u25E6': // ◦
    case u'\u2013': // –
    case u'\u2014': // —
        ++m;
        break;
    default:
        while (m < lineEnd && m - at < 3 && text[m].isDigit())
            ++m;
        if (m == at || m >= lineEnd || (text[m] != u'.' && text[m] != u')'))
            return at;
        ++m;
    }
    if (m >= lineEnd || !isSpace(text[m]))
        return at;
    while (m < lineEnd && isSpace(text[m]))
        ++m;
    return m;
}

} // namespace

void SentenceSegmenter::splitLine(const QString& text, qsizetype lineStart, qsizetype lineEnd,
                                  QList<Sentence>& out)
{
    auto emit = [&](qsizetype s, qsizetype e) {
        Interruption::checkpoint();
        while (s < e && isSpace(text[s]))
            ++s;
        while (e > s && isSpace(text[e - 1]))
            --e;
        if (e > s)
            out.append({s, e, false});
    };

    qsizetype start = afterListMarker(text, lineStart, lineEnd);
    for (qsizetype i = start; i < lineEnd; ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026')
            continue;
        qsizetype j = i + 1;
        while (j < lineEnd && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?' || text[j] == u'\u2026'))
            ++j;
        while (j < lineEnd && isCloser(text[j]))
            ++j;
        if (j >= lineEnd)
            break;

        if (isSpace(text[j])) {
            qsizetype k = j;
            while (k < lineEnd && isSpace(text[k]))
                ++k;
            if (k >= lineEnd)
                break;
            const QChar n = text[k];
            const bool startsSentence =
                n.isUpper() || n.isDigit() ||
                (isOpener(n) && k + 1 < lineEnd &&
                 (text[k + 1].isUpper() || isSpace(text[k + 1]) || text[k + 1].isDigit()));
            if (!startsSentence)
                continue;
            // "…about the U.S. economy" vs "…in the U.S. The": decide on the word before the dot.
            if (c == u'.' && j == i + 1 && !isBoundaryAfterDot(text, lineStart, i, k, lineEnd))
                continue;
            if (c == u'.' && n.isDigit() && wordBefore(text, lineStart, i).toLower() == u"no")
                continue;
            emit(start, j);
            start = k;
            i = k - 1;
            continue;
        }

        // "…on Taobao and Tmall.AI model Qwen…": a lower-case word glued to a capitalised one.
        if (c == u'.' && j == i + 1 && i - lineStart >= 3 && text[i - 1].isLower() && text[i - 2].isLower() &&
            text[j].isUpper() && j + 1 < lineEnd && text[j + 1].isLetter()) {
            qsizetype e = j;
            while (e < lineEnd && (text[e].isLetterOrNumber() || text[e] == u'-'))
                ++e;
            const bool address = e < lineEnd && (text[e] == u'.' || text[e] == u'/') && e + 1 < lineEnd &&
                                 text[e + 1].isLetter();
            if (!address) {
                emit(start, j);
                start = j;
                i = j - 1;
            }
        }
    }
    emit(start, lineEnd);
}

QList<Sentence> SentenceSegmenter::split(const QString& text)
{
    QList<Sentence> out;
    for (qsizetype start = 0; start <= text.size();) {
        Interruption::checkpoint();
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        splitLine(text, start, end, out);
        start = end + 1;
    }
    return out;
}

} // namespace Crosscheck::Core
