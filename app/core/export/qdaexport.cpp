// Exporter::qdc and qdpx: REFI-QDA codebook and project.

#include "exporter.h"

#include "exportsupport.h"
#include "zipwriter.h"

#include <QColor>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

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
