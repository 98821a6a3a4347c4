#pragma once

#include <QToolBar>

namespace Crosscheck::Ui {

/// The desk's frequent actions, one click away: open a folder, the pane actions, search.
class DeskToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskToolBar)

public:
    DeskToolBar(QAction *open, const QList<QAction *>& paneActions, QAction *find, QWidget *parent);
    ~DeskToolBar() override;
};

} // namespace Crosscheck::Ui
