// The team desk against one PostgreSQL server (tests/pgserver.h): N clients (20 by default) each
// with M annotations of their own (5,000) on two copies of the same article, every client in its
// own thread sending its queue and pulling until it holds all N×M; then notification latency: one
// client commits K single highlights (200) while the others listen, and the time from each commit
// until each listener holds the highlight is recorded (median and 99th percentile).
// Usage: bench_team [--clients N] [--annotations M] [--notifications K]

#include "../pgserver.h"

#include "articles/article.h"
#include "store/annotationstore.h"
#include "team/teamsync.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace Crosscheck::Core;

namespace {

const QString kText = QStringLiteral(
    "The council approved the tidal barrage on Monday by 31 votes to 14. It will cost 2.4 billion pounds, take "
    "eight years to build and power 210,000 homes, the mayor said; fishermen say catches will fall by 30%.");

Article article()
{
    Article a;
    a.relativePath = QStringLiteral("story.txt");
    a.text = kText;
    a.textSha256 = QCryptographicHash::hash(kText.toUtf8(), QCryptographicHash::Sha256).toHex();
    return a;
}

Annotation highlight(int i)
{
    const QStringList words = kText.split(u' ');
    const int w = i % int(words.size());
    Annotation a;
    a.articlePath = QStringLiteral("story.txt");
    a.articleSha256 = QString::fromLatin1(article().textSha256);
    a.start = 0;
    for (int k = 0; k < w; ++k)
        a.start += words[k].size() + 1;
    a.exact = words[w];
    a.end = a.start + a.exact.size();
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.note = QStringLiteral("note %1").arg(i);
    a.tags = {QStringLiteral("claim/checked")};
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    return a;
}

TeamServer serverFor(const PgServer& pg, const QString& user)
{
    return pg.teamServer(user, QStringLiteral("bench"));
}

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qMin(values.size() - 1, qsizetype(p * double(values.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    const QStringList args = app.arguments();
    const int clients = option(args, QStringLiteral("--clients"), 20);
    const int each = option(args, QStringLiteral("--annotations"), 5000);
    const int notifications = option(args, QStringLiteral("--notifications"), 200);
    const int total = clients * each;

    PgServer pg;
    if (const QString why = pg.unavailable(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
        return 1;
    }
    QStringList roles = {QStringLiteral("CREATE ROLE crosscheck_team NOLOGIN"),
                         QStringLiteral("CREATE ROLE desk_owner LOGIN PASSWORD 'pw'"),
                         QStringLiteral("CREATE DATABASE bench OWNER desk_owner")};
    for (int c = 0; c < clients; ++c)
        roles.append(QStringLiteral("CREATE ROLE member%1 LOGIN PASSWORD 'pw' IN ROLE crosscheck_team").arg(c));
    if (!pg.init() || !pg.start() || !pg.superSql(roles).isEmpty()) {
        std::fprintf(stderr, "bench_team: cannot start PostgreSQL\n");
        return 1;
    }
    QList<std::shared_ptr<QTemporaryDir>> folders;
    for (int c = 0; c < clients; ++c) {
        folders.append(std::make_shared<QTemporaryDir>());
        AnnotationStore store;
        store.open(folders.last()->path());
        store.syncArticles({article()});
        QList<Annotation> mine;
        for (int i = 0; i < each; ++i)
            mine.append(highlight(c * each + i));
        store.addMany(mine);
    }
    {
        QTemporaryDir scratch;
        AnnotationStore store;
        store.open(scratch.path());
        TeamSync owner(store.location());
        if (!owner.connectTo(serverFor(pg, QStringLiteral("desk_owner")), QStringLiteral("pw"))) {
            std::fprintf(stderr, "bench_team: %s\n", qPrintable(owner.status().reason));
            return 1;
        }
    }

    // Every client at once, each in its own thread with its own connections.
    std::printf("%d clients x %d annotations = %d, one server (PostgreSQL, Unix socket), %u cores\n", clients, each,
                total, std::thread::hardware_concurrency());
    QElapsedTimer clock;
    clock.start();
    QList<double> done(clients, 0);
    std::atomic<int> failures = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            AnnotationStore store;
            store.open(folders[c]->path());
            TeamSync sync(store.location());
            if (!sync.connectTo(serverFor(pg, QStringLiteral("member%1").arg(c)), QStringLiteral("pw"))) {
                ++failures;
                return;
            }
            while (store.count() < total) {
                if (!sync.sync().ok) {
                    ++failures;
                    return;
                }
                if (store.count() < total)
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            done[c] = clock.nsecsElapsed() / 1e9;
        }));
        threads.back()->start();
    }
    for (const auto& t : threads)
        t->wait();
    if (failures > 0) {
        std::fprintf(stderr, "bench_team: %d clients failed\n", failures.load());
        return 1;
    }
    const double all = *std::max_element(done.cbegin(), done.cend());
    std::printf("every client holds all %d annotations after %.1f s (the first after %.1f s); %d annotation "
                "copies written in all, %.0f per second\n",
                total, all, *std::min_element(done.cbegin(), done.cend()), total * clients,
                double(total) * clients / all);

    // Notifications: client 0 writes, the others listen (all in this thread's event loop).
    std::vector<std::unique_ptr<AnnotationStore>> stores;
    std::vector<std::unique_ptr<TeamSync>> syncs;
    for (int c = 0; c < clients; ++c) {
        stores.push_back(std::make_unique<AnnotationStore>());
        stores.back()->open(folders[c]->path());
        syncs.push_back(std::make_unique<TeamSync>(stores.back()->location()));
        syncs.back()->connectTo(serverFor(pg, QStringLiteral("member%1").arg(c)), QStringLiteral("pw"));
        syncs.back()->sync();
        if (c > 0)
            syncs.back()->setLive(true);
    }
    QList<double> latencies;
    QList<double> firsts; // per commit, the first listener to hold it: what one client alone sees
    for (int k = 0; k < notifications; ++k) {
        Annotation a = highlight(k);
        stores[0]->add(a);
        QElapsedTimer since;
        since.start();
        syncs[0]->sync();
        QList<bool> seen(clients, false);
        int waiting = clients - 1;
        QEventLoop loop;
        QList<QMetaObject::Connection> watches;
        for (int c = 1; c < clients; ++c) {
            watches.append(QObject::connect(syncs[c].get(), &TeamSync::received, &loop, [&, c] {
                if (!seen[c] && stores[c]->annotation(a.uuid)) {
                    seen[c] = true;
                    latencies.append(since.nsecsElapsed() / 1e6);
                    if (waiting == clients - 1)
                        firsts.append(latencies.last());
                    if (--waiting == 0)
                        loop.quit();
                }
            }));
        }
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto& w : watches)
            QObject::disconnect(w);
        if (waiting > 0)
            std::fprintf(stderr, "bench_team: %d listeners missed notification %d\n", waiting, k);
    }
    std::printf("commit to highlight stored by a listener, %d commits x %d listeners served one after another in "
                "one process: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
                notifications, clients - 1, percentile(latencies, 0.5), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    std::printf("the first listener of each commit (one client on its own): median %.1f ms, p99 %.1f ms\n",
                percentile(firsts, 0.5), percentile(firsts, 0.99));
    syncs.clear();
    stores.clear();
    return 0;
}
