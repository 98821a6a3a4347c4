#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QString>

namespace Crosscheck::Core {

/// A span of text the syntax definition gave a named format.
struct FormatSpan
{
    qsizetype start = 0; ///< offset in UTF-16 code units in the whole text
    qsizetype length = 0;
    QString format; ///< the definition's itemData name, such as "Money"

    QString textIn(const QString& text) const { return text.mid(start, length); }
};

/// Runs a KSyntaxHighlighting definition over text without a document and reports the formatted
/// spans, so the same definition that colours the reading view can be checked and reused headlessly.
class SpanCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit SpanCollector(const KSyntaxHighlighting::Definition& definition);

    /// Every span whose format is not the definition's default text format; adjacent pieces of
    /// one format are merged.
    QList<FormatSpan> collect(const QString& text);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    QList<FormatSpan> m_spans;
    qsizetype m_lineStart = 0;
};

} // namespace Crosscheck::Core
