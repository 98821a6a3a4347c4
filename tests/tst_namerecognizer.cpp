#include "articles/articlereader.h"
#include "articles/outletname.h"
#include "recognition/acronyms.h"
#include "recognition/lexicon.h"
#include "recognition/mentionrecognizer.h"
#include "recognition/namerecognizer.h"
#include "recognition/nametagger.h"
#include "recognition/nametrainer.h"
#include "recognition/wordnet.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestNameRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognizes_data();
    void recognizes();
    void folderEvidence();
    void carriedPeopleStayOutOfLongerNames();
    void outletsAreOrganisations();
    void teamsAreOrganisations();
    void teamsOfPlacesAndHeadlineNames();
    void unknownPlacesVoteLess();
    void peoplesAreNoNames();
    void knownPlacesStayPlaces();
    void anAgeMakesAPerson();
    void aSurnameIsThePersonNamedInFull();
    void anHonorificMakesAPerson();
    void digitsAfterANameAreNoAmount();
    void aTickerMakesACompany();
    void anIslandNamesAPlace();
    void anAwardIsNoNameOfItsOwn();
    void correctionsWin();
    void gumNewsNamedMentions();
    void commonWordsAreNoNames_data();
    void wordNetCommonNounPhrases();
    void commonWordsAreNoNames();
    void acronymDefinitions_data();
    void acronymDefinitions();
    void spanConventions_data();
    void spanConventions();
    void trainerLearns();
    void shippedModelOnGumDev();
    void modelRoundTrips();
    void viterbiFindsTheBestPath();
    void digitsFarFromCapitalsAreNotScored();
};

void TestNameRecognizer::initTestCase()
{
    if (!Lexicon::instance().hasDictionary() || !Lexicon::instance().hasPlaces())
        QFAIL("the word lists are missing: install wamerican and iso-codes (tools/setup does)");
}

void TestNameRecognizer::recognizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind"); // "none": not a name of any kind
    auto row = [](const char *what, const QString& text, const QString& name, const QString& kind) {
        QTest::addRow("%s", what) << text << name << kind;
    };
    row("title before person", u"Headline\nThe firm said CEO Eddie Wu would lead it."_s, u"Eddie Wu"_s,
        u"person"_s);
    row("analyst title", u"Headline\nThe note by Citigroup analyst Alicia Yap was upbeat."_s, u"Alicia Yap"_s,
        u"person"_s);
    row("company before analyst", u"Headline\nThe note by Citigroup analyst Alicia Yap was upbeat."_s,
        u"Citigroup"_s, u"organization"_s);
    row("title inside span", u"Headline\nThe summit was led by Chinese President Xi Jinping last week."_s,
        u"Xi Jinping"_s, u"person"_s);
    row("legal suffix", u"Headline\nShares of Alibaba Group Holding Ltd. rose on Monday."_s,
        u"Alibaba Group Holding Ltd."_s, u"organization"_s);
    row("suffix Inc", u"Headline\nThe race is led by the likes of OpenAI and Alphabet Inc. in America."_s,
        u"Alphabet Inc."_s, u"organization"_s);
    row("two-word firm", u"Headline\nThis concern grew when TD Cowen analysts reported cancelled leases."_s,
        u"TD Cowen"_s, u"organization"_s);
    row("possessive with CEO", u"Headline\nIndustry leaders like Nvidia\u2019s CEO Jensen Huang disagree."_s,
        u"Nvidia"_s, u"organization"_s);
    row("person after possessive org",
        u"Headline\nIndustry leaders like Nvidia\u2019s CEO Jensen Huang disagree."_s, u"Jensen Huang"_s,
        u"person"_s);
    // A company's name before the roles and people it has (paraphrased from ECB+, where "Apple" had
    // been a place).
    row("company before CEO", u"Headline\nAfter a short intro, Apple CEO Tim Cook took the stage in the hall."_s,
        u"Apple"_s, u"organization"_s);
    row("company before execs", u"Headline\nAfter the unveiling, Apple execs took things down a notch."_s,
        u"Apple"_s, u"organization"_s);
    row("product before line", u"Headline\nThe company said its new Zenbook Pro line starts at $1,199."_s,
        u"Zenbook Pro"_s, u"product"_s);
    // Only people are followed by "who" or an age ("Teixeira, 28," had been a place in ECB+).
    row("name before who", u"Headline\nThe club made an offer to Okonkwo, who turns 29 in April, on Friday."_s,
        u"Okonkwo"_s, u"person"_s);
    row("name before an age", u"Headline\nThe club offered Okonkwo, 28, an eight-year deal on Friday."_s,
        u"Okonkwo"_s, u"person"_s);
    row("country", u"Headline\nThe plan is one of the largest in China to date."_s, u"China"_s, u"place"_s);
    row("region", u"Headline\nHong Kong shares slid as much as 3% on Monday."_s, u"Hong Kong"_s, u"place"_s);
    row("capital city", u"Headline\nThe crackdown came from Beijing in 2020."_s, u"Beijing"_s, u"place"_s);
    row("US abbreviation", u"Headline\nU.S. restrictions limit chip exports."_s, u"U.S."_s, u"place"_s);
    row("subdivision", u"Headline\nThe boy from Irving, Texas was arrested."_s, u"Texas"_s, u"place"_s);
    row("model with version", u"Headline\nIts model Qwen 2.5-Max also gained recognition."_s,
        u"Qwen 2.5-Max"_s, u"product"_s);
    row("product GPT-4o", u"Headline\nIt outperforms existing GPT-4o and others."_s, u"GPT-4o"_s,
        u"product"_s);
    row("product DeepSeek-V3", u"Headline\nIt outperforms existing GPT-4o, DeepSeek-V3, and others."_s,
        u"DeepSeek-V3"_s, u"product"_s);
    row("product Llama", u"Headline\nIt beats Llama-3.1-405B in tests."_s, u"Llama-3.1-405B"_s, u"product"_s);
    row("name before model", u"Headline\nIts own Qwen AI model is making waves."_s, u"Qwen"_s, u"product"_s);
    row("brand shape", u"Headline\nApple is adding the feature to Chinese iPhones soon."_s, u"iPhones"_s,
        u"product"_s);
    row("chatbot name", u"Headline\nSince the emergence of ChatGPT, investment grew."_s, u"ChatGPT"_s,
        u"product"_s);
    row("startup cue", u"Headline\nChinese AI startup DeepSeek unveiled a cheap model."_s, u"DeepSeek"_s,
        u"organization"_s);
    row("list of companies",
        u"Headline\nHe invested in companies like Apple, Netflix, and Wells Fargo before."_s,
        u"Wells Fargo"_s, u"organization"_s);
    row("newspaper suffix",
        u"Headline\nAccording to a recent Wall Street Journal report, he bought shares."_s,
        u"Wall Street Journal"_s, u"organization"_s);
    // Nothing in the sentence says what Zhipu is: any kind will do, but it is a name.
    row("unknown single word mid-sentence", u"Headline\nThe deal with Zhipu closed last week."_s, u"Zhipu"_s,
        u"name"_s);
    row("founded by", u"Headline\nThe company co-founded by Jack Ma is set to invest."_s, u"Jack Ma"_s,
        u"person"_s);
    row("said cue", u"Headline\nThe vote was close, Lotte Brandvik said on Thursday."_s, u"Lotte Brandvik"_s,
        u"person"_s);
    row("common words are no name", u"Headline\nHe named Artificial General Intelligence as the goal."_s,
        u"Artificial General Intelligence"_s, u"none"_s);
    row("nationality is no name", u"Headline\nThe Chinese e-commerce giant said so."_s, u"Chinese"_s,
        u"none"_s);
    row("acronym AI is no name", u"Headline\nInvestment in AI infrastructure grew."_s, u"AI"_s, u"none"_s);
    // As on multinews-dev: "Tyson" of "Tyson Foods" was a person x21, "Getty" of photo credits x6.
    row("a company's first word alone",
        u"Headline\nAn undercover video shows cruelty at Tyson Foods farms. Tyson Foods said it had cut ties with the "
        u"farm. The video was shot at a farm that supplies Tyson, the group said. Tyson Foods is the largest meat "
        u"company. Shares of Tyson Foods fell. Tyson Foods will review its suppliers, and Tyson Foods staff will visit.\n"_s,
        u"Tyson"_s, u"organization"_s);
    // An acronym defined in Title Case: a disorder names a thing, an agency an organisation (as on
    // multinews-dev: "FASD" ×71 was an organisation).
    row("acronym of a disorder in Title Case",
        u"Headline\nThe term Fetal Alcohol Spectrum Disorder (FASD) was coined in 1996. FASD is lifelong, and "
        u"FASD clinics are few.\n"_s,
        u"FASD"_s, u"none"_s);
    row("acronym of an agency in Title Case",
        u"Headline\nThe Centers for Disease Control and Prevention (CDC) counted 120 cases. The CDC said so.\n"_s,
        u"CDC"_s, u"organization"_s);
    row("prefix word is no name", u"Headline\nThe AI-driven strategy could help."_s, u"AI-driven"_s,
        u"none"_s);
    row("sentence-initial common word", u"Headline\nDespite the concerns, shares rose."_s, u"Despite"_s,
        u"none"_s);
    row("weekday is no name", u"Headline\nShares fell on Monday in early trading."_s, u"Monday"_s, u"none"_s);
    row("title case headline words",
        u"Alibaba Enters Global AI Race With Huge Investment\nAlibaba said so."_s, u"Global AI Race"_s,
        u"none"_s);
    row("company in a headline", u"Alibaba Enters Global AI Race With Huge Investment\nAlibaba said so."_s,
        u"Alibaba"_s, u"organization"_s);
    // Institutions named in full: a people's adjective or a title opens them, "and", "of" and
    // "for" join their parts, WordNet knows some as proper names; and their near misses.
    row("people's adjective opens an institution", u"Headline\nThe European Commission said it would look at the deal."_s,
        u"European Commission"_s, u"organization"_s);
    row("board after two words", u"Headline\nThe Irish Cricket Board said ticket sales were strong."_s,
        u"Irish Cricket Board"_s, u"organization"_s);
    row("title opens a company", u"Headline\nShares of General Motors fell in early trading."_s, u"General Motors"_s,
        u"organization"_s);
    row("and inside a name", u"Headline\nOfficials at the Securities and Exchange Commission declined to comment."_s,
        u"Securities and Exchange Commission"_s, u"organization"_s);
    row("of and and inside a name", u"Headline\nA report by the Department of Health and Human Services came out."_s,
        u"Department of Health and Human Services"_s, u"organization"_s);
    row("of after the head noun", u"Headline\nScientists at the Chinese Academy of Sciences found it."_s,
        u"Chinese Academy of Sciences"_s, u"organization"_s);
    row("WordNet's proper name", u"Headline\nThe United Nations welcomed the agreement on Friday."_s, u"United Nations"_s,
        u"organization"_s);
    row("WordNet's organisation noun as the head", u"Headline\nThe Screen Actors Guild said talks would resume."_s,
        u"Screen Actors Guild"_s, u"organization"_s);
    row("a patrol of a state", u"Headline\nOfficers of the California Highway Patrol closed the road."_s,
        u"California Highway Patrol"_s, u"organization"_s);
    row("a person after of and and", u"Headline\nIt was found by Scott Sheppard of the Carnegie Institution of Science "
        u"and Chad Trujillo of Gemini.\n"_s, u"Carnegie Institution of Science and Chad Trujillo"_s, u"none"_s);
    row("a country after the", u"Headline\nHe was deported from the United States in May."_s, u"United States"_s,
        u"place"_s);
    row("a modifier before a name", u"Headline\nSixty-year-old Sharron Diane Crawford Smith is accused of murder."_s,
        u"Sharron Diane Crawford Smith"_s, u"person"_s);
    row("a wire after a dateline", u"Headline\nCHRISTCHURCH, New Zealand (Reuters) - Clinton ruled it out."_s,
        u"Reuters"_s, u"organization"_s);
    row("a newspaper", u"Headline\nThe council met on Monday, the Veldmark Courier said.\n"_s, u"Veldmark Courier"_s,
        u"organization"_s);
    row("an event's name", u"Headline\nFelt was the FBI's deputy in the Watergate years, and Watergate ended it.\n"_s,
        u"Watergate"_s, u"none"_s);
    row("a country of two names", u"Headline\nThe hospital is in Mostar, Bosnia and Herzegovina, near the border.\n"_s,
        u"Bosnia and Herzegovina"_s, u"place"_s);
    row("a province of two words", u"Headline\nThe mine is in northern British Columbia, far from roads.\n"_s,
        u"British Columbia"_s, u"place"_s);
    row("a chain's shop", u"Headline\nA fire gutted a Waitrose supermarket in Surrey on Friday.\n"_s, u"Waitrose"_s,
        u"organization"_s);
    // A first name the model leaves out joins the name; a word for a kind of person, or one the
    // dictionary does not know as a name, does not.
    row("a first name left out", u"Headline\nLeicester have signed New Zealand lock Ian Jones from Wellington.\n"_s,
        u"Ian Jones"_s, u"person"_s);
    row("a party member before a name", u"Headline\nRepublican John McCain said on Friday he would vote.\n"_s,
        u"John McCain"_s, u"person"_s);
    row("a first name that is also a word for a person", u"Headline\nOther candidates included Earl J. Silbert, an original Watergate prosecutor.\n"_s,
        u"Earl J. Silbert"_s, u"person"_s);
    row("a nationality before a name", u"Headline\nOn Saturday the Englishman Robert Buckley fell 600 metres.\n"_s,
        u"Robert Buckley"_s, u"person"_s);
    // What a sentence defines a name as, by WordNet's class of the noun.
    row("defined as an agency", u"Headline\nThe ministry and World Vision Indonesia, a relief agency, will send aid teams.\n"_s,
        u"World Vision Indonesia"_s, u"organization"_s);
    row("defined as a business", u"Headline\nFour loud pops were heard, said the owner of Fiji Islands Auto Repair, a business on the street.\n"_s,
        u"Fiji Islands Auto Repair"_s, u"organization"_s);
    row("shares in a company", u"Headline\nShares in Deutsche Telekom rose 2 percent in Frankfurt on Friday.\n"_s,
        u"Deutsche Telekom"_s, u"organization"_s);
    row("a stake in a company", u"Headline\nThe fund sold its stake in Volvo last year.\n"_s, u"Volvo"_s,
        u"organization"_s);
    row("a group's members", u"Headline\nPolice arrested 99 alleged Mafia bosses in Palermo.\n"_s, u"Mafia"_s,
        u"organization"_s);
    row("two bodies are two names", u"Headline\nThe bill passed the House and Senate on Friday."_s,
        u"House and Senate"_s, u"none"_s);
    row("two institutions are two names", u"Headline\nThe British Library and Columbia University share the papers."_s,
        u"Library and Columbia University"_s, u"none"_s);
    row("no of after a person", u"Headline\nThe skull was studied by Matteo Borrini of Liverpool John Moores University."_s,
        u"Matteo Borrini of Liverpool John Moores University"_s, u"none"_s);
    row("head noun inside a longer name", u"Headline\nShe hosted the 81st Annual Academy Awards in February."_s,
        u"Annual Academy"_s, u"none"_s);
    // A capital inside a word after three letters makes a company's or a product's name, not a
    // person's; after a particle it is a surname's.
    const QString camel = u"Headline\nWilson said PageRank still decides what people see. DeSantis, who "
                          u"declined to comment, and LeBron James did not reply.\n"_s;
    row("capital inside: no person", camel, u"PageRank"_s, u"organization"_s);
    row("capital after a particle: a person", camel, u"DeSantis"_s, u"person"_s);
    row("capital after a particle: a full name", camel, u"LeBron James"_s, u"person"_s);
    // A publication's or a platform's: a reporter, a page, a post, an account after one name.
    const QString platform = u"Headline\nWhen a Forbes reporter called, Ross said nothing. Later Ross wrote in a "
                             u"Facebook post that Forbes had it wrong.\n"_s;
    row("a publication's reporter", platform, u"Forbes"_s, u"organization"_s);
    row("a platform's post", platform, u"Facebook"_s, u"organization"_s);
    // A headline in capitals, as wires write them: the plain words are no part of a name.
    const QString capitals = u"BRAZIL HOLD FRANCE TO DRAW IN FRIENDLY\nPARIS 1997-06-04\nBrazil drew 1-1 with "
                             u"France on Wednesday, and Ronaldo said they would hold on.\n"_s;
    row("headline in capitals: first name", capitals, u"BRAZIL"_s, u"place"_s);
    row("headline in capitals: second name", capitals, u"FRANCE"_s, u"place"_s);
    row("headline in capitals: not one name", capitals, u"BRAZIL HOLD FRANCE TO DRAW IN FRIENDLY"_s, u"none"_s);
    row("headline in capitals: common words alone", u"MAN ACCUSED OF DOUBLE MURDER IN MILLOM\nA man was charged "
        u"with murder in Millom on Friday after a double stabbing.\n"_s, u"MAN ACCUSED"_s, u"none"_s);
    // Two people joined by "and" are two names; a name opening a contest's or an award's is no
    // person, organisation or place of its own.
    const QString pair = u"Headline\nWhat Hitzig and Fritsch had found was new. Reporters wrote about it "
                         u"before the Stanley Cup and the Academy Awards came to town.\n"_s;
    row("two people: the first", pair, u"Hitzig"_s, u"person"_s);
    row("two people: the second", pair, u"Fritsch"_s, u"person"_s);
    row("two people: not one name", pair, u"Hitzig and Fritsch"_s, u"none"_s);
    // A word in capitals that WordNet knows as a body or a place, standing on its own.
    const QString capitalsWords = u"Headline\nThe CIA said nothing, and the UN agreed. The crew seized six AK 47 "
                                  u"rifles and a laptop with an SD card from the boat.\n"_s;
    row("a body in capitals", capitalsWords, u"CIA"_s, u"organization"_s);
    row("two letters after the", capitalsWords, u"UN"_s, u"organization"_s);
    row("two letters of a code", capitalsWords, u"AK"_s, u"none"_s);
    const QString unionWords = u"Headline\nEU rejects German call to boycott British lamb.\n"_s;
    row("two letters WordNet writes so, opening a sentence", unionWords, u"EU"_s, u"organization"_s);
    row("two letters before a noun", capitalsWords, u"SD"_s, u"none"_s);
    // What the shape of a line gives away: a dateline, a row of results, a club's name.
    const QString results = u"RESULTS ON SATURDAY\nLONDON 1997-06-07\nResults of league matches on Saturday:\n"
                            u"Arsenal 2 Chelsea 1\nLeeds United 0 Blackburn Rovers 4\nBrazil 1 Norway 1\n"
                            u"Utrecht 2 Groningen 0\n"_s;
    row("a dateline", results, u"LONDON"_s, u"place"_s);
    row("a team in a row of results", results, u"Arsenal"_s, u"organization"_s);
    row("the other team", results, u"Chelsea"_s, u"organization"_s);
    row("a club's name", results, u"Leeds United"_s, u"organization"_s);
    row("a country's side stays the country", results, u"Brazil"_s, u"place"_s);
    row("a city's club is a club", results, u"Utrecht"_s, u"organization"_s);
    const QString scorers = u"Headline\nLeading scorers after Saturday's matches: Alan Shearer (Newcastle), Dion "
                            u"Dublin (Coventry). Pete Sampras (Croatia) lost.\n"_s;
    row("a town in brackets after a player is the club", scorers, u"Newcastle"_s, u"organization"_s);
    row("a country in brackets after a player stays a place", scorers, u"Croatia"_s, u"place"_s);
    const QString staff = u"Headline\nChelsea manager Ruud Gullit said the Saints quarterback was fit, England "
                          u"captain Alan Shearer agreed, and the Hall of Fame coach did not. Former manager John "
                          u"Smith left.\n"_s;
    row("a name before a side's staff is the club", staff, u"Chelsea"_s, u"organization"_s);
    row("a common word before a side's staff after the", staff, u"Saints"_s, u"organization"_s);
    row("a country before a side's staff stays a place", staff, u"England"_s, u"place"_s);
    row("a common word opening a sentence names no side", staff, u"Former"_s, u"none"_s);
    row("the end of a longer name names no side", staff, u"Fame"_s, u"none"_s);
    const QString clubs = u"Headline\nHe would not sell Gianfranco Zola to Inter Milan, nor to Real Madrid, he told "
                          u"reporters in Milan.\n"_s;
    row("a club's first word before a city", clubs, u"Inter Milan"_s, u"organization"_s);
    row("the city alone stays a place", clubs, u"Milan"_s, u"place"_s);
    // Particles inside a person's name.
    const QString particles = u"Headline\nThe Commission's chief spokesman Nikolaus van der Pas told a briefing that "
                              u"Luiz Inacio Lula da Silva would meet him in Paris de facto alone.\n"_s;
    row("van der inside a name", particles, u"Nikolaus van der Pas"_s, u"person"_s);
    row("da inside a name", particles, u"Luiz Inacio Lula da Silva"_s, u"person"_s);
    row("de before a lower-case word is no particle", particles, u"Paris"_s, u"place"_s);
    // Services, clinics and buildings: the words of the name may be common words ("Promises Treatment
    // Center"); a building's name is a place.
    const QString services = u"Headline\nTara Reid checked into Promises Treatment Center on Friday, and the Fish "
                             u"and Wildlife Service said the Field Museum would reopen.\n"_s;
    row("a service named in full", services, u"Fish and Wildlife Service"_s, u"organization"_s);
    row("a clinic in common words is a place", services, u"Promises Treatment Center"_s, u"place"_s);
    row("a museum is a place", services, u"Field Museum"_s, u"place"_s);
    const QString trades = u"Headline\nThe photograph, credited to Getty Images, shows the Kraft Foods plant that "
                           u"Summit Entertainment bought.\n"_s;
    row("an exchange is an institution, not a place",
        u"Headline\nShares of the firm fell on the New York Stock Exchange on Friday.\n"_s,
        u"New York Stock Exchange"_s, u"organization"_s);
    row("a photo agency", trades, u"Getty Images"_s, u"organization"_s);
    row("a food company", trades, u"Kraft Foods"_s, u"organization"_s);
    row("no institution in a Title Case headline", u"Man Shot Outside Bank In Early Morning Robbery\nIt was cold."_s,
        u"Man Shot Outside Bank"_s, u"none"_s);
}

void TestNameRecognizer::recognizes()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const QList<Article> articles = TestUtils::articles({text});
    const auto names = NameRecognizer::recognize(articles);
    QStringList seen;
    const Mention *found = nullptr;
    for (const Mention& m : names[0]) {
        const QString t = articles[0].text.sliced(m.start, m.length());
        seen.append(mentionKindName(m.kind) + u':' + t);
        if (t == name && !found)
            found = &m;
    }
    if (kind == u"none") {
        QVERIFY2(!found, qPrintable(seen.join(u", ")));
        return;
    }
    if (QByteArray(QTest::currentDataTag()) == "company in a headline")
        QEXPECT_FAIL("", "the model does not take a sentence-initial word the folder never writes mid-sentence", Continue);
    QVERIFY2(found, qPrintable(u"%1 not found; found %2"_s.arg(name, seen.join(u", "))));
    if (!found)
        return;
    if (kind != u"name")
        QCOMPARE(mentionKindName(found->kind), kind);
}

// A person's surname is carried through the folder, but not into a longer name that holds the same
// word ("Hall of Fame", "Natural Health Industry"; paraphrased from ECB+).
void TestNameRecognizer::carriedPeopleStayOutOfLongerNames()
{
    const QList<Article> articles = TestUtils::articles(
        {u"Wildlife rules\nDale Hall, who directs the wildlife agency, spoke on Friday.\n"
         "On Friday Hall said the rule changes nothing for the dams.\n"
         "The Hall of Fame coach and the Natural Health Industry group disagreed.\n"_s,
         u"Agency speaks\nOfficials said Hall, 58, would testify on Tuesday.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    const qsizetype fame = articles[0].text.indexOf(u"Hall of Fame"_s);
    const qsizetype said = articles[0].text.indexOf(u"Hall said"_s);
    bool person = false;
    for (const Mention& m : names[0]) {
        QVERIFY2(!(m.kind == MentionKind::Person && m.start == fame), "Hall of Hall of Fame taken for a person");
        person = person || (m.kind == MentionKind::Person && m.start == said);
    }
    QVERIFY2(person, "Hall said: the surname carried as a person");
}

void TestNameRecognizer::folderEvidence()
{
    // "Wu" alone is a person because another article calls him CEO Eddie Wu; "Zhipu" opening a
    // sentence is a name because it appears capitalised mid-sentence elsewhere.
    const QList<Article> articles =
        TestUtils::articles({u"Headline one\nThe plan was set out by CEO Eddie Wu in a call."_s,
                             u"Headline two\nLast week, Wu declared a new goal.\nZhipu said nothing."_s,
                             u"Headline three\nAlibaba invested in Zhipu and Moonshot."_s});
    const auto names = NameRecognizer::recognize(articles);
    auto kindOf = [&](int a, const QString& name) -> QString {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == name)
                return mentionKindName(m.kind);
        }
        return u"none"_s;
    };
    QCOMPARE(kindOf(0, u"Eddie Wu"_s), u"person"_s);
    QCOMPARE(kindOf(1, u"Wu"_s), u"person"_s);
    // Opening a sentence, Zhipu is still a name, of the kind the folder gives it elsewhere.
    QVERIFY(kindOf(2, u"Zhipu"_s) != u"none"_s);
    QCOMPARE(kindOf(1, u"Zhipu"_s), kindOf(2, u"Zhipu"_s));
}

void TestNameRecognizer::outletsAreOrganisations()
{
    // "told Reuters" reads like a person's name; the folder holds a page from reuters.com.
    QList<Article> articles = TestUtils::articles(
        {u"Headline one\n\"We want it to be more of a party,\" Mark told Reuters on Monday.\n"_s,
         u"Headline two\nThe council met on Monday, the Veldmark Courier said.\n"_s});
    const auto kindOf = [&articles](const QList<QList<Mention>>& names, int a, const QString& name) -> QString {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == name)
                return mentionKindName(m.kind);
        }
        return u"none"_s;
    };
    QCOMPARE(outletKeys(u"uk.reuters.com"_s), QStringList{u"reuters"_s});
    QCOMPARE(outletKeys(u"news.bbc.co.uk"_s), QStringList{u"bbc"_s});
    QCOMPARE(outletKeys(u"The Veldmark Courier"_s), (QStringList{u"the veldmark courier"_s, u"veldmark courier"_s}));
    const QString alone = kindOf(NameRecognizer::recognize(articles), 0, u"Reuters"_s);
    QVERIFY2(alone != u"organization"_s, qPrintable(alone)); // what the model says without the outlets
    articles[1].outlet = u"uk.reuters.com"_s;
    articles[0].outlet = u"The Veldmark Courier"_s;
    const auto names = NameRecognizer::recognize(articles);
    QCOMPARE(kindOf(names, 0, u"Reuters"_s), u"organization"_s);
    const QString courier = kindOf(names, 1, u"Veldmark Courier"_s);
    QVERIFY2(courier == u"organization"_s || courier == u"none"_s, qPrintable(courier));

    // An outlet is a name wherever the folder capitalises it ("told Reuters"), but not a common
    // word the folder also writes in lower case: "Endangered" of endangered.org.
    articles = TestUtils::articles(
        {u"Headline one\nThe rule weakens the Endangered Species Act, which protects endangered animals.\n"_s,
         u"Headline two\nThe council met on Monday, and Mark told Reuters so.\n"_s});
    articles[0].outlet = u"endangered.org"_s;
    articles[1].outlet = u"uk.reuters.com"_s;
    const auto carried = NameRecognizer::recognize(articles);
    QCOMPARE(kindOf(carried, 0, u"Endangered"_s), u"none"_s);
    QCOMPARE(kindOf(carried, 1, u"Reuters"_s), u"organization"_s);
}

void TestNameRecognizer::teamsAreOrganisations()
{
    // As in ECB+: the model takes "Sixers" for a person in some places; after "the" it is a team,
    // and the folder carries that to "Sixers president".
    QList<Article> articles = TestUtils::articles(
        {u"Sixers move\nThe Philadelphia 76ers fired Maurice Cheeks. Sixers president Billy King said the Sixers "
         u"needed a change, and Tony DiLeo will coach the Sixers.\n"_s,
         u"Nunes memo\nRepublican Devin Nunes released a memo on Friday. Critics attacked the Nunes memo on Saturday.\n"_s,
         u"Cheeks out\nPhiladelphia fired coach Maurice Cheeks on Saturday. Billy King, president of the Sixers, said "
         u"Cheeks worked hard. The Sixers are 9-14.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    const auto kindsOf = [&](int a, const QString& name) {
        QStringList kinds;
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == name)
                kinds.append(mentionKindName(m.kind));
        }
        return kinds;
    };
    for (const QString& kind : kindsOf(0, u"Sixers"_s))
        QCOMPARE(kind, u"organization"_s);
    QVERIFY(!kindsOf(0, u"Sixers"_s).isEmpty());
    // A surname after "the" stays its person's.
    for (const QString& kind : kindsOf(1, u"Nunes"_s))
        QCOMPARE(kind, u"person"_s);

    // A Title Case headline names no surname: "Host Oscars" there leaves "the Oscars" a team.
    articles = TestUtils::articles(
        {u"Hugh Jackman to Host Oscars\nHugh Jackman will be hosting the Oscars for the first time, the Academy "
         u"said. The Oscars telecast is in February, and Jackman said hosting the Oscars was a dream.\n"_s});
    const auto hosted = NameRecognizer::recognize(articles);
    QStringList oscars;
    for (const Mention& m : hosted[0]) {
        if (articles[0].text.sliced(m.start, m.length()).endsWith(u"Oscars"_s))
            oscars.append(articles[0].text.sliced(m.start, m.length()) + u':' + mentionKindName(m.kind));
    }
    QVERIFY2(oscars.contains(u"Oscars:organization"_s), qPrintable(oscars.join(u", ")));
    QVERIFY2(!oscars.contains(u"Oscars:person"_s), qPrintable(oscars.join(u", ")));
}

void TestNameRecognizer::teamsOfPlacesAndHeadlineNames()
{
    if (WordNet::instance().isEmpty() || !Lexicon::instance().hasDictionary())
        QSKIP("WordNet or the dictionary is not installed");
    // A place and a plural that is no feature of the land is a team; "West Texas" and "Cayman
    // Islands" stay places. A headline's dash is no part of the name after it.
    const QList<Article> articles = TestUtils::articles(
        {u"TENNIS - GRAF BEATS SELES IN BERLIN FINAL\nGermany's Steffi Graf beat Monica Seles 6-2 6-3 in the final "
         u"on Sunday, and Graf said she played well.\nThe New Orleans Saints beat the Kansas City Chiefs on Sunday, "
         u"while fans in West Texas and the Cayman Islands watched.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    QStringList found;
    for (const Mention& m : names[0])
        found.append(articles[0].text.sliced(m.start, m.length()) + u':' + mentionKindName(m.kind));
    for (const QString& expected : {u"New Orleans Saints:organization"_s, u"Kansas City Chiefs:organization"_s,
                                    u"West Texas:place"_s, u"Cayman Islands:place"_s, u"SELES:person"_s})
        QVERIFY2(found.contains(expected), qPrintable(expected + u" in "_s + found.join(u", ")));
    QVERIFY2(!found.join(u' ').contains(u"- GRAF"_s), qPrintable(found.join(u", ")));
}

void TestNameRecognizer::unknownPlacesVoteLess()
{
    // As in ECB+: "Hansbrough" beside "for", "after", "top" reads as a place to the model, "Tyler
    // Hansbrough" as a person. No gazetteer knows a place of that name, so the person wins; a
    // place they know keeps its place votes ("Indiana").
    QList<Article> articles = TestUtils::articles(
        {u"Record\nThe night belonged to Hansbrough. Fans cheered shortly after Hansbrough passed the mark. "
         u"Nobody will top Hansbrough in Indiana soon.\n"_s,
         u"Record falls\nNorth Carolina forward Tyler Hansbrough broke the record. The school plans to present "
         u"Hansbrough with the ball.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    QStringList kinds;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a]) {
            const QString text = articles[a].text.sliced(m.start, m.length());
            if (text.endsWith(u"Hansbrough"_s) || text == u"Indiana"_s)
                kinds.append(text + u':' + mentionKindName(m.kind));
        }
    }
    kinds.removeDuplicates();
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"Hansbrough:person"_s, u"Indiana:place"_s, u"Tyler Hansbrough:person"_s}));
}

void TestNameRecognizer::peoplesAreNoNames()
{
    if (WordNet::instance().isEmpty() || !Lexicon::instance().hasDictionary())
        QSKIP("WordNet or the dictionary is not installed");
    // As on ECB+ and multinews-dev, where "Palestinians" ×17, "Greeks" ×16 and "Yemenis" were people.
    const QList<Article> articles = TestUtils::articles(
        {u"Talks resume\nPalestinians and Israelis met in Cairo on Monday. Greeks protested in Athens, and "
         u"Yemenis marched in Sanaa. Laos voted.\n"_s,
         u"Season opens\nTom Childs pitched for the Yankees on Sunday. Childs said the Yankees played well. "
         u"Devin Nunes watched, and Nunes cheered.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    QSet<QString> found;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a])
            found.insert(articles[a].text.sliced(m.start, m.length()));
    }
    for (const QString& people : {u"Palestinians"_s, u"Israelis"_s, u"Greeks"_s, u"Yemenis"_s})
        QVERIFY2(!found.contains(people), qPrintable(people));
    for (const QString& name : {u"Cairo"_s, u"Athens"_s, u"Childs"_s, u"Nunes"_s})
        QVERIFY2(found.contains(name), qPrintable(name));
}

void TestNameRecognizer::knownPlacesStayPlaces()
{
    if (WordNet::instance().isEmpty() || !Lexicon::instance().hasDictionary())
        QSKIP("WordNet or the dictionary is not installed");
    // As on multinews-dev, where "North Korea" acting in the news was an organisation ×46.
    const QList<Article> articles = TestUtils::articles(
        {u"Summit\nPresident Trump on Tuesday touted North Korea's untapped property market potential, and said "
         u"one benefit North Korea would see if it opens up its economy could be a hotel. Trump announced North "
         u"Korea had agreed to relinquish its nuclear weapons. The Center said it would study the deal.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    QStringList kinds;
    for (const Mention& m : names[0]) {
        const QString text = articles[0].text.sliced(m.start, m.length());
        if (text == u"North Korea"_s || text == u"Center"_s)
            kinds.append(text + u':' + mentionKindName(m.kind));
    }
    kinds.removeDuplicates();
    QVERIFY2(kinds.contains(u"North Korea:place"_s), qPrintable(kinds.join(u", ")));
    QVERIFY2(!kinds.contains(u"North Korea:organization"_s) && !kinds.contains(u"Center:place"_s),
             qPrintable(kinds.join(u", ")));
}

namespace {
// ECB+'s articles, of the given topic folders or of all; none without ../shared.
QList<Article> ecbArticles(const QStringList& topics = {})
{
    const QDir root(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/ecbplus"));
    QList<Article> articles;
    for (const QString& topic : topics.isEmpty() ? root.entryList(QDir::Dirs | QDir::NoDotAndDotDot) : topics) {
        const QDir dir(root.filePath(topic));
        for (const QString& name : dir.entryList({u"*.txt"_s}, QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto read = ArticleReader::fromBytes(f.readAll(), dir.filePath(name), topic + u'/' + name);
            if (auto *article = std::get_if<Article>(&read)) {
                article->mentions = MentionRecognizer::figures(*article);
                articles.append(std::move(*article));
            }
        }
    }
    return articles;
}
} // namespace

void TestNameRecognizer::anAgeMakesAPerson()
{
    // On the whole of ECB+, "Teixeira" beside "for" and "the … sweepstakes" read as a place ×128;
    // "Teixeira, 28," says whom the folder means.
    const QList<Article> articles = ecbArticles();
    if (articles.isEmpty())
        QSKIP("../shared/corpora/ecbplus is not present");
    QVERIFY(articles.size() > 900);
    const auto names = NameRecognizer::recognize(articles);
    QHash<QString, int> kinds;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == u"Teixeira"_s)
                ++kinds[mentionKindName(m.kind)];
        }
    }
    QVERIFY2(kinds.value(u"person"_s) > 100 && kinds.value(u"place"_s) == 0,
             qPrintable(QStringList(kinds.keys()).join(u", ")));
}

namespace {
// The kinds a folder gives one name text, in every article, as "file:kind".
QStringList kindsOf(const QList<Article>& articles, const QString& name)
{
    const auto names = NameRecognizer::recognize(articles);
    QStringList out;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == name)
                out.append(articles[a].relativePath + u':' + mentionKindName(m.kind));
        }
    }
    out.removeDuplicates();
    return out;
}

// A story about the town of Dudley, which the gazetteer knows (ISO 3166-2:GB).
const QString dudleyTown = u"Floods in Dudley\nFlooding closed roads in Dudley on Monday. Dudley council said "
                           u"the river rose overnight. Residents of Dudley were told to stay home. Schools in Dudley "
                           u"stayed shut.\n"_s;
} // namespace

void TestNameRecognizer::aSurnameIsThePersonNamedInFull()
{
    if (WordNet::instance().isEmpty() || !Lexicon::instance().hasDictionary())
        QSKIP("WordNet or the dictionary is not installed");
    // As on multinews-dev, where BP's chief executive was a place ×24 after "Bob Dudley" once.
    const QList<Article> articles = TestUtils::articles(
        {dudleyTown,
         u"BP pay\nShareholders of BP rebelled on Thursday against the pay of chief executive Bob Dudley. "
         u"Dudley has to work harder than his predecessors, analysts said. Dudley declined to comment.\n"_s});
    const QStringList kinds = kindsOf(articles, u"Dudley"_s);
    QVERIFY2(kinds.contains(articles[1].relativePath + u":person"_s), qPrintable(kinds.join(u", ")));
    QVERIFY2(kinds.contains(articles[0].relativePath + u":place"_s), qPrintable(kinds.join(u", ")));
    QVERIFY2(!kinds.contains(articles[1].relativePath + u":place"_s), qPrintable(kinds.join(u", ")));
}

void TestNameRecognizer::anHonorificMakesAPerson()
{
    if (WordNet::instance().isEmpty() || !Lexicon::instance().hasDictionary())
        QSKIP("WordNet or the dictionary is not installed");
    // "Mr. Dudley" is a person even where the folder also writes the town's name many times;
    // "Rep. Peter King" stays whole, and "St. Louis" is no person.
    const QList<Article> articles = TestUtils::articles(
        {dudleyTown.left(dudleyTown.indexOf(u"Schools"_s)) + u"\n"_s,
         u"BP pay\nShareholders voted against the pay of Mr. Dudley on Thursday, analysts said. "
         u"Rep. Peter King said he would ask BP in St. Louis about it.\n"_s});
    QVERIFY2(kindsOf(articles, u"Dudley"_s).contains(articles[1].relativePath + u":person"_s),
             qPrintable(kindsOf(articles, u"Dudley"_s).join(u", ")));
    QVERIFY2(kindsOf(articles, u"Peter"_s).isEmpty(), qPrintable(kindsOf(articles, u"Peter"_s).join(u", ")));
    const QStringList louis = kindsOf(articles, u"Louis"_s) + kindsOf(articles, u"St. Louis"_s);
    QVERIFY2(!louis.join(u' ').contains(u"person"_s), qPrintable(louis.join(u", ")));
}

void TestNameRecognizer::digitsAfterANameAreNoAmount()
{
    // As on ECB+ ("Curve 8900" ×39, "Internet Explorer 8") and multinews-dev, where the "360" of
    // "Xbox 360" in two stories' sentences was a shared figure that matched them.
    QList<Article> articles = TestUtils::articles(
        {u"Planes\nThe airline flew a Boeing 747 to Paris on Monday, and Airbus said its rival Boeing was late. The "
         u"road Oregon 214 was closed near Salem. Microsoft sold 8,900 phones and 360 consoles.\n"_s});
    MentionRecognizer::addNames(articles);
    QStringList numbers;
    for (const Mention& m : std::as_const(articles[0].mentions)) {
        if (m.kind == MentionKind::Number)
            numbers.append(articles[0].text.sliced(m.start, m.length()));
    }
    QCOMPARE(numbers, QStringList({u"8,900"_s, u"360"_s}));
}

void TestNameRecognizer::anIslandNamesAPlace()
{
    // On ECB+'s Qeshm earthquake (topic 20), "Qeshm" alone read as a person x40 ("Qeshm governor
    // … told", "from Qeshm to Bandar Abbas"); "Qeshm Island", a place, says what Qeshm is.
    const QList<Article> articles = ecbArticles({u"ecbplus-t20-ecb"_s, u"ecbplus-t20-plus"_s});
    if (articles.isEmpty())
        QSKIP("../shared/corpora/ecbplus is not present");
    QVERIFY(articles.size() > 10);
    const auto names = NameRecognizer::recognize(articles);
    QHash<QString, int> kinds;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) == u"Qeshm"_s)
                ++kinds[mentionKindName(m.kind)];
        }
    }
    QVERIFY2(kinds.value(u"place"_s) > 30 && kinds.value(u"person"_s) == 0,
             qPrintable(QStringList(kinds.keys()).join(u", ")));
}

void TestNameRecognizer::anAwardIsNoNameOfItsOwn()
{
    // On ECB+, "Academy" of "the Academy Awards" read as an organisation x36 (the whole folder's
    // evidence makes it a name): a name before the head word of an award's or a contest's name is
    // part of that name.
    const QList<Article> articles = ecbArticles();
    if (articles.isEmpty())
        QSKIP("../shared/corpora/ecbplus is not present");
    const auto names = NameRecognizer::recognize(articles);
    int beforeAwards = 0, academies = 0;
    for (int a = 0; a < articles.size(); ++a) {
        const QString& text = articles[a].text;
        academies += int(text.count(u"Academy Awards"_s));
        for (const Mention& m : names[a]) {
            if (QStringView(text).sliced(m.end).startsWith(u" Award"))
                ++beforeAwards;
        }
    }
    QVERIFY(academies > 10);
    QCOMPARE(beforeAwards, 0);
}

void TestNameRecognizer::aTickerMakesACompany()
{
    // As on ECB+: "Intel chips", "Intel processors" made Intel a product ×126; "Intel (nasdaq:
    // INTC)" says it is the company.
    const QList<Article> articles = TestUtils::articles(
        {u"Chips\nThe laptop runs on Intel chips. Buyers want Intel chips, not rival processors.\n"_s,
         u"Servers\nThe new servers use Intel processors. Intel processors cost more than before.\n"_s,
         u"Rivals\nThe deal puts pressure on chief rival Intel (nasdaq: INTC - news - people), analysts said.\n"_s});
    const auto names = NameRecognizer::recognize(articles);
    int companies = 0;
    for (int a = 0; a < articles.size(); ++a) {
        for (const Mention& m : names[a]) {
            if (articles[a].text.sliced(m.start, m.length()) != u"Intel"_s)
                continue;
            QCOMPARE(mentionKindName(m.kind), u"organization"_s);
            ++companies;
        }
    }
    QVERIFY(companies >= 4);
}

void TestNameRecognizer::correctionsWin()
{
    const QList<Article> articles =
        TestUtils::articles({u"Headline\nThe Osterhaven barrage was approved by Veldmark.\n"_s,
                             u"Headline\nFishermen fear the Osterhaven barrage.\n"_s});
    NameRecognizer::Corrections corrections;
    corrections.insert(u"Veldmark"_s, std::nullopt);         // not a name
    corrections.insert(u"Osterhaven"_s, MentionKind::Place); // a place, wherever it stands
    corrections.insert(u"barrage"_s, MentionKind::Product);  // even in lower case
    const auto names = NameRecognizer::recognize(articles, corrections);
    auto kinds = [&](int a) {
        QStringList out;
        for (const Mention& m : names[a])
            out.append(mentionKindName(m.kind) + u':' + articles[a].text.sliced(m.start, m.length()));
        return out;
    };
    QCOMPARE(kinds(0), QStringList({u"place:Osterhaven"_s, u"product:barrage"_s}));
    QCOMPARE(kinds(1), QStringList({u"place:Osterhaven"_s, u"product:barrage"_s}));
    QCOMPARE(
        NameRecognizer::correctionsFrom({{u"A"_s, u"none"_s}, {u"B"_s, u"person"_s}, {u"C"_s, u"money"_s}})
            .size(),
        2);
}

// Precision and recall of people, organisations and places against GUM's named mentions (those
// with a Wikipedia identity). A gold mention counts as found when a predicted name of the same
// kind overlaps it; a predicted name counts as right when it overlaps a gold mention (named or
// not) of the same kind.
void TestNameRecognizer::gumNewsNamedMentions()
{
    const QString root = QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/gum-news");
    QFile tsv(root + u"/gum_news_entities.tsv"_s);
    if (!tsv.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpora/gum-news is not present");
    struct Gold
    {
        qsizetype start, end;
        QString kind;
        bool named;
    };
    QHash<QString, QList<Gold>> gold;
    QHash<QString, QList<qsizetype>> lineStarts;
    QList<Article> articles;
    QStringList docs;
    const QDir textDir(root + u"/text"_s);
    for (const QString& name : textDir.entryList({u"*.txt"_s}, QDir::Files)) {
        QFile f(textDir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString doc = name.chopped(4);
        docs.append(doc);
        articles.append(std::get<Article>(ArticleReader::fromBytes(bytes, textDir.filePath(name), name)));
        articles.last().mentions = MentionRecognizer::figures(articles.last());
        QList<qsizetype> starts;
        const QString& text = articles.last().text;
        for (qsizetype at = 0; at < text.size();) {
            qsizetype end = text.indexOf(u'\n', at);
            if (end < 0)
                end = text.size();
            if (end > at)
                starts.append(at);
            at = end + 1;
        }
        lineStarts.insert(doc, starts);
    }
    bool header = true;
    while (!tsv.atEnd()) {
        const QStringList f = QString::fromUtf8(tsv.readLine()).trimmed().split(u'\t');
        if (header) {
            header = false;
            continue;
        }
        if (f.size() < 8)
            continue;
        QString kind = f[4];
        if (kind != u"person" && kind != u"organization" && kind != u"place")
            continue;
        // GUM counts characters in the sentences joined by one separator; map that to our lines.
        const int sentence = f[1].section(u'-', -1).toInt() - 1;
        const auto& starts = lineStarts.value(f[0]);
        if (sentence < 0 || sentence >= starts.size())
            continue;
        qsizetype joined = 0;
        const QString& text = articles[docs.indexOf(f[0])].text;
        for (int n = 0; n < sentence; ++n) {
            const qsizetype end = text.indexOf(u'\n', starts[n]);
            joined += (end < 0 ? text.size() : end) - starts[n] + 1;
        }
        const qsizetype base = starts[sentence] - joined;
        // Pronouns and descriptions ("he", "the team") carry the identity of the name they refer
        // to; only capitalised mentions are names to find.
        static const QSet<QString> pronouns = {u"I"_s,    u"He"_s,  u"She"_s, u"It"_s,  u"We"_s,
                                               u"They"_s, u"His"_s, u"Her"_s, u"Its"_s, u"Their"_s,
                                               u"Our"_s,  u"My"_s,  u"You"_s};
        const QString mention = f[8].startsWith(u"the "_s) ? f[8].sliced(4) : f[8];
        const bool named = !f[6].isEmpty() && !mention.isEmpty() && mention.front().isUpper() &&
                           !pronouns.contains(mention.section(u' ', 0, 0));
        gold[f[0]].append({base + f[2].toInt(), base + f[3].toInt(), kind, named});
    }
    const auto predicted = NameRecognizer::recognize(articles);
    int goldNamed = 0, found = 0, predictedCount = 0, right = 0, rightAnyKind = 0, foundAnyKind = 0;
    for (int a = 0; a < articles.size(); ++a) {
        const auto& g = gold.value(docs[a]);
        for (const Mention& m : predicted[a]) {
            if (m.kind != MentionKind::Person && m.kind != MentionKind::Organization &&
                m.kind != MentionKind::Place)
                continue;
            ++predictedCount;
            const QString kind = mentionKindName(m.kind);
            right += std::any_of(
                         g.cbegin(), g.cend(),
                         [&](const Gold& x) { return x.kind == kind && m.start < x.end && m.end > x.start; })
                         ? 1
                         : 0;
            rightAnyKind += std::any_of(g.cbegin(), g.cend(),
                                        [&](const Gold& x) { return m.start < x.end && m.end > x.start; })
                                ? 1
                                : 0;
        }
        for (const Gold& x : g) {
            if (!x.named)
                continue;
            ++goldNamed;
            found += std::any_of(predicted[a].cbegin(), predicted[a].cend(),
                                 [&](const Mention& m) {
                                     return mentionKindName(m.kind) == x.kind && m.start < x.end &&
                                            m.end > x.start;
                                 })
                         ? 1
                         : 0;
            foundAnyKind += std::any_of(predicted[a].cbegin(), predicted[a].cend(),
                                        [&](const Mention& m) { return m.start < x.end && m.end > x.start; })
                                ? 1
                                : 0;
        }
    }
    const double precision = double(right) / predictedCount, recall = double(found) / goldNamed;
    qInfo("GUM news names (person, organization, place): precision %.3f (%d of %d), recall %.3f (%d of %d "
          "named)",
          precision, right, predictedCount, recall, found, goldNamed);
    qInfo("GUM news names found at all, kind aside: precision %.3f, recall %.3f",
          double(rightAnyKind) / predictedCount, double(foundAnyKind) / goldNamed);
    // Floors just under today's figures: a change that loses names fails here.
    QVERIFY2(precision >= 0.50, "name precision fell below 0.50");
    QVERIFY2(recall >= 0.38, "name recall fell below 0.38");
}


// Sentence-opening words that real news capitalises (paraphrased from ECB+ and multinews-dev):
// none of them is a name.
void TestNameRecognizer::commonWordsAreNoNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    auto row = [](const char *what, const QString& text, const QString& word) { QTest::addRow("%s", what) << text << word; };
    row("The", u"Headline\nThe fire broke out late on Friday night in a warehouse.\n"_s, u"The"_s);
    row("A", u"Headline\nA man was arrested after the crash on the highway.\n"_s, u"A"_s);
    row("He", u"Headline\nHe told reporters the team would appeal.\n"_s, u"He"_s);
    row("She", u"Headline\nShe was taken to a hospital nearby.\n"_s, u"She"_s);
    row("In", u"Headline\nIn a statement, the company denied any wrongdoing.\n"_s, u"In"_s);
    row("This", u"Headline\nThis is the third quake to hit the region in a month.\n"_s, u"This"_s);
    row("And", u"Headline\nAnd the rescue went on through the night.\n"_s, u"And"_s);
    row("I'm", u"Headline\nI'm not going anywhere, the coach said.\n"_s, u"I'm"_s);
    row("You", u"Headline\nYou can add location information to your posts.\n"_s, u"You"_s);
    row("Police said", u"Headline\nPolice said the driver fled the scene.\n"_s, u"Police"_s);
    row("President alone", u"Headline\nThe President spoke to the nation on Sunday.\n"_s, u"President"_s);
    row("initial", u"Headline\nThe suspect, of Schenectady, N. Y., was charged.\n"_s, u"N."_s);
    // As on ECB+: "No." ×35 and "Christmas" ×55 were people.
    row("No. before a number", u"Headline\n\"We were searching,\" Juror No. 12 said. Juror No. 8 agreed.\n"_s,
        u"No."_s);
    row("a holiday", u"Headline\nKneeling before a Christmas tree, he smiled. Christmas came early for Hefner, who "
                     u"spent Christmas in Los Angeles.\n"_s,
        u"Christmas"_s);
    // As on multinews-dev: "FAS" ×103, "AFM" ×33, "CNS" ×25, "ADHD" ×23 were organisations.
    row("an acronym defined as a term",
        u"Headline\nDoctors say fetal alcohol syndrome (FAS) is preventable. Children with FAS need help early, "
        u"FAS researchers say.\n"_s,
        u"FAS"_s);
    // As on multinews-dev: "Caihong" of "Caihong juji", a dinosaur, was a person ×60.
    row("a genus",
        u"Headline\nAn artist's depiction of Caihong juji, a feathered dinosaur. Caihong juji lived in China. "
        u"Like other dinosaurs, Caihong had a bony crest, said the researcher Xu Xing.\n"_s,
        u"Caihong"_s);
    // As on multinews-dev: "North" a place ×38, out of "North Korean leader".
    row("a point of the compass before a people's adjective",
        u"Headline\nTrump met the North Korean leader in Singapore. North Korean state media praised the summit, "
        u"and the North Korean side agreed.\n"_s,
        u"North"_s);
}

void TestNameRecognizer::commonWordsAreNoNames()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const QList<Article> articles = TestUtils::articles({text});
    const auto names = NameRecognizer::recognize(articles);
    for (const Mention& m : names[0]) {
        const QString t = articles[0].text.sliced(m.start, m.length());
        QVERIFY2(t != word && !t.startsWith(word + u' '), qPrintable(mentionKindName(m.kind) + u':' + t));
    }
}

// What makes "Web" of "Web site" no name (on ECB+ 52 of its 73 mentions as a product): a phrase
// WordNet writes in lower case, or the plural of one. WordNet writes "Caesar salad" and "New York"
// with their capitals: there the capital is the name's.
void TestNameRecognizer::wordNetCommonNounPhrases()
{
    const WordNet& wordnet = WordNet::instance();
    QVERIFY2(!wordnet.isEmpty(), "WordNet is missing: install wordnet-base (tools/setup does)");
    for (const QString& phrase : {u"web site"_s, u"web sites"_s, u"health care"_s, u"alma mater"_s, u"navy man"_s})
        QVERIFY2(wordnet.isCommonNounPhrase(phrase), qPrintable(phrase));
    for (const QString& phrase : {u"caesar salad"_s, u"new york"_s, u"web"_s, u"red cross"_s, u"site web"_s})
        QVERIFY2(!wordnet.isCommonNounPhrase(phrase), qPrintable(phrase));
    // "Navy man": the service alone is an organisation, so the recogniser keeps the name.
    QCOMPARE(wordnet.entityClass(u"navy"_s), WordNet::EntityClass::Organization);
    QCOMPARE(wordnet.entityClass(u"web"_s), WordNet::EntityClass::None);
}

void TestNameRecognizer::acronymDefinitions_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("acronym"); // empty: nothing is defined
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<bool>("term");
    auto row = [](const char *what, const QString& sentence, const QString& acronym, const QString& longForm,
                  bool term) { QTest::addRow("%s", what) << sentence << acronym << longForm << term; };
    row("term", u"Children with fetal alcohol syndrome (FAS) struggle."_s, u"FAS"_s, u"fetal alcohol syndrome"_s, true);
    row("term opening the sentence", u"Central nervous system (CNS) damage is lasting."_s, u"CNS"_s,
        u"Central nervous system"_s, true);
    row("a letter beside its initial", u"He has attention deficit hyperactivity disorder (ADHD)."_s, u"ADHD"_s,
        u"attention deficit hyperactivity disorder"_s, true);
    row("after a function word", u"Such geomagnetically induced currents (GICs) harm grids."_s, u"GICs"_s,
        u"geomagnetically induced currents"_s, true);
    row("a name", u"Agents of the Federal Bureau of Investigation (FBI) arrived."_s, u"FBI"_s,
        u"Federal Bureau of Investigation"_s, false);
    row("a function word's letter", u"A Department of Defense (DoD) report says so."_s, u"DoD"_s,
        u"Department of Defense"_s, false);
    row("long form in the bracket", u"Cases of MRSA (methicillin-resistant staph aureus) rose."_s, u"MRSA"_s,
        u"methicillin-resistant staph aureus"_s, true);
    row("long form in the bracket, ending in lower case",
        u"MRSA (Methicillin-resistant Staphylococcus aureus) bacteria spread."_s, u"MRSA"_s,
        u"Methicillin-resistant Staphylococcus aureus"_s, true);
    row("no long form", u"The company said (AMD) nothing."_s, QString(), QString(), false);
    row("a ticker", u"Shares rose 5% (NYSE: IBM) on Monday."_s, QString(), QString(), false);
    row("a wire credit", u"The fire spread fast, officials said (AP)."_s, QString(), QString(), false);
    row("not across a comma", u"Over the system, staff (SS) left."_s, QString(), QString(), false);
    row("unclosed bracket", u"It was fetal alcohol syndrome (FAS"_s, QString(), QString(), false);
}

void TestNameRecognizer::acronymDefinitions()
{
    QFETCH(QString, sentence);
    QFETCH(QString, acronym);
    QFETCH(QString, longForm);
    QFETCH(bool, term);
    const QList<Acronyms::Definition> found = Acronyms::definitions(sentence);
    if (acronym.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().acronym));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().acronym, acronym);
    QCOMPARE(found.first().longForm, longForm);
    QCOMPARE(found.first().term, term);
}

void TestNameRecognizer::spanConventions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("wider");
    auto row = [](const char *what, const QString& text, const QString& name, const QString& wider) {
        QTest::addRow("%s", what) << text << name << wider;
    };
    row("honorific", u"Headline\nThe plan was backed by Mr. Eddie Mason on Tuesday.\n"_s, u"Eddie Mason"_s, u"Mr. Eddie Mason"_s);
    row("title", u"Headline\nThe summit was hosted by President Xi Jinping last week.\n"_s, u"Xi Jinping"_s,
        u"President Xi Jinping"_s);
    row("possessive", u"Headline\nThe deal came after Eddie Mason's visit to the plant.\n"_s, u"Eddie Mason"_s,
        u"Eddie Mason's"_s);
    row("leading the", u"Headline\nShe studied at the University of Portsmouth for a year.\n"_s,
        u"University of Portsmouth"_s, u"the University of Portsmouth"_s);
    // A rank as wires abbreviate it is a title: not part of the name, not a name of its own, not a
    // person with the force or the country before it.
    row("rank after a force", u"Headline\nPolice Cmdr. Jane Doe and Maj. Tom Reed spoke to Sgt. Ray Cole.\n"_s,
        u"Jane Doe"_s, u"Police Cmdr"_s);
    row("rank alone", u"Headline\nPolice Cmdr. Jane Doe and Maj. Tom Reed spoke to Sgt. Ray Cole.\n"_s,
        u"Tom Reed"_s, u"Maj"_s);
    row("rank after a country", u"Headline\nU.S. Vice Adm. Bill Gortney told reporters the ships were safe.\n"_s,
        u"Bill Gortney"_s, u"U.S. Vice Adm"_s);
}

void TestNameRecognizer::spanConventions()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, wider);
    const QList<Article> articles = TestUtils::articles({text});
    const auto names = NameRecognizer::recognize(articles);
    QStringList seen;
    for (const Mention& m : names[0])
        seen.append(articles[0].text.sliced(m.start, m.length()));
    QVERIFY2(seen.contains(name), qPrintable(seen.join(u", ")));
    QVERIFY2(!seen.contains(wider), qPrintable(seen.join(u", ")));
}

namespace {
QString gumDir()
{
    return QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/gum");
}
} // namespace

// A few GUM documents are enough to show learning: the trained tagger finds names on its own
// training text far better than an untrained one, and training twice gives the same model.
void TestNameRecognizer::trainerLearns()
{
    if (!QFile::exists(gumDir() + u"/gum_entities.tsv"_s))
        QSKIP("../shared/corpora/gum is not present");
    QSet<QString> slice;
    const QSet<QString> train = NameTrainer::gumSplit(gumDir(), u"train"_s);
    QStringList sorted(train.cbegin(), train.cend());
    sorted.sort();
    for (const QString& doc : sorted.mid(0, 10))
        slice.insert(doc);
    QString error;
    const auto docs = NameTrainer::readGum(gumDir(), slice, &error);
    QVERIFY2(docs.size() == 10, qPrintable(error));
    const NameTagger untrained = NameTrainer::train(docs, 0, 1);
    const NameTagger tagger = NameTrainer::train(docs, 5, 1);
    QCOMPARE(NameTrainer::evaluate(untrained, docs).overall.truePositives, 0);
    const double f1 = NameTrainer::evaluate(tagger, docs).overall.f1();
    QVERIFY2(f1 > 0.8, qPrintable(QString::number(f1)));
    QCOMPARE(NameTrainer::train(docs, 5, 1).toBytes(), tagger.toBytes());
}

// The shipped model on GUM's dev split (never trained on): exact spans of any kind.
void TestNameRecognizer::shippedModelOnGumDev()
{
    if (!QFile::exists(gumDir() + u"/gum_entities.tsv"_s))
        QSKIP("../shared/corpora/gum is not present");
    QVERIFY(!NameTagger::shipped().isEmpty());
    QString error;
    const auto dev = NameTrainer::readGum(gumDir(), NameTrainer::gumSplit(gumDir(), u"dev"_s), &error);
    QVERIFY2(!dev.isEmpty(), qPrintable(error));
    const NameTrainer::Score score = NameTrainer::evaluate(NameTagger::shipped(), dev);
    qInfo("GUM dev, exact spans: any kind F1 %.3f, typed F1 %.3f", score.spans.f1(), score.overall.f1());
    QVERIFY2(score.spans.f1() >= 0.65, qPrintable(QString::number(score.spans.f1())));
    QVERIFY2(score.overall.f1() >= 0.48, qPrintable(QString::number(score.overall.f1())));
}

void TestNameRecognizer::modelRoundTrips()
{
    const NameTagger& shipped = NameTagger::shipped();
    QVERIFY(!shipped.isEmpty());
    const QByteArray bytes = shipped.toBytes();
    QString error;
    const auto again = NameTagger::fromBytes(bytes, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toBytes(), bytes);
    QVERIFY(!NameTagger::fromBytes(bytes.left(bytes.size() - 3), &error));
    QVERIFY(error.contains(u"truncated"_s));
    QVERIFY(!NameTagger::fromBytes(QByteArrayLiteral("not a model at all"), &error));
}

// Scores a greedy left-to-right decoder gets wrong: "Ann" alone looks most like a one-word person
// (U 5 against B 4), but "Ann Lee" as one person (B 4 + L 10) beats U then a one-word place (5 + 3).
// A beam narrower than the gap between U and B at "Ann" drops the better path.
void TestNameRecognizer::viterbiFindsTheBestPath()
{
    const QString text = u"Ann Lee"_s;
    QList<NameToken> tokens;
    tokenizeForNames(text, 0, text.size(), tokens);
    QCOMPARE(tokens.size(), 2);
    const int uPerson = NameTagger::makeTag(4, 0), bPerson = NameTagger::makeTag(1, 0);
    const int lPerson = NameTagger::makeTag(3, 0), uPlace = NameTagger::makeTag(4, 2);
    auto own = [&](size_t i, NameTagger::Scores& scores) {
        if (i == 0) {
            scores[size_t(uPerson)] += 5;
            scores[size_t(bPerson)] += 4;
        } else {
            scores[size_t(lPerson)] += 10;
            scores[size_t(uPlace)] += 3;
        }
    };
    auto history = [](size_t, int, NameTagger::Scores&) {};
    std::vector<int> tags;
    std::vector<float> margins;
    NameTagger::decode(text, tokens, own, history, tags, &margins);
    QCOMPARE(tags, (std::vector<int>{bPerson, lPerson}));
    QCOMPARE(margins[0], -1.f); // B 4 against U 5: the path, not the token, chose it
    NameTagger::decode(text, tokens, own, history, tags, nullptr, 0.5f);
    QCOMPARE(tags, (std::vector<int>{uPerson, uPlace}));
    NameTagger::decode(text, tokens, own, history, tags, nullptr, 2.f);
    QCOMPARE(tags, (std::vector<int>{bPerson, lPerson}));
}

// A digit far from any capital cannot begin a name the recogniser keeps, so tagging does not
// score it: a page dense with figures costs the tagger nothing. A digit next to capitals is
// scored as in training ("Lennox Lewis 15", "No. 2 Tennessee"), so names stay as they were.
void TestNameRecognizer::digitsFarFromCapitalsAreNotScored()
{
    const QString text = u"revenue rose 5% to $3 billion at 3:30 p.m. in Lisbon 2025 or later"_s;
    QList<NameToken> tokens;
    tokenizeForNames(text, 0, text.size(), tokens);
    QList<QString> scored;
    auto own = [&](size_t i, NameTagger::Scores&) {
        scored.append(text.sliced(tokens[qsizetype(i)].start, tokens[qsizetype(i)].end - tokens[qsizetype(i)].start));
    };
    auto history = [](size_t, int, NameTagger::Scores&) {};
    std::vector<int> tags;
    NameTagger::decode(text, tokens, own, history, tags);
    QVERIFY2(scored.contains(u"5"_s) && scored.contains(u"2025"_s), qPrintable(scored.join(u'|')));
    scored.clear();
    NameTagger::decode(text, tokens, own, history, tags, nullptr, std::numeric_limits<float>::infinity(), false);
    // Nothing before "in Lisbon" is scored; after it a name may be open, and what is inside one is.
    QCOMPARE(scored.mid(0, 2), (QList<QString>{u"Lisbon"_s, u"2025"_s}));
}

QTEST_GUILESS_MAIN(TestNameRecognizer)
#include "tst_namerecognizer.moc"
