#include "units.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core::Units {

namespace {

struct Entry
{
    const char16_t *written;
    const char16_t *canonical;
    double factor;
    double offset = 0;
};

// Written forms, then the canonical unit and the factor to it. Imperial and US units are
// converted so that "50 miles" and "80 km" compare.
const Entry entries[] = {
    // length → m
    {u"mm", u"m", 1e-3}, {u"millimetre", u"m", 1e-3}, {u"millimetres", u"m", 1e-3}, {u"millimeter", u"m", 1e-3},
    {u"millimeters", u"m", 1e-3}, {u"cm", u"m", 1e-2}, {u"centimetre", u"m", 1e-2}, {u"centimetres", u"m", 1e-2},
    {u"centimeter", u"m", 1e-2}, {u"centimeters", u"m", 1e-2}, {u"metre", u"m", 1}, {u"metres", u"m", 1},
    {u"meter", u"m", 1}, {u"meters", u"m", 1}, {u"km", u"m", 1e3}, {u"kilometre", u"m", 1e3},
    {u"kilometres", u"m", 1e3}, {u"kilometer", u"m", 1e3}, {u"kilometers", u"m", 1e3}, {u"inch", u"m", 0.0254},
    {u"inches", u"m", 0.0254}, {u"ft", u"m", 0.3048}, {u"foot", u"m", 0.3048}, {u"feet", u"m", 0.3048},
    {u"yard", u"m", 0.9144}, {u"yards", u"m", 0.9144}, {u"yd", u"m", 0.9144}, {u"mile", u"m", 1609.344},
    {u"miles", u"m", 1609.344}, {u"nautical mile", u"m", 1852}, {u"nautical miles", u"m", 1852},
    // mass → kg
    {u"mg", u"kg", 1e-6}, {u"milligram", u"kg", 1e-6}, {u"milligrams", u"kg", 1e-6}, {u"g", u"kg", 1e-3},
    {u"gram", u"kg", 1e-3}, {u"grams", u"kg", 1e-3}, {u"kg", u"kg", 1}, {u"kilogram", u"kg", 1},
    {u"kilograms", u"kg", 1}, {u"kilo", u"kg", 1}, {u"kilos", u"kg", 1}, {u"tonne", u"kg", 1e3},
    {u"tonnes", u"kg", 1e3}, {u"metric ton", u"kg", 1e3}, {u"metric tons", u"kg", 1e3}, {u"ton", u"kg", 907.18474},
    {u"tons", u"kg", 907.18474}, {u"lb", u"kg", 0.45359237}, {u"lbs", u"kg", 0.45359237},
    {u"pound", u"kg", 0.45359237}, {u"pounds", u"kg", 0.45359237}, // money when the text says so (FigureRecognizer)
    {u"oz", u"kg", 0.028349523}, {u"ounce", u"kg", 0.028349523}, {u"ounces", u"kg", 0.028349523},
    // volume → L
    {u"ml", u"L", 1e-3}, {u"mL", u"L", 1e-3}, {u"millilitre", u"L", 1e-3}, {u"millilitres", u"L", 1e-3},
    {u"milliliter", u"L", 1e-3}, {u"milliliters", u"L", 1e-3}, {u"litre", u"L", 1}, {u"litres", u"L", 1},
    {u"liter", u"L", 1}, {u"liters", u"L", 1}, {u"gallon", u"L", 3.785411784}, {u"gallons", u"L", 3.785411784},
    {u"barrel", u"L", 158.987294928}, {u"barrels", u"L", 158.987294928}, {u"cubic metres", u"L", 1e3},
    {u"cubic meters", u"L", 1e3}, {u"cubic metre", u"L", 1e3}, {u"cubic meter", u"L", 1e3},
    {u"cubic feet", u"L", 28.316846592}, {u"cubic foot", u"L", 28.316846592},
    // power → W
    // (written out with a prefix, "terawatt-hours", in table())
    {u"W", u"W", 1}, {u"kW", u"W", 1e3}, {u"MW", u"W", 1e6}, {u"GW", u"W", 1e9}, {u"TW", u"W", 1e12},
    {u"hp", u"W", 745.7}, {u"horsepower", u"W", 745.7},
    // energy → Wh
    {u"Wh", u"Wh", 1}, {u"kWh", u"Wh", 1e3}, {u"MWh", u"Wh", 1e6}, {u"GWh", u"Wh", 1e9}, {u"TWh", u"Wh", 1e12},
    // frequency → Hz
    {u"Hz", u"Hz", 1}, {u"hertz", u"Hz", 1}, {u"kHz", u"Hz", 1e3}, {u"MHz", u"Hz", 1e6}, {u"GHz", u"Hz", 1e9},
    // data → B
    {u"bytes", u"B", 1}, {u"KB", u"B", 1e3}, {u"kB", u"B", 1e3}, {u"kilobytes", u"B", 1e3}, {u"MB", u"B", 1e6},
    {u"megabytes", u"B", 1e6}, {u"GB", u"B", 1e9}, {u"gigabytes", u"B", 1e9}, {u"TB", u"B", 1e12},
    {u"terabytes", u"B", 1e12}, {u"PB", u"B", 1e15}, {u"petabytes", u"B", 1e15},
    // temperature → °C
    {u"°C", u"°C", 1}, {u"ºC", u"°C", 1}, {u"degrees Celsius", u"°C", 1}, {u"degrees C", u"°C", 1},
    {u"deg C", u"°C", 1}, {u"deg celsius", u"°C", 1}, {u"degrees centigrade", u"°C", 1},
    {u"deg F", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"deg fahrenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    {u"°F", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"ºF", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    {u"degrees Fahrenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"degrees F", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    // "95F", "35C", as weather reports write them (the recogniser takes them only written onto the
    // number); "40 degrees", "a 100-degree day": degrees of a scale the text does not name.
    {u"F", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"C", u"°C", 1}, {u"degrees", u"°", 1}, {u"degree", u"°", 1},
    {u"°", u"°", 1}, {u"º", u"°", 1}, {u"° Celsius", u"°C", 1}, {u"° C", u"°C", 1},
    {u"° Fahrenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"° F", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    {u"Celsius", u"°C", 1}, {u"centigrade", u"°C", 1}, {u"degree Celsius", u"°C", 1}, {u"celcius", u"°C", 1},
    {u"degrees celcius", u"°C", 1}, {u"Fahrenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    {u"degree Fahrenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"farenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    {u"degrees farenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0}, {u"degree farenheit", u"°C", 5.0 / 9.0, -32 * 5.0 / 9.0},
    // speed → km/h
    {u"km/h", u"km/h", 1}, {u"kph", u"km/h", 1}, {u"kmh", u"km/h", 1}, {u"mph", u"km/h", 1.609344},
    {u"miles per hour", u"km/h", 1.609344}, {u"kilometres per hour", u"km/h", 1}, {u"kilometers per hour", u"km/h", 1},
    {u"knots", u"km/h", 1.852}, {u"m/s", u"km/h", 3.6}, {u"miles an hour", u"km/h", 1.609344},
    {u"mile an hour", u"km/h", 1.609344}, {u"kilometres an hour", u"km/h", 1}, {u"kilometers an hour", u"km/h", 1},
    {u"km an hour", u"km/h", 1}, {u"km per hour", u"km/h", 1},
    // area → m²
    {u"square feet", u"m²", 0.09290304}, {u"sq ft", u"m²", 0.09290304}, {u"square metres", u"m²", 1},
    {u"square meters", u"m²", 1}, {u"m²", u"m²", 1}, {u"square kilometres", u"m²", 1e6},
    {u"square kilometers", u"m²", 1e6}, {u"km²", u"m²", 1e6}, {u"km2", u"m²", 1e6}, {u"square miles", u"m²", 2589988.110336},
    // singular, as an adjective writes it: "a 30,000-square-foot store", "a 2-square-mile fire"
    {u"square foot", u"m²", 0.09290304}, {u"square-foot", u"m²", 0.09290304}, {u"sq. ft.", u"m²", 0.09290304},
    {u"square metre", u"m²", 1}, {u"square-metre", u"m²", 1}, {u"square meter", u"m²", 1}, {u"square-meter", u"m²", 1},
    {u"square kilometre", u"m²", 1e6}, {u"square-kilometre", u"m²", 1e6}, {u"square kilometer", u"m²", 1e6},
    {u"square-kilometer", u"m²", 1e6}, {u"square mile", u"m²", 2589988.110336}, {u"square-mile", u"m²", 2589988.110336},
    {u"acre", u"m²", 4046.8564224}, {u"acres", u"m²", 4046.8564224}, {u"hectare", u"m²", 1e4},
    {u"hectares", u"m²", 1e4},
    // food energy → kcal (a "calorie" on a label is a kilocalorie); sound level → dB
    {u"calorie", u"kcal", 1}, {u"calories", u"kcal", 1}, {u"kcal", u"kcal", 1}, {u"kilocalories", u"kcal", 1},
    {u"dB", u"dB", 1}, {u"decibel", u"dB", 1}, {u"decibels", u"dB", 1},
    // fuel economy → km/L; oil output as the trade writes it → L/d (other rates: FigureRecognizer)
    {u"mpg", u"km/L", 1.609344 / 3.785411784}, {u"miles per gallon", u"km/L", 1.609344 / 3.785411784},
    {u"miles a gallon", u"km/L", 1.609344 / 3.785411784}, {u"km/l", u"km/L", 1},
    {u"kilometres per litre", u"km/L", 1}, {u"kilometers per liter", u"km/L", 1},
    {u"bpd", u"L/d", 158.987294928}, {u"b/d", u"L/d", 158.987294928},
    // an earthquake's magnitude ("a magnitude 6.2 quake", "the 7.1-magnitude quake")
    {u"magnitude", u"magnitude", 1},
};

// Symbols whose case carries meaning ("MB" megabytes, "mb" is nothing; "W" watts).
bool caseMatters(QStringView w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isUpper(); }) && w.size() <= 3;
}

const QHash<QString, Unit>& table()
{
    static const QHash<QString, Unit> t = [] {
        QHash<QString, Unit> out;
        for (const Entry& e : entries) {
            const QString w = QString::fromUtf16(e.written);
            const Unit u{QString::fromUtf16(e.canonical), e.factor, e.offset};
            out.insert(caseMatters(w) ? w : w.toLower(), u);
        }
        // Watts and watt-hours written out, with every SI prefix news uses ("gigawatts",
        // "terawatt-hours", "megawatt hour").
        const std::pair<const char16_t *, double> prefixes[] = {
            {u"", 1}, {u"kilo", 1e3}, {u"mega", 1e6}, {u"giga", 1e9}, {u"tera", 1e12}};
        for (const auto& [prefix, factor] : prefixes) {
            const QString watt = QString::fromUtf16(prefix) + QStringLiteral("watt");
            for (const QString& power : {watt, QString(watt + u's')})
                out.insert(power, Unit{QStringLiteral("W"), factor, 0});
            for (const char16_t *hour : {u"-hour", u"-hours", u" hour", u" hours"})
                out.insert(watt + QString::fromUtf16(hour), Unit{QStringLiteral("Wh"), factor, 0});
        }
        return out;
    }();
    return t;
}

QString plain(double v)
{
    QString s = QLocale::c().toString(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

} // namespace

std::optional<Unit> lookup(QStringView written)
{
    QString key = written.toString().simplified();
    if (const auto it = table().constFind(key); it != table().cend())
        return *it;
    if (const auto it = table().constFind(key.toLower()); it != table().cend() && !caseMatters(key))
        return *it;
    return std::nullopt;
}

QString describe(double value, const QString& canonical)
{
    struct Step
    {
        double factor;
        const char16_t *name;
    };
    const double a = std::abs(value);
    if (canonical == u"m") {
        if (a >= 1000)
            return plain(value / 1000) + QStringLiteral(" km");
        if (a < 1)
            return plain(value * 100) + QStringLiteral(" cm");
        return plain(value) + QStringLiteral(" m");
    }
    if (canonical == u"kg" && a >= 1000)
        return plain(value / 1000) + QStringLiteral(" t");
    if (canonical == u"W" || canonical == u"Wh" || canonical == u"Hz" || canonical == u"B") {
        static const Step steps[] = {{1e15, u"P"}, {1e12, u"T"}, {1e9, u"G"}, {1e6, u"M"}, {1e3, u"k"}};
        for (const Step& s : steps) {
            if (a >= s.factor)
                return plain(value / s.factor) + u' ' + QString::fromUtf16(s.name) + canonical;
        }
    }
    if (canonical == u"°")
        return plain(value) + canonical; // "40°"
    if (canonical == u"m²" && a >= 1e6)
        return plain(value / 1e6) + QStringLiteral(" km²");
    return plain(value) + u' ' + canonical;
}

} // namespace Crosscheck::Core::Units
