#include "namecues.h"

#include "lexicon.h"

#include <QSet>
#include <QString>

namespace Crosscheck::Core::NameCues {

namespace {

QSet<QString> words(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *w : list)
        out.insert(QString::fromUtf8(w));
    return out;
}

} // namespace

bool isPersonTitle(QStringView word)
{
    static const QSet<QString> s = words(
        {"ceo",        "cfo",         "cto",         "coo",          "president",  "chairman",   "chairwoman",
         "chair",      "founder",     "co-founder",  "cofounder",    "analyst",    "economist",  "strategist",
         "investor",   "billionaire", "minister",    "premier",      "senator",    "governor",   "mayor",
         "secretary",  "spokesman",   "spokeswoman", "spokesperson", "director",   "executive",  "chief",
         "officer",    "mr",          "mrs",         "ms",           "dr",         "prof",       "professor",
         "judge",      "sheriff",     "king",        "queen",        "pope",       "prince",     "princess",
         "sen",        "rep",         "gov",         "coach",        "actor",      "actress",    "singer",
         "lawyer",     "attorney",    "reporter",    "editor",       "author",     "writer",     "researcher",
         "scientist",  "chancellor",  "commissioner", "deputy",      "manager",    "detective",  "councillor",
         "councilor",  "lawmaker",    "candidate",   "captain",      "general",    "colonel",    "sergeant",
         "lieutenant", "officer",     "emperor",     "empress",      "saint",      "rev",        "father",
         "sister",     "brother",     "uncle",       "aunt",         "lord",       "lady",       "sir",
         "dame",       "mr.",         "mrs.",        "ms.",          "dr.",        "prof.",      "sen.",
         "rep.",       "gov.",        "gen.",        "col.",         "sgt.",       "lt.",        "capt.",
         "rev.",       "st.",         "pres.",       "supt.",        "insp.",      "det.",       "cllr",
         // military and police ranks as wires abbreviate them ("LAPD Cmdr. Andy Smith")
         "cmdr.",      "cdr.",        "adm.",        "maj.",         "cpl.",       "pvt.",       "brig.",
         "ofc.",       "atty."});
    return WordKey(word, WordKey::Lower).in(s);
}

bool isHonorific(QStringView word)
{
    static const QSet<QString> s = words({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.",
                                          "St.", "Mr", "Mrs", "Ms", "Dr", "Col.", "Sgt.", "Lt.", "Capt.",
                                          "Rev.", "Pres.", "Supt.", "Insp.", "Det.", "Messrs.", "Mme.", "Mlle.",
                                          "Cmdr.", "Cdr.", "Adm.", "Maj.", "Cpl.", "Pvt.", "Brig.", "Ofc.", "Atty."});
    return WordKey(word).in(s);
}

bool isPersonHonorific(QStringView word)
{
    return isHonorific(word) && word != u"St.";
}

bool isEventHead(QStringView word)
{
    static const QSet<QString> s = words({"Cup", "Cups", "Trophy", "Award", "Awards", "Prize", "Prizes", "Medal",
                                          "Championship", "Championships", "Games", "Olympics", "Tournament",
                                          "Marathon", "Prix"});
    return WordKey(word).in(s);
}

bool isClubWord(QStringView word)
{
    static const QSet<QString> s = words({"United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
                                          "Rangers", "FC", "CF", "SC"});
    return WordKey(word).in(s);
}

bool isClubPrefix(QStringView word)
{
    static const QSet<QString> s = words({"Inter", "Real", "Bayern", "Dynamo", "Dinamo", "Sporting", "Spartak",
                                          "Lokomotiv", "Olympique", "Atletico", "Atlético", "Borussia", "Hertha",
                                          "Werder", "Hapoel", "Maccabi", "Partizan", "Steaua", "CSKA", "Slavia",
                                          "Sparta", "Racing", "Deportivo", "Fortuna", "Eintracht"});
    return WordKey(word).in(s);
}

bool isInstitutionHead(QStringView word)
{
    static const QSet<QString> s = words({"Clinic", "Laboratory", "Laboratories", "Institution", "Corps",
                                          "Service", "Conservancy", "Commonwealth", "Images", "Pictures",
                                          "Films", "Records", "Books", "Foods", "Brands", "Airways",
                                          "Communications", "Pharmaceuticals", "Entertainment", "Broadcasting"});
    return WordKey(word).in(s);
}

bool isFacilityHead(QStringView word)
{
    static const QSet<QString> s = words({"Center", "Centre", "Museum", "Observatory", "Arena", "Stadium"});
    return WordKey(word).in(s);
}

bool isLegalForm(QStringView word)
{
    static const QSet<QString> s = words({"Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co.", "LLC", "L.L.C.",
                                          "PLC", "plc", "AG", "GmbH", "S.A.", "N.V.", "B.V.", "LLP", "Pty",
                                          "S.p.A.", "SpA", "SE", "Oyj", "ASA", "Bhd", "KK", "Limited",
                                          "Incorporated", "Corporation"});
    return WordKey(word).in(s);
}

bool isOrganizationSuffix(QStringView word)
{
    static const QSet<QString> s = words(
        {"Group",      "Holding",     "Holdings",     "Bank",         "Partners",    "Capital",      "Securities",
         "Council",    "Ministry",    "Department",   "University",   "College",     "Institute",    "Agency",
         "Commission", "Authority",   "Reserve",      "Fund",         "Association", "Federation",   "Union",
         "Party",      "Times",       "News",         "Journal",      "Post",        "Herald",       "Tribune",
         "Press",      "Airlines",    "Motors",       "Technologies", "Systems",     "Labs",         "Foundation",
         "Parliament", "Congress",    "Senate",       "Police",       "Army",        "Navy",         "Church",
         "Club",       "Company",     "Enterprises",  "Industries",   "Platforms",   "Exchange",     "Media",
         "Studios",    "Network",     "Services",     "Investments",  "Ventures",    "Trust",        "Administration",
         "Bureau",     "Committee",   "Board",        "Organization", "Organisation", "Alliance",    "Society",
         "Academy",    "School",      "Hospital",     "Force",        "Guard",       "Court",        "Office",
         "Courier",    "Gazette",     "Chronicle",    "Telegraph",    "Dispatch",    "Examiner",     "Inquirer",
         "Enquirer",   "Bulletin"});
    return isLegalForm(word) || WordKey(word).in(s);
}

bool isFunctionWord(QStringView word)
{
    static const QSet<QString> s = words(
        {"the",     "a",      "an",      "this",    "that",    "these",   "those",   "he",      "she",
         "it",      "i",      "we",      "they",    "you",     "me",      "him",     "her",     "us",
         "them",    "his",    "its",     "our",     "their",   "your",    "my",      "mine",    "yours",
         "in",      "on",      "at",     "of",      "for",     "from",    "with",    "by",      "to",
         "into",    "over",   "after",   "before",  "during",  "under",   "about",   "against", "among",
         "and",     "or",     "but",     "nor",     "so",      "yet",     "if",      "when",    "while",
         "as",      "because", "although", "though", "since",  "until",   "unless",  "where",   "whereas",
         "there",   "here",   "then",    "now",     "what",    "which",   "who",     "whom",    "whose",
         "why",     "how",    "all",     "some",    "any",     "each",    "every",   "no",      "not",
         "both",    "either", "neither", "one",     "many",    "most",    "more",    "much",    "few",
         "several", "such",   "other",   "another", "is",      "are",     "was",     "were",    "be",
         "been",    "has",    "have",    "had",     "do",      "does",    "did",     "will",    "would",
         "can",     "could",  "should",  "may",     "might",   "must",    "shall",   "i'm",     "i’m",
         "i've",    "i’ve",   "i'll",    "i’ll",    "i'd",     "i’d",     "it's",    "it’s",    "he's",
         "he’s",    "she's",  "she’s",   "we're",   "we’re",   "they're", "they’re", "you're",  "you’re",
         "don't",   "don’t",  "didn't",  "didn’t",  "can't",   "can’t",   "won't",   "won’t",   "that's",
         "that’s",  "there's", "there’s", "let's",  "let’s",   "what's",  "what’s",  "also",    "just",
         "only",    "even",   "still",   "yes",     "oh",      "well",    "please",  "thanks",  "hi",
         "hello",   "despite", "meanwhile", "however", "according", "like", "via",    "per",     "than",
         "through", "across", "upon",    "within",  "without", "between", "behind",  "beyond",  "near",
         "toward",  "towards", "around", "up",      "down",    "out",     "off",     "again",   "once"});
    return WordKey(word, WordKey::Lower).in(s);
}

bool isNeverName(QStringView word)
{
    static const QSet<QString> s = words(
        {"AI",         "AGI",       "CEO",      "CFO",       "CTO",      "COO",      "GDP",      "IPO",
         "ETF",        "API",       "TV",       "PC",        "IT",       "HR",       "PR",       "VR",
         "EV",         "TLDR",      "FAQ",      "OK",        "PM",       "AM",       "Q1",       "Q2",
         "Q3",         "Q4",        "LLM",      "LLMs",      "GPU",      "GPUs",     "CPU",      "RMB",
         "USD",        "EUR",       "GBP",      "CNY",       "JPY",      "HKD",      "DNA",      "HIV",
         "Monday",     "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",   "January",
         "February",   "March",     "April",    "June",      "July",     "August",   "September",
         "October",    "November",  "December", "Chinese",   "American", "European", "Asian",    "British",
         "Japanese",   "Korean",    "German",   "French",    "Indian",   "Russian",  "Canadian", "Australian",
         "Italian",    "Spanish",   "Dutch",    "African",   "Arab",     "Israeli",  "Iranian",  "Mexican",
         "Brazilian",  "Swiss",     "Swedish",  "Finnish",   "Afghan",   "Muslim",   "Christian", "Jewish",
         "Western",    "Eastern",   "Northern", "Southern",  "English",  "Internet", "Mr.",      "Mrs.",
         "Ms.",        "Dr.",       "Mr",       "Mrs",       "Ms",       "Dr",       "U",        "S",
         "Catholic",   "Islamic",   "Democrat", "Democrats", "Republican", "Republicans", "Polish",
         "Irish",      "Scottish",  "Welsh",    "Greek",     "Turkish",  "Egyptian", "Syrian",   "Iraqi",
         "Pakistani",  "Palestinian", "Ukrainian", "Nigerian", "Kenyan", "Portuguese", "Norwegian",
         "Danish",     "Belgian",   "Austrian", "Hungarian", "Czech",    "Thai",     "Vietnamese",
         "Filipino",   "Indonesian", "Malaysian", "Singaporean", "Taiwanese", "Cuban", "Colombian",
         "Argentine",  "Argentinian", "Chilean", "Peruvian", "Venezuelan", "Saudi",  "Emirati",  "Lebanese",
         "Jordanian",  "Libyan",    "Somali",   "Ethiopian", "Sudanese", "Tibetan",  "Mongolian",
         "Europeans",  "Americans", "Asians",   "Africans",  "Christians", "Muslims", "Jews",
         "Islamist",   "Islamists", "Jihadist", "Jihadists", "Sunni",    "Sunnis",   "Shiite",   "Shiites"});
    return WordKey(word).in(s);
}

} // namespace Crosscheck::Core::NameCues
