#include "articlereader.h"

#include "logging.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Crosscheck::Core {

namespace {

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.sliced(2).toUInt(&ok, 16)
                                                                                 : name.sliced(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")}, {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")}, {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")}, {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("euro"), QStringLiteral("\u20AC")},
        {QStringLiteral("pound"), QStringLiteral("\u00A3")}, {QStringLiteral("yen"), QStringLiteral("\u00A5")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},  {QStringLiteral("reg"), QStringLiteral("\u00AE")},
        {QStringLiteral("trade"), QStringLiteral("\u2122")}, {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")}, {QStringLiteral("bull"), QStringLiteral("\u2022")},
    };
    const auto it = named.constFind(name.toString());
    return it == named.constEnd() ? QString() : *it;
}

QString decodeEntities(const QString& in)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
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

} // namespace

QStringList ArticleReader::supportedNameFilters()
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
            QStringLiteral("*.html"), QStringLiteral("*.htm")};
}

QString ArticleReader::htmlToText(const QString& html)
{
    using RE = QRegularExpression;
    static const RE comments(QStringLiteral("<!--.*?-->"), RE::DotMatchesEverythingOption);
    static const RE dropped(
        QStringLiteral("<(script|style|noscript|template|svg|nav|footer|aside|form|iframe|object|head)\\b[^>]*>.*?</\\1\\s*>"),
        RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE blocks(
        QStringLiteral("</?(p|div|br|h[1-6]|li|tr|section|article|header|blockquote|pre|ul|ol|table|dd|dt|figcaption|main)\\b[^>]*>"),
        RE::CaseInsensitiveOption);
    static const RE tags(QStringLiteral("<[^>]*>"));
    static const RE spaces(QStringLiteral("[ \\t\\f\\v]+"));

    QString text = html;
    text.remove(comments);
    text.remove(dropped);
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(u'\n', QStringLiteral(" \n "));
    text = decodeEntities(text);

    QStringList lines;
    for (const QString& raw : text.split(u'\n')) {
        QString line = raw;
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QString ArticleReader::titleOf(const QString& text)
{
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        while (line.startsWith(u'#'))
            line = line.sliced(1).trimmed();
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}

ArticleReader::Result ArticleReader::read(const QString& filePath, const QString& relativePath, qint64 maxBytes)
{
    auto fail = [&](const QString& message) -> Result {
        qCDebug(lcArticles) << "cannot read" << filePath << message;
        return LoadError{filePath, relativePath, message};
    };

    const QFileInfo info(filePath);
    if (!info.exists())
        return fail(tr("the file no longer exists"));
    if (!info.isFile())
        return fail(tr("it is not a regular file"));
    if (info.size() > maxBytes)
        return fail(tr("it is %1, larger than the limit of %2")
                        .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxBytes)));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("it cannot be opened: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("reading failed: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return fail(tr("it is larger than the limit of %1").arg(QLocale().formattedDataSize(maxBytes)));

    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.binary)
        return fail(tr("it is not a text file (it contains binary data)"));

    const QString suffix = info.suffix().toLower();
    QString text = (suffix == u"html" || suffix == u"htm") ? htmlToText(decoded.text) : decoded.text;
    if (text.trimmed().isEmpty())
        return fail(tr("it contains no text"));

    Article article;
    article.filePath = filePath;
    article.relativePath = relativePath;
    article.title = titleOf(text);
    article.text = std::move(text);
    return article;
}

} // namespace Crosscheck::Core
