#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Crosscheck::Core {
struct Article;
}

namespace Crosscheck::Ui {

/// Shows one article read-only, with its headline above and its figures highlighted.
class ReadingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingView)

public:
    ReadingView(const KSyntaxHighlighting::Definition& definition, QWidget* parent = nullptr);
    ~ReadingView() override;

    void setArticle(const Core::Article& article);
    void clear();
    void setTheme(const KSyntaxHighlighting::Theme& theme);

    QString text() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    KSyntaxHighlighting::SyntaxHighlighter* highlighter() const { return m_highlighter; }

private:
    QLabel* m_title;
    QLabel* m_file;
    QPlainTextEdit* m_text;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
};

} // namespace Crosscheck::Ui
