#include "editmenu.h"

#include "annotationcontroller.h"
#include "namecorrectionsdialog.h"
#include "tagmanager.h"

#include <QUndoStack>

namespace Crosscheck::Ui {

EditMenu::EditMenu(AnnotationController *annotations, QWidget *parent)
    : QMenu(tr("&Edit"), parent)
{
    QAction *undo = annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undo);
    addAction(redo);
    addSeparator();
    addActions(annotations->colourActions());
    addAction(annotations->tagAction());
    addAction(annotations->noteAction());
    addAction(annotations->deleteAction());
    QMenu *names = addMenu(tr("N&ame"));
    names->addActions(annotations->nameActions());
    names->addSeparator();
    connect(names->addAction(tr("&Corrections…")), &QAction::triggered, this, [annotations, parent] {
        NameCorrectionsDialog dialog(annotations, parent);
        dialog.exec();
    });
    addSeparator();
    connect(addAction(tr("&Manage Tags…")), &QAction::triggered, this, [annotations, parent] {
        TagManager dialog(annotations, parent);
        dialog.exec();
    });
}

EditMenu::~EditMenu() = default;

} // namespace Crosscheck::Ui
