#include "readingview.h"

#include "articles/article.h"
#include "articles/codepointmap.h"
#include "highlighting/contrast.h"
#include "highlighting/mentionhighlighter.h"
#include "proselayout.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QDropEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QToolButton>
#include <QToolTip>

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace Crosscheck::Ui {

namespace {
// Gives @p edit a document laid out as prose (ProseLayout) and returns it.
QTextDocument *proseDocument(QPlainTextEdit *edit)
{
    auto *document = new QTextDocument(edit);
    document->setDocumentLayout(new ProseLayout(document));
    edit->setDocument(document);
    return document;
}

// Qt lays out a paragraph whole, again at every repaint and highlight: a page saved without
// line breaks (megabytes in one line) would freeze the window. The view breaks such a line into
// paragraphs at a sentence's end, or at any space once a sentence runs on, by turning that one
// space into a line break: every position in the view is still the same position in the article.
QString displayText(const QString& text)
{
    constexpr qsizetype kLongest = 2000;
    QString out = text;
    qsizetype blockStart = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == u'\n') {
            blockStart = i + 1;
            continue;
        }
        if (c != u' ' || i - blockStart < kLongest || i == 0)
            continue;
        const QChar before = out[i - 1];
        const bool sentenceEnd = before == u'.' || before == u'!' || before == u'?' || before == u'"' ||
                                 before == u'\u201D';
        if (sentenceEnd || i - blockStart >= 2 * kLongest) {
            out[i] = u'\n';
            blockStart = i + 1;
        }
    }
    return out;
}
} // namespace

ReadingView::ReadingView(const KSyntaxHighlighting::Definition& definition, QWidget *parent)
    : QWidget(parent)
    , m_activeBar(new QFrame(this))
    , m_close(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_file(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new Core::MentionHighlighter(proseDocument(m_text)))
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
    m_basePointSize = prose.pointSizeF();
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setPlaceholderText(tr("Choose an article in the list to read it, or open a folder of articles "
                                  "(Ctrl+O). Help › Getting Started (F1) shows how the desk works."));

    m_highlighter->setDefinition(definition);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this);
    m_text->viewport()->setAcceptDrops(true);

    // A thin bar over the active pane.
    m_activeBar->setFixedHeight(3);
    m_activeBar->setAutoFillBackground(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                      QIcon(QStringLiteral(":/crosscheck/icons/actions/pane-close.svg"))));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this pane"));
    m_close->setAccessibleName(tr("Close pane"));
    m_close->setFocusPolicy(Qt::NoFocus);
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, &ReadingView::closeRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(2);
    layout->addWidget(m_activeBar);
    // Headline (when the text does not open with it) over the outlet line, the close button
    // beside both: with the headline hidden the outlet line moves up next to it.
    auto *header = new QGridLayout;
    header->setContentsMargins(0, 4, 0, 0);
    header->setVerticalSpacing(2);
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_file, 1, 0);
    header->addWidget(m_close, 0, 1, 2, 1, Qt::AlignTop);
    header->setColumnStretch(0, 1);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(m_text, 1);
    clear();
    setActive(false);
}

ReadingView::~ReadingView() = default;

void ReadingView::setActive(bool active)
{
    m_active = active;
    updateActiveBar();
}

void ReadingView::updateActiveBar()
{
    // The bar says where the keys go: full colour while the text has the keyboard focus, faded
    // over the active one of several panes when the focus is elsewhere (a panel, the list).
    QColor colour = palette().color(QPalette::Highlight);
    if (!m_text->hasFocus()) {
        if (m_active)
            colour.setAlpha(90);
        else
            colour = Qt::transparent;
    }
    QPalette pal = m_activeBar->palette();
    pal.setColor(QPalette::Window, colour);
    m_activeBar->setPalette(pal);
}

void ReadingView::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

void ReadingView::setTextZoom(int steps)
{
    QFont font = m_text->font();
    font.setPointSizeF(m_basePointSize * (1.0 + 0.1 * steps));
    m_text->setFont(font);
}

void ReadingView::showLinkedSentence(qsizetype start, qsizetype end)
{
    m_linkedSelections.clear();
    m_linked.reset();
    if (end > start && end <= m_article.text.size()) {
        m_linked = std::make_pair(start, end);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        QColor mark = palette().color(QPalette::Highlight);
        mark.setAlpha(60);
        selection.format.setBackground(mark);
        m_linkedSelections.append(selection);
        // Put the sentence in the middle of the pane without moving the keyboard focus.
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(start));
        const QSignalBlocker blocker(m_text);
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
    updateExtraSelections();
}

void ReadingView::setSearchTerms(const QStringList& terms)
{
    m_searchTerms = terms;
    m_searchSelections.clear();
    QColor hit = QColor::fromString(u"#ffab40");
    hit.setAlpha(150);
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        const QRegularExpression re(QStringLiteral("\\b") + QRegularExpression::escape(term),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(m_article.text); it.hasNext();) {
            const auto m = it.next();
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(int(m.capturedStart()));
            selection.cursor.setPosition(int(m.capturedEnd()), QTextCursor::KeepAnchor);
            selection.format.setBackground(hit);
            selection.format.setFontUnderline(true);
            m_searchSelections.append(selection);
        }
    }
    updateExtraSelections();
}

int ReadingView::currentSentence() const
{
    return m_article.sentenceAt(m_text->textCursor().selectionStart());
}

bool ReadingView::moveTo(Target target, bool forward)
{
    const qsizetype here = m_text->textCursor().selectionStart();
    QList<std::pair<qsizetype, qsizetype>> ranges;
    switch (target) {
    case Target::Sentence:
        for (const Core::Sentence& s : m_article.sentences) {
            if (!s.boilerplate)
                ranges.append({s.start, s.end});
        }
        break;
    case Target::Figure:
        for (const Core::Mention& m : m_highlighter->mentions()) {
            if (m.isFigure())
                ranges.append({m.start, m.end});
        }
        break;
    case Target::Annotation: {
        const Core::CodePointMap map(m_article.text);
        for (const Core::Annotation& a : m_annotations)
            ranges.append({map.toUtf16(a.start), map.toUtf16(a.end)});
        std::sort(ranges.begin(), ranges.end());
        break;
    }
    }
    std::optional<std::pair<qsizetype, qsizetype>> found;
    if (forward) {
        const auto it =
            std::find_if(ranges.cbegin(), ranges.cend(), [here](const auto& r) { return r.first > here; });
        if (it != ranges.cend())
            found = *it;
    } else {
        const auto it =
            std::find_if(ranges.crbegin(), ranges.crend(), [here](const auto& r) { return r.first < here; });
        if (it != ranges.crend())
            found = *it;
    }
    if (!found)
        return false;
    selectRange(found->first, found->second);
    return true;
}

void ReadingView::setArticle(const Core::Article& article, Position position)
{
    m_article = article;
    m_annotations.clear();
    m_annotationSelections.clear();
    m_linkedSelections.clear();
    m_linked.reset();
    m_title->setText(article.title);
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
    m_text->setPlainText(displayText(article.text));
    // A page's headline is usually its text's first line: shown once, set in bold as the text's
    // heading, and not again above it. A title the reader gave, or one the page states
    // elsewhere, stays above the text.
    const QTextBlock first = m_text->document()->firstBlock();
    const bool headlineFirst = !article.title.isEmpty() && first.text().trimmed() == article.title.trimmed();
    m_title->setVisible(!headlineFirst);
    if (headlineFirst) {
        QTextCursor heading(first);
        heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        heading.mergeCharFormat(bold);
    }
    dimBoilerplate(article);
    setSearchTerms(m_searchTerms);
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
    m_text->setExtraSelections(m_boilerplateSelections + m_linkedSelections + m_annotationSelections +
                               m_searchSelections);
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
        keepMentionsReadable(selection.cursor.selectionStart(), selection.cursor.selectionEnd(), background);
    }
    updateExtraSelections();
}

void ReadingView::keepMentionsReadable(int start, int end, const QColor& background)
{
    // A figure or name keeps its colour under a highlight only while it stays readable there
    // (WCAG's 4.5:1); otherwise the same hue, darker (amber on yellow turns amber-brown).
    const QColor under = Core::blended(background, m_text->palette().color(QPalette::Base));
    const QList<Core::Mention>& mentions = m_highlighter->mentions();
    auto it = std::lower_bound(mentions.begin(), mentions.end(), start,
                               [](const Core::Mention& m, int at) { return m.end <= at; });
    for (; it != mentions.end() && it->start < end; ++it) {
        const KSyntaxHighlighting::Format format = m_highlighter->format(it->kind);
        if (it->end <= start || !format.hasTextColor(m_highlighter->theme()))
            continue;
        const QColor written = format.textColor(m_highlighter->theme());
        const QColor readable = Core::readableOn(written, under);
        if (readable == written)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(std::max<qsizetype>(it->start, start)));
        selection.cursor.setPosition(int(std::min<qsizetype>(it->end, end)), QTextCursor::KeepAnchor);
        selection.format.setForeground(readable);
        m_annotationSelections.append(selection);
    }
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
    setAnnotations(QList(m_annotations)); // mentions under highlights keep readable colours
}

void ReadingView::selectRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // In the middle of the pane, with what comes before and after it: not on the edge.
    m_text->centerCursor();
    m_text->setFocus(Qt::OtherFocusReason);
}

qsizetype ReadingView::topPosition() const
{
    return m_text->cursorForPosition(QPoint(0, 0)).position();
}

void ReadingView::scrollToTop(qsizetype position)
{
    // From the end upwards: making a line above the pane visible puts it on the top line.
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->maximum());
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(std::clamp<qsizetype>(position, 0, m_text->document()->characterCount() - 1)));
    const QSignalBlocker blocker(m_text);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ReadingView::collapseSelection()
{
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_text->setTextCursor(cursor);
}

QString ReadingView::toolTipAt(qsizetype offset) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_annotationSelections.size() && i < m_annotations.size(); ++i) {
        const QTextCursor& c = m_annotationSelections[i].cursor;
        if (offset < c.selectionStart() || offset >= c.selectionEnd())
            continue;
        const Core::Annotation& a = m_annotations[i];
        QString tip = a.tags.isEmpty() ? tr("Highlight, no tags") : tr("Tags: %1").arg(a.tags.join(u", "));
        if (!a.note.trimmed().isEmpty())
            tip += u'\n' + a.note.trimmed();
        if (a.isPrivate)
            tip += u'\n' + (a.author.isEmpty() ? tr("Private: not shared with the team") : tr("Private to %1").arg(a.author));
        else if (!a.author.isEmpty())
            tip += u'\n' + tr("By %1").arg(a.author);
        parts.append(tip);
    }
    const QString mention = mentionToolTipAt(offset);
    if (!mention.isEmpty())
        parts.append(mention);
    return parts.join(u"\n\n");
}

QString ReadingView::mentionToolTipAt(qsizetype offset) const
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
    if (watched == m_text && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updateActiveBar();
    if (watched == m_text && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated();
    if (watched == m_text->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasFormat(QStringLiteral("application/x-crosscheck-article"))) {
            drag->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_text->viewport() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QByteArray path = drop->mimeData()->data(QStringLiteral("application/x-crosscheck-article"));
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT activated();
            Q_EMIT articleDropped(QString::fromUtf8(path));
            return true;
        }
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
    m_linkedSelections.clear();
    m_searchSelections.clear();
    m_linked.reset();
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
    setAnnotations(QList(m_annotations));
}

QString ReadingView::text() const
{
    return m_article.text;
}

} // namespace Crosscheck::Ui
