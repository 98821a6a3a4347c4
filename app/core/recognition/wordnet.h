#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QList>
#include <QString>

#include <optional>

namespace Crosscheck::Core {

/// Princeton WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet), read once: a
/// word's concepts are the synsets of its first senses, their direct hypernyms and the synsets
/// derivationally related to them ("invest" meets "spend", "investment" meets "invest"). Words
/// are reduced to their base form with WordNet's exception lists and detachment rules. Missing
/// files leave it empty; matching then relies on stems alone. Thread-safe after construction.
class WordNet
{
public:
    static const WordNet& instance();
    bool isEmpty() const { return m_index.isEmpty(); }
    /// Concept ids (part of speech in the top bits, synset offset below) of a lower-case word.
    QList<quint32> concepts(const QString& word) const;

    enum class EntityClass { None, Person, Location, Organization };
    /// What WordNet says a lower-case name or phrase ("paris", "new york", "byron") is, following
    /// the hypernyms and instance hypernyms of its first noun sense.
    EntityClass entityClass(const QString& name) const;
    /// entityClass() of a lower-case phrase only when WordNet writes its first noun sense as a
    /// proper name ("United_Nations", "Red_Cross"), not as a common noun ("general_assembly").
    EntityClass properNameClass(const QString& phrase) const;
    /// entityClass() of the first noun sense WordNet writes exactly as @p written is ("EU" the
    /// European Union, not "Eu" europium; "UN" the United Nations); None when no sense is.
    EntityClass entityClassAsWritten(const QString& written) const;
    /// Whether a lower-case phrase of two words or more is a noun WordNet writes in lower case in
    /// its first noun sense, or the plural of one: a common noun ("web site", "web sites",
    /// "health care", "alma mater"; not "Caesar salad", which WordNet writes with its capital), so
    /// a capital on its first word makes no name of it.
    bool isCommonNounPhrase(const QString& phrase) const;
    /// Whether a lower-case word, or its singular, names a kind of person and never one person:
    /// "palestinians", "greek", "mormon" (a noun sense under person.n.01 by hypernyms, no sense an
    /// instance), not "byron" nor "baker" (Josephine Baker is an instance).
    bool isKindOfPerson(const QString& word) const;
    /// Whether a lower-case word is only ever a time as a noun: every noun sense in WordNet's
    /// noun.time file and none an instance ("christmas", "ramadan"; not "may", a verb too, nor
    /// "august", an adjective too).
    bool isOnlyTime(const QString& word) const;
    /// Whether every sense of @p word is a noun WordNet files under noun.event, one of them a
    /// named one ("watergate": a scandal; "holocaust"): an event's name, nobody's.
    bool isOnlyEvent(const QString& word) const;
    /// The lexicographer file of the first noun sense of a lower-case word or of its base form
    /// (26 noun.state for "disorders", 4 noun.act for "act", 14 noun.group for "agency"); -1 when
    /// WordNet has no noun by that name.
    int nounFile(const QString& word) const;
    /// Whether a lower-case word is the "-ing" form of a verb WordNet knows ("receiving",
    /// "rushing", "running"; not "morning" nor "during").
    bool isPresentParticiple(const QString& word) const;
    /// Whether a lower-case word ending in "s" is the plural of a noun WordNet knows ("boats",
    /// "rifles", "officers"; not "has" nor "was").
    bool isPluralNoun(const QString& word) const;
    /// Whether a lower-case word as written is a noun: a noun lemma, its plural, or an irregular
    /// plural ("points", "cache", "women"); not a verb's other forms ("earmarked", "said").
    bool isNoun(const QString& word) const;

private:
    WordNet();
    QList<QString> baseForms(const QString& word) const;
    /// The first noun sense of a lower-case phrase: the phrase as WordNet writes it there (case and
    /// spaces), and the synset's offset.
    std::optional<std::pair<QString, quint32>> firstNounLemma(const QString& phrase) const;
    bool isInflectionOf(const QString& word, int pos) const;
    /// Calls @p visit with the synset offset of each noun sense of each base form of @p word, in
    /// WordNet's order, until it returns false.
    template<typename F>
    void forEachNounSense(const QString& word, F visit) const;
    /// The lexicographer file of the noun synset at @p offset ("offset lex_filenum …").
    int lexFileOf(quint32 offset) const;
    /// When every sense of @p word is a noun of lexicographer file @p file: whether one of them is
    /// a named one (an instance); otherwise nothing.
    std::optional<bool> onlyNounsOfFile(const QString& word, int file) const;
    void addPointers(int pos, quint32 offset, QList<quint32>& out) const;
    QList<quint32> hypernyms(quint32 offset) const;
    template<typename F>
    void forEachPointer(int pos, quint32 offset, F visit) const;
    EntityClass classOf(quint32 offset, int depth) const;
    bool isInstance(quint32 offset) const;

    QHash<QString, QList<quint32>> m_index; // lemma to the synsets of its first senses
    QHash<QString, QStringList> m_exceptions;
    QByteArray m_data[4]; // data.noun, data.verb, data.adj, data.adv
    mutable QMutex m_classMutex;
    mutable QHash<quint32, EntityClass> m_classOf; // noun synset to what it is a kind of
};

} // namespace Crosscheck::Core
