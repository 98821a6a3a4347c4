// The desk as a newcomer finds it (issue 21): keys, focus, layout and the smaller traps, each
// checked in a real window on the offscreen platform.

#include "annotationcontroller.h"
#include "articledelegate.h"
#include "claimsview.h"
#include "focusframestyle.h"
#include "gettingstarted.h"
#include "highlighting/contrast.h"
#include "highlighting/mentionhighlighter.h"
#include "mainwindow.h"
#include "readingdesk.h"
#include "readingview.h"
#include "searchpanel.h"
#include "searchresultdelegate.h"
#include "settings/settings.h"
#include "store/annotationstore.h"
#include "tagmanager.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

namespace {
using TestUtils::writeFile;

QAction *actionNamed(const QWidget& window, const QString& text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

QDockWidget *dockNamed(const QWidget& window, const QString& name)
{
    return window.findChild<QDockWidget *>(name);
}
} // namespace

class TestNewcomer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void arrowsSelectEnterOpens();
    void openMenuKeepsPlainKeys();
    void focusIsVisible();
    void searchedWordsAreMarkedInResults();
    void searchTakesNoWidthFromPanels();
    void firstLayoutShowsRowsBelow();
    void claimsTableHasALegend();
    void articleRowsFitDescenders();
    void highlightedFiguresStayReadable();
    void contrastFollowsWcag();
    void helpHasAGettingStartedPage();
    void tagsCanBeMadeInAdvance();
    void tabFromTheNoteLandsSomewhereVisible();

private:
    void openSample();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestNewcomer::initTestCase()
{
    Ui::FocusFrameStyle::install(u"Fusion"_s);
    writeFile(m_folder.filePath(u"alpha.txt"_s),
              "Alpha Daily: council approves barrage\nThe barrage will cost $1.2 billion, the council said on Monday.\n"
              "Construction starts in 2026.\n");
    writeFile(m_folder.filePath(u"beta.txt"_s),
              "Beta Times: barrage approved\nThe council approved a $1.2 billion barrage on Monday.\n");
    writeFile(m_folder.filePath(u"gamma_report.txt"_s),
              "Gamma Post: a barrage for the estuary\nThe barrage, costing $1.3 billion, was approved.\n");
}

void TestNewcomer::init()
{
    m_settings = std::make_unique<Core::Settings>(
        m_settingsDir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_window = std::make_unique<Ui::MainWindow>(m_settings.get());
}

void TestNewcomer::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestNewcomer::openSample()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy loaded(m_window.get(), &Ui::MainWindow::folderLoaded);
    QSignalSpy analysed(m_window.get(), &Ui::MainWindow::namesRecognized);
    m_window->openFolder(m_folder.path());
    QVERIFY(loaded.wait(10000 * TestUtils::waitScale()));
    QVERIFY(analysed.count() > 0 || analysed.wait(20000 * TestUtils::waitScale()));
}

void TestNewcomer::arrowsSelectEnterOpens()
{
    // Walking the list with the arrows only moves the selection; Enter (or a click) opens.
    openSample();
    QListView *list = m_window->articleList();
    list->setCurrentIndex(list->model()->index(0, 0));
    const QString first = m_window->readingView()->article().relativePath;
    QVERIFY(!first.isEmpty());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2);
    QCOMPARE(m_window->readingView()->article().relativePath, first);
    QTest::keyClick(list, Qt::Key_Return);
    const QString chosen = list->currentIndex().data(Qt::DisplayRole).toString();
    QVERIFY(m_window->readingView()->article().relativePath != first);
    QTest::keyClick(list, Qt::Key_Up);
    const QString opened = m_window->readingView()->article().relativePath;
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(m_window->readingView()->article().relativePath != opened);
    Q_UNUSED(chosen);
}

void TestNewcomer::openMenuKeepsPlainKeys()
{
    // With the menu open, "m" is the menu's (its mnemonics), not "Matching Sentence in Next Pane".
    openSample();
    QAction *matching = actionNamed(*m_window, u"Matching Sentence in Next Pane"_s);
    QVERIFY(matching);
    QSignalSpy triggered(matching, &QAction::triggered);
    QPlainTextEdit *text = m_window->readingView()->textEdit();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_M);
    QCOMPARE(triggered.count(), 1); // the key works on the desk

    // Help's items have no M or J mnemonic; before the guard both keys ran the desk's actions
    // from inside the open menu.
    QAction *next = actionNamed(*m_window, u"Next Sentence"_s);
    QVERIFY(next);
    QSignalSpy nextTriggered(next, &QAction::triggered);
    QMenu *menu = nullptr;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->text().remove(u'&') == u"Help"_s)
            menu = top->menu();
    }
    QVERIFY(menu);
    menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::keyClick(menu, Qt::Key_M);
    QTest::keyClick(menu, Qt::Key_J);
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(nextTriggered.count(), 0);
    menu->close();
}

void TestNewcomer::focusIsVisible()
{
    // A framed view with the keyboard focus draws its frame in the highlight colour; the
    // reading pane shows its bar while its text has the focus.
    openSample();
    QListView *list = m_window->articleList();
    const QColor highlight = list->palette().color(QPalette::Highlight);
    const auto edge = [](QWidget *w) { return w->grab().toImage().pixelColor(0, w->height() / 2); };
    m_window->readingView()->textEdit()->setFocus();
    QTRY_VERIFY(!list->hasFocus());
    QVERIFY(edge(list) != highlight);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(edge(list), highlight);

    Ui::ReadingView *pane = m_window->readingView();
    const auto bar = [pane] { return pane->grab().toImage().pixelColor(pane->width() / 2, 1); };
    const QColor unfocused = bar();
    pane->textEdit()->setFocus();
    QTRY_VERIFY(pane->textEdit()->hasFocus());
    QCOMPARE(bar(), pane->palette().color(QPalette::Highlight));
    QVERIFY(unfocused != bar());
}

void TestNewcomer::searchedWordsAreMarkedInResults()
{
    openSample();
    auto *search = m_window->findChild<Ui::SearchPanel *>();
    QVERIFY(search);
    search->queryEdit()->setText(u"billion"_s);
    search->search();
    QVERIFY(search->model()->rowCount() >= 2);
    QVERIFY(qobject_cast<Ui::SearchResultDelegate *>(search->resultsView()->itemDelegate()));
    const QString html = Ui::SearchResultDelegate::richText(search->model()->index(0));
    QVERIFY2(html.contains(u"<b>billion</b>"_s), qPrintable(html));
    // The text is escaped: a sentence's own angle brackets never become markup.
    QVERIFY(!html.contains(u"<b><"_s));
}

void TestNewcomer::searchTakesNoWidthFromPanels()
{
    // Opening Search used to put a 300 px column on the left, squeezing the panes and panels.
    openSample();
    QDockWidget *names = dockNamed(*m_window, u"mentionsDock"_s);
    QDockWidget *search = dockNamed(*m_window, u"searchDock"_s);
    QVERIFY(names && search);
    const int before = names->width();
    const int desk = m_window->readingView()->width();
    QAction *find = actionNamed(*m_window, u"Search the Folder…"_s);
    QVERIFY(find);
    find->trigger();
    QTRY_VERIFY(search->isVisible());
    QCOMPARE(m_window->dockWidgetArea(search), Qt::RightDockWidgetArea);
    QVERIFY(m_window->tabifiedDockWidgets(search).contains(names));
    QTest::qWait(50);
    QCOMPARE(m_window->readingView()->width(), desk);
    QVERIFY2(search->width() >= before - 2, qPrintable(u"%1 vs %2"_s.arg(search->width()).arg(before)));
}

void TestNewcomer::firstLayoutShowsRowsBelow()
{
    // The first window gives the Annotations and Claims tables rows, not a 1–3 row strip.
    openSample();
    QDockWidget *claims = dockNamed(*m_window, u"claimsDock"_s);
    QVERIFY(claims);
    QTRY_VERIFY(claims->height() >= m_window->height() / 4);
}

void TestNewcomer::claimsTableHasALegend()
{
    openSample();
    auto *claims = m_window->findChild<Ui::ClaimsView *>();
    QVERIFY(claims);
    const QString legend = claims->legend()->text();
    for (const QString& words : {u"carries the claim"_s, u"figures disagree"_s, u"not reported"_s})
        QVERIFY2(legend.contains(words), qPrintable(legend));
    // The dots' own colours: red for a conflict, amber for a range or rounding, the highlight.
    QVERIFY(legend.contains(u"#c62828"_s));
    QVERIFY(legend.contains(u"#d98e04"_s));
    QVERIFY(legend.contains(claims->palette().color(QPalette::Highlight).name()));
}

void TestNewcomer::articleRowsFitDescenders()
{
    // A file name's underscore or a "g" must not be cut off at the bottom of its row.
    openSample();
    QListView *list = m_window->articleList();
    const int row = [&] {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(Qt::ToolTipRole).toString().contains(u"gamma_report"_s) ||
                list->model()->index(r, 0).data(Qt::DisplayRole).toString().contains(u"Gamma"_s))
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    const QModelIndex index = list->model()->index(row, 0);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.font = list->font();
    const QSize size = list->itemDelegate()->sizeHint(option, index);
    QFont title = option.font;
    title.setBold(true);
    QFont file = option.font;
    file.setPointSizeF(file.pointSizeF() * 0.85);
    const int header = Ui::ArticleDelegate::headerHeight(option, index);
    const int titleLine = QFontMetrics(title).lineSpacing();
    const int inkBottom = QFontMetrics(file).ascent() + QFontMetrics(file).boundingRect(u"_gjpqy"_s).bottom();
    QVERIFY2(size.height() - header >= 3 + titleLine + inkBottom,
             qPrintable(u"row %1, needs %2"_s.arg(size.height() - header).arg(3 + titleLine + inkBottom)));
}

void TestNewcomer::highlightedFiguresStayReadable()
{
    // A figure painted amber keeps a readable colour (4.5:1) under the yellow highlight.
    openSample();
    Ui::ReadingView *view = m_window->readingView();
    const Core::Article& article = view->article();
    const qsizetype at = article.text.indexOf(u"2026"_s) >= 0 ? article.text.indexOf(u"2026"_s)
                                                              : article.text.indexOf(u"$1."_s);
    QVERIFY(at >= 0);
    Core::Annotation yellow;
    yellow.articlePath = article.relativePath;
    yellow.start = 0;
    yellow.end = article.text.size(); // ASCII text: code points are UTF-16 offsets
    yellow.color = Ui::AnnotationController::colours().first();
    view->setAnnotations({yellow});
    QColor background = QColor::fromString(yellow.color);
    background.setAlpha(120);
    const QColor under = Core::blended(background, view->textEdit()->palette().color(QPalette::Base));
    int mentions = 0;
    for (const QTextEdit::ExtraSelection& s : view->textEdit()->extraSelections()) {
        if (!s.format.hasProperty(QTextFormat::ForegroundBrush) || s.cursor.selectionEnd() - s.cursor.selectionStart() > 20)
            continue;
        ++mentions;
        QVERIFY2(Core::contrastRatio(s.format.foreground().color(), under) >= 4.5,
                 qPrintable(s.cursor.selectedText()));
    }
    // Without the readable colours every mention under the highlight would keep its theme colour;
    // at least the amber ones need one.
    QVERIFY(mentions > 0);
}

void TestNewcomer::contrastFollowsWcag()
{
    QCOMPARE(qRound(Core::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(Core::contrastRatio(Qt::red, Qt::red), 1.0);
    const QColor yellow = Core::blended(QColor(0xff, 0xd5, 0x4f, 120), Qt::white);
    const QColor amber(0xd9, 0x8e, 0x04);
    QVERIFY(Core::contrastRatio(amber, yellow) < 4.5);
    const QColor readable = Core::readableOn(amber, yellow);
    QVERIFY(Core::contrastRatio(readable, yellow) >= 4.5);
    QVERIFY(std::abs(readable.hslHue() - amber.hslHue()) <= 3); // the same hue, darker
    QCOMPARE(Core::readableOn(Qt::black, Qt::white), QColor(Qt::black));
    const QColor dark(0x1f, 0x21, 0x24);
    QVERIFY(Core::contrastRatio(Core::readableOn(QColor(0x33, 0x55, 0x99), dark), dark) >= 4.5);
}

void TestNewcomer::helpHasAGettingStartedPage()
{
    QAction *start = actionNamed(*m_window, u"Getting Started"_s);
    QVERIFY(start);
    QCOMPARE(start->shortcut(), QKeySequence(QKeySequence::HelpContents));
    const QString page = Ui::GettingStarted::text();
    for (const QString& words : {u"Open Folder"_s, u"Ctrl+O"_s, u"Add Pane"_s, u"Comparison"_s, u"Manage Tags"_s,
                                 u"Export Annotations"_s, u"Keyboard Shortcuts"_s})
        QVERIFY2(page.contains(words), qPrintable(words));
    // The empty desk points to it.
    QVERIFY(m_window->readingView()->textEdit()->placeholderText().contains(u"Getting Started"_s));
}

void TestNewcomer::tagsCanBeMadeInAdvance()
{
    openSample();
    auto *annotations = m_window->findChild<Ui::AnnotationController *>();
    QVERIFY(annotations);
    Ui::TagManager manager(annotations, m_window.get());
    QVERIFY2(manager.createTag(u" claim / disputed "_s), qPrintable(manager.message()));
    QStringList paths;
    for (const Core::Tag& tag : annotations->store()->tags())
        paths.append(tag.path);
    QVERIFY(paths.contains(u"claim"_s));
    QVERIFY(paths.contains(u"claim/disputed"_s));
    QCOMPARE(manager.currentTag(), u"claim/disputed"_s);
    QVERIFY(!manager.createTag(u"claim/disputed"_s));
    QVERIFY(manager.message().contains(u"exists"_s));
    QVERIFY(!manager.createTag(u" / "_s));
}

void TestNewcomer::tabFromTheNoteLandsSomewhereVisible()
{
    // Tab leaves the note for the next panel the user can see, which then shows the focus.
    openSample();
    auto *annotations = m_window->findChild<Ui::AnnotationController *>();
    QWidget *note = annotations->noteEditor();
    note->setEnabled(true);
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next && next != note);
    QVERIFY(next->isVisible());
}

QTEST_MAIN(TestNewcomer)
#include "tst_newcomer.moc"
