#pragma once

#include "article.h"

namespace Crosscheck::Core {

/// Finds the lines of an article that are not the story: promotional trailers, share and follow
/// prompts, site chrome, source and tag lines; and within a line, a photo's credit ("(AP
/// Photo/Evan Vucci)"). The text stays; the ranges are only flagged.
class BoilerplateDetector
{
public:
    /// Whole-line ranges (without the line break) and photo credits within lines, in text order.
    static QList<TextRange> detect(const QString& text);
    /// The photo credits in brackets within @p line, as offsets into it.
    static QList<TextRange> photoCredits(QStringView line);

    /// Whether one line on its own reads as boilerplate.
    static bool isBoilerplateLine(QStringView line);
    /// Whether a line starts a promotional trailer: it and everything after it is boilerplate.
    static bool startsTrailer(QStringView line);
    /// A short line of comma-separated keywords, such as a page's tags.
    static bool isTagLine(QStringView line);
};

} // namespace Crosscheck::Core
