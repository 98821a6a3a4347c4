#include "figurerecognizer.h"

#include "articles/interruption.h"
#include "articles/units.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;

namespace {

using RE = QRegularExpression;

// Pieces the patterns below are built from.
// Digits as Western ("1,234,567") and Indian ("12,34,567": lakhs and crores) outlets group them;
// text re-joined from tokens may space a group ("$30, 000"), which a group opening with 0 shows:
// no count is written "000".
const QString kNum = QStringLiteral(R"((?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,(?:\d{3}| 0\d\d(?!\d)))+|\d+)(?:\.\d+)?)");
// Numbers in words: "twenty-five", "two dozen", "three hundred", and after a scale word the rest
// of the number ("one hundred and sixty-one", "two million three hundred thousand", "four thousand
// three hundred and twenty-one"), but never a second "hundred" after "and": "between one hundred
// and two hundred" is two numbers.
// A tens word takes its unit after a hyphen or a space ("forty-two", "two hundred thirty two").
// The list of words comes first: findTriggers() reads it from here.
const QString kSmallWords = QStringLiteral(
    R"((?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
    R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    R"()(?:(?<=ty)\s+(?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])|)"
    R"(-(?:one|two|three|four|five|six|seven|eight|nine))?)");
const QString kWords =
    kSmallWords + QStringLiteral(R"((?:\s+(?:hundred|thousand|million|billion|trillion|dozens?))*)") +
    QStringLiteral(R"((?:(?<=hundred|thousand|million|billion|trillion)(?:\s+and\s+|\s+))") + kSmallWords +
    QStringLiteral(R"((?!\s+hundred)(?:\s+(?:thousand|million|billion|trillion))?)") +
    QStringLiteral(R"(|(?<=thousand|million|billion|trillion)\s+)") + kSmallWords +
    QStringLiteral(R"(\s+hundred(?:\s+(?:and\s+)?)") + kSmallWords +
    QStringLiteral(R"()?(?:\s+(?:thousand|million|billion|trillion))?)?)");
const QString kScale = QStringLiteral(R"((?:trillion|billion|million|thousand|crores?|lakhs?|lacs?|tn|bln|mln|bn|mn|m|b|k)(?![a-z]))");
const QString kQual = QStringLiteral(
    R"((?:just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|as\s+much\s+as|as\s+many\s+as|as\s+little\s+as|)"
    R"(up\s+to|at\s+least|at\s+most|close\s+to|an\s+estimated|upwards\s+of|in\s+excess\s+of|roughly|around|about|)"
    R"(approximately|approx\.|nearly|almost|over|under|some|estimated|above|below))");
const QString kMonth = QStringLiteral(
    R"((?:January|February|March|April|May|June|July|August|September|October|November|December|)"
    R"(Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?))");
const QString kWeekday = QStringLiteral(R"((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))");

RE build(const QString& pattern, bool caseInsensitive = true)
{
    RE re(pattern, caseInsensitive ? RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption
                                   : RE::UseUnicodePropertiesOption);
    if (!re.isValid())
        qFatal("FigureRecognizer: %s at %lld in %s", qPrintable(re.errorString()),
               qlonglong(re.patternErrorOffset()), qPrintable(pattern));
    return re;
}

QString arg(QString pattern)
{
    return pattern.replace(QStringLiteral("NUM"), kNum)
        .replace(QStringLiteral("WORDS"), kWords)
        .replace(QStringLiteral("SCALE"), kScale)
        .replace(QStringLiteral("QUAL"), kQual)
        .replace(QStringLiteral("MONTH"), kMonth)
        .replace(QStringLiteral("WEEKDAY"), kWeekday);
}

const RE& moneyBefore()
{
    static const RE re = build(arg(QStringLiteral(
        // "C $ 16.4 million", "U.S $", "HK $": a prefix spaced from its sign, as tokenised wires print
        // it ("A", "S" and "R" only touching it: "a $5 bill" is dollars).
        R"((?<![\w.])(?<f>(?<c>US\s?\$|U\.S\.?\s?\$|HK\s?\$|NT\s?\$|A\$|AU\s?\$|C\s?\$|CA\s?\$|S\$|NZ\s?\$|R\$|)"
        R"((?:Mex|MXN|USD|AUD|CAD|NZD)\s?\$|\$|€|£|¥|₹|₩|)"
        R"((?:RMB|USD|CNY|EUR|GBP|JPY|HKD|CHF|INR|AUD|CAD|DM|Stg|Rs\.?)(?=\s?\d))\s?(?<n1>NUM)(?:[\s-](?<fr>\d{1,2}/\d{1,2}))?)"
        R"((?:\s?(?<s1>SCALE))?)"
        R"((?:\s?(?<r>-|–|to|and)\s?(?:US\s?\$|\$|€|£|¥|RMB\s?)?\s?(?<n2>NUM)(?:\s?(?<s2>SCALE))?)?)(?![\w]))")));
    return re;
}

double tidy(double value);
void addHundredthsAfter(const QString& text, qsizetype end, Mention& money);

// The amount first: "380 billion yuan", "10,000 Swiss francs", "50 cents", "5 €" (as European
// outlets write it), "120 MEUR" (millions, in Nordic business prose), "half a million dollars",
// "35 lakh rupees", and as an adjective "a 12-cent dividend", "a one-yen bid".
const RE& moneyAfter()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.$€£¥-])(?<f>(?:(?<part>(?:a\s+)?(?:half|quarter)(?:\s+a)?)(?=\s(?:trillion|billion|million|thousand)\s)|)"
        R"((?<n1>NUM|WORDS)(?:[\s-](?<fr>\d{1,2}/\d{1,2}))?(?:\s?(?<r>-|–|to|and)\s?(?<n2>NUM|WORDS))?(?<hy>-(?=cents?|dollars?|yen|yuan|euros?|pence|penny|rupees?))?)\s?)"
        R"((?:(?<s1>trillion|billion|million|thousand|bln|mln|bn|mn|crores?|lakhs?)\s*(?=[€£$¥₹₩元])|)"
        R"((?<s1b>trillion|billion|million|thousand|bln|mln|bn|mn|crores?|lakhs?)\s+)?)"
        R"((?:(?<adj>US|U\.S\.|American|Hong\s+Kong|HK|Canadian|Australian|Singapore|New\s+Zealand|Taiwan|)"
        R"(Swiss|French|Chinese|Japanese|Indian|Mexican|Turkish|Swedish|Norwegian|Danish|Russian|)"
        R"(South\s+African|Finnish|Dutch|Spanish|Italian|Belgian|Austrian|German|Irish|Greek|Portuguese|)"
        R"(Argentine|Philippine|Chilean|Colombian|Brazilian|Indonesian|South\s+Korean|Korean|Saudi|Egyptian|)"
        R"(Pakistani|Nigerian|Kenyan|Polish|Czech|Hungarian|Israeli)\s+)?)"
        R"((?:(?<c>yuan|renminbi|dollars?|dlrs|euros?|pounds?(?:\s+sterling)?|yen|rupees?|francs?|cents?|pence|penny|)"
        R"(pesetas?|guilders?|markkaa?|deutsche?\s?marks?|deutschmarks?|marks|lira|lire|rubles?|roubles?|rand|ringgit|)"
        R"(baht|zloty|kronor|krona|kroner|krone|crowns|shekels?|bitcoins?|pesos?|schillings?|drachmas?|escudos?|punts?|)"
        R"(reais|real|rupiah|won|riyals?|dinars?|dirhams?|forints?|korunas?|)"
        R"(USD|CNY|RMB|EUR|GBP|JPY|HKD|CHF|INR|AUD|CAD|SEK|NOK|DKK|BTC)(?![a-z])|)"
        R"((?<mc>M)(?<cm>EUR|USD|GBP|SEK|NOK|DKK|CHF|AUD|CAD)(?![a-z])|)"
        R"((?<cs>[€£$¥₹₩元]))))")));
    return re;
}

// A share in words ("two thirds of voters", "a quarter of the staff", "a two-thirds majority",
// "half of all Americans"):
// a fraction's count and its part, before "of" or, joined by a hyphen, before a noun. Not of a
// unit ("three-quarters of a century", "two-tenths of a mile", "a quarter of a million"): that is
// an amount of the unit, no share.
const RE& wordFraction()
{
    static const RE re = build(QStringLiteral(
        R"((?<![\w-])(?<f>(?<n>one|two|three|four|a)(?<j>[\s-])(?<d>thirds?|quarters?|fifths?|tenths?)|(?<hf>half))(?![\w-]))"
        R"((?:(?<of>\s+of\s(?!an?\s))|(?<noun>\s+(?!of\s)[a-z])))"));
    return re;
}

const RE& percent()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.$€£¥/])(?<![\w.]-)(?<f>(?<n1>NUM|WORDS)(?:[\s-](?<fr>\d{1,2}/\d{1,2}))?(?:\s?(?:%|per\s?cent|percent))?)"
        R"((?:\s?(?<r>-|–|to|and)\s?(?<n2>NUM|WORDS))?\s?(?<p>%|per\s?cent(?![a-z])|percents?(?![a-z])|)"
        // "30 percentage points" is a difference of shares; "100 percentage" is a share, as some write it.
        R"(percentage\s+points?(?![a-z])|percentage(?![a-z])|pct(?![a-z]))))")));
    return re;
}

const RE& duration()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w./-])(?<f>(?<n1>NUM|WORDS)(?:[\s-](?<fr>\d{1,2}/\d{1,2})|(?<half>\s+and\s+a\s+half)|)"
        R"(\s?(?<r>-|–|to|and)\s?(?<n2>NUM|WORDS))?)"
        R"([\s-](?<u>years?|months?|weeks?|days?|hours?|minutes?|)"
        R"(seconds?|decades?|quarters?|centuries|century)(?![a-z])))")));
    return re;
}

const RE& numberDigits()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.,$€£¥/#-])(?<f>(?<n1>NUM)(?:[\s-](?<fr>\d{1,2}/\d{1,2})(?!\d))?(?:\s?(?<r>-|–|to|and)\s?(?<n2>NUM))?)"
        R"((?:\s+(?<s1>trillion|billion|million|thousand|crores?|lakhs?)(?![a-z]))?)(?![\w%/]|[.,]\d|-[A-Za-z]))")));
    return re;
}

const RE& numberWords()
{
    // "one and a half million", "two and a quarter": the part and the scale after it belong to the number.
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w-])(?<f>(?<n1>WORDS)(?:\s+and\s+a\s+(?<part>half|quarter)(?:\s+(?<ps>thousand|million|billion|trillion))?|)"
        R"(\s+(?<r>to|and)\s+(?<n2>NUM|WORDS))?)(?![\w-]))")));
    return re;
}

// Clock times: "6:30 p.m.", "4:20 a. m.", "11:45 AM EDT", "18:30", "7am", "5 p.m.".
const RE& clockTime()
{
    static const RE re = build(QStringLiteral(
        // After a slash only as h:mm ("Jul 13, 2009/02:00 pm"); "12/25" stays a date's business.
        R"((?<![\w.:,$€£¥+-])(?:(?<!/)|(?=\d{1,2}:[0-5]\d))(?<f>(?<h>\d{1,2})(?:(?<sep>[:.])(?<mi>[0-5]\d)(?::[0-5]\d)?(?![\d%]|[.,:]\d))?)"
        R"((?:\s?(?<ap>[aApP]\.\s?[mM]\.?|[aApP][mM](?![a-zA-Z])))?)"
        R"((?:\s(?<tz>[ECMP][SD]?T|GMT|UTC|BST|CES?T)(?![\w]))?))"),
                               false);
    return re;
}

// Measures with a unit: "256GB", "50mph", "1.5mm", "20-30ft", "ten miles", "10 1/2 miles", "3-inch".
// The pattern takes up to three words after the amount; which of them make a unit (longest
// first: "degrees Fahrenheit", "sq ft", "miles") is looked up in Units, not tried in the pattern.
const RE& quantity()
{
    static const RE re = build(arg(QStringLiteral(
                                   R"((?<![\w.,$€£¥/#])(?<![\w.]-)(?<f>(?<n1>NUM|WORDS)(?:[\s-](?<fr>\d{1,2}/\d{1,2})|\s(?<qs>million|billion|thousand|trillion))?)"
                                   R"((?:\s?(?<r>-|–|to|and)\s?(?<n2>NUM|WORDS))?[\s-]?)"
                                   R"((?<u>(?:[°º][A-Za-z]*|[A-Za-z]+)(?:²|2(?!\d))?(?:/[A-Za-z]+)?(?:[\s-][A-Za-z]+){0,2})))")),
                               false);
    return re;
}

// Numbers that are not amounts: telephone numbers ("(423) 272-7555", "432-333-TIPS",
// "1-800-555-0199", "+44 20 7946 0958"), street numbers ("1500 W. Main Street") and US postcodes
// after a state ("CA 94103"). Found to be left out.
const RE& notAmounts()
{
    static const RE re = build(QStringLiteral(
        R"((?<![\w.,/-])(?<f>(?<=\()\d{3}\)\s?\d{3}[-.\s]\d{4}|(?:1[-.\s])?\d{3}[-.]\d{3}[-.](?:\d{4}|[A-Z]{4})|)"
        // An international number has eight digits or more ("+44 20 7946 0958"); "+1.2 3:30 p.m."
        // in a table row is a change and a time.
        R"((?<=\+)(?=(?:[ .-]?\d){8})\d{1,3}(?:[ .-]\d{1,4}){2,5}|)"
        // A local number in brackets, as after a number spelt in letters ("877-LAPD-24-7 (527-3247)").
        R"((?<=\()\d{3}-\d{4}(?=\))|)"
        R"(\d{1,5}(?=\s(?:[NSEW]\.?\s)?(?:[A-Z][\w'-]*\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|)"
        R"(Lane|Drive|Way|Court|Place|Highway|Parkway|Terrace|Circle)\b)|)"
        R"((?<=[A-Z]{2}\s)\d{5}(?:-\d{4})?|)"
        // "call 335-5784", "Crime Stoppers at 333-8477", "Reach her at 442-1400", "the Police
        // Department at 335-5784": a local number after words that ask to call, or after "at" that
        // follows a desk to call. (A lookbehind of several lengths: PCRE2 10.43 and later.)
        R"((?<=(?i:\b(?:call|phone|tel\.?|fax|hotline|tips?)(?:\sat)?|\b(?:reach|contact)\s(?:her|him|them|us|me)\sat|)"
        R"(\b(?:department|office|police|stoppers|line|desk|headquarters)\sat)\s)\d{3}-\d{4})(?![\w-]))"),
                               false);
    return re;
}

// Dates said relative to the publication, quarters, and months named alone.
const QList<RE>& relativeDates()
{
    static const QList<RE> res = {
        // "last year", "this quarter"; "end of the year", "the start of the month" (of the
        // publication's: the qualifier stays in approx, as for "end of 2018").
        build(QStringLiteral(R"((?<![\w])(?<f>(?:(?<rel>last|next|this|past|previous|prior|coming|current)|)"
                             R"((?<edge>end|start|beginning|middle)\s+of\s+the)\s+)"
                             R"((?:fiscal\s+)?(?<ru>year|month|week|quarter|decade))(?![\w]))")),
        // "three years ago" is found from the duration "three years"; here only "a year ago".
        build(QStringLiteral(R"((?<![\w-])(?<f>(?<n>an?)\s+(?<ru>year|month|week|day|decade))"
                             R"(\s+(?<dir>ago|earlier|later|before|from\s+now))(?![\w]))"), true),
        // "yesterday", "tonight", "Tuesday"'s neighbours "this morning", "last night", "this weekend".
        build(QStringLiteral(R"((?<![\w])(?<f>(?<dw>yesterday|today|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?|)"
                             R"((?<drel>this|last)\s+(?:morning|afternoon|evening|night)|)"
                             R"((?<wrel>this|last|next|past|coming)\s+weekend|(?<nday>(?:previous|next|following)\s+(?:day|morning|afternoon|evening|night)|following\s+(?:week|month|year)|)"
                             R"((?<=[Tt]he\s)weekend|(?<=[Tt]he\s)year\s+before|)"
                             // "in the spring", "during the winter": a season of the story's, after a
                             // word of time and "the", ending a phrase ("the winter meetings" is none;
                             // "in the fall" is as often a tumble: "injuries in the fall").
                             R"((?<=\bin\s[Tt]he\s|\bIn\s[Tt]he\s|\bduring\s[Tt]he\s|\bDuring\s[Tt]he\s|\bover\s[Tt]he\s|)"
                             R"(\bby\s[Tt]he\s|\buntil\s[Tt]he\s|\bthrough\s[Tt]he\s|\bsince\s[Tt]he\s))"
                             R"((?:spring|summer|autumn|winter)(?=\s*(?:[,.;:!?)\x22\x{2019}\x{201D}]|$)|)"
                             R"(\s+(?:and|or|but|when|as|so|to|in|on|at|by|with|the|a|an|it|he|she|they|we|this|that|)"
                             R"(before|after|until|while|because|if|is|was|will|would|could|has|had|have)\b)))(?![\w]))")),
        build(QStringLiteral(R"((?<![\w])(?<f>(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)"
                             R"((?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d))?)(?![\w]))")),
        build(QStringLiteral(R"((?<![\w])(?<f>Q(?<qn>[1-4])(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d)|\s?'(?<yy>\d\d))?)(?![\w]))"),
              false),
        // Spans of years: "1951-1957", "the 2009-10 season".
        build(QStringLiteral(R"((?<![\w.,$€£¥/#-])(?<f>(?<y1>(?:1[89]|20)\d\d)\s?[-–]\s?(?<y2>(?:1[89]|20)\d\d|\d\d))(?![\w%/-]|[.,]\d))"),
              false),
        // Older spans, said to be years by an era ("1185-1396 AD", "500-400 BC") or standing alone
        // in brackets as reigns and lifetimes do ("Theodore Svetoslav (1300-1322)", "(r. 1294-1320)").
        build(QStringLiteral(R"((?<![\w.,$€£¥/#-])(?<f>(?<y1>\d{3,4})\s?[-–]\s?(?<y2>\d{3,4})\s?)"
                             R"((?<era>AD|A\.D\.|CE|BCE|BC|B\.C\.))(?![\w]))"),
              false),
        // A year said by its era: "508 BC", "394 AD", "776 BCE", "AD 79".
        build(QStringLiteral(R"((?<![\w.,$€£¥/#-])(?<f>(?<ey>\d{1,4})\s?(?<era>AD|A\.D\.|CE|BCE|BC|B\.C\.)|)"
                             R"((?<era2>AD|A\.D\.)\s?(?<ey2>\d{1,4})(?![\d,.]\d))(?![\w]))"),
              false),
        build(QStringLiteral(R"((?<=\(|\([rbdc]\.\s|\(ca\.\s)(?<f>(?<y1>1\d{3})\s?[-–]\s?(?<y2>1\d{3}|20\d\d))(?=\)))"), false),
        // "May" alone is too often the verb or a name: it is the month after a word of time ("in
        // May", "since May", "last May"), not before a capital or a possessive ("in May Smith's").
        // "this September", "last June": the month, said so.
        build(QStringLiteral(R"((?<![\w])(?<f>(?:(?<mrel>(?i:this|last|next|past|coming))\s+)?(?<mon>January|February|March|April|June|July|August|September|)"
                             R"(October|November|December|(?<=\bin\s|\bIn\s|\bsince\s|\buntil\s|\bthrough\s|\bduring\s|\bearly\s|)"
                             R"(\blate\s|\bmid-|\blast\s|\bnext\s|\bthis\s|\bLast\s|\bNext\s|\bThis\s)May(?!['\x{2019}]|\s+[A-Z]))))"
                             R"((?![\w])(?(<mrel>)(?!\.?,?\s+\d)))"),
              false),
        // Seasons: "this summer", "last fall", "the winter of 2019", "spring 2020" ("the fall"
        // alone is as often a fall).
        build(QStringLiteral(R"((?<![\w])(?<f>(?:(?<srel>last|next|this|past|coming)\s+(?<season>spring|summer|autumn|fall|winter)|)"
                             R"((?<season2>spring|summer|autumn|winter)(?:\s+of)?\s+(?<year>(?:19|20)\d\d)))(?![\w]))")),
        // Halves of a year: "the second half of 1997", "the first half of the year" (not "the first
        // half" of a match).
        build(QStringLiteral(R"((?<![\w])(?<f>(?<half>first|second)\s+half\s+of\s+(?:(?<year>(?:19|20)\d\d)|)"
                             R"((?<hrel>this|last|next|the)\s+(?:fiscal\s+)?year))(?![\w-]))")),
        // Centuries: "the 20th century", "the nineteenth century".
        build(QStringLiteral(R"((?<![\w])(?<f>(?<century>\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|)"
                             R"(twenty-first)\s+century)(?![\w]))")),
        // Spans said vaguely: "recent years", "the coming months", "the past few weeks" ("the next
        // three years" is the duration "three years": its length compares).
        build(QStringLiteral(R"((?<![\w])(?<f>(?<vague>recent|coming|(?:past|last|next|previous)\s+(?:few|several))\s+)"
                             R"((?:years|months|weeks|days|decades)|)"
                             // "a few years ago", "several months earlier": a moment the text does not
                             // fix ("several years" alone is a length, said vaguely).
                             R"((?<vague2>a\s+few|a\s+couple\s+of|several|many)\s+(?:years|months|weeks|days|decades)\s+)"
                             R"((?:ago|earlier|later|before))(?![\w]))")),
        // Financial news compares with a year before: "the year-earlier period", "the year-ago quarter".
        build(QStringLiteral(R"((?<![\w])(?<f>year[-\s](?<yago>earlier|ago)\s+(?:period|quarter|month|week|levels?|)"
                             R"(figures?|results?|season))(?![\w]))")),
        // Decades in words: "the nineteen eighties", "the late nineteen-sixties".
        build(QStringLiteral(R"((?<![\w-])(?<f>(?<wcent>eighteen|nineteen)[\s-](?<wdec>twenties|thirties|forties|fifties|)"
                             R"(sixties|seventies|eighties|nineties))(?![\w]))")),
    };
    return res;
}

const QList<RE>& dates()
{
    static const QList<RE> res = {
        build(arg(QStringLiteral(
                  R"((?<![\w])(?<f>(?:(?<wd>WEEKDAY),?\s+)?(?<mon>MONTH)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)"
                  R"((?![\d%])(?:,?\s+(?<year>(?:1\d|20)\d\d)(?!\d))?))")),
              false),
        build(arg(QStringLiteral(
                  R"((?<![\w])(?<f>(?:(?<wd>WEEKDAY),?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)"
                  R"((?<mon>MONTH)(?:,?\s+(?<year>(?:1\d|20)\d\d)(?!\d))?)(?![a-z]))")),
              false),
        build(arg(QStringLiteral(R"((?<![\w]))"
                                 R"((?<f>(?<mon>MONTH),?\s+(?:of\s+)?(?<year>(?:1\d|20)\d\d))(?!\d))")),
              false),
        // "2012-04-04", and as tokenised corpora space it, "2012 - 04 - 04" (one spacing throughout).
        build(QStringLiteral(R"((?<![\w-])(?<f>(?<year>(?:19|20)\d\d)(?<sp> ?)-\k<sp>(?<mo>\d\d)\k<sp>-\k<sp>(?<day>\d\d))(?![\w-]))"),
              false),
        build(QStringLiteral(R"((?<![\w])(?<f>(?<year>(?:1[89]|20)\d0)s)(?![\w]))"), false),
        // "mid-2026" is a year; "2024-2026" inside an identifier is not. An older year is one
        // after a word of time that ends its phrase ("in 1738 and", "since 1480,"): "in 1500
        // cases" is a count.
        build(QStringLiteral(R"((?<![\w.,$€£¥/#])(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<!-)))"
                             R"((?<f>(?<year>(?:1[89]|20)\d\d|)"
                             R"((?<=\bin\s|\bIn\s|\bsince\s|\bSince\s|\buntil\s|\bby\s|\bfrom\s|\bFrom\s|\bbefore\s|\bafter\s|\bc\.\s|\bca\.\s|\bcirca\s|\()1[0-7]\d\d)"
                             R"((?=\s*(?:[,.;:!?)\x22\x{2019}\x{201D}]|$|\s+(?:and|or|to|when|as|in|on|at|by|with|the|a|an|he|she|it|they|we|his|her|)"
                             R"(their|after|before|until|while|but|where|which|who|that|was|were|is|had|has)\b))))(?![\w%/-]|[.,]\d))"),
              false),
        // "Tuesday", "last Monday", "this past Wednesday", "next Friday", "Sunday night".
        build(arg(QStringLiteral(R"((?<![\w])(?<f>(?:(?<wrel>(?i:this\s+(?:past|coming|upcoming)|last|next|this|coming|past|previous|following))\s+)?(?<wd>WEEKDAY))"
                                 R"((?:\s+(?:morning|afternoon|evening|night))?)(?![\w]))"
                                 // "In this Tuesday, Nov. 10, 2009 file photo": the date is "Tuesday, Nov. 10, 2009".
                                 R"((?(<wrel>)(?!,?\s+(?:MONTH|\d))))")),
              false),
        // "3/15/2021", "15/3/2021", "03/15/21": day and month in either order, as the numbers allow.
        build(QStringLiteral(R"((?<![\w./-])(?<f>(?<a>\d{1,2})/(?<b>\d{1,2})/(?<yr>(?:1[89]|20)\d\d|\d\d))(?![\w/-]|[.,]\d))"),
              false),
        // "2012. 08. 08" and "2012.08.08", as Korean and Hungarian outlets date their pages.
        build(QStringLiteral(R"((?<![\w.-])(?<f>(?<year>(?:19|20)\d\d)\.(?<sp> ?)(?<mo>\d\d)\.\k<sp>(?<day>\d\d))(?![\w-]|\.?\d))"),
              false),
    };
    return res;
}

double parseNumber(QStringView digits)
{
    QString s = digits.toString();
    s.remove(u',');
    s.remove(u' ');
    return s.toDouble();
}

double scaleFactor(QStringView scale)
{
    const QString s = scale.toString().toLower();
    if (s.isEmpty())
        return 1;
    if (s == u"trillion" || s == u"tn")
        return 1e12;
    if (s == u"billion" || s == u"bn" || s == u"bln" || s == u"b")
        return 1e9;
    if (s == u"million" || s == u"mn" || s == u"mln" || s == u"m")
        return 1e6;
    if (s == u"thousand" || s == u"k")
        return 1e3;
    // Indian English: a crore is ten million, a lakh (lac) a hundred thousand.
    if (s.startsWith(u"crore"))
        return 1e7;
    if (s.startsWith(u"lakh") || s.startsWith(u"lac"))
        return 1e5;
    return 1;
}

std::optional<double> numberValue(QStringView text)
{
    if (!text.isEmpty() && text.front().isDigit())
        return parseNumber(text);
    return FigureRecognizer::parseWrittenNumber(text);
}

int monthNumber(QStringView month)
{
    static const QStringList names = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                      QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                      QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                      QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(names.indexOf(month.left(3).toString().toLower())) + 1;
}

// The qualifier right before a figure ("over", "as much as"; for dates "late", "mid-"). Read by
// looking back rather than inside each pattern: an optional prefix would make the patterns try
// every position of the text instead of only where a digit or currency sign stands.
QString qualifierBefore(const QString& text, qsizetype start, bool date)
{
    static const RE amounts(QStringLiteral("(?<![\\w])(") + kQual + QStringLiteral(")\\s+$"),
                            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    static const RE dates(
        QStringLiteral("(?<![\\w])(?:the\\h+)?(early|mid|late|earlier|later|(?:end|start|beginning|middle)\\h+of|fiscal(?:\\h+year)?)[\\h-]+$"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    // Most figures follow a word that ends no qualifier ("of", "by", "the"): look at that word
    // before running the expression.
    static const QSet<QString> amountEnds = {u"over"_s,    u"under"_s,  u"than"_s,   u"as"_s,
                                             u"to"_s,      u"least"_s,  u"most"_s,   u"estimated"_s,
                                             u"roughly"_s, u"around"_s, u"about"_s,  u"approximately"_s,
                                             u"approx"_s,  u"nearly"_s, u"almost"_s, u"some"_s,
                                             u"above"_s,   u"below"_s,  u"of"_s};
    static const QSet<QString> dateEnds = {u"early"_s, u"mid"_s, u"late"_s, u"earlier"_s, u"later"_s, u"of"_s, u"fiscal"_s, u"year"_s};
    qsizetype wordEnd = start;
    while (wordEnd > 0 && (text[wordEnd - 1].isSpace() || (date && text[wordEnd - 1] == u'-')))
        --wordEnd;
    if (wordEnd > 0 && text[wordEnd - 1] == u'.')
        --wordEnd; // "approx."
    qsizetype wordStart = wordEnd;
    while (wordStart > 0 && text[wordStart - 1].isLetter() && wordEnd - wordStart < 14)
        --wordStart;
    if (wordStart == wordEnd || wordEnd == start)
        return {};
    if (!(date ? dateEnds : amountEnds).contains(text.sliced(wordStart, wordEnd - wordStart).toLower()))
        return {};
    const qsizetype from = std::max<qsizetype>(0, start - 32);
    const auto m = (date ? dates : amounts).matchView(QStringView(text).sliced(from, start - from));
    if (!m.hasMatch())
        return {};
    QString q = m.captured(1).toLower();
    static const RE spaces(QStringLiteral("\\s+"));
    q.replace(spaces, QStringLiteral(" "));
    return q;
}

// Every pattern's matches before the earliest and longest win: the mentions, and beside them
// each one's priority and whether it is shown. Kept apart so that the winners are gathered in
// the mentions' own list: a page dense with figures has millions of candidates, and a second
// list of the winners would double what the recogniser holds at its peak.
class Candidates
{
public:
    /// @p priority: lower wins a tie of start and length. @p ignored: a telephone number, street
    /// number or postcode, which takes its place and is shown as nothing.
    void append(Mention mention, int priority, bool ignored = false)
    {
        m_mentions.append(std::move(mention));
        m_priority.push_back(qint8(priority));
        m_ignored.push_back(ignored);
    }
    Mention& last() { return m_mentions.last(); }
    /// The winners, earliest first: of candidates starting together the longest, then the one of
    /// lowest priority; none overlapping one taken before it.
    QList<Mention> takeWinners(const QString& text);

private:
    QList<Mention> m_mentions;
    std::vector<qint8> m_priority;
    std::vector<bool> m_ignored;
};


// One match of a pattern; positions are in the whole text.
struct Hit
{
    QRegularExpressionMatch m;
    qsizetype base = 0;

    qsizetype start(QStringView name) const { return base + m.capturedStart(name); }
    qsizetype end(QStringView name) const { return base + m.capturedEnd(name); }
    QStringView view(QStringView name) const { return m.capturedView(name); }
    QString str(QStringView name) const { return m.captured(name); }
    bool has(QStringView name) const { return m.hasCaptured(name); }
};

// Where a figure can start. Every pattern begins, after a look-behind that refuses a word
// character before it, with a digit, a currency sign or code, a written number, a month or a
// weekday. Finding those places once and matching each pattern anchored there (in a short window
// of the text) gives what a scan of the whole text gives at a fraction of the cost: the
// case-insensitive patterns would otherwise be tried at nearly every letter.
struct Triggers
{
    QList<qsizetype> digits, currencies, numberWords, months, weekdays;
    QList<qsizetype> parts; // "half", "quarter", "a" before them: "half a million dollars"
    QList<qsizetype> relative; // "last", "next", "yesterday", "first" (quarter), "a" (year ago), "Q3"
    QList<qsizetype> vague; // "tens", "hundreds", "millions": "tens of millions of dollars"
    QList<qsizetype> years; // "year" before "-earlier" or "-ago": "the year-earlier period"
    QList<qsizetype> eraWords; // "AD" before a year: "AD 79"
    // Words an amount can be followed by, each by its first three letters: a currency ("yuan",
    // "dollars", "EUR", "MSEK", "元") and a span of time ("years", "hours", "quarters").
    QList<qsizetype> currencyWords, timeUnits;
    QList<qsizetype> percentMarks; // "%", and words that start as "percent" or "pct" do
    bool wholeText = false; // scan everything: the reference the triggers are tested against
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A lower-case ASCII word of up to twelve letters as a number, five bits a letter: looked up
// without building a string for every word of the text.
quint64 wordKey(QStringView word)
{
    quint64 key = 0;
    for (const QChar c : word)
        key = key * 32 + quint64(c.unicode() - u'a' + 1);
    return key;
}

QSet<quint64> wordKeys(QStringView alternatives)
{
    QSet<quint64> keys;
    for (const QStringView word : alternatives.tokenize(u'|'))
        keys.insert(wordKey(word));
    return keys;
}

// The triggers of the whole word [@p i, @p j) whose key is @p key: a part ("half", or "a" before
// one), a magnitude ("millions of"), a currency code or a dollar's country ("US$", "HK $").
void addWordTriggers(Triggers& t, const QString& text, qsizetype i, qsizetype j, quint64 key, bool a)
{
    static const QSet<quint64> codes = wordKeys(u"rmb|usd|cny|eur|gbp|jpy|hkd|chf|inr|aud|cad|rs|dm|stg");
    static const QSet<quint64> parts = wordKeys(u"half|quarter");
    static const QSet<quint64> vague = wordKeys(u"tens|hundreds|thousands|millions|billions|trillions");
    static const QSet<quint64> dollarPrefixes = wordKeys(u"us|u|hk|nt|a|au|c|ca|s|nz|r|mex|mxn|usd|aud|cad|nzd");
    const QStringView after = QStringView(text).mid(j, 9);
    if (parts.contains(key) ||
        (a && (after.startsWith(u" half") || after.startsWith(u" quarter") || after.startsWith(u" third") ||
               after.startsWith(u" fifth") || after.startsWith(u" tenth") || after.startsWith(u" dozen"))))
        t.parts.append(i);
    if (vague.contains(key) && after.startsWith(u" of "))
        t.vague.append(i);
    if (j - i == 2 && text[i] == u'A' && text[i + 1] == u'D' && j + 1 < text.size() && (text[j] == u' ' || text[j].isDigit()))
        t.eraWords.append(i);
    if (codes.contains(key) || (dollarPrefixes.contains(key) && QStringView(text).mid(j, 5).contains(u'$')))
        t.currencies.append(i);
}

// The triggers a word gives by its first three letters (@p key): a month, a weekday, a currency,
// a unit of time, a share. Right after digits (@p glued: "5USD", "5percent") only a currency or a
// share is written so.
void addPrefixTriggers(Triggers& t, qsizetype i, quint64 key, bool glued)
{
    static const QSet<quint64> months = wordKeys(u"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");
    static const QSet<quint64> weekdays = wordKeys(u"mon|tue|wed|thu|fri|sat|sun");
    // The first three letters of every word of moneyAfter()'s currencies and duration()'s units.
    static const QSet<quint64> currencyWords = wordKeys(
        u"yua|ren|dol|dlr|eur|pou|yen|rup|fra|cen|pen|pes|gui|mar|deu|lir|rub|rou|ran|rin|bah|zlo|kro|cro|she|bit|"
        u"sch|dra|esc|pun|rea|won|riy|din|dir|for|kor|usd|cny|rmb|gbp|jpy|hkd|chf|inr|aud|cad|sek|nok|dkk|btc|"
        u"meu|mus|mgb|mse|mno|mdk|mch|mau|mca");
    static const QSet<quint64> timeUnits = wordKeys(u"yea|mon|wee|day|hou|min|sec|dec|qua|cen");
    static const QSet<quint64> percentWords = wordKeys(u"per|pct");
    if (currencyWords.contains(key))
        t.currencyWords.append(i);
    if (percentWords.contains(key))
        t.percentMarks.append(i);
    if (glued)
        return;
    if (months.contains(key))
        t.months.append(i);
    if (weekdays.contains(key))
        t.weekdays.append(i);
    if (timeUnits.contains(key))
        t.timeUnits.append(i);
}

Triggers findTriggers(const QString& text)
{
    static const QSet<quint64> numberWords = wordKeys(QStringView(kWords).mid(3, kWords.indexOf(u')') - 3));
    Triggers t;
    const qsizetype n = text.size();
    const QChar *chars = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = chars[i];
        const bool wordStart = i == 0 || !isWordChar(chars[i - 1]);
        if (c.isDigit()) {
            if (wordStart)
                t.digits.append(i);
            continue;
        }
        if (c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'₹' || c == u'₩') {
            t.currencies.append(i);
            continue;
        }
        if (c == u'元')
            t.currencyWords.append(i);
        if (c == u'%')
            t.percentMarks.append(i);
        if (!wordStart && c.isLetter() && chars[i - 1].isDigit() && i + 3 <= n) { // "5USD", "10dollars"
            quint64 key = 0;
            for (qsizetype k = i; k < i + 3; ++k)
                key = key * 32 + quint64((chars[k].unicode() | 0x20) - u'a' + 1);
            addPrefixTriggers(t, i, key, true);
        }
        if (!wordStart || !c.isLetter())
            continue;
        // Keys of the word's first twelve letters, lower-cased, as far as they are ASCII; the
        // patterns only ever continue a word with ASCII letters.
        std::array<quint64, 13> prefix{};
        int length = 0;
        bool whole = true; // the keys cover the whole word
        qsizetype j = i;
        for (; j < n && chars[j].isLetter(); ++j) {
            const char16_t u = chars[j].unicode() | 0x20;
            if (u < u'a' || u > u'z' || length == 12) {
                whole = false;
                break;
            }
            prefix[size_t(length + 1)] = prefix[size_t(length)] * 32 + (u - u'a' + 1);
            ++length;
        }
        while (j < n && chars[j].isLetter())
            ++j;
        if (length >= 3) {
            addPrefixTriggers(t, i, prefix[3], false);
            bool number = false;
            for (int len = 3; len <= length; ++len) {
                if (!numberWords.contains(prefix[size_t(len)]))
                    continue;
                if (!number)
                    t.numberWords.append(i);
                number = true;
                // "tenpercent": a share written onto its number
                const QStringView rest(chars + i + len, j - i - len);
                if (rest.startsWith(u"per", Qt::CaseInsensitive) || rest.startsWith(u"pct", Qt::CaseInsensitive))
                    t.percentMarks.append(i + len);
            }
        }
        if (whole && length > 0) {
            static const QSet<quint64> relativeWords =
                wordKeys(u"last|next|this|past|previous|coming|following|yesterday|today|tomorrow|tonight|first|second|third|fourth|"
                         u"recent|current|spring|summer|autumn|winter|eighteenth|nineteenth|twentieth|twenty|"
                         u"end|start|beginning|middle|weekend|several|many|prior");
            const quint64 word = prefix[size_t(length)];
            const QStringView after = QStringView(text).mid(j, 8);
            const bool article = (length == 1 && (c == u'a' || c == u'A')) || word == wordKey(u"an");
            if (relativeWords.contains(word) ||
                (article && (after.startsWith(u" year") || after.startsWith(u" month") || after.startsWith(u" week") ||
                             after.startsWith(u" day") || after.startsWith(u" decade") || after.startsWith(u" few ") ||
                             after.startsWith(u" couple "))))
                t.relative.append(i);
            static const quint64 year = wordKey(u"year");
            if (word == year && after.size() > 4 && (after[0] == u'-' || after[0] == u' ') &&
                (after.sliced(1).startsWith(u"earlier") || after.sliced(1).startsWith(u"ago")))
                t.years.append(i);
            else if (word == year && after.startsWith(u" before"))
                t.relative.append(i); // "the year before"
        }
        if (c == u'Q' && i + 1 < n && chars[i + 1] >= u'1' && chars[i + 1] <= u'4')
            t.relative.append(i);
        if (whole && length > 0)
            addWordTriggers(t, text, i, j, prefix[size_t(length)], length == 1 && (c == u'a' || c == u'A'));
        i = j - 1;
    }
    return t;
}

QList<qsizetype> merged(std::initializer_list<const QList<qsizetype> *> lists)
{
    QList<qsizetype> out;
    for (const QList<qsizetype> *list : lists) {
        const qsizetype middle = out.size();
        out.append(*list);
        std::inplace_merge(out.begin(), out.begin() + middle, out.end());
    }
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// How far past its start a match is looked for (scan()): no figure is longer.
constexpr qsizetype kAhead = 256;

// The starts of @p starts that @p keep allows, in order.
template<typename Keep>
QList<qsizetype> where(const QList<qsizetype>& starts, Keep keep)
{
    QList<qsizetype> out;
    for (const qsizetype start : starts) {
        if (keep(start))
            out.append(start);
    }
    return out;
}

// The starts of @p starts with one of @p marks (sorted) after them, within reach of a match: the
// amounts a pattern that needs a currency or a unit after the amount can start at.
QList<qsizetype> followedBy(const QList<qsizetype>& starts, const QList<qsizetype>& marks)
{
    return where(starts, [&marks](qsizetype p) {
        const auto mark = std::upper_bound(marks.cbegin(), marks.cend(), p);
        return mark != marks.cend() && *mark - p < kAhead;
    });
}

// @p re made to match only where the search starts. Anchoring at match time
// (AnchorAtOffsetMatchOption, PCRE2_ANCHORED) is not something PCRE2's JIT can do, so every such
// match fell back to the interpreter; a pattern that begins with \G is anchored when compiled,
// and JIT-compiled as such. Made once per pattern, shared by every thread.
const RE& anchoredVersion(const RE& re)
{
    static QMutex mutex;
    static std::unordered_map<const RE *, std::unique_ptr<RE>> versions;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<RE>& version = versions[&re];
    if (!version)
        version = std::make_unique<RE>(u"\\G(?:"_s + re.pattern() + u')', re.patternOptions());
    return *version;
}

// Calls @p onHit for each match of @p re, in order and not overlapping, exactly as a global
// match over the text would, but trying only the @p starts the triggers allow. A callback that
// returns false took only the beginning of its match ("$5 billion" of "$5 billion to $6 billion"
// after "by"): the search goes on inside the match.
template<typename F>
bool consumed(F& onHit, const Hit& hit)
{
    if constexpr (std::is_same_v<decltype(onHit(hit)), void>) {
        onHit(hit);
        return true;
    } else {
        return onHit(hit);
    }
}

// The text is valid UTF-16 (recognize() sees to it), and every window and start below falls
// between two characters, never inside a surrogate pair: PCRE2 need not check the subject again
// on each match, which it would do over the whole window (a third of reading a table of figures).
constexpr auto kChecked = RE::DontCheckSubjectStringMatchOption;

// @p at moved off the second half of a surrogate pair.
qsizetype onCharacter(const QString& text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at].isLowSurrogate() ? at - 1 : at;
}

template<typename F>
void scan(const RE& re, const QString& text, const Triggers& triggers, const QList<qsizetype>& starts,
          F onHit)
{
    if (triggers.wholeText) {
        for (qsizetype pos = 0; pos <= text.size();) {
            Interruption::checkpoint();
            const auto m = re.match(text, pos, RE::NormalMatch, kChecked);
            if (!m.hasMatch())
                break;
            const qsizetype start = m.capturedStart(), end = m.capturedEnd();
            pos = consumed(onHit, Hit{m, 0}) ? std::max(end, start + 1) : start + 1;
            if (pos < text.size() && text[pos].isLowSurrogate())
                ++pos;
        }
        return;
    }
    // Look-behinds reach at most seven characters back ("early-" plus one); no figure is
    // longer than a few dozen characters.
    constexpr qsizetype behind = 16, ahead = kAhead;
    const RE& anchored = anchoredVersion(re);
    qsizetype next = 0;
    for (const qsizetype p : starts) {
        Interruption::checkpoint();
        if (p < next)
            continue;
        const qsizetype from = onCharacter(text, std::max<qsizetype>(0, p - behind));
        const qsizetype to = onCharacter(text, std::min(text.size(), p + ahead));
        const QStringView window = QStringView(text).sliced(from, std::max(p, to) - from);
        Hit hit{anchored.matchView(window, p - from, RE::NormalMatch, kChecked), from};
        if (!hit.m.hasMatch())
            continue;
        next = consumed(onHit, hit) ? std::max(p + 1, from + hit.m.capturedEnd()) : p + 1;
    }
}

// The word that ends right before @p at, lower-cased ("by" in "rose by $5"), and where it starts.
QString wordBefore(const QString& text, qsizetype at, qsizetype *wordStart = nullptr)
{
    qsizetype end = at;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && text[start - 1].isLetter() && end - start < 16)
        --start;
    if (wordStart)
        *wordStart = start;
    return text.sliced(start, end - start).toLower();
}

// A verb that moves a level, written right before the size of the move: "shares rose 5%", "oil
// fell $1.20 to $85.50", "sales were down 12 per cent" (amounts and shares only: see addCandidate). Not "raised $5 million" (funds), "lost
// $2 million" (a loss) nor "cut 1,200 jobs": there the figure is an amount of its own.
bool isMovementVerb(const QString& word)
{
    static const QSet<QString> verbs = {
        u"rose"_s,    u"rises"_s,   u"risen"_s,    u"fell"_s,    u"falls"_s,    u"fallen"_s,   u"climbed"_s,
        u"climbs"_s,  u"declined"_s, u"declines"_s, u"jumped"_s, u"jumps"_s,    u"slipped"_s,  u"slips"_s,
        u"dropped"_s, u"drops"_s,   u"grew"_s,     u"grows"_s,   u"shrank"_s,   u"shrinks"_s,  u"surged"_s,
        u"surges"_s,  u"plunged"_s, u"plunges"_s,  u"soared"_s,  u"soars"_s,    u"tumbled"_s,  u"tumbles"_s,
        u"slid"_s,    u"slides"_s,  u"rallied"_s,  u"advanced"_s, u"advances"_s, u"dipped"_s,  u"dips"_s,
        u"sank"_s,    u"sinks"_s,   u"gained"_s,   u"gains"_s};
    return verbs.contains(word);
}

// "sales were down 47 percent", "traffic went up 300 percent": "up" and "down" move a level
// after a form of "be", "go" or a market's close, not as a particle ("brought down 70 percent of
// the network", "make up a third of the population").
bool isMovedUpOrDown(const QString& text, qsizetype wordStart)
{
    static const QSet<QString> movers = {u"is"_s,     u"was"_s,    u"are"_s,   u"were"_s,  u"be"_s,     u"been"_s,
                                         u"being"_s,  u"went"_s,   u"go"_s,    u"goes"_s,  u"gone"_s,   u"going"_s,
                                         u"closed"_s, u"ended"_s,  u"finished"_s, u"traded"_s, u"trading"_s, u"edged"_s,
                                         u"moved"_s,  u"came"_s};
    return movers.contains(wordBefore(text, wordStart));
}

// "rose by $5 billion", "cut by 3%": the figure is the size of a change, not a level; so is an
// amount, share or measure right after a verb of movement ("rose over 8%", past its qualifier
// @p approx), when @p direct.
bool isChange(const QString& text, qsizetype start, const QString& approx = {}, bool direct = false)
{
    static const QSet<QString> verbs = {
        u"rose"_s,      u"rise"_s,     u"rises"_s,     u"risen"_s,    u"fell"_s,      u"fall"_s,     u"falls"_s,
        u"fallen"_s,    u"increased"_s, u"increase"_s, u"increases"_s, u"decreased"_s, u"decrease"_s, u"grew"_s,
        u"grow"_s,      u"grown"_s,    u"dropped"_s,   u"drop"_s,     u"climbed"_s,   u"declined"_s, u"jumped"_s,
        u"slipped"_s,   u"gained"_s,   u"lost"_s,      u"cut"_s,      u"raised"_s,    u"lowered"_s,  u"reduced"_s,
        u"up"_s,        u"down"_s,     u"higher"_s,    u"lower"_s,    u"boosted"_s,   u"widened"_s,  u"narrowed"_s,
        u"shrank"_s,    u"surged"_s,   u"plunged"_s,   u"soared"_s,   u"tumbled"_s,   u"slid"_s,     u"rallied"_s,
        u"expanded"_s,  u"contracted"_s, u"advanced"_s, u"dipped"_s,  u"sank"_s,      u"spiked"_s,   u"more"_s,
        u"less"_s,      u"increasing"_s, u"decreasing"_s, u"rising"_s, u"falling"_s,  u"growing"_s};
    qsizetype at = start;
    for (qsizetype words = approx.isEmpty() ? 0 : approx.count(u' ') + 1; words > 0 && at > 0; --words)
        wordBefore(text, at, &at);
    qsizetype byStart = 0;
    const QString before = wordBefore(text, at, &byStart);
    if (before == u"by")
        return verbs.contains(wordBefore(text, byStart));
    if (before == u"up" || before == u"down")
        return direct && isMovedUpOrDown(text, byStart);
    return direct && isMovementVerb(before);
}

void addCandidate(Candidates& out, const QString& text, const Hit& h, Mention mention, int priority)
{
    mention.start = h.start(u"f");
    mention.end = h.end(u"f");
    mention.approx = qualifierBefore(text, mention.start, mention.kind == MentionKind::Date);
    if (mention.kind == MentionKind::Date && !mention.approx.isEmpty()) {
        // The qualifier is part of the date as readers and date annotations mark it: "early 1980s",
        // "mid-1990s", "fiscal 1995", "earlier this month", "end of 2018"; the value stays the
        // period's, the qualifier in approx. ("the" stays out, as it does of "first half of 2019".)
        qsizetype at = mention.start;
        while (at > 0 && (text[at - 1].isSpace() || text[at - 1] == u'-'))
            --at;
        qsizetype from = at;
        for (qsizetype words = mention.approx.str().count(u' ') + 1; words > 0 && from > 0; --words) {
            while (from > 0 && text[from - 1].isLetter())
                --from;
            if (words > 1)
                while (from > 0 && text[from - 1].isSpace())
                    --from;
        }
        mention.start = from;
    }
    // Only amounts and shares are taken as moves without "by": a climber who "fell 2,000ft" and a
    // team that "gained 507 yards" cover a distance, and "cut 1,200 jobs" is a count of its own.
    const bool direct = mention.kind == MentionKind::Money || mention.kind == MentionKind::Percent;
    mention.change = mention.kind != MentionKind::Date && mention.kind != MentionKind::Time &&
                     isChange(text, mention.start, mention.approx, direct);
    out.append(std::move(mention), priority);
}

// Ranges read low to high; "31-14" is a score, "from 5 to 6" a change: neither is a range.
bool plausibleRange(const QString& text, const Hit& h, double low, double high)
{
    if (high <= low)
        return false;
    // "between 20 and 30": "and" makes a range only after "between"; "20 and 30 people" are two.
    // Two years are two dates ("between 1991 and 1998").
    auto isYear = [](double v) { return v >= 1000 && v < 3000 && v == std::floor(v); };
    if (h.view(u"r").compare(u"and", Qt::CaseInsensitive) == 0)
        return wordBefore(text, h.start(u"f")) == u"between" && !(isYear(low) && isYear(high));
    if (h.view(u"r").compare(u"to", Qt::CaseInsensitive) == 0) {
        // "from $5 to $6" is a change; "by $43.6 billion to $419.2 billion" a change and a level.
        const QString before = wordBefore(text, h.start(u"f"));
        if (before == u"from" || before == u"by")
            return false;
        // "rose $1.20 to $85.50": after a verb of movement, a small amount then a far larger one
        // are the move and the new level; "rose 5 to 6 percent" stays a range.
        if (isMovementVerb(before) && high > 2 * low)
            return false;
    }
    return true;
}

// Currency names that are also everyday words ("marks", "crowns", "won", "real", "punts"): money
// only with a scale or the country's adjective.
bool isAlsoCommonNoun(QStringView word)
{
    for (const auto w : {u"marks", u"crowns", u"won", u"real", u"punts", u"punt"})
        if (word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// "N pounds" is money only where the text says so: a scale not followed by "of" ("2 million
// pounds", not "2 million pounds of beef"), or a word of money just before ("a fine of 500
// pounds", "paid 40 pounds"). Otherwise, as most news writes money in pounds as "£", a weight.
bool poundsAreMoney(const QString& text, const Hit& h)
{
    const qsizetype end = h.end(u"f");
    const bool of = QStringView(text).mid(end, 4).startsWith(u" of ");
    if ((h.has(u"s1") || h.has(u"s1b")) && !of)
        return true;
    static const QSet<QString> money = {u"cost"_s, u"costs"_s, u"paid"_s, u"pay"_s, u"fine"_s, u"fined"_s, u"worth"_s,
                                        u"price"_s, u"priced"_s, u"spent"_s, u"spend"_s, u"raised"_s, u"salary"_s,
                                        u"fee"_s, u"fees"_s, u"charge"_s, u"charged"_s, u"sold"_s, u"bought"_s,
                                        u"loan"_s, u"debt"_s, u"award"_s, u"damages"_s, u"compensation"_s, u"budget"_s,
                                        u"wage"_s, u"wages"_s, u"earn"_s, u"earned"_s, u"earns"_s, u"bid"_s};
    qsizetype at = h.start(u"f");
    for (int words = 0; words < 4 && at > 0; ++words) {
        qsizetype wordStart = 0;
        const QString w = wordBefore(text, at, &wordStart);
        if (w.isEmpty())
            break;
        if (money.contains(w))
            return true;
        at = wordStart;
    }
    return false;
}

// A sign right before a figure ("-0.5%", "−1.2%", "+1.2%", "minus 5%"): +1 or -1 and how many
// characters it takes; none (0) for a hyphen of a word or a range ("COVID-19", "5-6%").
struct Sign
{
    int value = 0;
    qsizetype length = 0;
};

Sign signBefore(const QString& text, qsizetype at)
{
    if (at > 0 && (text[at - 1] == u'-' || text[at - 1] == u'\u2212' || text[at - 1] == u'+') &&
        (at == 1 || !(text[at - 2].isLetterOrNumber() || text[at - 2] == u'.'))) {
        return {text[at - 1] == u'+' ? 1 : -1, 1};
    }
    constexpr QStringView minus = u"minus ";
    if (at >= minus.size() && QStringView(text).sliced(at - minus.size(), minus.size()).compare(minus, Qt::CaseInsensitive) == 0 &&
        (at == minus.size() || !text[at - minus.size() - 1].isLetter()))
        return {-1, minus.size()};
    return {};
}

// "10 1/2": the fraction after a whole number.
double fraction(QStringView f)
{
    const qsizetype slash = f.indexOf(u'/');
    const double below = f.mid(slash + 1).toDouble();
    return slash > 0 && below > 0 ? f.left(slash).toDouble() / below : 0;
}

// "tens of millions of dollars", "hundreds of thousands of euros", "billions of dollars": money
// said by its order of magnitude.
const RE& vagueMoney()
{
    static const RE re = build(QStringLiteral(
        R"((?<![\w-])(?<f>(?:(?<mult>tens|hundreds)\s+of\s+)?(?<scale>thousands|millions|billions|trillions)\s+of\s+)"
        R"((?:(?<adj>US|U\.S\.|American|Canadian|Australian|Hong\s+Kong)\s+)?)"
        R"((?<c>dollars|euros|pounds(?:\s+sterling)?|yen|yuan|rupees|francs))(?![\w]))"));
    return re;
}

// Its value is the range of that magnitude: "tens of millions" from 10 to 100 million, "millions"
// from one to a thousand million; the words in approx say how loosely.
void findVagueMoney(const QString& text, const Triggers& t, Candidates& out)
{
    scan(vagueMoney(), text, t, t.vague, [&](const Hit& h) {
        Mention mention;
        mention.kind = MentionKind::Money;
        QString currency = h.str(u"c");
        if (h.has(u"adj"))
            currency = h.str(u"adj") + u' ' + currency;
        mention.unit = FigureRecognizer::currencyCode(currency);
        if (mention.unit.isEmpty())
            return;
        const double scale = scaleFactor(h.view(u"scale").chopped(1));
        const bool tens = h.view(u"mult").compare(u"tens", Qt::CaseInsensitive) == 0;
        const double low = h.has(u"mult") ? scale * (tens ? 10 : 100) : scale;
        mention.value = low;
        mention.valueMax = h.has(u"mult") ? low * 10 : low * 1000;
        addCandidate(out, text, h, mention, 0);
        Mention& added = out.last();
        added.approx = QStringView(text).sliced(h.start(u"f"), h.start(u"c") - h.start(u"f")).toString().simplified().toLower();
    });
}

void findMoney(const QString& text, const Triggers& t, const QList<qsizetype>& amounts, Candidates& out)
{
    scan(moneyBefore(), text, t, t.currencies, [&](const Hit& h) {
        Mention mention;
        mention.kind = MentionKind::Money;
        mention.unit = FigureRecognizer::currencyCode(h.view(u"c").trimmed());
        const double s2 = scaleFactor(h.view(u"s2"));
        const double s1 = h.view(u"s1").isEmpty() ? s2 : scaleFactor(h.view(u"s1"));
        // "$41-3/8", as wires quoted share prices in eighths
        const double part = h.has(u"fr") ? fraction(h.view(u"fr")) : 0;
        mention.value = (parseNumber(h.view(u"n1")) + (part < 1 ? part : 0)) * s1;
        if (h.has(u"n2")) {
            const double high = parseNumber(h.view(u"n2")) * s2;
            if (!plausibleRange(text, h, mention.value, high)) {
                // Keep the first amount alone; the second is found on its own.
                Mention single = mention;
                single.start = h.start(u"f");
                single.end = h.has(u"s1") ? h.end(u"s1") : h.end(u"n1");
                single.approx = qualifierBefore(text, single.start, false);
                single.change = isChange(text, single.start, single.approx, true);
                out.append(single, 0);
                return false;
            }
            mention.valueMax = high;
        }
        addCandidate(out, text, h, mention, 0);
        return true;
    });
    const QList<qsizetype> currencies = merged({&t.currencyWords, &t.currencies});
    scan(moneyAfter(), text, t, followedBy(amounts, currencies), [&](const Hit& h) {
        // "half a million", "a quarter million": a part of the scale that follows.
        auto low = h.has(u"part") ? std::optional(h.view(u"part").contains(u"half", Qt::CaseInsensitive) ? 0.5 : 0.25)
                                  : numberValue(h.view(u"n1"));
        if (low && h.has(u"fr"))
            *low += fraction(h.view(u"fr")); // "5 1/2 pounds sterling"
        if (!low || (h.has(u"part") && !h.has(u"s1") && !h.has(u"s1b")))
            return;
        Mention mention;
        mention.kind = MentionKind::Money;
        const QStringView word = h.has(u"c") ? h.view(u"c") : h.has(u"cm") ? h.view(u"cm") : h.view(u"cs");
        QString currency = word.toString();
        if (!h.view(u"adj").isEmpty())
            currency = h.str(u"adj") + u' ' + currency;
        mention.unit = FigureRecognizer::currencyCode(currency);
        if (mention.unit.isEmpty())
            return; // "500 pesos", "3 kroner": which country's is not said
        // "5 marks on the wall", "2 real problems": money only as "5 million marks", "Brazilian real",
        // or an amount in hundredths or finer, as rates are quoted ("1.5230 marks per dollar").
        const QStringView amount = h.view(u"n1");
        const qsizetype point = amount.lastIndexOf(u'.');
        const bool fractional = point > 0 && point + 2 < amount.size() && amount[point - 1].isDigit() &&
                                amount[point + 1].isDigit() && amount[point + 2].isDigit();
        if (isAlsoCommonNoun(word) && h.view(u"adj").isEmpty() && !h.has(u"s1") && !h.has(u"s1b") && !fractional)
            return;
        if (word.startsWith(u"pound", Qt::CaseInsensitive) && !word.contains(u"sterling", Qt::CaseInsensitive) &&
            h.view(u"adj").isEmpty() && !poundsAreMoney(text, h))
            return; // "weighs 210 pounds", "5,000 pounds of explosives": a weight (findQuantities)
        // Cents and pence are hundredths of the dollar and the pound; "MEUR" is millions of euros.
        const bool hundredths =
            word.startsWith(u"cent", Qt::CaseInsensitive) || word.startsWith(u"pen", Qt::CaseInsensitive);
        const double scale = scaleFactor(h.has(u"s1") ? h.view(u"s1") : h.view(u"s1b")) * (h.has(u"mc") ? 1e6 : 1);
        // Divided, not multiplied by 0.01, and kept to twelve digits: "35 cents" is 0.35, not
        // 0.35000000000000003, "73.24 cents" 0.7324, not 0.7323999999999999.
        const double parts = hundredths ? 100 : 1;
        mention.value = hundredths ? tidy(*low * scale / parts) : *low * scale;
        if (h.has(u"n2")) {
            const double high = hundredths ? tidy(numberValue(h.view(u"n2")).value_or(0) * scale / parts)
                                           : numberValue(h.view(u"n2")).value_or(0) * scale;
            // "two to three million yuan": the scale the high end says is the low end's too.
            const QStringView lastOfHigh = h.view(u"n2").split(u' ').last();
            const double spoken = scaleFactor(lastOfHigh);
            const QStringView lastOfLow = h.view(u"n1").split(u' ').last();
            if (spoken > 1 && scaleFactor(lastOfLow) == 1 && !lastOfLow.front().isDigit())
                mention.value *= spoken;
            if (plausibleRange(text, h, mention.value, high))
                mention.valueMax = high;
        }
        addCandidate(out, text, h, mention, 0);
        if (!hundredths && !h.has(u"n2") && scale == 1)
            addHundredthsAfter(text, h.end(u"f"), out.last());
    });
}


// "3 dollars 50 cents", "2 pounds and 40 pence": the hundredths said after the whole units are
// part of the amount.
void addHundredthsAfter(const QString& text, qsizetype end, Mention& money)
{
    static const RE after(QStringLiteral(R"(\G,?\s+(?:and\s+)?(?<n>\d{1,2})\s+(?:cents?|pence)(?![\w]))"),
                          RE::CaseInsensitiveOption);
    if (money.end != end || end >= text.size() || !text[end].isSpace() || money.value != std::floor(money.value))
        return;
    const auto m = after.match(text, end);
    if (!m.hasMatch())
        return;
    money.value = tidy(money.value + m.captured(u"n").toInt() / 100.0);
    money.end = m.capturedEnd(0);
}

void findPercentages(const QString& text, const Triggers& t, const QList<qsizetype>& amounts,
                     Candidates& out)
{
    scan(percent(), text, t, followedBy(amounts, t.percentMarks), [&](const Hit& h) {
        const auto low = numberValue(h.view(u"n1"));
        if (!low)
            return;
        Mention mention;
        mention.kind = MentionKind::Percent;
        mention.unit = h.view(u"p").contains(u"point", Qt::CaseInsensitive) ? QStringLiteral("pp") : QStringLiteral("%");
        mention.value = *low + (h.has(u"fr") ? fraction(h.view(u"fr")) : 0);
        if (h.has(u"n2")) {
            const auto high = numberValue(h.view(u"n2"));
            if (high && plausibleRange(text, h, *low, *high))
                mention.valueMax = *high;
        }
        const Sign sign = signBefore(text, h.start(u"f"));
        if (sign.value != 0 && mention.valueMax)
            return; // "-5-10%": no range to sign
        addCandidate(out, text, h, mention, 1);
        if (sign.value != 0) {
            // "-0.5%", "−1.2%", "+1.2%", "minus five percent": a signed change, as tables and
            // markets write it; the sign is part of the figure.
            Mention& signedChange = out.last();
            signedChange.start -= sign.length;
            signedChange.value *= sign.value;
            signedChange.change = true;
        }
    });
}

// Parts of a percentage point, as rate news writes them: "half a percentage point", "a quarter of a
// percentage point", "two-tenths of a percentage point", "a quarter-point cut" (a point alone only
// before a word of change: "half a point" of a match is none), "one-half percent"; and "25 basis
// points", a hundredth of a point each. Points are compared with points ("pp"), not with shares.
void findPartsOfAPoint(const QString& text, const Triggers& t, const QList<qsizetype>& amounts, Candidates& out)
{
    static const RE part(QStringLiteral(
        R"((?<![\w-])(?<f>(?:(?:(?:a|one)[\s-])?(?<part>half|quarter|third)|(?<n>one|two|three|four|five|six|seven|eight|nine))"
        R"([\s-](?<d>tenths?|quarters?|thirds?))(?:\s+of)?(?:\s+(?:a|one))?[\s-]+(?:(?<pp>percentage[\s-]+points?)|)"
        R"(point(?=[\s-]+(?:cut|rise|increase|reduction|hike|drop|decline|gain|fall))|(?<pc>percent|per\s+cent|%)))(?![\w]))"),
                          RE::CaseInsensitiveOption);
    scan(part, text, t, merged({&t.parts, &t.numberWords}), [&](const Hit& h) {
        double value = 0;
        if (h.has(u"part")) {
            const QString p = h.str(u"part").toLower();
            value = p == u"half" ? 0.5 : p == u"quarter" ? 0.25 : 1.0 / 3;
        } else {
            const QString d = h.str(u"d").toLower();
            const double each = d.startsWith(u"tenth") ? 0.1 : d.startsWith(u"quarter") ? 0.25 : 1.0 / 3;
            value = *numberValue(h.view(u"n")) * each;
        }
        Mention mention;
        mention.kind = MentionKind::Percent;
        mention.unit = h.has(u"pc") ? QStringLiteral("%") : QStringLiteral("pp");
        mention.value = tidy(value);
        addCandidate(out, text, h, mention, 1);
        return true;
    });
    static const RE basis(arg(QStringLiteral(R"((?<![\w.])(?<f>(?<n>NUM|WORDS)[\s-]+basis[\s-]+points?)(?![\w]))")),
                          RE::CaseInsensitiveOption);
    scan(basis, text, t, amounts, [&](const Hit& h) {
        const auto n = numberValue(h.view(u"n"));
        if (!n)
            return false;
        Mention mention;
        mention.kind = MentionKind::Percent;
        mention.unit = QStringLiteral("pp");
        mention.value = tidy(*n / 100);
        addCandidate(out, text, h, mention, 1);
        return true;
    });
}

// "a dozen people" are 12, "half a dozen" 6 ("two dozen" is read with the other numbers in words).
void findDozens(const QString& text, const Triggers& t, Candidates& out)
{
    static const RE dozen(QStringLiteral(R"((?<![\w-])(?<f>(?<half>half\s+)?a\s+dozen)(?![\w-]))"),
                          RE::CaseInsensitiveOption);
    scan(dozen, text, t, t.parts, [&](const Hit& h) {
        Mention mention;
        mention.kind = MentionKind::Number;
        mention.value = h.has(u"half") ? 6 : 12;
        addCandidate(out, text, h, mention, 4);
        return true;
    });
}

// "half a million people", "a quarter million fans": a part of the scale after it (money says
// "half a million dollars" in its own pattern).
void findPartsOfAScale(const QString& text, const Triggers& t, Candidates& out)
{
    static const RE part(QStringLiteral(R"((?<![\w-])(?<f>(?:a\s+)?(?<part>half|quarter)(?:\s+of)?(?:\s+a)?\s+)"
                                        R"((?<scale>thousand|million|billion|trillion))(?![\w-]))"),
                         RE::CaseInsensitiveOption);
    scan(part, text, t, t.parts, [&](const Hit& h) {
        Mention mention;
        mention.kind = MentionKind::Number;
        mention.value = (h.view(u"part").compare(u"half", Qt::CaseInsensitive) == 0 ? 0.5 : 0.25) *
                        scaleFactor(h.view(u"scale"));
        addCandidate(out, text, h, mention, 4);
        return true;
    });
}

// "two thirds of voters" is 66.7%: a share, compared as a percentage is ("67% of voters").
void findWordFractions(const QString& text, const Triggers& t, Candidates& out)
{
    scan(wordFraction(), text, t, merged({&t.numberWords, &t.parts}), [&](const Hit& h) {
        // "a third of the staff", "a two-thirds majority"; not "the third quarter" nor "a quarter
        // million dollars".
        if (!h.has(u"of") && !(h.view(u"j") == u"-" && h.has(u"noun")))
            return false;
        if (h.has(u"hf")) {
            // "half of all Americans"; not a half of a match, a place or a pair ("the second half of
            // the game", "the northern half of the nation", "one half of the duo").
            static const QSet<QString> halves = {
                u"first"_s,    u"second"_s,   u"other"_s,   u"latter"_s,  u"former"_s,    u"back"_s,
                u"front"_s,    u"top"_s,      u"bottom"_s,  u"better"_s,  u"lower"_s,     u"upper"_s,
                u"northern"_s, u"southern"_s, u"eastern"_s, u"western"_s, u"remaining"_s, u"one"_s};
            if (halves.contains(wordBefore(text, h.start(u"f"))))
                return false;
            Mention mention;
            mention.kind = MentionKind::Percent;
            mention.unit = QStringLiteral("%");
            mention.value = 50;
            addCandidate(out, text, h, mention, 1);
            return true;
        }
        const QStringView n = h.view(u"n"), d = h.view(u"d");
        const int count = n.compare(u"two", Qt::CaseInsensitive) == 0     ? 2
                          : n.compare(u"three", Qt::CaseInsensitive) == 0 ? 3
                          : n.compare(u"four", Qt::CaseInsensitive) == 0  ? 4
                                                                          : 1;
        const int parts = d.startsWith(u"third", Qt::CaseInsensitive)     ? 3
                          : d.startsWith(u"quarter", Qt::CaseInsensitive) ? 4
                          : d.startsWith(u"fifth", Qt::CaseInsensitive)   ? 5
                                                                          : 10;
        if (count >= parts)
            return false;
        Mention mention;
        mention.kind = MentionKind::Percent;
        mention.unit = QStringLiteral("%");
        mention.value = 100.0 * count / parts;
        addCandidate(out, text, h, mention, 1);
        return true;
    });
}

// A year as ISO 8601 writes it: four digits, a sign before years before 1 AD ("-0499").
QString isoYear(int year)
{
    return (year < 0 ? u"-"_s : QString()) + QStringLiteral("%1").arg(std::abs(year), 4, 10, QLatin1Char('0'));
}

// "-1Y" for "last year", "+1M" for "next month", "+0Q" for "this quarter".
QString offsetFrom(QStringView rel, QChar unit)
{
    const QString r = rel.toString().simplified().toLower().section(u' ', -1); // "this past": "past"
    const int n = r == u"last" || r == u"past" || r == u"previous" || r == u"prior" ? -1
                  : r == u"next" || r == u"coming" || r == u"upcoming" || r == u"following" ? 1
                                                                                         : 0;
    return (n < 0 ? u"-"_s : u"+"_s) + QString::number(std::abs(n)) + unit;
}

// "-3D" for "three days ago", "+2W" for "two weeks later", "-20Y" for "two decades ago".
QString relativeOffset(int count, QStringView unit, QStringView direction)
{
    const QString u = unit.toString().toLower();
    const bool decades = u.startsWith(u"decade");
    const QChar letter = u.startsWith(u"year") || decades ? u'Y' : u.startsWith(u"month") ? u'M'
                         : u.startsWith(u"week")                     ? u'W'
                                                                     : u'D';
    const bool back = !direction.startsWith(u"later", Qt::CaseInsensitive) &&
                      !direction.startsWith(u"from", Qt::CaseInsensitive);
    return (back ? u"-"_s : u"+"_s) + QString::number(count * (decades ? 10 : 1)) + letter;
}

void findDurations(const QString& text, const Triggers& t, const QList<qsizetype>& amounts,
                   Candidates& out)
{
    scan(duration(), text, t, followedBy(amounts, t.timeUnits), [&](const Hit& h) {
        const auto value = numberValue(h.view(u"n1"));
        if (!value)
            return true;
        // "2 1/2 years", "2-1/2 hours", "two and a half years": a whole number and a fraction
        const double part = h.has(u"fr") ? fraction(h.view(u"fr")) : h.has(u"half") ? 0.5 : 0;
        if (part >= 1)
            return true;
        Mention mention;
        mention.kind = MentionKind::Duration;
        mention.value = *value + part;
        // "one to two years", "10-15 minutes": a range. "from one to two years" is no range, and
        // its second number is the duration.
        if (h.has(u"n2")) {
            const auto high = numberValue(h.view(u"n2"));
            if (!high || !plausibleRange(text, h, *value, *high))
                return false;
            mention.valueMax = *high;
        }
        QString unit = h.str(u"u").toLower();
        if (unit == u"centuries")
            unit = QStringLiteral("century");
        else if (unit.endsWith(u's'))
            unit.chop(1);
        mention.unit = unit;
        addCandidate(out, text, h, mention, 2);
        // "three years ago", "two weeks later": a date relative to the publication.
        static const RE direction(QStringLiteral(R"(^\s+(ago|earlier|later|before|from\s+now)(?![\w]))"),
                                  RE::CaseInsensitiveOption);
        const auto d = direction.matchView(QStringView(text).mid(h.end(u"f"), 16));
        const bool calendar = unit == u"year" || unit == u"month" || unit == u"week" || unit == u"day" || unit == u"decade";
        // "four and a half years ago" is 54 months back; other fractions of a unit date nothing.
        const bool inMonths = unit == u"year" && part > 0 && (*value + part) * 12 == std::floor((*value + part) * 12);
        const double count = inMonths ? (*value + part) * 12 : *value + part;
        if (d.hasMatch() && calendar && !mention.valueMax && count >= 1 && count <= 12000 && count == std::floor(count)) {
            Mention date;
            date.kind = MentionKind::Date;
            date.relative = relativeOffset(int(count), inMonths ? QStringView(u"month") : QStringView(unit), d.capturedView(1));
            addCandidate(out, text, h, date, 3);
            out.last().end = h.end(u"f") + d.capturedEnd(1);
        }
        return true;
    });
}

// "3/15/2021": the month first unless the first number cannot be one ("15/3/2021"). When both
// could be ("3/4/2021"), only the year is sure: month and day are left out.
bool readNumericDate(const Hit& h, int& year, int& month, int& day)
{
    const int a = h.str(u"a").toInt(), b = h.str(u"b").toInt();
    year = h.str(u"yr").toInt();
    if (h.view(u"yr").size() == 2)
        year += year < 50 ? 2000 : 1900;
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31)
        return false;
    month = a > 12 ? b : a;
    day = a > 12 ? a : b;
    if (a <= 12 && b <= 12 && a != b)
        month = day = 0;
    return true;
}

// "last Monday" -1MO, "next Friday" +1FR, "this Sunday" +0SU: the weekday nearest before or after
// the publication, or in its week (TIMEX's two-letter days).
QString weekdayOffset(QStringView rel, QStringView weekday)
{
    QString code = offsetFrom(rel, u'D');
    code.chop(1);
    return code + weekday.first(2).toString().toUpper();
}

void findDates(const QString& text, const Triggers& t, Candidates& out)
{
    const QList<qsizetype> monthsOrWeekdays = merged({&t.months, &t.weekdays});
    // A day number has one or two digits; the patterns that start with a year start at four
    // digits from 1000 to 2999: in a page dense with figures most digits start neither.
    QList<qsizetype> days, years;
    for (const qsizetype d : t.digits) {
        qsizetype n = d;
        while (n < text.size() && n - d < 5 && text[n].isDigit())
            ++n;
        if (n - d <= 2)
            days.append(d);
        else if (n - d == 4 && (text[d] == u'1' || text[d] == u'2'))
            years.append(d);
    }
    // Each pattern is tried only where what it needs after the number is: a month name within
    // reach ("12th of March"), a slash ("3/15/2021"), "s" ("1990s"), "-" or "."
    // ("2012-04-04", "2012.08.08"). A page of bare numbers then tries each digit against the
    // year alone.
    auto at = [&text](qsizetype i, QChar c) { return i < text.size() && text[i] == c; };
    const QList<qsizetype> dayMonths = followedBy(days, t.months);
    const QList<qsizetype> daySlashes = where(days, [&](qsizetype d) { return at(d + 1, u'/') || at(d + 2, u'/'); });
    const QList<qsizetype> yearDashes =
        where(years, [&](qsizetype d) { return at(d + 4, u'-') || (at(d + 4, u' ') && at(d + 5, u'-')); });
    const QList<qsizetype> decades = where(years, [&](qsizetype d) { return at(d + 4, u's'); });
    const QList<qsizetype> yearDots = where(years, [&](qsizetype d) { return at(d + 4, u'.'); });
    const QList<qsizetype> daysOrWeekdays = merged({&dayMonths, &t.weekdays});
    // The starts of each pattern of dates(), in the same order.
    const QList<qsizetype> relativeWeekdays = merged({&t.weekdays, &t.relative});
    const std::array<const QList<qsizetype> *, 9> starts = {
        &monthsOrWeekdays, &daysOrWeekdays, &t.months, &yearDashes, &decades, &years, &relativeWeekdays, &daySlashes, &yearDots};
    for (qsizetype i = 0; i < dates().size(); ++i) {
        scan(dates()[i], text, t, *starts[size_t(i)], [&](const Hit& h) {
            Mention mention;
            mention.kind = MentionKind::Date;
            int year = h.str(u"year").toInt();
            int month = h.has(u"mon") ? monthNumber(h.view(u"mon")) : h.str(u"mo").toInt();
            int day = h.str(u"day").toInt();
            if (h.has(u"yr") && !readNumericDate(h, year, month, day))
                return;
            if (h.view(u"f").endsWith(u's') && year > 0 && !h.has(u"mon")) {
                mention.normalized = QString::number(year) + u's';
                mention.value = year;
            } else if (year > 0 && month > 0 && day > 0) {
                if (day > 31 || month > 12)
                    return;
                mention.normalized = QStringLiteral("%1-%2-%3")
                                         .arg(year, 4, 10, QLatin1Char('0'))
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
                mention.value = year;
            } else if (month > 0 && day > 0) {
                if (day > 31)
                    return;
                mention.normalized = QStringLiteral("--%1-%2")
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
            } else if (year > 0 && month > 0) {
                mention.normalized = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                mention.value = year;
            } else if (year > 0) {
                mention.normalized = QString::number(year);
                mention.value = year;
            } else if (h.has(u"wd")) {
                mention.normalized = h.str(u"wd");
                if (h.has(u"wrel"))
                    mention.relative = weekdayOffset(h.view(u"wrel"), h.view(u"wd"));
            } else {
                return;
            }
            addCandidate(out, text, h, mention, 3);
        });
    }
}

// A number in words with a capital inside a sentence, before another capitalised word, opens a
// name: "the Four Seasons Hotel", "Three Mile Island", "the Fantastic Four Project". A sentence,
// a quotation or a bracket starting with it counts ("Four people died", "said: \"Two men ...").
bool opensName(const QString& text, qsizetype start, qsizetype end)
{
    if (!text[start].isUpper())
        return false;
    qsizetype before = start;
    while (before > 0 && (text[before - 1] == u' ' || text[before - 1] == u'\u00A0'))
        --before;
    static const QString opens = QStringLiteral(".!?:;\"\u201C\u2018'(\n\r\t-\u2013\u2014");
    if (before == 0 || opens.contains(text[before - 1]))
        return false;
    qsizetype next = end;
    while (next < text.size() && text[next] == u' ')
        ++next;
    return next > end && next < text.size() && text[next].isUpper();
}

void findNumbers(const QString& text, const Triggers& t, Candidates& out)
{
    scan(numberDigits(), text, t, t.digits, [&](const Hit& h) {
        // "1. First point" and "2) Second" are list markers.
        const qsizetype start = h.start(u"f");
        const qsizetype end = h.end(u"f");
        qsizetype lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != u'\n' && text[lineStart - 1].isSpace())
            --lineStart;
        if ((lineStart == 0 || text[lineStart - 1] == u'\n') && end + 1 < text.size() &&
            (text[end] == u'.' || text[end] == u')') && text[end + 1].isSpace())
            return true;
        Mention mention;
        mention.kind = MentionKind::Number;
        const double scale = scaleFactor(h.view(u"s1"));
        // "3-1/4 points", "6 1/2": a whole number and a fraction, as wires and recipes write them
        const double part = h.has(u"fr") ? fraction(h.view(u"fr")) : 0;
        if (part >= 1)
            return true;
        mention.value = (parseNumber(h.view(u"n1")) + part) * scale;
        if (h.has(u"n2")) {
            const double high = parseNumber(h.view(u"n2")) * scale;
            if (!plausibleRange(text, h, mention.value, high)) {
                // "from 5 to 6": two numbers; "31-14": a score, neither an amount.
                if (h.view(u"r").compare(u"to", Qt::CaseInsensitive) == 0 ||
                    h.view(u"r").compare(u"and", Qt::CaseInsensitive) == 0) {
                    Mention first = mention;
                    first.start = h.start(u"f");
                    first.end = h.end(u"n1");
                    first.change = isChange(text, first.start);
                    out.append(first, 4);
                    return false;
                }
                return true;
            }
            mention.valueMax = high;
        }
        addCandidate(out, text, h, mention, 4);
        return true;
    });
    scan(numberWords(), text, t, t.numberWords, [&](const Hit& h) {
        auto value = FigureRecognizer::parseWrittenNumber(h.view(u"n1"));
        if (!value || opensName(text, h.start(u"f"), h.end(u"n1")))
            return true;
        Mention mention;
        mention.kind = MentionKind::Number;
        if (h.has(u"part")) {
            const double part = h.view(u"part").compare(u"half", Qt::CaseInsensitive) == 0 ? 0.5 : 0.25;
            mention.value = (*value + part) * (h.has(u"ps") ? scaleFactor(h.view(u"ps")) : 1);
            addCandidate(out, text, h, mention, 4);
            return true;
        }
        mention.value = *value;
        // "seven to 10 times", "between five and six": a range; otherwise the first number alone.
        if (h.has(u"n2")) {
            const auto high = numberValue(h.view(u"n2"));
            // "five and six hundred": the scale the second number ends in is the first's too.
            static const RE scaled(QStringLiteral(R"(\s(hundred|thousand|million|billion|trillion)$)"), RE::CaseInsensitiveOption);
            if (const auto sc = scaled.matchView(h.view(u"n2")); high && sc.hasMatch() && !scaled.matchView(h.view(u"n1")).hasMatch()) {
                const double factor = sc.capturedView(1).compare(u"hundred", Qt::CaseInsensitive) == 0 ? 100 : scaleFactor(sc.capturedView(1));
                if (*value * factor < *high)
                    mention.value = *value *= factor;
            }
            if (high && plausibleRange(text, h, *value, *high)) {
                mention.valueMax = *high;
                addCandidate(out, text, h, mention, 4);
                return true;
            }
        }
        if (*value < 2)
            return !h.has(u"n2"); // "one of the largest" is not a count
        addCandidate(out, text, h, mention, 4);
        out.last().end = h.end(u"n1");
        return !h.has(u"n2");
    });
}

// Whether a clock time can start at the digits at @p p: one or two digits, then a colon or a point
// ("18:30", "5.30 pm") or, after at most a space, "a.m." or "pm" ("5 p.m.", "5pm"): a time needs
// its minutes or its half of the day.
bool mayBeTime(const QString& text, qsizetype p)
{
    qsizetype end = p;
    while (end < text.size() && end - p < 3 && text[end].isDigit())
        ++end;
    if (end - p > 2 || end == text.size())
        return false;
    if (text[end] == u':' || text[end] == u'.')
        return true;
    const qsizetype ap = text[end].isSpace() ? end + 1 : end;
    return ap < text.size() && QStringView(u"aApP").contains(text[ap]);
}

void findTimes(const QString& text, const Triggers& t, Candidates& out)
{
    const QList<qsizetype> starts = where(t.digits, [&text](qsizetype p) { return mayBeTime(text, p); });
    scan(clockTime(), text, t, starts, [&](const Hit& h) {
        const bool meridiem = h.has(u"ap");
        // "18:30" needs its colon and minutes; "5.30" alone is a decimal, "5:30 ratio" a ratio.
        if (!meridiem && (!h.has(u"mi") || h.view(u"sep") != u":"))
            return false;
        if (!meridiem && QStringView(text).mid(h.end(u"f"), 7).trimmed().startsWith(u"ratio"))
            return false;
        int hour = h.str(u"h").toInt();
        const int minute = h.str(u"mi").toInt();
        // "with 6:11 to go", "4:32 left in the half": the game clock, minutes and seconds left, no
        // time of day: a time of unit "game clock", the minutes left in value, the time left as
        // ISO 8601 writes it ("PT6M11S").
        static const RE remaining(QStringLiteral(R"(^\s+(?:to\s+go|to\s+play|left|remaining)(?![\w]))"));
        if (!meridiem && remaining.matchView(QStringView(text).mid(h.end(u"f"), 12)).hasMatch()) {
            Mention clock;
            clock.kind = MentionKind::Time;
            clock.value = hour + minute / 60.0;
            clock.unit = Mention::gameClockUnit();
            clock.normalized = QStringLiteral("PT%1M%2S").arg(hour).arg(minute);
            addCandidate(out, text, h, clock, -1);
            return true;
        }
        if (meridiem && hour > 12 && hour < 24 && h.has(u"mi")) {
            // "17:06 pm": a 24-hour time with a redundant marker.
        } else if (meridiem) {
            if (hour < 1 || hour > 12)
                return false;
            hour = hour % 12 + (h.view(u"ap").front().toLower() == u'p' ? 12 : 0);
        } else if (hour > 24) {
            return false;
        }
        Mention mention;
        mention.kind = MentionKind::Time;
        mention.value = hour + minute / 60.0;
        mention.normalized = QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
        mention.unit = h.str(u"tz");
        addCandidate(out, text, h, mention, -1);
        return true;
    });
}

// The longest run of the words in @p words (from their start) that names a unit; its length.
qsizetype unitPrefix(QStringView words)
{
    QList<qsizetype> ends;
    for (qsizetype i = 1; i <= words.size(); ++i) {
        if (i == words.size() || words[i].isSpace() || (words[i] == u'-' && i > 0))
            ends.append(i);
    }
    for (qsizetype k = ends.size() - 1; k >= 0; --k) {
        const QStringView candidate = words.left(ends[k]);
        if (Units::lookup(candidate))
            return ends[k];
    }
    return 0;
}

// A measure in its canonical unit to twelve significant digits: "6 feet 2 inches" is 1.8796 m,
// not 1.8796000000000002; the conversion's last binary digits are no part of what was said.
double tidy(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, 11 - std::floor(std::log10(std::abs(value))));
    return std::round(value * scale) / scale;
}

// A temperature in one letter ("95F", "35C") only written onto digits, in a range weather has, and
// not after a word with a capital ("iPhone 5C", "Model 3C" are models); degrees of no named scale ("40 degrees")
// only after digits ("she holds two degrees" counts diplomas).
bool plausibleUnit(const QString& text, const Hit& h, QStringView written, double value)
{
    const QStringView amount = h.view(u"n1");
    if (written == u"degrees" || written == u"degree" || written == u"°" || written == u"º")
        return amount.front().isDigit();
    if (written != u"F" && written != u"C")
        return true;
    if (h.has(u"n2") || h.has(u"qs") || h.start(u"u") != h.end(u"n1") || !amount.back().isDigit())
        return false;
    if (value > (written == u"F" ? 140 : 60))
        return false;
    qsizetype before = h.start(u"n1");
    while (before > 0 && (text[before - 1] == u' ' || text[before - 1] == u'-'))
        --before;
    qsizetype word = before;
    while (word > 0 && text[word - 1].isLetterOrNumber())
        --word;
    const QStringView previous = QStringView(text).sliced(word, before - word);
    return std::none_of(previous.cbegin(), previous.cend(), [](QChar c) { return c.isUpper(); });
}

// "828m tall", "a 50m-long tunnel", "30m deep": "m" is metres before a word of size; elsewhere
// it is as often millions ("3m people", "£3m"), and no unit is read.
bool metresBeforeSize(QStringView words)
{
    static const RE size(QStringLiteral(R"(^m(?:[\s-]+(?:tall|high|long|deep|wide|thick|across|away|underground|)"
                                        R"(underwater|below|above|in\s+(?:length|height|diameter|depth)))(?![\w-]))"));
    return size.matchView(words).hasMatch();
}

// "830,000 barrels per day", "20,000 tonnes a year", "5 metres a second": a measure per a span
// of time is a rate, in a unit of its own so that it is compared only with rates. A length per a
// second, minute or hour is a speed (km/h); data per a span of time goes per second (B/s);
// anything else per day ("L/d", "kg/d", "Wh/d", "m/d"). Not "300 miles a year ago".
struct Rate
{
    qsizetype length = 0; ///< of " per day" after the unit
    QString canonical;
    double factor = 1; ///< from the amount per the written span to the canonical rate
};

std::optional<Rate> rateAfter(QStringView text, qsizetype end, const QString& canonical)
{
    if (canonical != u"L" && canonical != u"kg" && canonical != u"m" && canonical != u"Wh" && canonical != u"B")
        return std::nullopt;
    static const RE per(QStringLiteral(R"(^(?:\s(?:per|a|an|each|every)\s|/)(?<d>second|minute|hour|day|week|month|year|)"
                                       R"(sec|min|hr|h|d|yr)(?![\w-])(?!\s+(?:ago|earlier|later|before|after|old|from|on|or)\b))"));
    const auto m = per.matchView(text.sliced(end, std::min<qsizetype>(24, text.size() - end)));
    if (!m.hasMatch())
        return std::nullopt;
    const QStringView d = m.capturedView(u"d");
    const double seconds = d.startsWith(u"s")                      ? 1
                           : d.startsWith(u"mi")                   ? 60
                           : d.startsWith(u"h")                    ? 3600
                           : d == u"d" || d == u"day"              ? 86400
                           : d == u"week"                          ? 604800
                           : d == u"month"                         ? 2629800
                                                                   : 31557600;
    if (canonical == u"m")
        return seconds <= 3600 ? Rate{m.capturedLength(), QStringLiteral("km/h"), 3.6 / seconds}
                               : Rate{m.capturedLength(), QStringLiteral("m/d"), 86400 / seconds};
    if (canonical == u"B")
        return Rate{m.capturedLength(), QStringLiteral("B/s"), 1 / seconds};
    return Rate{m.capturedLength(), canonical + QStringLiteral("/d"), 86400 / seconds};
}

void findQuantities(const QString& text, const Triggers& t, const QList<qsizetype>& amounts, Candidates& out)
{
    scan(quantity(), text, t, amounts, [&](const Hit& h) {
        auto low = numberValue(h.view(u"n1"));
        qsizetype length = unitPrefix(h.view(u"u"));
        const bool metres = length == 0 && metresBeforeSize(QStringView(text).sliced(h.start(u"u"), std::min<qsizetype>(32, text.size() - h.start(u"u"))));
        if (metres)
            length = 1;
        if (!low || length == 0)
            return false;
        const qsizetype end = h.start(u"u") + length;
        const QStringView written = QStringView(text).sliced(h.start(u"u"), length);
        // A unit ends its word ("5 mi" in "5 mice" is none); "1500 W. Main Street" is a compass point.
        if (end < text.size() && (isWordChar(text[end]) || text[end] == u'²' || text[end] == u'°'))
            return false;
        if (written.size() == 1 && QStringView(text).mid(end, 3).startsWith(u"."))
            return false;
        const auto unit = Units::lookup(metres ? QStringView(u"metres") : written);
        if (!unit || !plausibleUnit(text, h, written, *low))
            return false;
        *low += h.has(u"fr") ? fraction(h.view(u"fr")) : 0;
        *low *= scaleFactor(h.view(u"qs")); // "1.5 million barrels"
        Mention mention;
        mention.kind = MentionKind::Quantity;
        mention.writtenUnit = written.toString().simplified();
        mention.unit = unit->canonical;
        mention.value = *low * unit->factor + unit->offset;
        qsizetype inchesEnd = -1;
        if (!h.has(u"n2") && (written == u"feet" || written == u"foot" || written == u"ft")) {
            // A height in feet and inches: "6 feet 2 inches", "6-foot-2", "5 ft 10 in".
            static const RE inches(QStringLiteral(R"(^(?:\s(?<i>\d{1,2})\s?(?:inches|inch|in\b|")|-(?<h>\d{1,2})(?![\d.,]|-\d)))"));
            const auto m = inches.matchView(QStringView(text).sliced(end, std::min<qsizetype>(16, text.size() - end)));
            const int value = m.hasMatch() ? (m.hasCaptured(u"i") ? m.captured(u"i") : m.captured(u"h")).toInt() : 12;
            if (value < 12) {
                mention.value += value * 0.0254;
                inchesEnd = end + m.capturedEnd();
            }
        } else if (!h.has(u"n2") && unit->canonical == u"kg" &&
                   (written.startsWith(u"pound", Qt::CaseInsensitive) || written.startsWith(u"lb", Qt::CaseInsensitive))) {
            // A weight in pounds and ounces: "7 pounds 8 ounces", "7 lb 8 oz".
            static const RE ounces(QStringLiteral(R"(^,?\s(?:and\s)?(?<o>\d{1,2}(?:\.\d)?)\s?(?:ounces|ounce|oz)\b)"));
            const auto m = ounces.matchView(QStringView(text).sliced(end, std::min<qsizetype>(20, text.size() - end)));
            if (m.hasMatch() && m.captured(u"o").toDouble() < 16) {
                mention.value += m.captured(u"o").toDouble() * 0.028349523125;
                inchesEnd = end + m.capturedEnd();
            }
        }
        std::optional<Rate> rate;
        if (inchesEnd < 0 && (rate = rateAfter(text, end, mention.unit))) {
            mention.unit = rate->canonical;
            mention.value *= rate->factor;
            mention.writtenUnit = mention.writtenUnit + QStringView(text).sliced(end, rate->length);
            inchesEnd = end + rate->length;
        }
        const double factor = unit->factor * (rate ? rate->factor : 1);
        mention.value = tidy(mention.value);
        if (unit->canonical == u"magnitude" && (*low > 10 || h.has(u"n2")))
            return false;
        if (h.has(u"n2")) {
            const auto high = numberValue(h.view(u"n2"));
            if (high && plausibleRange(text, h, *low, *high))
                mention.valueMax = tidy(*high * factor + unit->offset);
            else
                return false;
        }
        addCandidate(out, text, h, mention, 0);
        Mention& added = out.last();
        added.end = inchesEnd > 0 ? inchesEnd : end;
        // A temperature below zero: "-5°C", "minus 10 degrees Celsius", "minus 5 degrees" (degrees
        // of no scale: a sign says they are below a zero, not an angle's).
        if (const Sign sign = signBefore(text, added.start);
            sign.value != 0 && (unit->canonical == u"°C" || unit->canonical == u"°") && !added.valueMax) {
            added.start -= sign.length;
            added.value = tidy(sign.value * *low * unit->factor + unit->offset);
        }
        return true;
    });
    // "a magnitude 6.2 earthquake", "magnitude-7.1": the unit before the amount.
    static const RE magnitude(QStringLiteral(R"((?<=[Mm]agnitude[\s-])(?<f>\d(?:\.\d{1,2})?)(?![\d%]|[.,]\d))"));
    const QList<qsizetype> afterMagnitude = where(t.digits, [&text](qsizetype d) {
        return d >= 10 && (text[d - 1].isSpace() || text[d - 1] == u'-') &&
               QStringView(text).sliced(d - 10, 9).compare(u"magnitude", Qt::CaseInsensitive) == 0;
    });
    scan(magnitude, text, t, afterMagnitude, [&](const Hit& h) {
        Mention mention;
        mention.kind = MentionKind::Quantity;
        mention.unit = QStringLiteral("magnitude");
        mention.writtenUnit = QStringLiteral("magnitude");
        mention.value = h.view(u"f").toDouble();
        addCandidate(out, text, h, mention, 0);
    });
}

// Whether notAmounts() can match at the digits starting at @p p, from the characters around
// them that each of its alternatives needs: a bracket or "+" before, a run of one digit ("1-800"),
// three ("272-7555") or five (a postcode after a state) digits, or a run of up to five before a
// capitalised word (a street). Most numbers of a page dense with figures are none of these.
bool mayBeNotAmount(const QString& text, qsizetype p)
{
    qsizetype end = p;
    while (end < text.size() && text[end].isDigit())
        ++end;
    const qsizetype run = end - p;
    const QChar before = p > 0 ? text[p - 1] : QChar(u' ');
    const QChar after = end < text.size() ? text[end] : QChar(u' ');
    if (before == u'(' || before == u'+')
        return true;
    if (run == 1 && text[p] == u'1' && (after == u'-' || after == u'.' || after.isSpace()))
        return true;
    if (run == 3 && (after == u'-' || after == u'.'))
        return true;
    if (run <= 5 && after.isSpace() && end + 1 < text.size() && text[end + 1].isUpper())
        return true;
    return run == 5 && before.isSpace() && p >= 2 && text[p - 2].isUpper();
}

void findNotAmounts(const QString& text, const Triggers& t, Candidates& out)
{
    const QList<qsizetype> starts = where(t.digits, [&text](qsizetype p) { return mayBeNotAmount(text, p); });
    scan(notAmounts(), text, t, starts, [&](const Hit& h) {
        Mention mention;
        mention.start = h.start(u"f");
        mention.end = h.end(u"f");
        out.append(mention, -2, true);
    });
}

// Resolves "last year" against the publication date: -1Y → "2018", -7D → "2019-02-25".
// "-1MO" (last Monday): the Monday before the publication; "+1MO" the one after it; "+0MO" the
// Monday of the publication's week.
bool resolveWeekday(Mention& m, QDate published)
{
    static const QStringList days = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    const QString& relative = m.relative;
    const qsizetype day = days.indexOf(relative.last(2));
    if (day < 0)
        return false;
    const int n = relative.chopped(2).toInt();
    const int from = published.dayOfWeek(); // 1 (Monday) to 7
    const int to = int(day) + 1;
    int offset = to - from; // within the publication's week
    if (n < 0)
        offset = -((from - to + 6) % 7 + 1);
    else if (n > 0)
        offset = (to - from + 6) % 7 + 1;
    const QDate d = published.addDays(offset);
    m.value = d.year();
    m.normalized = d.toString(Qt::ISODate);
    return true;
}

void resolveRelative(Mention& m, QDate published)
{
    if (!published.isValid())
        return;
    const QString& relative = m.relative;
    if (m.normalized.str().startsWith(u"XXXX-")) {
        // A quarter, season or half of a year the text names relative to the publication.
        const int year = published.year() + (relative.endsWith(u'Y') ? relative.chopped(1).toInt() : 0);
        m.normalized = QString::number(year) + m.normalized.str().sliced(4);
        m.value = year;
        return;
    }
    if (m.relative.size() < 3)
        return;
    if (resolveWeekday(m, published))
        return;
    const int n = relative.chopped(1).toInt();
    const QChar unit = relative.back();
    if (unit == u'Y') {
        m.value = published.year() + n;
        m.normalized = QString::number(published.year() + n);
    } else if (unit == u'Q') {
        const int quarters = published.year() * 4 + (published.month() - 1) / 3 + n;
        m.value = quarters / 4;
        m.normalized = QStringLiteral("%1-Q%2").arg(quarters / 4).arg(quarters % 4 + 1);
    } else if (unit == u'M') {
        const QDate d = published.addMonths(n);
        m.value = d.year();
        m.normalized = d.toString(QStringLiteral("yyyy-MM"));
    } else if (unit == u'W') {
        int weekYear = 0;
        const int week = published.addDays(7 * n).weekNumber(&weekYear);
        m.value = weekYear;
        m.normalized = QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    } else if (unit == u'D') {
        const QDate d = published.addDays(n);
        m.value = d.year();
        m.normalized = d.toString(Qt::ISODate);
    }
}

int ordinalQuarter(QStringView q)
{
    static const QStringList words = {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
    const qsizetype i = words.indexOf(q.toString().toLower());
    return i >= 0 ? int(i) + 1 : q.left(1).toInt();
}

// Seasons, halves of a year and centuries: "this summer" (XXXX-SU until the publication is
// known), "the second half of 1997" (1997-H2), "the 20th century" (19).

// A season or half of a year ("SU", "H2"): of the year the match names, or of one relative to
// the publication, which waits for its year ("XXXX-SU", resolved when the date is known).
void setPartOfYear(const Hit& h, Mention& mention, const QString& code, QStringView rel)
{
    if (h.has(u"year")) {
        mention.value = h.str(u"year").toInt();
        mention.normalized = h.str(u"year") + u'-' + code;
    } else {
        mention.relative = offsetFrom(rel, u'Y');
        mention.normalized = u"XXXX-"_s + code;
    }
}

bool readPartOfYear(const Hit& h, Mention& mention)
{
    if (h.has(u"season") || h.has(u"season2")) {
        // ISO 8601-2 / TIMEX seasons: "2019-SU".
        const QString season = (h.has(u"season") ? h.str(u"season") : h.str(u"season2")).toLower();
        const QString code = season == u"spring" ? u"SP"_s : season == u"summer" ? u"SU"_s
                             : season == u"winter" ? u"WI"_s : u"FA"_s;
        setPartOfYear(h, mention, code, h.view(u"srel"));
    } else if (h.has(u"half")) {
        const QString code = h.view(u"half").compare(u"first", Qt::CaseInsensitive) == 0 ? u"H1"_s : u"H2"_s;
        setPartOfYear(h, mention, code, h.view(u"hrel"));
    } else if (h.has(u"century")) {
        if (h.view(u"f").back().isLetter() && h.view(u"f").sliced(h.view(u"f").size() - 7).front().isUpper())
            return false; // "20th Century Fox", "21st Century Insurance": a name
        static const QStringList words = {u"eighteenth"_s, u"nineteenth"_s, u"twentieth"_s, u"twenty-first"_s};
        const QString c = h.str(u"century").toLower();
        const qsizetype w = words.indexOf(c);
        const int century = w >= 0 ? int(w) + 18 : c.first(c.size() - 2).toInt();
        if (century < 1 || century > 22)
            return false;
        mention.normalized = QStringLiteral("%1").arg(century - 1, 2, 10, QLatin1Char('0')); // ISO 8601: "19" is 1900-1999
    }
    return true;
}

// What a match of relativeDates() says: its relative offset, quarter, span, season, half or
// century. False when the match is no date after all ("the last decade", "1000-1500 people").
bool readRelativeDate(const Hit& h, Mention& mention)
{
    auto unitLetter = [](QStringView u) -> QChar {
        const QString l = u.toString().toLower();
        return l.startsWith(u"year") || l.startsWith(u"decade") ? u'Y'
               : l.startsWith(u"quarter")                      ? u'Q'
               : l.startsWith(u"month")                        ? u'M'
               : l.startsWith(u"week")                         ? u'W'
                                                                : u'D';
    };
    if (h.view(u"ru").compare(u"decade", Qt::CaseInsensitive) == 0) {
        // "the past decade", "the next decade": a span the text does not bound, no decade of
        // the calendar.
    } else if (h.has(u"edge")) {
        mention.approx = h.str(u"edge").toLower() + u" of"_s;
        mention.relative = offsetFrom(u"this", unitLetter(h.view(u"ru")));
    } else if (h.has(u"rel")) {
        mention.relative = offsetFrom(h.view(u"rel"), unitLetter(h.view(u"ru")));
    } else if (h.has(u"dir")) {
        mention.relative = relativeOffset(1, h.view(u"ru"), h.view(u"dir"));
    } else if (h.has(u"dw")) {
        const QString w = h.str(u"dw").toLower();
        mention.relative = w == u"yesterday" ? u"-1D"_s : w == u"tomorrow" ? u"+1D"_s : u"+0D"_s;
    } else if (h.has(u"drel")) {
        // "this morning" is the day of publication, "last night" the night before it.
        mention.relative = h.view(u"drel").compare(u"last", Qt::CaseInsensitive) == 0 ? u"-1D"_s : u"+0D"_s;
    } else if (h.has(u"wrel")) {
        mention.relative = offsetFrom(h.view(u"wrel"), u'W');
    } else if (h.has(u"nday")) {
        // "the previous day", "the next day", "the following week": a day or a period before or
        // after the one the text tells of, which is not always the publication's; "(over) the
        // weekend", the one the story tells of: a date, left unresolved.
    } else if (h.has(u"yago")) {
        mention.relative = u"-1Y"_s;
    } else if (h.has(u"q") || h.has(u"qn")) {
        const int q = h.has(u"q") ? ordinalQuarter(h.view(u"q")) : h.str(u"qn").toInt();
        const int year = h.has(u"year") ? h.str(u"year").toInt() : h.has(u"yy") ? 2000 + h.str(u"yy").toInt() : 0;
        mention.normalized = (year > 0 ? QString::number(year) : u"XXXX"_s) + u"-Q" + QString::number(q);
        if (year > 0)
            mention.value = year;
    } else if (h.has(u"ey") || h.has(u"ey2")) {
        const int written = h.has(u"ey") ? h.str(u"ey").toInt() : h.str(u"ey2").toInt();
        if (written == 0)
            return false;
        // Astronomical years, as ISO 8601 counts them: 1 BC is 0, 500 BC is -499.
        const int year = h.view(u"era").startsWith(u'B') ? 1 - written : written;
        mention.value = year;
        mention.normalized = isoYear(year);
    } else if (h.has(u"y1")) {
        int first = h.str(u"y1").toInt();
        int last = h.str(u"y2").toInt();
        const QStringView era = h.view(u"era");
        if (era.startsWith(u'B')) {
            // Astronomical years, as ISO 8601 counts them: 1 BC is 0, 500 BC is -499.
            first = 1 - first;
            last = 1 - last;
        } else if (last < 100) {
            last += first / 100 * 100;
        }
        // Without an era a span of more than a century is no span of years ("1000-1500 people").
        if (last <= first || (era.isEmpty() && last - first > 100))
            return false;
        mention.value = first;
        mention.valueMax = last;
        mention.normalized = isoYear(first) + u'/' + isoYear(last);
    } else if (h.has(u"mon")) {
        mention.normalized = QStringLiteral("--%1").arg(monthNumber(h.view(u"mon")), 2, 10, QLatin1Char('0'));
    } else if (h.has(u"season") || h.has(u"season2") || h.has(u"half") || h.has(u"century")) {
        return readPartOfYear(h, mention);
    } else if (h.has(u"vague") || h.has(u"vague2")) {
        // A span the text does not bound: a date without a value, found and highlighted.
    } else if (h.has(u"wdec")) {
        static const QStringList tens = {u"twenties"_s, u"thirties"_s, u"forties"_s, u"fifties"_s,
                                         u"sixties"_s,  u"seventies"_s, u"eighties"_s, u"nineties"_s};
        const int century = h.view(u"wcent").compare(u"eighteen", Qt::CaseInsensitive) == 0 ? 1800 : 1900;
        const int decade = century + 10 * (int(tens.indexOf(h.str(u"wdec").toLower())) + 2);
        mention.value = decade;
        mention.normalized = QString::number(decade) + u's';
    } else {
        return false;
    }
    return true;
}

void findRelativeDates(const QString& text, const Triggers& t, Candidates& out)
{
    // Where each pattern of relativeDates() can start, in the same order: "1st quarter" and
    // "1951-1957" only where the digits have that shape.
    QList<qsizetype> ordinals = t.relative, spans, olderSpans, eras;
    auto dashAt = [](QStringView at, qsizetype i) {
        return at.size() > i + 1 && (at[i] == u'-' || at[i] == u'–' || (at[i] == u' ' && (at[i + 1] == u'-' || at[i + 1] == u'–')));
    };
    for (const qsizetype d : t.digits) {
        const QStringView at = QStringView(text).mid(d, 7);
        if (at.size() >= 3 && at[0] >= u'1' && at[0] <= u'4' && at[1].isLetter())
            ordinals.append(d);
        const bool threeDigits = at.size() >= 3 && at[1].isDigit() && at[2].isDigit();
        const bool fourDigits = threeDigits && at.size() >= 4 && at[3].isDigit();
        if (fourDigits && dashAt(at, 4))
            spans.append(d);
        if ((fourDigits && dashAt(at, 4)) || (threeDigits && !fourDigits && dashAt(at, 3)))
            olderSpans.append(d);
        qsizetype e = 0;
        while (e < at.size() && at[e].isDigit())
            ++e;
        if (e < at.size() && at[e] == u' ')
            ++e;
        if (e < at.size() && (at[e] == u'A' || at[e] == u'B' || at[e] == u'C'))
            eras.append(d);
    }
    for (const qsizetype a : t.eraWords)
        eras.append(a);
    std::sort(eras.begin(), eras.end());
    std::sort(ordinals.begin(), ordinals.end());
    QList<qsizetype> centuries = t.relative;
    for (const qsizetype d : t.digits) {
        if (QStringView(text).mid(d, 12).contains(u" century", Qt::CaseInsensitive))
            centuries.append(d);
    }
    std::sort(centuries.begin(), centuries.end());
    const QList<qsizetype> monthsAfter = merged({&t.months, &t.relative});
    const std::array<const QList<qsizetype> *, 16> starts = {&t.relative, &t.relative, &t.relative, &ordinals,
                                                             &t.relative, &spans,      &olderSpans, &eras, &olderSpans,
                                                             &monthsAfter, &t.relative, &t.relative, &centuries,
                                                             &t.relative, &t.years,    &t.numberWords};
    Q_ASSERT(qsizetype(starts.size()) == relativeDates().size());
    const QList<RE>& patterns = relativeDates();
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        scan(patterns[p], text, t, *starts[size_t(p)], [&](const Hit& h) {
            Mention mention;
            mention.kind = MentionKind::Date;
            if (!readRelativeDate(h, mention))
                return false;
            const QString edge = mention.approx; // "end of" the year: inside the match, not before it
            addCandidate(out, text, h, mention, 3);
            if (!edge.isEmpty())
                out.last().approx = edge;
            return true;
        });
    }
}

// Whether [start, end) touches a web or mail address. An address never holds white space, so
// only the words the figure covers are looked at.
bool inAddress(const QString& text, qsizetype start, qsizetype end)
{
    static const RE re(
        QStringLiteral(R"((?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
        RE::CaseInsensitiveOption);
    qsizetype wordStart = start;
    while (wordStart > 0 && !text[wordStart - 1].isSpace())
        --wordStart;
    while (wordStart < end) {
        qsizetype wordEnd = wordStart;
        while (wordEnd < text.size() && !text[wordEnd].isSpace())
            ++wordEnd;
        const QStringView word = QStringView(text).sliced(wordStart, wordEnd - wordStart);
        for (auto it = re.globalMatchView(word); it.hasNext();) {
            const auto m = it.next();
            if (start < wordStart + m.capturedEnd() && end > wordStart + m.capturedStart())
                return true;
        }
        wordStart = wordEnd;
        while (wordStart < end && text[wordStart].isSpace())
            ++wordStart;
    }
    return false;
}

// "flight 370", "Route 66", "Chapter 11", "No. 5", "#3": a number that names, not an amount.
bool isIdentifier(const QString& text, const Mention& m)
{
    if (m.kind != MentionKind::Number || m.valueMax)
        return false;
    static const QSet<QString> names = {
        u"flight"_s,  u"route"_s,   u"highway"_s, u"interstate"_s, u"channel"_s, u"room"_s,    u"suite"_s,
        u"apartment"_s, u"apt"_s,   u"unit"_s,    u"no"_s,         u"box"_s,     u"exit"_s,    u"gate"_s,
        u"platform"_s, u"bus"_s,    u"track"_s,   u"district"_s,   u"ward"_s,    u"precinct"_s, u"chapter"_s,
        u"section"_s, u"article"_s, u"amendment"_s, u"resolution"_s, u"bill"_s,  u"docket"_s,  u"episode"_s,
        u"season"_s,  u"volume"_s,  u"vol"_s,     u"page"_s,       u"version"_s, u"category"_s, u"level"_s,
        u"stage"_s,   u"phase"_s,   u"item"_s,    u"lot"_s,        u"code"_s,    u"zip"_s,      u"pier"_s,
        u"terminal"_s, u"runway"_s, u"floor"_s, u"division"_s, u"courtroom"_s, u"department"_s,   u"line"_s,       u"number"_s,  u"nos"_s,      u"tier"_s};
    qsizetype at = m.start;
    if (at > 0 && text[at - 1] == u'#')
        return true;
    while (at > 0 && (text[at - 1].isSpace() || text[at - 1] == u'.'))
        --at;
    return names.contains(wordBefore(text, at));
}

QList<Mention> Candidates::takeWinners(const QString& text)
{
    // Sorted as small keys, not as candidates.
    struct Key
    {
        qsizetype start, length;
        int priority, index;
    };
    std::vector<Key> order;
    order.reserve(size_t(m_mentions.size()));
    for (qsizetype i = 0; i < m_mentions.size(); ++i) {
        const Mention& m = std::as_const(m_mentions)[i];
        order.push_back({m.start, m.length(), m_priority[size_t(i)], int(i)});
    }
    // Each pattern's candidates come in order: the keys are a dozen sorted runs, which a merge
    // sort takes in its stride (introsort fell back to heap sort on them); ties keep their order.
    std::stable_sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.priority < b.priority;
    });
    // Where each place of the result takes its mention from: the winners in order, then the rest.
    std::vector<int> from;
    from.reserve(order.size());
    std::vector<bool> won(order.size(), false);
    qsizetype taken = -1;
    for (const Key& key : order) {
        const Mention& c = std::as_const(m_mentions)[key.index];
        if (c.start < taken || c.length() <= 0)
            continue;
        if (inAddress(text, c.start, c.end))
            continue;
        taken = c.end;
        if (m_ignored[size_t(key.index)] || isIdentifier(text, c))
            continue;
        from.push_back(key.index);
        won[size_t(key.index)] = true;
    }
    const qsizetype winners = qsizetype(from.size());
    for (int i = 0; i < int(m_mentions.size()); ++i) {
        if (!won[size_t(i)])
            from.push_back(i);
    }
    // The permutation applied in place, one cycle at a time.
    std::vector<bool> placed(from.size(), false);
    for (size_t start = 0; start < from.size(); ++start) {
        if (placed[start] || from[start] == int(start))
            continue;
        Mention held = std::move(m_mentions[qsizetype(start)]);
        size_t at = start;
        while (size_t(from[at]) != start) {
            m_mentions[qsizetype(at)] = std::move(m_mentions[from[at]]);
            placed[at] = true;
            at = size_t(from[at]);
        }
        m_mentions[qsizetype(at)] = std::move(held);
        placed[at] = true;
    }
    m_mentions.resize(winners);
    m_priority.clear();
    m_ignored.clear();
    return std::move(m_mentions);
}

QList<Mention> recognizeWith(const QString& text, const Triggers& triggers)
{
    Candidates candidates;
    const QList<qsizetype> amounts = merged({&triggers.digits, &triggers.numberWords});
    findMoney(text, triggers, triggers.parts.isEmpty() ? amounts : merged({&amounts, &triggers.parts}), candidates);
    findVagueMoney(text, triggers, candidates);
    findPercentages(text, triggers, amounts, candidates);
    findWordFractions(text, triggers, candidates);
    findPartsOfAPoint(text, triggers, amounts, candidates);
    findDozens(text, triggers, candidates);
    findPartsOfAScale(text, triggers, candidates);
    findDurations(text, triggers, amounts, candidates);
    findDates(text, triggers, candidates);
    findRelativeDates(text, triggers, candidates);
    findTimes(text, triggers, candidates);
    findQuantities(text, triggers, amounts, candidates);
    findNumbers(text, triggers, candidates);
    findNotAmounts(text, triggers, candidates);
    return candidates.takeWinners(text);
}

} // namespace

std::optional<double> FigureRecognizer::parseWrittenNumber(QStringView words)
{
    static const QHash<QString, int> small = {
        {QStringLiteral("zero"), 0},      {QStringLiteral("one"), 1},       {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},     {QStringLiteral("four"), 4},      {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},       {QStringLiteral("seven"), 7},     {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},      {QStringLiteral("ten"), 10},      {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},   {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14},
        {QStringLiteral("fifteen"), 15},  {QStringLiteral("sixteen"), 16},  {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20},
        {QStringLiteral("thirty"), 30},   {QStringLiteral("forty"), 40},    {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy"), 70},  {QStringLiteral("eighty"), 80},
        {QStringLiteral("ninety"), 90},
    };
    double total = 0, current = 0;
    bool any = false;
    const QString lower = words.toString().toLower();
    // Words split at white space and hyphens ("twenty-five"), looked at in place.
    QList<QStringView> tokens;
    for (qsizetype i = 0; i < lower.size();) {
        while (i < lower.size() && (lower[i].isSpace() || lower[i] == u'-'))
            ++i;
        const qsizetype start = i;
        while (i < lower.size() && !lower[i].isSpace() && lower[i] != u'-')
            ++i;
        if (i > start)
            tokens.append(QStringView(lower).sliced(start, i - start));
    }
    for (const QStringView token : std::as_const(tokens)) {
        if (token == u"and")
            continue;
        if (const auto it = small.constFind(QString::fromRawData(token.data(), token.size()));
            it != small.constEnd()) {
            current += *it;
            any = true;
        } else if (token == u"hundred") {
            current = (any ? current : 1) * 100;
            any = true;
        } else if (token == u"dozen" || token == u"dozens") {
            current = (any ? current : 1) * 12;
            any = true;
        } else {
            const double scale = scaleFactor(token);
            if (scale <= 1 || token.size() < 5)
                return std::nullopt;
            total += (any ? current : 1) * scale;
            current = 0;
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return total + current;
}

QString FigureRecognizer::currencyCode(QStringView token)
{
    QString t = token.toString().toLower();
    t.remove(u' ');
    t.remove(u'.');
    static const QHash<QString, QString> codes = {
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("rs"), QStringLiteral("INR")},
        {QStringLiteral("hk$"), QStringLiteral("HKD")},
        {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("au$"), QStringLiteral("AUD")},
        {QStringLiteral("c$"), QStringLiteral("CAD")},
        {QStringLiteral("ca$"), QStringLiteral("CAD")},
        {QStringLiteral("s$"), QStringLiteral("SGD")},
        {QStringLiteral("nz$"), QStringLiteral("NZD")},
        {QStringLiteral("r$"), QStringLiteral("BRL")},
        {QStringLiteral("mex$"), QStringLiteral("MXN")},
        {QStringLiteral("mxn$"), QStringLiteral("MXN")},
        {QStringLiteral("usd$"), QStringLiteral("USD")},
        {QStringLiteral("aud$"), QStringLiteral("AUD")},
        {QStringLiteral("cad$"), QStringLiteral("CAD")},
        {QStringLiteral("nzd$"), QStringLiteral("NZD")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("rmb"), QStringLiteral("CNY")},
        {QStringLiteral("yuan"), QStringLiteral("CNY")},
        {QStringLiteral("renminbi"), QStringLiteral("CNY")},
        {QStringLiteral("dollar"), QStringLiteral("USD")},
        {QStringLiteral("dollars"), QStringLiteral("USD")},
        {QStringLiteral("usdollars"), QStringLiteral("USD")},
        {QStringLiteral("usdollar"), QStringLiteral("USD")},
        {QStringLiteral("americandollars"), QStringLiteral("USD")},
        {QStringLiteral("hongkongdollars"), QStringLiteral("HKD")},
        {QStringLiteral("hkdollars"), QStringLiteral("HKD")},
        {QStringLiteral("canadiandollars"), QStringLiteral("CAD")},
        {QStringLiteral("australiandollars"), QStringLiteral("AUD")},
        {QStringLiteral("singaporedollars"), QStringLiteral("SGD")},
        {QStringLiteral("newzealanddollars"), QStringLiteral("NZD")},
        {QStringLiteral("taiwandollars"), QStringLiteral("TWD")},
        {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("euros"), QStringLiteral("EUR")},
        {QStringLiteral("pound"), QStringLiteral("GBP")},
        {QStringLiteral("pounds"), QStringLiteral("GBP")},
        {QStringLiteral("poundssterling"), QStringLiteral("GBP")},
        {QStringLiteral("poundsterling"), QStringLiteral("GBP")},
        {QStringLiteral("yen"), QStringLiteral("JPY")},
        {QStringLiteral("rupee"), QStringLiteral("INR")},
        {QStringLiteral("rupees"), QStringLiteral("INR")},
        {QStringLiteral("rs"), QStringLiteral("INR")},
        {QStringLiteral("franc"), QStringLiteral("CHF")},
        {QStringLiteral("francs"), QStringLiteral("CHF")},
        {QStringLiteral("swissfranc"), QStringLiteral("CHF")},
        {QStringLiteral("swissfrancs"), QStringLiteral("CHF")},
        {QStringLiteral("frenchfranc"), QStringLiteral("FRF")},
        {QStringLiteral("frenchfrancs"), QStringLiteral("FRF")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("chineseyuan"), QStringLiteral("CNY")},
        {QStringLiteral("japaneseyen"), QStringLiteral("JPY")},
        {QStringLiteral("indianrupees"), QStringLiteral("INR")},
        {QStringLiteral("indianrupee"), QStringLiteral("INR")},
        {QStringLiteral("cent"), QStringLiteral("USD")},
        {QStringLiteral("cents"), QStringLiteral("USD")},
        {QStringLiteral("uscents"), QStringLiteral("USD")},
        {QStringLiteral("pence"), QStringLiteral("GBP")},
        {QStringLiteral("penny"), QStringLiteral("GBP")},
        {QStringLiteral("peseta"), QStringLiteral("ESP")},
        {QStringLiteral("pesetas"), QStringLiteral("ESP")},
        {QStringLiteral("spanishpesetas"), QStringLiteral("ESP")},
        {QStringLiteral("guilder"), QStringLiteral("NLG")},
        {QStringLiteral("guilders"), QStringLiteral("NLG")},
        {QStringLiteral("dutchguilders"), QStringLiteral("NLG")},
        {QStringLiteral("markka"), QStringLiteral("FIM")},
        {QStringLiteral("markkaa"), QStringLiteral("FIM")},
        {QStringLiteral("finnishmarkka"), QStringLiteral("FIM")},
        {QStringLiteral("deutschmark"), QStringLiteral("DEM")},
        {QStringLiteral("deutschmarks"), QStringLiteral("DEM")},
        {QStringLiteral("deutschemark"), QStringLiteral("DEM")},
        {QStringLiteral("deutschemarks"), QStringLiteral("DEM")},
        {QStringLiteral("lira"), QStringLiteral("TRY")},
        {QStringLiteral("turkishlira"), QStringLiteral("TRY")},
        {QStringLiteral("italianlira"), QStringLiteral("ITL")},
        {QStringLiteral("ruble"), QStringLiteral("RUB")},
        {QStringLiteral("rubles"), QStringLiteral("RUB")},
        {QStringLiteral("rouble"), QStringLiteral("RUB")},
        {QStringLiteral("roubles"), QStringLiteral("RUB")},
        {QStringLiteral("russianrubles"), QStringLiteral("RUB")},
        {QStringLiteral("russianroubles"), QStringLiteral("RUB")},
        {QStringLiteral("rand"), QStringLiteral("ZAR")},
        {QStringLiteral("southafricanrand"), QStringLiteral("ZAR")},
        {QStringLiteral("ringgit"), QStringLiteral("MYR")},
        {QStringLiteral("baht"), QStringLiteral("THB")},
        {QStringLiteral("zloty"), QStringLiteral("PLN")},
        {QStringLiteral("kronor"), QStringLiteral("SEK")},
        {QStringLiteral("krona"), QStringLiteral("SEK")},
        {QStringLiteral("swedishkronor"), QStringLiteral("SEK")},
        {QStringLiteral("swedishkrona"), QStringLiteral("SEK")},
        {QStringLiteral("norwegiankroner"), QStringLiteral("NOK")},
        {QStringLiteral("norwegiankrone"), QStringLiteral("NOK")},
        {QStringLiteral("danishkroner"), QStringLiteral("DKK")},
        {QStringLiteral("danishkrone"), QStringLiteral("DKK")},
        {QStringLiteral("shekel"), QStringLiteral("ILS")},
        {QStringLiteral("shekels"), QStringLiteral("ILS")},
        {QStringLiteral("bitcoin"), QStringLiteral("BTC")},
        {QStringLiteral("bitcoins"), QStringLiteral("BTC")},
        {QStringLiteral("mexicanpeso"), QStringLiteral("MXN")},
        {QStringLiteral("mexicanpesos"), QStringLiteral("MXN")},
        // As wires abbreviate them ("5.5 mln dlrs", "DM 1.2 billion", "Stg 50 million", "NT$53.8"),
        // and currencies named by their country.
        {QStringLiteral("dlrs"), QStringLiteral("USD")},
        {QStringLiteral("usdlrs"), QStringLiteral("USD")},
        {QStringLiteral("dm"), QStringLiteral("DEM")},
        {QStringLiteral("marks"), QStringLiteral("DEM")},
        {QStringLiteral("germanmarks"), QStringLiteral("DEM")},
        {QStringLiteral("stg"), QStringLiteral("GBP")},
        {QStringLiteral("nt$"), QStringLiteral("TWD")},
        {QStringLiteral("lire"), QStringLiteral("ITL")},
        {QStringLiteral("italianlire"), QStringLiteral("ITL")},
        {QStringLiteral("belgianfrancs"), QStringLiteral("BEF")},
        {QStringLiteral("belgianfranc"), QStringLiteral("BEF")},
        {QStringLiteral("schillings"), QStringLiteral("ATS")},
        {QStringLiteral("austrianschillings"), QStringLiteral("ATS")},
        {QStringLiteral("irishpunts"), QStringLiteral("IEP")},
        {QStringLiteral("punts"), QStringLiteral("IEP")},
        {QStringLiteral("drachmas"), QStringLiteral("GRD")},
        {QStringLiteral("greekdrachmas"), QStringLiteral("GRD")},
        {QStringLiteral("escudos"), QStringLiteral("PTE")},
        {QStringLiteral("portugueseescudos"), QStringLiteral("PTE")},
        {QStringLiteral("swedishcrowns"), QStringLiteral("SEK")},
        {QStringLiteral("danishcrowns"), QStringLiteral("DKK")},
        {QStringLiteral("norwegiancrowns"), QStringLiteral("NOK")},
        {QStringLiteral("czechcrowns"), QStringLiteral("CZK")},
        {QStringLiteral("czechkorunas"), QStringLiteral("CZK")},
        {QStringLiteral("argentinepesos"), QStringLiteral("ARS")},
        {QStringLiteral("philippinepesos"), QStringLiteral("PHP")},
        {QStringLiteral("chileanpesos"), QStringLiteral("CLP")},
        {QStringLiteral("colombianpesos"), QStringLiteral("COP")},
        {QStringLiteral("reais"), QStringLiteral("BRL")},
        {QStringLiteral("brazilianreais"), QStringLiteral("BRL")},
        {QStringLiteral("rupiah"), QStringLiteral("IDR")},
        {QStringLiteral("indonesianrupiah"), QStringLiteral("IDR")},
        {QStringLiteral("southkoreanwon"), QStringLiteral("KRW")},
        {QStringLiteral("koreanwon"), QStringLiteral("KRW")},
        {QStringLiteral("saudiriyals"), QStringLiteral("SAR")},
        {QStringLiteral("riyals"), QStringLiteral("SAR")},
        {QStringLiteral("egyptianpounds"), QStringLiteral("EGP")},
        {QStringLiteral("pakistanirupees"), QStringLiteral("PKR")},
        {QStringLiteral("nigeriannaira"), QStringLiteral("NGN")},
        {QStringLiteral("kenyanshillings"), QStringLiteral("KES")},
        {QStringLiteral("polishzlotys"), QStringLiteral("PLN")},
        {QStringLiteral("hungarianforints"), QStringLiteral("HUF")},
        {QStringLiteral("forints"), QStringLiteral("HUF")},
        {QStringLiteral("israelishekels"), QStringLiteral("ILS")},
    };
    if (const auto it = codes.constFind(t); it != codes.constEnd())
        return *it;
    const QString upper = t.toUpper();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(upper).hasMatch() ? upper : QString();
}

namespace {
// @p text with each lone surrogate (half a pair, as a broken file or a character reference may
// leave) replaced by U+FFFD: the same length, so offsets hold, and valid UTF-16 for the patterns.
QString validUtf16(const QString& text)
{
    const auto bad = [&text](qsizetype i) {
        const QChar c = text[i];
        return (c.isHighSurrogate() && (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())) ||
               (c.isLowSurrogate() && (i == 0 || !text[i - 1].isHighSurrogate()));
    };
    qsizetype i = 0;
    while (i < text.size() && !bad(i))
        ++i;
    if (i == text.size())
        return text; // shared, not copied
    QString out = text;
    for (; i < out.size(); ++i) {
        if (bad(i))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}
} // namespace

QList<Mention> FigureRecognizer::recognize(const QString& text)
{
    const QString valid = validUtf16(text);
    return recognizeWith(valid, findTriggers(valid));
}

QList<Mention> FigureRecognizer::recognize(const QString& text, QDate published)
{
    QList<Mention> out = recognize(text);
    for (Mention& m : out) {
        if (m.kind == MentionKind::Date)
            resolveRelative(m, published);
    }
    return out;
}

QList<Mention> FigureRecognizer::recognizeScanningWholeText(const QString& text)
{
    Triggers everywhere;
    everywhere.wholeText = true;
    return recognizeWith(validUtf16(text), everywhere);
}

} // namespace Crosscheck::Core
