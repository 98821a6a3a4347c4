#pragma once

#include <QString>

namespace Crosscheck::Core::MarkdownInline {

/// The readable text of one line of Markdown: images and links become their text, emphasis,
/// strong emphasis and code lose their marks, inline HTML tags go. Linear in the line's length
/// however many marks are left unclosed (a pattern per mark would scan to the line's end from
/// each opener, which on a long line of unclosed marks is quadratic).
QString toText(const QString& line);

} // namespace Crosscheck::Core::MarkdownInline
