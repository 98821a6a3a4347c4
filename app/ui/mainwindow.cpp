#include "mainwindow.h"

#include "alignment/claimmodel.h"
#include "annotationcontroller.h"
#include "annotationspanel.h"
#include "articledelegate.h"
#include "articles/articlelistmodel.h"
#include "articles/codepointmap.h"
#include "articles/folderloader.h"
#include "claimsview.h"
#include "comparisonpanel.h"
#include "highlighting/highlightrepository.h"
#include "mentionspanel.h"
#include "messagebar.h"
#include "readingview.h"
#include "recentfoldersmenu.h"
#include "recognition/folderrecognizer.h"
#include "roles.h"
#include "settings/settings.h"
#include "tagdialog.h"
#include "tagmanager.h"
#include "thememenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

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
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentArticleChanged);

    m_reader = new ReadingView(m_repository->articleDefinition(), this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    splitter->setChildrenCollapsible(false);

    m_mentions = new MentionsPanel(this);
    auto *mentionsDock = new QDockWidget(tr("Names and Figures"), this);
    mentionsDock->setObjectName(QStringLiteral("mentionsDock"));
    mentionsDock->setWidget(m_mentions);
    addDockWidget(Qt::RightDockWidgetArea, mentionsDock);
    resizeDocks({mentionsDock}, {340}, Qt::Horizontal);
    connect(m_mentions, &MentionsPanel::mentionActivated, m_reader, &ReadingView::selectRange);

    m_comparison = new ComparisonPanel(m_model, this);
    auto *comparisonDock = new QDockWidget(tr("Comparison"), this);
    comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    comparisonDock->setWidget(m_comparison);
    addDockWidget(Qt::RightDockWidgetArea, comparisonDock);
    connect(m_reader->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const Core::Article& article = m_reader->article();
        // A selection belongs to the sentence it starts in; a bare cursor to the one it stands in.
        m_comparison->showSentence(article.relativePath,
                                   article.sentenceAt(m_reader->textEdit()->textCursor().selectionStart()));
    });
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

    m_annotations = new AnnotationController(m_reader, this);
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
    claimsDock->raise();
    connect(m_annotationsPanel, &AnnotationsPanel::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_annotationsPanel, &AnnotationsPanel::reattachRequested, m_annotations,
            &AnnotationController::reattach);
    m_reader->textEdit()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reader->textEdit(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        std::unique_ptr<QMenu> menu(m_reader->textEdit()->createStandardContextMenu(pos));
        menu->addSeparator();
        menu->addActions(m_annotations->colourActions());
        menu->addAction(m_annotations->tagAction());
        menu->addAction(m_annotations->noteAction());
        menu->addAction(m_annotations->deleteAction());
        QMenu *names = menu->addMenu(tr("N&ame"));
        names->addActions(m_annotations->nameActions());
        menu->exec(m_reader->textEdit()->viewport()->mapToGlobal(pos));
    });

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
    edit->addSeparator();
    QAction *manageTags = edit->addAction(tr("&Manage Tags…"));
    connect(manageTags, &QAction::triggered, this, [this] {
        TagManager dialog(m_annotations, this);
        dialog.exec();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_themeMenu = new ThemeMenu(m_repository->themes(), this);
    view->addMenu(m_themeMenu);
    connect(m_themeMenu, &ThemeMenu::themeChosen, m_settings, &Core::Settings::setThemeName);
    connect(m_settings, &Core::Settings::themeNameChanged, this, [this](const QString& name) {
        m_themeName = name;
        m_themeMenu->setCurrentTheme(name);
        applyTheme();
    });
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
    connect(m_cancel, &QToolButton::clicked, m_loader, &Core::FolderLoader::cancel);
    statusBar()->addWidget(m_statusLabel, 1);
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
    connect(m_recognizer, &Core::FolderRecognizer::finished, this,
            [this](const Core::FolderInsight& insight) {
                m_model->setMentions(insight.mentions);
                m_comparison->setInsight(insight);
                m_claims->setInsight(insight);
                const Core::Article *article = m_model->articleAt(m_list->currentIndex().row());
                if (article)
                    m_reader->setMentions(article->mentions);
                showCurrentMentions();
                Q_EMIT namesRecognized();
            });
}

void MainWindow::openFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_model->clear();
    m_reader->clear();
    m_mentions->clear();
    m_messages->clear();
    m_problemCount = 0;
    setWindowTitle(tr("%1 — Crosscheck").arg(QFileInfo(clean).fileName()));
    if (QFileInfo(clean).isDir())
        m_settings->addRecentFolder(clean);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
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
    const bool current = m_list->currentIndex().data(Core::FileNameRole).toString() == article.relativePath;
    m_model->upsertArticle(article);
    if (current)
        m_reader->setArticle(article, ReadingView::KeepPosition);
    updateStatus();
}

void MainWindow::onLoadFailed(const Core::LoadError& error)
{
    ++m_problemCount;
    m_messages->addFileProblem(error.relativePath, error.message);
    updateStatus();
}

void MainWindow::recognizeNames()
{
    const auto corrections = m_annotations->store()->isOpen() ? m_annotations->store()->nameCorrections()
                                                              : QHash<QString, QString>{};
    m_recognizer->start(m_model->articles(), Core::NameRecognizer::correctionsFrom(corrections));
}

void MainWindow::onLoadFinished()
{
    recognizeNames();
    m_annotations->syncArticles(m_model->articles());
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    updateStatus();
    Q_EMIT folderLoaded(folder());
}

void MainWindow::updateStatus()
{
    QString text = tr("Articles: %1").arg(m_model->rowCount());
    if (m_problemCount > 0)
        text += QStringLiteral(" · ") + tr("Not readable: %1").arg(m_problemCount);
    m_statusLabel->setText(text);
}

void MainWindow::onCurrentArticleChanged()
{
    const Core::Article *article = m_model->articleAt(m_list->currentIndex().row());
    if (article)
        m_reader->setArticle(*article);
    else
        m_reader->clear();
    m_annotations->articleShown();
    showCurrentMentions();
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
    const QString& text = m_reader->article().text;
    const Core::CodePointMap map(text);
    m_reader->selectRange(map.toUtf16(annotation->start), map.toUtf16(annotation->end));
}

void MainWindow::showSentence(const QString& relativePath, int sentence)
{
    const int row = m_model->rowOfFile(relativePath);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row));
    const Core::Article *article = m_model->articleAt(row);
    if (article && sentence >= 0 && sentence < article->sentences.size())
        m_reader->selectRange(article->sentences[sentence].start, article->sentences[sentence].end);
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
    m_reader->setTheme(m_repository->theme(m_themeName, palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // With "follow the palette", switching the desktop to dark mode switches the highlighting theme.
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty() && m_reader)
        applyTheme();
    // Another window or process may have changed the folder's annotations meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_annotations)
        m_annotations->refreshIfChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
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
