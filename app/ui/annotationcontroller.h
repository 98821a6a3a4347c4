#pragma once

#include "store/annotationstore.h"

#include <QObject>
#include <QPlainTextEdit>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QTimer;
class QUndoStack;

namespace Crosscheck::Core {
class AnnotationListModel;
}

namespace Crosscheck::Ui {

class ReadingView;

/// Everything a user does with annotations: highlight the selection in one of five colours
/// (keys 1–5), tag it (T), write a note (N, in the note editor), delete (Del), re-attach an
/// orphan; every change goes through the undo stack and is committed to the folder's store at once.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(ReadingView *reader, QWidget *window);
    ~AnnotationController() override;

    static QStringList colours();

    Core::AnnotationStore::OpenResult openFolder(const QString& folder);
    /// After a damaged store was reported: keeps the damaged file aside and starts afresh.
    QString setAsideDamaged();
    void closeFolder();
    /// Places annotations again after the folder's articles changed (or were first read).
    void syncArticles(const QList<Core::Article>& articles);
    /// Shows the annotations of the article @p reader (by default the active one) opened.
    void articleShown(ReadingView *reader = nullptr);
    /// Every reading pane shows the folder's annotations; the active one is the one the actions
    /// and the note editor work on.
    void addReader(ReadingView *reader);
    void removeReader(ReadingView *reader);
    void setActiveReader(ReadingView *reader);
    ReadingView *activeReader() const { return m_reader; }
    /// Reloads when another window or process changed the store.
    void refreshIfChanged();

    bool highlightSelection(int colourIndex);
    bool tagSelection(const QString& tag);
    bool setNote(const QString& uuid, const QString& note);
    bool deleteAtCursor();
    /// Re-attaches annotation @p uuid (an orphan, typically) to the current selection.
    bool reattach(const QString& uuid);
    /// Records that the selected text (or the name under the cursor) is a name of @p kind
    /// ("person", "organization", "place", "product") or, with "none", not a name.
    bool correctName(const QString& kind);
    /// Records (undoably) that @p name is a name of @p kind, not a name ("none"), or, with an
    /// empty @p kind, forgets what the user said of it.
    bool setNameCorrection(const QString& name, const QString& kind);
    /// Writes a correction to the store and has names recognised again; for the undo stack.
    void writeNameCorrection(const QString& name, const QString& kind);
    /// Highlights and tags whole sentences of several articles as one undoable step: tagging a
    /// claim tags every sentence that carries it. Returns how many annotations were made.
    int tagSentences(const QList<std::pair<Core::Article, int>>& sentences, const QString& tag);
    /// The Name submenu: the four kinds and "Not a Name".
    QList<QAction *> nameActions() const { return m_nameActions; }

    Core::AnnotationStore *store() const { return m_store.get(); }
    Core::AnnotationListModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QPlainTextEdit *noteEditor() const { return m_noteEditor.data(); }
    QList<QAction *> colourActions() const { return m_colourActions; }
    QAction *tagAction() const { return m_tagAction; }
    QAction *noteAction() const { return m_noteAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /// Applies a change and records it for undo; the change is committed before this returns.
    bool apply(const std::optional<Core::Annotation>& before, const std::optional<Core::Annotation>& after,
               const QString& text);
    /// Writes @p target over @p current in the store (either may be absent: create or delete).
    bool write(const std::optional<Core::Annotation>& target, const std::optional<Core::Annotation>& current);
    void reload();

Q_SIGNALS:
    void failed(const QString& message);
    /// What an action did, or why it did nothing, for the status bar.
    void told(const QString& message);
    void annotationsChanged();
    /// The user corrected name recognition; names should be recognised again.
    void nameCorrectionsChanged();

private:
    std::optional<Core::Annotation> newFromSelection() const;
    void onCursorMoved();
    void commitNote();
    void askForTag();

    ReadingView *m_reader;
    QList<ReadingView *> m_readers;
    QWidget *m_window;
    std::unique_ptr<Core::AnnotationStore> m_store;
    Core::AnnotationListModel *m_model;
    QUndoStack *m_undo;
    QPointer<QPlainTextEdit> m_noteEditor;
    QTimer *m_noteTimer;
    QString m_noteUuid;
    qint64 m_dataVersion = -1;
    QList<QAction *> m_colourActions;
    QAction *m_tagAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QAction *> m_nameActions;
};

} // namespace Crosscheck::Ui
