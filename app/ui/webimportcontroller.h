#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;

namespace Crosscheck::Core {
class Settings;
class WebImport;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class FolderController;
class MessageBar;

/// Adds articles from the web to the open folder: File › Add from Web… (and URLs dropped or
/// pasted on the window), File › Feeds… to follow RSS and Atom feeds, checked on demand or every
/// few minutes while the folder is open. Progress and Cancel sit in the status bar; each failure
/// is named with its address in the message bar; saved pages appear in the list as the folder
/// changes. The window never waits on the network.
class WebImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebImportController)

public:
    WebImportController(FolderController *folder, AnnotationController *annotations, MessageBar *messages,
                        QStatusBar *status, Core::Settings *settings, QWidget *window);
    ~WebImportController() override;

    QAction *addAction() const { return m_addAction; }
    QAction *feedsAction() const { return m_feedsAction; }

    /// Fetches `urls` into the open folder (nothing happens without one: the user is told).
    void addUrls(const QList<QUrl>& urls);
    /// Checks every feed the open folder follows.
    void checkFeeds();
    void cancel();
    bool isRunning() const;
    /// Addresses in `text`, one per line or separated by spaces; only http and https count.
    static QList<QUrl> urlsIn(const QString& text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// A batch ended: how many pages it saved.
    void batchFinished(int saved, int failed);

private:
    Core::WebImport *import();
    void askForUrls();
    void showFeeds();
    void showBusy();
    void restartFeedTimer();
    void onProgress(int done, int total);

    FolderController *m_folder;
    AnnotationController *m_annotations;
    MessageBar *m_messages;
    QStatusBar *m_status;
    Core::Settings *m_settings;
    QWidget *m_window;
    QAction *m_addAction;
    QAction *m_feedsAction;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_feedTimer;
    QPointer<Core::WebImport> m_import;
    QString m_importFolder;
};

} // namespace Crosscheck::Ui
