#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Definition;
class Theme;
} // namespace KSyntaxHighlighting

#include "articles/article.h"
#include "store/annotation.h"

#include <QTextEdit>

#include <optional>

namespace Crosscheck::Core {
class MentionHighlighter;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// Shows one article read-only, with its headline above and its figures highlighted.
class ReadingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingView)

public:
    ReadingView(const KSyntaxHighlighting::Definition& definition, QWidget *parent = nullptr);
    ~ReadingView() override;

    enum Position
    {
        Top,
        KeepPosition
    };

    /// Shows @p article; KeepPosition keeps the scroll position and cursor, for an article that
    /// changed on disk while it was being read.
    void setArticle(const Core::Article& article, Position position = Top);
    void clear();
    void setTheme(const KSyntaxHighlighting::Theme& theme);
    /// Replaces the highlighted figures and names (names arrive once the whole folder is read).
    void setMentions(const QList<Core::Mention>& mentions);
    /// Selects [start, end) of the text and scrolls it into view.
    void selectRange(qsizetype start, qsizetype end);
    /// What hovering the text at @p offset shows: the figure's value, or the name's kind.
    QString toolTipAt(qsizetype offset) const;

    /// The open article (empty path when none).
    const Core::Article& article() const { return m_article; }
    /// Paints the open article's annotations over its highlighting (background colour; a dotted
    /// underline when there is a note).
    void setAnnotations(const QList<Core::Annotation>& annotations);
    /// The selected range [start, end) in UTF-16 offsets, if any.
    std::optional<std::pair<qsizetype, qsizetype>> selectedRange() const;
    /// The annotation under the cursor or overlapping the selection, if any.
    std::optional<Core::Annotation> annotationAtCursor() const;

    QString text() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    Core::MentionHighlighter *highlighter() const { return m_highlighter; }

    /// The text of the header line under the headline (outlet, date, byline, file).
    QString details() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dimBoilerplate(const Core::Article& article);
    void updateExtraSelections();

    QLabel *m_title;
    QLabel *m_file;
    QPlainTextEdit *m_text;
    Core::MentionHighlighter *m_highlighter;
    Core::Article m_article;
    QList<Core::Annotation> m_annotations;
    QList<QTextEdit::ExtraSelection> m_boilerplateSelections;
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
};

} // namespace Crosscheck::Ui
