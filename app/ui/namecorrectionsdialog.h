#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Crosscheck::Ui {

class AnnotationController;

/// Lists what the user said about names in this folder (Edit › Name › Corrections…): each name
/// with the kind given or "not a name"; Remove forgets the selected ones, undoably, and the
/// names are recognised again at once.
class NameCorrectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameCorrectionsDialog)

public:
    explicit NameCorrectionsDialog(AnnotationController *controller, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    /// Forgets the selected corrections.
    void removeSelected();

    /// "Person", "Not a name", … for a stored kind.
    static QString kindLabel(const QString& kind);

private:
    void refresh();

    AnnotationController *m_controller;
    QTreeWidget *m_list;
    QPushButton *m_remove;
};

} // namespace Crosscheck::Ui
