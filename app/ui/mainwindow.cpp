#include "mainwindow.h"

#include "alignment/aligner.h"
#include "alignment/claimmodel.h"
#include "annotationcontroller.h"
#include "annotationspanel.h"
#include "articledelegate.h"
#include "articles/articlelistmodel.h"
#include "articles/codepointmap.h"
#include "articles/folderloader.h"
#include "claimsview.h"
#include "comparisonpanel.h"
#include "exportdialog.h"
#include "highlighting/highlightrepository.h"
#include "mentionspanel.h"
#include "messagebar.h"
#include "namecorrectionsdialog.h"
#include "readingdesk.h"
#include "readingview.h"
#include "recentfoldersmenu.h"
#include "recognition/folderrecognizer.h"
#include "roles.h"
#include "searchpanel.h"
#include "settings/settings.h"
#include "shortcutsdialog.h"
#include "statisticschart.h"
#include "store/annotationlistmodel.h"
#include "store/annotationstore.h"

#include "articles/pageconverter.h"

#include "tagdialog.h"
#include "tagmanager.h"
#include "thememenu.h"
#include <ksyntaxhighlighting_version.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Core::Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_repository(std::make_unique<Core::HighlightRepository>())
    , m_loader(new Core::FolderLoader(this))
    , m_recognizer(new Core::FolderRecognizer(this))
    , m_model(new Core::ArticleListModel(this))
{
    setWindowTitle(tr("Crosscheck"));
    setAcceptDrops(true);
    setupWidgets();
    setupActions();
    setupStatusBar();
    connectLoader();

    m_themeName = m_settings->themeName();
    m_themeMenu->setCurrentTheme(m_themeName);
    applyTheme();

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 720);
    restoreState(m_settings->windowState());
    m_desk->setTextZoom(m_settings->textZoom());
}

MainWindow::~MainWindow() = default;

void MainWindow::setupWidgets()
{
    m_messages = new MessageBar(this);

    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ArticleDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setMinimumWidth(220);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentArticleChanged);

    m_desk = new ReadingDesk(m_repository->articleDefinition(), this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_desk);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    splitter->setChildrenCollapsible(false);

    m_mentions = new MentionsPanel(this);
    auto *mentionsDock = new QDockWidget(tr("Names and Figures"), this);
    mentionsDock->setObjectName(QStringLiteral("mentionsDock"));
    mentionsDock->setWidget(m_mentions);
    addDockWidget(Qt::RightDockWidgetArea, mentionsDock);
    resizeDocks({mentionsDock}, {340}, Qt::Horizontal);
    connect(m_mentions, &MentionsPanel::mentionActivated, this,
            [this](qsizetype start, qsizetype end) { readingView()->selectRange(start, end); });

    m_comparison = new ComparisonPanel(m_model, this);
    auto *comparisonDock = new QDockWidget(tr("Comparison"), this);
    comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    comparisonDock->setWidget(m_comparison);
    addDockWidget(Qt::RightDockWidgetArea, comparisonDock);
    connect(m_comparison, &ComparisonPanel::sentenceActivated, this, &MainWindow::showSentence);
    m_claims = new Core::ClaimModel(m_model, this);
    auto *claimsView = new ClaimsView(m_claims, this);
    auto *claimsDock = new QDockWidget(tr("Claims"), this);
    claimsDock->setObjectName(QStringLiteral("claimsDock"));
    claimsDock->setWidget(claimsView);
    connect(claimsView, &ClaimsView::sentenceActivated, this, &MainWindow::showSentence);
    connect(claimsView, &ClaimsView::tagRequested, this, [this](int row) {
        QStringList existing;
        for (const Core::Tag& t : m_annotations->store()->tags())
            existing.append(t.path);
        if (const QString tag = TagDialog::getTag(this, existing); !tag.isEmpty())
            tagClaim(row, tag);
    });

    m_annotations = new AnnotationController(m_desk->activeView(), this);
    connect(m_annotations, &AnnotationController::failed, this,
            [this](const QString& message) { m_messages->showError(message); });
    auto *noteDock = new QDockWidget(tr("Note"), this);
    noteDock->setObjectName(QStringLiteral("noteDock"));
    noteDock->setWidget(m_annotations->noteEditor());
    addDockWidget(Qt::RightDockWidgetArea, noteDock);
    m_annotationsPanel = new AnnotationsPanel(m_annotations->model(), this);
    auto *annotationsDock = new QDockWidget(tr("Annotations"), this);
    annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    annotationsDock->setWidget(m_annotationsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, annotationsDock);
    resizeDocks({annotationsDock}, {170}, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, claimsDock);
    tabifyDockWidget(annotationsDock, claimsDock);
    m_statistics = new StatisticsChart(this);
    auto *statisticsDock = new QDockWidget(tr("Statistics"), this);
    statisticsDock->setObjectName(QStringLiteral("statisticsDock"));
    auto *statisticsScroll = new QScrollArea(statisticsDock);
    statisticsScroll->setWidget(m_statistics);
    statisticsScroll->setWidgetResizable(true);
    statisticsScroll->setFrameShape(QFrame::NoFrame);
    statisticsScroll->setAccessibleName(tr("Statistics"));
    statisticsDock->setWidget(statisticsScroll);
    addDockWidget(Qt::BottomDockWidgetArea, statisticsDock);
    tabifyDockWidget(claimsDock, statisticsDock);
    claimsDock->raise();
    connect(m_annotationsPanel, &AnnotationsPanel::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_annotationsPanel, &AnnotationsPanel::reattachRequested, m_annotations,
            &AnnotationController::reattach);

    m_search = new SearchPanel(m_model, m_annotations, this);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    resizeDocks({searchDock}, {300}, Qt::Horizontal);
    searchDock->hide();
    connect(m_search, &SearchPanel::sentenceActivated, this, &MainWindow::showSentence);
    connect(m_search, &SearchPanel::termsChanged, this, [this](const QStringList& terms) {
        for (ReadingView *view : m_desk->views())
            view->setSearchTerms(terms);
    });
    connect(m_annotations, &AnnotationController::annotationsChanged, this, [this] {
        m_search->refreshFilters();
        updateStatus();
    });

    for (ReadingView *view : m_desk->views())
        wirePane(view);
    connect(m_desk, &ReadingDesk::paneAdded, this, &MainWindow::wirePane);
    connect(m_desk, &ReadingDesk::paneClosing, m_annotations, &AnnotationController::removeReader);
    connect(m_desk, &ReadingDesk::activeViewChanged, this, &MainWindow::onActiveViewChanged);
    connect(m_desk, &ReadingDesk::articleDropped, this, &MainWindow::openInPane);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("&Open Folder…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::onOpenFolderTriggered);

    m_recentMenu = new RecentFoldersMenu(this);
    file->addMenu(m_recentMenu);
    m_recentMenu->setFolders(m_settings->recentFolders());
    connect(m_recentMenu, &RecentFoldersMenu::folderChosen, this, &MainWindow::openFolder);
    connect(m_recentMenu, &RecentFoldersMenu::clearRequested, m_settings,
            &Core::Settings::clearRecentFolders);
    connect(m_settings, &Core::Settings::recentFoldersChanged, m_recentMenu, &RecentFoldersMenu::setFolders);

    QAction *reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload Folder"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        if (!folder().isEmpty())
            openFolder(folder());
    });

    file->addSeparator();
    QAction *exportAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Annotations…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::onExportTriggered);
    QAction *importAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Annotations…"));
    connect(importAction, &QAction::triggered, this, &MainWindow::onImportTriggered);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_annotations->colourActions());
    edit->addAction(m_annotations->tagAction());
    edit->addAction(m_annotations->noteAction());
    edit->addAction(m_annotations->deleteAction());
    QMenu *names = edit->addMenu(tr("N&ame"));
    names->addActions(m_annotations->nameActions());
    names->addSeparator();
    QAction *corrections = names->addAction(tr("&Corrections…"));
    connect(corrections, &QAction::triggered, this, [this] {
        NameCorrectionsDialog dialog(m_annotations, this);
        dialog.exec();
    });
    edit->addSeparator();
    QAction *manageTags = edit->addAction(tr("&Manage Tags…"));
    connect(manageTags, &QAction::triggered, this, [this] {
        TagManager dialog(m_annotations, this);
        dialog.exec();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *addPane =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-split-left-right"),
                                         QIcon(QStringLiteral(":/crosscheck/icons/actions/pane-add.svg"))),
                        tr("&Add Pane"));
    addPane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(addPane, &QAction::triggered, this, [this] {
        if (!addPaneWithNextArticle())
            statusBar()->showMessage(tr("At most %1 panes fit side by side.").arg(ReadingDesk::kMaxPanes),
                                     4000);
    });
    QAction *closePane =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-close"),
                                         QIcon(QStringLiteral(":/crosscheck/icons/actions/pane-close.svg"))),
                        tr("&Close Pane"));
    closePane->setShortcut(QKeySequence::Close);
    connect(closePane, &QAction::triggered, this, [this] { m_desk->closePane(m_desk->activeView()); });
    QAction *nextPane = view->addAction(tr("&Next Pane"));
    nextPane->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence::NextChild});
    connect(nextPane, &QAction::triggered, this, [this] {
        ReadingView *next = m_desk->nextView();
        m_desk->setActiveView(next);
        next->textEdit()->setFocus(Qt::TabFocusReason);
    });
    m_linkPanes =
        view->addAction(QIcon::fromTheme(QStringLiteral("link"),
                                         QIcon(QStringLiteral(":/crosscheck/icons/actions/panes-link.svg"))),
                        tr("&Link Panes"));
    m_linkPanes->setCheckable(true);
    m_linkPanes->setChecked(m_settings->linkedPanes());
    m_linkPanes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkPanes->setToolTip(tr("Moving in one pane scrolls the others to their matching sentences"));
    connect(m_linkPanes, &QAction::toggled, this, [this](bool on) {
        m_settings->setLinkedPanes(on);
        linkPanes();
    });
    view->addSeparator();
    QAction *zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("&Larger Text"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { setTextZoom(m_desk->textZoom() + 1); });
    QAction *zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("&Smaller Text"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { setTextZoom(m_desk->textZoom() - 1); });
    QAction *zoomReset =
        view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Default Text Size"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { setTextZoom(0); });
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
    m_themeMenu = new ThemeMenu(m_repository->themes(), this);
    view->addMenu(m_themeMenu);
    // Languages by their own names, so anyone finds theirs; the choice applies at the next start.
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(languages);
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& [code, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_settings->language());
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            m_settings->setLanguage(code);
            statusBar()->showMessage(tr("Crosscheck will speak %1 when it starts next.").arg(name), 8000);
        });
    }
    connect(m_themeMenu, &ThemeMenu::themeChosen, m_settings, &Core::Settings::setThemeName);
    connect(m_settings, &Core::Settings::themeNameChanged, this, [this](const QString& name) {
        m_themeName = name;
        m_themeMenu->setCurrentTheme(name);
        applyTheme();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    auto addMove = [this, go](const QString& text, const QKeySequence& key, ReadingView::Target target,
                              bool forward) {
        QAction *action = go->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_desk->addAction(action);
        connect(action, &QAction::triggered, this, [this, target, forward] {
            if (!readingView()->moveTo(target, forward))
                statusBar()->showMessage(tr("Nothing further in this direction."), 2000);
        });
    };
    addMove(tr("Next &Sentence"), QKeySequence(Qt::Key_J), ReadingView::Target::Sentence, true);
    addMove(tr("&Previous Sentence"), QKeySequence(Qt::Key_K), ReadingView::Target::Sentence, false);
    addMove(tr("Next &Figure"), QKeySequence(Qt::Key_F), ReadingView::Target::Figure, true);
    addMove(tr("Previous F&igure"), QKeySequence(Qt::SHIFT | Qt::Key_F), ReadingView::Target::Figure, false);
    addMove(tr("Next &Annotation"), QKeySequence(Qt::Key_A), ReadingView::Target::Annotation, true);
    addMove(tr("Previous A&nnotation"), QKeySequence(Qt::SHIFT | Qt::Key_A), ReadingView::Target::Annotation,
            false);
    QAction *match = go->addAction(tr("&Matching Sentence in Next Pane"));
    match->setShortcut(QKeySequence(Qt::Key_M));
    match->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_desk->addAction(match);
    connect(match, &QAction::triggered, this, [this] {
        if (!goToMatchInNextPane())
            statusBar()->showMessage(tr("The next pane reports nothing matching this sentence."), 3000);
    });
    go->addSeparator();
    QAction *find =
        go->addAction(QIcon::fromTheme(QStringLiteral("edit-find"),
                                       QIcon(QStringLiteral(":/crosscheck/icons/actions/search.svg"))),
                      tr("&Search the Folder…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showSearchPanel();
        m_search->queryEdit()->setFocus(Qt::ShortcutFocusReason);
        m_search->queryEdit()->selectAll();
    });

    // The desk's frequent actions, one click away.
    QToolBar *tools = addToolBar(tr("Desk"));
    tools->setObjectName(QStringLiteral("deskToolBar"));
    tools->setAccessibleName(tr("Desk tools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(open);
    tools->addSeparator();
    tools->addAction(addPane);
    tools->addAction(closePane);
    tools->addAction(m_linkPanes);
    tools->addSeparator();
    tools->addAction(find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys =
        help->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")), tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Crosscheck"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About Crosscheck"), aboutText()); });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setupStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the folder"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_loader->isRunning())
            m_loader->cancel();
        else
            m_recognizer->cancel();
    });
    m_work = new QLabel(this);
    m_work->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_work);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &Core::FolderLoader::articleLoaded, this, &MainWindow::onArticleLoaded);
    connect(m_loader, &Core::FolderLoader::articleChanged, this, &MainWindow::onArticleChanged);
    connect(m_loader, &Core::FolderLoader::articleRemoved, this, [this](const QString& relativePath) {
        m_model->removeArticle(relativePath);
        updateStatus();
    });
    connect(m_loader, &Core::FolderLoader::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &Core::FolderLoader::failed, this, [this](const QString& message) {
        m_messages->showError(message);
        m_settings->removeRecentFolder(m_loader->folder());
    });
    connect(m_loader, &Core::FolderLoader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_loader, &Core::FolderLoader::finished, this, &MainWindow::onLoadFinished);
    // Names need the whole folder: recognise them once it is read, and again when it changes.
    connect(m_loader, &Core::FolderLoader::refreshed, this, [this] {
        recognizeNames();
        m_annotations->syncArticles(m_model->articles());
    });
    connect(m_annotations, &AnnotationController::nameCorrectionsChanged, this, &MainWindow::recognizeNames);
    connect(m_recognizer, &Core::FolderRecognizer::progress, this, [this](int done, int total) {
        if (m_loader->isRunning())
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        static const QStringList steps = {tr("Finding names…"), tr("Lining up sentences…"),
                                          tr("Comparing figures…"), QString()};
        showWork(steps.value(done), tr("Stop comparing the articles"));
    });
    connect(m_recognizer, &Core::FolderRecognizer::cancelled, this, [this] {
        showWork({}, {});
        statusBar()->showMessage(tr("Comparison stopped: names, matches and claims are not shown."), 6000);
    });
    connect(m_recognizer, &Core::FolderRecognizer::finished, this,
            [this](const Core::FolderInsight& insight) {
                if (!m_loader->isRunning())
                    showWork({}, {});
                m_insight = insight;
                m_model->setMentions(insight.mentions);
                m_comparison->setInsight(insight);
                m_claims->setInsight(insight);
                for (ReadingView *view : m_desk->views()) {
                    const int row = m_model->rowOfFile(view->article().relativePath);
                    if (const Core::Article *article = m_model->articleAt(row))
                        view->setMentions(article->mentions);
                }
                showCurrentMentions();
                linkPanes();
                updateStatus();
                Q_EMIT namesRecognized();
            });
}

void MainWindow::openFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    saveDesk();
    m_insight = {};
    m_model->clear();
    for (ReadingView *view : m_desk->views())
        view->clear();
    m_mentions->clear();
    m_messages->clear();
    m_problemCount = 0;
    setWindowTitle(tr("%1 — Crosscheck").arg(QFileInfo(clean).fileName()));
    if (QFileInfo(clean).isDir())
        m_settings->addRecentFolder(clean);
    m_progress->setRange(0, 0);
    showWork(tr("Reading the folder…"), tr("Stop opening the folder"));
    m_statusLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(clean)));
    openStore(clean);
    m_loader->setMaxFileBytes(qint64(m_settings->maxFileMegabytes()) * 1000 * 1000);
    m_loader->open(clean);
}

QString MainWindow::folder() const
{
    return m_loader->folder();
}

void MainWindow::onOpenFolderTriggered()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"), start);
    if (!chosen.isEmpty())
        openFolder(chosen);
}

void MainWindow::onArticleLoaded(const Core::Article& article)
{
    m_model->upsertArticle(article);
    // The first article can be read while the rest of the folder is still loading.
    if (m_model->rowCount() == 1 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    updateStatus();
}

void MainWindow::onArticleChanged(const Core::Article& article)
{
    m_model->upsertArticle(article);
    for (ReadingView *view : m_desk->views()) {
        if (view->article().relativePath == article.relativePath) {
            view->setArticle(article, ReadingView::KeepPosition);
            m_annotations->articleShown(view);
        }
    }
    updateStatus();
}

void MainWindow::onLoadFailed(const Core::LoadError& error)
{
    ++m_problemCount;
    m_messages->addFileProblem(error.relativePath, error.message);
    updateStatus();
}

void MainWindow::showWork(const QString& what, const QString& cancelTip)
{
    m_work->setText(what);
    m_work->setVisible(!what.isEmpty());
    m_progress->setVisible(!what.isEmpty());
    m_cancel->setVisible(!what.isEmpty());
    m_cancel->setToolTip(cancelTip);
}

void MainWindow::recognizeNames()
{
    if (!m_loader->isRunning()) {
        m_progress->setRange(0, 0);
        showWork(tr("Comparing the articles…"), tr("Stop comparing the articles"));
    }
    const auto corrections = m_annotations->store()->isOpen() ? m_annotations->store()->nameCorrections()
                                                              : QHash<QString, QString>{};
    m_recognizer->start(m_model->articles(), Core::NameRecognizer::correctionsFrom(corrections));
}

void MainWindow::onLoadFinished()
{
    showWork({}, {});
    recognizeNames();
    m_annotations->syncArticles(m_model->articles());
    m_search->refreshFilters();
    restoreDesk();
    updateStatus();
    Q_EMIT folderLoaded(folder());
}

QString MainWindow::statusText() const
{
    qsizetype sentences = 0, figures = 0, names = 0;
    for (const Core::Article& a : m_model->articles()) {
        for (const Core::Sentence& s : a.sentences)
            sentences += s.boilerplate ? 0 : 1;
        for (const Core::Mention& m : a.mentions)
            (m.isFigure() ? figures : names) += 1;
    }
    const QLocale locale;
    QStringList parts = {
        tr("%1 articles").arg(locale.toString(m_model->rowCount())),
        tr("%1 sentences").arg(locale.toString(sentences)),
        tr("%1 figures").arg(locale.toString(figures)),
        tr("%1 names").arg(locale.toString(names)),
        tr("%1 annotations").arg(locale.toString(m_annotations->model()->annotations().size())),
        tr("%1 claims").arg(locale.toString(m_insight.alignment.claims.size())),
    };
    if (m_problemCount > 0)
        parts.append(tr("%1 not readable").arg(locale.toString(m_problemCount)));
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(statusText());
    updateStatistics();
}

void MainWindow::updateStatistics()
{
    QList<StatisticsChart::Source> sources;
    QHash<QString, int> rowOf;
    for (const Core::Article& a : m_model->articles()) {
        rowOf.insert(a.relativePath, int(sources.size()));
        sources.append({a.outlet.isEmpty() ? a.relativePath : a.outlet, 0, 0});
    }
    for (const Core::Claim& claim : m_insight.alignment.claims) {
        for (const Core::SentenceRef& ref : claim.sentences) {
            if (ref.article >= 0 && ref.article < m_insight.paths.size())
                if (const auto it = rowOf.constFind(m_insight.paths[ref.article]); it != rowOf.cend())
                    ++sources[*it].claims;
        }
    }
    for (const Core::Annotation& a : m_annotations->model()->annotations()) {
        if (const auto it = rowOf.constFind(a.articlePath); it != rowOf.cend() && !a.tags.isEmpty())
            ++sources[*it].tagged;
    }
    m_statistics->setSources(sources, int(m_insight.alignment.claims.size()));
}

ReadingView *MainWindow::readingView() const
{
    return m_desk->activeView();
}

void MainWindow::onCurrentArticleChanged()
{
    if (m_syncingList)
        return;
    const Core::Article *article = m_model->articleAt(m_list->currentIndex().row());
    showArticleIn(readingView(), article ? article->relativePath : QString());
}

void MainWindow::showArticleIn(ReadingView *view, const QString& relativePath)
{
    const Core::Article *article = m_model->articleAt(m_model->rowOfFile(relativePath));
    if (article && view->article().relativePath == article->relativePath &&
        view->article().textSha256 == article->textSha256)
        return;
    if (article)
        view->setArticle(*article);
    else
        view->clear();
    m_annotations->articleShown(view);
    if (view == readingView()) {
        showCurrentMentions();
        onActiveCursorMoved();
    } else {
        linkPanes();
    }
}

void MainWindow::openInPane(ReadingView *view, const QString& relativePath)
{
    if (!view)
        view = readingView();
    m_desk->setActiveView(view);
    showArticleIn(view, relativePath);
    onActiveViewChanged(view);
}

void MainWindow::wirePane(ReadingView *view)
{
    m_annotations->addReader(view);
    view->setSearchTerms(m_search ? m_search->terms() : QStringList());
    connect(view->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this, view] {
        if (view == readingView())
            onActiveCursorMoved();
    });
    view->textEdit()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->textEdit(), &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        m_desk->setActiveView(view);
        std::unique_ptr<QMenu> menu(view->textEdit()->createStandardContextMenu(pos));
        menu->addSeparator();
        menu->addActions(m_annotations->colourActions());
        menu->addAction(m_annotations->tagAction());
        menu->addAction(m_annotations->noteAction());
        menu->addAction(m_annotations->deleteAction());
        QMenu *names = menu->addMenu(tr("N&ame"));
        names->addActions(m_annotations->nameActions());
        menu->exec(view->textEdit()->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::onActiveViewChanged(ReadingView *view)
{
    m_annotations->setActiveReader(view);
    // The folder list follows the active pane.
    const int row = m_model->rowOfFile(view->article().relativePath);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        m_syncingList = true;
        m_list->setCurrentIndex(m_model->index(row));
        m_syncingList = false;
    }
    showCurrentMentions();
    onActiveCursorMoved();
}

void MainWindow::onActiveCursorMoved()
{
    ReadingView *view = readingView();
    // A selection belongs to the sentence it starts in; a bare cursor to the one it stands in.
    m_comparison->showSentence(view->article().relativePath, view->currentSentence());
    linkPanes();
}

void MainWindow::linkPanes()
{
    ReadingView *active = readingView();
    const int from = int(m_insight.paths.indexOf(active->article().relativePath));
    const int sentence = active->currentSentence();
    for (ReadingView *view : m_desk->views()) {
        if (view == active)
            continue;
        const int other = int(m_insight.paths.indexOf(view->article().relativePath));
        std::optional<Core::SentenceMatch> match;
        if (m_linkPanes->isChecked() && from >= 0 && other >= 0 && sentence >= 0 && other != from)
            match = Core::Aligner::bestMatch(m_insight.alignment, {from, sentence}, other);
        if (match && match->b.sentence < view->article().sentences.size()) {
            const Core::Sentence& s = view->article().sentences[match->b.sentence];
            view->showLinkedSentence(s.start, s.end);
        } else {
            view->showLinkedSentence(0, 0);
        }
    }
}

bool MainWindow::goToMatchInNextPane()
{
    ReadingView *active = readingView();
    ReadingView *next = m_desk->nextView();
    if (next == active)
        return false;
    const int from = int(m_insight.paths.indexOf(active->article().relativePath));
    const int other = int(m_insight.paths.indexOf(next->article().relativePath));
    if (from < 0 || other < 0 || active->currentSentence() < 0)
        return false;
    const auto match =
        Core::Aligner::bestMatch(m_insight.alignment, {from, active->currentSentence()}, other);
    if (!match || match->b.sentence >= next->article().sentences.size())
        return false;
    m_desk->setActiveView(next);
    const Core::Sentence& s = next->article().sentences[match->b.sentence];
    next->selectRange(s.start, s.end);
    return true;
}

Core::ExportData MainWindow::exportData() const
{
    Core::ExportData out;
    out.folder = folder();
    out.articles = m_model->articles();
    out.alignment = m_insight.alignment;
    out.discrepancies = m_insight.discrepancies;
    if (m_annotations->store()->isOpen()) {
        out.annotations = m_annotations->store()->annotations();
        out.tags = m_annotations->store()->tags();
    }
    return out;
}

bool MainWindow::exportTo(const QString& path, const Core::Exporter::Options& options)
{
    QString error;
    const Core::ExportData snapshot = exportData();
    if (!Core::Exporter::write(snapshot, options, path, &error)) {
        m_messages->showError(error);
        return false;
    }
    statusBar()->showMessage(tr("%1 annotations exported to %2")
                                 .arg(Core::Exporter::selected(snapshot, options).size())
                                 .arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

int MainWindow::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showError(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    QString error;
    const auto annotations = Core::Exporter::importJsonLd(file.readAll(), &error);
    if (!annotations) {
        m_messages->showError(
            tr("%1 holds no annotations to import: %2").arg(QDir::toNativeSeparators(path), error));
        return -1;
    }
    const int added = m_annotations->store()->addNew(*annotations);
    if (added < 0) {
        m_messages->showError(m_annotations->store()->lastError());
        return -1;
    }
    m_annotations->syncArticles(m_model->articles());
    statusBar()->showMessage(
        tr("%1 annotations imported, %2 already present").arg(added).arg(annotations->size() - added), 6000);
    return added;
}

void MainWindow::onExportTriggered()
{
    QStringList tags;
    if (m_annotations->store()->isOpen()) {
        for (const Core::Tag& t : m_annotations->store()->tags())
            tags.append(t.path);
    }
    ExportDialog dialog(tags, readingView()->article().relativePath, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::Exporter::Options options = dialog.options();
    if (options.split != Core::Exporter::Split::None) {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Folder for the Exported Documents"), folder());
        if (!directory.isEmpty())
            exportDocuments(directory, options);
        return;
    }
    const QString suffix = Core::Exporter::suffix(options.format);
    const QString start = QDir(folder().isEmpty() ? QDir::homePath() : folder())
                              .filePath(QFileInfo(folder()).fileName() + u"-notes."_s + suffix);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Annotations"), start,
                                     Core::Exporter::formatName(options.format) + u" (*."_s + suffix + u')');
    if (!path.isEmpty())
        exportTo(path, options);
}

bool MainWindow::exportDocuments(const QString& directory, const Core::Exporter::Options& options)
{
    QString error;
    const Core::ExportData snapshot = exportData();
    if (!Core::Exporter::writeDocuments(snapshot, options, directory, &error)) {
        m_messages->showError(error);
        return false;
    }
    statusBar()->showMessage(tr("%1 documents exported to %2")
                                 .arg(Core::Exporter::documents(snapshot, options).size())
                                 .arg(QDir::toNativeSeparators(directory)),
                             6000);
    return true;
}

void MainWindow::onImportTriggered()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), folder(),
                                                      tr("W3C Web Annotations (*.jsonld *.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

QString MainWindow::aboutText()
{
    const QStringList libraries = {
        u"Qt %1"_s.arg(QString::fromLatin1(qVersion())),
        u"KSyntaxHighlighting %1"_s.arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
        u"SQLite %1"_s.arg(Core::AnnotationStore::sqliteVersion()),
        u"Poppler %1"_s.arg(Core::PageConverter::popplerVersion()),
        u"Snowball (libstemmer)"_s,
    };
    return u"<h3>Crosscheck %1</h3><p>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
           tr("Read how several outlets covered the same story, side by side: figures and names "
              "highlighted, matching sentences lined up, disagreements pointed out, notes exported.")
               .toHtmlEscaped() +
           u"</p><p>"_s + tr("Licence: GNU General Public License, version 3 or later.").toHtmlEscaped() +
           u"</p><p>"_s + tr("Built with:").toHtmlEscaped() + u"<br>"_s +
           libraries.join(u"<br>"_s).toHtmlEscaped() + u"</p>"_s;
}

void MainWindow::showPanes(int count)
{
    count = std::clamp(count, 1, int(ReadingDesk::kMaxPanes));
    while (m_desk->count() > count)
        m_desk->closePane(m_desk->views().last());
    while (m_desk->count() < count) {
        m_desk->setActiveView(m_desk->views().last());
        addPaneWithNextArticle();
    }
    m_desk->setActiveView(m_desk->views().first());
}

bool MainWindow::addPaneWithNextArticle()
{
    // A new pane opens the article after the active pane's, so two sources are side by side.
    const int row = m_model->rowOfFile(readingView()->article().relativePath);
    ReadingView *pane = m_desk->addPane();
    if (!pane)
        return false;
    if (m_model->rowCount() > 0)
        showArticleIn(pane, m_model->articleAt((row + 1) % m_model->rowCount())->relativePath);
    return true;
}

void MainWindow::showSearchPanel()
{
    auto *dock = qobject_cast<QDockWidget *>(m_search->parentWidget());
    dock->show();
    dock->raise();
}

void MainWindow::search(const QString& words)
{
    showSearchPanel();
    m_search->queryEdit()->setText(words);
    m_search->search();
}

void MainWindow::setTextZoom(int steps)
{
    m_settings->setTextZoom(steps);
    m_desk->setTextZoom(m_settings->textZoom());
}

void MainWindow::saveDesk()
{
    if (folder().isEmpty() || m_model->rowCount() == 0)
        return;
    QStringList paths;
    QVariantList scrolls;
    for (ReadingView *view : m_desk->views()) {
        paths.append(view->article().relativePath);
        scrolls.append(view->textEdit()->verticalScrollBar()->value());
    }
    QVariantList sizes;
    for (int size : m_desk->splitter()->sizes())
        sizes.append(size);
    m_settings->setFolderDesk(folder(), {
                                            {QStringLiteral("state"), saveState()},
                                            {QStringLiteral("panes"), paths},
                                            {QStringLiteral("scroll"), scrolls},
                                            {QStringLiteral("sizes"), sizes},
                                            {QStringLiteral("active"), m_desk->indexOf(readingView())},
                                        });
}

void MainWindow::restoreDesk()
{
    const QVariantMap desk = m_settings->folderDesk(folder());
    if (desk.isEmpty())
        return;
    restoreState(desk.value(QStringLiteral("state")).toByteArray());
    nameTabBars();
    const QStringList paths = desk.value(QStringLiteral("panes")).toStringList();
    const QVariantList scrolls = desk.value(QStringLiteral("scroll")).toList();
    m_desk->setPaneCount(int(paths.size()));
    for (int i = 0; i < m_desk->count() && i < paths.size(); ++i) {
        ReadingView *view = m_desk->views()[i];
        showArticleIn(view, paths[i]);
        if (i < scrolls.size())
            view->textEdit()->verticalScrollBar()->setValue(scrolls[i].toInt());
    }
    QList<int> sizes;
    for (const QVariant& size : desk.value(QStringLiteral("sizes")).toList())
        sizes.append(size.toInt());
    if (sizes.size() == m_desk->count())
        m_desk->splitter()->setSizes(sizes);
    const int active = desk.value(QStringLiteral("active")).toInt();
    if (active >= 0 && active < m_desk->count())
        m_desk->setActiveView(m_desk->views()[active]);
    onActiveViewChanged(readingView());
}

void MainWindow::openStore(const QString& folder)
{
    using Result = Core::AnnotationStore::OpenResult;
    const Result result = m_annotations->openFolder(folder);
    if (result == Result::Damaged) {
        auto *fresh = new QAction(tr("Keep It Aside and Start a Fresh Store"), m_messages);
        connect(fresh, &QAction::triggered, this, [this, fresh] {
            const QString aside = m_annotations->setAsideDamaged();
            m_messages->clear();
            if (!aside.isEmpty())
                statusBar()->showMessage(
                    tr("The damaged store was kept as %1").arg(QDir::toNativeSeparators(aside)));
            m_annotations->syncArticles(m_model->articles());
            fresh->deleteLater();
        });
        m_messages->showError(
            m_annotations->store()->lastError() + u' ' +
                tr("Nothing was changed in it; your annotations cannot be shown until it is repaired "
                   "or kept aside."),
            fresh);
    } else if (result == Result::Opened && m_annotations->store()->isFallbackLocation()) {
        statusBar()->showMessage(tr("The folder is read-only: annotations are stored in %1")
                                     .arg(QDir::toNativeSeparators(m_annotations->store()->location())));
    }
}

void MainWindow::showAnnotation(const QString& articlePath, const QString& uuid)
{
    const int row = m_model->rowOfFile(articlePath);
    if (row < 0)
        return;
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row));
    const auto annotation = m_annotations->store()->annotation(uuid);
    if (!annotation || annotation->orphan)
        return;
    const QString& text = readingView()->article().text;
    const Core::CodePointMap map(text);
    readingView()->selectRange(map.toUtf16(annotation->start), map.toUtf16(annotation->end));
}

void MainWindow::showSentence(const QString& relativePath, int sentence)
{
    const int row = m_model->rowOfFile(relativePath);
    if (row < 0)
        return;
    // A pane that already shows the article scrolls to the sentence; otherwise the active pane
    // opens it.
    ReadingView *target = readingView();
    for (ReadingView *view : m_desk->views()) {
        if (view->article().relativePath == relativePath)
            target = view;
    }
    openInPane(target, relativePath);
    const Core::Article *article = m_model->articleAt(row);
    if (article && sentence >= 0 && sentence < article->sentences.size())
        target->selectRange(article->sentences[sentence].start, article->sentences[sentence].end);
}

int MainWindow::tagClaim(int row, const QString& tag)
{
    QList<std::pair<Core::Article, int>> sentences;
    for (const auto& [path, sentence] : m_claims->sentencesOf(row)) {
        if (const Core::Article *article = m_model->articleAt(m_model->rowOfFile(path)))
            sentences.append({*article, sentence});
    }
    return m_annotations->tagSentences(sentences, tag);
}

void MainWindow::showCurrentMentions()
{
    const Core::Article *article = m_model->articleAt(m_list->currentIndex().row());
    if (article)
        m_mentions->setArticle(*article, m_model->articles());
    else
        m_mentions->clear();
}

QString MainWindow::activeThemeName() const
{
    return m_repository->theme(m_themeName, palette()).name();
}

void MainWindow::applyTheme()
{
    m_desk->setTheme(m_repository->theme(m_themeName, palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // With "follow the palette", switching the desktop to dark mode switches the highlighting theme.
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty() && m_desk)
        applyTheme();
    // Another window or process may have changed the folder's annotations meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_annotations)
        m_annotations->refreshIfChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::nameTabBars()
{
    // The tab bars of tabified panels are made by QMainWindow as it lays them out.
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar->accessibleName().isEmpty())
            bar->setAccessibleName(tr("Panel tabs"));
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    nameTabBars();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    saveDesk();
    m_annotations->closeFolder();
    m_settings->setWindowLayout(saveGeometry(), saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openFolder(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Crosscheck::Ui
