#include "article.h"

#include <algorithm>

namespace Crosscheck::Core {

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
