#pragma once

#include <QMenu>

namespace Crosscheck::Core {
class Settings;
}

namespace Crosscheck::Ui {

/// File: open a folder (and the recent ones), reload it, add pages from the web, export and import
/// annotations, quit.
/// The menu says what the user asked for; the window does it.
class FileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileMenu)

public:
    /// `webActions` (Add from Web…, Feeds…) follow Reload Folder.
    FileMenu(Core::Settings *settings, const QList<QAction *>& webActions, QWidget *parent);
    ~FileMenu() override;

    /// Open Folder…, for the toolbar too.
    QAction *openAction() const { return m_open; }

Q_SIGNALS:
    void openRequested();
    void folderChosen(const QString& folder);
    void reloadRequested();
    void exportRequested();
    void importRequested();
    void quitRequested();

private:
    QAction *m_open;
};

} // namespace Crosscheck::Ui
