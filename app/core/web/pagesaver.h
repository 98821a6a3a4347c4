#pragma once

#include "webfetcher.h"

#include <QDateTime>
#include <QDir>

namespace Crosscheck::Core {

/// Writes a fetched page into the articles folder as `<outlet>-<slug>.html` (or `.pdf`): whole, or
/// not at all (QSaveFile), never over another file. An HTML page keeps its bytes as fetched, with
/// three lines added at the top of its head that say where and when it came from: the address
/// asked for (`crosscheck:source`), the time (`crosscheck:fetched`), and a canonical link when the
/// page declares none, so the reader names its outlet from the address.
class PageSaver
{
public:
    /// "news.bbc.co.uk" gives "bbc", "edition.cnn.com" "cnn".
    static QString outletName(const QUrl& url);
    /// A file name for `page` in `folder` that no file has yet.
    static QString fileNameFor(const FetchedPage& page, const QDir& folder);
    /// The HTML with its origin recorded (see the class).
    static QByteArray withOrigin(const QByteArray& html, const QUrl& requested, const QUrl& final,
                                 const QDateTime& fetchedAt);
    /// Saves `page` into `folder`; the path written, or empty and `error` said.
    static QString save(const FetchedPage& page, const QDir& folder, const QDateTime& fetchedAt, QString *error);
    /// The address a saved page came from (its crosscheck:source), read from its first bytes.
    static QUrl sourceOf(const QByteArray& head);
};

} // namespace Crosscheck::Core
