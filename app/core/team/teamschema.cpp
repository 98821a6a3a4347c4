#include "teamschema.h"

#include "team/teamserver.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Crosscheck::Core {

namespace {

// Entry i brings the server from version i to i + 1.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {{
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS crosscheck"),
        QStringLiteral("CREATE TABLE crosscheck.schema_version(version integer NOT NULL)"),
        QStringLiteral("INSERT INTO crosscheck.schema_version VALUES (0)"),
        QStringLiteral("CREATE SEQUENCE crosscheck.revision"),
        // One row per annotation, ever: a deletion is a tombstone (deleted, content kept).
        QStringLiteral(
            "CREATE TABLE crosscheck.annotations(uuid uuid PRIMARY KEY, article_sha256 text NOT NULL, "
            "article_path text NOT NULL, exact text NOT NULL, prefix text NOT NULL, suffix text NOT NULL, "
            "start integer NOT NULL, stop integer NOT NULL, color text NOT NULL, note text NOT NULL, "
            "tags text[] NOT NULL DEFAULT '{}', orphan boolean NOT NULL DEFAULT false, "
            "private boolean NOT NULL DEFAULT false, author text NOT NULL DEFAULT current_user, "
            "modified_by text NOT NULL DEFAULT current_user, created timestamptz NOT NULL, "
            "modified timestamptz NOT NULL, deleted boolean NOT NULL DEFAULT false, "
            "revision bigint NOT NULL DEFAULT 0, xid xid8 NOT NULL DEFAULT pg_current_xact_id())"),
        QStringLiteral("CREATE INDEX annotations_changes ON crosscheck.annotations(xid)"),
        QStringLiteral("CREATE INDEX annotations_article ON crosscheck.annotations(article_sha256)"),
        // Every version anyone sent, accepted or not: concurrent edits keep both.
        QStringLiteral(
            "CREATE TABLE crosscheck.history(id bigserial PRIMARY KEY, uuid uuid NOT NULL, "
            "saved_by text NOT NULL DEFAULT current_user, saved_at timestamptz NOT NULL DEFAULT now(), "
            "base_revision bigint NOT NULL, accepted boolean NOT NULL, deleted boolean NOT NULL, "
            "private boolean NOT NULL, author text NOT NULL, data jsonb NOT NULL)"),
        QStringLiteral("CREATE INDEX history_annotation ON crosscheck.history(uuid)"),
        QStringLiteral("CREATE TABLE crosscheck.tags(path text PRIMARY KEY, color text NOT NULL DEFAULT '', "
                       "description text NOT NULL DEFAULT '', deleted boolean NOT NULL DEFAULT false, "
                       "revision bigint NOT NULL DEFAULT 0, xid xid8 NOT NULL DEFAULT pg_current_xact_id())"),
        QStringLiteral("CREATE INDEX tags_changes ON crosscheck.tags(xid)"),
        // Annotations their author took back from the team: the others drop their copies.
        QStringLiteral("CREATE TABLE crosscheck.withdrawn(uuid uuid PRIMARY KEY, "
                       "xid xid8 NOT NULL DEFAULT pg_current_xact_id())"),
        QStringLiteral(
            "CREATE FUNCTION crosscheck.stamp_annotation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "NEW.revision := nextval('crosscheck.revision'); NEW.xid := pg_current_xact_id(); "
            "NEW.modified_by := current_user; "
            "IF TG_OP = 'INSERT' THEN NEW.author := current_user; "
            "ELSE NEW.author := OLD.author; NEW.created := OLD.created; "
            "IF NEW.private AND NOT OLD.private THEN INSERT INTO crosscheck.withdrawn(uuid) VALUES (NEW.uuid) "
            "ON CONFLICT (uuid) DO UPDATE SET xid = pg_current_xact_id(); END IF; END IF; "
            "IF NOT NEW.private THEN DELETE FROM crosscheck.withdrawn WHERE uuid = NEW.uuid; END IF; "
            "RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON crosscheck.annotations "
                       "FOR EACH ROW EXECUTE FUNCTION crosscheck.stamp_annotation()"),
        QStringLiteral("CREATE FUNCTION crosscheck.stamp_tag() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "NEW.revision := nextval('crosscheck.revision'); NEW.xid := pg_current_xact_id(); "
                       "RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON crosscheck.tags "
                       "FOR EACH ROW EXECUTE FUNCTION crosscheck.stamp_tag()"),
        // Every client LISTENs on "crosscheck"; a commit that changed rows wakes them.
        QStringLiteral("CREATE FUNCTION crosscheck.announce() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('crosscheck', TG_TABLE_NAME); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER announce AFTER INSERT OR UPDATE ON crosscheck.annotations "
                       "FOR EACH STATEMENT EXECUTE FUNCTION crosscheck.announce()"),
        QStringLiteral("CREATE TRIGGER announce AFTER INSERT OR UPDATE ON crosscheck.tags "
                       "FOR EACH STATEMENT EXECUTE FUNCTION crosscheck.announce()"),
        // Row-level security, forced on the owner too: a private annotation and its history are
        // only ever readable by their author.
        QStringLiteral("ALTER TABLE crosscheck.annotations ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE crosscheck.annotations FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY readable ON crosscheck.annotations FOR SELECT "
                       "USING (NOT private OR author = current_user)"),
        QStringLiteral("CREATE POLICY added ON crosscheck.annotations FOR INSERT WITH CHECK (author = current_user)"),
        QStringLiteral("CREATE POLICY changed ON crosscheck.annotations FOR UPDATE "
                       "USING (NOT private OR author = current_user) WITH CHECK (NOT private OR author = current_user)"),
        QStringLiteral("ALTER TABLE crosscheck.history ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE crosscheck.history FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY readable ON crosscheck.history FOR SELECT "
                       "USING (NOT private OR author = current_user)"),
        QStringLiteral("CREATE POLICY added ON crosscheck.history FOR INSERT WITH CHECK (saved_by = current_user)"),
        // Members (the role crosscheck_team, see docs/team.md) read and write rows, nothing else.
        QStringLiteral("GRANT USAGE ON SCHEMA crosscheck TO crosscheck_team"),
        QStringLiteral("GRANT SELECT ON crosscheck.schema_version TO crosscheck_team"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON crosscheck.annotations, crosscheck.tags TO crosscheck_team"),
        QStringLiteral("GRANT SELECT, INSERT ON crosscheck.history TO crosscheck_team"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON crosscheck.withdrawn TO crosscheck_team"),
        QStringLiteral("GRANT USAGE ON SEQUENCE crosscheck.revision, crosscheck.history_id_seq TO crosscheck_team"),
    }};
    return steps;
}

} // namespace

int TeamSchema::version(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('crosscheck.schema_version') IS NOT NULL")) || !q.next()) {
        *error = TeamServer::errorText(q.lastError());
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM crosscheck.schema_version")) || !q.next()) {
        *error = TeamServer::errorText(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

bool TeamSchema::prepare(QSqlDatabase db, QString *error)
{
    QString detail;
    int current = version(db, &detail);
    if (current < 0) {
        *error = tr("Cannot read the team server's schema: %1").arg(detail);
        return false;
    }
    if (current > kVersion) {
        *error = tr("The team server's tables were made by a newer Crosscheck (schema %1; this one knows up "
                    "to %2). Update Crosscheck to work with this server; nothing was changed.")
                     .arg(current)
                     .arg(kVersion);
        return false;
    }
    while (current < kVersion) {
        if (!db.transaction()) {
            *error = tr("Cannot upgrade the team server's tables: %1").arg(TeamServer::errorText(db.lastError()));
            return false;
        }
        QSqlQuery q(db);
        for (const QString& sql : migrations()[current]) {
            if (!q.exec(sql)) {
                const QString why = TeamServer::errorText(q.lastError());
                db.rollback();
                *error = why.contains(QLatin1String("permission denied")) ||
                                 why.contains(QLatin1String("must be owner"))
                             ? tr("The team server has no Crosscheck tables at version %1 yet, and %2 may not "
                                  "create them: ask the administrator to connect once as the owner role "
                                  "(docs/team.md). The server said: %3")
                                   .arg(kVersion)
                                   .arg(db.userName(), why)
                             : tr("Cannot upgrade the team server's tables: %1").arg(why);
                return false;
            }
        }
        ++current;
        if (!q.exec(QStringLiteral("UPDATE crosscheck.schema_version SET version = %1").arg(current)) ||
            !db.commit()) {
            *error = tr("Cannot upgrade the team server's tables: %1").arg(TeamServer::errorText(q.lastError()));
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace Crosscheck::Core
