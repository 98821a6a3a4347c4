#pragma once

#include "alignment/aligner.h"

#include <QObject>
#include <QVariantMap>

class QAction;

namespace Crosscheck::Core {
class ArticleListModel;
class Settings;
struct Article;
struct FolderInsight;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class ReadingDesk;
class ReadingView;

/// Puts the folder's articles on the reading desk: which pane shows what, where the cursor goes
/// when the user asks for a sentence, how linked panes follow the active one, and the pane,
/// zoom and navigation actions the window's menus and tool bar show.
class DeskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskController)

public:
    DeskController(ReadingDesk *desk, Core::ArticleListModel *model, AnnotationController *annotations,
                   Core::Settings *settings, QObject *parent = nullptr);
    ~DeskController() override;

    ReadingDesk *desk() const { return m_desk; }
    ReadingView *activeView() const;

    /// Shows the article @p relativePath in @p view (empty or unknown: clears the pane).
    void showArticleIn(ReadingView *view, const QString& relativePath);
    /// Opens @p relativePath in @p view (the active pane when null) and makes that pane active.
    void openInPane(ReadingView *view, const QString& relativePath);
    /// Opens the article @p relativePath with its sentence @p sentence selected, in the pane
    /// that already shows it or else in the active one.
    void showSentence(const QString& relativePath, int sentence);
    /// Puts two sentences side by side (a disagreement's): @p pathA in the active pane (or the one
    /// already showing it), @p pathB in another pane, added when there is one pane, each sentence
    /// selected in the middle of its pane.
    void showSideBySide(const QString& pathA, int sentenceA, const QString& pathB, int sentenceB);
    /// Opens the article @p articlePath with the annotation @p uuid selected (unless it is an orphan).
    void showAnnotation(const QString& articlePath, const QString& uuid);
    /// Shows @p count panes (1 to 4): the first keeps its article, each added one the next article.
    void showPanes(int count);
    /// Adds a pane after the active one showing the next article; false when four are open.
    bool addPaneWithNextArticle();
    /// Goes to the sentence of the next pane that matches the active pane's sentence.
    bool goToMatchInNextPane();

    /// The folder's sentence alignment arrived: panes get their names and figures, links follow.
    void setInsight(const Core::FolderInsight& insight);
    /// A new folder is being opened: empty panes, no alignment.
    void clear();
    /// @p article changed on disk: panes showing it keep their place in the new text.
    void updateArticle(const Core::Article& article);

    /// Which articles the panes show, where they are scrolled, their widths and the active one.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);

    QAction *addPaneAction() const { return m_addPane; }
    QAction *closePaneAction() const { return m_closePane; }
    QAction *nextPaneAction() const { return m_nextPane; }
    /// View > Link Panes: moving in one pane scrolls the others to their matching sentences.
    QAction *linkPanesAction() const { return m_linkPanes; }
    QList<QAction *> zoomActions() const { return m_zoomActions; }
    /// Go menu: sentence, figure and annotation moves, then the matching sentence in the next pane.
    QList<QAction *> goActions() const { return m_goActions; }

Q_SIGNALS:
    /// The active pane changed, or the article it shows did.
    void activeArticleChanged(const QString& relativePath);
    /// The cursor of the active pane stands in @p sentence of @p relativePath (-1: none).
    void sentenceFocused(const QString& relativePath, int sentence);
    /// Something the user asked for could not be done; worth a line in the status bar.
    void notified(const QString& message, int milliseconds);

private:
    void setupActions();
    void wirePane(ReadingView *view);
    void onActiveViewChanged(ReadingView *view);
    void onActiveCursorMoved();
    void linkPanes();
    void setTextZoom(int steps);

    ReadingDesk *m_desk;
    Core::ArticleListModel *m_model;
    AnnotationController *m_annotations;
    Core::Settings *m_settings;
    QStringList m_paths;
    bool m_placingSideBySide = false; // showSideBySide() at work: panes are not linked meanwhile
    Core::Alignment m_alignment;
    QAction *m_addPane = nullptr;
    QAction *m_closePane = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_linkPanes = nullptr;
    QList<QAction *> m_zoomActions;
    QList<QAction *> m_goActions;
};

} // namespace Crosscheck::Ui
