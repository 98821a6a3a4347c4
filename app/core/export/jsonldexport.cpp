// Exporter::jsonLd and importJsonLd: W3C Web Annotations.

#include "exporter.h"

#include "exportsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

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

} // namespace Crosscheck::Core
