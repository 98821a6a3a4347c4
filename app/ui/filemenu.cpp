#include "filemenu.h"

#include "recentfoldersmenu.h"
#include "settings/settings.h"

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

FileMenu::FileMenu(Core::Settings *settings, const QList<QAction *>& webActions, QWidget *parent)
    : QMenu(tr("&File"), parent)
    , m_open(addAction(QIcon::fromTheme(u"folder-open"_s), tr("&Open Folder…")))
{
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &FileMenu::openRequested);

    auto *recent = new RecentFoldersMenu(this);
    addMenu(recent);
    recent->setFolders(settings->recentFolders());
    connect(recent, &RecentFoldersMenu::folderChosen, this, &FileMenu::folderChosen);
    connect(recent, &RecentFoldersMenu::clearRequested, settings, &Core::Settings::clearRecentFolders);
    connect(settings, &Core::Settings::recentFoldersChanged, recent, &RecentFoldersMenu::setFolders);

    QAction *reload = addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload Folder"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &FileMenu::reloadRequested);
    addSeparator();
    addActions(webActions);

    addSeparator();
    QAction *exportAction = addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Annotations…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &FileMenu::exportRequested);
    QAction *importAction = addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Annotations…"));
    connect(importAction, &QAction::triggered, this, &FileMenu::importRequested);
    addSeparator();
    QAction *quit = addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &FileMenu::quitRequested);
}

FileMenu::~FileMenu() = default;

} // namespace Crosscheck::Ui
