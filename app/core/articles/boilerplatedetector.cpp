#include "boilerplatedetector.h"

#include "pageconverter.h"

#include <QRegularExpression>

namespace Crosscheck::Core {

namespace {
using RE = QRegularExpression;

const RE& chromePattern()
{
    static const RE re(
        QStringLiteral(
            "^(?:"
            "site icon\\b|exit mobile version$|skip to (?:main )?content|"
            "share (?:this|on)\\b|share$|follow (?:us|@|the |on )|follow us\\b|"
            "source\\s*:|source link$|via\\s*:|"
            "leave a (?:reply|comment)|your email address will not be published|required fields are marked|"
            "subscribe\\b|sign up\\b|sign in\\b|log in\\b|register now|newsletter|"
            "listen to (?:the|this|our)\\b|watch (?:the|this|our) (?:video|full)|read (?:more|next|also)\\b|"
            "(?:related|recommended|popular|trending|more) (?:articles|stories|news|posts|from)\\b|related$|"
            "advertisement$|sponsored\\b|tags?\\s*:|topics?\\s*:|filed under\\b|categories\\s*:|"
            "edited by\\b|reporting by\\b|additional reporting\\b|"
            "click here\\b|copyright\\b|\u00A9|all rights reserved|privacy policy|terms of (?:use|service)|"
            "photo\\s*:|image\\s*:|credit\\s*:|getty images$|reuters/|"
            "get (?:real-time|the latest|our)\\b|download (?:our|the) app|"
            "comments?$|\\d+ comments?$|print$|email$|"
            "follow us for\\b|don't miss\\b"
            ")"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return re;
}

const RE& trailerPattern()
{
    static const RE re(QStringLiteral("^(?:stay ahead of the market|want to trade like a pro|subscribe to\\b|"
                                      "sign up for (?:our|the)\\b|related(?: articles| stories| posts)?$|"
                                      "leave a reply|you may also like|more from\\b|recommended for you|"
                                      "read next$|follow us for\\b)"),
                       RE::CaseInsensitiveOption);
    return re;
}

QStringView stripLineMarks(QStringView line)
{
    line = line.trimmed();
    while (!line.isEmpty() && (line.front() == u'\u2022' || line.front() == u'-' || line.front() == u'*' ||
                               line.front() == u'#' || line.front() == u'>' || line.front().isSpace()))
        line = line.sliced(1);
    return line;
}
} // namespace

bool BoilerplateDetector::isTagLine(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 3 || line.size() > 100 || line.endsWith(u'.') || line.endsWith(u':'))
        return false;
    const auto parts = line.split(u',', Qt::SkipEmptyParts);
    if (parts.size() < 2 || PageConverter::parseDate(line).isValid())
        return false;
    static const RE functionWords(
        QStringLiteral("\\b(?:the|a|an|of|to|is|are|was|were|will|has|have|said|says|and|"
                       "but|that|which|who|in|on|for|with)\\b"),
        RE::CaseInsensitiveOption);
    for (const auto part : parts) {
        const auto words = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 4)
            return false;
        if (functionWords.matchView(part).hasMatch())
            return false;
    }
    return true;
}

bool BoilerplateDetector::isBoilerplateLine(QStringView line)
{
    const QStringView stripped = stripLineMarks(line);
    if (stripped.isEmpty())
        return false;
    if (chromePattern().matchView(stripped).hasMatch())
        return true;
    // The source URL some saved pages start with.
    static const RE url(QStringLiteral("^(?:https?://|www\\.)\\S+$"), RE::CaseInsensitiveOption);
    return url.matchView(stripped).hasMatch();
}

QList<TextRange> BoilerplateDetector::photoCredits(QStringView line)
{
    // "(AP Photo/Evan Vucci) (Associated Press)", "(Photo: Getty Images, WireImage)", "(Photo by
    // Patrick T. Fallon for The Washington Post)": it names an agency or a photographer, not what
    // the story reports. The caption before it stays: it tells what the picture shows.
    static const RE credit(
        QStringLiteral(R"(\((?:[A-Z]{2,8}(?:/[A-Z]{2,8})? )?(?:photo|image|picture)s?(?: by\b|\s*:|/)[^()\n]{1,120}\))"
                       R"((?:\s*\((?:Associated Press|AP|Reuters|AFP|EPA|Getty Images)\))?)"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    QList<TextRange> out;
    if (!line.contains(u'('))
        return out;
    for (auto it = credit.globalMatchView(line); it.hasNext();) {
        const auto m = it.next();
        out.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

bool BoilerplateDetector::startsTrailer(QStringView line)
{
    return trailerPattern().matchView(stripLineMarks(line)).hasMatch();
}

QList<TextRange> BoilerplateDetector::detect(const QString& text)
{
    struct Line
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Line> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, end});
        start = end + 1;
    }

    // Trailers only count in the last part of an article, so a story about subscriptions keeps its text.
    const qsizetype trailerFrom = text.size() / 2;
    QList<bool> flagged(lines.size(), false);
    bool inTrailer = false;
    int firstContent = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = QStringView(text).sliced(lines[i].start, lines[i].end - lines[i].start);
        if (line.trimmed().isEmpty())
            continue;
        if (!inTrailer && lines[i].start >= trailerFrom && startsTrailer(line))
            inTrailer = true;
        flagged[i] = inTrailer || isBoilerplateLine(line);
        // A tags line sits near the top, right under the headline.
        if (!flagged[i] && firstContent >= 0 && i - firstContent <= 4 && isTagLine(line))
            flagged[i] = true;
        if (firstContent < 0 && !flagged[i])
            firstContent = i;
    }

    QList<TextRange> ranges;
    for (int i = 0; i < lines.size(); ++i) {
        if (flagged[i] && lines[i].end > lines[i].start) {
            ranges.append({lines[i].start, lines[i].end});
            continue;
        }
        const QStringView line = QStringView(text).sliced(lines[i].start, lines[i].end - lines[i].start);
        for (const TextRange& credit : photoCredits(line))
            ranges.append({lines[i].start + credit.start, lines[i].start + credit.end});
    }
    return ranges;
}

} // namespace Crosscheck::Core
