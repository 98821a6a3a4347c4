#pragma once

// A throw-away PostgreSQL server for the team tests: initdb in a temporary folder, a loopback port
// and a Unix socket, password (SCRAM) authentication, started, stopped, killed and started again on
// the same data. As root (the build root) the server runs as the user "postgres", which the
// postgresql-17 package creates; PostgreSQL refuses to run as root.

#include "team/teamserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

class PgServer
{
public:
    static constexpr const char *kSuperPassword = "super-secret";

    PgServer()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& v : versions) {
            if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/postgres").arg(v)))
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(v);
        }
    }
    ~PgServer() { stop(); }

    /// Why the tests cannot run here, or empty.
    QString unavailable() const
    {
        if (m_bin.isEmpty())
            return QStringLiteral("PostgreSQL server binaries not installed (postgresql-17)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's QPSQL driver not installed (libqt6sql6-psql)");
        if (geteuid() == 0 && !getpwnam("postgres"))
            return QStringLiteral("running as root and there is no user postgres to run the server as");
        return {};
    }

    bool init()
    {
        if (!m_dir.isValid())
            return false;
        QDir(m_dir.path()).mkpath(QStringLiteral("sock"));
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(kSuperPassword) < 0)
            return false;
        pw.close();
        giveAway(m_dir.path());
        giveAway(m_dir.filePath(QStringLiteral("sock")));
        giveAway(pw.fileName());
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        return runAsServerUser(m_bin + QStringLiteral("initdb"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                                QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + pw.fileName(),
                                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync"),
                                QStringLiteral("--locale=C.UTF-8")});
    }

    /// Starts the server; @p options are more "-c name=value" settings (TLS, say).
    bool start(const QStringList& options = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
        // A session of its own, so kill() reaches every backend; a shell beside the server takes
        // the whole session down once this test process is gone, even if it crashed.
        m_process->setChildProcessModifier([] { ::setsid(); });
        const QString watch = QStringLiteral(
            "parent=$1; shift; \"$@\" & pg=$!; "
            "while [ -d /proc/$parent ] && kill -0 $pg 2>/dev/null; do sleep 0.5; done; kill -9 0");
        const auto [program, args] = asServerUser(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), watch, QStringLiteral("pgserver"), QString::number(::getpid()),
             m_bin + QStringLiteral("postgres"), QStringLiteral("-D"), dataDir(), QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-k"), socketDir(), QStringLiteral("-c"),
             QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"), QStringLiteral("fsync=off")});
        QStringList all = args;
        for (const QString& option : options)
            all << QStringLiteral("-c") << option;
        m_process->start(program, all);
        if (!m_process->waitForStarted(10000))
            return false;
        for (int i = 0; i < 200; ++i) {
            if (QFile::exists(socketDir() + QStringLiteral("/.s.PGSQL.") + QString::number(m_port)) && canConnect())
                return true;
            QThread::msleep(50);
        }
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            qWarning("the server did not start:\n%s", log.readAll().right(2000).constData());
        return false;
    }

    /// SIGKILL to the server and all its backends, as a crash or power cut would.
    void kill()
    {
        if (!m_process)
            return;
        QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
        const QByteArray postmaster = pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed() : QByteArray();
        pidFile.close();
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
        m_process.reset();
        // The killed postmaster was the shell's child: wait until it is reaped, as after a real
        // crash, so that the next start sees a stale lock file and recovers.
        for (int i = 0; i < 100 && !postmaster.isEmpty() && QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(postmaster)); ++i)
            QThread::msleep(50);
        if (!postmaster.isEmpty() && QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(postmaster)))
            pidFile.remove();
        QFile::remove(socketDir() + QStringLiteral("/.s.PGSQL.") + QString::number(m_port));
        QFile::remove(socketDir() + QStringLiteral("/.s.PGSQL.") + QString::number(m_port) + QStringLiteral(".lock"));
    }

    void stop()
    {
        if (!m_process)
            return;
        runAsServerUser(m_bin + QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(),
                                                           QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")});
        if (!m_process->waitForFinished(20000))
            kill();
        m_process.reset();
    }

    /// Runs SQL as the superuser on @p database; the first error, or empty.
    QString superSql(const QStringList& statements, const QString& database = QStringLiteral("postgres"))
    {
        QString error;
        asSuperuser(database, [&](QSqlDatabase& db) {
            if (!db.isOpen()) {
                error = db.lastError().text();
                return;
            }
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    return;
                }
            }
        });
        return error;
    }

    /// The first column of the first row of @p sql, as the superuser.
    QVariant superValue(const QString& sql, const QString& database)
    {
        QVariant value;
        asSuperuser(database, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (db.isOpen() && q.exec(sql) && q.next())
                value = q.value(0);
        });
        return value;
    }

    /// The address of database @p database on this server for @p user (over the Unix socket).
    Crosscheck::Core::TeamServer teamServer(const QString& user, const QString& database) const
    {
        Crosscheck::Core::TeamServer s;
        s.host = socketDir();
        s.port = m_port;
        s.database = database;
        s.user = user;
        return s;
    }

    /// The roles of a desk: crosscheck_team (members), desk_owner (owns the databases and runs
    /// the migrations), alice and bob (members); each password is the name and "-pw".
    QString createDeskRoles()
    {
        return superSql({QStringLiteral("CREATE ROLE crosscheck_team NOLOGIN"),
                         QStringLiteral("CREATE ROLE desk_owner LOGIN PASSWORD 'desk_owner-pw'"),
                         QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-pw' IN ROLE crosscheck_team"),
                         QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE crosscheck_team")});
    }

    /// Makes a certificate authority and a server certificate for 127.0.0.1 (not "localhost") in the
    /// server's folder (openssl); the "-c" settings that turn TLS on with them, or empty on failure.
    QStringList makeTls(QString *caFile)
    {
        const QString dir = m_dir.path() + QStringLiteral("/tls");
        QDir().mkpath(dir);
        const auto openssl = [&dir](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("openssl"), args);
            const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
            if (!ok)
                qWarning("openssl: %s", p.readAll().constData());
            return ok;
        };
        QFile ext(dir + QStringLiteral("/san.ext"));
        if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\n") < 0)
            return {};
        ext.close();
        const bool ok =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=Crosscheck test CA"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                     QStringLiteral("-out"), QStringLiteral("ca.pem")}) &&
            openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=crosscheck-test-server"), QStringLiteral("-keyout"),
                     QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr")}) &&
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("server.pem")});
        if (!ok)
            return {};
        QFile::setPermissions(dir + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
        giveAway(dir);
        giveAway(dir + QStringLiteral("/server.key"));
        giveAway(dir + QStringLiteral("/server.pem"));
        *caFile = dir + QStringLiteral("/ca.pem");
        return {QStringLiteral("ssl=on"), QStringLiteral("ssl_cert_file=") + dir + QStringLiteral("/server.pem"),
                QStringLiteral("ssl_key_file=") + dir + QStringLiteral("/server.key")};
    }

    int port() const { return m_port; }
    QString socketDir() const { return m_dir.filePath(QStringLiteral("sock")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    // Calls @p work with a superuser connection to @p database (open, or not when it failed).
    template<typename Work> void asSuperuser(const QString& database, Work&& work)
    {
        const QString name = QStringLiteral("pgserver-super");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(m_port);
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            db.setPassword(QString::fromLatin1(kSuperPassword));
            db.open();
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    bool canConnect()
    {
        return superSql({QStringLiteral("SELECT 1")}).isEmpty();
    }

    static void giveAway(const QString& path)
    {
        if (geteuid() != 0)
            return;
        if (const passwd *pg = getpwnam("postgres"))
            (void)::chown(QFile::encodeName(path).constData(), pg->pw_uid, pg->pw_gid);
    }

    static std::pair<QString, QStringList> asServerUser(const QString& program, const QStringList& args)
    {
        if (geteuid() != 0)
            return {program, args};
        // setpriv execs the server itself (no extra parent), so its pid is the postmaster's.
        return {QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=postgres"), QStringLiteral("--regid=postgres"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                    QStringList{program} + args};
    }

    bool runAsServerUser(const QString& program, const QStringList& args)
    {
        const auto [p, a] = asServerUser(program, args);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(p, a);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning("%s", process.readAll().constData());
            return false;
        }
        return true;
    }

    QString m_bin;
    QTemporaryDir m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
