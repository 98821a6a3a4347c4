// The team desk against a real PostgreSQL server (tests/pgserver.h), no mock: two people on two
// copies of a folder, offline queues, a server killed mid-sync, concurrent and deleting edits,
// refusals with clear messages, and row-level security for private annotations.

#include "pgserver.h"

#include "articles/article.h"
#include "store/annotationstore.h"
#include "store/syncjournal.h"
#include "team/teamschema.h"
#include "team/teamserver.h"
#include "team/teamsync.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QScopeGuard>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

namespace {

const QString kText = QStringLiteral(
    "The council approved the tidal barrage on Monday. It will cost 2.4 billion pounds and take eight years "
    "to build, the mayor said.");

Article article(const QString& path, const QString& text = kText)
{
    Article a;
    a.relativePath = path;
    a.text = text;
    a.textSha256 = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return a;
}

// One person's copy of the folder: its store, and the sync engine on it.
struct Desk
{
    QTemporaryDir dir;
    AnnotationStore store;
    std::unique_ptr<TeamSync> sync;

    explicit Desk(const QString& articlePath)
    {
        store.open(dir.path());
        store.syncArticles({article(articlePath)});
        sync = std::make_unique<TeamSync>(store.location());
    }
    Annotation highlight(const QString& exact, const QString& note = {}, const QStringList& tags = {})
    {
        Annotation a;
        const qsizetype at = kText.indexOf(exact);
        a.articlePath = articlePathHint;
        a.articleSha256 = QString::fromLatin1(article(articlePathHint).textSha256);
        a.exact = exact;
        a.start = at;
        a.end = at + exact.size();
        a.note = note;
        a.tags = tags;
        return *store.add(a);
    }
    int waiting() { return SyncJournal(&store).pendingCount(); }
    QString articlePathHint;
};

} // namespace

class TeamTest : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    int m_database = 0;
    QString m_db;

    TeamServer as(const QString& user) const { return m_server.teamServer(user, m_db); }
    std::unique_ptr<Desk> desk(const QString& user, const QString& path)
    {
        auto d = std::make_unique<Desk>(path);
        d->articlePathHint = path;
        if (!d->sync->connectTo(as(user), user + QStringLiteral("-pw")))
            qWarning() << d->sync->status().reason;
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_server.unavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(m_server.init());
        QVERIFY(m_server.start());
        QCOMPARE(m_server.createDeskRoles(), QString());
    }

    // Each test works in a fresh database that the owner role prepared.
    void init()
    {
        m_db = QStringLiteral("desk%1").arg(++m_database);
        QCOMPARE(m_server.superSql({QStringLiteral("CREATE DATABASE %1 OWNER desk_owner").arg(m_db)}), QString());
        Desk owner(QStringLiteral("x.txt"));
        QVERIFY2(owner.sync->connectTo(as(QStringLiteral("desk_owner")), QStringLiteral("desk_owner-pw")),
                 qPrintable(owner.sync->status().reason));
    }

    void twoClientsSeeEachOthersAnnotations()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("coverage/bbc.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("elsewhere/renamed-copy.txt"));
        QCOMPARE(alice->sync->status().state, TeamSync::State::Connected);
        const Annotation a = alice->highlight(QStringLiteral("2.4 billion pounds"), QStringLiteral("check the sum"),
                                              {QStringLiteral("claim/cost")});
        QVERIFY(alice->store.setTagColor(QStringLiteral("claim/cost"), QStringLiteral("#ff0000")));
        QCOMPARE(alice->waiting(), 3); // the annotation and two tags
        const TeamSync::Report sent = alice->sync->sync();
        QVERIFY2(sent.ok, qPrintable(sent.error));
        QCOMPARE(alice->waiting(), 0);

        const TeamSync::Report got = bob->sync->sync();
        QVERIFY2(got.ok, qPrintable(got.error));
        QCOMPARE(got.received, 1);
        const auto seen = bob->store.annotation(a.uuid);
        QVERIFY(seen);
        QCOMPARE(seen->articlePath, QStringLiteral("elsewhere/renamed-copy.txt")); // same text, other path
        QCOMPARE(seen->note, QStringLiteral("check the sum"));
        QCOMPARE(seen->author, QStringLiteral("alice"));
        QCOMPARE(seen->tags, QStringList{QStringLiteral("claim/cost")});
        QCOMPARE(bob->waiting(), 0); // what arrived is not sent back
        bool coloured = false;
        for (const Tag& tag : bob->store.tags())
            coloured = coloured || (tag.path == QLatin1String("claim/cost") && tag.color == QLatin1String("#ff0000"));
        QVERIFY(coloured);

        // Bob answers in the note; Alice sees it, with Alice still the author.
        Annotation edited = *seen;
        edited.note = QStringLiteral("checked: the council's figure");
        QVERIFY(bob->store.update(edited));
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(alice->sync->sync().ok);
        QCOMPARE(alice->store.annotation(a.uuid)->note, QStringLiteral("checked: the council's figure"));
        QCOMPARE(alice->store.annotation(a.uuid)->author, QStringLiteral("alice"));
    }

    void notificationsArriveWithinASecond()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        QVERIFY(bob->sync->sync().ok);
        bob->sync->setLive(true);
        QSignalSpy received(bob->sync.get(), &TeamSync::received);
        QTest::qWait(300); // bob's first round is done
        received.clear();
        const Annotation a = alice->highlight(QStringLiteral("tidal barrage"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(alice->sync->sync().ok);
        QTRY_VERIFY_WITH_TIMEOUT(bob->store.annotation(a.uuid).has_value(), 1000);
        qInfo("notification to stored annotation: %lld ms", clock.elapsed());
        QVERIFY(!received.isEmpty());
    }

    void offlineEditsSyncWhenTheServerIsBack()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        m_server.stop();
        const Annotation one = alice->highlight(QStringLiteral("on Monday"));
        const Annotation two = alice->highlight(QStringLiteral("eight years"));
        const TeamSync::Report failed = alice->sync->sync();
        QVERIFY(!failed.ok);
        QCOMPARE(alice->sync->status().state, TeamSync::State::Offline);
        QVERIFY2(alice->sync->status().reason.contains(QLatin1String("Cannot reach the team server")),
                 qPrintable(alice->sync->status().reason));
        QCOMPARE(alice->sync->status().waiting, 2);
        QCOMPARE(alice->store.count(), 2); // committed locally all along

        QVERIFY(m_server.start());
        QVERIFY(alice->sync->sync().ok);
        QCOMPARE(alice->sync->status().state, TeamSync::State::Connected);
        QCOMPARE(alice->sync->status().waiting, 0);
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(bob->store.annotation(one.uuid));
        QVERIFY(bob->store.annotation(two.uuid));
    }

    void serverKilledMidSyncLosesNothing()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        const QStringList words = kText.split(u' ');
        QStringList uuids;
        for (int i = 0; i < 40; ++i)
            uuids.append(alice->highlight(words.at(i % words.size()), QStringLiteral("note %1").arg(i)).uuid);
        const Annotation bobs = bob->highlight(QStringLiteral("the mayor said"));
        alice->sync->setBatchSize(10);
        const auto killer = connect(alice->sync.get(), &TeamSync::batchSent, this, [this](int sent) {
            if (sent == 10)
                m_server.kill();
        });
        const TeamSync::Report broken = alice->sync->sync();
        QVERIFY(!broken.ok);
        QCOMPARE(broken.sent, 10);
        QCOMPARE(alice->waiting(), 30); // the first batch committed, the rest wait
        QVERIFY(!bob->sync->sync().ok);
        QCOMPARE(alice->store.count(), 40);
        QCOMPARE(bob->store.count(), 1);

        disconnect(killer);
        QVERIFY(m_server.start());
        const TeamSync::Report again = alice->sync->sync();
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(alice->sync->sync().ok);
        QCOMPARE(bob->store.count(), 41);
        QCOMPARE(alice->store.count(), 41);
        for (const QString& uuid : std::as_const(uuids))
            QVERIFY(bob->store.annotation(uuid));
        QVERIFY(alice->store.annotation(bobs.uuid));
    }

    void concurrentEditsKeepBothVersionsAndShowTheLatest()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        const Annotation a = alice->highlight(QStringLiteral("2.4 billion pounds"), QStringLiteral("first"));
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        Annotation mine = *alice->store.annotation(a.uuid);
        Annotation theirs = *bob->store.annotation(a.uuid);
        mine.note = QStringLiteral("alice's version");
        QVERIFY(alice->store.update(mine));
        QTest::qWait(5);
        theirs.note = QStringLiteral("bob's later version");
        QVERIFY(bob->store.update(theirs));
        // The later edit reaches the server first; the earlier one arrives after and loses.
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        QCOMPARE(alice->store.annotation(a.uuid)->note, QStringLiteral("bob's later version"));
        QCOMPARE(bob->store.annotation(a.uuid)->note, QStringLiteral("bob's later version"));
        const QString notes = m_server
                                  .superValue(QStringLiteral("SELECT string_agg(data->>'note', '|' ORDER BY id) FROM "
                                                             "crosscheck.history WHERE uuid = '%1'")
                                                  .arg(a.uuid),
                                              m_db)
                                  .toString();
        QCOMPARE(notes, QStringLiteral("first|bob's later version|alice's version"));
    }

    void aDeletionWinsOverALateEdit()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        const Annotation a = alice->highlight(QStringLiteral("on Monday"));
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(alice->store.remove(a.uuid));
        QTest::qWait(5);
        Annotation late = *bob->store.annotation(a.uuid);
        late.note = QStringLiteral("edited offline after the deletion");
        QVERIFY(bob->store.update(late));
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(!alice->store.annotation(a.uuid));
        QVERIFY(!bob->store.annotation(a.uuid)); // not revived
        // …but the late edit is on record.
        QCOMPARE(m_server
                     .superValue(QStringLiteral("SELECT count(*) FROM crosscheck.history WHERE uuid = '%1' AND "
                                                "data->>'note' = 'edited offline after the deletion'")
                                     .arg(a.uuid),
                                 m_db)
                     .toInt(),
                 1);
    }

    void privateAnnotationsStayWithTheirAuthor()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        auto bob = desk(QStringLiteral("bob"), QStringLiteral("b.txt"));
        Annotation mine = alice->highlight(QStringLiteral("the mayor said"), QStringLiteral("my own doubt"));
        mine.isPrivate = true;
        QVERIFY(alice->store.update(mine));
        const Annotation shared = alice->highlight(QStringLiteral("eight years"));
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(!bob->store.annotation(mine.uuid));
        QVERIFY(bob->store.annotation(shared.uuid));
        // Not through the app either: as bob, the server itself shows no row and no history.
        TeamServer server = as(QStringLiteral("bob"));
        QString error;
        QVERIFY2(server.open(QStringLiteral("bob-direct"), QStringLiteral("bob-pw"), &error), qPrintable(error));
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("bob-direct")));
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM crosscheck.annotations WHERE uuid = '%1') + "
                                          "(SELECT count(*) FROM crosscheck.history WHERE uuid = '%1')")
                               .arg(mine.uuid)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM crosscheck.annotations"))); // members never delete rows
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bob-direct"));
        // Taken back from the team: bob's copy goes.
        Annotation withdrawn = *alice->store.annotation(shared.uuid);
        withdrawn.isPrivate = true;
        QVERIFY(alice->store.update(withdrawn));
        QVERIFY(alice->sync->sync().ok);
        QVERIFY(bob->sync->sync().ok);
        QVERIFY(!bob->store.annotation(shared.uuid));
        QVERIFY(alice->store.annotation(shared.uuid));
    }

    void refusalsAreClearAndLoseNothing()
    {
        Desk d(QStringLiteral("a.txt"));
        d.articlePathHint = QStringLiteral("a.txt");
        d.highlight(QStringLiteral("on Monday"));

        QVERIFY(!d.sync->connectTo(as(QStringLiteral("alice")), QStringLiteral("wrong")));
        QCOMPARE(d.sync->status().state, TeamSync::State::Failed);
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("refused the password of alice")),
                 qPrintable(d.sync->status().reason));

        TeamServer tcp = as(QStringLiteral("alice"));
        tcp.host = QStringLiteral("127.0.0.1");
        QVERIFY(!d.sync->connectTo(tcp, QStringLiteral("alice-pw")));
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("does not offer TLS")),
                 qPrintable(d.sync->status().reason));
        tcp.sslMode = QStringLiteral("disable");
        QVERIFY2(d.sync->connectTo(tcp, QStringLiteral("alice-pw")), qPrintable(d.sync->status().reason));

        TeamServer gone = tcp;
        gone.port = 1; // nothing listens there
        QVERIFY(!d.sync->connectTo(gone, QStringLiteral("alice-pw")));
        QCOMPARE(d.sync->status().state, TeamSync::State::Offline);
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("Cannot reach")), qPrintable(d.sync->status().reason));

        QCOMPARE(m_server.superSql({QStringLiteral("UPDATE crosscheck.schema_version SET version = 99")}, m_db), QString());
        QVERIFY(!d.sync->connectTo(as(QStringLiteral("alice")), QStringLiteral("alice-pw")));
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("newer Crosscheck (schema 99")),
                 qPrintable(d.sync->status().reason));
        QCOMPARE(d.waiting(), 1);
        QCOMPARE(d.store.count(), 1);
    }

    void aRefusedPushWaitsForTheUser()
    {
        auto alice = desk(QStringLiteral("alice"), QStringLiteral("a.txt"));
        QVERIFY(alice->sync->sync().ok);
        // The administrator takes a right away: every push is refused from now on.
        QCOMPARE(m_server.superSql({QStringLiteral("REVOKE INSERT ON crosscheck.history FROM crosscheck_team")}, m_db),
                 QString());
        alice->sync->setLive(true);
        alice->highlight(QStringLiteral("on Monday"));
        QTRY_COMPARE_WITH_TIMEOUT(alice->sync->status().state, TeamSync::State::Failed, 3000);
        QVERIFY2(alice->sync->status().reason.contains(QLatin1String("permission denied")),
                 qPrintable(alice->sync->status().reason));
        const auto rollbacks = [this] {
            return m_server.superValue(
                QStringLiteral("SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()"), m_db).toLongLong();
        };
        const qint64 before = rollbacks();
        QTest::qWait(2500); // backends report their statistics within a second or so
        // Not retried four times a second (the first refusal may be counted only now).
        QVERIFY2(rollbacks() - before <= 1, qPrintable(QString::number(rollbacks() - before)));
        QCOMPARE(alice->waiting(), 1); // and nothing lost
        QCOMPARE(m_server.superSql({QStringLiteral("GRANT INSERT ON crosscheck.history TO crosscheck_team")}, m_db), QString());
        QVERIFY(alice->sync->sync().ok); // Sync Now
        QCOMPARE(alice->waiting(), 0);
    }

    void aMemberCannotCreateTheTables()
    {
        const QString fresh = m_db + QStringLiteral("x");
        QCOMPARE(m_server.superSql({QStringLiteral("CREATE DATABASE %1 OWNER desk_owner").arg(fresh)}), QString());
        TeamServer server = as(QStringLiteral("alice"));
        server.database = fresh;
        Desk d(QStringLiteral("a.txt"));
        QVERIFY(!d.sync->connectTo(server, QStringLiteral("alice-pw")));
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("ask the administrator")),
                 qPrintable(d.sync->status().reason));
    }

    void tlsWithTheCertificateVerified()
    {
        QString ca;
        const QStringList tls = m_server.makeTls(&ca);
        QVERIFY(!tls.isEmpty());
        m_server.stop();
        QVERIFY(m_server.start(tls));
        auto restore = qScopeGuard([this] {
            m_server.stop();
            QVERIFY(m_server.start());
        });
        Desk d(QStringLiteral("a.txt"));
        d.articlePathHint = QStringLiteral("a.txt");
        d.highlight(QStringLiteral("on Monday"));
        TeamServer server = as(QStringLiteral("alice"));
        server.host = QStringLiteral("127.0.0.1");
        server.sslMode = QStringLiteral("verify-full");
        server.caFile = ca;
        QVERIFY2(d.sync->connectTo(server, QStringLiteral("alice-pw")), qPrintable(d.sync->status().reason));
        QVERIFY(d.sync->sync().ok);
        QCOMPARE(d.waiting(), 0);
        QString error;
        QVERIFY2(server.open(QStringLiteral("alice-tls"), QStringLiteral("alice-pw"), &error), qPrintable(error));
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("alice-tls")));
            QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
            QVERIFY(q.value(0).toBool()); // encrypted
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alice-tls"));

        // Another CA did not sign the server's certificate: refused, with the reason.
        const QString wrongCa = QFileInfo(ca).dir().filePath(QStringLiteral("server.pem")); // not a CA
        server.caFile = wrongCa;
        QVERIFY(!d.sync->connectTo(server, QStringLiteral("alice-pw")));
        QCOMPARE(d.sync->status().state, TeamSync::State::Failed);
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("TLS connection to 127.0.0.1")),
                 qPrintable(d.sync->status().reason));
        // A host name the certificate does not name (it names 127.0.0.1 only).
        server.caFile = ca;
        server.host = QStringLiteral("localhost");
        QVERIFY(!d.sync->connectTo(server, QStringLiteral("alice-pw")));
        QVERIFY2(d.sync->status().reason.contains(QLatin1String("TLS")), qPrintable(d.sync->status().reason));
    }

    void theCommandLineSyncsAFolder()
    {
        QTemporaryDir a, b;
        const QByteArray text = kText.toUtf8() + '\n';
        for (const QString& file : {a.filePath(QStringLiteral("story.txt")), b.filePath(QStringLiteral("copy.txt"))}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QString uri = as(QStringLiteral("alice")).uri();
        const auto crosscheck = [&uri](const QString& folder, const QString& password, QString *out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), password);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CROSSCHECK_EXECUTABLE), {QStringLiteral("sync"), folder, QStringLiteral("--server"), uri});
            p.waitForFinished(60000);
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(crosscheck(a.path(), QStringLiteral("alice-pw"), &out), 0);
        QVERIFY2(out.contains(QLatin1String("sent 0 changes")), qPrintable(out));
        QString uuid;
        {
            AnnotationStore store;
            QCOMPARE(store.open(a.path()), AnnotationStore::OpenResult::Opened);
            const QStringList hashes = SyncJournal(&store).articleHashes();
            QCOMPARE(hashes.size(), 1);
            Annotation h;
            h.articlePath = QStringLiteral("story.txt");
            h.articleSha256 = hashes.first();
            h.exact = QStringLiteral("tidal barrage");
            h.start = kText.indexOf(h.exact);
            h.end = h.start + h.exact.size();
            uuid = store.add(h)->uuid;
        }
        QCOMPARE(crosscheck(a.path(), QStringLiteral("alice-pw"), &out), 0);
        QVERIFY2(out.contains(QLatin1String("sent 1 changes")), qPrintable(out));
        QCOMPARE(crosscheck(b.path(), QStringLiteral("alice-pw"), &out), 0);
        QVERIFY2(out.contains(QLatin1String("1 annotations in the folder")), qPrintable(out));
        {
            AnnotationStore store;
            QCOMPARE(store.open(b.path()), AnnotationStore::OpenResult::Opened);
            QCOMPARE(store.annotation(uuid)->articlePath, QStringLiteral("copy.txt"));
        }
        QCOMPARE(crosscheck(b.path(), QStringLiteral("wrong"), &out), 1);
        QVERIFY2(out.contains(QLatin1String("refused the password of alice")), qPrintable(out));
    }

    void addressesReadAndWrite()
    {
        QString error;
        const auto s = TeamServer::fromUri(
            QStringLiteral("postgresql://ana@db.example.org:6543/desk?sslmode=verify-full&sslrootcert=/etc/ca.pem"),
            &error);
        QVERIFY(s);
        QCOMPARE(s->host, QStringLiteral("db.example.org"));
        QCOMPARE(s->port, 6543);
        QCOMPARE(s->database, QStringLiteral("desk"));
        QCOMPARE(s->user, QStringLiteral("ana"));
        QCOMPARE(s->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(s->caFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(TeamServer::fromUri(s->uri(), &error), s);
        QVERIFY(!TeamServer::fromUri(QStringLiteral("postgresql://ana:secret@db/desk"), &error));
        QVERIFY(error.contains(QLatin1String("password")));
        QVERIFY(!TeamServer::fromUri(QStringLiteral("http://db/desk"), &error));
        QVERIFY(!TeamServer::fromUri(QStringLiteral("postgresql://db/desk"), &error)); // no user
        const auto socket = TeamServer::fromUri(QStringLiteral("postgresql://ana@/desk?host=/run/postgresql"), &error);
        QVERIFY(socket);
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(TeamServer::fromUri(socket->uri(), &error), socket);
    }
};

QTEST_GUILESS_MAIN(TeamTest)
#include "tst_team.moc"
