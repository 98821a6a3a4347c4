#include "syncjournal.h"

#include "annotationstore.h"
#include "annotationwriter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Crosscheck::Core {

namespace {

QSqlDatabase database(const AnnotationStore *store)
{
    return QSqlDatabase::database(store->connectionName(), false);
}

} // namespace

SyncJournal::SyncJournal(AnnotationStore *store)
    : m_store(store)
{
}

QList<SyncJournal::Change> SyncJournal::pending(int limit) const
{
    QList<Change> out;
    QSqlQuery q(database(m_store));
    q.prepare(QStringLiteral("SELECT seq, kind, key FROM sync_outbox ORDER BY kind = 'annotation', seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the changes waiting for the team server"), q.lastError().text());
        return out;
    }
    QList<Tag> tags;
    bool tagsRead = false;
    while (q.next()) {
        Change change;
        change.seq = q.value(0).toLongLong();
        change.isTag = q.value(1).toString() == QLatin1String("tag");
        change.key = q.value(2).toString();
        if (change.isTag) {
            if (!tagsRead) {
                tags = m_store->tags();
                tagsRead = true;
            }
            for (const Tag& tag : std::as_const(tags)) {
                if (tag.path == change.key)
                    change.tag = tag;
            }
        } else {
            change.annotation = m_store->annotation(change.key);
        }
        out.append(change);
    }
    return out;
}

int SyncJournal::pendingCount() const
{
    QSqlQuery q(database(m_store));
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next() ? q.value(0).toInt() : 0;
}

bool SyncJournal::markSent(const QList<qint64>& seqs)
{
    QSqlDatabase db = database(m_store);
    if (!db.transaction())
        return fail(tr("Cannot update the changes waiting for the team server"), db.lastError().text());
    for (const qint64 seq : seqs) {
        if (!exec(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"), {seq})) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || fail(tr("Cannot update the changes waiting for the team server"),
                               db.lastError().text());
}

QString SyncJournal::meta(const QString& key) const
{
    QSqlQuery q(database(m_store));
    q.prepare(QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString SyncJournal::cursor(const QString& server) const
{
    return meta(QStringLiteral("cursor ") + server);
}

QSet<QString> SyncJournal::pulledArticles(const QString& server) const
{
    const QStringList hashes = meta(QStringLiteral("articles ") + server).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(hashes.cbegin(), hashes.cend());
}

QStringList SyncJournal::articleHashes() const
{
    QStringList out;
    QSqlQuery q(database(m_store));
    if (q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM indexed_articles ORDER BY sha256"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool SyncJournal::apply(const Incoming& incoming, const QString& server, int *changed)
{
    int count = 0;
    QSqlDatabase db = database(m_store);
    if (!db.transaction())
        return fail(tr("Cannot store the team's changes"), db.lastError().text());
    bool ok = exec(QStringLiteral("UPDATE sync_meta SET value = '1' WHERE key = 'applying'"));
    for (const Tag& tag : incoming.tags)
        ok = ok && applyTag(tag);
    const LocalState state = incoming.annotations.isEmpty() ? LocalState() : localState(incoming.annotations);
    AnnotationWriter writer(m_store->connectionName());
    for (const Annotation& a : incoming.annotations)
        ok = ok && applyAnnotation(a, state, writer, &count);
    for (const QString& uuid : incoming.removedAnnotations) {
        QSqlQuery q(database(m_store));
        q.prepare(QStringLiteral("DELETE FROM annotations WHERE uuid = ?"));
        q.addBindValue(uuid);
        ok = ok && (q.exec() || fail(tr("Cannot store the team's changes"), q.lastError().text()));
        count += ok ? q.numRowsAffected() : 0;
    }
    // A tag the team removed goes here too unless an annotation of this folder still carries it.
    for (const QString& path : incoming.removedTags)
        ok = ok && exec(QStringLiteral("DELETE FROM tags WHERE path = ? AND NOT EXISTS (SELECT 1 FROM "
                                       "annotation_tags x WHERE x.tag_id = tags.id)"),
                        {path});
    ok = ok && exec(QStringLiteral("INSERT OR REPLACE INTO sync_meta(key, value) VALUES (?, ?)"),
                    {QString(QStringLiteral("cursor ") + server), incoming.cursor});
    ok = ok && exec(QStringLiteral("INSERT OR REPLACE INTO sync_meta(key, value) VALUES (?, ?)"),
                    {QString(QStringLiteral("articles ") + server), incoming.articles.join(u' ')});
    ok = ok && exec(QStringLiteral("UPDATE sync_meta SET value = '0' WHERE key = 'applying'"));
    if (!ok || !db.commit()) {
        const QString error = ok ? db.lastError().text() : m_error;
        db.rollback();
        return fail(tr("Cannot store the team's changes"), error);
    }
    if (changed)
        *changed = count;
    return true;
}

SyncJournal::LocalState SyncJournal::localState(const QList<Annotation>& incoming) const
{
    // Only the annotations that arrive are looked up (one prepared statement), so a small pull
    // into a large folder stays small.
    LocalState state;
    QSqlQuery q(database(m_store));
    q.prepare(QStringLiteral("SELECT a.revision, a.modified, a.article_path, a.private, EXISTS (SELECT 1 FROM "
                             "sync_outbox o WHERE o.kind = 'annotation' AND o.key = a.uuid) FROM annotations a "
                             "WHERE a.uuid = ?"));
    for (const Annotation& remote : incoming) {
        q.bindValue(0, remote.uuid);
        if (q.exec() && q.next()) {
            state.annotations.insert(remote.uuid, {q.value(0).toLongLong(),
                                                   QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                                   q.value(2).toString(), q.value(3).toBool(), q.value(4).toBool()});
        }
        q.finish();
    }
    // Articles are known by their text: a teammate's copy may sit under another path.
    QSqlQuery paths(database(m_store));
    if (paths.exec(QStringLiteral("SELECT sha256, min(path) FROM indexed_articles GROUP BY sha256"))) {
        while (paths.next())
            state.paths.insert(paths.value(0).toString(), paths.value(1).toString());
    }
    return state;
}

bool SyncJournal::applyAnnotation(Annotation remote, const LocalState& state, AnnotationWriter& writer, int *changed)
{
    const auto local = state.annotations.constFind(remote.uuid);
    const bool known = local != state.annotations.cend();
    if (known && local->revision == remote.revision)
        return true; // seen before
    if (known && local->queued && local->modified > remote.modified)
        return true; // the user's newer edit goes to the server on the next push
    if (const auto path = state.paths.constFind(remote.articleSha256); path != state.paths.cend())
        remote.articlePath = *path;
    else if (known)
        remote.articlePath = local->path;
    if (!writer.replace(remote))
        return fail(tr("Cannot store the team's changes"), writer.lastError());
    // The server's stamp on the user's own edit changes nothing a reader sees.
    if (!known || local->modified != remote.modified || local->isPrivate != remote.isPrivate)
        ++*changed;
    return true;
}

bool SyncJournal::applyTag(const Tag& tag)
{
    return exec(QStringLiteral("INSERT OR IGNORE INTO tags(path) VALUES (?)"), {tag.path}) &&
           exec(QStringLiteral("UPDATE tags SET color = ?, description = ? WHERE path = ?"),
                {tag.color.isNull() ? QStringLiteral("") : tag.color,
                 tag.description.isNull() ? QStringLiteral("") : tag.description, tag.path});
}

bool SyncJournal::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(database(m_store));
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() || fail(tr("Cannot store the team's changes"), q.lastError().text());
}

bool SyncJournal::fail(const QString& what, const QString& detail) const
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    return false;
}

} // namespace Crosscheck::Core
