#include "article.h"

#include <algorithm>

namespace Crosscheck::Core {

QString Article::sourceName() const
{
    if (!outlet.isEmpty())
        return outlet;
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const qsizetype dot = relativePath.lastIndexOf(u'.');
    // A leading dot names a hidden file, not an extension.
    return dot > slash + 1 ? relativePath.first(dot) : relativePath;
}

int Article::sentenceAt(qsizetype offset) const
{
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), offset,
                                     [](qsizetype o, const Sentence& s) { return o < s.end; });
    if (it == sentences.cend() || offset < it->start)
        return -1;
    return int(it - sentences.cbegin());
}

bool Article::isBoilerplate(qsizetype offset) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
                       [offset](const TextRange& r) { return r.contains(offset); });
}

} // namespace Crosscheck::Core
