#include "exporter.h"

#include "articles/codepointmap.h"
#include "highlighting/highlightrepository.h"
#include "highlighting/mentionhighlighter.h"
#include "zipwriter.h"

#include <KSyntaxHighlighting/Format>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

std::optional<Exporter::Format> Exporter::formatFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"html")
        return Format::Html;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"jsonld" || n == u"json-ld" || n == u"w3c")
        return Format::JsonLd;
    if (n == u"qdpx" || n == u"refi-qda")
        return Format::Qdpx;
    if (n == u"qdc")
        return Format::Qdc;
    return std::nullopt;
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return tr("Markdown");
    case Format::Html:
        return tr("HTML (one self-contained file)");
    case Format::Csv:
        return tr("CSV (one row per annotation)");
    case Format::JsonLd:
        return tr("W3C Web Annotation (JSON-LD)");
    case Format::Qdpx:
        return tr("REFI-QDA project (.qdpx)");
    case Format::Qdc:
        return tr("REFI-QDA codebook (.qdc)");
    }
    return {};
}

QString Exporter::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::JsonLd:
        return u"jsonld"_s;
    case Format::Qdpx:
        return u"qdpx"_s;
    case Format::Qdc:
        return u"qdc"_s;
    }
    return {};
}

QList<Annotation> Exporter::selected(const ExportData& data, const Options& options)
{
    QList<Annotation> out;
    for (const Annotation& a : data.annotations) {
        if (!options.articles.isEmpty() && !options.articles.contains(a.articlePath))
            continue;
        if (options.from.isValid() && a.created < options.from)
            continue;
        if (options.to.isValid() && a.created > options.to)
            continue;
        if (!options.tags.isEmpty()) {
            const bool tagged = std::any_of(a.tags.cbegin(), a.tags.cend(), [&options](const QString& t) {
                return std::any_of(options.tags.cbegin(), options.tags.cend(),
                                   [&t](const QString& f) { return underTag(t, f); });
            });
            if (!tagged)
                continue;
        }
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Annotation& x, const Annotation& y) {
        return x.articlePath != y.articlePath ? x.articlePath < y.articlePath : x.start < y.start;
    });
    return out;
}

QByteArray Exporter::exportData(const ExportData& data, const Options& options)
{
    switch (options.format) {
    case Format::Markdown:
        return markdown(data, options);
    case Format::Html:
        return html(data, options);
    case Format::Csv:
        return csv(data, options);
    case Format::JsonLd:
        return jsonLd(data, options);
    case Format::Qdpx:
        return qdpx(data, options);
    case Format::Qdc:
        return qdc(data, options);
    }
    return {};
}

bool Exporter::write(const ExportData& data, const Options& options, const QString& path, QString *error)
{
    const QByteArray bytes = exportData(data, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<std::pair<QString, QByteArray>> Exporter::documents(const ExportData& data, const Options& options)
{
    QList<std::pair<QString, QByteArray>> out;
    const QString base = titleOf(data, options);
    auto safe = [](QString name) {
        static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
        name.replace(unsafe, u"-"_s);
        return name.isEmpty() ? u"notes"_s : name;
    };
    Options one = options;
    one.format = Format::Markdown;
    one.split = Split::None;
    if (options.split == Split::None) {
        out.append({safe(base) + u".md"_s, markdown(data, one)});
    } else if (options.split == Split::PerArticle) {
        QStringList paths;
        for (const Annotation& a : selected(data, options)) {
            if (!paths.contains(a.articlePath))
                paths.append(a.articlePath);
        }
        for (const QString& path : std::as_const(paths)) {
            Options only = one;
            only.articles = {path};
            only.title = base + u" — "_s + path;
            QString name = path;
            name.replace(u'/', u"--"_s);
            out.append({safe(QFileInfo(name).completeBaseName()) + u".md"_s, markdown(data, only)});
        }
    } else {
        QStringList tags;
        for (const Annotation& a : selected(data, options)) {
            for (const QString& t : a.tags) {
                if (!tags.contains(t))
                    tags.append(t);
            }
        }
        tags.sort();
        for (const QString& tag : std::as_const(tags)) {
            Options only = one;
            only.tags = {tag};
            only.title = base + u" — #"_s + tag;
            // Only annotations carrying exactly this tag or one under it, within the user's filter.
            ExportData subset = data;
            subset.annotations = selected(data, options);
            out.append({safe(QString(tag).replace(u'/', u"--"_s)) + u".md"_s, markdown(subset, only)});
        }
    }
    return out;
}

bool Exporter::writeDocuments(const ExportData& data, const Options& options, const QString& directory,
                              QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    for (const auto& [name, bytes] : documents(data, options)) {
        QSaveFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error =
                    tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(QDir(directory).filePath(name)), file.errorString());
            return false;
        }
    }
    return true;
}

// ---- Markdown ----------------------------------------------------------------------------

QByteArray Exporter::markdown(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    const QList<Annotation> annotations = selected(data, options);
    QString md;
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
               pathUrl(a.articlePath) + u'#' + textFragment(a.exact) + u") · "_s +
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
                meta.append(u'[' + mdEscape(current) + u"]("_s + pathUrl(current) + u')');
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

// ---- HTML -----------------------------------------------------------------------------------

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

// ---- CSV ------------------------------------------------------------------------------------

QByteArray Exporter::csv(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    auto field = [](const QString& value) -> QString {
        if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
            !value.contains(u'\r'))
            return value;
        return u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
    };
    QString out;
    const QStringList header = {u"id"_s,     u"article"_s,  u"outlet"_s, u"title"_s,        u"published"_s,
                                u"start"_s,  u"end"_s,      u"quote"_s,  u"prefix"_s,       u"suffix"_s,
                                u"tags"_s,   u"note"_s,     u"colour"_s, u"created"_s,      u"modified"_s,
                                u"orphan"_s, u"sentence"_s, u"claim"_s,  u"other_sources"_s};
    out += header.join(u',') + u"\r\n"_s;
    for (const Annotation& a : selected(data, options)) {
        const Context c = folder.context(a);
        QStringList others;
        for (const SentenceRef& r : c.others)
            others.append(data.articles[r.article].sourceName() + u": "_s + sentenceText(data, r));
        const QStringList row = {
            a.uuid,
            a.articlePath,
            c.article ? c.article->outlet : QString(),
            c.article ? c.article->title : QString(),
            c.article && c.article->published.isValid() ? c.article->published.toString(Qt::ISODate)
                                                        : QString(),
            QString::number(a.start),
            QString::number(a.end),
            a.exact,
            a.prefix,
            a.suffix,
            a.tags.join(u"; "_s),
            a.note,
            a.color,
            a.created.toUTC().toString(Qt::ISODate),
            a.modified.toUTC().toString(Qt::ISODate),
            a.orphan ? u"yes"_s : u"no"_s,
            c.sentence >= 0 ? QString::number(c.sentence + 1) : QString(),
            c.claim >= 0 ? QString::number(data.alignment.claims[c.claim].id) : QString(),
            others.join(u" | "_s),
        };
        QStringList fields;
        for (const QString& f : row)
            fields.append(field(f));
        out += fields.join(u',') + u"\r\n"_s;
    }
    QByteArray bytes = out.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

// ---- W3C Web Annotation ----------------------------------------------------------------------

namespace {
// JSON written as it goes: a QJsonDocument of 100,000 annotations costs several times the time
// and memory of the text itself.
void jsonString(QString& out, const QString& value)
{
    out += u'"';
    // Runs of ordinary characters are copied at once; only quotes, backslashes and control
    // characters are escaped.
    const QChar *data = value.constData();
    qsizetype run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            out += u"\\u%1"_s.arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(data + run, value.size() - run);
    out += u'"';
}

void jsonField(QString& out, const QString& indent, const QString& key, const QString& value,
               bool last = false)
{
    out += indent;
    jsonString(out, key);
    out += u": "_s;
    jsonString(out, value);
    out += last ? u"\n"_s : u",\n"_s;
}
} // namespace

QByteArray Exporter::jsonLd(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    const QList<Annotation> annotations = selected(data, options);
    QHash<qint64, QString> linking;
    // Each annotation is built as text and added to the bytes at once: no giant string to grow.
    QByteArray bytes;
    bytes.reserve(annotations.size() * 1500);
    QString out;
    out += u"{\n"_s;
    jsonField(out, u"  "_s, u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s);
    jsonField(out, u"  "_s, u"type"_s, u"AnnotationCollection"_s);
    jsonField(out, u"  "_s, u"label"_s, titleOf(data, options));
    jsonField(out, u"  "_s, u"generated"_s, nowOf(options).toUTC().toString(Qt::ISODate));
    out += u"  \"generator\": {\"type\": \"Software\", \"name\": \"Crosscheck\"},\n"_s;
    out += u"  \"total\": "_s + QString::number(annotations.size()) + u",\n"_s;
    out += u"  \"first\": {\n    \"type\": \"AnnotationPage\",\n    \"items\": ["_s;
    const QString in = u"        "_s, in2 = u"          "_s, in3 = u"              "_s;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation& a = annotations[i];
        bytes += out.toUtf8();
        out.clear();
        out += i == 0 ? u"\n      {\n"_s : u",\n      {\n"_s;
        jsonField(out, in, u"id"_s, u"urn:uuid:"_s + a.uuid);
        jsonField(out, in, u"type"_s, u"Annotation"_s);
        jsonField(out, in, u"motivation"_s, u"highlighting"_s);
        jsonField(out, in, u"created"_s, a.created.toUTC().toString(Qt::ISODateWithMs));
        jsonField(out, in, u"modified"_s, a.modified.toUTC().toString(Qt::ISODateWithMs));
        QStringList bodies;
        for (const QString& t : a.tags) {
            QString body = u"{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": "_s;
            jsonString(body, t);
            bodies.append(body + u'}');
        }
        if (!a.note.isEmpty()) {
            QString body =
                u"{\"type\": \"TextualBody\", \"purpose\": \"commenting\", \"format\": \"text/markdown\", \"value\": "_s;
            jsonString(body, a.note);
            bodies.append(body + u'}');
        }
        // Provenance: the matching sentences of the other sources, as linking bodies (written once
        // per sentence: several highlights often share one).
        for (const SentenceRef& r : folder.context(a).others) {
            const qint64 key = (qint64(r.article) << 32) | quint32(r.sentence);
            auto cached = linking.constFind(key);
            if (cached == linking.cend()) {
                const Article& other = data.articles[r.article];
                QString body = u"{\"type\": \"SpecificResource\", \"purpose\": \"linking\", \"source\": "_s;
                jsonString(body, other.relativePath);
                body += u", \"label\": "_s;
                jsonString(body, other.sourceName());
                body += u", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": "_s;
                jsonString(body, sentenceText(data, r));
                cached = linking.insert(key, body + u"}}"_s);
            }
            bodies.append(*cached);
        }
        if (!bodies.isEmpty())
            out += in + u"\"body\": [\n"_s + in2 + bodies.join(u",\n"_s + in2) + u"\n"_s + in + u"],\n"_s;
        out += in + u"\"stylesheet\": {\"type\": \"CssStylesheet\", \"value\": "_s;
        jsonString(out, u".highlight { background-color: "_s + a.color + u"; }"_s);
        out += u"},\n"_s + in + u"\"target\": {\n"_s;
        jsonField(out, in2, u"source"_s, a.articlePath);
        jsonField(out, in2, u"styleClass"_s, u"highlight"_s);
        out += in2 + u"\"selector\": [\n"_s + in2 + u"  {\n"_s;
        jsonField(out, in3, u"type"_s, u"TextQuoteSelector"_s);
        jsonField(out, in3, u"exact"_s, a.exact);
        jsonField(out, in3, u"prefix"_s, a.prefix);
        jsonField(out, in3, u"suffix"_s, a.suffix, true);
        out += in2 + u"  },\n"_s + in2 + u"  {\"type\": \"TextPositionSelector\", \"start\": "_s +
               QString::number(a.start) + u", \"end\": "_s + QString::number(a.end) + u"}\n"_s + in2 +
               u"]\n"_s + in + u"}\n      }"_s;
    }
    out += annotations.isEmpty() ? u"]\n  }\n}\n"_s : u"\n    ]\n  }\n}\n"_s;
    bytes += out.toUtf8();
    return bytes;
}

std::optional<QList<Annotation>> Exporter::importJsonLd(const QByteArray& json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    auto fail = [error](const QString& why) -> std::optional<QList<Annotation>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray items;
    const QJsonObject root = document.object();
    const QString type = root.value(u"type"_s).toString();
    if (document.isArray())
        items = document.array();
    else if (type == u"AnnotationCollection")
        items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
    else if (type == u"AnnotationPage")
        items = root.value(u"items"_s).toArray();
    else if (type == u"Annotation")
        items = {root};
    else
        return fail(
            tr("it holds no W3C annotations (no AnnotationCollection, AnnotationPage or Annotation)"));

    static const QRegularExpression colour(u"background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})"_s);
    QList<Annotation> out;
    for (const auto& value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        QJsonObject target = item.value(u"target"_s).toObject();
        if (item.value(u"target"_s).isArray())
            target = item.value(u"target"_s).toArray().first().toObject();
        Annotation a;
        const QString id = item.value(u"id"_s).toString();
        a.uuid = id.startsWith(u"urn:uuid:"_s)
                     ? id.mid(9)
                     : QUuid::createUuidV5(
                           QUuid(), id.isEmpty() ? QString::fromUtf8(QJsonDocument(item).toJson()) : id)
                           .toString(QUuid::WithoutBraces);
        a.articlePath = target.value(u"source"_s).toString();
        QJsonArray selectors = target.value(u"selector"_s).toArray();
        if (target.value(u"selector"_s).isObject())
            selectors = {target.value(u"selector"_s)};
        bool positioned = false, quoted = false;
        for (const auto& s : std::as_const(selectors)) {
            const QJsonObject selector = s.toObject();
            if (selector.value(u"type"_s).toString() == u"TextQuoteSelector") {
                a.exact = selector.value(u"exact"_s).toString();
                a.prefix = selector.value(u"prefix"_s).toString();
                a.suffix = selector.value(u"suffix"_s).toString();
                quoted = true;
            } else if (selector.value(u"type"_s).toString() == u"TextPositionSelector") {
                a.start = selector.value(u"start"_s).toInteger();
                a.end = selector.value(u"end"_s).toInteger();
                positioned = true;
            }
        }
        if (a.articlePath.isEmpty() || !quoted)
            return fail(tr("annotation %1 has no source or no TextQuoteSelector").arg(out.size() + 1));
        if (!positioned)
            a.end = a.start + a.exact.toUcs4().size();
        QJsonArray bodies = item.value(u"body"_s).toArray();
        if (item.value(u"body"_s).isObject())
            bodies = {item.value(u"body"_s)};
        for (const auto& b : std::as_const(bodies)) {
            const QJsonObject body = b.toObject();
            const QString purpose = body.value(u"purpose"_s).toString();
            if (purpose == u"tagging")
                a.tags.append(body.value(u"value"_s).toString());
            else if ((purpose == u"commenting" || purpose.isEmpty()) && body.contains(u"value"_s))
                a.note = body.value(u"value"_s).toString(); // linking bodies are the export's provenance
        }
        if (const auto m = colour.match(item.value(u"stylesheet"_s).toObject().value(u"value"_s).toString());
            m.hasMatch())
            a.color = m.captured(1).toLower();
        a.created = QDateTime::fromString(item.value(u"created"_s).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(item.value(u"modified"_s).toString(), Qt::ISODateWithMs);
        if (!a.created.isValid())
            a.created = QDateTime::currentDateTimeUtc();
        if (!a.modified.isValid())
            a.modified = a.created;
        out.append(a);
    }
    return out;
}

// ---- REFI-QDA -------------------------------------------------------------------------------

namespace {

// The tag tree as REFI-QDA codes, children inside their parents.
void writeCodes(QXmlStreamWriter& w, const QList<Tag>& tags, const QString& parent)
{
    for (const Tag& t : tags) {
        const qsizetype slash = t.path.lastIndexOf(u'/');
        const QString parentOf = slash < 0 ? QString() : t.path.left(slash);
        if (parentOf != parent)
            continue;
        w.writeStartElement(u"Code"_s);
        w.writeAttribute(u"guid"_s, guid(u"code"_s, t.path));
        w.writeAttribute(u"name"_s, t.path.mid(slash + 1));
        w.writeAttribute(u"isCodable"_s, u"true"_s);
        if (QColor::isValidColorName(t.color))
            w.writeAttribute(u"color"_s, QColor::fromString(t.color).name().toUpper());
        if (!t.description.isEmpty())
            w.writeTextElement(u"Description"_s, t.description);
        writeCodes(w, tags, t.path);
        w.writeEndElement();
    }
}

// Every tag the annotations use, with its parents, whether or not the store listed it.
QList<Tag> allTags(const ExportData& data, const QList<Annotation>& annotations)
{
    QList<Tag> tags = data.tags;
    QSet<QString> known;
    for (const Tag& t : tags)
        known.insert(t.path);
    for (const Annotation& a : annotations) {
        for (const QString& path : a.tags) {
            const QStringList parts = path.split(u'/');
            for (int i = 1; i <= parts.size(); ++i) {
                const QString p = parts.mid(0, i).join(u'/');
                if (!known.contains(p)) {
                    known.insert(p);
                    tags.append({p, {}, {}, 0});
                }
            }
        }
    }
    std::sort(tags.begin(), tags.end(), [](const Tag& x, const Tag& y) { return x.path < y.path; });
    return tags;
}

} // namespace

QByteArray Exporter::qdc(const ExportData& data, const Options& options)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"CodeBook"_s);
    w.writeDefaultNamespace(u"urn:QDA-XML:codebook:1.0"_s);
    w.writeAttribute(u"origin"_s, u"Crosscheck"_s);
    w.writeStartElement(u"Codes"_s);
    writeCodes(w, allTags(data, selected(data, options)), {});
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray Exporter::qdpx(const ExportData& data, const Options& options)
{
    const Folder folder(data);
    const QList<Annotation> annotations = selected(data, options);
    const QString user = guid(u"user"_s, u"Crosscheck"_s);
    const QString when = nowOf(options).toUTC().toString(Qt::ISODate);
    ZipWriter zip;
    QByteArray project;
    QXmlStreamWriter w(&project);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"Project"_s);
    w.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
    w.writeAttribute(u"name"_s, titleOf(data, options));
    w.writeAttribute(u"origin"_s, u"Crosscheck"_s);
    w.writeAttribute(u"creatingUserGUID"_s, user);
    w.writeAttribute(u"creationDateTime"_s, when);
    w.writeStartElement(u"Users"_s);
    w.writeEmptyElement(u"User"_s);
    w.writeAttribute(u"guid"_s, user);
    w.writeAttribute(u"name"_s, u"Crosscheck"_s);
    w.writeEndElement();
    w.writeStartElement(u"CodeBook"_s);
    w.writeStartElement(u"Codes"_s);
    writeCodes(w, allTags(data, annotations), {});
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"Sources"_s);
    QHash<QString, QList<const Annotation *>> ofArticle;
    for (const Annotation& a : annotations)
        ofArticle[a.articlePath].append(&a);
    for (const Article& article : data.articles) {
        if (!options.articles.isEmpty() && !options.articles.contains(article.relativePath))
            continue;
        if (!options.tags.isEmpty() && !ofArticle.contains(article.relativePath))
            continue;
        const QString source = guid(u"source"_s, article.relativePath);
        zip.add(u"Sources/"_s + source + u".txt"_s, article.text.toUtf8());
        w.writeStartElement(u"TextSource"_s);
        w.writeAttribute(u"guid"_s, source);
        w.writeAttribute(u"name"_s, article.title.isEmpty() ? article.relativePath : article.title);
        w.writeAttribute(u"plainTextPath"_s, u"internal://"_s + source + u".txt"_s);
        w.writeAttribute(u"creatingUser"_s, user);
        w.writeAttribute(u"creationDateTime"_s, when);
        w.writeTextElement(u"Description"_s,
                           (article.outlet.isEmpty() ? QString() : article.outlet + u" · "_s) +
                               article.relativePath);
        for (const Annotation *a : ofArticle.value(article.relativePath)) {
            if (a->orphan)
                continue; // its place in this text is unknown
            w.writeStartElement(u"PlainTextSelection"_s);
            w.writeAttribute(u"guid"_s, a->uuid);
            w.writeAttribute(u"name"_s, oneLine(a->exact).left(60));
            w.writeAttribute(u"startPosition"_s, QString::number(a->start));
            w.writeAttribute(u"endPosition"_s, QString::number(a->end));
            w.writeAttribute(u"creatingUser"_s, user);
            w.writeAttribute(u"creationDateTime"_s, a->created.toUTC().toString(Qt::ISODate));
            // The note, then where the other sources say the same.
            QString description = a->note;
            for (const SentenceRef& r : folder.context(*a).others)
                description += (description.isEmpty() ? QString() : u"\n"_s) +
                               data.articles[r.article].sourceName() + u": "_s + sentenceText(data, r);
            if (!description.isEmpty())
                w.writeTextElement(u"Description"_s, description);
            for (const QString& tag : a->tags) {
                w.writeStartElement(u"Coding"_s);
                w.writeAttribute(u"guid"_s, guid(u"coding"_s, a->uuid + u'/' + tag));
                w.writeAttribute(u"creatingUser"_s, user);
                w.writeEmptyElement(u"CodeRef"_s);
                w.writeAttribute(u"targetGUID"_s, guid(u"code"_s, tag));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // Sources
    w.writeEndElement(); // Project
    w.writeEndDocument();
    zip.add(u"project.qde"_s, project);
    return zip.finish();
}

} // namespace Crosscheck::Core
