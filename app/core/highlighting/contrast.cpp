#include "contrast.h"

#include <cmath>

namespace Crosscheck::Core {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blended(const QColor& over, const QColor& under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
                            float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

QColor readableOn(const QColor& text, const QColor& background, double minimum)
{
    QColor colour = text;
    colour.setAlpha(255);
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    const bool darken = luminance(background) > 0.18;
    float h = 0, s = 0, l = 0, a = 1;
    colour.getHslF(&h, &s, &l, &a);
    for (int step = 0; step < 20 && contrastRatio(colour, background) < minimum; ++step) {
        l = darken ? std::max(0.0f, l - 0.05f) : std::min(1.0f, l + 0.05f);
        colour = QColor::fromHslF(h, s, l);
    }
    return colour;
}

} // namespace Crosscheck::Core
