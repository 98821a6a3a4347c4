#include "mentionhighlighter.h"

#include <KSyntaxHighlighting/Definition>

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Crosscheck::Core {

MentionHighlighter::MentionHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{}

QString MentionHighlighter::formatName(MentionKind kind)
{
    QString name = mentionKindName(kind);
    name[0] = name[0].toUpper();
    return name;
}

void MentionHighlighter::setDefinition(const KSyntaxHighlighting::Definition& definition)
{
    m_formats.clear();
    const auto formats = definition.formats();
    for (int k = int(MentionKind::Money); k <= int(MentionKind::Product); ++k) {
        const QString name = formatName(MentionKind(k));
        const auto it =
            std::find_if(formats.cbegin(), formats.cend(),
                         [&name](const KSyntaxHighlighting::Format& f) { return f.name() == name; });
        if (it != formats.cend())
            m_formats.insert(MentionKind(k), *it);
    }
    KSyntaxHighlighting::SyntaxHighlighter::setDefinition(definition);
}

void MentionHighlighter::setMentions(const QList<Mention>& mentions, bool rehighlightNow)
{
    m_mentions = mentions;
    if (rehighlightNow)
        rehighlight();
}

const Mention *MentionHighlighter::mentionAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), offset,
                                     [](qsizetype o, const Mention& m) { return o < m.start; });
    if (it == m_mentions.cbegin())
        return nullptr;
    const Mention& candidate = *(it - 1);
    return offset < candidate.end ? &candidate : nullptr;
}

void MentionHighlighter::highlightBlock(const QString& text)
{
    // The spans come from the recogniser; the definition's own rules are not run.
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), blockStart,
                               [](const Mention& m, qsizetype start) { return m.end <= start; });
    for (; it != m_mentions.cend() && it->start < blockEnd; ++it) {
        const auto format = m_formats.constFind(it->kind);
        if (format == m_formats.cend())
            continue;
        const qsizetype from = std::max(it->start, blockStart) - blockStart;
        const qsizetype to = std::min(it->end, blockEnd) - blockStart;
        applyFormat(int(from), int(to - from), *format);
    }
}

} // namespace Crosscheck::Core
