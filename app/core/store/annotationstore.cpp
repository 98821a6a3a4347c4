#include "annotationstore.h"

#include "anchoring.h"
#include "annotationwriter.h"
#include "storeschema.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <functional>

namespace Crosscheck::Core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kColumns = QStringLiteral(
    "a.id, a.uuid, a.article_path, a.article_sha256, a.exact, a.prefix, a.suffix, a.start, a.stop, a.color, "
    "a.note, a.created, a.modified, a.orphan, a.author, a.private, a.revision, "
    "(SELECT group_concat(t.path, char(31)) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
    "WHERE x.annotation_id = a.id)");

Annotation fromQuery(const QSqlQuery& q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.articlePath = q.value(2).toString();
    a.articleSha256 = q.value(3).toString();
    a.exact = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    a.start = q.value(7).toLongLong();
    a.end = q.value(8).toLongLong();
    a.color = q.value(9).toString();
    a.note = q.value(10).toString();
    a.created = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    a.orphan = q.value(13).toBool();
    a.author = q.value(14).toString();
    a.isPrivate = q.value(15).toBool();
    a.revision = q.value(16).toLongLong();
    const QString tags = q.value(17).toString();
    if (!tags.isEmpty()) {
        a.tags = tags.split(QChar(31));
        a.tags.sort();
    }
    return a;
}

// SQLite stores a null QString as NULL; the schema wants text.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

AnnotationStore::AnnotationStore()
    : m_connection(QStringLiteral("crosscheck-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{}

AnnotationStore::~AnnotationStore()
{
    close();
}

bool AnnotationStore::fail(const QString& what, const QString& detail) const
{
    m_error = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    qCWarning(lcStore) << m_error;
    return false;
}

bool AnnotationStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void AnnotationStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

AnnotationStore::OpenResult AnnotationStore::open(const QString& folder)
{
    m_fallback = false;
    const QDir dir(folder);
    const QString inFolder = dir.filePath(QStringLiteral(".crosscheck/annotations.sqlite"));
    const QFileInfo storeDir(dir.filePath(QStringLiteral(".crosscheck")));
    const bool folderWritable = storeDir.exists() ? storeDir.isWritable() : QFileInfo(folder).isWritable();
    if (folderWritable && dir.mkpath(QStringLiteral(".crosscheck")))
        return openPath(inFolder);

    // A read-only folder keeps its annotations under the user's data location, keyed by folder.
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(dir.absolutePath()).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/stores");
    if (!QDir().mkpath(base)) {
        fail(tr("Cannot create the annotation store"), base);
        return OpenResult::Failed;
    }
    m_fallback = true;
    return openPath(base + u'/' + dir.dirName() + u'-' + QString::fromLatin1(key) +
                    QStringLiteral(".sqlite"));
}

AnnotationStore::OpenResult AnnotationStore::openFile(const QString& path)
{
    m_fallback = false;
    return openPath(path);
}

AnnotationStore::OpenResult AnnotationStore::openPath(const QString& path)
{
    close();
    m_path = path;
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        fail(tr("Cannot open the annotation store %1").arg(QDir::toNativeSeparators(path)),
             db.lastError().text());
        return OpenResult::Failed;
    }
    // A file that is not a database, or a damaged one, shows here, before anything is written.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != u"ok") {
        const QString detail =
            check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        fail(tr("The annotation store %1 is damaged").arg(QDir::toNativeSeparators(path)), detail);
        return OpenResult::Damaged;
    }
    check.finish();
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return OpenResult::Failed;
    if (!migrate())
        return OpenResult::Failed;
    qCInfo(lcStore) << "opened" << path << "schema" << schemaVersion();
    return OpenResult::Opened;
}

QString AnnotationStore::setAsideDamaged()
{
    const QString damaged = m_path;
    close();
    const QString aside = damaged + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(damaged, aside)) {
        fail(tr("Cannot move the damaged store aside"), QDir::toNativeSeparators(damaged));
        return {};
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(damaged + suffix))
            QFile::rename(damaged + suffix, aside + suffix);
    }
    return openPath(damaged) == OpenResult::Opened ? aside : QString();
}

bool AnnotationStore::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return fail(tr("The annotation store failed"), q.lastError().text());
    return true;
}

int AnnotationStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

qint64 AnnotationStore::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool AnnotationStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int version = schemaVersion();
    if (version > kSchemaVersion)
        return fail(tr("The annotation store was written by a newer Crosscheck (schema %1)").arg(version),
                    {});
    while (version < kSchemaVersion) {
        if (!db.transaction())
            return fail(tr("Cannot upgrade the annotation store"), db.lastError().text());
        for (const QString& sql : storeMigrations()[version]) {
            if (!exec(sql)) {
                db.rollback();
                return false;
            }
        }
        ++version;
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            db.rollback();
            return fail(tr("Cannot upgrade the annotation store"), db.lastError().text());
        }
        qCInfo(lcStore) << "migrated to schema" << version;
    }
    return true;
}

bool AnnotationStore::ensureTag(const QString& path, qint64 *id)
{
    AnnotationWriter writer(m_connection);
    return writer.tagId(path, id) || fail(writer.lastError(), {});
}

bool AnnotationStore::writeTags(qint64 annotationId, const QStringList& tags)
{
    AnnotationWriter writer(m_connection);
    return writer.setTags(annotationId, tags) || fail(writer.lastError(), {});
}

std::optional<Annotation> AnnotationStore::add(Annotation a)
{
    if (a.uuid.isEmpty())
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = now();
    if (!a.created.isValid())
        a.created = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!restore(a))
        return std::nullopt;
    return annotation(a.uuid);
}

bool AnnotationStore::insert(const Annotation& a)
{
    AnnotationWriter writer(m_connection);
    return writer.insert(a) || fail(writer.lastError(), {});
}

bool AnnotationStore::restore(const Annotation& a)
{
    return addMany({a});
}

bool AnnotationStore::addMany(const QList<Annotation>& annotations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("Cannot save the annotation"), db.lastError().text());
    for (const Annotation& a : annotations) {
        if (!insert(a)) {
            const QString error = m_error;
            db.rollback();
            m_error = error;
            return false;
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(tr("Cannot save the annotation"), error);
    }
    return true;
}

bool AnnotationStore::update(const Annotation& a)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("Cannot save the annotation"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE annotations SET article_path = ?, article_sha256 = ?, exact = ?, prefix = ?, "
                       "suffix = ?, start = ?, stop = ?, color = ?, note = ?, modified = ?, orphan = ?, "
                       "private = ? WHERE uuid = ? RETURNING id"));
    for (const QVariant& v :
         QVariantList{text(a.articlePath), text(a.articleSha256), text(a.exact), text(a.prefix),
                      text(a.suffix), qlonglong(a.start), qlonglong(a.end), text(a.color), text(a.note),
                      now(), a.orphan ? 1 : 0, a.isPrivate ? 1 : 0, a.uuid})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        const QString error = q.lastError().isValid() ? q.lastError().text() : tr("no such annotation");
        q.finish();
        db.rollback();
        return fail(tr("Cannot save the annotation"), error);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!writeTags(id, a.tags) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool AnnotationStore::remove(const QString& uuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(tr("Cannot delete the annotation"), q.lastError().text());
    return q.numRowsAffected() > 0 || fail(tr("Cannot delete the annotation"), tr("no such annotation"));
}

QList<Annotation> AnnotationStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM annotations a ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<Annotation> out;
    if (!q.exec()) {
        fail(tr("Cannot read the annotations"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<Annotation> AnnotationStore::annotation(const QString& uuid) const
{
    const QList<Annotation> found = select(QStringLiteral("WHERE a.uuid = ?"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

QList<Annotation> AnnotationStore::annotations(const QString& articlePath) const
{
    if (articlePath.isEmpty())
        return select(QStringLiteral("ORDER BY a.article_path, a.start"), {});
    return select(QStringLiteral("WHERE a.article_path = ? ORDER BY a.start"), {articlePath});
}

namespace {
// Every word as a quoted FTS5 string: the user's text is never FTS syntax. With @p prefix the
// last word also matches longer words ("invest" finds "investment" while typing).
QString ftsQuery(const QString& query, bool prefix)
{
    QStringList terms;
    for (QString word : query.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + word + u'"');
    }
    if (prefix && !terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}
} // namespace

QList<Annotation> AnnotationStore::search(const QString& query) const
{
    const QString match = ftsQuery(query, false);
    if (match.isEmpty())
        return annotations();
    return select(QStringLiteral("JOIN annotation_search s ON s.rowid = a.id WHERE annotation_search MATCH ? "
                                 "ORDER BY a.article_path, a.start"),
                  {match});
}

QList<AnnotationStore::SentenceHit> AnnotationStore::searchSentences(const QString& query, int limit) const
{
    QList<SentenceHit> hits;
    const QString match = ftsQuery(query, true);
    if (match.isEmpty() || !isOpen())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT path, sentence, snippet(sentence_search, 2, char(2), char(3), '…', 24) "
                             "FROM sentence_search WHERE sentence_search MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Could not search the folder"), q.lastError().text());
        return hits;
    }
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()});
    return hits;
}

int AnnotationStore::indexedSentenceCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM sentence_search")) && q.next() ? q.value(0).toInt()
                                                                                      : 0;
}

bool AnnotationStore::indexSentences(const QList<Article>& articles)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QHash<QString, QString> indexed;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT path, sha256 FROM indexed_articles")))
            return fail(tr("Could not read the search index"), q.lastError().text());
        while (q.next())
            indexed.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (!db.transaction())
        return fail(tr("Could not update the search index"), db.lastError().text());
    // Sentences of articles that changed or are gone leave the index in one statement: a path is
    // not indexed by FTS5, so each DELETE … WHERE path = ? would read the whole index.
    QStringList stale;
    QSet<QString> present;
    for (const Article& article : articles) {
        present.insert(article.relativePath);
        const auto it = indexed.constFind(article.relativePath);
        if (it != indexed.cend() && *it != QString::fromLatin1(article.textSha256))
            stale.append(article.relativePath);
    }
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        if (!present.contains(it.key()))
            stale.append(it.key());
    }
    QSqlQuery q(db), insert(db), mark(db);
    bool ok = true;
    if (!stale.isEmpty()) {
        ok = q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stale_paths(path TEXT PRIMARY KEY)")) &&
             q.exec(QStringLiteral("DELETE FROM stale_paths"));
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO stale_paths(path) VALUES (?)"));
        for (qsizetype i = 0; ok && i < stale.size(); ++i) {
            q.addBindValue(stale[i]);
            ok = q.exec();
        }
        ok = ok && q.exec(QStringLiteral("DELETE FROM sentence_search WHERE path IN (SELECT path FROM stale_paths)")) &&
             q.exec(QStringLiteral("DELETE FROM indexed_articles WHERE path IN (SELECT path FROM stale_paths)"));
    }
    insert.prepare(QStringLiteral("INSERT INTO sentence_search(path, sentence, text) VALUES (?, ?, ?)"));
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO indexed_articles(path, sha256) VALUES (?, ?)"));
    for (const Article& article : articles) {
        const QString sha = QString::fromLatin1(article.textSha256);
        if (!ok || indexed.value(article.relativePath) == sha)
            continue;
        for (int i = 0; ok && i < article.sentences.size(); ++i) {
            const Sentence& sentence = article.sentences[i];
            if (sentence.boilerplate)
                continue;
            insert.addBindValue(article.relativePath);
            insert.addBindValue(i);
            insert.addBindValue(article.text.sliced(sentence.start, sentence.end - sentence.start));
            ok = insert.exec();
        }
        mark.addBindValue(article.relativePath);
        mark.addBindValue(sha);
        ok = ok && mark.exec();
    }
    if (!ok || !db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return fail(tr("Could not update the search index"), detail);
    }
    return true;
}

int AnnotationStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM annotations")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Tag> AnnotationStore::tags() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<Tag> out;
    if (!q.exec(
            QStringLiteral("SELECT t.path, t.color, t.description, count(x.annotation_id) FROM tags t "
                           "LEFT JOIN annotation_tags x ON x.tag_id = t.id GROUP BY t.id ORDER BY t.path"))) {
        fail(tr("Cannot read the tags"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

bool AnnotationStore::setTagField(const QString& path, TagField field, const QString& value)
{
    qint64 id = 0;
    if (!ensureTag(AnnotationWriter::cleanTag(path), &id))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(field == TagField::Color ? QStringLiteral("UPDATE tags SET color = ? WHERE id = ?")
                                       : QStringLiteral("UPDATE tags SET description = ? WHERE id = ?"));
    q.addBindValue(text(value));
    q.addBindValue(id);
    return q.exec() || fail(tr("Cannot save the tag %1").arg(path), q.lastError().text());
}

bool AnnotationStore::setTagColor(const QString& path, const QString& color)
{
    return setTagField(path, TagField::Color, color);
}

bool AnnotationStore::createTag(const QString& path)
{
    const QString clean = AnnotationWriter::cleanTag(path);
    if (clean.isEmpty())
        return fail(tr("A tag needs a name"), {});
    const QList<Tag> existing = tags();
    if (std::any_of(existing.begin(), existing.end(), [&](const Tag& t) { return t.path == clean; }))
        return fail(tr("The tag %1 exists already").arg(clean), {});
    qint64 id = 0;
    return ensureTag(clean, &id);
}

bool AnnotationStore::setTagDescription(const QString& path, const QString& description)
{
    return setTagField(path, TagField::Description, description);
}

bool AnnotationStore::renameTag(const QString& fromPath, const QString& toPath)
{
    const QString from = AnnotationWriter::cleanTag(fromPath), to = AnnotationWriter::cleanTag(toPath);
    if (from.isEmpty() || to.isEmpty() || from == to)
        return fail(tr("Cannot rename the tag"), tr("give two different tag names"));
    if (to.startsWith(from + u'/'))
        return fail(tr("Cannot rename the tag"), tr("a tag cannot move inside itself"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM tags WHERE path = ?"));
    exists.addBindValue(to);
    if (exists.exec() && exists.next())
        return fail(tr("Cannot rename the tag"), tr("%1 exists already: merge the tags instead").arg(to));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tags SET path = ? || substr(path, ?) WHERE path = ? OR substr(path, 1, ?) = ?"));
    q.addBindValue(to);
    q.addBindValue(from.size() + 1);
    q.addBindValue(from);
    q.addBindValue(from.size() + 1);
    q.addBindValue(QString(from + u'/'));
    if (!q.exec())
        return fail(tr("Cannot rename the tag"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(tr("Cannot rename the tag"), tr("there is no tag %1").arg(from));
    // New parents of the renamed tag ("a/b" renamed to "x/y/b" needs "x" and "x/y").
    qint64 id = 0;
    return ensureTag(to, &id);
}

bool AnnotationStore::mergeTag(const QString& fromPath, const QString& intoPath)
{
    const QString from = AnnotationWriter::cleanTag(fromPath), into = AnnotationWriter::cleanTag(intoPath);
    if (from.isEmpty() || into.isEmpty() || from == into)
        return fail(tr("Cannot merge the tags"), tr("give two different tag names"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("Cannot merge the tags"), db.lastError().text());
    qint64 intoId = 0;
    bool ok = ensureTag(into, &intoId);
    QSqlQuery move(db), drop(db), remove(db);
    move.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO annotation_tags(annotation_id, tag_id) SELECT x.annotation_id, ? "
        "FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE t.path = ?"));
    move.addBindValue(intoId);
    move.addBindValue(from);
    drop.prepare(
        QStringLiteral("DELETE FROM annotation_tags WHERE tag_id = (SELECT id FROM tags WHERE path = ?)"));
    drop.addBindValue(from);
    remove.prepare(QStringLiteral("DELETE FROM tags WHERE path = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM tags c WHERE substr(c.path, 1, ?) = ?)"));
    remove.addBindValue(from);
    remove.addBindValue(from.size() + 1);
    remove.addBindValue(QString(from + u'/'));
    ok = ok && move.exec() && drop.exec() && remove.exec();
    if (!ok || !db.commit()) {
        const QString error = move.lastError().isValid() ? move.lastError().text() : drop.lastError().text();
        db.rollback();
        return fail(tr("Cannot merge the tags"), error);
    }
    return true;
}

bool AnnotationStore::removeTag(const QString& rawPath)
{
    const QString path = AnnotationWriter::cleanTag(rawPath);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery uses(db);
    uses.prepare(QStringLiteral("SELECT count(*) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                                "WHERE t.path = ? OR substr(t.path, 1, ?) = ?"));
    uses.addBindValue(path);
    uses.addBindValue(path.size() + 1);
    uses.addBindValue(QString(path + u'/'));
    if (!uses.exec() || !uses.next())
        return fail(tr("Cannot remove the tag"), uses.lastError().text());
    if (const int n = uses.value(0).toInt(); n > 0)
        return fail(tr("Cannot remove the tag %1").arg(path), tr("%n annotation(s) carry it", nullptr, n));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tags WHERE path = ? OR substr(path, 1, ?) = ?"));
    q.addBindValue(path);
    q.addBindValue(path.size() + 1);
    q.addBindValue(QString(path + u'/'));
    return q.exec() || fail(tr("Cannot remove the tag"), q.lastError().text());
}

QHash<QString, QString> AnnotationStore::nameCorrections() const
{
    QHash<QString, QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT name, kind FROM name_corrections"))) {
        fail(tr("Cannot read the name corrections"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool AnnotationStore::setNameCorrection(const QString& name, const QString& kind)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (kind.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM name_corrections WHERE name = ?"));
        q.addBindValue(name);
    } else {
        q.prepare(QStringLiteral("INSERT INTO name_corrections(name, kind) VALUES (?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind"));
        q.addBindValue(name);
        q.addBindValue(kind);
    }
    return q.exec() || fail(tr("Cannot save the name correction"), q.lastError().text());
}

QSet<QString> AnnotationStore::dismissedDiscrepancies() const
{
    QSet<QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT key FROM dismissed_discrepancies"))) {
        fail(tr("Cannot read the dismissed disagreements"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

bool AnnotationStore::setDiscrepancyDismissed(const QString& key, const QString& note, bool dismissed)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (dismissed) {
        q.prepare(QStringLiteral("INSERT INTO dismissed_discrepancies(key, note, dismissed) VALUES (?, ?, ?) "
                                 "ON CONFLICT(key) DO NOTHING"));
        q.addBindValue(key);
        q.addBindValue(note);
        q.addBindValue(now());
    } else {
        q.prepare(QStringLiteral("DELETE FROM dismissed_discrepancies WHERE key = ?"));
        q.addBindValue(key);
    }
    return q.exec() || fail(tr("Cannot save the dismissed disagreement"), q.lastError().text());
}

namespace {
ArticleDetails detailsFrom(const QSqlQuery& q)
{
    return {q.value(1).toString(), q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate)};
}
const QString kDetailsQuery = QStringLiteral("SELECT path, outlet, title, published FROM article_details");
} // namespace

QHash<QString, ArticleDetails> AnnotationStore::articleDetails() const
{
    QHash<QString, ArticleDetails> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(kDetailsQuery)) {
        fail(tr("Cannot read the article details"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), detailsFrom(q));
    return out;
}

bool AnnotationStore::setArticleDetails(const QString& path, const ArticleDetails& details)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (details.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM article_details WHERE path = ?"));
        q.addBindValue(path);
    } else {
        q.prepare(QStringLiteral("INSERT INTO article_details(path, outlet, title, published) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(path) DO UPDATE SET outlet = excluded.outlet, title = excluded.title, "
                                 "published = excluded.published"));
        auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        q.addBindValue(path);
        q.addBindValue(orNull(details.outlet));
        q.addBindValue(orNull(details.title));
        q.addBindValue(details.published.isValid() ? QVariant(details.published.toString(Qt::ISODate)) : QVariant());
    }
    return q.exec() || fail(tr("Cannot save the article details"), q.lastError().text());
}

QHash<QString, QString> AnnotationStore::storyMoves() const
{
    QHash<QString, QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT path, with_path FROM story_moves"))) {
        fail(tr("Cannot read the story moves"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool AnnotationStore::setStoryMove(const QString& path, const QString& withPath)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO story_moves(path, with_path) VALUES (?, ?) "
                             "ON CONFLICT(path) DO UPDATE SET with_path = excluded.with_path"));
    q.addBindValue(path);
    q.addBindValue(withPath);
    return q.exec() || fail(tr("Cannot save the story move"), q.lastError().text());
}




AnnotationStore::SyncReport AnnotationStore::syncArticles(const QList<Article>& articles)
{
    SyncReport report;
    QHash<QString, const Article *> byPath;
    QHash<QString, const Article *> byHash;
    for (const Article& article : articles) {
        byPath.insert(article.relativePath, &article);
        byHash.insert(QString::fromLatin1(article.textSha256), &article);
    }
    for (Annotation a : annotations()) {
        const Article *article = byPath.value(a.articlePath);
        if (!article) {
            // The file is gone: follow an article with the same text (renamed or moved).
            article = byHash.value(a.articleSha256);
            if (!article)
                continue;
            a.articlePath = article->relativePath;
            ++report.moved;
            update(a);
            continue;
        }
        const QString sha = QString::fromLatin1(article->textSha256);
        if (a.articleSha256 == sha && !a.orphan)
            continue;
        if (const auto placed = Anchoring::locate(a, article->text)) {
            Anchoring::describe(a, article->text, placed->start, placed->end);
            a.orphan = false;
            ++report.placed;
        } else {
            a.orphan = true; // kept with its quote, never dropped
            ++report.orphaned;
        }
        a.articleSha256 = sha;
        update(a);
    }
    indexSentences(articles);
    return report;
}

QString AnnotationStore::sqliteVersion()
{
    QString version;
    const QString connection = QStringLiteral("crosscheck-sqlite-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

int AnnotationStore::addNew(const QList<Annotation>& annotations)
{
    QSet<QString> present;
    for (const Annotation& a : this->annotations())
        present.insert(a.uuid);
    QList<Annotation> fresh;
    for (const Annotation& a : annotations) {
        if (!present.contains(a.uuid))
            fresh.append(a);
    }
    return addMany(fresh) ? int(fresh.size()) : -1;
}

namespace {
// Runs @p sql on @p folder's store opened read-only, handing each row to @p row. A folder
// without a store gives nothing, and none is created for it.
void readFromStore(const QString& folder, const QString& sql, const std::function<void(const QSqlQuery&)>& row)
{
    const QString path = QDir(folder).filePath(QStringLiteral(".crosscheck/annotations.sqlite"));
    if (!QFile::exists(path))
        return;
    const QString connection =
        QStringLiteral("crosscheck-reader-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    row(q);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
} // namespace

QHash<QString, QString> AnnotationStore::readNameCorrections(const QString& folder)
{
    QHash<QString, QString> out;
    readFromStore(folder, QStringLiteral("SELECT name, kind FROM name_corrections"),
                  [&out](const QSqlQuery& q) { out.insert(q.value(0).toString(), q.value(1).toString()); });
    return out;
}

QSet<QString> AnnotationStore::readDismissedDiscrepancies(const QString& folder)
{
    QSet<QString> out;
    readFromStore(folder, QStringLiteral("SELECT key FROM dismissed_discrepancies"),
                  [&out](const QSqlQuery& q) { out.insert(q.value(0).toString()); });
    return out;
}

QHash<QString, QString> AnnotationStore::readStoryMoves(const QString& folder)
{
    QHash<QString, QString> out;
    readFromStore(folder, QStringLiteral("SELECT path, with_path FROM story_moves"),
                  [&out](const QSqlQuery& q) { out.insert(q.value(0).toString(), q.value(1).toString()); });
    return out;
}

QHash<QString, ArticleDetails> AnnotationStore::readArticleDetails(const QString& folder)
{
    QHash<QString, ArticleDetails> out;
    readFromStore(folder, kDetailsQuery,
                  [&out](const QSqlQuery& q) { out.insert(q.value(0).toString(), detailsFrom(q)); });
    return out;
}

} // namespace Crosscheck::Core
