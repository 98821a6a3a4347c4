#include "exportsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace Crosscheck::Core::ExportSupport {

using namespace Qt::StringLiterals;

QString titleOf(const ExportData& data, const Exporter::Options& options)
{
    return options.title.isEmpty() ? QFileInfo(data.folder).fileName() : options.title;
}

QDateTime nowOf(const Exporter::Options& options)
{
    return options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
}

bool underTag(const QString& tag, const QString& filter)
{
    return tag == filter || tag.startsWith(filter + u'/');
}

// A tag as Obsidian and GitHub read it: no spaces.
QString hashTag(QString tag)
{
    static const QRegularExpression space(u"\\s+"_s);
    tag.replace(space, u"-"_s);
    return u'#' + tag;
}

QString oneLine(const QString& text)
{
    // Most quotes hold single spaces only: no need to run the expression over them.
    bool plain = true;
    for (qsizetype i = 0; plain && i < text.size(); ++i)
        plain = !text[i].isSpace() || (text[i] == u' ' && (i + 1 == text.size() || text[i + 1] != u' '));
    if (plain)
        return text.trimmed();
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

// The W3C text fragment that finds the quote in a browser: the whole quote when short, else its
// first and last words.
QString textFragment(const QString& exact)
{
    auto encode = [](const QString& s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(oneLine(s), QByteArray(), "-,&"));
    };
    const QStringList words = oneLine(exact).split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= 8)
        return u":~:text="_s + encode(exact);
    return u":~:text="_s + encode(words.mid(0, 4).join(u' ')) + u',' +
           encode(words.mid(words.size() - 4).join(u' '));
}

QString pathUrl(const QString& path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString articleLink(const ExportData& data, const Exporter::Options& options, const QString& relativePath)
{
    if (options.linkBase.isEmpty() || data.folder.isEmpty())
        return pathUrl(relativePath);
    const QString target = QDir(data.folder).absoluteFilePath(relativePath);
    return pathUrl(QDir(options.linkBase).relativeFilePath(target));
}

QString mdEscape(QString text)
{
    // Enough for quotes and table cells: nothing in a quote should become markup.
    text.replace(u'\\', u"\\\\"_s);
    for (const QChar c : {u'*', u'_', u'`', u'[', u']', u'<', u'>', u'|', u'#'})
        text.replace(c, u'\\' + QString(c));
    return text;
}

QString sentenceText(const ExportData& data, SentenceRef r)
{
    return data.articles[r.article].sentenceText(r.sentence).trimmed();
}

// Stable identifiers for REFI-QDA: the same tag or article always gets the same GUID.
QString guid(const QString& kind, const QString& name)
{
    static const QUuid ns = QUuid::fromString(u"{6f1d3c52-8a77-4c0e-9d3e-2f3a5c0b9e41}"_s);
    return QUuid::createUuidV5(ns, kind + u':' + name).toString(QUuid::WithoutBraces);
}

} // namespace Crosscheck::Core::ExportSupport
