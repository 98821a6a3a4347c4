#include "panelsmenu.h"

#include <QDockWidget>

namespace Crosscheck::Ui {

PanelsMenu::PanelsMenu(QWidget *articleList, const QList<QDockWidget *>& docks, QWidget *parent)
    : QMenu(tr("&Panels"), parent)
{
    for (QDockWidget *dock : docks)
        addAction(dock->toggleViewAction());
    addSeparator();
    auto addGo = [this, parent](const QString& text, int digit, auto go) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        // Window-wide: the key works wherever the focus is, which is the point.
        parent->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, go);
        m_goActions.append(action);
    };
    addGo(tr("Go to the Article List"), 0, [articleList] { articleList->setFocus(Qt::ShortcutFocusReason); });
    for (int i = 0; i < docks.size() && i < 9; ++i) {
        QDockWidget *dock = docks[i];
        addGo(tr("Go to %1").arg(dock->windowTitle()), i + 1, [dock] {
            dock->show();
            dock->raise();
            // The panel's own widget, or the first of its children that takes the keyboard.
            QWidget *target = dock->widget();
            if (target && target->focusPolicy() == Qt::NoFocus) {
                for (QWidget *child : target->findChildren<QWidget *>()) {
                    if (child->focusPolicy() != Qt::NoFocus && child->isVisibleTo(dock)) {
                        target = child;
                        break;
                    }
                }
            }
            if (target)
                target->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

PanelsMenu::~PanelsMenu() = default;

} // namespace Crosscheck::Ui
