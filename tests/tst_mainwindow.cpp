#include "analysis/claimmodel.h"
#include "annotationcontroller.h"
#include "articledetailsdialog.h"
#include "articles/articlelistmodel.h"
#include "analysis/analysisreport.h"
#include "comparisonpanel.h"
#include "foldercontroller.h"
#include "storymenu.h"
#include "roles.h"
#include "deskcontroller.h"
#include "folderstatus.h"
#include "highlighting/highlightrepository.h"
#include "highlighting/mentionhighlighter.h"
#include "mainwindow.h"
#include "mentionspanel.h"
#include "messagebar.h"
#include "panelsmenu.h"
#include "readingdesk.h"
#include "readingview.h"
#include "settings/settings.h"
#include "store/annotationstore.h"
#include "thememenu.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QScreen>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include "testutils.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

namespace {
using TestUtils::writeFile;

// The colour of the text where @p words start in @p browser; invalid when they are not shown.
QColor colourOf(const QTextBrowser *browser, const QString& words)
{
    const QTextCursor found = browser->document()->find(words);
    if (found.isNull())
        return {};
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat().foreground().color();
}

// The row of the claim whose text contains @p words, or -1; and how many sources have @p role set.
int claimRow(const Core::ClaimModel *claims, const QString& words)
{
    for (int row = 0; row < claims->rowCount(); ++row) {
        if (claims->index(row, 0).data().toString().contains(words))
            return row;
    }
    return -1;
}

int sourcesWith(const Core::ClaimModel *claims, int row, int role)
{
    int count = 0;
    for (int column = 1; column < claims->columnCount(); ++column)
        count += claims->index(row, column).data(role).toBool() ? 1 : 0;
    return count;
}

int sentenceStartingWith(const Core::Article& article, const QString& start)
{
    for (int i = 0; i < article.sentences.size(); ++i) {
        if (article.sentenceText(i).startsWith(start))
            return i;
    }
    return -1;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensFolderAndReportsUnreadableFile();
    void longLinesAreParagraphsOnScreen();
    void firstWindowTakesMostOfTheScreen();
    void jumpsCentreTheTarget();
    void countsSpeakEnglishPlurals();
    void keysGoToEveryPanel();
    void editsAnArticlesDetails();
    void rememberesFolderAndTheme();
    void followsDarkPalette();
    void highlightsFiguresAndNames();
    void speaksGerman();
    void comparesAcrossArticles();
    void comparesWithinTheStory();
    void chromeTitlesGiveWay();
    void dismissedDisagreementStaysDismissed();
    void choosesLanguage();

private:
    QTemporaryDir m_settingsDir;
    QString m_ini;
};

void TestMainWindow::init()
{
    m_ini = m_settingsDir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestMainWindow::opensFolderAndReportsUnreadableFile()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(u"alpha.txt"_s),
              "Alpha Daily headline\nShares rose 8% to $53 billion.\nShare this article\n");
    writeFile(folder.filePath(u"beta.md"_s),
              "# Beta Times headline\n\nRevenue was 380 billion yuan in 2025.\n");
    writeFile(folder.filePath(u"broken.html"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16));

    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QAbstractItemModelTester tester(window.articleModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(folder.path());
    QVERIFY(loaded.wait(10000));

    QCOMPARE(window.articleModel()->rowCount(), 2);
    QCOMPARE(window.articleModel()->index(0).data().toString(), u"Alpha Daily headline"_s);
    QCOMPARE(window.articleModel()->index(1).data().toString(), u"Beta Times headline"_s);

    // The unreadable file is named in a visible message; the readable ones are open.
    QVERIFY(window.messageBar()->isVisible());
    const QStringList messages = window.messageBar()->messages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"broken.html"_s) && messages.first().contains(u"binary"_s),
             qPrintable(messages.first()));

    // The first article is shown at once, its share prompt dimmed; clicking the second shows its text.
    QVERIFY(window.readingView()->text().startsWith(u"Alpha Daily headline"_s));
    // The headline is the text's first line: said once, in bold, not again above the text.
    QLabel *headline = nullptr;
    for (QLabel *label : window.readingView()->findChildren<QLabel *>())
        headline = label->accessibleName() == u"Article headline"_s ? label : headline;
    QVERIFY(headline && headline->isHidden());
    QCOMPARE(window.readingView()->textEdit()->document()->firstBlock().begin().fragment().charFormat().fontWeight(),
             int(QFont::Bold));
    const auto dimmed = window.readingView()->textEdit()->extraSelections();
    QCOMPARE(dimmed.size(), 1);
    QCOMPARE(dimmed.first().cursor.selectedText(), u"Share this article"_s);
    QListView *list = window.articleList();
    const QRect rect = list->visualRect(window.articleModel()->index(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(window.readingView()->text(),
             u"Beta Times headline\n\nRevenue was 380 billion yuan in 2025.\n"_s);
    QVERIFY(window.readingView()->textEdit()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QFileInfo(folder.path()).fileName()));
}

void TestMainWindow::longLinesAreParagraphsOnScreen()
{
    // A page saved without line breaks is shown as paragraphs (Qt lays out a paragraph whole, so
    // one of megabytes would freeze the window), and every position on screen is still the same
    // position in the article.
    QTemporaryDir folder;
    QByteArray line = "Long line headline\n";
    for (int i = 0; i < 300; ++i)
        line += "The council said revenue rose " + QByteArray::number(i % 9 + 1) + "% in the quarter. ";
    writeFile(folder.filePath(u"long.txt"_s), line);

    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(folder.path());
    QVERIFY(loaded.wait(10000));

    const QString text = window.readingView()->text();
    QVERIFY(text.startsWith(u"Long line headline\nThe council"_s));
    const QTextDocument *document = window.readingView()->textEdit()->document();
    QVERIFY2(document->blockCount() >= 5, qPrintable(QString::number(document->blockCount())));
    QCOMPARE(document->characterCount() - 1, text.size());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QVERIFY(block.length() <= 4100);
        QCOMPARE(block.text(), text.mid(block.position(), block.length() - 1));
    }
}

void TestMainWindow::firstWindowTakesMostOfTheScreen()
{
    // No saved geometry: the window fills most of the screen's free area, and no more than it.
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    const QSize room = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() >= room.width() * 0.85 || window.width() >= 1100, qPrintable(QString::number(window.width())));
    QVERIFY(window.height() >= room.height() * 0.85 || window.height() >= 720);
    QVERIFY(window.width() <= room.width() && window.height() <= room.height());
}

void TestMainWindow::jumpsCentreTheTarget()
{
    // A search result or the next sentence lands in the middle of the pane, not on its edge.
    QTemporaryDir folder;
    QByteArray text = "Centred headline\n";
    for (int i = 0; i < 200; ++i)
        text += "Paragraph " + QByteArray::number(i) + " says the council met again.\n";
    writeFile(folder.filePath(u"long.txt"_s), text);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(folder.path());
    QVERIFY(loaded.wait(10000));

    Ui::ReadingView *reader = window.readingView();
    QPlainTextEdit *edit = reader->textEdit();
    for (const char *target : {"Paragraph 120 ", "Paragraph 60 "}) {
        const qsizetype at = reader->text().indexOf(QString::fromLatin1(target));
        QVERIFY(at > 0);
        reader->selectRange(at, at + 12);
        QApplication::processEvents();
        const int middle = edit->viewport()->height() / 2;
        const int y = edit->cursorRect().center().y();
        QVERIFY2(std::abs(y - middle) < edit->viewport()->height() / 4,
                 qPrintable(u"%1 at %2 px of %3"_s.arg(QString::fromLatin1(target)).arg(y).arg(edit->viewport()->height())));
    }
}

void TestMainWindow::countsSpeakEnglishPlurals()
{
    // English has its own plural forms file: "1 article", "2 sentences", never "1 annotations".
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"crosscheck"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    Core::Article article;
    article.text = u"One. Two."_s;
    article.sentences = {{0, 4, false}, {5, 9, false}};
    const QString summary = Ui::FolderStatus::summary({article}, {1, 0, 0});
    QCoreApplication::removeTranslator(&english);
    QVERIFY2(summary.startsWith(u"1 article · 2 sentences · 0 figures"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 annotation ·"_s) && summary.contains(u"0 claims"_s), qPrintable(summary));
}

void TestMainWindow::keysGoToEveryPanel()
{
    // Alt+0 goes to the article list, Alt+1… to each panel, showing a hidden one; the keyboard
    // focus lands inside it, so the next keys act there.
    QTemporaryDir folder;
    writeFile(folder.filePath(u"alpha.txt"_s), "Alpha headline\nShares rose 8% to $53 billion.\n");
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
    window.openFolder(folder.path());
    QVERIFY(loaded.wait(10000));

    auto *menu = window.findChild<Ui::PanelsMenu *>();
    QVERIFY(menu);
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    const QList<QAction *> go = menu->goActions();
    QCOMPARE(go.size(), std::min<qsizetype>(docks.size(), 9) + 1);
    QCOMPARE(go.first()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_0));
    go.first()->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), window.articleList());
    for (qsizetype i = 1; i < go.size(); ++i) {
        QDockWidget *dock = docks[i - 1];
        go[i]->trigger();
        QVERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));
        if (!dock->widget()->isEnabled())
            continue; // the note of no highlight: shown, nothing to type into
        QTRY_VERIFY2(QApplication::focusWidget() && dock->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(dock->windowTitle()));
    }
}

void TestMainWindow::editsAnArticlesDetails()
{
    // A page that names no outlet shows its file name; the reader gives it an outlet, a title and
    // a date, kept in the store: the window shows them at once, after reopening and in analyze.
    QTemporaryDir folder;
    writeFile(folder.filePath(u"001_05f20793ad27a2a9.txt"_s), "Council approves barrage\nThe council voted 31 to 14.\n");
    writeFile(folder.filePath(u"b.txt"_s), "Barrage approved\nThe council voted 31 to 14 on Monday.\n");
    {
        Core::Settings settings(m_ini);
        Ui::MainWindow window(&settings);
        window.show();
        QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
        window.openFolder(folder.path());
        QVERIFY(loaded.wait(10000));
        const int row = window.articleModel()->rowOfFile(u"001_05f20793ad27a2a9.txt"_s);
        const Core::Article *article = window.articleModel()->articleAt(row);
        QCOMPARE(article->sourceName(), u"001_05f20793ad27a2a9"_s);

        Ui::ArticleDetailsDialog dialog(*article);
        QVERIFY(!dialog.dateKnown()->isChecked());
        dialog.outletEdit()->setText(u"Veldmark Courier"_s);
        dialog.titleEdit()->setText(u"Council approves the barrage"_s);
        dialog.dateKnown()->setChecked(true);
        dialog.dateEdit()->setDate(QDate(2025, 3, 4));
        if (const QString shots = qEnvironmentVariable("CROSSCHECK_SHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(shots + u"/article-details.png"_s)); // to look at
        }
        const Core::ArticleDetails details = dialog.details();
        QCOMPARE(details.outlet, u"Veldmark Courier"_s);

        auto *controller = window.findChild<Ui::FolderController *>();
        QVERIFY(controller);
        controller->editDetails(u"001_05f20793ad27a2a9.txt"_s, details);
        QVERIFY2(window.messageBar()->messages().isEmpty(), qPrintable(window.messageBar()->messages().join(u'\n')));
        const Core::Article *edited = window.articleModel()->articleAt(row);
        QCOMPARE(edited->sourceName(), u"Veldmark Courier"_s);
        QCOMPARE(edited->title, u"Council approves the barrage"_s);
        QCOMPARE(edited->published, QDate(2025, 3, 4));
        QCOMPARE(window.readingView()->article().outlet, u"Veldmark Courier"_s);
        window.close();
    }
    {
        Core::Settings settings(m_ini);
        Ui::MainWindow window(&settings);
        QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
        window.openFolder(folder.path());
        QVERIFY(loaded.wait(10000));
        const int row = window.articleModel()->rowOfFile(u"001_05f20793ad27a2a9.txt"_s);
        QCOMPARE(window.articleModel()->articleAt(row)->outlet, u"Veldmark Courier"_s);
        // Emptied details give the page its own again.
        window.findChild<Ui::FolderController *>()->editDetails(u"001_05f20793ad27a2a9.txt"_s, {});
        QCOMPARE(window.articleModel()->articleAt(row)->title, u"Council approves barrage"_s);
        QVERIFY(window.articleModel()->articleAt(row)->outlet.isEmpty());
        window.findChild<Ui::FolderController *>()->editDetails(u"001_05f20793ad27a2a9.txt"_s,
                                                               {u"Veldmark Courier"_s, {}, {}});
        window.close();
    }
    QString error;
    const auto analysis = Core::AnalysisReport::analyzeFolder(folder.path(), &error);
    QVERIFY(analysis);
    QCOMPARE(analysis->articles.first().outlet, u"Veldmark Courier"_s);
}

void TestMainWindow::rememberesFolderAndTheme()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(u"one.txt"_s), "One\nText.\n");
    const QString darkName = [] {
        QPalette dark;
        dark.setColor(QPalette::Base, Qt::black);
        return Core::HighlightRepository().themeForPalette(dark).name();
    }();
    {
        Core::Settings settings(m_ini);
        Ui::MainWindow window(&settings);
        QSignalSpy loaded(&window, &Ui::MainWindow::folderLoaded);
        window.openFolder(folder.path());
        QVERIFY(loaded.wait(10000));
        // Choose a theme through the menu, as a user would.
        QAction *chosen = nullptr;
        for (QAction *action : window.themeMenu()->actions()) {
            if (action->data().toString() == darkName)
                chosen = action;
        }
        QVERIFY(chosen);
        chosen->trigger();
        QCOMPARE(window.activeThemeName(), darkName);
        QCOMPARE(window.readingView()->highlighter()->theme().name(), darkName);
        window.close();
    }
    Core::Settings reread(m_ini);
    QCOMPARE(reread.lastFolder(), QDir::cleanPath(folder.path()));
    QCOMPARE(reread.themeName(), darkName);
    Ui::MainWindow again(&reread);
    QCOMPARE(again.themeMenu()->currentTheme(), darkName);
    QCOMPARE(again.readingView()->highlighter()->theme().name(), darkName);
}

void TestMainWindow::followsDarkPalette()
{
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QPalette light = window.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, Qt::white);
    window.setPalette(light);
    QVERIFY(!Core::HighlightRepository::isDark(window.readingView()->highlighter()->theme()));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    window.setPalette(dark);
    QVERIFY(Core::HighlightRepository::isDark(window.readingView()->highlighter()->theme()));
}

void TestMainWindow::highlightsFiguresAndNames()
{
    QTemporaryDir folder;
    writeFile(
        folder.filePath(u"a.txt"_s),
        "Alibaba to invest\nAlibaba plans to invest $53 billion, CEO Eddie Wu said.\nShares rose 8%.\n");
    // Another outlet's qualifier does not make it another figure.
    writeFile(folder.filePath(u"b.txt"_s), "Second story\nThe roughly $53 billion plan pleased Wu.\n");
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    window.show();
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    window.openFolder(folder.path());
    QVERIFY(named.wait(10000));

    Ui::ReadingView *reader = window.readingView();
    const QString text = reader->text();
    const qsizetype money = text.indexOf(u"$53 billion"_s);
    QVERIFY(money > 0);

    // The span under the figure carries the definition's Money format in the theme's colour.
    const QTextBlock block = reader->textEdit()->document()->findBlock(int(money));
    const auto theme = reader->highlighter()->theme();
    const QColor moneyColor = reader->highlighter()->format(Core::MentionKind::Money).textColor(theme);
    bool coloured = false;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.start == money - block.position() && range.length == 11)
            coloured = range.format.foreground().color() == moneyColor;
    }
    QVERIFY2(coloured, "the money figure is not shown in the Money format");
    QCOMPARE(reader->toolTipAt(money + 3), u"53,000,000,000 USD"_s);
    QCOMPARE(reader->toolTipAt(text.indexOf(u"8%"_s)), u"8%"_s);
    QCOMPARE(reader->toolTipAt(text.indexOf(u"Eddie Wu"_s) + 2), u"Person"_s);
    QVERIFY(reader->toolTipAt(text.indexOf(u"plans"_s)).isEmpty());

    // The side list groups by kind and tells where else each one is mentioned; a click jumps to it.
    Ui::MentionsPanel *panel = window.mentionsPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStandardItem *moneyGroup = nullptr;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        if (panel->model()->item(row)->text() == u"Money"_s)
            moneyGroup = panel->model()->item(row);
    }
    QVERIFY(moneyGroup);
    QCOMPARE(moneyGroup->rowCount(), 1);
    QCOMPARE(moneyGroup->child(0, 0)->text(), u"$53 billion"_s);
    QCOMPARE(moneyGroup->child(0, 2)->text(), u"b"_s);
    const QModelIndex index = moneyGroup->child(0, 0)->index();
    panel->view()->scrollTo(index);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(index).center());
    QCOMPARE(reader->textEdit()->textCursor().selectedText(), u"$53 billion"_s);
}

void TestMainWindow::speaksGerman()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/crosscheck_de"_s));
    QCoreApplication::installTranslator(&translator);
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QCoreApplication::removeTranslator(&translator);
    const auto menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus[0]->text(), u"&Datei"_s);
    QCOMPARE(menus[1]->text(), u"&Bearbeiten"_s);
    QCOMPARE(menus[2]->text(), u"&Ansicht"_s);
}

// Pages saved with a tweet embed on top read "Tweet with a location" as their title; once the
// folder shows the embed to be chrome of both stories, the list shows each page's own first line.
void TestMainWindow::chromeTitlesGiveWay()
{
    QTemporaryDir folder;
    const QString embed = u"Tweet with a location\nYou can add location information to your posts, such as your city or "
                          u"precise location, from the web and via third-party applications.\n"_s;
    const QStringList bodies = {
        u"The Osterhaven council approved a tidal barrage on Thursday. The barrage will cost 450 million euros, said mayor Lotte Brandvik.\n"_s,
        u"Osterhaven's council voted on Thursday to build the tidal barrage. Mayor Lotte Brandvik said the barrage would cost 450 million euros.\n"_s,
        u"A fire destroyed a warehouse in Veldmark on Sunday night. Firefighters fought the blaze for six hours.\n"_s,
        u"Firefighters battled a blaze at a Veldmark warehouse for six hours on Sunday. The fire brigade said nobody was hurt.\n"_s,
    };
    for (int i = 0; i < bodies.size(); ++i)
        TestUtils::writeFile(folder.filePath(u"page-%1.txt"_s.arg(i)), (embed + bodies[i]).toUtf8());
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    window.openFolder(folder.path());
    QVERIFY(named.wait(15000));
    const auto *model = window.articleModel();
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString title = model->index(row).data(Core::TitleRole).toString();
        QVERIFY2(!title.startsWith(u"Tweet with"_s) && !title.startsWith(u"You can add"_s), qPrintable(title));
    }
    const QString first = model->index(model->rowOfFile(u"page-0.txt"_s)).data(Core::TitleRole).toString();
    QVERIFY2(first.startsWith(u"The Osterhaven council approved"_s), qPrintable(first));
}

// In a folder of two stories, "not reported" is said only of the articles of the same story.
void TestMainWindow::comparesWithinTheStory()
{
    QTemporaryDir folder;
    const QStringList texts = {
        u"Barrage approved\n\nThe Osterhaven council approved a tidal barrage on Thursday. The barrage will cost €450 million, said mayor Lotte Brandvik. Fishermen fear the barrage will harm catches in the estuary.\n"_s,
        u"Council backs tidal barrage\n\nOsterhaven's council voted on Thursday to build the tidal barrage. Mayor Lotte Brandvik said the barrage would cost €450 million. The estuary's fishermen warned about their catches.\n"_s,
        u"Osterhaven barrage gets green light\n\nThe tidal barrage at Osterhaven won the council's approval. Estuary fishermen oppose the barrage.\n"_s,
        u"Warehouse fire in Veldmark\n\nA fire destroyed a warehouse in Veldmark on Sunday night. Firefighters fought the blaze for six hours. No one was injured, the fire brigade said.\n"_s,
        u"Blaze guts Veldmark warehouse\n\nFirefighters battled a blaze at a Veldmark warehouse for six hours on Sunday. The fire brigade said nobody was hurt in the fire.\n"_s,
    };
    for (int i = 0; i < texts.size(); ++i)
        TestUtils::writeFile(folder.filePath(u"story-%1.txt"_s.arg(i)), texts[i].toUtf8());
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    window.openFolder(folder.path());
    QVERIFY(named.wait(15000));
    const int row = window.articleModel()->rowOfFile(u"story-0.txt"_s);
    const Core::Article *first = window.articleModel()->articleAt(row);
    const int cost = sentenceStartingWith(*first, u"The barrage will cost"_s);
    QVERIFY(cost >= 0);
    window.deskController()->showSentence(first->relativePath, cost);
    const QString text = window.comparisonPanel()->browser()->toPlainText();
    QVERIFY2(text.contains(u"of this story reporting this: 1 of 2"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not reported"_s), qPrintable(text)); // story-2 leaves the cost out
    QVERIFY2(!text.contains(u"story-3"_s) && !text.contains(u"story-4"_s), qPrintable(text));

    // The claims table shows this story: its three articles and its claims only; the fire's
    // claims come with a fire article.
    const Core::ClaimModel *claims = window.claimModel();
    QCOMPARE(claims->columnCount(), 1 + 3);
    QVERIFY(claims->rowCount() >= 1);
    for (int r = 0; r < claims->rowCount(); ++r) {
        for (const auto& [path, sentence] : claims->sentencesOf(r))
            QVERIFY2(path != u"story-3.txt"_s && path != u"story-4.txt"_s, qPrintable(path));
    }
    window.deskController()->showSentence(u"story-3.txt"_s, 1);
    QCOMPARE(claims->columnCount(), 1 + 2);
    for (int r = 0; r < claims->rowCount(); ++r) {
        for (const auto& [path, sentence] : claims->sentencesOf(r))
            QVERIFY2(path == u"story-3.txt"_s || path == u"story-4.txt"_s, qPrintable(path));
    }
    window.deskController()->showSentence(first->relativePath, cost);

    // The folder list opens each story's run with its label and the outlets that cover it.
    const auto *model = window.articleModel();
    const QModelIndex barrage = model->index(model->rowOfFile(u"story-0.txt"_s));
    const QModelIndex secondBarrage = model->index(model->rowOfFile(u"story-1.txt"_s));
    const QModelIndex fire = model->index(model->rowOfFile(u"story-3.txt"_s));
    QVERIFY(barrage.data(Core::StoryHeaderRole).toBool());
    QVERIFY(!secondBarrage.data(Core::StoryHeaderRole).toBool());
    QVERIFY(fire.data(Core::StoryHeaderRole).toBool());
    QCOMPARE(barrage.data(Core::StoryCoverageRole).toString(), u"3 outlets: story-0 \u00B7 story-1 \u00B7 story-2"_s);
    const QListView *list = nullptr;
    for (const QListView *view : window.findChildren<QListView *>()) {
        if (view->model() == model)
            list = view;
    }
    QVERIFY(list);
    QVERIFY(list->sizeHintForIndex(barrage).height() > list->sizeHintForIndex(secondBarrage).height());

    // Moving the fire article into the barrage story: the menu offers the other story and a story
    // of its own; the move is kept and the folder compared again.
    auto *folderController = window.findChild<Ui::FolderController *>();
    QVERIFY(folderController);
    Ui::StoryMenu menu(u"story-3.txt"_s, folderController->insight());
    const QList<QAction *> items = menu.actions();
    QCOMPARE(items.first()->text(), u"Edit &Details…"_s);
    const auto submenu =
        std::find_if(items.cbegin(), items.cend(), [](const QAction *a) { return a->menu() != nullptr; });
    QVERIFY(submenu != items.cend());
    const QList<QAction *> moves = (*submenu)->menu()->actions();
    QStringList labels;
    for (const QAction *action : moves)
        labels.append(action->text());
    QVERIFY2(labels.contains(u"A Story of Its Own"_s), qPrintable(labels.join(u" | "_s)));
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [](const QString& l) { return l.contains(u"arrage"_s); }),
             qPrintable(labels.join(u" | "_s)));
    QSignalSpy analyzed(folderController, &Ui::FolderController::analyzed);
    folderController->moveToStory(u"story-3.txt"_s, u"story-0.txt"_s);
    QVERIFY(analyzed.wait(15000));
    const Core::FolderInsight& after = folderController->insight();
    QCOMPARE(after.storyOf[after.paths.indexOf(u"story-3.txt"_s)], after.storyOf[after.paths.indexOf(u"story-0.txt"_s)]);
}

void TestMainWindow::comparesAcrossArticles()
{
    // A copy of the sample folder: the window keeps its store inside the folder it opens.
    QTemporaryDir folder;
    const QDir examples(QStringLiteral(CROSSCHECK_EXAMPLES_DIR "/tidal-barrage"));
    for (const QString& name : examples.entryList(QDir::Files))
        QVERIFY(QFile::copy(examples.filePath(name), folder.filePath(name)));
    Core::Settings settings(m_ini);
    Ui::MainWindow window(&settings);
    QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
    window.openFolder(folder.path());
    QVERIFY(named.wait(15000));

    const Core::Article *courier = window.articleModel()->articleAt(0);
    const int funding = sentenceStartingWith(*courier, u"Funding will come"_s);
    QVERIFY(funding >= 0);
    window.deskController()->showSentence(courier->relativePath, funding);
    const QTextBrowser *browser = window.comparisonPanel()->browser();
    const QString html = browser->toPlainText();
    QVERIFY2(html.contains(u"Figures disagree"_s), qPrintable(html));
    QVERIFY2(html.contains(u"\u20AC450 million"_s), qPrintable(html));
    QVERIFY2(html.contains(u"Northsea Business Wire"_s), qPrintable(html));
    QVERIFY2(html.contains(u"not reported"_s), qPrintable(html));
    const QColor conflict = colourOf(browser, u"Figures disagree"_s);

    // "Side by side" puts the disagreeing sentences in two panes, each selected.
    {
        const QString source = browser->toHtml();
        const QRegularExpression link(uR"re(href="(crosscheck:sidebyside[^"]*)")re"_s);
        const auto found = link.match(source);
        QVERIFY2(found.hasMatch(), qPrintable(source));
        const QUrl url(QString(found.captured(1)).replace(u"&amp;"_s, u"&"_s));
        const QString other = QUrlQuery(url).queryItemValue(u"b"_s);
        Q_EMIT window.comparisonPanel()->browser()->anchorClicked(url);
        QVERIFY(window.desk()->count() >= 2);
        QStringList shown;
        for (Ui::ReadingView *view : window.desk()->views()) {
            shown.append(view->article().relativePath);
            if (view->article().relativePath == courier->relativePath || view->article().relativePath == other)
                QVERIFY2(view->textEdit()->textCursor().hasSelection(), qPrintable(view->article().relativePath));
        }
        QVERIFY2(shown.contains(courier->relativePath) && shown.contains(other), qPrintable(shown.join(u", "_s)));
        QCOMPARE(window.readingView()->article().relativePath, courier->relativePath);
        window.deskController()->showPanes(1);
        window.deskController()->showSentence(courier->relativePath, funding);
    }

    // "About 1,500" against "up to 1,400" is worth a look, not an alarm: not the conflicts' red.
    const Core::Article *wire = window.articleModel()->articleAt(1);
    const int peak = sentenceStartingWith(*wire, u"The company said construction"_s);
    QVERIFY(peak >= 0);
    window.deskController()->showSentence(wire->relativePath, peak);
    const QColor approximate = colourOf(browser, u"Figures that can both be true"_s);
    QVERIFY2(approximate.isValid(), qPrintable(browser->toPlainText()));
    QVERIFY(conflict.isValid());
    QVERIFY(approximate != conflict);
    QVERIFY(approximate != browser->palette().color(QPalette::Text));
    window.deskController()->showSentence(courier->relativePath, funding);

    // The claims matrix: most-carried claims first, the loan's disagreement marked in red cells.
    Core::ClaimModel *claims = window.claimModel();
    QAbstractItemModelTester claimTester(claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(claims->rowCount() >= 3);
    QCOMPARE(claims->columnCount(), 6);
    QVERIFY(claims->index(0, 0).data(Core::ClaimModel::SourcesRole).toInt() >= 3);
    for (int row = 1; row < claims->rowCount(); ++row)
        QVERIFY(claims->index(row - 1, 0).data(Core::ClaimModel::SourcesRole).toInt() >=
                claims->index(row, 0).data(Core::ClaimModel::SourcesRole).toInt());
    const int loanRow = claimRow(claims, u"loan"_s);
    QVERIFY(loanRow >= 0);
    QVERIFY(sourcesWith(claims, loanRow, Core::ClaimModel::DisagreesRole) >= 2);
    // "About 1,500" against "up to 1,400" people: amber dots, not red ones.
    const int peakRow = claimRow(claims, u"1,500 people"_s);
    QVERIFY(peakRow >= 0);
    QCOMPARE(sourcesWith(claims, peakRow, Core::ClaimModel::DisagreesRole), 0);
    QCOMPARE(sourcesWith(claims, peakRow, Core::ClaimModel::ApproximateRole), 2);
    QCOMPARE(claims->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), u"The Veldmark Courier"_s);

    // Tagging the claim annotates each of its sentences, as one undo step.
    const int sources = claims->index(loanRow, 0).data(Core::ClaimModel::SourcesRole).toInt();
    QCOMPARE(window.tagClaim(loanRow, u"claim/disputed"_s), sources);
    QCOMPARE(window.annotations()->store()->count(), sources);
    for (const Core::Annotation& a : window.annotations()->store()->annotations())
        QCOMPARE(a.tags, QStringList({u"claim/disputed"_s}));
    window.annotations()->undoStack()->undo();
    QCOMPARE(window.annotations()->store()->count(), 0);

    // Following a match opens that article at the matching sentence.
    const QString source = window.comparisonPanel()->browser()->toHtml();
    const qsizetype at = source.indexOf(u"crosscheck:sentence?"_s);
    QVERIFY(at > 0);
    const QUrl url(source.mid(at, source.indexOf(u'"', at) - at).replace(u"&amp;"_s, u"&"_s));
    Q_EMIT window.comparisonPanel()->browser()->anchorClicked(url);
    QVERIFY(window.articleList()->currentIndex().row() != 0);
    QVERIFY(!window.readingView()->textEdit()->textCursor().selectedText().isEmpty());
}

void TestMainWindow::choosesLanguage()
{
    Core::Settings settings(m_ini);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.locale(), QLocale::system());
    Ui::MainWindow window(&settings);
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QStringList codes;
    for (QAction *action : menu->actions())
        codes.append(action->data().toString());
    QCOMPARE(codes, QStringList({QString(), u"en"_s, u"de"_s, u"zh_CN"_s}));
    QVERIFY(menu->actions().first()->isChecked());
    menu->actions()[3]->trigger();
    QCOMPARE(settings.language(), u"zh_CN"_s);
    QCOMPARE(settings.locale().language(), QLocale::Chinese);
    // What main() does with it: the translation of that language loads.
    QTranslator translator;
    QVERIFY(translator.load(settings.locale(), u"crosscheck"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(translator.translate("Crosscheck::Ui::FileMenu", "&File"), u"文件(&F)"_s);
}

// A disagreement the reader dismisses is gone from the panel, stays gone when the folder is
// opened again, and `analyze` reports it as dismissed.
void TestMainWindow::dismissedDisagreementStaysDismissed()
{
    QTemporaryDir folder;
    const QDir examples(QStringLiteral(CROSSCHECK_EXAMPLES_DIR "/tidal-barrage"));
    for (const QString& name : examples.entryList(QDir::Files))
        QVERIFY(QFile::copy(examples.filePath(name), folder.filePath(name)));
    Core::Settings settings(m_ini);
    qsizetype remaining = 0;
    {
        Ui::MainWindow window(&settings);
        QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
        window.openFolder(folder.path());
        QVERIFY(named.wait(15000));
        const Core::Article *courier = window.articleModel()->articleAt(0);
        const int funding = sentenceStartingWith(*courier, u"Funding will come"_s);
        window.deskController()->showSentence(courier->relativePath, funding);
        QTextBrowser *browser = window.comparisonPanel()->browser();
        const qsizetype before = browser->toPlainText().count(u"Figures disagree"_s);
        QVERIFY(before >= 1);
        const QString html = browser->toHtml();
        const qsizetype at = html.indexOf(u"crosscheck:dismiss"_s);
        QVERIFY2(at >= 0, qPrintable(html));
        const QString href = html.mid(at, html.indexOf(u'"', at) - at).replace(u"&amp;"_s, u"&"_s);
        Q_EMIT browser->anchorClicked(QUrl(href));
        QCOMPARE(browser->toPlainText().count(u"Figures disagree"_s), before - 1);
        remaining = before - 1;
        window.close();
    }
    {
        Ui::MainWindow window(&settings);
        QSignalSpy named(&window, &Ui::MainWindow::namesRecognized);
        window.openFolder(folder.path());
        QVERIFY(named.wait(15000));
        const Core::Article *courier = window.articleModel()->articleAt(0);
        window.deskController()->showSentence(courier->relativePath, sentenceStartingWith(*courier, u"Funding will come"_s));
        QCOMPARE(window.comparisonPanel()->browser()->toPlainText().count(u"Figures disagree"_s), remaining);
        window.close();
    }
    QString error;
    const auto analysis = Core::AnalysisReport::analyzeFolder(folder.path(), &error);
    QVERIFY(analysis);
    QVERIFY(std::any_of(analysis->discrepancies.cbegin(), analysis->discrepancies.cend(),
                        [](const Core::Discrepancy& d) { return d.dismissed && d.note.contains(u"450"_s); }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
