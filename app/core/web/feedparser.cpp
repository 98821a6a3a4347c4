#include "feedparser.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

namespace Crosscheck::Core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Crosscheck::Core::FeedParser", text);
}
} // namespace

FeedParser::Result FeedParser::parse(const QByteArray& xml, const QUrl& base)
{
    Result result;
    QXmlStreamReader reader(xml);
    bool atom = false;
    bool known = false;
    bool inItem = false;
    int depth = 0;
    Item item;
    QSet<QUrl> seen;
    auto finishItem = [&] {
        if (item.url.isValid() && (item.url.scheme() == u"http" || item.url.scheme() == u"https") &&
            !seen.contains(item.url)) {
            seen.insert(item.url);
            result.items.append(item);
        }
        item = {};
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = reader.name();
            if (depth == 1) {
                atom = name == u"feed";
                known = atom || name == u"rss" || name == u"RDF";
                if (!known)
                    break;
                continue;
            }
            if (name == u"item" || name == u"entry") {
                inItem = true;
                item = {};
            } else if (name == u"title") {
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
                if (inItem)
                    item.title = text;
                else if (result.title.isEmpty())
                    result.title = text;
            } else if (inItem && name == u"link") {
                QString href;
                if (atom) {
                    const QStringView rel = reader.attributes().value(u"rel");
                    if (!rel.isEmpty() && rel != u"alternate")
                        continue;
                    href = reader.attributes().value(u"href").toString();
                } else {
                    href = reader.readElementText().trimmed();
                    --depth;
                }
                if (!href.isEmpty() && !item.url.isValid())
                    item.url = base.resolved(QUrl(href.trimmed()));
            } else if (inItem && !atom && name == u"guid" &&
                       reader.attributes().value(u"isPermaLink") != u"false") {
                const QString guid = reader.readElementText().trimmed();
                --depth;
                if (!item.url.isValid() && guid.startsWith(u"http"))
                    item.url = QUrl(guid);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (reader.name() == u"item" || reader.name() == u"entry") {
                inItem = false;
                finishItem();
            }
        }
    }
    if (!known)
        result.error = tr("it is not an RSS or Atom feed");
    else if (reader.hasError() && result.items.isEmpty())
        result.error = tr("the feed cannot be read: %1").arg(reader.errorString());
    return result;
}

} // namespace Crosscheck::Core
