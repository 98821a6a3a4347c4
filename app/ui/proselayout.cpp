#include "proselayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Crosscheck::Ui {

ProseLayout::ProseLayout(QTextDocument *document, qreal lineSpacing)
    : QPlainTextDocumentLayout(document)
    , m_lineSpacing(std::max<qreal>(1, lineSpacing))
{}

void ProseLayout::setLineSpacing(qreal factor)
{
    factor = std::max<qreal>(1, factor);
    if (qFuzzyCompare(factor, m_lineSpacing))
        return;
    m_lineSpacing = factor;
    document()->markContentsDirty(0, document()->characterCount()); // every block laid out again
}

QRectF ProseLayout::blockBoundingRect(const QTextBlock& block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block); // lays the block out if needed
    QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    // The base class puts the first line at the top; once spaced it sits one gap lower. A block
    // laid out afresh (new text, new width, new formats) is spaced here, once.
    if (!layout || layout->lineCount() == 0 || m_lineSpacing <= 1 || layout->lineAt(0).y() > 0)
        return rect;
    qreal y = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        y += std::round(line.height() * (m_lineSpacing - 1));
        line.setPosition(QPointF(line.x(), y));
        y += line.height();
    }
    return QPlainTextDocumentLayout::blockBoundingRect(block);
}

} // namespace Crosscheck::Ui
