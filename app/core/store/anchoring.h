#pragma once

#include "annotation.h"

#include <optional>

namespace Crosscheck::Core {

/// Places annotations in article text, and again when the text changes on disk.
class Anchoring
{
public:
    static constexpr int kContext = 32; ///< characters of prefix and suffix kept

    /// How an annotation was placed.
    enum class Method
    {
        Position,
        Quote,
        Fuzzy
    };

    struct Placement
    {
        qsizetype start = 0; ///< UTF-16 offsets into the text
        qsizetype end = 0;
        Method method = Method::Position;
        double score = 1.0;
    };

    /// Fills exact, prefix, suffix, start and end (code points) of @p annotation for the UTF-16
    /// range [start, end) of @p text.
    static void describe(Annotation& annotation, const QString& text, qsizetype start, qsizetype end);

    /// Finds @p annotation in @p text: at its position if the quote is still there, else the exact
    /// quote (the occurrence whose context and position fit best), else a fuzzy match scored on
    /// quote, prefix, suffix and nearness that tolerates small edits. nullopt: an orphan.
    static std::optional<Placement> locate(const Annotation& annotation, const QString& text);

    /// Similarity of two strings in [0, 1] from their edit distance.
    static double similarity(QStringView a, QStringView b);
};

} // namespace Crosscheck::Core
