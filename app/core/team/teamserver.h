#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace Crosscheck::Core {

/// Where a desk's team server is and how to reach it: a PostgreSQL database through Qt's QPSQL
/// driver. TLS is required unless the host is a Unix socket folder (sslmode "require"; "verify-full"
/// checks the certificate against a CA file and the host name). Written as a libpq-style address,
/// postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE&sslrootcert=FILE; the password is never part
/// of it (it comes from the keyring, PGPASSWORD or ~/.pgpass).
struct TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    QString host = QStringLiteral("localhost"); ///< a name, an address, or a Unix socket folder
    int port = 5432;
    QString database = QStringLiteral("crosscheck");
    QString user;
    QString sslMode = QStringLiteral("require"); ///< disable, require, verify-ca, verify-full
    QString caFile;                              ///< sslrootcert for verify-ca / verify-full

    /// Reads an address; nullopt with @p error set when it is not one (or holds a password).
    static std::optional<TeamServer> fromUri(const QString& uri, QString *error);
    QString uri() const;
    /// A stable name for this server and database (what the local cursor is kept under).
    QString id() const;
    bool isValid() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }

    /// Opens a connection named @p connection; on failure removes it and sets @p error to a
    /// sentence a user can act on, and @p reachable to whether the server answered at all.
    bool open(const QString& connection, const QString& password, QString *error,
              bool *reachable = nullptr) const;

    /// Explains a libpq error the way open() does.
    QString explain(const QString& libpqMessage) const;
    /// What the server (libpq) said, or Qt's text when it said nothing.
    static QString errorText(const QSqlError& error);
    /// True when @p libpqMessage says the server could not be reached (try again later).
    static bool isUnreachable(const QString& libpqMessage);

    friend bool operator==(const TeamServer&, const TeamServer&) = default;
};

} // namespace Crosscheck::Core
