#include "mainwindow.h"

#include "analysis/claimmodel.h"
#include "annotationcontroller.h"
#include "annotationspanel.h"
#include "annotationtransfer.h"
#include "articledelegate.h"
#include "articlelistview.h"
#include "articles/articlelistmodel.h"
#include "articles/folderloader.h"
#include "claimsview.h"
#include "comparisonpanel.h"
#include "deskcontroller.h"
#include "desktoolbar.h"
#include "articledetailsdialog.h"
#include "editmenu.h"
#include "filemenu.h"
#include "panelsmenu.h"
#include "foldercontroller.h"
#include "folderstatus.h"
#include "helpmenu.h"
#include "highlighting/highlightrepository.h"
#include "languagemenu.h"
#include "mentionspanel.h"
#include "menukeyguard.h"
#include "messagebar.h"
#include "readingdesk.h"
#include "readingview.h"
#include "searchpanel.h"
#include "settings/settings.h"
#include "statisticschart.h"
#include "storymenu.h"
#include "store/annotationlistmodel.h"
#include "store/annotationstore.h"
#include "tagdialog.h"
#include "teamcontroller.h"
#include "thememenu.h"
#include "webimportcontroller.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Core::Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_repository(std::make_unique<Core::HighlightRepository>())
{
    setWindowTitle(tr("Crosscheck"));
    setAcceptDrops(true);
    new MenuKeyGuard(this);
    setupWidgets();
    setupDocks();
    setupActions();

    m_themeName = m_settings->themeName();
    m_themeMenu->setCurrentTheme(m_themeName);
    applyTheme();

    if (!restoreGeometry(m_settings->windowGeometry())) {
        // The first window takes most of the screen: the panes, the list and the panels need the room.
        const QSize room = screen()->availableGeometry().size();
        resize(QSize(int(room.width() * 0.9), int(room.height() * 0.9)).expandedTo(QSize(1100, 720)).boundedTo(room));
    }
    if (!restoreState(m_settings->windowState())) // first run: the tables below show rows, not a strip
        resizeDocks({findChild<QDockWidget *>(u"annotationsDock"_s)}, {std::max(170, height() * 3 / 10)}, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupWidgets()
{
    m_messages = new MessageBar(this);
    m_status = new FolderStatus(statusBar());
    m_desk = new ReadingDesk(m_repository->articleDefinition(), this);
    m_annotations = new AnnotationController(m_desk->activeView(), this);
    connect(m_annotations, &AnnotationController::failed, m_messages,
            [this](const QString& message) { m_messages->showError(message); });
    connect(m_annotations, &AnnotationController::told, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });

    m_folder = new FolderController(m_annotations, m_status, m_messages, m_settings, this);
    m_model = m_folder->model();
    connect(m_folder, &FolderController::articleRead, this, [this] {
        // The first article can be read while the rest of the folder is still loading.
        if (m_model->rowCount() == 1 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
    });
    connect(m_folder, &FolderController::summaryChanged, this, &MainWindow::updateStatus);
    connect(m_folder, &FolderController::notified, statusBar(), &QStatusBar::showMessage);
    connect(m_folder, &FolderController::analyzed, this, &MainWindow::onInsightFinished);
    connect(m_folder, &FolderController::loaded, this, [this](const QString& folder) {
        m_search->refreshFilters();
        restoreDesk();
        Q_EMIT folderLoaded(folder);
    });

    m_deskController = new DeskController(m_desk, m_model, m_annotations, m_settings, this);
    connect(m_deskController, &DeskController::activeArticleChanged, this,
            &MainWindow::onActiveArticleChanged);
    connect(m_deskController, &DeskController::notified, statusBar(), &QStatusBar::showMessage);
    connect(m_folder, &FolderController::articleChanged, m_deskController, &DeskController::updateArticle);

    m_transfer = new AnnotationTransfer(m_folder->loader(), m_model, m_annotations, m_messages, this);
    connect(m_transfer, &AnnotationTransfer::completed, this,
            [this](const QString& summary) { statusBar()->showMessage(summary, 6000); });

    m_list = new ArticleListView(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ArticleDelegate(m_list));
    // The first article of each story carries the story's header, so rows differ in height.
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setMinimumWidth(220);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const Core::Article *article = m_model->articleAt(m_list->indexAt(at).row());
        if (!article)
            return;
        StoryMenu menu(article->relativePath, m_folder->insight(), m_list);
        connect(&menu, &StoryMenu::moveRequested, m_folder, &FolderController::moveToStory);
        connect(&menu, &StoryMenu::detailsRequested, this, &MainWindow::editArticleDetails);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_list, &ArticleListView::articleChosen, this, &MainWindow::onCurrentArticleChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_desk);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::setupDocks()
{
    auto addDock = [this](QWidget *widget, const QString& title, const QString& name,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };

    m_mentions = new MentionsPanel(this);
    QDockWidget *mentionsDock =
        addDock(m_mentions, tr("Names and Figures"), u"mentionsDock"_s, Qt::RightDockWidgetArea);
    resizeDocks({mentionsDock}, {340}, Qt::Horizontal);
    connect(m_mentions, &MentionsPanel::mentionActivated, this,
            [this](qsizetype start, qsizetype end) { readingView()->selectRange(start, end); });

    m_comparison = new ComparisonPanel(m_model, this);
    addDock(m_comparison, tr("Comparison"), u"comparisonDock"_s, Qt::RightDockWidgetArea);
    connect(m_comparison, &ComparisonPanel::sentenceActivated, m_deskController,
            &DeskController::showSentence);
    connect(m_comparison, &ComparisonPanel::discrepancyDismissed, m_folder, &FolderController::dismissDiscrepancy);
    connect(m_comparison, &ComparisonPanel::sideBySideRequested, m_deskController, &DeskController::showSideBySide);
    connect(m_deskController, &DeskController::sentenceFocused, m_comparison, &ComparisonPanel::showSentence);
    addDock(m_annotations->noteEditor(), tr("Note"), u"noteDock"_s, Qt::RightDockWidgetArea);

    m_annotationsPanel = new AnnotationsPanel(m_annotations->model(), this);
    QDockWidget *annotationsDock =
        addDock(m_annotationsPanel, tr("Annotations"), u"annotationsDock"_s, Qt::BottomDockWidgetArea);
    resizeDocks({annotationsDock}, {170}, Qt::Vertical);
    connect(m_annotationsPanel, &AnnotationsPanel::annotationActivated, m_deskController,
            &DeskController::showAnnotation);
    connect(m_annotationsPanel, &AnnotationsPanel::reattachRequested, m_annotations,
            &AnnotationController::reattach);

    m_claims = new Core::ClaimModel(m_model, this);
    auto *claimsView = new ClaimsView(m_claims, this);
    QDockWidget *claimsDock = addDock(claimsView, tr("Claims"), u"claimsDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotationsDock, claimsDock);
    connect(claimsView, &ClaimsView::sentenceActivated, m_deskController, &DeskController::showSentence);
    connect(claimsView, &ClaimsView::tagRequested, this, [this](int row) {
        QStringList existing;
        for (const Core::Tag& t : m_annotations->store()->tags())
            existing.append(t.path);
        if (const QString tag = TagDialog::getTag(this, existing); !tag.isEmpty())
            tagClaim(row, tag);
    });

    m_statistics = new StatisticsChart(this);
    auto *statisticsScroll = new QScrollArea(this);
    statisticsScroll->setWidget(m_statistics);
    statisticsScroll->setWidgetResizable(true);
    statisticsScroll->setFrameShape(QFrame::NoFrame);
    statisticsScroll->setAccessibleName(tr("Statistics"));
    QDockWidget *statisticsDock =
        addDock(statisticsScroll, tr("Statistics"), u"statisticsDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(claimsDock, statisticsDock);
    claimsDock->raise();

    m_search = new SearchPanel(m_model, m_annotations, this);
    // A tab beside Names and Figures: shown, it takes no width from the panes or the panels.
    QDockWidget *searchDock = addDock(m_search, tr("Search"), u"searchDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(mentionsDock, searchDock);
    searchDock->hide();
    connect(m_search, &SearchPanel::sentenceActivated, m_deskController, &DeskController::showSentence);
    connect(m_search, &SearchPanel::termsChanged, this, [this](const QStringList& terms) {
        for (ReadingView *view : m_desk->views())
            view->setSearchTerms(terms);
    });
    connect(m_desk, &ReadingDesk::paneAdded, this,
            [this](ReadingView *view) { view->setSearchTerms(m_search->terms()); });
    connect(m_annotations, &AnnotationController::annotationsChanged, this, [this] {
        m_search->refreshFilters();
        updateStatus();
    });
}

void MainWindow::setupActions()
{
    auto *web = new WebImportController(m_folder, m_annotations, m_messages, statusBar(), m_settings, this);
    auto *team = new TeamController(m_folder, m_annotations, statusBar(), m_settings, this);
    auto *file = new FileMenu(m_settings, {web->addAction(), web->feedsAction(), team->menu()->menuAction()}, this);
    menuBar()->addMenu(file);
    connect(file, &FileMenu::openRequested, this, &MainWindow::onOpenFolderTriggered);
    connect(file, &FileMenu::folderChosen, this, &MainWindow::openFolder);
    connect(file, &FileMenu::reloadRequested, this, [this] {
        if (!folder().isEmpty())
            openFolder(folder());
    });
    connect(file, &FileMenu::exportRequested, this,
            [this] { m_transfer->exportInteractively(readingView()->article().relativePath); });
    connect(file, &FileMenu::importRequested, m_transfer, &AnnotationTransfer::importInteractively);
    connect(file, &FileMenu::quitRequested, this, &QWidget::close);

    menuBar()->addMenu(new EditMenu(m_annotations, {team->privateAction()}, this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_deskController->addPaneAction(), m_deskController->closePaneAction(),
                      m_deskController->nextPaneAction(), m_deskController->linkPanesAction()});
    view->addSeparator();
    view->addActions(m_deskController->zoomActions());
    view->addSeparator();
    view->addMenu(new PanelsMenu(m_list, findChildren<QDockWidget *>(), this));
    m_themeMenu = new ThemeMenu(m_repository->themes(), this);
    view->addMenu(m_themeMenu);
    connect(m_themeMenu, &ThemeMenu::themeChosen, m_settings, &Core::Settings::setThemeName);
    connect(m_settings, &Core::Settings::themeNameChanged, this, [this](const QString& name) {
        m_themeName = name;
        m_themeMenu->setCurrentTheme(name);
        applyTheme();
    });
    auto *languages = new LanguageMenu(m_settings, this);
    view->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString& name) {
        statusBar()->showMessage(tr("Crosscheck will speak %1 when it starts next.").arg(name), 8000);
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<QAction *> moves = m_deskController->goActions();
    go->addActions(moves);
    go->insertSeparator(moves.last());
    go->addSeparator();
    QAction *find =
        go->addAction(QIcon::fromTheme(u"edit-find"_s, QIcon(u":/crosscheck/icons/actions/search.svg"_s)),
                      tr("&Search the Folder…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showSearchPanel();
        m_search->queryEdit()->setFocus(Qt::ShortcutFocusReason);
        m_search->queryEdit()->selectAll();
    });

    addToolBar(new DeskToolBar(file->openAction(), {m_deskController->addPaneAction(), m_deskController->closePaneAction(),
                                      m_deskController->linkPanesAction()}, find, this));

    menuBar()->addMenu(new HelpMenu(menuBar(), this));
}

void MainWindow::onInsightFinished(const Core::FolderInsight& insight)
{
    m_comparison->setInsight(insight);
    m_claims->setInsight(insight);
    m_transfer->setInsight(insight);
    m_deskController->setInsight(insight);
    onActiveArticleChanged(readingView()->article().relativePath);
    Q_EMIT namesRecognized();
}

void MainWindow::openFolder(const QString& folder)
{
    saveDesk();
    m_transfer->setInsight({});
    m_deskController->clear();
    m_mentions->clear();
    setWindowTitle(tr("%1 — Crosscheck").arg(QFileInfo(folder).fileName()));
    m_folder->open(folder);
}

QListView *MainWindow::articleList() const
{
    return m_list;
}

Core::FolderLoader *MainWindow::folderLoader() const
{
    return m_folder->loader();
}

Core::FolderRecognizer *MainWindow::folderRecognizer() const
{
    return m_folder->recognizer();
}

QString MainWindow::folder() const
{
    return m_folder->folder();
}

void MainWindow::onOpenFolderTriggered()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"), start);
    if (!chosen.isEmpty())
        openFolder(chosen);
}

void MainWindow::updateStatus()
{
    m_status->setSummary(m_folder->summary());
    m_statistics->setFolder(m_model->articles(), m_folder->insight(), m_annotations->model()->annotations());
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
    m_deskController->showArticleIn(readingView(), article ? article->relativePath : QString());
}

void MainWindow::onActiveArticleChanged(const QString& relativePath)
{
    // The folder list, the claims table and the names panel follow the active pane.
    const int row = m_model->rowOfFile(relativePath);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        m_syncingList = true;
        m_list->setCurrentIndex(m_model->index(row));
        m_syncingList = false;
    }
    m_claims->setActiveArticle(relativePath);
    if (const Core::Article *article = m_model->articleAt(row))
        m_mentions->setArticle(*article, m_model->articles());
    else
        m_mentions->clear();
}

void MainWindow::editArticleDetails(const QString& path)
{
    const Core::Article *article = m_model->articleAt(m_model->rowOfFile(path));
    if (!article)
        return;
    ArticleDetailsDialog dialog(*article, this);
    if (dialog.exec() == QDialog::Accepted)
        m_folder->editDetails(path, dialog.details());
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

void MainWindow::saveDesk()
{
    if (folder().isEmpty() || m_model->rowCount() == 0)
        return;
    QVariantMap desk = m_deskController->state();
    desk.insert(u"state"_s, saveState());
    m_settings->setFolderDesk(folder(), desk);
}

void MainWindow::restoreDesk()
{
    const QVariantMap desk = m_settings->folderDesk(folder());
    if (desk.isEmpty())
        return;
    restoreState(desk.value(u"state"_s).toByteArray());
    nameTabBars();
    m_deskController->restoreState(desk);
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
    saveDesk();
    m_folder->close();
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
