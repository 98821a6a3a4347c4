#pragma once

#include "store/syncjournal.h"
#include "team/teamserver.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDriver>
#include <QSqlQuery>

#include <memory>

class QTimer;

namespace Crosscheck::Core {

class AnnotationStore;

/// Keeps one folder's annotation store in step with a team server (docs/team.md). Offline first:
/// the user's changes are committed locally and queued (SyncJournal); sync() sends the queue in
/// batches, each one PostgreSQL transaction whose queue entries go only after it committed, then
/// pulls what others changed since the last pull. The server keeps the latest version of each
/// annotation (by modification time) and every version it was sent in its history; a deletion is
/// a tombstone that no later edit revives. While connected, LISTEN/NOTIFY wakes the sync within
/// moments of a teammate's commit, and queued local changes are sent as they come; while the
/// server is unreachable, it tries again every few seconds.
///
/// Works on its own connections (SQLite and PostgreSQL), opened by connectTo(), so it may be made
/// in one thread and moved to a worker thread before it connects.
class TeamSync : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Off,       ///< not connected to any server
        Connected, ///< in step with the server (or about to be)
        Offline,   ///< the server cannot be reached; changes wait
        Failed     ///< the server refused (password, TLS, schema): the user must act
    };
    struct Status
    {
        State state = State::Off;
        QString reason; ///< for Offline and Failed
        int waiting = 0; ///< local changes not on the server yet
        QString server;  ///< TeamServer::uri()
    };
    struct Report
    {
        bool ok = false;
        int sent = 0;
        int received = 0;
        QString error;
    };

    /// Works on the annotation store in the database file @p storeFile.
    explicit TeamSync(const QString& storeFile, QObject *parent = nullptr);
    ~TeamSync() override;

    /// Connects, prepares the server's tables and listens; false (status() says why) if it
    /// cannot. Keeps trying later when the server was only unreachable.
    bool connectTo(const TeamServer& server, const QString& password);
    /// Sends the queue, then pulls; connects again first if the connection was lost.
    Report sync();
    /// Stops listening and retrying; the queue stays for the next connection.
    void disconnectFromServer();
    /// Sends and pulls by itself (notifications, queued changes, retries) until disconnected.
    void setLive(bool live);

    Status status() const { return m_status; }
    /// Changes in each push transaction (tests make it small to stop a server between two).
    void setBatchSize(int size) { m_batchSize = size; }

Q_SIGNALS:
    void statusChanged(const Crosscheck::Core::TeamSync::Status& status);
    /// Changes from the server were written into the store.
    void received(int count);
    /// A push transaction committed; @p sent changes in all so far in this sync().
    void batchSent(int sent);

private:
    bool reconnect();
    void closeConnection();
    bool alive() const;
    // A push transaction's statements, each prepared once.
    struct PushStatements
    {
        QSqlQuery upsert, tombstone, tag, untag;
        QString error;
    };
    bool pushOne(PushStatements& statements, const SyncJournal::Change& change);
    bool push(int *sent, QString *error);
    bool pull(int *received, QString *error);
    void lost(const QString& why);
    void setStatus(State state, const QString& reason = {});
    void onNotification(const QString& name, QSqlDriver::NotificationSource source);
    void tick();

    QString m_storeFile;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<SyncJournal> m_journal;
    TeamServer m_server;
    QString m_password;
    QString m_connection;
    bool m_connected = false;
    bool m_syncing = false;
    int m_batchSize = 500;
    Status m_status;
    QTimer *m_timer = nullptr;
    QDateTime m_nextRetry;
    bool m_wake = false;
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::TeamSync::Status)
