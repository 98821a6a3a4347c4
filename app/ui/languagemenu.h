#pragma once

#include <QMenu>

namespace Crosscheck::Core {
class Settings;
}

namespace Crosscheck::Ui {

/// View › Language: "System Language" and each language the interface is translated to, by its
/// own name so anyone finds theirs. The choice is stored at once and applies at the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(Core::Settings *settings, QWidget *parent = nullptr);
    ~LanguageMenu() override;

Q_SIGNALS:
    /// @p name (in its own language) was chosen; it takes effect when Crosscheck starts next.
    void languageChosen(const QString& name);
};

} // namespace Crosscheck::Ui
