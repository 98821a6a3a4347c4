#include "lexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
QByteArray readFirst(const QStringList& candidates)
{
    for (const QString& path : candidates) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    return {};
}

QString dataDir()
{
    const QByteArray env = qgetenv("CROSSCHECK_SYSTEM_DATA");
    return env.isEmpty() ? QStringLiteral("/usr/share") : QString::fromLocal8Bit(env);
}
} // namespace

WordKey::WordKey(QStringView word, Case wanted)
{
    const bool fold =
        wanted == Lower && std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper(); });
    if (!fold) {
        m_key = QString::fromRawData(word.data(), word.size());
        return;
    }
    m_folded.resize(word.size());
    std::transform(word.cbegin(), word.cend(), m_folded.begin(), [](QChar c) { return c.toLower(); });
    m_key = QString::fromRawData(m_folded.constData(), m_folded.size());
}

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    const QByteArray words = readFirst(
        {dataDir() + QStringLiteral("/dict/american-english"), dataDir() + QStringLiteral("/dict/words")});
    for (const QByteArray& line : words.split('\n')) {
        if (line.isEmpty() || line.contains('\''))
            continue;
        const QString word = QString::fromUtf8(line);
        if (word.front().isLower())
            m_common.insert(word);
        else
            m_proper.insert(word);
    }

    // Places: countries by every name ISO gives them, their subdivisions, and the short forms
    // news uses.
    static const QRegularExpression suffix(
        QStringLiteral("\\s+(?:Shi|Sheng|Zizhiqu|Province|State|Region|Oblast|Prefecture|County)$"));
    const QString iso = dataDir() + QStringLiteral("/iso-codes/json/");
    const QJsonObject countries =
        QJsonDocument::fromJson(readFirst({iso + QStringLiteral("iso_3166-1.json")})).object();
    for (const auto& value : countries.value(QStringLiteral("3166-1")).toArray()) {
        const QJsonObject c = value.toObject();
        for (const char *key : {"name", "common_name", "official_name"}) {
            QString name = c.value(QLatin1StringView(key)).toString();
            if (name.isEmpty())
                continue;
            m_countries.insert(name);
            if (const qsizetype comma = name.indexOf(u','); comma > 0)
                m_countries.insert(name.left(comma));
        }
    }
    const QJsonObject subdivisions =
        QJsonDocument::fromJson(readFirst({iso + QStringLiteral("iso_3166-2.json")})).object();
    for (const auto& value : subdivisions.value(QStringLiteral("3166-2")).toArray()) {
        QString name = value.toObject().value(QStringLiteral("name")).toString();
        name.remove(suffix);
        // "Meta" is a Colombian department and a company; a subdivision that is also an
        // ordinary word is too risky to call a place.
        if (name.size() > 2 && !m_common.contains(name.toLower()))
            m_places.insert(name);
    }
    // The nations news names by short forms ISO does not give (and the home nations, which field
    // their own sides).
    for (const char *alias : {"US", "U.S.", "USA", "U.S.A.", "America", "UK", "U.K.", "Britain", "Great Britain",
                              "England", "Scotland", "Wales", "Northern Ireland", "Taiwan", "Russia", "South Korea",
                              "North Korea", "Iran", "Syria", "Vietnam", "Czech Republic", "Bolivia", "Venezuela",
                              "Tanzania", "Moldova", "Holland", "Ivory Coast"})
        m_countries.insert(QString::fromLatin1(alias));
    m_places.unite(m_countries);
    for (const char *alias : {"US",
                              "U.S.",
                              "USA",
                              "U.S.A.",
                              "America",
                              "UK",
                              "U.K.",
                              "Britain",
                              "Great Britain",
                              "England",
                              "Scotland",
                              "Wales",
                              "Europe",
                              "Asia",
                              "Africa",
                              "Middle East",
                              "Latin America",
                              "South America",
                              "North America",
                              "Hong Kong",
                              "Macau",
                              "Taiwan",
                              "Russia",
                              "South Korea",
                              "North Korea",
                              "Iran",
                              "Syria",
                              "Vietnam",
                              "Washington",
                              "New York",
                              "London",
                              "Beijing",
                              "Shanghai",
                              "Shenzhen",
                              "Hangzhou",
                              "Tokyo",
                              "Paris",
                              "Berlin",
                              "Brussels",
                              "Moscow",
                              "Silicon Valley",
                              "Mainland China",
                              "Gulf",
                              "Washington D.C.",
                              "D.C.",
                              "Los Angeles",
                              "LA",
                              "Houston",
                              "Paris"})
        m_places.insert(QString::fromLatin1(alias));
}

bool Lexicon::isCommonWord(QStringView word) const
{
    return WordKey(word, WordKey::Lower).in(m_common);
}

bool Lexicon::isProperNoun(QStringView word) const
{
    return WordKey(word).in(m_proper) && !isCommonWord(word);
}

bool Lexicon::isPlace(QStringView name) const
{
    return WordKey(name).in(m_places);
}

bool Lexicon::isCountry(QStringView name) const
{
    return WordKey(name).in(m_countries);
}

} // namespace Crosscheck::Core
