// The team desk in the window (issue 22): File › Team › Connect… through TeamController, the status
// bar, a teammate's annotation arriving live in the highlights and the Annotations panel, Edit ›
// Private, going offline, and a folder that connects again when it is opened. Real PostgreSQL
// (tests/pgserver.h).

#include "pgserver.h"

#include "annotationcontroller.h"
#include "annotationspanel.h"
#include "articles/folderloader.h"
#include "mainwindow.h"
#include "readingview.h"
#include "roles.h"
#include "settings/settings.h"
#include "store/annotationlistmodel.h"
#include "store/annotationstore.h"
#include "teamconnectdialog.h"
#include "teamcontroller.h"
#include "team/teamsync.h"
#include "testutils.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Crosscheck;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kStory = "Harbour Daily\nThe council approved the tidal barrage by 31 votes to 14 on Monday.\n";

QList<Core::Article> readFolder(const QString& folder)
{
    QList<Core::Article> articles;
    Core::FolderLoader loader;
    QObject::connect(&loader, &Core::FolderLoader::articleLoaded,
                     [&articles](const Core::Article& a) { articles.append(a); });
    QSignalSpy finished(&loader, &Core::FolderLoader::finished);
    loader.open(folder);
    finished.wait(10000);
    return articles;
}

} // namespace

class TestTeamDesk : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    QTranslator m_english;
    QTemporaryDir m_settingsDir;
    int m_count = 0;
    QString m_db;

    Core::TeamServer as(const QString& user) const { return m_server.teamServer(user, m_db); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_server.unavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(m_server.init());
        QVERIFY(m_server.start());
        QCOMPARE(m_server.createDeskRoles(), QString());
        // English plural forms, as the application installs them ("1 change", not "1 change(s)").
        QVERIFY(m_english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"crosscheck"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_db = u"window%1"_s.arg(++m_count);
        QCOMPARE(m_server.superSql({u"CREATE DATABASE %1 OWNER desk_owner"_s.arg(m_db)}), QString());
        QTemporaryDir scratch;
        Core::AnnotationStore store;
        store.open(scratch.path());
        Core::TeamSync owner(store.location());
        QVERIFY2(owner.connectTo(as(u"desk_owner"_s), u"desk_owner-pw"_s), qPrintable(owner.status().reason));
    }

    void aTeammatesHighlightArrivesLive()
    {
        QTemporaryDir mine, theirs;
        TestUtils::writeFile(mine.filePath(u"harbour.txt"_s), kStory);
        TestUtils::writeFile(theirs.filePath(u"saved-by-bob.txt"_s), kStory);
        Core::Settings settings(m_settingsDir.filePath(u"live.ini"_s));
        Ui::MainWindow window(&settings);
        window.show();
        QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
        window.openFolder(mine.path());
        QVERIFY(loaded.wait(10000 * TestUtils::waitScale()));
        auto *team = window.findChild<Ui::TeamController *>();
        QVERIFY(team);
        auto *label = window.statusBar()->findChild<QLabel *>(u"teamStatus"_s);
        QVERIFY(label);
        QVERIFY(!label->isVisible());

        team->connectTo(as(u"alice"_s), u"alice-pw"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(team->status().state, Core::TeamSync::State::Connected, 5000);
        QTRY_COMPARE(label->text(), u"Team: connected"_s);
        QVERIFY(label->isVisible());
        QCOMPARE(settings.folderTeam(mine.path()), as(u"alice"_s).uri());

        // Bob, on his own copy under another name, highlights and syncs.
        Core::AnnotationStore bobStore;
        bobStore.open(theirs.path());
        const QList<Core::Article> bobArticles = readFolder(theirs.path());
        QCOMPARE(bobArticles.size(), 1);
        bobStore.syncArticles(bobArticles);
        Core::Annotation h;
        h.articlePath = bobArticles.first().relativePath;
        h.articleSha256 = QString::fromLatin1(bobArticles.first().textSha256);
        h.exact = u"31 votes to 14"_s;
        h.start = bobArticles.first().text.indexOf(h.exact);
        h.end = h.start + h.exact.size();
        h.note = u"Check the minutes"_s;
        const QString uuid = bobStore.add(h)->uuid;
        Core::TeamSync bob(bobStore.location());
        QVERIFY(bob.connectTo(as(u"bob"_s), u"bob-pw"_s));
        QVERIFY(bob.sync().ok);

        // In the window within a second: the Annotations panel and the highlight with its author.
        Core::AnnotationListModel *model = window.annotations()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 1000);
        QCOMPARE(model->index(0, 0).data(Core::UuidRole).toString(), uuid);
        const int at = int(window.readingView()->text().indexOf(u"31 votes"_s));
        const QString tip = window.readingView()->toolTipAt(at + 1);
        QVERIFY2(tip.contains(u"Check the minutes"_s) && tip.contains(u"By bob"_s), qPrintable(tip));

        // Edit › Private on a highlight of one's own: it reaches the server and never bob.
        QPlainTextEdit *edit = window.readingView()->textEdit();
        const int start = int(edit->toPlainText().indexOf(u"tidal barrage"_s));
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(start);
        cursor.setPosition(start + 13, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        QVERIFY(window.annotations()->highlightSelection(0));
        cursor.setPosition(start + 3);
        edit->setTextCursor(cursor);
        QAction *privateAction = team->privateAction();
        QVERIFY(window.menuBar()->actions().at(1)->menu()->actions().contains(privateAction));
        QCoreApplication::processEvents();
        QVERIFY(window.annotations()->activeReader()->annotationAtCursor().has_value());
        privateAction->trigger();
        const auto mineNow = window.annotations()->activeReader()->annotationAtCursor();
        QVERIFY(mineNow && mineNow->isPrivate);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.superValue(u"SELECT count(*) FROM crosscheck.annotations WHERE private"_s, m_db).toInt() == 1, 3000);
        QVERIFY(bob.sync().ok);
        QCOMPARE(bobStore.count(), 1);

        // The server goes away: the status bar says so and counts what waits.
        m_server.stop();
        cursor.setPosition(int(edit->toPlainText().indexOf(u"on Monday"_s)));
        cursor.setPosition(int(edit->toPlainText().indexOf(u"on Monday"_s)) + 9, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        QVERIFY(window.annotations()->highlightSelection(2));
        QTRY_VERIFY2_WITH_TIMEOUT(label->text() == u"Team: offline, 1 change waiting"_s, qPrintable(label->text()), 5000);
        QVERIFY(m_server.start());
        team->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), u"Team: connected"_s, 8000);
        QVERIFY(bob.sync().ok);
        QCOMPARE(bobStore.count(), 2);
    }

    void aConnectedFolderConnectsAgainWhenOpened()
    {
        QTemporaryDir folder;
        TestUtils::writeFile(folder.filePath(u"harbour.txt"_s), kStory);
        Core::Settings settings(m_settingsDir.filePath(u"again.ini"_s));
        settings.setFolderTeam(folder.path(), as(u"bob"_s).uri());
        // No keyring here: libpq's own PGPASSWORD supplies the password.
        qputenv("PGPASSWORD", "bob-pw");
        Ui::MainWindow window(&settings);
        window.show();
        QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
        window.openFolder(folder.path());
        QVERIFY(loaded.wait(10000 * TestUtils::waitScale()));
        auto *team = window.findChild<Ui::TeamController *>();
        QTRY_COMPARE_WITH_TIMEOUT(team->status().state, Core::TeamSync::State::Connected, 8000);
        qunsetenv("PGPASSWORD");
        team->disconnectFromServer();
        QCOMPARE(team->status().state, Core::TeamSync::State::Off);
        QVERIFY(settings.folderTeam(folder.path()).isEmpty());
    }

    void theConnectDialogAsksForWhatItNeeds()
    {
        Core::TeamServer known = as(u"alice"_s);
        Ui::TeamConnectDialog dialog(known, u"The server at x refused the password of alice."_s, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.server(), known);
        auto *problem = dialog.findChild<QLabel *>(u"teamProblem"_s);
        QVERIFY(problem && problem->text().contains(u"refused the password"_s));
        QVERIFY(dialog.rememberPassword());
        QLineEdit *password = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                password = edit;
        }
        QVERIFY(password);
        QCOMPARE(QApplication::focusWidget(), password); // the user is known: the password is next
        QTest::keyClicks(password, u"alice-pw"_s);
        QCOMPARE(dialog.password(), u"alice-pw"_s);
    }
};

QTEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
