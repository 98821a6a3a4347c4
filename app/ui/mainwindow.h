#pragma once

#include "export/exporter.h"
#include "recognition/folderrecognizer.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QToolButton;

namespace Crosscheck::Core {
class ArticleListModel;
class ClaimModel;
class FolderLoader;
class FolderRecognizer;
class HighlightRepository;
class Settings;
struct Article;
struct LoadError;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class ComparisonPanel;
class AnnotationsPanel;
class MentionsPanel;
class MessageBar;
class ReadingDesk;
class ReadingView;
class RecentFoldersMenu;
class SearchPanel;
class StatisticsChart;
class ThemeMenu;

/// The composition root: builds the panes, menus and status bar and connects them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Core::Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    /// Tags every sentence of the claim in @p row of the claims view; returns how many.
    int tagClaim(int row, const QString& tag);
    /// Opens the article @p relativePath with the cursor in its sentence @p sentence.
    void showSentence(const QString& relativePath, int sentence);
    QString folder() const;

    Core::FolderLoader *folderLoader() const { return m_loader; }
    Core::ArticleListModel *articleModel() const { return m_model; }
    QListView *articleList() const { return m_list; }
    /// The active reading pane.
    ReadingView *readingView() const;
    ReadingDesk *desk() const { return m_desk; }
    SearchPanel *searchPanel() const { return m_search; }
    StatisticsChart *statisticsChart() const { return m_statistics; }
    /// View > Link Panes: moving in one pane scrolls the others to their matching sentences.
    QAction *linkPanesAction() const { return m_linkPanes; }
    /// Opens @p relativePath in @p view (the active pane when null) and makes that pane active.
    void openInPane(ReadingView *view, const QString& relativePath);
    /// The folder's counts as the status bar shows them.
    QString statusText() const;
    /// What File > Export draws on: the folder's articles, comparison, annotations and tags.
    Core::ExportData exportData() const;
    /// Exports to @p path; a failure is shown in the message bar.
    bool exportTo(const QString& path, const Core::Exporter::Options& options);
    /// Exports Markdown split per article or per tag into @p directory; failures in the message bar.
    bool exportDocuments(const QString& directory, const Core::Exporter::Options& options);
    /// Adds the annotations of a JSON-LD file; how many were new, or -1 (shown in the message bar).
    int importFrom(const QString& path);
    /// Help > About: version, licence, and the libraries with their versions.
    static QString aboutText();
    /// Shows @p count panes (1 to 4): the first keeps its article, each added one the next article.
    void showPanes(int count);
    /// Opens the search panel and searches the folder for @p words.
    void search(const QString& words);
    /// Goes to the sentence of the next pane that matches the active pane's sentence.
    bool goToMatchInNextPane();
    MessageBar *messageBar() const { return m_messages; }
    MentionsPanel *mentionsPanel() const { return m_mentions; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    Core::ClaimModel *claimModel() const { return m_claims; }
    AnnotationController *annotations() const { return m_annotations; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    Core::FolderRecognizer *folderRecognizer() const { return m_recognizer; }
    QToolButton *cancelButton() const { return m_cancel; }
    ThemeMenu *themeMenu() const { return m_themeMenu; }
    /// Name of the highlighting theme in use.
    QString activeThemeName() const;

Q_SIGNALS:
    /// Every file of the folder has been read or reported.
    void folderLoaded(const QString& folder);
    /// The folder's names have been recognised and shown.
    void namesRecognized();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupWidgets();
    void setupActions();
    void setupStatusBar();
    void connectLoader();

    void onOpenFolderTriggered();
    void onExportTriggered();
    void onImportTriggered();
    void onCurrentArticleChanged();
    void onArticleLoaded(const Core::Article& article);
    void onArticleChanged(const Core::Article& article);
    void onLoadFailed(const Core::LoadError& error);
    void onLoadFinished();
    void applyTheme();
    void showCurrentMentions();
    void openStore(const QString& folder);
    void recognizeNames();
    void showAnnotation(const QString& articlePath, const QString& uuid);
    void updateStatus();
    void wirePane(ReadingView *view);
    void onActiveViewChanged(ReadingView *view);
    void onActiveCursorMoved();
    void linkPanes();
    void showArticleIn(ReadingView *view, const QString& relativePath);
    void saveDesk();
    void restoreDesk();
    void setTextZoom(int steps);
    void nameTabBars();
    /// Adds a pane after the active one showing the next article; false when four are open.
    bool addPaneWithNextArticle();
    void showSearchPanel();
    void updateStatistics();
    /// Shows background work in the status bar (@p what empty: none) with its Cancel button.
    void showWork(const QString& what, const QString& cancelTip);

    Core::Settings *m_settings;
    std::unique_ptr<Core::HighlightRepository> m_repository;
    Core::FolderLoader *m_loader;
    Core::FolderRecognizer *m_recognizer;
    Core::ArticleListModel *m_model;
    QListView *m_list = nullptr;
    ReadingDesk *m_desk = nullptr;
    SearchPanel *m_search = nullptr;
    StatisticsChart *m_statistics = nullptr;
    QAction *m_linkPanes = nullptr;
    Core::FolderInsight m_insight;
    bool m_syncingList = false;
    MessageBar *m_messages = nullptr;
    MentionsPanel *m_mentions = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    Core::ClaimModel *m_claims = nullptr;
    AnnotationController *m_annotations = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
    RecentFoldersMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_work = nullptr;
    QToolButton *m_cancel = nullptr;
    QString m_themeName;
    int m_problemCount = 0;
};

} // namespace Crosscheck::Ui
