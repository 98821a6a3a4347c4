#pragma once

#include <QMenu>

class QMenuBar;

namespace Crosscheck::Ui {

/// Help: the keyboard shortcuts of every menu in @p menuBar, About Crosscheck and About Qt.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    HelpMenu(QMenuBar *menuBar, QWidget *parent);
    ~HelpMenu() override;

    /// Help > About: version, licence, and the libraries with their versions.
    static QString aboutText();
};

} // namespace Crosscheck::Ui
