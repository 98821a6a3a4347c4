#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace Crosscheck::Ui {

/// Help > Keyboard Shortcuts: every action of the menus that has a shortcut, by menu, read from
/// the menus themselves so the list can never drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Crosscheck::Ui
