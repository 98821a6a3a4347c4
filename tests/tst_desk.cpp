// The reading desk: panes side by side and linked, search across the folder, the keyboard
// workflow, text size, the desk restored per folder, accessible names.

#include "alignment/aligner.h"
#include "analysis/claimmodel.h"
#include "annotationcontroller.h"
#include "annotationtransfer.h"
#include "articles/articlelistmodel.h"
#include "articles/folderloader.h"
#include "deskcontroller.h"
#include "exportdialog.h"
#include "helpmenu.h"
#include "highlighting/highlightrepository.h"
#include "highlighting/mentionhighlighter.h"
#include "mainwindow.h"
#include "mentionspanel.h"
#include "proselayout.h"
#include "readingdesk.h"
#include "readingview.h"
#include "searchpanel.h"
#include "settings/settings.h"
#include "shortcutsdialog.h"
#include "statisticschart.h"
#include "store/annotationlistmodel.h"

#include "store/annotationstore.h"
#include <QUndoStack>

#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include "testutils.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

class TestDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void panesSideBySideFollowEachOther();
    void dropsAnArticleOnAPane();
    void searchesTheFolder();
    void searchIndexFollowsChangedFiles();
    void tagsWithTheKeyboardOnly();
    void darkPaletteReachesEveryPane();
    void restoresTheDeskOfEachFolder();
    void textSizeAndShortcutsWindow();
    void proseHasRoomBetweenLines();
    void everyWidgetHasAnAccessibleName();
    void chartsClaimsAndTagsPerSource();
    void modelsPassTheModelTester();
    void exportsAndImportsFromTheWindow();
    void aboutNamesTheLibraries();

private:
    /// A copy of the sample folder (the window keeps its store inside the folder it opens).
    void copyExamples(const QTemporaryDir& folder);
    /// Opens @p folder and waits until the folder-wide analysis is shown.
    void openAndWait(Ui::MainWindow& window, const QString& folder);
    int sentenceStartingWith(const Core::Article& article, const QString& start);

    QTemporaryDir m_settingsDir;
    QString m_ini;
};

void TestDesk::init()
{
    m_ini = m_settingsDir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestDesk::copyExamples(const QTemporaryDir& folder)
{
    const QDir examples(QStringLiteral(CROSSCHECK_EXAMPLES_DIR "/tidal-barrage"));
    for (const QString& name : examples.entryList(QDir::Files))
        QVERIFY(QFile::copy(examples.filePath(name), folder.filePath(name)));
}

void TestDesk::openAndWait(Ui::MainWindow& window, const QString& folder)
{
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    window.openFolder(folder);
    QVERIFY(named.wait(15000));
}

int TestDesk::sentenceStartingWith(const Core::Article& article, const QString& start)
{
    for (int i = 0; i < article.sentences.size(); ++i) {
        if (article.sentenceText(i).startsWith(start))
            return i;
    }
    return -1;
}

void TestDesk::panesSideBySideFollowEachOther()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.resize(1400, 800);
    window.show();
    openAndWait(window, folder.path());

    window.deskController()->showPanes(2);
    Ui::ReadingDesk *desk = window.desk();
    QCOMPARE(desk->count(), 2);
    Ui::ReadingView *first = desk->views()[0];
    Ui::ReadingView *second = desk->views()[1];
    QCOMPARE(desk->activeView(), first);
    const Core::ArticleListModel *model = window.articleModel();
    QCOMPARE(first->article().relativePath, model->articleAt(0)->relativePath);
    QCOMPARE(second->article().relativePath, model->articleAt(1)->relativePath);

    // Moving to a sentence in the first pane marks and scrolls to its match in the second.
    const Core::Article& courier = first->article();
    const int funding = sentenceStartingWith(courier, u"Funding will come"_s);
    QVERIFY(funding >= 0);
    window.deskController()->showSentence(courier.relativePath, funding);
    QCOMPARE(desk->activeView(), first);
    const auto linked = second->linkedSentence();
    QVERIFY(linked.has_value());
    const int matched = second->article().sentenceAt(linked->first);
    QVERIFY(matched >= 0);
    const QString matchedText = second->article().sentenceText(matched);
    QVERIFY2(matchedText.contains(u"loan"_s) || matchedText.contains(u"EIB"_s) ||
                 matchedText.contains(u"Investment Bank"_s),
             qPrintable(matchedText));
    // Scrolled into view: the matched sentence is inside the second pane's viewport.
    QTextCursor at(second->textEdit()->document());
    at.setPosition(int(linked->first));
    const QRect rect = second->textEdit()->cursorRect(at);
    QVERIFY2(second->textEdit()->viewport()->rect().contains(rect.center()),
             qPrintable(u"sentence at y=%1"_s.arg(rect.center().y())));

    // Unlinked panes stay where they are.
    window.deskController()->linkPanesAction()->setChecked(false);
    QVERIFY(!second->linkedSentence());
    window.deskController()->linkPanesAction()->setChecked(true);
    QVERIFY(second->linkedSentence());

    // M goes to the matching sentence in the next pane and makes it the active one.
    first->textEdit()->setFocus();
    QTest::keyClick(first->textEdit(), Qt::Key_M);
    QCOMPARE(desk->activeView(), second);
    QCOMPARE(second->textEdit()->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n'),
             matchedText);
    // The folder list follows the active pane.
    QCOMPARE(window.articleList()->currentIndex().row(), 1);

    // At most four panes; closing one keeps the rest.
    window.deskController()->showPanes(4);
    QCOMPARE(desk->count(), 4);
    QVERIFY(!desk->addPane());
    desk->closePane(desk->views()[3]);
    QCOMPARE(desk->count(), 3);
    window.deskController()->showPanes(1);
    QCOMPARE(desk->count(), 1);
    desk->closePane(desk->views()[0]);
    QCOMPARE(desk->count(), 1); // the last pane stays
}

void TestDesk::dropsAnArticleOnAPane()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    openAndWait(window, folder.path());
    window.deskController()->showPanes(2);
    Ui::ReadingView *second = window.desk()->views()[1];
    Core::ArticleListModel *model = window.articleModel();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(3)}));
    QVERIFY(data);
    QWidget *viewport = second->textEdit()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(second->article().relativePath, model->articleAt(3)->relativePath);
    QCOMPARE(window.desk()->activeView(), second);
    QCOMPARE(window.articleList()->currentIndex().row(), 3);
}

void TestDesk::searchesTheFolder()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    openAndWait(window, folder.path());
    Ui::SearchPanel *search = window.searchPanel();
    QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    window.search(u"barrage"_s);
    const int all = search->model()->rowCount();
    QVERIFY2(all >= 10, qPrintable(QString::number(all)));
    for (int row = 0; row < all; ++row)
        QVERIFY(search->model()->index(row).data().toString().contains(u"barrage"_s, Qt::CaseInsensitive));
    // Prefix while typing: "fund" finds "funding"; every word must be there.
    window.search(u"fund"_s);
    QVERIFY(search->model()->rowCount() > 0);
    window.search(u"investment bank"_s);
    QCOMPARE(search->model()->rowCount(), 3);
    // Quotes and FTS syntax in the query are just text.
    window.search(u"\"barrage OR NEAR( *"_s);
    QCOMPARE(search->model()->rowCount(), 0);

    // Filters: one outlet; sentences with figures.
    window.search(u"barrage"_s);
    const QString outlet = window.articleModel()->articleAt(0)->outlet;
    QVERIFY(!outlet.isEmpty());
    search->setOutletFilter(outlet);
    QVERIFY(search->model()->rowCount() >= 1 && search->model()->rowCount() < all);
    for (int row = 0; row < search->model()->rowCount(); ++row)
        QCOMPARE(search->model()->index(row).data(Ui::SearchResultsModel::OutletRole).toString(), outlet);
    search->setOutletFilter({});
    search->setFiguresOnly(true);
    const int withFigures = search->model()->rowCount();
    QVERIFY(withFigures >= 1 && withFigures < all);
    for (int row = 0; row < search->model()->rowCount(); ++row) {
        const QModelIndex index = search->model()->index(row);
        const Core::ArticleListModel *model = window.articleModel();
        const Core::Article *article =
            model->articleAt(model->rowOfFile(index.data(Ui::SearchResultsModel::PathRole).toString()));
        const int sentence = index.data(Ui::SearchResultsModel::SentenceRole).toInt();
        QVERIFY(std::any_of(
            article->mentions.cbegin(), article->mentions.cend(),
            [sentence](const Core::Mention& m) { return m.isFigure() && m.sentence == sentence; }));
    }
    search->setFiguresOnly(false);

    // Only annotated sentences: nothing until a sentence is highlighted.
    search->setAnnotatedOnly(true);
    QCOMPARE(search->model()->rowCount(), 0);
    search->setAnnotatedOnly(false);

    // Clicking a hit opens its sentence in the active pane, with the words marked.
    search->resultsView()->scrollToTop();
    const QModelIndex hit = search->model()->index(1);
    const QRect rect = search->resultsView()->visualRect(hit);
    QTest::mouseClick(search->resultsView()->viewport(), Qt::LeftButton, {}, rect.center());
    Ui::ReadingView *view = window.readingView();
    QCOMPARE(view->article().relativePath, hit.data(Ui::SearchResultsModel::PathRole).toString());
    QCOMPARE(view->currentSentence(), hit.data(Ui::SearchResultsModel::SentenceRole).toInt());
    QVERIFY(view->textEdit()->textCursor().selectedText().contains(u"barrage"_s, Qt::CaseInsensitive));
    QVERIFY(view->searchHitCount() >= 1);

    // Tag the open sentence; the tag filter then finds it.
    QVERIFY(window.annotations()->tagSelection(u"checked"_s));
    search->refreshFilters();
    search->setTagFilter(u"checked"_s);
    QCOMPARE(search->model()->rowCount(), 1);
    QCOMPARE(search->model()->index(0).data(Ui::SearchResultsModel::PathRole).toString(),
             view->article().relativePath);
}

void TestDesk::searchIndexFollowsChangedFiles()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.folderLoader()->setSettleInterval(50);
    openAndWait(window, folder.path());
    window.search(u"zeppelin"_s);
    QCOMPARE(window.searchPanel()->model()->rowCount(), 0);
    const QString file = folder.filePath(window.articleModel()->articleAt(2)->relativePath);
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    f.write("\n\nA zeppelin was seen over the barrage on Tuesday.\n");
    f.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            window.search(u"zeppelin"_s);
            return window.searchPanel()->model()->rowCount() == 1;
        }(),
        15000);
    QVERIFY(QFile::remove(file));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            window.search(u"zeppelin"_s);
            return window.searchPanel()->model()->rowCount() == 0;
        }(),
        15000);
}

void TestDesk::tagsWithTheKeyboardOnly()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, folder.path());
    QPlainTextEdit *text = window.readingView()->textEdit();
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    // J moves to the next sentence and selects it; T asks for a tag.
    QTest::keyClick(text, Qt::Key_J);
    QTest::keyClick(text, Qt::Key_J);
    const QString sentence = text->textCursor().selectedText();
    QVERIFY(!sentence.isEmpty());
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QLineEdit *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, u"claim/checked"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(text, Qt::Key_T);
    QVERIFY(answered);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(text->hasFocus());
    const QList<Core::Annotation> all = window.annotations()->store()->annotations();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().tags, QStringList{u"claim/checked"_s});
    QCOMPARE(all.first().exact, sentence);
    // Shift+A comes back to the annotation from a later sentence.
    QTest::keyClick(text, Qt::Key_J);
    QVERIFY(text->textCursor().selectedText() != sentence);
    QTest::keyClick(text, Qt::Key_A, Qt::ShiftModifier);
    QCOMPARE(text->textCursor().selectedText(), sentence);
    // F goes to the next figure.
    QTest::keyClick(text, Qt::Key_F);
    const Core::Mention *figure =
        window.readingView()->highlighter()->mentionAt(text->textCursor().selectionStart());
    QVERIFY(figure && figure->isFigure());
}

void TestDesk::darkPaletteReachesEveryPane()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.desk()->addPane();
    QPalette dark = window.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    window.setPalette(dark);
    for (Ui::ReadingView *view : window.desk()->views())
        QVERIFY(Core::HighlightRepository::isDark(view->highlighter()->theme()));
    // A pane added later starts with the same theme.
    Ui::ReadingView *third = window.desk()->addPane();
    QVERIFY(Core::HighlightRepository::isDark(third->highlighter()->theme()));
}

void TestDesk::restoresTheDeskOfEachFolder()
{
    QTemporaryDir folder;
    copyExamples(folder);
    QString paneTwo;
    qsizetype top = 0;
    {
        Core::Settings settings(m_ini);
        Ui::MainWindow window(&settings);
        window.resize(1400, 700);
        window.show();
        openAndWait(window, folder.path());
        window.deskController()->showPanes(3);
        window.deskController()->openInPane(window.desk()->views()[1], window.articleModel()->articleAt(4)->relativePath);
        paneTwo = window.desk()->views()[1]->article().relativePath;
        QScrollBar *bar = window.desk()->views()[1]->textEdit()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        top = window.desk()->views()[1]->topPosition();
        QVERIFY(top > 0);
        window.findChild<QDockWidget *>(u"mentionsDock"_s)->hide();
        window.close();
    }
    // The window comes back narrower: lines wrap otherwise, the text at the top stays the same.
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.resize(1200, 700);
    window.show();
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(folder.path());
    QVERIFY(loaded.wait(15000));
    QCOMPARE(window.desk()->count(), 3);
    QCOMPARE(window.desk()->views()[1]->article().relativePath, paneTwo);
    QCOMPARE(window.desk()->activeView(), window.desk()->views()[1]);
    // The same line on top: the restored top is at most a line's length from the saved one.
    const qsizetype restored = window.desk()->views()[1]->topPosition();
    QVERIFY2(restored <= top && top - restored < 200, qPrintable(u"%1 then %2"_s.arg(top).arg(restored)));
    QVERIFY(window.findChild<QDockWidget *>(u"mentionsDock"_s)->isHidden());
}

void TestDesk::textSizeAndShortcutsWindow()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QPlainTextEdit *text = window.readingView()->textEdit();
    const qreal before = text->font().pointSizeF();
    QTest::keySequence(&window, QKeySequence(QKeySequence::ZoomIn));
    QVERIFY(text->font().pointSizeF() > before);
    QCOMPARE(settings.textZoom(), 1);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(text->font().pointSizeF(), before);

    Ui::ShortcutsDialog dialog(window.menuBar());
    QTableWidget *table = dialog.table();
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows.append(table->item(r, 1)->text() + u'=' + table->item(r, 2)->text());
    for (const QString& expected :
         {u"Next Sentence=J"_s, u"Next Figure=F"_s, u"Tag=T"_s, u"Add Pane=Ctrl+Shift+N"_s,
          u"Matching Sentence in Next Pane=M"_s, u"Search the Folder=Ctrl+F"_s})
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(u"; "_s)));
}

void TestDesk::proseHasRoomBetweenLines()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.resize(900, 700);
    window.show();
    openAndWait(window, folder.path());
    QPlainTextEdit *text = window.readingView()->textEdit();
    auto *layout = qobject_cast<Ui::ProseLayout *>(text->document()->documentLayout());
    QVERIFY(layout);
    QCOMPARE(layout->lineSpacing(), Ui::ProseLayout::kDefaultLineSpacing);

    // The longest paragraph wraps; its lines stand 1.4 font lines apart, not 1.
    QTextBlock block = text->document()->firstBlock();
    for (QTextBlock b = block; b.isValid(); b = b.next()) {
        if (b.length() > block.length())
            block = b;
    }
    const QRectF rect = layout->blockBoundingRect(block);
    QTextLayout *lines = block.layout();
    QVERIFY2(lines->lineCount() >= 3, qPrintable(QString::number(lines->lineCount())));
    const qreal fontLine = lines->lineAt(0).height();
    const qreal step = lines->lineAt(1).y() - lines->lineAt(0).y();
    QVERIFY2(step >= 1.35 * fontLine && step <= 1.45 * fontLine,
             qPrintable(u"step %1, font line %2"_s.arg(step).arg(fontLine)));
    QVERIFY(rect.height() >= lines->lineCount() * step - 1);

    // On screen: the cursor's rectangles on the second and third lines are one step apart, and a
    // click in the middle of the third line lands where the cursor is drawn.
    QTextCursor cursor(block);
    text->setTextCursor(cursor);
    text->centerCursor();
    auto at = [&](int line) {
        QTextCursor c(block);
        c.setPosition(block.position() + lines->lineAt(line).textStart() + lines->lineAt(line).textLength() / 2);
        return c;
    };
    const QRect second = text->cursorRect(at(1));
    const QRect third = text->cursorRect(at(2));
    QVERIFY2(std::abs(third.top() - second.top() - step) <= 1,
             qPrintable(u"%1 → %2, step %3"_s.arg(second.top()).arg(third.top()).arg(step)));
    const QTextCursor hit = text->cursorForPosition(third.center());
    QVERIFY2(std::abs(hit.position() - at(2).position()) <= 1,
             qPrintable(u"%1 vs %2"_s.arg(hit.position()).arg(at(2).position())));

    // Without the extra room the same paragraph is tighter (the setting is not a no-op).
    layout->setLineSpacing(1);
    layout->blockBoundingRect(block); // lays the block out again
    QVERIFY(lines->lineAt(1).y() - lines->lineAt(0).y() < 1.05 * fontLine);
}

void TestDesk::everyWidgetHasAnAccessibleName()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    openAndWait(window, folder.path());
    window.deskController()->showPanes(2);
    window.search(u"loan"_s);
    QStringList unnamed;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
            continue; // a button's text is its name
        if (w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestDesk::chartsClaimsAndTagsPerSource()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    openAndWait(window, folder.path());
    Ui::StatisticsChart *chart = window.statisticsChart();
    const Core::ArticleListModel *model = window.articleModel();
    QCOMPARE(chart->sources().size(), model->rowCount());
    QVERIFY(chart->totalClaims() >= 3);
    QCOMPARE(chart->sources()[0].name, model->articleAt(0)->outlet);
    int carried = 0;
    for (const auto& source : chart->sources()) {
        QVERIFY(source.claims <= chart->totalClaims());
        QCOMPARE(source.tagged, 0);
        carried += source.claims;
    }
    QVERIFY(carried >= 2 * chart->totalClaims()); // a claim has two sources at least

    // Tagging a claim shows up as one tagged passage in each of its sources.
    QCOMPARE(window.tagClaim(0, u"claim/checked"_s) > 1, true);
    int tagged = 0;
    for (const auto& source : chart->sources())
        tagged += source.tagged;
    QCOMPARE(tagged, window.annotations()->store()->count());
    QVERIFY(chart->accessibleDescription().contains(model->articleAt(0)->outlet));
    QVERIFY(!chart->grab().isNull());

    // One scale for both series: 1 tagged passage draws a sixth of 6 claims, not a full bar.
    chart->setSources({{u"A"_s, 6, 1}, {u"B"_s, 2, 0}}, 10);
    QCOMPARE(chart->barLength(6, 600), 600);
    QCOMPARE(chart->barLength(1, 600), 100);
    QCOMPARE(chart->barLength(2, 600), 200);
}

void TestDesk::modelsPassTheModelTester()
{
    QTemporaryDir folder;
    copyExamples(folder);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QAbstractItemModelTester articles(window.articleModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester annotations(window.annotations()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester claims(window.claimModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester results(window.searchPanel()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mentions(window.mentionsPanel()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    openAndWait(window, folder.path());
    window.search(u"barrage"_s);
    window.deskController()->showPanes(2);
    window.deskController()->openInPane(window.desk()->views()[1], window.articleModel()->articleAt(2)->relativePath);
    QVERIFY(window.mentionsPanel()->model()->rowCount() > 0);
    QVERIFY(window.tagClaim(0, u"claim"_s) > 0);
    window.annotations()->undoStack()->undo();
    window.openFolder(folder.path()); // everything is emptied and filled again
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    QVERIFY(named.wait(15000));
}

void TestDesk::exportsAndImportsFromTheWindow()
{
    QTemporaryDir folder;
    copyExamples(folder);
    QTemporaryDir out;
    QString jsonld;
    {
        Core::Settings settings(m_ini);
        Ui::MainWindow window(&settings);
        openAndWait(window, folder.path());
        QVERIFY(window.tagClaim(0, u"claim/checked"_s) >= 2);
        const int tagged = window.annotations()->store()->count();

        // The dialog's choices become the export's options.
        Ui::ExportDialog dialog({u"claim"_s, u"claim/checked"_s},
                                window.readingView()->article().relativePath);
        dialog.setFormat(Core::Exporter::Format::Markdown);
        dialog.setTag(u"claim"_s);
        const Core::Exporter::Options options = dialog.options();
        QCOMPARE(options.format, Core::Exporter::Format::Markdown);
        QCOMPARE(options.tags, QStringList{u"claim"_s});
        QCOMPARE(options.split, Core::Exporter::Split::None);
        QVERIFY(!options.from.isValid());
        QVERIFY(options.articles.isEmpty());
        dialog.setOnlyOpenArticle(true);
        QCOMPARE(dialog.options().articles, QStringList{window.readingView()->article().relativePath});
        dialog.setOnlyOpenArticle(false);
        dialog.setSplit(Core::Exporter::Split::PerTag);
        dialog.setMadeWithinDays(7);
        const Core::Exporter::Options split = dialog.options();
        QCOMPARE(split.split, Core::Exporter::Split::PerTag);
        QCOMPARE(split.from.date(), QDate::currentDate().addDays(-6));
        QVERIFY(window.transfer()->exportDocuments(out.filePath(u"by-tag"_s), split));
        QVERIFY(QFile::exists(out.filePath(u"by-tag/claim--checked.md"_s)));

        const QString md = out.filePath(u"notes.md"_s);
        QVERIFY(window.transfer()->exportTo(md, options));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(u"#claim/checked"_s), tagged);

        jsonld = out.filePath(u"notes.jsonld"_s);
        Core::Exporter::Options w3c;
        w3c.format = Core::Exporter::Format::JsonLd;
        QVERIFY(window.transfer()->exportTo(jsonld, w3c));
        // A path that cannot be written is reported, nothing else happens.
        QVERIFY(!window.transfer()->exportTo(out.filePath(u"no/such/dir/notes.md"_s), options));
        window.close();
    }
    // A fresh copy of the folder takes the annotations back.
    QTemporaryDir copy;
    copyExamples(copy);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    openAndWait(window, copy.path());
    QCOMPARE(window.annotations()->store()->count(), 0);
    const int imported = window.transfer()->importFrom(jsonld);
    QVERIFY(imported >= 2);
    QCOMPARE(window.annotations()->store()->count(), imported);
    QCOMPARE(window.transfer()->importFrom(jsonld), 0); // nothing twice
    for (const Core::Annotation& a : window.annotations()->store()->annotations())
        QVERIFY(!a.orphan && a.tags == QStringList{u"claim/checked"_s});
}

void TestDesk::aboutNamesTheLibraries()
{
    const QString about = Ui::HelpMenu::aboutText();
    QVERIFY2(about.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(about));
    QVERIFY(about.contains(QRegularExpression(u"KSyntaxHighlighting 6\\.\\d+"_s)));
    QVERIFY(about.contains(QRegularExpression(u"SQLite 3\\.\\d+\\.\\d+"_s)));
    QVERIFY(about.contains(QRegularExpression(u"Poppler \\d+\\.\\d+"_s)));
    QVERIFY(about.contains(QCoreApplication::applicationVersion()));
    QVERIFY(about.contains(u"GNU General Public License"_s));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
