#pragma once

#include "articles/mention.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>

namespace Crosscheck::Core {

/// Colours a document with the spans the recogniser found, in the formats of the project's
/// syntax definition and the current KSyntaxHighlighting theme, so the reading view shows exactly
/// what `analyze` reports, in any theme.
class MentionHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionHighlighter)

public:
    explicit MentionHighlighter(QTextDocument *document);

    void setDefinition(const KSyntaxHighlighting::Definition& definition) override;
    /// Mentions with offsets into the document's plain text, sorted by start.
    void setMentions(const QList<Mention>& mentions, bool rehighlightNow = true);
    const QList<Mention>& mentions() const { return m_mentions; }
    /// The mention covering @p offset, or nullptr.
    const Mention *mentionAt(qsizetype offset) const;
    /// The definition's format for @p kind ("Money", "Person", …).
    KSyntaxHighlighting::Format format(MentionKind kind) const { return m_formats.value(kind); }
    static QString formatName(MentionKind kind);

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<Mention> m_mentions;
    QHash<MentionKind, KSyntaxHighlighting::Format> m_formats;
};

} // namespace Crosscheck::Core
