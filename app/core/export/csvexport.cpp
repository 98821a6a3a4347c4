// Exporter::csv: one row per annotation.

#include "exporter.h"

#include "exportsupport.h"

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

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

} // namespace Crosscheck::Core
