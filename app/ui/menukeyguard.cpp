#include "menukeyguard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMenu>

namespace Crosscheck::Ui {

MenuKeyGuard::MenuKeyGuard(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

MenuKeyGuard::~MenuKeyGuard() = default;

bool MenuKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched); // the override goes to the popup's window or to the menu itself
    if (event->type() != QEvent::ShortcutOverride || !qobject_cast<QMenu *>(QApplication::activePopupWidget()))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    constexpr Qt::KeyboardModifiers commandKeys = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if ((key->modifiers() & commandKeys) || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    // Accepting the override hands the key to the menu as an ordinary key press.
    event->accept();
    return false;
}

} // namespace Crosscheck::Ui
