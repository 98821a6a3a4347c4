#include "figurerecognizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Crosscheck::Core {

namespace {

using RE = QRegularExpression;

// Pieces the patterns below are built from.
const QString kNum = QStringLiteral(R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)");
const QString kWords = QStringLiteral(
    R"((?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
    R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    R"()(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million|billion|trillion))*)");
const QString kScale = QStringLiteral(R"((?:trillion|billion|million|thousand|tn|bn|mn|m|b|k)(?![a-z]))");
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
        R"((?<![\w.])(?<f>(?<c>US\s?\$|U\.S\.\s?\$|HK\$|A\$|AU\$|C\$|CA\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|)"
        R"((?:RMB|USD|CNY|EUR|GBP|JPY|HKD|CHF|INR|AUD|CAD)(?=\s?\d))\s?(?<n1>NUM)(?:\s?(?<s1>SCALE))?)"
        R"((?:\s?(?<r>-|–|to)\s?(?:US\s?\$|\$|€|£|¥|RMB\s?)?\s?(?<n2>NUM)(?:\s?(?<s2>SCALE))?)?)(?![\w]))")));
    return re;
}

const RE& moneyAfter()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.$€£¥-])(?<f>(?<n1>NUM|WORDS)(?:\s?(?<r>-|–|to)\s?(?<n2>NUM))?\s?)"
        R"((?:(?<s1>trillion|billion|million|thousand|bn|mn)\s+)?)"
        R"((?:(?<adj>US|U\.S\.|American|Hong\s+Kong|HK|Canadian|Australian|Singapore|New\s+Zealand|Taiwan)\s+)?)"
        R"((?<c>yuan|renminbi|dollars?|euros?|pounds?(?:\s+sterling)?|yen|rupees?|francs?|USD|CNY|RMB|EUR|GBP|JPY|HKD|CHF|INR))(?![a-z]))")));
    return re;
}

const RE& percent()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.$€£¥-])(?<f>(?<n1>NUM|WORDS)(?:\s?(?:%|per\s?cent|percent))?)"
        R"((?:\s?(?<r>-|–|to)\s?(?<n2>NUM|WORDS))?\s?(?<p>%|per\s?cent(?![a-z])|percent(?![a-z])|)"
        R"(percentage\s+points?(?![a-z])|pct(?![a-z]))))")));
    return re;
}

const RE& duration()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.-])(?<f>(?<n1>NUM|WORDS)[\s-](?<u>years?|months?|weeks?|days?|hours?|minutes?|)"
        R"(seconds?|decades?|quarters?|centuries|century)(?![a-z])))")));
    return re;
}

const RE& numberDigits()
{
    static const RE re = build(arg(QStringLiteral(
        R"((?<![\w.,$€£¥/#-])(?<f>(?<n1>NUM)(?:\s?(?<r>-|–|to)\s?(?<n2>NUM))?)"
        R"((?:\s+(?<s1>trillion|billion|million|thousand)(?![a-z]))?)(?![\w%/]|[.,]\d|-[A-Za-z]))")));
    return re;
}

const RE& numberWords()
{
    static const RE re = build(arg(QStringLiteral(R"((?<![\w-])(?<f>(?<n1>WORDS))(?![\w-]))")));
    return re;
}

const QList<RE>& dates()
{
    static const QList<RE> res = {
        build(arg(QStringLiteral(
                  R"((?<![\w])(?<f>(?:(?<wd>WEEKDAY),?\s+)?(?<mon>MONTH)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)"
                  R"((?![\d%])(?:,?\s+(?<year>(?:1[89]|20)\d\d)(?!\d))?))")),
              false),
        build(arg(QStringLiteral(
                  R"((?<![\w])(?<f>(?:(?<wd>WEEKDAY),?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)"
                  R"((?<mon>MONTH)(?:,?\s+(?<year>(?:1[89]|20)\d\d)(?!\d))?)(?![a-z]))")),
              false),
        build(arg(QStringLiteral(R"((?<![\w]))"
                                 R"((?<f>(?<mon>MONTH)\s+(?:of\s+)?(?<year>(?:1[89]|20)\d\d))(?!\d))")),
              false),
        build(QStringLiteral(R"((?<![\w-])(?<f>(?<year>(?:19|20)\d\d)-(?<mo>\d\d)-(?<day>\d\d))(?![\w-]))"),
              false),
        build(QStringLiteral(R"((?<![\w])(?:the\s+)?(?<f>(?<year>(?:1[89]|20)\d0)s)(?![\w]))"), false),
        // "mid-2026" is a year; "2024-2026" inside an identifier is not.
        build(QStringLiteral(R"((?<![\w.,$€£¥/#])(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<!-)))"
                             R"((?<f>(?<year>(?:1[89]|20)\d\d))(?![\w%/-]|[.,]\d))"),
              false),
        build(arg(QStringLiteral(R"((?<![\w])(?<f>(?<wd>WEEKDAY))(?![\w]))")), false),
    };
    return res;
}

double parseNumber(QStringView digits)
{
    QString s = digits.toString();
    s.remove(u',');
    return s.toDouble();
}

double scaleFactor(QStringView scale)
{
    const QString s = scale.toString().toLower();
    if (s.isEmpty())
        return 1;
    if (s == u"trillion" || s == u"tn")
        return 1e12;
    if (s == u"billion" || s == u"bn" || s == u"b")
        return 1e9;
    if (s == u"million" || s == u"mn" || s == u"m")
        return 1e6;
    if (s == u"thousand" || s == u"k")
        return 1e3;
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
        QStringLiteral("(?<![\\w])(early|mid|late|the\\s+end\\s+of|the\\s+start\\s+of|fiscal)[\\s-]+$"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    const qsizetype from = std::max<qsizetype>(0, start - 32);
    const auto m = (date ? dates : amounts).matchView(QStringView(text).sliced(from, start - from));
    if (!m.hasMatch())
        return {};
    QString q = m.captured(1).toLower();
    static const RE spaces(QStringLiteral("\\s+"));
    q.replace(spaces, QStringLiteral(" "));
    return q;
}

struct Candidate
{
    Mention mention;
    int priority; // lower wins a tie of start and length
};

void addCandidate(QList<Candidate>& out, const QString& text, const QRegularExpressionMatch& m,
                  Mention mention, int priority)
{
    mention.start = m.capturedStart(u"f");
    mention.end = m.capturedEnd(u"f");
    mention.approx = qualifierBefore(text, mention.start, mention.kind == MentionKind::Date);
    out.append({mention, priority});
}

// Ranges read low to high; "31-14" is a score, "from 5 to 6" a change: neither is a range.
bool plausibleRange(const QString& text, const QRegularExpressionMatch& m, double low, double high)
{
    if (high <= low)
        return false;
    if (m.captured(u"r").compare(u"to", Qt::CaseInsensitive) == 0) {
        const QStringView before = QStringView(text).left(m.capturedStart(u"f")).trimmed();
        if (before.endsWith(u"from", Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void findMoney(const QString& text, QList<Candidate>& out)
{
    for (auto it = moneyBefore().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Mention mention;
        mention.kind = MentionKind::Money;
        mention.unit = FigureRecognizer::currencyCode(m.capturedView(u"c").trimmed());
        const double s2 = scaleFactor(m.capturedView(u"s2"));
        const double s1 = m.capturedView(u"s1").isEmpty() ? s2 : scaleFactor(m.capturedView(u"s1"));
        mention.value = parseNumber(m.capturedView(u"n1")) * s1;
        if (m.hasCaptured(u"n2")) {
            const double high = parseNumber(m.capturedView(u"n2")) * s2;
            if (!plausibleRange(text, m, mention.value, high)) {
                // Keep the first amount alone.
                Mention single = mention;
                single.start = m.capturedStart(u"f");
                single.end = m.hasCaptured(u"s1") ? m.capturedEnd(u"s1") : m.capturedEnd(u"n1");
                single.approx = qualifierBefore(text, single.start, false);
                out.append({single, 0});
                continue;
            }
            mention.valueMax = high;
        }
        addCandidate(out, text, m, mention, 0);
    }
    for (auto it = moneyAfter().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto low = numberValue(m.capturedView(u"n1"));
        if (!low)
            continue;
        Mention mention;
        mention.kind = MentionKind::Money;
        QString currency = m.captured(u"c");
        if (!m.capturedView(u"adj").isEmpty())
            currency = m.captured(u"adj") + u' ' + currency;
        mention.unit = FigureRecognizer::currencyCode(currency);
        const double scale = scaleFactor(m.capturedView(u"s1"));
        mention.value = *low * scale;
        if (m.hasCaptured(u"n2")) {
            const double high = parseNumber(m.capturedView(u"n2")) * scale;
            if (plausibleRange(text, m, mention.value, high))
                mention.valueMax = high;
        }
        addCandidate(out, text, m, mention, 0);
    }
}

void findPercentages(const QString& text, QList<Candidate>& out)
{
    for (auto it = percent().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto low = numberValue(m.capturedView(u"n1"));
        if (!low)
            continue;
        Mention mention;
        mention.kind = MentionKind::Percent;
        mention.unit = m.capturedView(u"p").startsWith(u"percentage", Qt::CaseInsensitive)
                           ? QStringLiteral("pp")
                           : QStringLiteral("%");
        mention.value = *low;
        if (m.hasCaptured(u"n2")) {
            const auto high = numberValue(m.capturedView(u"n2"));
            if (high && plausibleRange(text, m, *low, *high))
                mention.valueMax = *high;
        }
        addCandidate(out, text, m, mention, 1);
    }
}

void findDurations(const QString& text, QList<Candidate>& out)
{
    for (auto it = duration().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto value = numberValue(m.capturedView(u"n1"));
        if (!value)
            continue;
        Mention mention;
        mention.kind = MentionKind::Duration;
        mention.value = *value;
        QString unit = m.captured(u"u").toLower();
        if (unit == u"centuries")
            unit = QStringLiteral("century");
        else if (unit.endsWith(u's'))
            unit.chop(1);
        mention.unit = unit;
        addCandidate(out, text, m, mention, 2);
    }
}

void findDates(const QString& text, QList<Candidate>& out)
{
    for (const RE& re : dates()) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            Mention mention;
            mention.kind = MentionKind::Date;
            const int year = m.captured(u"year").toInt();
            int month =
                m.hasCaptured(u"mon") ? monthNumber(m.capturedView(u"mon")) : m.captured(u"mo").toInt();
            const int day = m.captured(u"day").toInt();
            if (m.capturedView(u"f").endsWith(u's') && year > 0 && !m.hasCaptured(u"mon")) {
                mention.normalized = QString::number(year) + u's';
                mention.value = year;
            } else if (year > 0 && month > 0 && day > 0) {
                if (day > 31 || month > 12)
                    continue;
                mention.normalized = QStringLiteral("%1-%2-%3")
                                         .arg(year, 4, 10, QLatin1Char('0'))
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
                mention.value = year;
            } else if (month > 0 && day > 0) {
                if (day > 31)
                    continue;
                mention.normalized = QStringLiteral("--%1-%2")
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
            } else if (year > 0 && month > 0) {
                mention.normalized = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                mention.value = year;
            } else if (year > 0) {
                mention.normalized = QString::number(year);
                mention.value = year;
            } else if (m.hasCaptured(u"wd")) {
                mention.normalized = m.captured(u"wd");
            } else {
                continue;
            }
            addCandidate(out, text, m, mention, 3);
        }
    }
}

void findNumbers(const QString& text, QList<Candidate>& out)
{
    for (auto it = numberDigits().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // "1. First point" and "2) Second" are list markers.
        const qsizetype start = m.capturedStart(u"f");
        const qsizetype end = m.capturedEnd(u"f");
        qsizetype lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != u'\n' && text[lineStart - 1].isSpace())
            --lineStart;
        if ((lineStart == 0 || text[lineStart - 1] == u'\n') && end + 1 < text.size() &&
            (text[end] == u'.' || text[end] == u')') && text[end + 1].isSpace())
            continue;
        Mention mention;
        mention.kind = MentionKind::Number;
        const double scale = scaleFactor(m.capturedView(u"s1"));
        mention.value = parseNumber(m.capturedView(u"n1")) * scale;
        if (m.hasCaptured(u"n2")) {
            const double high = parseNumber(m.capturedView(u"n2")) * scale;
            if (!plausibleRange(text, m, mention.value, high))
                continue;
            mention.valueMax = high;
        }
        addCandidate(out, text, m, mention, 4);
    }
    for (auto it = numberWords().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto value = FigureRecognizer::parseWrittenNumber(m.capturedView(u"n1"));
        if (!value || *value < 2)
            continue; // "one of the largest" is not a count
        Mention mention;
        mention.kind = MentionKind::Number;
        mention.value = *value;
        addCandidate(out, text, m, mention, 4);
    }
}

QList<TextRange> addresses(const QString& text)
{
    static const RE re(
        QStringLiteral(R"((?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
        RE::CaseInsensitiveOption);
    QList<TextRange> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
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
    for (const QString& token : lower.split(RE(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts)) {
        if (token == u"and")
            continue;
        if (const auto it = small.constFind(token); it != small.constEnd()) {
            current += *it;
            any = true;
        } else if (token == u"hundred") {
            current = (any ? current : 1) * 100;
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
        {QStringLiteral("hk$"), QStringLiteral("HKD")},
        {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("au$"), QStringLiteral("AUD")},
        {QStringLiteral("c$"), QStringLiteral("CAD")},
        {QStringLiteral("ca$"), QStringLiteral("CAD")},
        {QStringLiteral("s$"), QStringLiteral("SGD")},
        {QStringLiteral("nz$"), QStringLiteral("NZD")},
        {QStringLiteral("r$"), QStringLiteral("BRL")},
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
    };
    if (const auto it = codes.constFind(t); it != codes.constEnd())
        return *it;
    const QString upper = t.toUpper();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(upper).hasMatch() ? upper : QString();
}

QList<Mention> FigureRecognizer::recognize(const QString& text)
{
    QList<Candidate> candidates;
    findMoney(text, candidates);
    findPercentages(text, candidates);
    findDurations(text, candidates);
    findDates(text, candidates);
    findNumbers(text, candidates);

    const QList<TextRange> skip = addresses(text);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.mention.start != b.mention.start)
            return a.mention.start < b.mention.start;
        if (a.mention.length() != b.mention.length())
            return a.mention.length() > b.mention.length();
        return a.priority < b.priority;
    });
    QList<Mention> out;
    qsizetype taken = -1;
    for (const Candidate& c : candidates) {
        if (c.mention.start < taken || c.mention.length() <= 0)
            continue;
        const bool inAddress = std::any_of(skip.cbegin(), skip.cend(), [&c](const TextRange& r) {
            return c.mention.start < r.end && c.mention.end > r.start;
        });
        if (inAddress)
            continue;
        // A longer figure that starts later but swallows this one wins ("14 March 2025" over "14").
        out.append(c.mention);
        taken = c.mention.end;
    }
    return out;
}

} // namespace Crosscheck::Core
