#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QToolButton;

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

/// Shows one article read-only, with its headline above and its figures highlighted: one pane of
/// the reading desk. Articles can be dropped on it from the folder list.
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
    /// Dims @p article's boilerplate, also what the folder's analysis found after the article was shown.
    void dimBoilerplate(const Core::Article& article);
    /// Selects [start, end) of the text and scrolls it into view.
    void selectRange(qsizetype start, qsizetype end);
    /// What hovering the text at @p offset shows: the figure's value, or the name's kind.
    /// What the reader learns by hovering at @p offset: the highlight's tags and note, and what
    /// the figure or name there is.
    QString toolTipAt(qsizetype offset) const;
    /// Ends the selection at its start, leaving the cursor there.
    void collapseSelection();
    /// The text position at the top of the pane, which survives a change of width (a scroll bar
    /// value counts wrapped lines, which do not).
    qsizetype topPosition() const;
    /// Scrolls so that @p position is on the top line of the pane.
    void scrollToTop(qsizetype position);

    /// The open article (empty path when none).
    const Core::Article& article() const { return m_article; }
    /// Paints the open article's annotations over its highlighting (background colour; a dotted
    /// underline when there is a note).
    void setAnnotations(const QList<Core::Annotation>& annotations);
    /// The selected range [start, end) in UTF-16 offsets, if any.
    std::optional<std::pair<qsizetype, qsizetype>> selectedRange() const;
    /// The annotation under the cursor or overlapping the selection, if any.
    std::optional<Core::Annotation> annotationAtCursor() const;

    /// Marks the sentence [start, end) as the one matching the active pane's sentence and
    /// scrolls it to the middle, without taking the focus; an empty range clears the mark.
    void showLinkedSentence(qsizetype start, qsizetype end);
    /// The range marked by showLinkedSentence(), if any.
    std::optional<std::pair<qsizetype, qsizetype>> linkedSentence() const { return m_linked; }
    /// Marks every occurrence of @p terms (case-insensitive, whole or starting words).
    void setSearchTerms(const QStringList& terms);
    int searchHitCount() const { return int(m_searchSelections.size()); }

    enum class Target
    {
        Sentence,
        Figure,
        Annotation
    };
    /// Moves the cursor to the next (@p forward) or previous sentence, figure or annotation of the
    /// article; false when there is none in that direction.
    bool moveTo(Target target, bool forward);
    /// The index of the sentence the cursor (or the selection's start) stands in; -1 when none.
    int currentSentence() const;

    /// The active pane is the one the keyboard, the comparison panel and the folder list act on.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Shows the pane's close button (hidden while it is the only pane).
    void setCloseable(bool closeable);
    /// Text size in steps of 10% from the default.
    void setTextZoom(int steps);

    QString text() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    Core::MentionHighlighter *highlighter() const { return m_highlighter; }

    /// The text of the header line under the headline (outlet, date, byline, file).
    QString details() const;

Q_SIGNALS:
    /// The user clicked or focused the pane.
    void activated();
    void closeRequested();
    /// An article was dragged from the folder list onto the pane.
    void articleDropped(const QString& relativePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateActiveBar();
    void keepMentionsReadable(int start, int end, const QColor& background);

private:
    QString mentionToolTipAt(qsizetype offset) const;
    void updateExtraSelections();

    QFrame *m_activeBar;
    QToolButton *m_close;
    QLabel *m_title;
    QLabel *m_file;
    QPlainTextEdit *m_text;
    Core::MentionHighlighter *m_highlighter;
    Core::Article m_article;
    QList<Core::Annotation> m_annotations;
    QList<QTextEdit::ExtraSelection> m_boilerplateSelections;
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    QList<QTextEdit::ExtraSelection> m_linkedSelections;
    std::optional<std::pair<qsizetype, qsizetype>> m_linked;
    QStringList m_searchTerms;
    qreal m_basePointSize = 0;
    bool m_active = false;
};

} // namespace Crosscheck::Ui
