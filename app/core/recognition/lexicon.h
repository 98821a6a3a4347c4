#pragma once

#include <QSet>
#include <QString>

namespace Crosscheck::Core {

/// Word lists the name recogniser leans on, read once from distribution packages: the English
/// dictionary (wamerican: /usr/share/dict/words) tells common words from names, and iso-codes
/// (ISO 3166-1 countries, 3166-2 subdivisions) names places. Missing files leave a list empty;
/// recognition then relies on its rules alone. Thread-safe after construction.
class Lexicon
{
public:
    static const Lexicon& instance();

    /// Whether @p word (any case) is an ordinary lower-case English word ("meta", "apple").
    bool isCommonWord(QStringView word) const;
    /// Whether the dictionary lists @p word only capitalised ("Beijing", "Microsoft").
    bool isProperNoun(QStringView word) const;
    bool isPlace(QStringView name) const;
    bool hasDictionary() const { return !m_common.isEmpty(); }
    bool hasPlaces() const { return m_places.size() > 100; }

private:
    Lexicon();

    QSet<QString> m_common;
    QSet<QString> m_proper;
    QSet<QString> m_places;
};

} // namespace Crosscheck::Core
