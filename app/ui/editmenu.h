#pragma once

#include <QMenu>

namespace Crosscheck::Ui {

class AnnotationController;

/// Edit: undo and redo of every annotation edit, the highlight colours, tag, note and delete,
/// the Name submenu (what the selection is, and the list of corrections) and the tag manager.
class EditMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenu)

public:
    /// @p highlightActions follow Note (Private, from the team desk).
    EditMenu(AnnotationController *annotations, const QList<QAction *>& highlightActions, QWidget *parent);
    ~EditMenu() override;
};

} // namespace Crosscheck::Ui
