#pragma once

// What the format writers of Exporter share: the folder's articles and claims by path, and the
// small text helpers every format needs. Internal to the export directory.

#include "exporter.h"
#include "articles/codepointmap.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <map>

namespace Crosscheck::Core::ExportSupport {

// What an annotation is about beyond its own words: where it sits and what the other sources say.
struct Context
{
    const Article *article = nullptr;
    int articleIndex = -1;
    qsizetype start16 = 0, end16 = 0; ///< UTF-16 offsets in the current text
    int sentence = -1;
    int claim = -1;            ///< index into the alignment's claims
    QList<SentenceRef> others; ///< the claim's sentences in other articles
};

class Folder
{
public:
    explicit Folder(const ExportData& data)
        : m_data(data)
    {
        for (int i = 0; i < data.articles.size(); ++i)
            m_index.insert(data.articles[i].relativePath, i);
        for (int c = 0; c < data.alignment.claims.size(); ++c) {
            for (const SentenceRef& r : data.alignment.claims[c].sentences)
                m_claimOf.insert(key(r), c);
        }
    }

    const Article *article(const QString& path) const
    {
        const int i = m_index.value(path, -1);
        return i >= 0 ? &m_data.articles[i] : nullptr;
    }
    int indexOf(const QString& path) const { return m_index.value(path, -1); }
    int claimOf(SentenceRef r) const { return m_claimOf.value(key(r), -1); }

    Context context(const Annotation& a) const
    {
        Context c;
        c.articleIndex = indexOf(a.articlePath);
        if (c.articleIndex < 0)
            return c;
        c.article = &m_data.articles[c.articleIndex];
        const CodePointMap& map = mapOf(c.articleIndex);
        c.start16 = map.toUtf16(a.start);
        c.end16 = map.toUtf16(a.end);
        if (a.orphan)
            return c;
        c.sentence = c.article->sentenceAt(c.start16);
        c.claim = c.sentence >= 0 ? claimOf({c.articleIndex, c.sentence}) : -1;
        if (c.claim >= 0) {
            for (const SentenceRef& r : m_data.alignment.claims[c.claim].sentences) {
                if (r.article != c.articleIndex)
                    c.others.append(r);
            }
        }
        return c;
    }

    const CodePointMap& mapOf(int article) const
    {
        auto it = m_maps.find(article);
        if (it == m_maps.end())
            it = m_maps.emplace(article, CodePointMap(m_data.articles[article].text)).first;
        return it->second;
    }

private:
    static qint64 key(SentenceRef r) { return (qint64(r.article) << 32) | quint32(r.sentence); }

    const ExportData& m_data;
    QHash<QString, int> m_index;
    QHash<qint64, int> m_claimOf;
    mutable std::map<int, CodePointMap> m_maps;
};

QString titleOf(const ExportData& data, const Exporter::Options& options);
QDateTime nowOf(const Exporter::Options& options);
bool underTag(const QString& tag, const QString& filter);
/// A tag as Obsidian and GitHub read it: no spaces.
QString hashTag(QString tag);
QString oneLine(const QString& text);
/// The W3C text fragment that finds the quote in a browser: the whole quote when short, else its
/// first and last words.
QString textFragment(const QString& exact);
QString pathUrl(const QString& path);
/// The link to an article from where the export is written (Options::linkBase), percent-encoded.
QString articleLink(const ExportData& data, const Exporter::Options& options, const QString& relativePath);
/// Enough for quotes and table cells: nothing in a quote should become markup.
QString mdEscape(QString text);
QString sentenceText(const ExportData& data, SentenceRef r);
/// Stable identifiers for REFI-QDA: the same tag or article always gets the same GUID.
QString guid(const QString& kind, const QString& name);

} // namespace Crosscheck::Core::ExportSupport
