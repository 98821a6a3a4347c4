#pragma once

#include <QList>
#include <QUrl>

namespace Crosscheck::Core {

/// The items of an RSS (0.9x, 1.0, 2.0) or Atom feed: each item's page address and title.
class FeedParser
{
public:
    struct Item
    {
        QUrl url;
        QString title;
    };

    struct Result
    {
        QString title;     ///< the feed's own title
        QList<Item> items; ///< in the feed's order, each address once
        QString error;     ///< in words; empty when the bytes were a feed
    };

    /// Parses `xml`; relative item links are resolved against `base` (the feed's address).
    static Result parse(const QByteArray& xml, const QUrl& base);
};

} // namespace Crosscheck::Core
