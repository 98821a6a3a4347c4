// Exporter::html: the articles as one HTML page with their highlights and notes.

#include "exporter.h"

#include "articles/folderscanner.h"
#include "exportsupport.h"
#include "highlighting/highlightrepository.h"
#include "highlighting/mentionhighlighter.h"

#include <KSyntaxHighlighting/Format>

#include <QDir>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

QByteArray Exporter::html(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    const QList<Annotation> annotations = selected(data, options);
    QHash<QString, QList<const Annotation *>> ofArticle;
    for (const Annotation& a : annotations)
        ofArticle[a.articlePath].append(&a);

    // The same colours as the reading view: the article definition's formats in the light theme.
    HighlightRepository repository;
    const KSyntaxHighlighting::Theme theme =
        repository.repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    const auto formats = repository.articleDefinition().formats();
    QString css = u"body{font-family:'DejaVu Sans',system-ui,sans-serif;max-width:56rem;margin:2rem auto;"
                  "padding:0 1rem;line-height:1.55;color:#1f2328;background:#fff}"
                  "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}"
                  ".meta{color:#666;font-size:.9rem}.text{white-space:pre-wrap}"
                  "mark{border-radius:2px;padding:0 1px}mark[title]{text-decoration:underline dotted}"
                  "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;"
                  "vertical-align:top;text-align:left}.tag{background:#eef;border-radius:3px;padding:0 .3rem;"
                  "margin-right:.2rem;font-size:.85rem}"_s;
    for (int k = int(MentionKind::Money); k <= int(MentionKind::Product); ++k) {
        const QString name = MentionHighlighter::formatName(MentionKind(k));
        const auto f =
            std::find_if(formats.cbegin(), formats.cend(),
                         [&name](const KSyntaxHighlighting::Format& x) { return x.name() == name; });
        if (f == formats.cend())
            continue;
        css += u".k-"_s + mentionKindName(MentionKind(k)) + u"{color:"_s + f->textColor(theme).name() +
               (f->isBold(theme) ? u";font-weight:bold"_s : QString()) +
               (f->isItalic(theme) ? u";font-style:italic"_s : QString()) + u'}';
    }

    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(false);
    out += u"<!DOCTYPE html>\n"_s;
    w.writeStartElement(u"html"_s);
    w.writeAttribute(u"lang"_s, u"en"_s);
    w.writeStartElement(u"head"_s);
    w.writeEmptyElement(u"meta"_s);
    w.writeAttribute(u"charset"_s, u"utf-8"_s);
    // Keeps an export saved into the articles folder from being read as an article.
    w.writeEmptyElement(u"meta"_s);
    w.writeAttribute(u"name"_s, u"generator"_s);
    w.writeAttribute(u"content"_s, QString::fromLatin1(FolderScanner::kHtmlGenerator));
    w.writeTextElement(u"title"_s, titleOf(data, options));
    w.writeTextElement(u"style"_s, css);
    w.writeEndElement();
    w.writeStartElement(u"body"_s);
    w.writeTextElement(u"h1"_s, titleOf(data, options));
    w.writeStartElement(u"p"_s);
    w.writeAttribute(u"class"_s, u"meta"_s);
    w.writeCharacters(tr("Exported from %1 on %2 · annotations: %3.")
                          .arg(QDir::toNativeSeparators(data.folder), nowOf(options).toString(Qt::ISODate))
                          .arg(annotations.size()));
    w.writeEndElement();

    // The annotations as a table, each linking to its place in the article below.
    w.writeTextElement(u"h2"_s, tr("Annotations"));
    w.writeStartElement(u"table"_s);
    w.writeStartElement(u"tr"_s);
    for (const QString& h : {tr("Quote"), tr("Source"), tr("Tags"), tr("Note"), tr("Other sources")})
        w.writeTextElement(u"th"_s, h);
    w.writeEndElement();
    for (const Annotation& a : annotations) {
        const Context c = folder.context(a);
        w.writeStartElement(u"tr"_s);
        w.writeStartElement(u"td"_s);
        w.writeStartElement(u"a"_s);
        w.writeAttribute(u"href"_s, u"#ann-"_s + a.uuid);
        w.writeCharacters(oneLine(a.exact));
        w.writeEndElement();
        w.writeEndElement();
        w.writeTextElement(u"td"_s, c.article ? c.article->sourceName() : a.articlePath);
        w.writeStartElement(u"td"_s);
        for (const QString& t : a.tags) {
            w.writeStartElement(u"span"_s);
            w.writeAttribute(u"class"_s, u"tag"_s);
            w.writeCharacters(t);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeTextElement(u"td"_s, a.note);
        w.writeStartElement(u"td"_s);
        for (const SentenceRef& r : c.others) {
            w.writeTextElement(u"b"_s, data.articles[r.article].sourceName());
            w.writeCharacters(u": "_s + sentenceText(data, r));
            w.writeEmptyElement(u"br"_s);
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // table

    // The articles, highlighted: figures and names in the theme's colours, annotations marked.
    for (int ai = 0; ai < data.articles.size(); ++ai) {
        const Article& article = data.articles[ai];
        if (!options.articles.isEmpty() && !options.articles.contains(article.relativePath))
            continue;
        if (!options.tags.isEmpty() && !ofArticle.contains(article.relativePath))
            continue;
        w.writeStartElement(u"section"_s);
        w.writeAttribute(u"id"_s, u"article-"_s + QString::number(ai + 1));
        w.writeTextElement(u"h2"_s, article.title.isEmpty() ? article.relativePath : article.title);
        w.writeStartElement(u"p"_s);
        w.writeAttribute(u"class"_s, u"meta"_s);
        QStringList meta;
        if (!article.outlet.isEmpty())
            meta.append(article.outlet);
        if (article.published.isValid())
            meta.append(article.published.toString(Qt::ISODate));
        meta.append(article.relativePath);
        w.writeCharacters(meta.join(u" · "_s));
        w.writeEndElement();

        struct Span
        {
            qsizetype start, end;
            const Annotation *annotation;
        };
        QList<Span> marks;
        const CodePointMap& map = folder.mapOf(ai);
        for (const Annotation *a : ofArticle.value(article.relativePath)) {
            if (!a->orphan)
                marks.append({map.toUtf16(a->start), map.toUtf16(a->end), a});
        }
        QList<qsizetype> cuts = {0, article.text.size()};
        for (const Mention& m : article.mentions)
            cuts << m.start << m.end;
        for (const Span& s : marks)
            cuts << s.start << s.end;
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        std::sort(marks.begin(), marks.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
        qsizetype next = 0;
        QList<const Span *> open;
        QSet<QString> anchored;
        w.writeStartElement(u"div"_s);
        w.writeAttribute(u"class"_s, u"text"_s);
        qsizetype mi = 0;
        for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
            const qsizetype from = cuts[k], to = cuts[k + 1];
            if (from < 0 || to > article.text.size() || from >= to)
                continue;
            while (mi < article.mentions.size() && article.mentions[mi].end <= from)
                ++mi;
            const Mention *mention = mi < article.mentions.size() && article.mentions[mi].start <= from
                                         ? &article.mentions[mi]
                                         : nullptr;
            // The covering annotation: the latest-starting of those still open (marks by start).
            while (next < marks.size() && marks[next].start <= from)
                open.append(&marks[next++]);
            open.removeIf([from](const Span *s) { return s->end <= from; });
            const Span *mark = open.isEmpty() ? nullptr : open.last();
            if (mark && !anchored.contains(mark->annotation->uuid) && mark->start == from) {
                anchored.insert(mark->annotation->uuid);
                w.writeEmptyElement(u"a"_s);
                w.writeAttribute(u"id"_s, u"ann-"_s + mark->annotation->uuid);
            }
            if (mark) {
                w.writeStartElement(u"mark"_s);
                // #rrggbb with a little transparency, in CSS order.
                w.writeAttribute(u"style"_s, u"background-color:"_s + mark->annotation->color + u"96"_s);
                if (!mark->annotation->note.isEmpty() || !mark->annotation->tags.isEmpty())
                    w.writeAttribute(u"title"_s, QString(mark->annotation->tags.join(u", "_s) + u'\n' +
                                                         mark->annotation->note)
                                                     .trimmed());
            }
            if (mention) {
                w.writeStartElement(u"span"_s);
                w.writeAttribute(u"class"_s, u"k-"_s + mentionKindName(mention->kind));
                if (mention->isFigure())
                    w.writeAttribute(u"title"_s, describeMention(*mention));
            }
            w.writeCharacters(article.text.sliced(from, to - from));
            if (mention)
                w.writeEndElement();
            if (mark)
                w.writeEndElement();
        }
        w.writeEndElement(); // div
        w.writeEndElement(); // section
    }
    w.writeEndElement(); // body
    w.writeEndElement(); // html
    out += u'\n';
    return out.toUtf8();
}

} // namespace Crosscheck::Core
