#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Crosscheck::Core::Units {

/// A unit of measure as news writes it, and how to bring its amounts to the canonical unit of
/// its dimension: canonical = amount × factor + offset.
struct Unit
{
    QString canonical; ///< "m", "kg", "L", "W", "Wh", "Hz", "B", "°C", "km/h", "m²"
    double factor = 1;
    double offset = 0;
};

/// The unit written @p written ("miles", "ft", "kWh", "°F", "km/h"); nullopt when it is none.
/// Symbols are matched as written (case matters: "MB" is not "mb"); words in any case.
std::optional<Unit> lookup(QStringView written);

/// A canonical amount as a reader would say it: 80467 m → "80.5 km", 2.56e11 B → "256 GB".
QString describe(double value, const QString& canonical);

} // namespace Crosscheck::Core::Units
