#pragma once

#include <QList>
#include <QString>

namespace Crosscheck::Core {

/// Converts between the UTF-16 offsets Qt uses inside and the Unicode code-point offsets the
/// analysis contract and the W3C selectors use outside. Built once per text; each lookup is a
/// binary search over the text's surrogate pairs.
class CodePointMap
{
public:
    explicit CodePointMap(const QString& text);
    qsizetype toCodePoints(qsizetype utf16Offset) const;
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    QList<qsizetype> m_surrogateHighs; ///< UTF-16 offsets of the high surrogates, ascending
    qsizetype m_size = 0;
};

} // namespace Crosscheck::Core
