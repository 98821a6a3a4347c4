#pragma once

#include <QMenu>

namespace Crosscheck::Ui {

/// File > Open Recent: the remembered folders, most recent first, and a way to forget them.
class RecentFoldersMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFoldersMenu)

public:
    explicit RecentFoldersMenu(QWidget *parent = nullptr);

    void setFolders(const QStringList& folders);

Q_SIGNALS:
    void folderChosen(const QString& folder);
    void clearRequested();
};

} // namespace Crosscheck::Ui
