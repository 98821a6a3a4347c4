#include "spancollector.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Crosscheck::Core {

SpanCollector::SpanCollector(const KSyntaxHighlighting::Definition& definition)
{
    setDefinition(definition);
}

QList<FormatSpan> SpanCollector::collect(const QString& text)
{
    m_spans.clear();
    KSyntaxHighlighting::State state;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        m_lineStart = start;
        state = highlightLine(QStringView(text).sliced(start, end - start), state);
        start = end + 1;
    }
    return m_spans;
}

void SpanCollector::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    if (length <= 0 || !format.isValid() || format.textStyle() == KSyntaxHighlighting::Theme::Normal)
        return;
    const qsizetype start = m_lineStart + offset;
    if (!m_spans.isEmpty()) {
        FormatSpan& last = m_spans.last();
        if (last.format == format.name() && last.start + last.length == start) {
            last.length += length;
            return;
        }
    }
    m_spans.append({start, length, format.name()});
}

} // namespace Crosscheck::Core
