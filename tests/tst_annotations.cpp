#include "analysis/analysisreport.h"
#include "annotationcontroller.h"
#include "annotationspanel.h"
#include "articles/articlelistmodel.h"
#include "articles/folderloader.h"
#include "highlighting/mentionhighlighter.h"
#include "mainwindow.h"
#include "namecorrectionsdialog.h"
#include "readingview.h"
#include "roles.h"
#include "settings/settings.h"
#include "store/annotationlistmodel.h"
#include "tagmanager.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "testutils.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

namespace {
// Highlights painted in @p edit (figures and names under them may carry their own colours).
int highlightsShown(const QPlainTextEdit *edit)
{
    const QList<QTextEdit::ExtraSelection> shown = edit->extraSelections();
    return int(std::count_if(shown.begin(), shown.end(), [](const QTextEdit::ExtraSelection& s) {
        return s.format.hasProperty(QTextFormat::BackgroundBrush);
    }));
}
} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void highlightTagNoteDeleteWithUndo();
    void everyShortcutIsOneActionsAndTabLeavesTheNote();
    void everyActionSaysWhatItDid();
    void listOpensArticleAtQuote();
    void secondWindowSeesChanges();
    void manageTags();
    void orphanIsKeptAndReattached();
    void correctsNames();

private:
    void openFolder(Ui::MainWindow& window);
    void select(Ui::MainWindow& window, const QString& quote);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_folderDir;
    QString m_folder;
    QString m_ini;
};

void TestAnnotations::init()
{
    m_ini = m_settingsDir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
    m_folderDir = std::make_unique<QTemporaryDir>(); // a fresh folder, and so a fresh store, per test
    m_folder = m_folderDir->path();
    TestUtils::writeFile(
        m_folderDir->filePath(u"a.txt"_s),
        "Council approves barrage\nThe council voted 31 to 14. The barrage will cost \xE2\x82\xAC"
        "1.2 billion.\n");
    TestUtils::writeFile(m_folderDir->filePath(u"b.txt"_s),
                         "Fishermen object\nFishermen will appeal the decision.\n");
}

void TestAnnotations::openFolder(Ui::MainWindow& window)
{
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(m_folder);
    QVERIFY(loaded.wait(10000));
}

void TestAnnotations::select(Ui::MainWindow& window, const QString& quote)
{
    QPlainTextEdit *edit = window.readingView()->textEdit();
    const int at = int(edit->toPlainText().indexOf(quote));
    QVERIFY(at >= 0);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(at);
    cursor.setPosition(at + int(quote.size()), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->setFocus();
}

void TestAnnotations::highlightTagNoteDeleteWithUndo()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openFolder(window);
    Ui::AnnotationController *annotations = window.annotations();
    Core::AnnotationStore *store = annotations->store();
    QAbstractItemModelTester tester(annotations->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QPlainTextEdit *edit = window.readingView()->textEdit();

    // Key 2 highlights the selection in the second colour, committed at once.
    select(window, u"voted 31 to 14"_s);
    QTest::keyClick(edit, Qt::Key_2);
    QCOMPARE(store->count(), 1);
    const Core::Annotation created = store->annotations().first();
    QCOMPARE(created.exact, u"voted 31 to 14"_s);
    QCOMPARE(created.color, Ui::AnnotationController::colours()[1]);
    QCOMPARE(created.articlePath, u"a.txt"_s);
    QCOMPARE(highlightsShown(edit), 1);

    // Undo and redo, checked against the database.
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(store->count(), 0);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(store->count(), 1);
    QCOMPARE(store->annotations().first().uuid, created.uuid);

    // Tag the highlight under the cursor, then undo the tag only.
    QTextCursor inside = edit->textCursor();
    inside.setPosition(int(edit->toPlainText().indexOf(u"31 to"_s)));
    edit->setTextCursor(inside);
    QVERIFY(annotations->tagSelection(u"claim/disputed"_s));
    QCOMPARE(store->annotation(created.uuid)->tags, QStringList({u"claim/disputed"_s}));
    annotations->undoStack()->undo();
    QVERIFY(store->annotation(created.uuid)->tags.isEmpty());
    annotations->undoStack()->redo();
    QCOMPARE(store->annotation(created.uuid)->tags, QStringList({u"claim/disputed"_s}));

    // A note typed in the note editor is saved on its own; typing again merges into one undo step.
    QPlainTextEdit *note = annotations->noteEditor();
    QVERIFY(note->isEnabled());
    QTest::keyClicks(note, u"Check the minutes"_s);
    QTRY_COMPARE_WITH_TIMEOUT(store->annotation(created.uuid)->note, u"Check the minutes"_s, 5000);
    const int stepsAfterNote = annotations->undoStack()->count();
    annotations->undoStack()->undo();
    QVERIFY(store->annotation(created.uuid)->note.isEmpty());
    annotations->undoStack()->redo();
    QCOMPARE(store->annotation(created.uuid)->note, u"Check the minutes"_s);
    QCOMPARE(annotations->undoStack()->count(), stepsAfterNote);

    // Delete with the keyboard, then bring it back whole.
    edit->setFocus();
    edit->setTextCursor(inside);
    QTest::keyClick(edit, Qt::Key_Delete);
    QCOMPARE(store->count(), 0);
    annotations->undoStack()->undo();
    const auto restored = store->annotation(created.uuid);
    QVERIFY(restored);
    QCOMPARE(restored->note, u"Check the minutes"_s);
    QCOMPARE(restored->tags, QStringList({u"claim/disputed"_s}));
}

void TestAnnotations::everyShortcutIsOneActionsAndTabLeavesTheNote()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openFolder(window);

    // No key is bound twice: Qt ignores an ambiguous shortcut ("Ctrl+Shift+Z" as Redo and as
    // the platform's Redo did nothing at all).
    QHash<QKeySequence, QString> owner;
    QAction *redo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Redo"_s)
            redo = action;
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue; // bound inside one widget (the claims table's T), not window-wide
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!owner.contains(key), qPrintable(u"%1 is bound to \"%2\" and \"%3\""_s.arg(
                                                          key.toString(), owner.value(key), action->text())));
            owner.insert(key, action->text());
        }
    }
    QVERIFY(redo);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    // Tab leaves the note editor; it types no tab into the note.
    select(window, u"voted 31 to 14"_s);
    QTest::keyClick(window.readingView()->textEdit(), Qt::Key_1);
    QPlainTextEdit *note = window.annotations()->noteEditor();
    QVERIFY(note->isEnabled());
    note->setFocus();
    QTest::keyClicks(note, u"Minutes"_s);
    QTest::keyClick(note, Qt::Key_Tab);
    QCOMPARE(note->toPlainText(), u"Minutes"_s);
    QVERIFY(!note->hasFocus());
}

void TestAnnotations::everyActionSaysWhatItDid()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openFolder(window);
    Ui::AnnotationController *annotations = window.annotations();
    QPlainTextEdit *edit = window.readingView()->textEdit();
    edit->setFocus();

    // A number key with nothing selected says what to do instead of failing silently.
    QTextCursor nowhere = edit->textCursor();
    nowhere.setPosition(2);
    edit->setTextCursor(nowhere);
    QTest::keyClick(edit, Qt::Key_1);
    QCOMPARE(annotations->store()->count(), 0);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Select words"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // Highlighting leaves the new colour visible (no selection over it) and the cursor in it.
    select(window, u"voted 31 to 14"_s);
    QTest::keyClick(edit, Qt::Key_1);
    QCOMPARE(annotations->store()->count(), 1);
    QVERIFY(!edit->textCursor().hasSelection());
    QVERIFY(window.readingView()->annotationAtCursor().has_value());
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Highlighted"_s));
    QVERIFY(annotations->noteEditor()->isEnabled());
    QVERIFY(annotations->noteEditor()->placeholderText().contains(u"this highlight"_s));

    // Tagging says so; hovering the highlight shows its tags and note.
    QVERIFY(annotations->tagSelection(u"claim"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"claim"_s));
    const QString uuid = annotations->store()->annotations().first().uuid;
    QVERIFY(annotations->setNote(uuid, u"Check the minutes"_s));
    const int at = int(window.readingView()->text().indexOf(u"31 to"_s));
    const QString tip = window.readingView()->toolTipAt(at + 1);
    QVERIFY2(tip.contains(u"claim"_s) && tip.contains(u"Check the minutes"_s), qPrintable(tip));
}

void TestAnnotations::listOpensArticleAtQuote()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    openFolder(window);
    window.articleList()->setCurrentIndex(window.articleModel()->index(1));
    select(window, u"will appeal"_s);
    QVERIFY(window.annotations()->highlightSelection(0));
    window.articleList()->setCurrentIndex(window.articleModel()->index(0));
    QVERIFY(window.readingView()->text().startsWith(u"Council"_s));

    Ui::AnnotationsPanel *panel = window.annotationsPanel();
    QTest::keyClicks(panel->filterEdit(), u"b.txt"_s);
    QCOMPARE(panel->proxy()->rowCount(), 1);
    const QModelIndex index = panel->proxy()->index(0, 0);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(index).center());
    QCOMPARE(window.articleList()->currentIndex().row(), 1);
    QCOMPARE(window.readingView()->textEdit()->textCursor().selectedText(), u"will appeal"_s);
}

void TestAnnotations::secondWindowSeesChanges()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow first(&settings);
    Ui::MainWindow second(&settings);
    openFolder(first);
    openFolder(second);
    select(first, u"council"_s);
    QVERIFY(first.annotations()->highlightSelection(3));
    QCOMPARE(second.annotations()->model()->rowCount(), 0);
    second.annotations()->refreshIfChanged(); // what activating the window does
    QCOMPARE(second.annotations()->model()->rowCount(), 1);
    QCOMPARE(highlightsShown(second.readingView()->textEdit()), 1);
}

void TestAnnotations::manageTags()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    openFolder(window);
    select(window, u"council"_s);
    QVERIFY(window.annotations()->tagSelection(u"claim/disputed"_s));
    Ui::TagManager manager(window.annotations());
    QCOMPARE(manager.tree()->topLevelItemCount(), 1);
    QTreeWidgetItem *claim = manager.tree()->topLevelItem(0);
    QCOMPARE(claim->text(0), u"claim"_s);
    QCOMPARE(claim->child(0)->text(1), u"1"_s);

    manager.tree()->setCurrentItem(claim->child(0));
    QVERIFY(!manager.removeCurrent()); // in use
    QVERIFY(manager.message().contains(u"carry"_s));
    QVERIFY(manager.renameCurrent(u"claim/contested"_s));
    QCOMPARE(window.annotations()->store()->annotations().first().tags, QStringList({u"claim/contested"_s}));
    // The list of annotations shows the new name at once.
    QCOMPARE(window.annotations()->model()->index(0, Core::AnnotationListModel::TagsColumn).data().toString(),
             u"claim/contested"_s);
}

void TestAnnotations::orphanIsKeptAndReattached()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.folderLoader()->setSettleInterval(20);
    openFolder(window);
    select(window, u"voted 31 to 14"_s);
    QVERIFY(window.annotations()->highlightSelection(0));
    const QString uuid = window.annotations()->store()->annotations().first().uuid;

    // The article changes on disk and the quote is gone: the annotation stays, as an orphan.
    QSignalSpy refreshed(window.folderLoader(), &Core::FolderLoader::refreshed);
    TestUtils::writeFile(m_folderDir->filePath(u"a.txt"_s),
                         "Council approves barrage\nThe barrage was approved late at night.\n");
    window.folderLoader()->refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(window.annotations()->store()->annotation(uuid)->orphan);
    QCOMPARE(window.annotations()->model()->rowCount(), 1);
    QVERIFY(window.annotations()->model()->index(0, 0).data(Core::OrphanRole).toBool());

    // The user attaches it to a new selection.
    select(window, u"approved late at night"_s);
    QVERIFY(window.annotations()->reattach(uuid));
    const auto reattached = window.annotations()->store()->annotation(uuid);
    QVERIFY(!reattached->orphan);
    QCOMPARE(reattached->exact, u"approved late at night"_s);
    window.annotations()->undoStack()->undo();
    QVERIFY(window.annotations()->store()->annotation(uuid)->orphan);
}

void TestAnnotations::correctsNames()
{
    TestUtils::writeFile(m_folderDir->filePath(u"c.txt"_s),
                         "Critics object\nCritics in Veldmark said Osterhaven Tidal Power Ltd. was wrong.\n");
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    openFolder(window);
    QVERIFY(named.wait(10000) || named.count() > 0);
    window.articleList()->setCurrentIndex(window.articleModel()->index(2));
    auto kindOf = [&](const QString& name) -> QString {
        const QString text = window.readingView()->text();
        for (const Core::Mention& m : window.readingView()->highlighter()->mentions()) {
            if (text.sliced(m.start, m.length()) == name)
                return Core::mentionKindName(m.kind);
        }
        return u"none"_s;
    };
    QVERIFY(kindOf(u"Veldmark"_s) != u"none"_s);

    // "Not a Name" on a selection: gone from the view at once, and kept in the folder's store.
    select(window, u"Veldmark"_s);
    named.clear();
    QVERIFY(window.annotations()->correctName(u"none"_s));
    QVERIFY(named.wait(10000));
    QCOMPARE(kindOf(u"Veldmark"_s), u"none"_s);
    select(window, u"Critics"_s);
    QVERIFY(window.annotations()->correctName(u"organization"_s));
    QVERIFY(named.wait(10000));
    QCOMPARE(kindOf(u"Critics"_s), u"organization"_s);

    // The command line reads the same corrections, so the report agrees with the window.
    QString error;
    const auto analysis = Core::AnalysisReport::analyzeFolder(m_folder, &error);
    QVERIFY(analysis);
    const Core::Article& c = analysis->articles[2];
    bool veldmark = false, critics = false;
    for (const Core::Mention& m : c.mentions) {
        veldmark = veldmark || c.text.sliced(m.start, m.length()) == u"Veldmark"_s;
        critics = critics || (c.text.sliced(m.start, m.length()) == u"Critics"_s &&
                              m.kind == Core::MentionKind::Organization);
    }
    QVERIFY(!veldmark);
    QVERIFY(critics);

    // Undo takes a correction back, redo makes it again: both reach the store and the view.
    QUndoStack *undo = window.annotations()->undoStack();
    undo->undo();
    QVERIFY(named.wait(10000));
    QCOMPARE(kindOf(u"Critics"_s), u"none"_s);
    QVERIFY(!window.annotations()->store()->nameCorrections().contains(u"Critics"_s));
    undo->redo();
    QVERIFY(named.wait(10000));
    QCOMPARE(kindOf(u"Critics"_s), u"organization"_s);

    // Edit › Name › Corrections lists both; removing one lets recognition decide again, undoably.
    Ui::NameCorrectionsDialog dialog(window.annotations(), &window);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QVERIFY(!dialog.removeButton()->isEnabled());
    const auto found = dialog.list()->findItems(u"Veldmark"_s, Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), u"Not a name"_s);
    found.first()->setSelected(true);
    QVERIFY(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QVERIFY(named.wait(10000));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY(kindOf(u"Veldmark"_s) != u"none"_s);
    undo->undo();
    QVERIFY(named.wait(10000));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(kindOf(u"Veldmark"_s), u"none"_s);
}

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
