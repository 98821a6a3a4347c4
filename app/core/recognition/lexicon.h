#pragma once

#include <QSet>
#include <QString>
#include <QVarLengthArray>

namespace Crosscheck::Core {

/// A word as a key for sets of QString without a copy on the heap: the word's own characters
/// when they are already as wanted, otherwise folded to lower case in a buffer on the stack.
/// Lives no longer than the text it views; neither copied nor moved, as the key may point into it.
class WordKey
{
public:
    enum Case { AsIs, Lower };
    explicit WordKey(QStringView word, Case wanted = AsIs);
    WordKey(const WordKey&) = delete;
    WordKey& operator=(const WordKey&) = delete;

    const QString& key() const { return m_key; }
    bool in(const QSet<QString>& set) const { return set.contains(m_key); }
    friend bool operator==(const WordKey& k, QStringView other) { return QStringView(k.m_key) == other; }

private:
    QVarLengthArray<QChar, 32> m_folded;
    QString m_key;
};

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
    /// Whether @p name is a country's (ISO 3166-1, or a short form news uses: "U.S.", "England").
    bool isCountry(QStringView name) const;
    bool hasDictionary() const { return !m_common.isEmpty(); }
    bool hasPlaces() const { return m_places.size() > 100; }

private:
    Lexicon();

    QSet<QString> m_common;
    QSet<QString> m_proper;
    QSet<QString> m_places;
    QSet<QString> m_countries;
};

} // namespace Crosscheck::Core
