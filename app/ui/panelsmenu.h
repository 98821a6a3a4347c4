#pragma once

#include <QMenu>

class QDockWidget;

namespace Crosscheck::Ui {

/// View › Panels: each panel shown or hidden, and a key that goes to it — Alt+0 the article
/// list, Alt+1 onwards the panels in the order the window has them — showing it if it was hidden
/// and putting the keyboard focus inside.
class PanelsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelsMenu)

public:
    PanelsMenu(QWidget *articleList, const QList<QDockWidget *>& docks, QWidget *parent);
    ~PanelsMenu() override;

    /// The "Go to …" actions, article list first.
    QList<QAction *> goActions() const { return m_goActions; }

private:
    QList<QAction *> m_goActions;
};

} // namespace Crosscheck::Ui
