#include "articles/articlereader.h"
#include "store/anchoring.h"
#include "store/annotationstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesInsideTheFolder();
    void fallsBackWhenTheFolderCannotTakeTheStore();
    void addUpdateRemove();
    void boundValuesOnly();
    void tagTree();
    void searchesNotesAndQuotes();
    void upgradesOldSchemaWithData();
    void detectsDamagedFile_data();
    void detectsDamagedFile();
    void twoStoresOnOneFile();
    void reanchors_data();
    void reanchors();
    void sameQuoteTwiceChoosesByContext();
    void syncFollowsRenameAndKeepsOrphans();
    void survivesKillAtRandomMoments();
};

namespace {
Annotation annotationFor(const QString& text, const QString& quote, int occurrence = 0)
{
    qsizetype at = text.indexOf(quote);
    for (int i = 0; i < occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    Annotation a;
    a.articlePath = u"a.txt"_s;
    a.articleSha256 = u"old"_s;
    Anchoring::describe(a, text, at, at + quote.size());
    return a;
}

} // namespace

void TestAnnotationStore::storesInsideTheFolder()
{
    QTemporaryDir folder;
    AnnotationStore store;
    QCOMPARE(store.open(folder.path()), AnnotationStore::OpenResult::Opened);
    QCOMPARE(store.location(), folder.filePath(u".crosscheck/annotations.sqlite"_s));
    QVERIFY(!store.isFallbackLocation());
    QCOMPARE(store.schemaVersion(), AnnotationStore::kSchemaVersion);
    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
    QVERIFY(QFile::exists(store.location()));
}

void TestAnnotationStore::fallsBackWhenTheFolderCannotTakeTheStore()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir folder;
    // A file where the store's folder would go: the store cannot live in the folder.
    TestUtils::writeFile(folder.filePath(u".crosscheck"_s), "not a folder");
    AnnotationStore store;
    QCOMPARE(store.open(folder.path()), AnnotationStore::OpenResult::Opened);
    QVERIFY(store.isFallbackLocation());
    QVERIFY(!store.location().startsWith(folder.path()));
    QVERIFY(store.location().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(store.add(annotationFor(u"text to keep"_s, u"keep"_s)));
    // The same folder finds the same store again.
    AnnotationStore again;
    QCOMPARE(again.open(folder.path()), AnnotationStore::OpenResult::Opened);
    QCOMPARE(again.location(), store.location());
    QCOMPARE(again.count(), 1);
    QFile::remove(store.location());
}

void TestAnnotationStore::addUpdateRemove()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QCOMPARE(store.openFile(dir.filePath(u"s.sqlite"_s)), AnnotationStore::OpenResult::Opened);
    const QString text = u"Alibaba will invest $53 billion over three years."_s;
    Annotation a = annotationFor(text, u"$53 billion"_s);
    a.tags = {u"figure/money"_s, u"claim"_s};
    a.note = u"Check against the **filing**."_s;
    const auto stored = store.add(a);
    QVERIFY2(stored, qPrintable(store.lastError()));
    QVERIFY(stored->id > 0);
    QVERIFY(!stored->uuid.isEmpty());
    QVERIFY(stored->created.isValid());
    QCOMPARE(stored->exact, u"$53 billion"_s);
    QCOMPARE(stored->prefix, u"Alibaba will invest "_s);
    QCOMPARE(stored->suffix, u" over three years."_s);
    QCOMPARE(stored->start, 20);
    QCOMPARE(stored->end, 31);
    QCOMPARE(stored->tags, QStringList({u"claim"_s, u"figure/money"_s}));

    Annotation changed = *stored;
    changed.note = u"Filing says $53bn."_s;
    changed.color = u"#81c784"_s;
    changed.tags = {u"claim/disputed"_s};
    QVERIFY(store.update(changed));
    const auto reread = store.annotation(stored->uuid);
    QVERIFY(reread);
    QCOMPARE(reread->note, changed.note);
    QCOMPARE(reread->color, changed.color);
    QCOMPARE(reread->tags, QStringList({u"claim/disputed"_s}));
    QVERIFY(reread->modified >= stored->modified);
    QCOMPARE(store.annotations(u"a.txt"_s).size(), 1);
    QCOMPARE(store.annotations(u"b.txt"_s).size(), 0);

    QVERIFY(store.remove(stored->uuid));
    QVERIFY(!store.annotation(stored->uuid));
    QVERIFY(!store.remove(stored->uuid));
    // Undoing a deletion brings back the same annotation, uuid and times included.
    QVERIFY(store.restore(*reread));
    const auto back = store.annotation(stored->uuid);
    QVERIFY(back);
    QCOMPARE(back->created, reread->created);
    QCOMPARE(back->tags, reread->tags);
}

void TestAnnotationStore::boundValuesOnly()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QCOMPARE(store.openFile(dir.filePath(u"s.sqlite"_s)), AnnotationStore::OpenResult::Opened);
    Annotation a = annotationFor(u"It's a \"quote\"; DROP TABLE annotations; --"_s, u"\"quote\""_s);
    a.tags = {u"x'; DROP TABLE tags; --"_s, u"o'brien"_s};
    a.note = u"Robert'); DROP TABLE annotations;-- \"quoted\" % _"_s;
    const auto stored = store.add(a);
    QVERIFY2(stored, qPrintable(store.lastError()));
    QCOMPARE(stored->note, a.note);
    QCOMPARE(stored->tags, QStringList({u"o'brien"_s, u"x'; DROP TABLE tags; --"_s}));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.search(u"DROP TABLE"_s).size(), 1);
    QCOMPARE(store.search(u"\"unbalanced"_s).size(), 0);
    QCOMPARE(store.tags().size(), 2);
}

void TestAnnotationStore::tagTree()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QCOMPARE(store.openFile(dir.filePath(u"s.sqlite"_s)), AnnotationStore::OpenResult::Opened);
    const QString text = u"one two three four"_s;
    Annotation a = annotationFor(text, u"two"_s);
    a.tags = {u"claim/disputed"_s};
    Annotation b = annotationFor(text, u"four"_s);
    b.tags = {u"claim"_s, u"check"_s};
    const auto sa = store.add(a), sb = store.add(b);
    QVERIFY(sa && sb);
    auto paths = [&store] {
        QStringList out;
        for (const Tag& t : store.tags())
            out.append(u"%1=%2"_s.arg(t.path).arg(t.uses));
        return out;
    };
    QCOMPARE(paths(), QStringList({u"check=1"_s, u"claim=1"_s, u"claim/disputed=1"_s}));

    QVERIFY(!store.removeTag(u"claim"_s)); // in use: refused, and said why
    QVERIFY(store.lastError().contains(u"carry"_s));
    QVERIFY(store.renameTag(u"claim"_s, u"assertion"_s));
    QCOMPARE(paths(), QStringList({u"assertion=1"_s, u"assertion/disputed=1"_s, u"check=1"_s}));
    QCOMPARE(store.annotation(sa->uuid)->tags, QStringList({u"assertion/disputed"_s}));
    QVERIFY(!store.renameTag(u"check"_s, u"assertion"_s)); // exists: merge instead
    QVERIFY(store.mergeTag(u"check"_s, u"assertion"_s));
    QCOMPARE(store.annotation(sb->uuid)->tags, QStringList({u"assertion"_s}));
    QCOMPARE(paths(), QStringList({u"assertion=1"_s, u"assertion/disputed=1"_s}));
    QVERIFY(store.setTagColor(u"assertion"_s, u"#e57373"_s));
    QVERIFY(store.setTagDescription(u"assertion"_s, u"A statement of fact to check"_s));
    QCOMPARE(store.tags().first().color, u"#e57373"_s);
    QVERIFY(store.remove(sa->uuid));
    QVERIFY(store.removeTag(u"assertion/disputed"_s));
    QCOMPARE(paths(), QStringList({u"assertion=1"_s}));
}

void TestAnnotationStore::searchesNotesAndQuotes()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QCOMPARE(store.openFile(dir.filePath(u"s.sqlite"_s)), AnnotationStore::OpenResult::Opened);
    const QString text =
        u"Meta has earmarked $65 billion for 2025. Microsoft expects to spend $80 billion."_s;
    Annotation a = annotationFor(text, u"$65 billion"_s);
    a.note = u"Other outlets say around 65."_s;
    Annotation b = annotationFor(text, u"$80 billion"_s);
    b.note = u"Fiscal year, not calendar."_s;
    QVERIFY(store.add(a) && store.add(b));
    QCOMPARE(store.search(u"outlets"_s).size(), 1);
    QCOMPARE(store.search(u"fiscal calendar"_s).size(), 1);
    QCOMPARE(store.search(u"billion"_s).size(), 2); // quotes are searched too
    QCOMPARE(store.search(u"nowhere"_s).size(), 0);
    Annotation edited = store.search(u"outlets"_s).first();
    edited.note = u"Changed."_s;
    QVERIFY(store.update(edited));
    QCOMPARE(store.search(u"outlets"_s).size(), 0);
    QCOMPARE(store.search(u"changed"_s).size(), 1);
}

void TestAnnotationStore::upgradesOldSchemaWithData()
{
    // A store as schema 1 wrote it, with an annotation and a tag, and no search index.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-schema"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (
            const QString& sql :
            {u"CREATE TABLE tags(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, color TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE annotations(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, article_path TEXT NOT NULL, article_sha256 TEXT NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL, color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, modified TEXT NOT NULL, orphan INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX annotations_article ON annotations(article_path, start)"_s,
             u"CREATE TABLE annotation_tags(annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE RESTRICT, PRIMARY KEY(annotation_id, tag_id)) WITHOUT ROWID"_s,
             u"CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"_s,
             u"INSERT INTO tags(id, path) VALUES (1, 'claim')"_s,
             u"INSERT INTO annotations VALUES (1, 'u-1', 'a.txt', 'h', 'old quote', '', '', 0, 9, '#ffd54f', 'an old note about tariffs', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 0)"_s,
             u"INSERT INTO annotation_tags VALUES (1, 1)"_s, u"PRAGMA user_version = 1"_s})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-schema"_s);

    AnnotationStore store;
    QCOMPARE(store.openFile(path), AnnotationStore::OpenResult::Opened);
    QCOMPARE(store.schemaVersion(), AnnotationStore::kSchemaVersion);
    const auto old = store.annotation(u"u-1"_s);
    QVERIFY(old);
    QCOMPARE(old->note, u"an old note about tariffs"_s);
    QCOMPARE(old->tags, QStringList({u"claim"_s}));
    QCOMPARE(store.search(u"tariffs"_s).size(), 1); // the new index covers old rows
}

void TestAnnotationStore::detectsDamagedFile_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addRow("random bytes")
        << QByteArray("this is not a database at all, just words and bytes \x01\x02\x03").repeated(100);
    QTest::addRow("truncated") << QByteArray("truncate");
}

void TestAnnotationStore::detectsDamagedFile()
{
    QFETCH(QByteArray, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    {
        AnnotationStore store;
        QCOMPARE(store.openFile(path), AnnotationStore::OpenResult::Opened);
        for (int i = 0; i < 300; ++i) {
            Annotation a = annotationFor(u"some text to quote here"_s, u"quote"_s);
            a.note = QString(200, u'n');
            QVERIFY(store.add(a));
        }
        QSqlQuery(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()))
            .exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QFile file(path);
    if (damage == "truncate") {
        QVERIFY(file.resize(file.size() / 2 + 123));
    } else {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damage);
        file.close();
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = file.readAll();
    file.close();

    AnnotationStore store;
    QCOMPARE(store.openFile(path), AnnotationStore::OpenResult::Damaged);
    QVERIFY(store.lastError().contains(u"damaged"_s));
    QVERIFY(store.lastError().contains(u"s.sqlite"_s));
    // Nothing was written to the damaged file.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damagedBytes);
    file.close();

    const QString aside = store.setAsideDamaged();
    QVERIFY2(!aside.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.count(), 0);
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damagedBytes);
}

void TestAnnotationStore::twoStoresOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    AnnotationStore first, second;
    QCOMPARE(first.openFile(path), AnnotationStore::OpenResult::Opened);
    QCOMPARE(second.openFile(path), AnnotationStore::OpenResult::Opened);
    const qint64 before = second.dataVersion();
    QVERIFY(first.add(annotationFor(u"shared text"_s, u"shared"_s)));
    QVERIFY(second.dataVersion() != before);
    QCOMPARE(second.count(), 1);
    QVERIFY(second.add(annotationFor(u"shared text"_s, u"text"_s)));
    QCOMPARE(first.count(), 2);
}

void TestAnnotationStore::reanchors_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // empty: an orphan
    QTest::addColumn<int>("method");
    const QString base =
        u"Headline\nAlibaba plans to invest more than 380 billion yuan in AI over three years. "
        "Shares rose 8% on the news."_s;
    const int position = int(Anchoring::Method::Position), quote = int(Anchoring::Method::Quote),
              fuzzy = int(Anchoring::Method::Fuzzy);
    QTest::addRow("unchanged") << base << u"380 billion yuan"_s << base << u"380 billion yuan"_s << position;
    QTest::addRow("insertion before the quote")
        << base << u"380 billion yuan"_s << QString(base).insert(9, u"Updated: figures revised.\n"_s)
        << u"380 billion yuan"_s << quote;
    QTest::addRow("edit inside the quote") << base << u"more than 380 billion yuan in AI"_s
                                           << QString(base).replace(u"380 billion yuan"_s, u"380bn yuan"_s)
                                           << u"more than 380bn yuan in AI"_s << fuzzy;
    QTest::addRow("quote moved")
        << base << u"Shares rose 8% on the news."_s
        << u"Headline\nShares rose 8% on the news. Alibaba plans to invest more than 380 billion "
           "yuan in AI over three years."_s
        << u"Shares rose 8% on the news."_s << quote;
    QTest::addRow("quote deleted")
        << base << u"Shares rose 8% on the news."_s
        << u"Headline\nAlibaba plans to invest more than 380 billion yuan in AI over three years."_s
        << QString() << 0;
    QTest::addRow("context and quote edited")
        << base << u"invest more than 380 billion yuan in AI over three years"_s
        << u"Headline (updated)\nThe company Alibaba plans to invest more than 380 "
           "billion yuan in AI over the next three years, it said."_s
        << u"invest more than 380 billion yuan in AI over the next three years"_s << fuzzy;
}

void TestAnnotationStore::reanchors()
{
    QFETCH(QString, before);
    QFETCH(QString, quote);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QFETCH(int, method);
    const Annotation a = annotationFor(before, quote);
    const auto placed = Anchoring::locate(a, after);
    if (expected.isEmpty()) {
        QVERIFY2(!placed, placed ? qPrintable(after.sliced(placed->start, placed->end - placed->start)) : "");
        return;
    }
    QVERIFY(placed);
    QCOMPARE(after.sliced(placed->start, placed->end - placed->start), expected);
    QCOMPARE(int(placed->method), method);
}

void TestAnnotationStore::sameQuoteTwiceChoosesByContext()
{
    const QString text =
        u"Microsoft will spend $80 billion. Later, analysts said Amazon would spend $80 billion too."_s;
    const Annotation second = annotationFor(text, u"$80 billion"_s, 1);
    // Insert text before both so the position no longer matches; context picks the second one.
    const QString changed = u"Update. "_s + text;
    const auto placed = Anchoring::locate(second, changed);
    QVERIFY(placed);
    QCOMPARE(placed->start, changed.lastIndexOf(u"$80 billion"_s));
}

void TestAnnotationStore::syncFollowsRenameAndKeepsOrphans()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QCOMPARE(store.openFile(dir.filePath(u"s.sqlite"_s)), AnnotationStore::OpenResult::Opened);
    const Article original =
        TestUtils::article(u"story.txt"_s, u"Headline\nThe council voted 31 to 14. Fishermen will appeal."_s);
    Annotation vote = annotationFor(original.text, u"voted 31 to 14"_s);
    vote.articlePath = original.relativePath;
    vote.articleSha256 = QString::fromLatin1(original.textSha256);
    Annotation appeal = annotationFor(original.text, u"Fishermen will appeal."_s);
    appeal.articlePath = original.relativePath;
    appeal.articleSha256 = vote.articleSha256;
    const auto storedVote = store.add(vote);
    const auto storedAppeal = store.add(appeal);
    QVERIFY(storedVote && storedAppeal);

    // Renamed on disk, same text: the annotations follow.
    const Article renamed = TestUtils::article(u"renamed/story.txt"_s, original.text);
    auto report = store.syncArticles({renamed});
    QCOMPARE(report.moved, 2);
    QCOMPARE(store.annotations(u"renamed/story.txt"_s).size(), 2);

    // Edited: one quote survives in a new place, the other is gone and kept as an orphan.
    const Article edited = TestUtils::article(u"renamed/story.txt"_s,
                                              u"Headline\nAfter a long night the council voted 31 to 14."_s);
    report = store.syncArticles({edited});
    QCOMPARE(report.placed, 1);
    QCOMPARE(report.orphaned, 1);
    const auto placedVote = store.annotation(storedVote->uuid);
    QVERIFY(!placedVote->orphan);
    QCOMPARE(placedVote->start, edited.text.indexOf(u"voted"_s));
    const auto orphan = store.annotation(storedAppeal->uuid);
    QVERIFY(orphan->orphan);
    QCOMPARE(orphan->exact, u"Fishermen will appeal."_s); // the quote is kept to re-attach
    QCOMPARE(store.count(), 2);
}

void TestAnnotationStore::survivesKillAtRandomMoments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    QStringList committed;
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CROSSCHECK_STORE_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        // Kill after a random number of reported commits, mid-write of the next ones.
        const int target = int(QRandomGenerator::global()->bounded(1, 60));
        QByteArray out;
        while (out.count('\n') < target) {
            QVERIFY2(writer.waitForReadyRead(10000), "the writer stopped reporting");
            out += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        out += writer.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n')) {
            if (!line.isEmpty())
                committed.append(QString::fromLatin1(line));
        }
    }
    AnnotationStore store;
    QCOMPARE(store.openFile(path), AnnotationStore::OpenResult::Opened);
    QSqlQuery check(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"crosscheck-store-"_s))
            check = QSqlQuery(QSqlDatabase::database(name));
    }
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    QVERIFY(committed.size() >= 20);
    for (const QString& uuid : committed)
        QVERIFY2(store.annotation(uuid), qPrintable(u"lost a committed annotation: "_s + uuid));
    qInfo("%lld annotations reported committed over 20 kills; all present", qlonglong(committed.size()));
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
