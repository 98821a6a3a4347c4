#pragma once

#include "analysis/folderrecognizer.h"
#include "articles/articledetails.h"

#include <QObject>

namespace Crosscheck::Core {
class ArticleListModel;
class FolderLoader;
class Settings;
struct Article;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class FolderStatus;
class MessageBar;

/// The open folder: reads it in the background (articles appear as they are read, unreadable
/// files are reported in the message bar), compares its articles once they are all read and
/// again whenever the folder or the name corrections change, keeps the annotation store in
/// step, and shows the work in progress in the status bar, where it can be cancelled.
class FolderController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderController)

public:
    FolderController(AnnotationController *annotations, FolderStatus *status, MessageBar *messages,
                     Core::Settings *settings, QObject *parent = nullptr);
    ~FolderController() override;

    /// Opens @p folder (made absolute and clean): what was shown of the previous one is dropped.
    void open(const QString& folder);
    /// Stops reading and closes the annotation store (the window is closing).
    void close();
    QString folder() const;

    Core::FolderLoader *loader() const { return m_loader; }
    Core::FolderRecognizer *recognizer() const { return m_recognizer; }
    Core::ArticleListModel *model() const { return m_model; }
    /// The latest comparison of the folder's articles (empty while none has finished).
    const Core::FolderInsight& insight() const { return m_insight; }
    /// "5 articles · 180 sentences · …", as the status bar shows it.
    QString summary() const;
    /// Dismisses a disagreement in the store and takes it out of what the window shows; it stays
    /// dismissed when the folder is compared again.
    void dismissDiscrepancy(const QString& key, const QString& note);
    /// Moves the article at @p path into the story of the article at @p withPath (empty: a story
    /// of its own), keeps the move in the store and compares the folder again.
    void moveToStory(const QString& path, const QString& withPath);
    /// Keeps the user's outlet, title and date for the article at @p path (empty details: the
    /// page's own again), shows them at once and compares the folder again.
    void editDetails(const QString& path, const Core::ArticleDetails& details);

Q_SIGNALS:
    void articleRead(const Crosscheck::Core::Article& article);
    /// An article already shown has new text on disk.
    void articleChanged(const Crosscheck::Core::Article& article);
    /// Every file of the folder has been read or reported.
    void loaded(const QString& folder);
    /// The comparison of the folder's articles finished.
    void analyzed(const Crosscheck::Core::FolderInsight& insight);
    /// What summary() counts changed.
    void summaryChanged();
    /// Worth a line in the status bar for @p milliseconds (0: until replaced).
    void notified(const QString& message, int milliseconds);

private:
    void connectLoader();
    void connectRecognizer();
    void openStore(const QString& folder);
    void analyze();

    AnnotationController *m_annotations;
    FolderStatus *m_status;
    MessageBar *m_messages;
    Core::Settings *m_settings;
    Core::FolderLoader *m_loader;
    Core::FolderRecognizer *m_recognizer;
    Core::ArticleListModel *m_model;
    QHash<QString, Core::ArticleDetails> m_details; // the user's outlet, title and date, by path
    Core::FolderInsight m_insight;
    void dropDismissed();
    int m_unreadable = 0;
};

} // namespace Crosscheck::Ui
