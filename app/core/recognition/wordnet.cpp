#include "wordnet.h"

#include <QFile>

#include <algorithm>

namespace Crosscheck::Core {

namespace {

constexpr int kSenses = 3; // the first senses carry nearly all of a word's use in news
const char *const kPos[4] = {"noun", "verb", "adj", "adv"};

QString dataDir()
{
    const QByteArray env = qgetenv("CROSSCHECK_SYSTEM_DATA");
    return (env.isEmpty() ? QStringLiteral("/usr/share") : QString::fromLocal8Bit(env)) + QStringLiteral("/wordnet/");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int posIndex(char c)
{
    switch (c) {
    case 'n':
        return 0;
    case 'v':
        return 1;
    case 'a':
    case 's':
        return 2;
    case 'r':
        return 3;
    default:
        return -1;
    }
}

quint32 conceptId(int pos, quint32 offset)
{
    return (quint32(pos) << 28) | (offset & 0x0fffffff);
}

} // namespace

const WordNet& WordNet::instance()
{
    static const WordNet wordnet;
    return wordnet;
}

WordNet::WordNet()
{
    const QString dir = dataDir();
    for (int pos = 0; pos < 4; ++pos) {
        // index.POS: "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…"
        const QByteArray index = readAll(dir + QStringLiteral("index.") + QLatin1StringView(kPos[pos]));
        for (const QByteArray& line : index.split('\n')) {
            if (line.isEmpty() || line.startsWith(' '))
                continue; // the licence header is indented
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 6)
                continue;
            const int pointers = f[3].toInt();
            const qsizetype first = 4 + pointers + 2;
            QList<quint32>& synsets = m_index[QString::fromUtf8(f[0]).replace(u'_', u' ')];
            for (qsizetype i = first; i < f.size() && i < first + kSenses; ++i) {
                bool ok = false;
                const quint32 offset = f[i].toUInt(&ok);
                if (ok)
                    synsets.append(conceptId(pos, offset));
            }
        }
        m_data[pos] = readAll(dir + QStringLiteral("data.") + QLatin1StringView(kPos[pos]));
        // POS.exc: "inflected base…"
        const QByteArray exc = readAll(dir + QLatin1StringView(kPos[pos]) + QStringLiteral(".exc"));
        for (const QByteArray& line : exc.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            for (qsizetype i = 1; i < f.size(); ++i)
                m_exceptions[QString::fromUtf8(f[0])].append(QString::fromUtf8(f[i]));
        }
    }
}

QList<QString> WordNet::baseForms(const QString& word) const
{
    QList<QString> out{word};
    out += m_exceptions.value(word);
    // WordNet's detachment rules for nouns, verbs and adjectives.
    static const std::pair<const char16_t *, const char16_t *> rules[] = {
        {u"s", u""},     {u"ses", u"s"},  {u"xes", u"x"},  {u"zes", u"z"}, {u"ches", u"ch"}, {u"shes", u"sh"},
        {u"men", u"man"}, {u"ies", u"y"}, {u"es", u"e"},   {u"es", u""},   {u"ed", u"e"},    {u"ed", u""},
        {u"ing", u"e"},  {u"ing", u""},   {u"er", u""},    {u"est", u""},  {u"er", u"e"},    {u"est", u"e"}};
    for (const auto& [suffix, replacement] : rules) {
        const QStringView s(suffix);
        if (word.size() > s.size() + 2 && word.endsWith(s))
            out.append(word.chopped(s.size()) + QStringView(replacement));
    }
    return out;
}

template<typename F>
void WordNet::forEachPointer(int pos, quint32 offset, F visit) const
{
    // data.POS line at byte @p offset: "offset lex_filenum ss_type w_cnt word lex_id … p_cnt
    // [ptr_symbol offset pos source/target]… | gloss"
    const QByteArray& data = m_data[pos];
    if (qsizetype(offset) >= data.size())
        return;
    qsizetype end = data.indexOf('\n', offset);
    end = end < 0 ? data.size() : end;
    const QByteArray line = data.sliced(offset, end - offset);
    const QList<QByteArray> f = line.left(line.indexOf('|')).split(' ');
    if (f.size() < 4)
        return;
    const qsizetype pointerCount = 4 + 2 * f[3].toInt(nullptr, 16);
    if (pointerCount >= f.size())
        return;
    const int pointers = f[pointerCount].toInt();
    for (int p = 0; p < pointers; ++p) {
        const qsizetype at = pointerCount + 1 + 4 * p;
        if (at + 2 >= f.size())
            break;
        const int targetPos = posIndex(f[at + 2].isEmpty() ? '?' : f[at + 2].front());
        bool ok = false;
        const quint32 target = f[at + 1].toUInt(&ok);
        if (ok && targetPos >= 0)
            visit(f[at], targetPos, target);
    }
}

void WordNet::addPointers(int pos, quint32 offset, QList<quint32>& out) const
{
    forEachPointer(pos, offset, [&out](const QByteArray& symbol, int targetPos, quint32 target) {
        // hypernyms, derivations and similar adjectives only
        if (symbol == "@" || symbol == "+" || symbol == "@i" || symbol == "&")
            out.append(conceptId(targetPos, target));
    });
}

QList<quint32> WordNet::hypernyms(quint32 offset) const
{
    QList<quint32> out;
    forEachPointer(0, offset, [&out](const QByteArray& symbol, int targetPos, quint32 target) {
        if ((symbol == "@" || symbol == "@i") && targetPos == 0)
            out.append(target);
    });
    return out;
}

// Whether a noun synset is one individual (it has an instance hypernym: "Byron", "Pluto").
bool WordNet::isInstance(quint32 offset) const
{
    bool instance = false;
    forEachPointer(0, offset, [&instance](const QByteArray& symbol, int, quint32) { instance = instance || symbol == "@i"; });
    return instance;
}

template<typename F>
void WordNet::forEachNounSense(const QString& word, F visit) const
{
    for (const QString& form : baseForms(word)) {
        const auto it = m_index.constFind(form);
        if (it == m_index.cend())
            continue;
        for (const quint32 id : *it) {
            if ((id >> 28) == 0 && !visit(id & 0x0fffffff))
                return;
        }
    }
}

int WordNet::lexFileOf(quint32 offset) const
{
    const QByteArray& data = m_data[0];
    const qsizetype field = data.indexOf(' ', offset) + 1; // "offset lex_filenum …"
    return field > 0 ? data.mid(field, 2).toInt() : -1;
}

bool WordNet::isKindOfPerson(const QString& word) const
{
    bool kind = false, instance = false;
    forEachNounSense(word, [&](quint32 offset) {
        if (isInstance(offset)) {
            instance = true;
            return false;
        }
        kind = kind || classOf(offset, 0) == EntityClass::Person;
        return true;
    });
    return kind && !instance;
}

std::optional<bool> WordNet::onlyNounsOfFile(const QString& word, int file) const
{
    const auto it = m_index.constFind(word);
    if (it == m_index.cend() || it->isEmpty())
        return std::nullopt;
    bool instance = false;
    for (const quint32 id : *it) {
        const quint32 offset = id & 0x0fffffff;
        if ((id >> 28) != 0 || lexFileOf(offset) != file)
            return std::nullopt; // a verb or an adjective too, or a noun of another file
        instance = instance || isInstance(offset);
    }
    return instance;
}

bool WordNet::isOnlyTime(const QString& word) const
{
    constexpr int nounTime = 28; // the lexicographer file noun.time
    return onlyNounsOfFile(word, nounTime) == false;
}

bool WordNet::isOnlyEvent(const QString& word) const
{
    constexpr int nounEvent = 11; // the lexicographer file noun.event
    return onlyNounsOfFile(word, nounEvent) == true;
}

int WordNet::nounFile(const QString& word) const
{
    int file = -1;
    forEachNounSense(word, [&](quint32 offset) {
        file = lexFileOf(offset);
        return false; // the first noun sense decides
    });
    return file;
}

// Whether a base form of @p word other than the word itself has a sense of part of speech @p pos.
bool WordNet::isInflectionOf(const QString& word, int pos) const
{
    const QList<QString> bases = baseForms(word);
    return std::any_of(bases.cbegin() + 1, bases.cend(), [this, pos](const QString& base) {
        const auto it = m_index.constFind(base);
        return it != m_index.cend() &&
               std::any_of(it->cbegin(), it->cend(), [pos](quint32 id) { return int(id >> 28) == pos; });
    });
}

bool WordNet::isPresentParticiple(const QString& word) const
{
    constexpr int verb = 1;
    return word.size() >= 5 && word.endsWith(u"ing") && isInflectionOf(word, verb);
}

bool WordNet::isPluralNoun(const QString& word) const
{
    constexpr int noun = 0;
    return word.size() >= 4 && word.endsWith(u's') && !word.endsWith(u"ss") && isInflectionOf(word, noun);
}

bool WordNet::isNoun(const QString& word) const
{
    constexpr int noun = 0;
    auto hasNoun = [this](const QString& lemma) {
        const auto it = m_index.constFind(lemma);
        return it != m_index.cend() && std::any_of(it->cbegin(), it->cend(), [](quint32 id) { return int(id >> 28) == noun; });
    };
    if (hasNoun(word) || isPluralNoun(word))
        return true;
    const QStringList irregular = m_exceptions.value(word); // "women", "mice"; also "said", "went"
    return !word.endsWith(u"ed") && std::any_of(irregular.cbegin(), irregular.cend(), hasNoun);
}

// What a noun synset is a kind of, through its hypernyms; remembered per synset, so the walks of
// a folder's names soon meet known ground.
WordNet::EntityClass WordNet::classOf(quint32 offset, int depth) const
{
    // person.n.01, location.n.01 and organization.n.01 in WordNet 3.0.
    constexpr quint32 person = 7846, location = 27167, organization = 8008335;
    if (offset == person)
        return EntityClass::Person;
    if (offset == location)
        return EntityClass::Location;
    if (offset == organization)
        return EntityClass::Organization;
    {
        const QMutexLocker lock(&m_classMutex);
        if (const auto it = m_classOf.constFind(offset); it != m_classOf.cend())
            return *it;
    }
    EntityClass found = EntityClass::None;
    if (depth < 20) {
        for (const quint32 h : hypernyms(offset)) {
            found = classOf(h, depth + 1);
            if (found != EntityClass::None)
                break;
        }
    }
    const QMutexLocker lock(&m_classMutex);
    m_classOf.insert(offset, found);
    return found;
}

WordNet::EntityClass WordNet::entityClass(const QString& name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.cend())
        return EntityClass::None;
    for (const quint32 id : *it) {
        if ((id >> 28) == 0)
            return classOf(id & 0x0fffffff, 0); // the first noun sense
    }
    return EntityClass::None;
}

std::optional<std::pair<QString, quint32>> WordNet::firstNounLemma(const QString& phrase) const
{
    const auto it = m_index.constFind(phrase);
    if (it == m_index.cend())
        return std::nullopt;
    for (const quint32 id : *it) {
        if ((id >> 28) != 0)
            continue;
        const quint32 offset = id & 0x0fffffff;
        // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id …] …", w_cnt in hex.
        const QByteArray& data = m_data[0];
        const qsizetype lineEnd = data.indexOf('\n', offset);
        const QList<QByteArray> fields = data.mid(offset, (lineEnd < 0 ? data.size() : lineEnd) - offset).split(' ');
        bool ok = false;
        const int words = fields.size() > 3 ? fields[3].toInt(&ok, 16) : 0;
        for (int w = 0; ok && w < words && 4 + 2 * w < fields.size(); ++w) {
            const QString lemma = QString::fromUtf8(fields[4 + 2 * w]).replace(u'_', u' ');
            if (lemma.compare(phrase, Qt::CaseInsensitive) == 0)
                return std::pair(lemma, offset);
        }
        return std::nullopt; // the first noun sense decides
    }
    return std::nullopt;
}

WordNet::EntityClass WordNet::entityClassAsWritten(const QString& written) const
{
    const auto it = m_index.constFind(written.toLower());
    if (it == m_index.cend())
        return EntityClass::None;
    const QByteArray word = written.toUtf8().replace(' ', '_');
    const QByteArray& data = m_data[0];
    for (const quint32 id : *it) {
        if ((id >> 28) != 0)
            continue;
        // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id …] …", w_cnt in hex.
        const quint32 offset = id & 0x0fffffff;
        const qsizetype lineEnd = data.indexOf('\n', offset);
        const QList<QByteArray> fields = data.mid(offset, (lineEnd < 0 ? data.size() : lineEnd) - offset).split(' ');
        bool ok = false;
        const int words = fields.size() > 3 ? fields[3].toInt(&ok, 16) : 0;
        for (int w = 0; ok && w < words && 4 + 2 * w < fields.size(); ++w) {
            if (fields[4 + 2 * w] == word)
                return classOf(offset, 0);
        }
    }
    return EntityClass::None;
}

WordNet::EntityClass WordNet::properNameClass(const QString& phrase) const
{
    const auto lemma = firstNounLemma(phrase);
    return lemma && lemma->first.front().isUpper() ? classOf(lemma->second, 0) : EntityClass::None;
}

bool WordNet::isCommonNounPhrase(const QString& phrase) const
{
    auto common = [this](const QString& p) {
        const auto lemma = firstNounLemma(p);
        return lemma && lemma->first.contains(u' ') && lemma->first == lemma->first.toLower();
    };
    // A plural last word: "web sites", "caesar salads", "boston terriers", "box offices".
    return common(phrase) || (phrase.endsWith(u's') && common(phrase.chopped(1))) ||
           (phrase.endsWith(u"es") && common(phrase.chopped(2)));
}

QList<quint32> WordNet::concepts(const QString& word) const
{
    QList<quint32> out;
    for (const QString& base : baseForms(word)) {
        const auto it = m_index.constFind(base);
        if (it == m_index.cend())
            continue;
        for (const quint32 id : *it) {
            out.append(id);
            addPointers(int(id >> 28), id & 0x0fffffff, out);
        }
        if (!out.isEmpty() && base == word)
            break; // a word WordNet knows as it stands needs no other form
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace Crosscheck::Core
