#pragma once

#include "analysis/folderrecognizer.h"

#include <QMainWindow>

#include <memory>


class QListView;

namespace Crosscheck::Core {
class ArticleListModel;
class ClaimModel;
class FolderLoader;
class HighlightRepository;
class Settings;
struct Article;
struct LoadError;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class AnnotationTransfer;
class ArticleListView;
class AnnotationsPanel;
class ComparisonPanel;
class DeskController;
class FolderController;
class FolderStatus;
class MentionsPanel;
class MessageBar;
class ReadingDesk;
class ReadingView;
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
    QString folder() const;
    /// Tags every sentence of the claim in @p row of the claims view; returns how many.
    int tagClaim(int row, const QString& tag);
    /// Opens the search panel and searches the folder for @p words.
    void search(const QString& words);
    /// Name of the highlighting theme in use.
    QString activeThemeName() const;

    Core::FolderLoader *folderLoader() const;
    Core::FolderRecognizer *folderRecognizer() const;
    Core::ArticleListModel *articleModel() const { return m_model; }
    Core::ClaimModel *claimModel() const { return m_claims; }
    QListView *articleList() const;
    ReadingDesk *desk() const { return m_desk; }
    DeskController *deskController() const { return m_deskController; }
    /// The active reading pane.
    ReadingView *readingView() const;
    AnnotationController *annotations() const { return m_annotations; }
    AnnotationTransfer *transfer() const { return m_transfer; }
    SearchPanel *searchPanel() const { return m_search; }
    StatisticsChart *statisticsChart() const { return m_statistics; }
    MessageBar *messageBar() const { return m_messages; }
    MentionsPanel *mentionsPanel() const { return m_mentions; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    ThemeMenu *themeMenu() const { return m_themeMenu; }

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
    void setupDocks();
    void setupActions();

    void onOpenFolderTriggered();
    void onCurrentArticleChanged();
    void onActiveArticleChanged(const QString& relativePath);
    void onInsightFinished(const Core::FolderInsight& insight);
    void applyTheme();
    void updateStatus();
    void saveDesk();
    void restoreDesk();
    void nameTabBars();
    void showSearchPanel();
    void editArticleDetails(const QString& path);

    Core::Settings *m_settings;
    std::unique_ptr<Core::HighlightRepository> m_repository;
    FolderController *m_folder = nullptr;
    Core::ArticleListModel *m_model = nullptr;
    Core::ClaimModel *m_claims = nullptr;
    ArticleListView *m_list = nullptr;
    ReadingDesk *m_desk = nullptr;
    DeskController *m_deskController = nullptr;
    AnnotationController *m_annotations = nullptr;
    AnnotationTransfer *m_transfer = nullptr;
    FolderStatus *m_status = nullptr;
    SearchPanel *m_search = nullptr;
    StatisticsChart *m_statistics = nullptr;
    MessageBar *m_messages = nullptr;
    MentionsPanel *m_mentions = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
    QString m_themeName;
    bool m_syncingList = false;
};

} // namespace Crosscheck::Ui
