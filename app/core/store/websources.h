#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace Crosscheck::Core {

class AnnotationStore;

/// What a folder fetched from the web and which feeds it follows, kept in the folder's store:
/// an address saved once is never fetched again (the address asked for and the one redirected to
/// both count), and a feed stays subscribed until removed.
class WebSources
{
public:
    struct Feed
    {
        QUrl url;
        QString title;
        QDateTime checkedAt; ///< invalid until first checked
    };

    explicit WebSources(const AnnotationStore *store);

    bool hasPage(const QUrl& url) const;
    /// The file a page became, under both addresses.
    bool recordPage(const QUrl& requested, const QUrl& final, const QString& file, const QDateTime& at);
    int pageCount() const;

    QList<Feed> feeds() const;
    /// Subscribes to `url`; true also when it was subscribed already.
    bool addFeed(const QUrl& url);
    bool removeFeed(const QUrl& url);
    bool setFeedChecked(const QUrl& url, const QString& title, const QDateTime& at);

    QString lastError() const { return m_error; }

private:
    bool fail(const QString& what, const QString& detail) const;

    QString m_connection;
    mutable QString m_error;
};

} // namespace Crosscheck::Core
