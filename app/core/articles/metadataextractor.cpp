#include "metadataextractor.h"

#include "sentencesegmenter.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
using RE = QRegularExpression;

struct Line
{
    qsizetype start;
    qsizetype end;
    QStringView text;
    bool boilerplate;
};

QList<Line> linesOf(const QString& text, const QList<TextRange>& boilerplate)
{
    QList<Line> lines;
    int b = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        while (b < boilerplate.size() && boilerplate[b].end < start)
            ++b;
        const bool flagged = b < boilerplate.size() && boilerplate[b].start <= start &&
                             boilerplate[b].end >= end && end > start;
        const QStringView view = QStringView(text).sliced(start, end - start).trimmed();
        if (!view.isEmpty())
            lines.append({start, end, view, flagged});
        start = end + 1;
    }
    return lines;
}

bool isBullet(QStringView line)
{
    return line.startsWith(u'\u2022') || line.startsWith(u"- ") || line.startsWith(u"* ") ||
           line.startsWith(u"+ ") || line.startsWith(u"\u2013 ") || line.startsWith(u"\u25CF");
}

bool isSummaryLabel(QStringView line)
{
    static const RE re(QStringLiteral("^(?:tl;?dr|key (?:points|takeaways|facts)|highlights|summary|in brief|"
                                      "at a glance|what we know|what to know)\\W*$"),
                       RE::CaseInsensitiveOption);
    return re.matchView(line).hasMatch();
}

QString cleanMarks(QStringView s)
{
    QString out = s.toString();
    out.remove(u'*');
    out.remove(u'_');
    return out.trimmed();
}

// "9:06 AM", "15:01": a clock time, which stamps a page and names nothing.
bool hasClockTime(QStringView line)
{
    static const QRegularExpression clock(QStringLiteral("\\b\\d{1,2}:\\d\\d\\b"));
    return clock.matchView(line).hasMatch();
}

// "The Veldmark Courier", "EnergyMarkets Today", "Coastline Radio News".
bool isMastheadName(const QString& s)
{
    static const QStringList minor = {QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"),
                                      QStringLiteral("&"),  QStringLiteral("for"), QStringLiteral("de"),
                                      QStringLiteral("on"), QStringLiteral("in")};
    const QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5 || s.size() > 50)
        return false;
    if (!words.first().front().isUpper())
        return false;
    for (const QString& w : words) {
        if (!w.front().isUpper() && !w.front().isDigit() && !minor.contains(w))
            return false;
        if (w.endsWith(u'.') || w.endsWith(u','))
            return false;
    }
    return !PageConverter::parseDate(s).isValid() && !s.startsWith(u"By ") && !hasClockTime(s);
}

QString mastheadFromLine(QStringView line)
{
    static const RE separators(QStringLiteral("\\s+(?:\u00B7|\\||\u2014|\u2013|-|/)\\s+"));
    const QString cleaned = cleanMarks(line);
    const QString first = cleaned.split(separators).constFirst().trimmed();
    return isMastheadName(first) ? first : QString();
}

} // namespace

QString MetadataExtractor::outletFromUrl(QStringView url)
{
    const QUrl parsed(url.trimmed().toString(), QUrl::TolerantMode);
    QString host = parsed.host().toLower();
    if (host.startsWith(u"www."))
        host = host.sliced(4);
    else if (host.startsWith(u"m.") || host.startsWith(u"amp."))
        host = host.sliced(host.indexOf(u'.') + 1);
    return host;
}

namespace {

// A headline says something in words: two at least (of two letters or more, mostly letters),
// and four when it holds a date. "1 of 6." of a slideshow, a dateline's "CAIRO |", "by",
// "UPDATE:", "Friday, June 7, 2013" or "Updated: July 2, 2013 15:01 IST" head scraped pages but
// name nothing.
bool saysEnough(QStringView line)
{
    // Chinese, Japanese, Thai and their neighbours write no spaces between words: four letters do.
    auto unspaced = [](QChar c) {
        const QChar::Script s = c.script();
        return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana ||
               s == QChar::Script_Thai || s == QChar::Script_Lao || s == QChar::Script_Khmer ||
               s == QChar::Script_Myanmar || s == QChar::Script_Tibetan;
    };
    if (std::count_if(line.cbegin(), line.cend(), unspaced) >= 4)
        return true;
    int words = 0;
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        const auto letters = std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        words += letters >= 2 && 2 * letters >= word.size() ? 1 : 0;
        if (words == 4)
            return true;
    }
    // "Updated 9:06 AM", "Mar. 8 5:46 PM EST": a short line with a clock time stamps the page.
    if (words < 4 && hasClockTime(line))
        return false;
    return words >= 2 && !PageConverter::parseDate(line).isValid();
}

// A short line that is a byline, or a source or a time stamp and then one: "By Terry Wade",
// "/ Source: TODAY By A. Pawlowski", "March 10, 2012 10:54 am ET by MMFA Staff". It names who
// wrote, not what happened. (A headline may end "Killed By Police": a capital "By" after words
// counts only after "Source:".)
bool isBylineLine(QStringView line)
{
    static const QRegularExpression byline(QStringLiteral(
        "^(?:[Bb]y|.*\\bSource:.*\\b[Bb]y|.*\\d.*\\sby)\\s+[A-Z][\\w'\u2019.-]*(?:\\s+[A-Z][\\w'\u2019.-]*){0,3}$"));
    return line.size() <= 80 && byline.matchView(line).hasMatch();
}

// The name a line gives as its author: "· By Ines Halvorsen", "10:54 am ET by MMFA Staff".
QString bylineIn(QStringView line)
{
    static const QRegularExpression byline(QStringLiteral(
        "(?:^|[\u00B7|\u2014\u2013]\\s*)[Bb]y\\s+([A-Z][\\w'\u2019.-]+(?:\\s+[A-Z][\\w'\u2019.-]+){1,3})"));
    static const QRegularExpression trailing(
        QStringLiteral("[Bb]y\\s+([A-Z][\\w'\u2019.-]*(?:\\s+[A-Z][\\w'\u2019.-]*){0,3})$"));
    if (const auto m = byline.matchView(line); m.hasMatch())
        return m.captured(1);
    if (const auto t = trailing.matchView(line); t.hasMatch() && isBylineLine(line))
        return t.captured(1);
    return {};
}

} // namespace

QString MetadataExtractor::titleFromText(const QString& text, const QList<TextRange>& boilerplate)
{
    for (const Line& line : linesOf(text, boilerplate)) {
        if (line.boilerplate || isBullet(line.text) || isSummaryLabel(line.text) || isBylineLine(line.text))
            continue;
        QString title = cleanMarks(line.text);
        while (title.startsWith(u'#'))
            title = title.sliced(1).trimmed();
        if (title.isEmpty() || !saysEnough(title))
            continue;
        if (title.size() > 150) {
            // A lead paragraph, not a headline: its first sentence that says enough stands in.
            QList<Sentence> sentences;
            SentenceSegmenter::splitLine(title, 0, title.size(), sentences);
            const auto first = std::find_if(sentences.cbegin(), sentences.cend(), [&title](const Sentence& x) {
                return saysEnough(QStringView(title).sliced(x.start, x.length()));
            });
            if (first != sentences.cend())
                title = title.sliced(first->start, first->length());
            if (title.size() > 200) {
                const qsizetype cut = title.lastIndexOf(u' ', 180);
                title = title.left(cut > 100 ? cut : 180) + u'\u2026';
            }
        }
        return title;
    }
    return {};
}

void MetadataExtractor::fill(Article& article, const PageConverter::Page *page)
{
    const QList<Line> lines = linesOf(article.text, article.boilerplate);

    article.title =
        page && !page->title.isEmpty() ? page->title : titleFromText(article.text, article.boilerplate);
    QString masthead;
    {
        // "EnergyMarkets Today" over "Veldmark barrage: cost questions follow approval": the
        // short name is the outlet, the line under it the headline.
        QList<QStringView> content;
        for (const Line& line : lines) {
            if (!line.boilerplate)
                content.append(line.text);
            if (content.size() == 2)
                break;
        }
        if (!page && content.size() == 2 && content[0] == article.title && isMastheadName(article.title) &&
            article.title.count(u' ') <= 3 && content[1].size() <= 150 && content[1].count(u' ') >= 3 &&
            !content[1].endsWith(u'.') && !isBullet(content[1])) {
            masthead = article.title;
            article.title = cleanMarks(content[1]);
        }
    }
    if (article.title.isEmpty())
        article.title = QStringView(article.relativePath).split(u'/').last().toString();

    // Outlet: declared by the page, then stated by the text, strongest evidence first.
    QString outlet = page ? page->siteName : masthead;
    static const RE siteIcon(QStringLiteral("^site icon\\s+(.+)$"), RE::CaseInsensitiveOption);
    static const RE source(QStringLiteral("^source\\s*:\\s*(.+?)\\s*$"), RE::CaseInsensitiveOption);
    static const RE url(QStringLiteral("^(?:https?://|www\\.)\\S+$"), RE::CaseInsensitiveOption);
    for (const Line& line : lines) {
        if (!outlet.isEmpty())
            break;
        if (const auto m = siteIcon.matchView(line.text); m.hasMatch())
            outlet = m.captured(1).trimmed();
    }
    for (qsizetype i = lines.size() - 1; i >= 0 && outlet.isEmpty(); --i) {
        if (const auto m = source.matchView(lines[i].text);
            m.hasMatch() && !m.captured(1).startsWith(u"http"))
            outlet = m.captured(1);
    }
    if (outlet.isEmpty() && !lines.isEmpty() && url.matchView(lines.first().text).hasMatch())
        outlet = outletFromUrl(lines.first().text);
    if (outlet.isEmpty()) {
        // A masthead beside the headline: "The Veldmark Courier · Harbour & City · 14 March 2025".
        int titleLine = -1;
        for (int i = 0; i < std::min<int>(int(lines.size()), 6); ++i) {
            if (cleanMarks(lines[i].text).contains(article.title.left(40))) {
                titleLine = i;
                break;
            }
        }
        for (int i = std::max(0, titleLine - 1); titleLine >= 0 && i <= titleLine + 2 && i < lines.size();
             ++i) {
            if (i == titleLine || lines[i].boilerplate)
                continue;
            outlet = mastheadFromLine(lines[i].text);
            if (!outlet.isEmpty())
                break;
        }
    }
    // Last, the site of the page's own address (a page saved from the web records it).
    if (outlet.isEmpty() && page && !page->url.isEmpty())
        outlet = outletFromUrl(page->url);
    article.outlet = outlet;

    // Date and byline: the page's own, else the first lines, else the last ones.
    article.published = page ? page->published : QDate();
    article.byline = page ? page->byline : QString();
    const int head = std::min<int>(int(lines.size()), 6);
    for (int i = 0; i < head; ++i) {
        if (!article.published.isValid() && lines[i].text.size() < 160)
            article.published = PageConverter::parseDate(lines[i].text);
        if (article.byline.isEmpty() && lines[i].text.size() < 160)
            article.byline = bylineIn(lines[i].text);
    }
    for (qsizetype i = lines.size() - 1;
         i >= std::max<qsizetype>(head, lines.size() - 4) && !article.published.isValid(); --i) {
        if (lines[i].text.size() < 160)
            article.published = PageConverter::parseDate(lines[i].text);
    }
}

} // namespace Crosscheck::Core
