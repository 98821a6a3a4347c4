#pragma once

#include "team/teamsync.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;

namespace Crosscheck::Core {
class Settings;
}

namespace Crosscheck::Ui {

class AnnotationController;
class FolderController;

/// File › Team: connects the open folder to a team's PostgreSQL server (docs/team.md) and keeps it
/// in step from a worker thread (Core::TeamSync on its own connections), so the window never waits
/// on the network. The status bar says connected, offline with the changes waiting, or what went
/// wrong; what teammates change appears in the window as it arrives. The server is remembered per
/// folder and the password in the desktop keyring (QtKeychain), never in settings; a folder that
/// was connected connects again when it is opened. Edit › Private keeps a highlight to its author.
class TeamController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamController)

public:
    TeamController(FolderController *folder, AnnotationController *annotations, QStatusBar *status,
                   Core::Settings *settings, QWidget *window);
    ~TeamController() override;

    QMenu *menu() const { return m_menu; }
    /// Edit › Private: the highlight at the cursor is kept from the team (or shared again).
    QAction *privateAction() const { return m_private; }

    /// Connects the open folder to @p server and remembers it for the folder; with @p remember the
    /// password goes to the keyring.
    void connectTo(const Core::TeamServer& server, const QString& password, bool remember);
    void disconnectFromServer();
    void syncNow();
    Core::TeamSync::Status status() const { return m_status; }
    /// What the status bar says.
    QString statusText() const;

Q_SIGNALS:
    void statusChanged(const Crosscheck::Core::TeamSync::Status& status);

private:
    void connectInteractively(const QString& problem = {});
    void onFolderLoaded(const QString& folder);
    void start(const Core::TeamServer& server, const QString& password);
    void stop();
    void onStatus(const Core::TeamSync::Status& status);
    void togglePrivate();
    void rememberPassword(const QString& key, const QString& password);
    void updateActions();

    FolderController *m_folder;
    AnnotationController *m_annotations;
    Core::Settings *m_settings;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_connect;
    QAction *m_syncNow;
    QAction *m_disconnect;
    QAction *m_private;
    QPointer<QLabel> m_label; ///< the status bar's; gone before this when the window closes
    QThread m_thread;
    Core::TeamSync *m_sync = nullptr;  ///< lives in m_thread
    QString m_syncedFolder;
    std::optional<std::pair<QString, QString>> m_toRemember; ///< key and password, once they worked
    bool m_asked = false; ///< the dialog asked for the running connection
    Core::TeamSync::Status m_status;
};

} // namespace Crosscheck::Ui
