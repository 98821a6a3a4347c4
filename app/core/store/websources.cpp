#include "websources.h"

#include "annotationstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Crosscheck::Core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Crosscheck::Core::WebSources", text);
}

QString key(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}
} // namespace

WebSources::WebSources(const AnnotationStore *store)
    : m_connection(store->connectionName())
{
}

bool WebSources::fail(const QString& what, const QString& detail) const
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    return false;
}

bool WebSources::hasPage(const QUrl& url) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM web_pages WHERE url = ?"));
    q.addBindValue(key(url));
    return q.exec() && q.next();
}

bool WebSources::recordPage(const QUrl& requested, const QUrl& final, const QString& file, const QDateTime& at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const QUrl& url : {requested, final}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO web_pages(url, file, fetched_at) VALUES (?, ?, ?)"));
        q.addBindValue(key(url));
        q.addBindValue(file);
        q.addBindValue(at.toUTC().toString(Qt::ISODate));
        if (!q.exec())
            return fail(tr("Cannot record the saved page"), q.lastError().text());
    }
    return true;
}

int WebSources::pageCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(DISTINCT file) FROM web_pages")) && q.next() ? q.value(0).toInt() : 0;
}

QList<WebSources::Feed> WebSources::feeds() const
{
    QList<Feed> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT url, title, checked_at FROM feeds ORDER BY rowid"))) {
        fail(tr("Cannot read the feeds"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({QUrl(q.value(0).toString()), q.value(1).toString(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODate)});
    return out;
}

bool WebSources::addFeed(const QUrl& url)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO feeds(url, title, added_at) VALUES (?, '', ?)"));
    q.addBindValue(key(url));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec() || fail(tr("Cannot subscribe to the feed"), q.lastError().text());
}

bool WebSources::removeFeed(const QUrl& url)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM feeds WHERE url = ?"));
    q.addBindValue(key(url));
    return q.exec() || fail(tr("Cannot remove the feed"), q.lastError().text());
}

bool WebSources::setFeedChecked(const QUrl& url, const QString& title, const QDateTime& at)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE feeds SET title = ?, checked_at = ? WHERE url = ?"));
    q.addBindValue(title);
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(key(url));
    return q.exec() || fail(tr("Cannot record the feed's check"), q.lastError().text());
}

} // namespace Crosscheck::Core
