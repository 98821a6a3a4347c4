#include "annotationwriter.h"

#include <QSet>
#include <QSqlError>

namespace Crosscheck::Core {

namespace {

// SQLite stores a null QString as NULL; the schema wants text.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

AnnotationWriter::AnnotationWriter(const QString& connection)
    : m_connection(connection)
    , m_insert(QSqlDatabase::database(connection, false))
    , m_remove(QSqlDatabase::database(connection, false))
    , m_clearTags(QSqlDatabase::database(connection, false))
    , m_link(QSqlDatabase::database(connection, false))
    , m_addTag(QSqlDatabase::database(connection, false))
    , m_findTag(QSqlDatabase::database(connection, false))
{
}

QSqlQuery& AnnotationWriter::prepared(QSqlQuery& query, const QString& sql)
{
    if (query.lastQuery().isEmpty())
        query.prepare(sql);
    return query;
}

bool AnnotationWriter::fail(const QString& what, const QSqlQuery& query)
{
    m_error = what + QStringLiteral(": ") + query.lastError().text();
    return false;
}

QString AnnotationWriter::cleanTag(const QString& path)
{
    QStringList parts;
    for (const QString& p : path.split(u'/', Qt::SkipEmptyParts))
        parts.append(p.trimmed());
    parts.removeAll(QString());
    return parts.join(u'/');
}

bool AnnotationWriter::insert(const Annotation& a)
{
    QSqlQuery& q = prepared(m_insert, QStringLiteral(
        "INSERT INTO annotations(uuid, article_path, article_sha256, exact, prefix, suffix, start, "
        "stop, color, note, created, modified, orphan, author, private, revision) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values = {a.uuid, text(a.articlePath), text(a.articleSha256), text(a.exact), text(a.prefix),
                                 text(a.suffix), qlonglong(a.start), qlonglong(a.end), text(a.color), text(a.note),
                                 a.created.toString(Qt::ISODateWithMs), a.modified.toString(Qt::ISODateWithMs),
                                 a.orphan ? 1 : 0, text(a.author), a.isPrivate ? 1 : 0, a.revision};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return fail(tr("Cannot save the annotation"), q);
    return setTags(q.lastInsertId().toLongLong(), a.tags);
}

bool AnnotationWriter::replace(const Annotation& a)
{
    QSqlQuery& q = prepared(m_remove, QStringLiteral("DELETE FROM annotations WHERE uuid = ?"));
    q.bindValue(0, a.uuid);
    if (!q.exec())
        return fail(tr("Cannot save the annotation"), q);
    return insert(a);
}

bool AnnotationWriter::tagId(const QString& path, qint64 *id)
{
    if (const auto known = m_tagIds.constFind(path); known != m_tagIds.cend()) {
        *id = *known;
        return true;
    }
    // Parents exist whenever a child does: "claim/disputed" makes "claim".
    const QStringList parts = path.split(u'/');
    QSqlQuery& add = prepared(m_addTag, QStringLiteral("INSERT OR IGNORE INTO tags(path) VALUES (?)"));
    for (int i = 1; i <= parts.size(); ++i) {
        add.bindValue(0, parts.mid(0, i).join(u'/'));
        if (!add.exec())
            return fail(tr("Cannot save the tag %1").arg(path), add);
    }
    QSqlQuery& find = prepared(m_findTag, QStringLiteral("SELECT id FROM tags WHERE path = ?"));
    find.bindValue(0, path);
    if (!find.exec() || !find.next())
        return fail(tr("Cannot save the tag %1").arg(path), find);
    *id = find.value(0).toLongLong();
    find.finish();
    m_tagIds.insert(path, *id);
    return true;
}

bool AnnotationWriter::setTags(qint64 annotationId, const QStringList& tags)
{
    QSqlQuery& clear = prepared(m_clearTags, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    clear.bindValue(0, annotationId);
    if (!clear.exec())
        return fail(tr("Cannot save the tags"), clear);
    QSet<QString> seen;
    for (const QString& raw : tags) {
        const QString path = cleanTag(raw);
        if (path.isEmpty() || seen.contains(path))
            continue;
        seen.insert(path);
        qint64 tag = 0;
        if (!tagId(path, &tag))
            return false;
        QSqlQuery& link =
            prepared(m_link, QStringLiteral("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)"));
        link.bindValue(0, annotationId);
        link.bindValue(1, tag);
        if (!link.exec())
            return fail(tr("Cannot save the tags"), link);
    }
    return true;
}

} // namespace Crosscheck::Core
