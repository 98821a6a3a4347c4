#pragma once

#include "articles/article.h"
#include "articles/mention.h"

namespace Crosscheck::Core {

/// Finds figures in news prose and gives them values: money with its ISO 4217 currency,
/// percentages, plain and written numbers, dates and years (also relative ones, quarters and
/// months alone), durations, clock times, and quantities with units converted to a canonical
/// unit; changes ("rose by $5 billion") are marked. Telephone numbers, street numbers, postcodes
/// and identifiers ("flight 370") are not figures. Ranges and qualifiers
/// ("over", "nearly", "as much as") included. Digits inside names (GPT-4o, Qwen 2.5-Max,
/// DeepSeek-V3), list markers and addresses are not figures. Stateless and thread-safe.
class FigureRecognizer
{
public:
    /// Figures of @p text, in order, not overlapping; sentence indexes are left at -1.
    static QList<Mention> recognize(const QString& text);
    /// The same, with dates said relative to @p published ("last year", "a week ago", "the third
    /// quarter") resolved to ISO values; unresolved when @p published is not valid.
    static QList<Mention> recognize(const QString& text, QDate published);
    /// The same figures found by running every pattern over the whole text instead of only where
    /// a figure can start; slower, kept as the reference recognize() is tested against.
    static QList<Mention> recognizeScanningWholeText(const QString& text);

    /// The value of "seven", "twenty-five", "three hundred", "seven million"; nullopt otherwise.
    static std::optional<double> parseWrittenNumber(QStringView words);
    /// ISO 4217 code for a currency sign, code or word ("$", "US$", "yuan", "euros", "RMB").
    static QString currencyCode(QStringView token);
};

} // namespace Crosscheck::Core
