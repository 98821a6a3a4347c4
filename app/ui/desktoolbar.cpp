#include "desktoolbar.h"

namespace Crosscheck::Ui {

DeskToolBar::DeskToolBar(QAction *open, const QList<QAction *>& paneActions, QAction *find, QWidget *parent)
    : QToolBar(tr("Desk"), parent)
{
    setObjectName(QStringLiteral("deskToolBar"));
    setAccessibleName(tr("Desk tools"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMovable(false);
    addAction(open);
    addSeparator();
    addActions(paneActions);
    addSeparator();
    addAction(find);
}

DeskToolBar::~DeskToolBar() = default;

} // namespace Crosscheck::Ui
