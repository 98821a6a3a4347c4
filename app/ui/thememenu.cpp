#include "thememenu.h"

#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>

namespace Crosscheck::Ui {

ThemeMenu::ThemeMenu(const QList<KSyntaxHighlighting::Theme>& themes, QWidget *parent)
    : QMenu(tr("Highlighting &Theme"), parent)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    QAction *automatic = addAction(tr("&Follow System Palette"));
    automatic->setData(QString());
    automatic->setCheckable(true);
    m_group->addAction(automatic);
    addSeparator();
    for (const auto& theme : themes) {
        QAction *action = addAction(theme.translatedName());
        action->setData(theme.name());
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT themeChosen(action->data().toString()); });
    setCurrentTheme({});
}

void ThemeMenu::setCurrentTheme(const QString& name)
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == name) {
            action->setChecked(true);
            return;
        }
    }
    m_group->actions().constFirst()->setChecked(true);
}

QString ThemeMenu::currentTheme() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

} // namespace Crosscheck::Ui
