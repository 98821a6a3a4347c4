#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "term.h"

#include <cmath>
#include <limits>
#include <optional>

namespace Crosscheck::Core {

/// What a mention names or measures. The names are the analysis contract's `kind` values.
enum class MentionKind
{
    Money,
    Percent,
    Number,
    Date,
    Duration,
    Time,     ///< a clock time: value in hours since midnight, normalized "18:30"
    Quantity, ///< a measure with a unit: value in the canonical unit (m, kg, L, W, Wh, Hz, B, °C, km/h, m²)
    Person,
    Organization,
    Place,
    Product
};

/// A figure or a name found in an article's text.
/// One figure or name in an article's text. 96 bytes: a page dense with figures holds millions
/// (the texts it carries are Terms, the fields ordered to leave no gaps).
struct Mention
{
    qsizetype start = 0; ///< UTF-16 offset into the article text
    qsizetype end = 0;   ///< one past the last character
    MentionKind kind = MentionKind::Number;
    int sentence = -1;  ///< index of the sentence the mention is in
    /// Figures: the value in whole units (53e9 for "$53 billion", 8 for "8%", 2025 for a year);
    /// NaN for names and for dates without a year.
    double value = std::numeric_limits<double>::quiet_NaN();
    std::optional<double> valueMax; ///< the high end of a range
    Term unit; ///< ISO 4217 code for money, "%" for percentages, "year" etc. for durations, the canonical unit of a quantity
    Term approx;     ///< qualifier the text gives: "over", "around", "nearly", "as much as", …
    Term normalized; ///< dates: ISO "2025-03-14", "2025-03", "2025", "2025-Q3", "--07"; times "18:30", a game clock "PT6M11S"
    Term writtenUnit; ///< quantities: the unit as the text writes it ("miles", "ft", "kWh")
    /// Dates said relative to the article's publication ("last year" -1Y, "a week ago" -7D,
    /// "next month" +1M); normalized holds the resolved date when the publication date is known.
    Term relative;
    bool change = false; ///< "rose by $5 billion": the amount of a change, not a level

    qsizetype length() const { return end - start; }
    bool isFigure() const { return kind <= MentionKind::Quantity; }
    /// A time read off a game clock ("with 6:11 to go"): minutes left, no time of day.
    bool isGameClock() const { return kind == MentionKind::Time && unit == gameClockUnit(); }
    static QString gameClockUnit() { return QStringLiteral("game clock"); }
    bool hasValue() const { return !std::isnan(value); }
    friend bool operator==(const Mention&, const Mention&) = default;
};

/// "money", "percent", … as the analysis contract writes them.
QString mentionKindName(MentionKind kind);
std::optional<MentionKind> mentionKindFromName(QStringView name);

/// The value as a reader would say it: "53,000,000,000 USD", "range 60–65 bn USD", "over 8%".
QString describeMention(const Mention& mention);
/// describeMention() without the qualifier: "around $65 billion" and "approximately $65 billion"
/// give the same figure, and so the same key.
QString describeValue(const Mention& mention);

} // namespace Crosscheck::Core

// A mention's members (numbers, QString, std::optional<double>) may be moved in memory as they are:
// lists of mentions grow without copying each one.
Q_DECLARE_TYPEINFO(Crosscheck::Core::Mention, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Crosscheck::Core::Mention)
