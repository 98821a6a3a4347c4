#include "teamsync.h"

#include "logging.h"
#include "team/teamschema.h"
#include "store/annotationstore.h"
#include "store/syncjournal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace Crosscheck::Core {

namespace {

constexpr int kTickMs = 250;
constexpr int kRetrySeconds = 3;

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// The values an annotation has on the server, in the order of kUpsert's columns.
QVariantList serverValues(const Annotation& a)
{
    return {a.uuid, a.articleSha256, a.articlePath, a.exact, a.prefix, a.suffix, qlonglong(a.start),
            qlonglong(a.end), a.color, a.note, jsonList(a.tags), a.orphan, a.isPrivate, stamp(a.created),
            stamp(a.modified)};
}

QString historyData(const Annotation& a)
{
    const QJsonObject o{{QStringLiteral("article_sha256"), a.articleSha256}, {QStringLiteral("article_path"), a.articlePath},
                        {QStringLiteral("exact"), a.exact}, {QStringLiteral("start"), qint64(a.start)},
                        {QStringLiteral("stop"), qint64(a.end)}, {QStringLiteral("color"), a.color},
                        {QStringLiteral("note"), a.note}, {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                        {QStringLiteral("private"), a.isPrivate}, {QStringLiteral("modified"), stamp(a.modified)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The server keeps the newest version by modification time and never revives a tombstone; every
// version sent goes into the history, accepted or not (one statement, one round trip).
const QString kUpsert = QStringLiteral(
    "WITH up AS (INSERT INTO crosscheck.annotations AS a (uuid, article_sha256, article_path, exact, prefix, "
    "suffix, start, stop, color, note, tags, orphan, private, created, modified) VALUES (?::uuid, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?, ?::timestamptz, ?::timestamptz) "
    "ON CONFLICT (uuid) DO UPDATE SET article_sha256 = EXCLUDED.article_sha256, article_path = "
    "EXCLUDED.article_path, exact = EXCLUDED.exact, prefix = EXCLUDED.prefix, suffix = EXCLUDED.suffix, "
    "start = EXCLUDED.start, stop = EXCLUDED.stop, color = EXCLUDED.color, note = EXCLUDED.note, "
    "tags = EXCLUDED.tags, orphan = EXCLUDED.orphan, private = EXCLUDED.private, modified = EXCLUDED.modified "
    "WHERE NOT a.deleted AND a.modified <= EXCLUDED.modified RETURNING revision) "
    "INSERT INTO crosscheck.history(uuid, base_revision, accepted, deleted, private, author, data) "
    "SELECT ?::uuid, ?, EXISTS (SELECT 1 FROM up), false, ?, COALESCE((SELECT author FROM crosscheck.annotations "
    "WHERE uuid = ?::uuid), current_user), ?::jsonb");
const QString kTombstone = QStringLiteral(
    "WITH up AS (INSERT INTO crosscheck.annotations AS a (uuid, article_sha256, article_path, exact, prefix, "
    "suffix, start, stop, color, note, created, modified, deleted) VALUES (?::uuid, '', '', '', '', '', 0, 0, '', "
    "'', now(), now(), true) ON CONFLICT (uuid) DO UPDATE SET deleted = true, modified = now() WHERE NOT a.deleted "
    "RETURNING revision) INSERT INTO crosscheck.history(uuid, base_revision, accepted, deleted, private, author, "
    "data) SELECT ?::uuid, 0, EXISTS (SELECT 1 FROM up), true, false, COALESCE((SELECT author FROM "
    "crosscheck.annotations WHERE uuid = ?::uuid), current_user), '{}'::jsonb");
// An empty colour or description never overwrites the team's.
const QString kTagUpsert = QStringLiteral(
    "INSERT INTO crosscheck.tags AS t (path, color, description) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE "
    "SET color = CASE WHEN EXCLUDED.color = '' THEN t.color ELSE EXCLUDED.color END, description = CASE WHEN "
    "EXCLUDED.description = '' THEN t.description ELSE EXCLUDED.description END, deleted = false");
const QString kTagRemove = QStringLiteral("UPDATE crosscheck.tags SET deleted = true WHERE path = ? AND NOT deleted");

const QString kPullAnnotations = QStringLiteral(
    "SELECT uuid::text, article_sha256, article_path, exact, prefix, suffix, start, stop, color, note, "
    "array_to_json(tags)::text, orphan, private, author, created, modified, deleted, revision "
    "FROM crosscheck.annotations WHERE article_sha256 IN (SELECT jsonb_array_elements_text(?::jsonb)) "
    "AND (xid >= ?::xid8 OR article_sha256 IN (SELECT jsonb_array_elements_text(?::jsonb)))");

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

Annotation fromServer(const QSqlQuery& q)
{
    Annotation a;
    a.uuid = q.value(0).toString();
    a.articleSha256 = q.value(1).toString();
    a.articlePath = q.value(2).toString();
    a.exact = q.value(3).toString();
    a.prefix = q.value(4).toString();
    a.suffix = q.value(5).toString();
    a.start = q.value(6).toLongLong();
    a.end = q.value(7).toLongLong();
    a.color = q.value(8).toString();
    a.note = q.value(9).toString();
    for (const QJsonValue& tag : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        a.tags.append(tag.toString());
    a.tags.sort();
    a.orphan = q.value(11).toBool();
    a.isPrivate = q.value(12).toBool();
    a.author = q.value(13).toString();
    a.created = q.value(14).toDateTime().toUTC();
    a.modified = q.value(15).toDateTime().toUTC();
    a.revision = q.value(17).toLongLong();
    return a;
}

} // namespace

TeamSync::TeamSync(const QString& storeFile, QObject *parent)
    : QObject(parent)
    , m_storeFile(storeFile)
    , m_store(std::make_unique<AnnotationStore>())
    , m_connection(QStringLiteral("crosscheck-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<Crosscheck::Core::TeamSync::Status>();
}

TeamSync::~TeamSync()
{
    disconnectFromServer();
}

bool TeamSync::connectTo(const TeamServer& server, const QString& password)
{
    disconnectFromServer();
    m_server = server;
    m_password = password;
    m_status.server = server.uri();
    // The store opens here, in the thread that works on it (the window moves this object to a
    // worker thread before connecting).
    if (!m_journal && m_store->openFile(m_storeFile) == AnnotationStore::OpenResult::Opened)
        m_journal = std::make_unique<SyncJournal>(m_store.get());
    if (!m_journal) {
        setStatus(State::Failed, tr("Cannot open the folder's annotations: %1").arg(m_store->lastError()));
        return false;
    }
    return reconnect();
}

bool TeamSync::reconnect()
{
    QString error;
    bool reachable = true;
    if (!m_server.open(m_connection, m_password, &error, &reachable)) {
        m_nextRetry = QDateTime::currentDateTimeUtc().addSecs(kRetrySeconds);
        setStatus(reachable ? State::Failed : State::Offline, error);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!TeamSchema::prepare(db, &error)) {
        db = QSqlDatabase();
        closeConnection();
        setStatus(State::Failed, error);
        return false;
    }
    db.driver()->subscribeToNotification(QStringLiteral("crosscheck"));
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                onNotification(name, source);
            });
    m_connected = true;
    setStatus(State::Connected);
    return true;
}

void TeamSync::closeConnection()
{
    m_connected = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.driver())
            db.driver()->disconnect(this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void TeamSync::disconnectFromServer()
{
    setLive(false);
    closeConnection();
    m_server = TeamServer();
    m_password.clear();
    if (m_status.state != State::Off)
        setStatus(State::Off);
}

void TeamSync::setLive(bool live)
{
    if (!live) {
        delete m_timer;
        m_timer = nullptr;
        return;
    }
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &TeamSync::tick);
    m_timer->start(kTickMs);
    m_wake = true;
}

void TeamSync::tick()
{
    // A refusal (password, TLS, schema, a row the server will not take) waits for the user:
    // trying again four times a second would only repeat it.
    if (m_syncing || !m_server.isValid() || m_status.state == State::Failed)
        return;
    const bool due = m_wake || (m_journal && m_journal->pendingCount() > 0);
    if (!m_connected) {
        // Retry an unreachable server now and then; a refusal waits for the user.
        if (m_status.state == State::Offline && QDateTime::currentDateTimeUtc() >= m_nextRetry)
            sync();
        return;
    }
    if (due)
        sync();
}

void TeamSync::onNotification(const QString& name, QSqlDriver::NotificationSource source)
{
    if (name != QLatin1String("crosscheck") || source == QSqlDriver::SelfSource)
        return;
    m_wake = true;
    if (m_timer)
        QTimer::singleShot(0, this, &TeamSync::tick);
}

TeamSync::Report TeamSync::sync()
{
    Report report;
    if (!m_journal || !m_server.isValid()) {
        report.error = tr("Not connected to a team server.");
        return report;
    }
    m_syncing = true;
    m_wake = false;
    if (!m_connected && !reconnect()) {
        m_syncing = false;
        report.error = m_status.reason;
        return report;
    }
    QElapsedTimer clock;
    clock.start();
    report.ok = push(&report.sent, &report.error);
    const qint64 pushed = clock.restart();
    report.ok = report.ok && pull(&report.received, &report.error);
    if (report.ok && (report.sent > 0 || report.received > 0))
        qCDebug(lcTeam) << "sent" << report.sent << "in" << pushed << "ms, pulled" << report.received << "in"
                        << clock.elapsed() << "ms";
    if (!report.ok && m_connected && (TeamServer::isUnreachable(report.error) || !alive())) {
        // The server went away since the last round (restarted, say): connect again and retry once.
        closeConnection();
        report.error.clear();
        report.ok = reconnect() && push(&report.sent, &report.error) && pull(&report.received, &report.error);
        if (!m_connected)
            report.error = m_status.reason;
    }
    m_syncing = false;
    if (report.ok) {
        setStatus(State::Connected);
    } else if (!m_connected && m_status.state != State::Connected) {
        // reconnect() said why (offline, or refused)
    } else if (TeamServer::isUnreachable(report.error) || !alive()) {
        lost(report.error);
    } else {
        setStatus(State::Failed, report.error);
    }
    if (report.received > 0)
        Q_EMIT received(report.received);
    return report;
}

bool TeamSync::alive() const
{
    if (!m_connected)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    return db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
}

void TeamSync::lost(const QString& why)
{
    closeConnection();
    m_nextRetry = QDateTime::currentDateTimeUtc().addSecs(kRetrySeconds);
    setStatus(State::Offline, m_server.explain(why.isEmpty() ? QStringLiteral("server closed the connection") : why));
}

void TeamSync::setStatus(State state, const QString& reason)
{
    Status next = m_status;
    next.state = state;
    next.reason = reason;
    next.waiting = m_journal ? m_journal->pendingCount() : 0;
    if (next.state == m_status.state && next.reason == m_status.reason && next.waiting == m_status.waiting)
        return;
    m_status = next;
    Q_EMIT statusChanged(m_status);
}

bool TeamSync::push(int *sent, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (;;) {
        const QList<SyncJournal::Change> changes = m_journal->pending(m_batchSize);
        if (changes.isEmpty())
            return true;
        if (!db.transaction()) {
            *error = TeamServer::errorText(db.lastError());
            return false;
        }
        QList<qint64> seqs;
        PushStatements statements{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), {}};
        for (const SyncJournal::Change& change : changes) {
            if (!pushOne(statements, change)) {
                *error = statements.error;
                db.rollback();
                return false;
            }
            seqs.append(change.seq);
        }
        if (!db.commit()) {
            *error = TeamServer::errorText(db.lastError());
            db.rollback();
            return false;
        }
        // Only now may the entries go: the server holds them.
        if (!m_journal->markSent(seqs)) {
            *error = m_journal->lastError();
            return false;
        }
        *sent += int(seqs.size());
        setStatus(State::Connected);
        Q_EMIT batchSent(*sent);
    }
}

bool TeamSync::pushOne(PushStatements& statements, const SyncJournal::Change& change)
{
    const auto exec = [&statements](QSqlQuery& q, const QString& sql, const QVariantList& values) {
        if (q.lastQuery().isEmpty())
            q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (q.exec())
            return true;
        statements.error = TeamServer::errorText(q.lastError());
        return false;
    };
    if (change.isTag) {
        return change.tag ? exec(statements.tag, kTagUpsert, {change.key, change.tag->color, change.tag->description})
                          : exec(statements.untag, kTagRemove, {change.key});
    }
    if (!change.annotation)
        return exec(statements.tombstone, kTombstone, {change.key, change.key, change.key});
    const Annotation& a = *change.annotation;
    return exec(statements.upsert, kUpsert,
                serverValues(a) + QVariantList{a.uuid, a.revision, a.isPrivate, a.uuid, historyData(a)});
}

bool TeamSync::pull(int *received, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString server = m_server.id();
    QString cursor = m_journal->cursor(server);
    if (cursor.isEmpty())
        cursor = QStringLiteral("0");
    const QStringList articles = m_journal->articleHashes();
    const QSet<QString> known = m_journal->pulledArticles(server);
    QStringList fresh;
    for (const QString& sha : articles) {
        if (!known.contains(sha))
            fresh.append(sha);
    }
    SyncJournal::Incoming in;
    in.articles = articles;
    QSqlQuery q(db);
    // One snapshot: every change below its oldest running transaction is in it, so the next pull
    // starts there and misses nothing that commits late (seeing a row twice does no harm).
    bool ok = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) &&
              q.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) && q.next();
    if (ok)
        in.cursor = q.value(0).toString();
    ok = ok && run(q, QStringLiteral("SELECT path, color, description, deleted FROM crosscheck.tags WHERE xid >= ?::xid8"),
                   {cursor});
    while (ok && q.next()) {
        if (q.value(3).toBool())
            in.removedTags.append(q.value(0).toString());
        else
            in.tags.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), 0});
    }
    ok = ok && run(q, kPullAnnotations, {jsonList(articles), cursor, jsonList(fresh)});
    while (ok && q.next()) {
        if (q.value(16).toBool())
            in.removedAnnotations.append(q.value(0).toString());
        else
            in.annotations.append(fromServer(q));
    }
    ok = ok && run(q, QStringLiteral("SELECT uuid::text FROM crosscheck.withdrawn w WHERE w.xid >= ?::xid8 AND NOT "
                                     "EXISTS (SELECT 1 FROM crosscheck.annotations a WHERE a.uuid = w.uuid)"),
                   {cursor});
    while (ok && q.next())
        in.removedAnnotations.append(q.value(0).toString());
    if (!ok) {
        *error = TeamServer::errorText(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    q.exec(QStringLiteral("COMMIT"));
    QElapsedTimer applying;
    applying.start();
    if (!m_journal->apply(in, server, received)) {
        *error = m_journal->lastError();
        return false;
    }
    qCDebug(lcTeam) << "applied" << in.annotations.size() << "in" << applying.elapsed() << "ms";
    return true;
}

} // namespace Crosscheck::Core
