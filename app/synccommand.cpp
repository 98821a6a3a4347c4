#include "synccommand.h"

#include "articles/folderloader.h"
#include "store/annotationstore.h"
#include "team/teamsync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

using namespace Crosscheck::Core;

namespace {

struct SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(message));
    return code;
}

// The folder's articles, read as the window reads them (their text hashes identify them).
QList<Article> readFolder(const QString& folder, QString *error)
{
    QList<Article> articles;
    FolderLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &FolderLoader::articleLoaded, &loop,
                     [&articles](const Article& article) { articles.append(article); });
    QObject::connect(&loader, &FolderLoader::failed, &loop, [&](const QString& message) {
        *error = message;
        loop.quit();
    });
    QObject::connect(&loader, &FolderLoader::finished, &loop, &QEventLoop::quit);
    loader.open(folder);
    loop.exec();
    return articles;
}

void printStatus(const TeamSync::Status& status)
{
    if (status.state == TeamSync::State::Connected)
        std::fprintf(stdout, "%s\n", qUtf8Printable(SyncCommand::tr("in step with %1").arg(status.server)));
    else if (!status.reason.isEmpty())
        std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(status.reason));
    std::fflush(stdout);
}

} // namespace

int runSyncCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SyncCommand::tr(
        "Keep a folder's annotations in step with a team's PostgreSQL server (docs/team.md). The password "
        "comes from PGPASSWORD or ~/.pgpass."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), SyncCommand::tr("The command."), QStringLiteral("sync"));
    parser.addPositionalArgument(QStringLiteral("folder"), SyncCommand::tr("Folder of articles."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    SyncCommand::tr("The team server: postgresql://USER@HOST:PORT/DATABASE"
                                                    "[?sslmode=verify-full&sslrootcert=FILE]."),
                                    QStringLiteral("URI"));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   SyncCommand::tr("Stay connected and keep the folder in step until stopped."));
    parser.addOptions({server, watch});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(server))
        return fail(SyncCommand::tr("Usage: crosscheck sync FOLDER --server postgresql://USER@HOST:PORT/DATABASE"), 2);
    QString error;
    const std::optional<TeamServer> team = TeamServer::fromUri(parser.value(server), &error);
    if (!team)
        return fail(error, 2);
    const QString folder = QDir::cleanPath(QDir(positional.at(1)).absolutePath());
    if (!QFileInfo(folder).isDir())
        return fail(SyncCommand::tr("%1 is not a folder").arg(folder), 2);

    const QList<Article> articles = readFolder(folder, &error);
    if (!error.isEmpty())
        return fail(error);
    AnnotationStore store;
    if (store.open(folder) != AnnotationStore::OpenResult::Opened)
        return fail(store.lastError());
    store.syncArticles(articles);

    TeamSync sync(store.location());
    if (!sync.connectTo(*team, {}))
        return fail(sync.status().reason);
    const TeamSync::Report report = sync.sync();
    if (!report.ok)
        return fail(SyncCommand::tr("%1 (%2 changes wait in the folder)").arg(report.error).arg(sync.status().waiting));
    std::fprintf(stdout, "%s\n",
                 qUtf8Printable(SyncCommand::tr("sent %1 changes, received %2, %3 annotations in the folder")
                                    .arg(report.sent)
                                    .arg(report.received)
                                    .arg(store.count())));
    if (!parser.isSet(watch))
        return 0;
    QObject::connect(&sync, &TeamSync::statusChanged, &printStatus);
    QObject::connect(&sync, &TeamSync::received, [&store](int count) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(SyncCommand::tr("received %1 changes, %2 annotations in the folder")
                                                        .arg(count)
                                                        .arg(store.count())));
        std::fflush(stdout);
    });
    // Ctrl+C or SIGTERM ends the watch between two rounds (the signal handler only writes a byte).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(SyncCommand::tr("cannot watch: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    QSocketNotifier stop(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &QCoreApplication::quit);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    sync.setLive(true);
    return QCoreApplication::exec();
}
