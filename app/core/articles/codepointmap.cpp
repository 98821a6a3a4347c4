#include "codepointmap.h"

#include <algorithm>

namespace Crosscheck::Core {

CodePointMap::CodePointMap(const QString& text)
    : m_size(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            m_surrogateHighs.append(i++);
    }
}

qsizetype CodePointMap::toCodePoints(qsizetype utf16Offset) const
{
    const auto before = std::lower_bound(m_surrogateHighs.cbegin(), m_surrogateHighs.cend(), utf16Offset);
    return utf16Offset - (before - m_surrogateHighs.cbegin());
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    // The k-th pair (from 0) starts at code point m_surrogateHighs[k] - k.
    qsizetype low = 0, high = m_surrogateHighs.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_surrogateHighs[mid] - mid < codePoint)
            low = mid + 1;
        else
            high = mid;
    }
    return std::clamp<qsizetype>(codePoint + low, 0, m_size);
}

} // namespace Crosscheck::Core
