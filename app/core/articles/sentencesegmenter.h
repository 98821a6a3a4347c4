#pragma once

#include "article.h"

namespace Crosscheck::Core {

/// Cuts news text into sentences. Every non-empty line is at least one unit, so headings, bullets
/// and datelines stand alone; inside a line, a full stop, question or exclamation mark (with any
/// closing quotes and brackets) ends a sentence unless it belongs to an abbreviation, an initial,
/// a number or an address. A full stop glued to a capitalised word ("Tmall.AI model") also ends one.
class SentenceSegmenter
{
public:
    /// Sentences in text order, trimmed of surrounding white space; boilerplate flags are false.
    static QList<Sentence> split(const QString& text);
    /// Same, for the line [lineStart, lineEnd) of @p text.
    static void splitLine(const QString& text, qsizetype lineStart, qsizetype lineEnd, QList<Sentence>& out);
};

} // namespace Crosscheck::Core
