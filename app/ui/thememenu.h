#pragma once

#include <QMenu>

class QActionGroup;

namespace KSyntaxHighlighting {
class Theme;
}

namespace Crosscheck::Ui {

/// Lists "Follow System Palette" and every installed KSyntaxHighlighting theme, one checked.
class ThemeMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    ThemeMenu(const QList<KSyntaxHighlighting::Theme>& themes, QWidget *parent = nullptr);

    /// Checks the entry for @p name (empty: follow the palette).
    void setCurrentTheme(const QString& name);
    QString currentTheme() const;

Q_SIGNALS:
    void themeChosen(const QString& name);

private:
    QActionGroup *m_group;
};

} // namespace Crosscheck::Ui
