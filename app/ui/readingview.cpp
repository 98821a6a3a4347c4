#include "readingview.h"

#include "articles/article.h"

#include "articles/codepointmap.h"
#include "highlighting/mentionhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHelpEvent>
#include <QToolTip>

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ReadingView::ReadingView(const KSyntaxHighlighting::Definition& definition, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_file(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new Core::MentionHighlighter(m_text->document()))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Article headline"));
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_file->setAccessibleName(tr("Article file"));

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(12);
    m_text->setAccessibleName(tr("Article text"));
    QFont prose = m_text->font();
    prose.setPointSizeF(prose.pointSizeF() * 1.1);
    m_text->setFont(prose);
    m_text->setPlaceholderText(tr("Select an article in the list to read it."));

    m_highlighter->setDefinition(definition);
    m_text->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_file);
    layout->addSpacing(4);
    layout->addWidget(m_text, 1);
    clear();
}

ReadingView::~ReadingView() = default;

void ReadingView::setArticle(const Core::Article& article, Position position)
{
    m_article = article;
    m_annotations.clear();
    m_annotationSelections.clear();
    m_title->setText(article.title);
    m_title->setVisible(true);
    QStringList details;
    if (!article.outlet.isEmpty())
        details.append(article.outlet);
    if (article.published.isValid())
        details.append(QLocale().toString(article.published, QLocale::LongFormat));
    if (!article.byline.isEmpty())
        details.append(tr("by %1").arg(article.byline));
    details.append(QDir::toNativeSeparators(article.relativePath));
    m_file->setText(details.join(QStringLiteral("  \u00B7  ")));
    m_file->setVisible(true);

    const int scroll = m_text->verticalScrollBar()->value();
    const int cursor = m_text->textCursor().position();
    m_highlighter->setMentions(article.mentions, false);
    m_text->setPlainText(article.text);
    dimBoilerplate(article);
    if (position == KeepPosition) {
        QTextCursor c = m_text->textCursor();
        c.setPosition(std::min(cursor, int(article.text.size())));
        m_text->setTextCursor(c);
        m_text->verticalScrollBar()->setValue(scroll);
    }
}

void ReadingView::dimBoilerplate(const Core::Article& article)
{
    // Boilerplate stays readable but steps back; extra selections sit over the highlighting.
    QList<QTextEdit::ExtraSelection> selections;
    QColor dim = m_text->palette().color(QPalette::Text);
    dim.setAlphaF(0.4f);
    for (const Core::TextRange& range : article.boilerplate) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(range.start));
        selection.cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
        selection.format.setForeground(dim);
        selection.format.setFontItalic(true);
        selection.format.setToolTip(tr("Boilerplate: not part of the story, left out of comparisons"));
        selections.append(selection);
    }
    m_boilerplateSelections = selections;
    updateExtraSelections();
}

void ReadingView::updateExtraSelections()
{
    m_text->setExtraSelections(m_boilerplateSelections + m_annotationSelections);
}

void ReadingView::setAnnotations(const QList<Core::Annotation>& annotations)
{
    m_annotations.clear();
    m_annotationSelections.clear();
    const Core::CodePointMap map(m_article.text);
    for (const Core::Annotation& a : annotations) {
        if (a.articlePath != m_article.relativePath || a.orphan)
            continue;
        m_annotations.append(a);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(map.toUtf16(a.start)));
        selection.cursor.setPosition(int(map.toUtf16(a.end)), QTextCursor::KeepAnchor);
        QColor background = QColor::fromString(a.color);
        background.setAlpha(120);
        selection.format.setBackground(background);
        if (!a.note.isEmpty()) {
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(QColor::fromString(a.color).darker(170));
            selection.format.setToolTip(a.note);
        }
        m_annotationSelections.append(selection);
    }
    updateExtraSelections();
}

std::optional<std::pair<qsizetype, qsizetype>> ReadingView::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return std::make_pair(qsizetype(cursor.selectionStart()), qsizetype(cursor.selectionEnd()));
}

std::optional<Core::Annotation> ReadingView::annotationAtCursor() const
{
    const QTextCursor cursor = m_text->textCursor();
    const qsizetype from = cursor.selectionStart(),
                    to = std::max(cursor.selectionEnd(), cursor.selectionStart() + 1);
    const Core::CodePointMap map(m_article.text);
    for (const Core::Annotation& a : m_annotations) {
        const qsizetype start = map.toUtf16(a.start);
        const qsizetype end = map.toUtf16(a.end);
        if (from < end && to > start)
            return a;
    }
    return std::nullopt;
}

void ReadingView::setMentions(const QList<Core::Mention>& mentions)
{
    m_highlighter->setMentions(mentions);
}

void ReadingView::selectRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_text->setFocus(Qt::OtherFocusReason);
}

QString ReadingView::toolTipAt(qsizetype offset) const
{
    const Core::Mention *mention = m_highlighter->mentionAt(offset);
    if (!mention)
        return {};
    if (!mention->isFigure()) {
        static const QHash<Core::MentionKind, QString> kinds = {
            {Core::MentionKind::Person, tr("Person")},
            {Core::MentionKind::Organization, tr("Organisation")},
            {Core::MentionKind::Place, tr("Place")},
            {Core::MentionKind::Product, tr("Product")},
        };
        return kinds.value(mention->kind);
    }
    return Core::describeMention(*mention);
}

bool ReadingView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_text->cursorForPosition(help->pos()).position();
        const QString tip = toolTipAt(position);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString ReadingView::details() const
{
    return m_file->text();
}

void ReadingView::clear()
{
    m_title->clear();
    m_title->setVisible(false);
    m_file->clear();
    m_file->setVisible(false);
    m_article = {};
    m_annotations.clear();
    m_annotationSelections.clear();
    m_boilerplateSelections.clear();
    m_highlighter->setMentions({}, false);
    m_text->clear();
    m_text->setExtraSelections({});
}

void ReadingView::setTheme(const KSyntaxHighlighting::Theme& theme)
{
    m_highlighter->setTheme(theme);
    // The theme's editor colours make the page match the highlighting, light or dark.
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::Base,
                 QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight,
                 QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    m_text->setPalette(pal);
    m_highlighter->rehighlight();
}

QString ReadingView::text() const
{
    return m_text->toPlainText();
}

} // namespace Crosscheck::Ui
