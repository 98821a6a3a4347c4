#pragma once

#include <QPlainTextDocumentLayout>

namespace Crosscheck::Ui {

/// The reading view's text layout: QPlainTextEdit's, with room between lines. Prose reads better
/// at about 1.4 times the font's line height than at the tight spacing meant for code, but
/// QPlainTextDocumentLayout places lines itself and ignores QTextBlockFormat::lineHeight. This
/// moves each line of a block down once the base class has laid the block out, leaving a gap
/// above every line; line numbers, and so scrolling, stay as they are. Blocks are laid out
/// lazily through blockBoundingRect(), which is where the lines are spaced.
class ProseLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProseLayout)

public:
    explicit ProseLayout(QTextDocument *document, qreal lineSpacing = kDefaultLineSpacing);

    static constexpr qreal kDefaultLineSpacing = 1.4;

    /// Line height as a multiple of the font's own (1 = as QPlainTextEdit has it).
    qreal lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(qreal factor);

    QRectF blockBoundingRect(const QTextBlock& block) const override;

private:
    qreal m_lineSpacing;
};

} // namespace Crosscheck::Ui
