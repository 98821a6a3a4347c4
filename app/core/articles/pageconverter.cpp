#include "pageconverter.h"

#include "interruption.h"
#include "markdowninline.h"

#include <QHash>
#include <QRegularExpression>

#include <poppler-qt6.h>
#include <poppler-version.h>

namespace Crosscheck::Core {

namespace {

using RE = QRegularExpression;

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                            ? name.sliced(2).toUInt(&ok, 16)
                            : name.sliced(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("euro"), QStringLiteral("\u20AC")},
        {QStringLiteral("pound"), QStringLiteral("\u00A3")},
        {QStringLiteral("yen"), QStringLiteral("\u00A5")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")},
        {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")},
        {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("thinsp"), QStringLiteral("\u2009")},
    };
    const auto it = named.constFind(name.toString());
    return it == named.constEnd() ? QString() : *it;
}

QString decodeEntities(const QString& in)
{
    static const RE entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    if (!in.contains(u'&'))
        return in;
    QString out;
    out.reserve(in.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(in); it.hasNext();) {
        const auto m = it.next();
        const QString decoded = decodeEntity(m.capturedView(1));
        if (decoded.isEmpty())
            continue;
        out += QStringView(in).sliced(last, m.capturedStart() - last);
        out += decoded;
        last = m.capturedEnd();
    }
    out += QStringView(in).sliced(last);
    return out;
}

QString stripTags(const QString& html)
{
    static const RE tags(QStringLiteral("<[^>]*>"));
    static const RE spaces(QStringLiteral("\\s+"));
    QString s = html;
    s.remove(tags);
    return decodeEntities(s).replace(spaces, QStringLiteral(" ")).trimmed();
}

// The content attribute of the first <meta> whose property or name is one of @p keys.
QString metaContent(const QString& head, const QStringList& keys)
{
    static const RE meta(QStringLiteral("<meta\\b[^>]*>"), RE::CaseInsensitiveOption);
    static const RE attr(
        QStringLiteral("\\b(property|name|itemprop|content)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"),
        RE::CaseInsensitiveOption);
    for (auto it = meta.globalMatch(head); it.hasNext();) {
        const QString tag = it.next().captured();
        QString key, content;
        for (auto a = attr.globalMatch(tag); a.hasNext();) {
            const auto m = a.next();
            const QString value = m.captured(3).isNull() ? m.captured(4) : m.captured(3);
            if (m.captured(1).compare(u"content", Qt::CaseInsensitive) == 0)
                content = value;
            else
                key = value.toLower();
        }
        if (keys.contains(key) && !content.trimmed().isEmpty())
            return decodeEntities(content).trimmed();
    }
    return {};
}

} // namespace

PageConverter::Page PageConverter::fromHtml(const QString& html)
{
    static const RE comments(QStringLiteral("<!--.*?-->"), RE::DotMatchesEverythingOption);
    static const RE dropped(
        QStringLiteral("<(script|style|noscript|template|svg|nav|footer|aside|form|iframe|"
                       "object|head|button|select|figure)\\b[^>]*>.*?</\\1\\s*>"),
        RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE voidDropped(QStringLiteral("<(img|input|link|meta|source|embed)\\b[^>]*>"),
                                RE::CaseInsensitiveOption);
    static const RE blocks(
        QStringLiteral("</?(p|div|br|h[1-6]|li|tr|section|article|header|blockquote|pre|ul|ol|"
                       "table|dd|dt|figcaption|main|hr|time|address)\\b[^>]*>"),
        RE::CaseInsensitiveOption);
    static const RE listItem(QStringLiteral("<li\\b[^>]*>"), RE::CaseInsensitiveOption);
    static const RE tags(QStringLiteral("<[^>]*>"));
    static const RE spaces(QStringLiteral("[ \\t\\f\\v\\r]+"));
    static const RE titleTag(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"),
                             RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE timeTag(QStringLiteral("<time\\b[^>]*\\bdatetime\\s*=\\s*[\"']([^\"']+)[\"']"),
                            RE::CaseInsensitiveOption);
    static const RE headEnd(QStringLiteral("<body\\b"), RE::CaseInsensitiveOption);

    Page page;
    const qsizetype bodyAt = html.indexOf(headEnd);
    const QString head = bodyAt > 0 ? html.left(bodyAt) : html.left(20000);

    page.siteName = metaContent(head, {QStringLiteral("og:site_name"), QStringLiteral("application-name")});
    page.byline = metaContent(head, {QStringLiteral("author"), QStringLiteral("article:author")});
    static const RE canonical(QStringLiteral("<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical[^>]*\\bhref\\s*=\\s*[\"']([^\"']+)"),
                              RE::CaseInsensitiveOption);
    page.url = metaContent(head, {QStringLiteral("og:url")});
    if (page.url.isEmpty())
        page.url = decodeEntities(canonical.match(head).captured(1)).trimmed();
    if (page.url.isEmpty())
        page.url = metaContent(head, {QStringLiteral("crosscheck:source")});
    const QString title = stripTags(titleTag.match(head).captured(1));
    page.title = title;
    // "Headline | Outlet" and "Headline - Outlet": the part after the last separator names the site.
    static const RE titleSuffix(QStringLiteral("^(.{12,}?)\\s+(?:\\||-|–|—|::)\\s+([^|–—]{2,40})$"));
    if (const auto m = titleSuffix.match(title); m.hasMatch()) {
        page.title = m.captured(1).trimmed();
        if (page.siteName.isEmpty())
            page.siteName = m.captured(2).trimmed();
    }
    QString published = metaContent(head, {QStringLiteral("article:published_time"), QStringLiteral("date"),
                                           QStringLiteral("pubdate"), QStringLiteral("datepublished"),
                                           QStringLiteral("dc.date"), QStringLiteral("publish-date")});
    if (published.isEmpty())
        published = timeTag.match(html).captured(1);
    page.published = parseDate(published);

    QString text = html;
    text.remove(comments);
    text.remove(dropped);
    // A script or style left open runs to the end of a broken page; none of it is text.
    static const RE unclosed(QStringLiteral("<(script|style|noscript)\\b[^>]*>.*$"),
                             RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    text.remove(unclosed);
    text.remove(voidDropped);
    text.replace(listItem, QStringLiteral("\n\u2022 "));
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    text = decodeEntities(text);

    QStringList lines;
    for (const QString& raw : text.split(u'\n')) {
        Interruption::checkpoint();
        QString line = raw;
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
        if (!line.isEmpty() && line != u"\u2022")
            lines.append(line);
    }
    page.text = lines.join(u'\n');
    return page;
}

QString PageConverter::fromMarkdown(const QString& markdown)
{
    static const RE heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const RE setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const RE rule(QStringLiteral("^\\s{0,3}([-*_])\\s*(\\1\\s*){2,}$"));
    static const RE bullet(QStringLiteral("^(\\s*)[-*+]\\s+"));
    static const RE quote(QStringLiteral("^\\s{0,3}>\\s?"));
    static const RE refDef(QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$"));
    static const RE fence(QStringLiteral("^\\s{0,3}(```|~~~)"));

    QStringList out;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Interruption::checkpoint();
        QString line = lines[i];
        if (fence.match(line).hasMatch())
            continue;
        if (refDef.match(line).hasMatch())
            continue;
        if (setextUnderline.match(line).hasMatch() && !out.isEmpty() && !out.last().trimmed().isEmpty())
            continue; // the heading text is the previous line
        if (rule.match(line).hasMatch()) {
            out.append(QString());
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch())
            line = m.captured(1);
        line.replace(quote, QString());
        line.replace(bullet, QStringLiteral("\\1\u2022 "));
        out.append(decodeEntities(MarkdownInline::toText(line)));
    }
    return out.join(u'\n');
}

std::optional<QString> PageConverter::fromPdf(const QByteArray& bytes, QString *error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = tr("it is not a readable PDF");
        return std::nullopt;
    }
    if (document->isLocked()) {
        *error = tr("the PDF is password-protected");
        return std::nullopt;
    }
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages.append(page->text(QRectF()).trimmed());
    }
    QString text = pages.join(QStringLiteral("\n\n"));
    text.replace(u'\r', u'\n');
    if (text.trimmed().isEmpty()) {
        *error = tr("the PDF has no text layer (scanned pages?)");
        return std::nullopt;
    }
    return text;
}

QDate PageConverter::parseDate(QStringView text)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const RE iso(QStringLiteral("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)"));
    static const RE dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                       "Oct|Nov|Dec)[a-z]*\\.?,?\\s+((?:19|20)\\d\\d)\\b"),
        RE::CaseInsensitiveOption);
    static const RE monthDay(
        QStringLiteral("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+"
                       "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b"),
        RE::CaseInsensitiveOption);
    const QString s = text.toString();
    if (const auto m = iso.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayMonth.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), int(months.indexOf(m.captured(2).toLower())) + 1,
                     m.captured(1).toInt());
    if (const auto m = monthDay.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), int(months.indexOf(m.captured(1).toLower())) + 1,
                     m.captured(2).toInt());
    return {};
}

QString PageConverter::popplerVersion()
{
    return Poppler::Version::string();
}

} // namespace Crosscheck::Core
