#include "recentfoldersmenu.h"

#include <QDir>

namespace Crosscheck::Ui {

RecentFoldersMenu::RecentFoldersMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    setFolders({});
}

void RecentFoldersMenu::setFolders(const QStringList& folders)
{
    clear();
    int n = 0;
    for (const QString& folder : folders) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(folder))
                                     : QDir::toNativeSeparators(folder);
        QAction *action = addAction(label);
        connect(action, &QAction::triggered, this, [this, folder] { Q_EMIT folderChosen(folder); });
    }
    if (!folders.isEmpty())
        addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!folders.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFoldersMenu::clearRequested);
    setEnabled(!folders.isEmpty());
}

} // namespace Crosscheck::Ui
