#include "pagesaver.h"

#include "articles/outletname.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;

namespace {
QString slugOf(const QString& text, int longest)
{
    QString slug;
    slug.reserve(text.size());
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug += c.toLower();
            dash = false;
        } else if (!dash && !slug.isEmpty() && c.category() != QChar::Mark_NonSpacing) {
            slug += u'-';
            dash = true;
        }
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.size() > longest) {
        slug.truncate(longest);
        const qsizetype cut = slug.lastIndexOf(u'-');
        if (cut > longest / 2)
            slug.truncate(cut);
    }
    return slug;
}

QString titleOf(const QByteArray& html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{1,300})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(html.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QByteArray attribute(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded).toUtf8().replace('&', "&amp;").replace('"', "&quot;");
}
} // namespace

QString PageSaver::outletName(const QUrl& url)
{
    const QString name = slugOf(outletOfHost(url.host()), 40);
    return name.isEmpty() ? QStringLiteral("web") : name; // an address by number names no outlet
}

QString PageSaver::fileNameFor(const FetchedPage& page, const QDir& folder)
{
    const QString suffix = page.isPdf() ? QStringLiteral(".pdf") : QStringLiteral(".html");
    // The last part of the address names the story ("…/veldmark-barrage-vote/index.html"); an id
    // or "index" says less than the page's own title, and a section name ("news") less still.
    static const QRegularExpression extension(QStringLiteral("\\.(s?html?|php|aspx?|jsp|pdf)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("^(index|default|article|story|[0-9-]+)$"));
    QStringList segments = page.final.path().split(u'/', Qt::SkipEmptyParts);
    for (QString& segment : segments)
        segment = slugOf(segment.remove(extension), 70);
    const auto good = [](const QString& slug) { return slug.size() >= 3 && !bare.match(slug).hasMatch(); };
    QString slug;
    if (!segments.isEmpty() && good(segments.last()))
        slug = segments.last();
    if (slug.isEmpty() && !page.isPdf())
        slug = slugOf(titleOf(page.body), 70);
    while (slug.isEmpty() && !segments.isEmpty()) {
        if (const QString earlier = segments.takeLast(); good(earlier))
            slug = earlier;
    }
    if (slug.isEmpty())
        slug = QStringLiteral("page");
    const QString base = outletName(page.final) + u'-' + slug;
    QString name = base + suffix;
    for (int n = 2; folder.exists(name); ++n)
        name = base + u'-' + QString::number(n) + suffix;
    return name;
}

QByteArray PageSaver::withOrigin(const QByteArray& html, const QUrl& requested, const QUrl& final,
                                 const QDateTime& fetchedAt)
{
    const QByteArray head = html.left(256 * 1024).toLower();
    QByteArray marks = "\n<meta name=\"crosscheck:source\" content=\"" + attribute(requested) + "\">\n" +
                       "<meta name=\"crosscheck:fetched\" content=\"" +
                       fetchedAt.toUTC().toString(Qt::ISODate).toLatin1() + "\">\n";
    static const QRegularExpression canonical(QStringLiteral("rel\\s*=\\s*[\"']?canonical|property\\s*=\\s*[\"']og:url"));
    if (!canonical.match(QString::fromLatin1(head)).hasMatch())
        marks += "<link rel=\"canonical\" href=\"" + attribute(final) + "\">\n";
    // Right after <head …>, or after <html …>, or at the very top.
    for (const char *tag : {"<head", "<html"}) {
        const qsizetype open = head.indexOf(tag);
        if (open < 0)
            continue;
        const qsizetype close = head.indexOf('>', open);
        if (close < 0)
            break;
        return html.left(close + 1) + marks + html.mid(close + 1);
    }
    return marks.mid(1) + html;
}

QString PageSaver::save(const FetchedPage& page, const QDir& folder, const QDateTime& fetchedAt, QString *error)
{
    const QString path = folder.filePath(fileNameFor(page, folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray bytes = page.isPdf() ? page.body : withOrigin(page.body, page.requested, page.final, fetchedAt);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return {};
    }
    return path;
}

QUrl PageSaver::sourceOf(const QByteArray& head)
{
    static const QRegularExpression source(QStringLiteral("<meta name=\"crosscheck:source\" content=\"([^\"]+)\""));
    const QRegularExpressionMatch m = source.match(QString::fromUtf8(head));
    if (!m.hasMatch())
        return {};
    return QUrl(m.captured(1).replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s), QUrl::StrictMode);
}

} // namespace Crosscheck::Core
