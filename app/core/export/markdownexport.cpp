// Exporter::markdown: the annotations as Markdown notes, by article, tag or claim.

#include "exporter.h"

#include "articles/folderscanner.h"
#include "exportsupport.h"

#include <QDir>
#include <QHash>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

QByteArray Exporter::markdown(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    const QList<Annotation> annotations = selected(data, options);
    // The mark keeps an export saved into the articles folder from being read as an article.
    QString md = QString::fromLatin1(FolderScanner::kMarkdownExportMark) + u"\n\n"_s;
    md += u"# "_s + mdEscape(titleOf(data, options)) + u"\n\n"_s;
    QSet<QString> articlesWith;
    for (const Annotation& a : annotations)
        articlesWith.insert(a.articlePath);
    md += tr("Exported from `%1` on %2 · annotations: %3 · articles: %4.")
              .arg(QDir::toNativeSeparators(data.folder), nowOf(options).toString(Qt::ISODate))
              .arg(annotations.size())
              .arg(articlesWith.size());
    if (!options.tags.isEmpty())
        md += u' ' + tr("Tags: %1.").arg(options.tags.join(u", "_s));
    md += u"\n\n"_s;

    QHash<qint64, QString> otherSources;
    const QString otherSourcesLabel = tr("Other sources");
    const QString charactersLabel = tr("characters %1–%2");
    auto quoteBlock = [&](const Annotation& a) {
        const Context c = folder.context(a);
        QString out;
        for (const QString& line : a.exact.trimmed().split(u'\n'))
            out += u"> "_s + mdEscape(line) + u'\n';
        const QString outlet = c.article ? c.article->sourceName() : a.articlePath;
        out += u">\n> — "_s + mdEscape(outlet) + u", ["_s + mdEscape(a.articlePath) + u"]("_s +
               articleLink(data, options, a.articlePath) + u'#' + textFragment(a.exact) + u") · "_s +
               charactersLabel.arg(a.start).arg(a.end) + u'\n';
        if (a.orphan)
            out += u">\n> *"_s + tr("Not found in the current text of the article.") + u"*\n"_s;
        out += u'\n';
        if (!a.tags.isEmpty()) {
            QStringList tags;
            for (const QString& t : a.tags)
                tags.append(hashTag(t));
            out += tags.join(u' ') + u"\n\n"_s;
        }
        if (!a.note.trimmed().isEmpty())
            out += a.note.trimmed() + u"\n\n"_s;
        if (!c.others.isEmpty()) {
            // The same for every highlight of one article in one claim: written once.
            const qint64 key = (qint64(c.claim) << 32) | quint32(c.articleIndex);
            auto block = otherSources.constFind(key);
            if (block == otherSources.cend()) {
                QString text = u"**"_s + otherSourcesLabel + u":**\n\n"_s;
                for (const SentenceRef& r : c.others)
                    text += u"- **"_s + mdEscape(data.articles[r.article].sourceName()) + u"**: “"_s +
                            mdEscape(sentenceText(data, r)) + u"”\n"_s;
                block = otherSources.insert(key, text + u'\n');
            }
            out += *block;
        }
        return out;
    };

    auto byArticle = [&](const QList<Annotation>& list, const QString& heading) {
        QString out, current;
        for (const Annotation& a : list) {
            if (a.articlePath != current) {
                current = a.articlePath;
                const Article *article = folder.article(current);
                out += heading + mdEscape(article && !article->title.isEmpty() ? article->title : current) +
                       u"\n\n"_s;
                QStringList meta;
                if (article && !article->outlet.isEmpty())
                    meta.append(u'*' + mdEscape(article->outlet) + u'*');
                if (article && article->published.isValid())
                    meta.append(article->published.toString(Qt::ISODate));
                meta.append(u'[' + mdEscape(current) + u"]("_s + articleLink(data, options, current) + u')');
                out += meta.join(u" · "_s) + u"\n\n"_s;
            }
            out += quoteBlock(a);
        }
        return out;
    };

    if (options.grouping == Grouping::ByArticle) {
        md += byArticle(annotations, u"## "_s);
    } else {
        // Claims first, most widely carried first; then what belongs to no claim.
        QMap<int, QList<Annotation>> byClaim;
        QList<Annotation> loose;
        for (const Annotation& a : annotations) {
            const Context c = folder.context(a);
            if (c.claim >= 0)
                byClaim[c.claim].append(a);
            else
                loose.append(a);
        }
        QHash<int, QList<const Discrepancy *>> discrepanciesOf; // by claim id
        for (const Discrepancy& d : data.discrepancies)
            discrepanciesOf[d.claim].append(&d);
        for (auto it = byClaim.cbegin(); it != byClaim.cend(); ++it) {
            const Claim& claim = data.alignment.claims[it.key()];
            md += u"## "_s + tr("Claim %1").arg(claim.id) + u": "_s +
                  mdEscape(oneLine(sentenceText(data, claim.sentences.first())).left(90)) + u"\n\n"_s;
            md += u"| "_s + tr("Source") + u" | "_s + tr("What it says") + u" |\n|---|---|\n"_s;
            QSet<int> carriers;
            for (const SentenceRef& ref : claim.sentences) {
                carriers.insert(ref.article);
                md += u"| "_s + mdEscape(data.articles[ref.article].sourceName()) + u" | "_s +
                      mdEscape(oneLine(sentenceText(data, ref))) + u" |\n"_s;
            }
            // The sources that do not carry it: named in a small folder, counted in a large one.
            const qsizetype silentCount = data.articles.size() - carriers.size();
            if (silentCount > 10) {
                md += u"| *"_s + tr("not reported") + u"* | "_s + tr("%1 other sources").arg(silentCount) +
                      u" |\n"_s;
            } else if (silentCount > 0) {
                QStringList silent;
                for (int a = 0; a < data.articles.size(); ++a) {
                    if (!carriers.contains(a))
                        silent.append(mdEscape(data.articles[a].sourceName()));
                }
                md += u"| *"_s + tr("not reported") + u"* | "_s + silent.join(u", "_s) + u" |\n"_s;
            }
            md += u'\n';
            QStringList notes;
            for (const Discrepancy *d : discrepanciesOf.value(claim.id))
                notes.append(u"- **"_s + DiscrepancyFinder::kindName(d->kind) + u"** ("_s +
                             mdEscape(d->topic) + u"): "_s + mdEscape(d->note));
            if (!notes.isEmpty())
                md += u"**"_s + tr("Figures that disagree") + u":**\n\n"_s + notes.join(u'\n') + u"\n\n"_s;
            for (const Annotation& a : it.value())
                md += quoteBlock(a);
        }
        if (!loose.isEmpty()) {
            md += u"## "_s + tr("Outside the claims") + u"\n\n"_s;
            md += byArticle(loose, u"### "_s);
        }
    }
    return md.toUtf8();
}

} // namespace Crosscheck::Core
