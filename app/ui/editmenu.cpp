#include "editmenu.h"

#include "annotationcontroller.h"
#include "namecorrectionsdialog.h"
#include "tagmanager.h"

#include <QUndoStack>

namespace Crosscheck::Ui {

EditMenu::EditMenu(AnnotationController *annotations, const QList<QAction *>& highlightActions, QWidget *parent)
    : QMenu(tr("&Edit"), parent)
{
    QAction *undo = annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own Redo keys (Ctrl+Y on some) once each: the
    // same key twice is an ambiguous shortcut, which Qt ignores.
    QList<QKeySequence> redoKeys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    addSeparator();
    addActions(annotations->colourActions());
    addAction(annotations->tagAction());
    addAction(annotations->noteAction());
    addActions(highlightActions);
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
