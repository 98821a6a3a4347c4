#include "teamserver.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace Crosscheck::Core {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"),
                               QStringLiteral("verify-full")};

bool isSocketFolder(const QString& host)
{
    return host.startsWith(u'/');
}

} // namespace

std::optional<TeamServer> TeamServer::fromUri(const QString& uri, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = tr("Not a server address: %1 (expected postgresql://USER@HOST:PORT/DATABASE)").arg(uri);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("Leave the password out of the address; Crosscheck asks for it (or reads PGPASSWORD).");
        return std::nullopt;
    }
    TeamServer server;
    const QUrlQuery query(url);
    server.host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                               : url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    server.user = url.userName();
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        server.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    server.caFile = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (!kSslModes.contains(server.sslMode)) {
        *error = tr("Unknown sslmode \"%1\" (use %2)").arg(server.sslMode, kSslModes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!server.isValid()) {
        *error = tr("The address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE");
        return std::nullopt;
    }
    return server;
}

QString TeamServer::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (isSocketFolder(host))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (sslMode != QLatin1String("require"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(query);
    return url.toString();
}

QString TeamServer::id() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool TeamServer::open(const QString& connection, const QString& password, QString *error, bool *reachable) const
{
    bool ok = false;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid()) {
            *error = tr("This Crosscheck cannot talk to PostgreSQL: Qt's QPSQL driver is missing (install libqt6sql6-psql).");
            if (reachable)
                *reachable = false;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return false;
        }
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(password);
        QStringList options = {QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=Crosscheck")};
        if (!isSocketFolder(host))
            options.append(QStringLiteral("sslmode=") + sslMode);
        if (!caFile.isEmpty())
            options.append(QStringLiteral("sslrootcert=") + caFile);
        db.setConnectOptions(options.join(u';'));
        ok = db.open();
        if (!ok)
            message = errorText(db.lastError());
    }
    if (!ok) {
        if (reachable)
            *reachable = !isUnreachable(message);
        *error = explain(message);
        QSqlDatabase::removeDatabase(connection);
    }
    return ok;
}

QString TeamServer::errorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool TeamServer::isUnreachable(const QString& m)
{
    return m.contains(QLatin1String("Connection refused")) || m.contains(QLatin1String("No such file or directory")) ||
           m.contains(QLatin1String("timeout expired")) || m.contains(QLatin1String("could not translate host name")) ||
           m.contains(QLatin1String("Network is unreachable")) || m.contains(QLatin1String("No route to host")) ||
           m.contains(QLatin1String("server closed the connection")) ||
           m.contains(QLatin1String("the database system is starting up")) ||
           m.contains(QLatin1String("the database system is shutting down")) ||
           m.contains(QLatin1String("no connection to the server")) ||
           m.contains(QLatin1String("terminating connection")) ||
           m.contains(QLatin1String("Database not open"), Qt::CaseInsensitive);
}

QString TeamServer::explain(const QString& m) const
{
    const QString where = isSocketFolder(host) ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    const QString detail = m.trimmed();
    if (m.contains(QLatin1String("password authentication failed")) || m.contains(QLatin1String("no password supplied")))
        return tr("The server at %1 refused the password of %2.").arg(where, user);
    if (m.contains(QLatin1String("does not support SSL")))
        return tr("The server at %1 does not offer TLS, and this connection requires it (sslmode=%2); "
                  "ask its administrator to turn TLS on.").arg(where, sslMode);
    if (m.contains(QLatin1String("certificate")) || m.contains(QLatin1String("SSL")))
        return tr("The TLS connection to %1 failed: %2").arg(where, detail);
    if (m.contains(QLatin1String("does not exist")))
        return tr("The server at %1 does not know this database or user: %2").arg(where, detail);
    if (isUnreachable(m))
        return tr("Cannot reach the team server at %1: %2").arg(where, detail);
    return tr("The team server at %1 refused the connection: %2").arg(where, detail);
}

} // namespace Crosscheck::Core
