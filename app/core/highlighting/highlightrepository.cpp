#include "highlightrepository.h"

#include "logging.h"

namespace Crosscheck::Core {

QString HighlightRepository::articleDefinitionName()
{
    return QStringLiteral("Crosscheck Article");
}

HighlightRepository::HighlightRepository()
{
    // The repository looks for "syntax/*.xml" below each custom path; ours is compiled in.
    m_repository.addCustomSearchPath(QStringLiteral(":/crosscheck/highlighting"));
    if (!articleDefinition().isValid())
        qCWarning(lcHighlighting) << "the article syntax definition did not load from resources";
}

KSyntaxHighlighting::Definition HighlightRepository::articleDefinition() const
{
    return m_repository.definitionForName(articleDefinitionName());
}

bool HighlightRepository::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool HighlightRepository::isDark(const KSyntaxHighlighting::Theme& theme)
{
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

KSyntaxHighlighting::Theme HighlightRepository::themeForPalette(const QPalette& palette) const
{
    return m_repository.defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Theme HighlightRepository::theme(const QString& name, const QPalette& palette) const
{
    if (!name.isEmpty()) {
        const auto named = m_repository.theme(name);
        if (named.isValid() && named.name() == name)
            return named;
        qCInfo(lcHighlighting) << "theme" << name << "is not installed; following the palette";
    }
    return themeForPalette(palette);
}

} // namespace Crosscheck::Core
