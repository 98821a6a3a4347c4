#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Crosscheck::Core {

/// KSyntaxHighlighting's repository with the project's own article definition added from the
/// application's resources. Not thread-safe: one instance per thread that highlights.
class HighlightRepository final
{
    Q_DISABLE_COPY_MOVE(HighlightRepository)

public:
    /// Name of the definition in resources/syntax/crosscheck-article.xml.
    static QString articleDefinitionName();
    /// Format names the definition gives to figures.
    static QString moneyFormat() { return QStringLiteral("Money"); }
    static QString percentFormat() { return QStringLiteral("Percent"); }
    static QString dateFormat() { return QStringLiteral("Date"); }

    HighlightRepository();

    KSyntaxHighlighting::Repository& repository() { return m_repository; }
    KSyntaxHighlighting::Definition articleDefinition() const;
    QList<KSyntaxHighlighting::Theme> themes() const { return m_repository.themes(); }
    /// The theme named @p name, or the default theme for @p palette when the name is empty or unknown.
    KSyntaxHighlighting::Theme theme(const QString& name, const QPalette& palette) const;
    KSyntaxHighlighting::Theme themeForPalette(const QPalette& palette) const;

    static bool isDark(const QPalette& palette);
    /// Whether the theme paints light text on a dark page.
    static bool isDark(const KSyntaxHighlighting::Theme& theme);

private:
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace Crosscheck::Core
