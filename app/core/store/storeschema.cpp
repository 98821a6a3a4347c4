#include "storeschema.h"

namespace Crosscheck::Core {

namespace {

// Triggers fill the sync queue only for the user's own changes, not while remote ones are applied.
const QString kNotApplying = QStringLiteral("(SELECT value FROM sync_meta WHERE key = 'applying') = '0'");

// A trigger that queues the row named by @p keyExpression: its older entry goes, so the entry's
// sequence number says when it last changed (a push removes only the entries it sent).
QString queueTrigger(const QString& head, const QString& kind, const QString& keyExpression)
{
    return QStringLiteral("CREATE TRIGGER %1 WHEN %2 BEGIN "
                          "DELETE FROM sync_outbox WHERE kind = '%3' AND key = %4; "
                          "INSERT INTO sync_outbox(kind, key) SELECT '%3', %4 WHERE %4 IS NOT NULL; END")
        .arg(head, kNotApplying, kind, keyExpression);
}

} // namespace

// Numbered migrations: entry i brings a database from user_version i to i + 1.
const QList<QStringList>& storeMigrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
                           "color TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE annotations(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                "article_path TEXT NOT NULL, article_sha256 TEXT NOT NULL, exact TEXT NOT NULL, "
                "prefix TEXT NOT NULL, suffix TEXT NOT NULL, start INTEGER NOT NULL, "
                "stop INTEGER NOT NULL, color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
                "created TEXT NOT NULL, modified TEXT NOT NULL, orphan INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX annotations_article ON annotations(article_path, start)"),
            QStringLiteral(
                "CREATE TABLE annotation_tags(annotation_id INTEGER NOT NULL REFERENCES annotations(id) "
                "ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE RESTRICT, "
                "PRIMARY KEY(annotation_id, tag_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"),
        },
        {
            // Full-text search over quotes and notes, kept current by triggers.
            QStringLiteral(
                "CREATE VIRTUAL TABLE annotation_search USING fts5(exact, note, content='annotations', "
                "content_rowid='id')"),
            QStringLiteral("INSERT INTO annotation_search(annotation_search) VALUES('rebuild')"),
            QStringLiteral("CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN "
                           "INSERT INTO annotation_search(rowid, exact, note) VALUES (new.id, new.exact, "
                           "new.note); END"),
            QStringLiteral("CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN "
                           "INSERT INTO annotation_search(annotation_search, rowid, exact, note) "
                           "VALUES ('delete', old.id, old.exact, old.note); END"),
            QStringLiteral("CREATE TRIGGER annotations_au AFTER UPDATE OF exact, note ON annotations BEGIN "
                           "INSERT INTO annotation_search(annotation_search, rowid, exact, note) "
                           "VALUES ('delete', old.id, old.exact, old.note); "
                           "INSERT INTO annotation_search(rowid, exact, note) VALUES (new.id, new.exact, "
                           "new.note); END"),
        },
        {
            // The user's corrections of name recognition: a name of a kind, or "none": not a name.
            QStringLiteral("CREATE TABLE name_corrections(name TEXT PRIMARY KEY, kind TEXT NOT NULL)"),
        },
        {
            // Full-text search over the folder's sentences, brought up to date by syncArticles()
            // for every article whose text changed.
            QStringLiteral("CREATE TABLE indexed_articles(path TEXT PRIMARY KEY, sha256 TEXT NOT NULL)"),
            QStringLiteral("CREATE VIRTUAL TABLE sentence_search USING fts5(path UNINDEXED, "
                           "sentence UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')"),
        },
        {
            // Disagreements the user dismissed, by DiscrepancyFinder::key(): they stay dismissed
            // when the folder is analysed again.
            QStringLiteral("CREATE TABLE dismissed_discrepancies(key TEXT PRIMARY KEY, note TEXT NOT NULL, "
                           "dismissed TEXT NOT NULL)"),
        },
        {
            // Articles the user moved to another story: into the story of the article named by
            // `with`, or, when it is empty, into a story of their own.
            QStringLiteral("CREATE TABLE story_moves(path TEXT PRIMARY KEY, with_path TEXT NOT NULL)"),
        },
        {
            // What the user corrected about an article: outlet, title, date (ISO); NULL keeps
            // what the page says.
            QStringLiteral("CREATE TABLE article_details(path TEXT PRIMARY KEY, outlet TEXT, title TEXT, "
                           "published TEXT)"),
        },
        {
            // Pages added from the web (each address asked for and arrived at, with the file it
            // became) and the folder's feeds (see WebSources).
            QStringLiteral("CREATE TABLE web_pages(url TEXT PRIMARY KEY, file TEXT NOT NULL, fetched_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE feeds(url TEXT PRIMARY KEY, title TEXT, added_at TEXT NOT NULL, "
                           "checked_at TEXT)"),
        },
        {
            // A team server (see SyncJournal): each annotation's author, whether it is private,
            // and the server revision it was last seen at; a queue of what changed locally and
            // is not on the server yet, filled by triggers unless remote changes are being applied.
            QStringLiteral("ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN private INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE sync_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO sync_meta(key, value) VALUES ('applying', '0')"),
            QStringLiteral("CREATE TABLE sync_outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                           "key TEXT NOT NULL, UNIQUE(kind, key))"),
            QStringLiteral("INSERT INTO sync_outbox(kind, key) SELECT 'tag', path FROM tags ORDER BY id"),
            QStringLiteral("INSERT INTO sync_outbox(kind, key) SELECT 'annotation', uuid FROM annotations ORDER BY id"),
            queueTrigger(QStringLiteral("sync_annotation_added AFTER INSERT ON annotations"), QStringLiteral("annotation"), QStringLiteral("new.uuid")),
            queueTrigger(QStringLiteral("sync_annotation_changed AFTER UPDATE ON annotations"), QStringLiteral("annotation"), QStringLiteral("new.uuid")),
            queueTrigger(QStringLiteral("sync_annotation_removed AFTER DELETE ON annotations"), QStringLiteral("annotation"), QStringLiteral("old.uuid")),
            queueTrigger(QStringLiteral("sync_tag_linked AFTER INSERT ON annotation_tags"), QStringLiteral("annotation"),
                         QStringLiteral("(SELECT uuid FROM annotations WHERE id = new.annotation_id)")),
            queueTrigger(QStringLiteral("sync_tag_unlinked AFTER DELETE ON annotation_tags"), QStringLiteral("annotation"),
                         QStringLiteral("(SELECT uuid FROM annotations WHERE id = old.annotation_id)")),
            queueTrigger(QStringLiteral("sync_tag_added AFTER INSERT ON tags"), QStringLiteral("tag"), QStringLiteral("new.path")),
            queueTrigger(QStringLiteral("sync_tag_removed AFTER DELETE ON tags"), QStringLiteral("tag"), QStringLiteral("old.path")),
            // A renamed tag: the old path goes, the new one comes, and every annotation carrying it changed.
            QStringLiteral("CREATE TRIGGER sync_tag_changed AFTER UPDATE ON tags WHEN %1 BEGIN "
                           "DELETE FROM sync_outbox WHERE kind = 'tag' AND key IN (old.path, new.path); "
                           "INSERT INTO sync_outbox(kind, key) VALUES ('tag', old.path); "
                           "INSERT OR IGNORE INTO sync_outbox(kind, key) VALUES ('tag', new.path); "
                           "DELETE FROM sync_outbox WHERE kind = 'annotation' AND key IN (SELECT a.uuid FROM "
                           "annotations a JOIN annotation_tags x ON x.annotation_id = a.id WHERE x.tag_id = new.id); "
                           "INSERT INTO sync_outbox(kind, key) SELECT 'annotation', a.uuid FROM annotations a "
                           "JOIN annotation_tags x ON x.annotation_id = a.id WHERE x.tag_id = new.id; END")
                .arg(kNotApplying),
        },
    };
    return steps;
}


} // namespace Crosscheck::Core
