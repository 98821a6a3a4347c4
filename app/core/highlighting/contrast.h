#pragma once

#include <QColor>

namespace Crosscheck::Core {

/// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

/// `over` painted with its alpha on the opaque `under`.
QColor blended(const QColor& over, const QColor& under);

/// `text` itself when it reaches `minimum` contrast on `background`, otherwise the same hue made
/// darker (on a light background) or lighter (on a dark one) until it does: amber figures stay
/// amber-brown on a yellow highlight instead of fading into it.
QColor readableOn(const QColor& text, const QColor& background, double minimum = 4.5);

} // namespace Crosscheck::Core
