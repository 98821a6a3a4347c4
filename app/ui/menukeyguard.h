#pragma once

#include <QObject>

namespace Crosscheck::Ui {

/// While a menu is open, a key without Ctrl, Alt or Meta belongs to the menu (its mnemonics and
/// type-ahead), never to a single-letter shortcut of the window: with Edit open, "m" must not run
/// "Matching Sentence in Next Pane". Qt matches a window shortcut against the open popup when
/// the action lives in that menu, so the guard claims such keys while a QMenu is open.
class MenuKeyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuKeyGuard)

public:
    /// Watches the whole application for as long as `parent` lives.
    explicit MenuKeyGuard(QObject *parent);
    ~MenuKeyGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Crosscheck::Ui
