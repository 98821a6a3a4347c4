#include "languagemenu.h"

#include "settings/settings.h"

#include <QActionGroup>

namespace Crosscheck::Ui {

LanguageMenu::LanguageMenu(Core::Settings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& [code, name] : choices) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == settings->language());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, settings, code, name] {
            settings->setLanguage(code);
            Q_EMIT languageChosen(name);
        });
    }
}

LanguageMenu::~LanguageMenu() = default;

} // namespace Crosscheck::Ui
