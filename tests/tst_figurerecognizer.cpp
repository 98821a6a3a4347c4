#include "recognition/figurerecognizer.h"

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>
#include <vector>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestFigureRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognizes_data();
    void recognizes();
    void leavesAlone_data();
    void leavesAlone();
    void describesValues();
    void noFigureInside_data();
    void noFigureInside();
    void relativeDates_data();
    void relativeDates();
    void changes();
    void conversionsBothWays();
    void hundredthsAreExact();
    void termsAreSharedTexts();
    void recognizersTextSpecs();
    void anchoredScanEqualsWholeTextScan();
    void halfSurrogatesAndEmoji();
};

namespace {
// "kind|text|value|valueMax|unit|approx|normalized": the figure expected somewhere in the sentence.
struct Expect
{
    QString kind, text;
    double value = std::nan("");
    double valueMax = std::nan("");
    QString unit, approx, normalized;
};

QString show(const QString& text, const Mention& m)
{
    return u"%1 '%2' %3..%4 %5 [%6] (%7)"_s.arg(mentionKindName(m.kind), text.sliced(m.start, m.length()))
        .arg(m.value, 0, 'g', 15)
        .arg(m.valueMax ? *m.valueMax : std::nan(""), 0, 'g', 15)
        .arg(m.unit, m.approx, m.normalized);
}
} // namespace

void TestFigureRecognizer::recognizes_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("valueMax");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("approx");
    QTest::addColumn<QString>("normalized");
    const double none = std::nan("");
    auto row = [&](const char *name, const QString& sentence, const QString& kind, const QString& figure,
                   double value, double valueMax = std::nan(""), const QString& unit = {},
                   const QString& approx = {}, const QString& normalized = {}) {
        QTest::addRow("%s", name) << sentence << kind << figure << value << valueMax << unit << approx
                                  << normalized;
    };
    // Money
    row("dollar billions", u"a plan to invest $53 billion in AI"_s, u"money"_s, u"$53 billion"_s, 53e9, none,
        u"USD"_s);
    row("US dollar prefix", u"revenue of US$4.35 billion rose"_s, u"money"_s, u"US$4.35 billion"_s, 4.35e9,
        none, u"USD"_s);
    row("RMB code", u"increase to RMB 31.74 billion (US$4.35 billion)"_s, u"money"_s, u"RMB 31.74 billion"_s,
        31.74e9, none, u"CNY"_s);
    row("yuan after amount", u"invest 380 billion yuan in AI"_s, u"money"_s, u"380 billion yuan"_s, 380e9,
        none, u"CNY"_s);
    row("yuan with qualifier", u"of over 380 billion yuan ($53 billion)"_s, u"money"_s, u"380 billion yuan"_s,
        380e9, none, u"CNY"_s, u"over"_s);
    row("dollars in brackets", u"of over 380 billion yuan ($53 billion)"_s, u"money"_s, u"$53 billion"_s,
        53e9, none, u"USD"_s);
    row("dollar prefix spaced", u"mr. bowder said the c $ 300 million charge"_s, u"money"_s, u"c $ 300 million"_s,
        300e6, none, u"CAD"_s);
    row("peso sign", u"Sell Mex$ 10 million forward"_s, u"money"_s, u"Mex$ 10 million"_s, 10e6, none, u"MXN"_s);
    row("article before a dollar sign", u"he paid a $5 fee"_s, u"money"_s, u"$5"_s, 5, none, u"USD"_s);
    row("money range in words", u"to pay two to three million yuan a year"_s, u"money"_s,
        u"two to three million yuan"_s, 2e6, 3e6, u"CNY"_s);
    row("thirty billion yuan", u"her estimates by approximately 30 billion yuan, underscoring"_s, u"money"_s,
        u"30 billion yuan"_s, 30e9, none, u"CNY"_s, u"approximately"_s);
    row("thousands and decimals", u"reaching nearly $3,680.47 billion by 2034"_s, u"money"_s,
        u"$3,680.47 billion"_s, 3680.47e9, none, u"USD"_s, u"nearly"_s);
    row("nbsp qualifier", u"reaching nearly\u00A0$3,680.47 billion\u00A0by 2034"_s, u"money"_s,
        u"$3,680.47 billion"_s, 3680.47e9, none, u"USD"_s, u"nearly"_s);
    row("euro bn", u"a \u20AC2bn deal"_s, u"money"_s, u"\u20AC2bn"_s, 2e9, none, u"EUR"_s);
    row("pound m", u"it cost \u00A3450m to build"_s, u"money"_s, u"\u00A3450m"_s, 450e6, none, u"GBP"_s);
    row("yen trillion", u"a \u00A51.2 trillion budget"_s, u"money"_s, u"\u00A51.2 trillion"_s, 1.2e12, none,
        u"JPY"_s);
    row("dollars spelled out", u"some 53 billion dollars over three years"_s, u"money"_s,
        u"53 billion dollars"_s, 53e9, none, u"USD"_s, u"some"_s);
    row("range with two signs", u"Meta($60-$65 Billion), Amazon"_s, u"money"_s, u"$60-$65 Billion"_s, 60e9,
        65e9, u"USD"_s);
    row("range with one sign", u"will cost \u20AC1.1-1.3 billion in all"_s, u"money"_s,
        u"\u20AC1.1-1.3 billion"_s, 1.1e9, 1.3e9, u"EUR"_s);
    row("range with to", u"between $1.2 billion to $1.4 billion"_s, u"money"_s,
        u"$1.2 billion to $1.4 billion"_s, 1.2e9, 1.4e9, u"USD"_s);
    row("around qualifier", u"Meta has committed around $65 billion for 2025"_s, u"money"_s, u"$65 billion"_s,
        65e9, none, u"USD"_s, u"around"_s);
    row("more than qualifier", u"gained more than $100 billion in value"_s, u"money"_s, u"$100 billion"_s,
        100e9, none, u"USD"_s, u"more than"_s);
    row("up to qualifier", u"could reach up to $5 million"_s, u"money"_s, u"$5 million"_s, 5e6, none,
        u"USD"_s, u"up to"_s);
    row("as much as qualifier", u"as much as \u20AC400 million in loans"_s, u"money"_s,
        u"\u20AC400 million"_s, 400e6, none, u"EUR"_s, u"as much as"_s);
    row("hong kong dollars", u"raised 12 billion Hong Kong dollars"_s, u"money"_s,
        u"12 billion Hong Kong dollars"_s, 12e9, none, u"HKD"_s);
    row("HK dollar sign", u"shares closed at HK$141.20 on Monday"_s, u"money"_s, u"HK$141.20"_s, 141.2, none,
        u"HKD"_s);
    row("plain dollars", u"tickets cost $25 each"_s, u"money"_s, u"$25"_s, 25, none, u"USD"_s);
    row("thousands separator only", u"a fine of $1,500,000 was paid"_s, u"money"_s, u"$1,500,000"_s, 1.5e6,
        none, u"USD"_s);
    // As ECB+'s text re-joined from tokens writes them: "000" was a number x97.
    row("spaced thousands group", u"Rewards totaling $30, 000 are offered"_s, u"money"_s, u"$30, 000"_s, 30000,
        none, u"USD"_s);
    row("spaced thousands group, a count", u"led the crowd of 22, 000 in song"_s, u"number"_s, u"22, 000"_s, 22000);
    row("a list is no spaced group", u"rooms 12, 140 and 9 were searched"_s, u"number"_s, u"140"_s, 140);
    row("euros word", u"about 250 million euros from the state"_s, u"money"_s, u"250 million euros"_s, 250e6,
        none, u"EUR"_s, u"about"_s);
    row("euro sign after the amount", u"Banknotes of 5 \u20AC and 10 \u20AC"_s, u"money"_s, u"10 \u20AC"_s,
        10, none, u"EUR"_s);
    row("scale, then the sign", u"a grant of 250 million \u20AC for the dam"_s, u"money"_s,
        u"250 million \u20AC"_s, 250e6, none, u"EUR"_s);
    row("cents are hundredths of a dollar", u"egg prices averaged 64.2 cents a dozen"_s, u"money"_s,
        u"64.2 cents"_s, 0.642, none, u"USD"_s);
    row("pence are hundredths of a pound", u"per share lower at 197 pence."_s, u"money"_s, u"197 pence"_s,
        1.97, none, u"GBP"_s);
    row("swiss francs", u"he was fined 10,000 Swiss francs"_s, u"money"_s, u"10,000 Swiss francs"_s, 1e4,
        none, u"CHF"_s);
    row("pesetas", u"a rights issue of 6.65 billion pesetas"_s, u"money"_s, u"6.65 billion pesetas"_s, 6.65e9,
        none, u"ESP"_s);
    row("millions of euros as MEUR", u"The client estimates an increase to 120 MEUR"_s, u"money"_s,
        u"120 MEUR"_s, 120e6, none, u"EUR"_s);
    row("yuan sign after the amount", u"the price is 100\u5143 today"_s, u"money"_s, u"100\u5143"_s, 100,
        none, u"CNY"_s);
    row("pounds sterling", u"paid 3 million pounds sterling"_s, u"money"_s, u"3 million pounds sterling"_s,
        3e6, none, u"GBP"_s);
    row("written amount", u"spent seven million dollars"_s, u"money"_s, u"seven million dollars"_s, 7e6, none,
        u"USD"_s);
    row("code before amount", u"a EUR 5 billion package"_s, u"money"_s, u"EUR 5 billion"_s, 5e9, none,
        u"EUR"_s);
    // Percentages
    row("plain percent", u"shares rose 8% on Monday"_s, u"percent"_s, u"8%"_s, 8, none, u"%"_s);
    row("over percent", u"stock rose by over 8% after"_s, u"percent"_s, u"8%"_s, 8, none, u"%"_s, u"over"_s);
    row("nearly percent", u"gains to nearly 60%."_s, u"percent"_s, u"60%"_s, 60, none, u"%"_s, u"nearly"_s);
    row("as much as percent", u"shares sliding as much as 3% on Monday"_s, u"percent"_s, u"3%"_s, 3, none,
        u"%"_s, u"as much as"_s);
    row("per cent", u"up 13 per cent from"_s, u"percent"_s, u"13 per cent"_s, 13, none, u"%"_s);
    row("percent word", u"surged 83 percent since"_s, u"percent"_s, u"83 percent"_s, 83, none, u"%"_s);
    row("decimal percent", u"grew 3.5% a year"_s, u"percent"_s, u"3.5%"_s, 3.5, none, u"%"_s);
    row("percent range", u"overruns of 20% to 30% are common"_s, u"percent"_s, u"20% to 30%"_s, 20, 30,
        u"%"_s);
    row("percent range one sign", u"a fall of 15-25% in catches"_s, u"percent"_s, u"15-25%"_s, 15, 25,
        u"%"_s);
    row("written percent", u"about ten percent of them"_s, u"percent"_s, u"ten percent"_s, 10, none, u"%"_s,
        u"about"_s);
    row("percentage points", u"rates rose 0.25 percentage points"_s, u"percent"_s,
        u"0.25 percentage points"_s, 0.25, none, u"pp"_s);
    row("half a percentage point", u"The Fed cut rates by half a percentage point on Tuesday."_s, u"percent"_s,
        u"half a percentage point"_s, 0.5, none, u"pp"_s);
    row("a quarter of a percentage point", u"It raised its rate a quarter of a percentage point to 5.25%."_s,
        u"percent"_s, u"a quarter of a percentage point"_s, 0.25, none, u"pp"_s);
    row("tenths of a percentage point", u"Unemployment fell two-tenths of a percentage point in May."_s, u"percent"_s,
        u"two-tenths of a percentage point"_s, 0.2, none, u"pp"_s);
    row("a quarter-point cut", u"Markets expect a quarter-point cut next week."_s, u"percent"_s, u"a quarter-point"_s,
        0.25, none, u"pp"_s);
    row("basis points", u"Yields rose 25 basis points on the day."_s, u"percent"_s, u"25 basis points"_s, 0.25, none,
        u"pp"_s);
    row("one-half percent", u"Prices rose one-half percent in the month."_s, u"percent"_s, u"one-half percent"_s, 0.5,
        none, u"%"_s);
    row("dollars and cents", u"The company paid 3 dollars 50 cents per share."_s, u"money"_s, u"3 dollars 50 cents"_s,
        3.5, none, u"USD"_s);
    row("pounds and pence", u"Tickets cost 2 pounds and 40 pence each."_s, u"money"_s, u"2 pounds and 40 pence"_s, 2.4,
        none, u"GBP"_s);
    row("a fraction of pounds sterling", u"The bid is worth 5 1/2 pounds sterling a share."_s, u"money"_s,
        u"5 1/2 pounds sterling"_s, 5.5, none, u"GBP"_s);
    row("percentage alone", u"a 100 percentage rise"_s, u"percent"_s, u"100 percentage"_s, 100, none, u"%"_s);
    row("percents", u"one hundred percents of it"_s, u"percent"_s, u"one hundred percents"_s, 100, none, u"%"_s);
    // Shares in words are percentages: "two thirds of voters" was the count 2.
    row("fraction in words", u"about two thirds of voters agreed"_s, u"percent"_s, u"two thirds"_s, 200.0 / 3, none,
        u"%"_s, u"about"_s);
    row("fraction with an article", u"a third of the staff left"_s, u"percent"_s, u"a third"_s, 100.0 / 3, none,
        u"%"_s);
    row("a dozen", u"A dozen people were hurt in the crash"_s, u"number"_s, u"A dozen"_s, 12, none, {});
    row("half a dozen", u"police found half a dozen rifles"_s, u"number"_s, u"half a dozen"_s, 6, none, {});
    row("half of a whole", u"nearly half of all Americans own a car"_s, u"percent"_s, u"half"_s, 50, none, u"%"_s,
        u"nearly"_s);
    row("hyphenated fraction before a noun", u"the bill needs a two-thirds majority"_s, u"percent"_s, u"two-thirds"_s,
        200.0 / 3, none, u"%"_s);
    row("nbsp before percent", u"has seen a\u00A013% revenue increase"_s, u"percent"_s, u"13%"_s, 13, none,
        u"%"_s);
    // Numbers
    row("count", u"about 1,400 jobs during construction"_s, u"number"_s, u"1,400"_s, 1400, none, {},
        u"about"_s);
    row("written count with scale", u"around seven million shares"_s, u"number"_s, u"seven million"_s, 7e6,
        none, {}, u"around"_s);
    row("written count", u"representing 86 boats and twelve trawlers"_s, u"number"_s, u"twelve"_s, 12);
    row("half of a scale", u"Half a million people marched on Sunday"_s, u"number"_s, u"Half a million"_s, 5e5);
    row("a quarter of a scale", u"a quarter million fans came"_s, u"number"_s, u"a quarter million"_s, 2.5e5);
    row("half of a scale in money", u"half a million dollars was raised"_s, u"money"_s, u"half a million dollars"_s,
        5e5, none, u"USD"_s);
    row("tens and a unit with a space", u"Forty two people died in the fire"_s, u"number"_s, u"Forty two"_s, 42);
    row("hundreds, tens and a unit with spaces", u"two hundred thirty two were hurt"_s, u"number"_s,
        u"two hundred thirty two"_s, 232);
    row("a unit after a tens word is no other number", u"twenty one-year contracts"_s, u"number"_s, u"twenty"_s,
        20);
    row("written number with and", u"one hundred and sixty-one people were rescued"_s, u"number"_s,
        u"one hundred and sixty-one"_s, 161);
    row("written number past a scale", u"two million three hundred thousand voters"_s, u"number"_s,
        u"two million three hundred thousand"_s, 2.3e6);
    row("dozens", u"two dozen firefighters arrived"_s, u"number"_s, u"two dozen"_s, 24);
    // "and" joins a number's parts only below its scale: "one hundred and two hundred" is a range.
    row("two hundreds", u"between one hundred and two hundred people"_s, u"number"_s,
        u"one hundred and two hundred"_s, 100, 200);
    // Ranges in words and digits; "between" makes "and" a range, the second's scale is the first's too.
    row("words to digits", u"prices rose seven to 10 times over the decade"_s, u"number"_s, u"seven to 10"_s, 7, 10);
    row("a half and a scale", u"one and a half million people fled"_s, u"number"_s, u"one and a half million"_s,
        1.5e6);
    row("a quarter", u"it took two and a quarter turns"_s, u"number"_s, u"two and a quarter"_s, 2.25);
    row("between and", u"between 20 and 30 people were hurt"_s, u"number"_s, u"20 and 30"_s, 20, 30);
    row("percent range with between", u"between 70 and 80 percent of voters"_s, u"percent"_s, u"70 and 80 percent"_s,
        70, 80, u"%"_s);
    row("years between", u"he served between 1991 and 1998 in the post"_s, u"date"_s, u"1998"_s, 1998, none, {}, {},
        u"1998"_s);
    row("shared scale", u"between five and six hundred workers joined"_s, u"number"_s, u"five and six hundred"_s,
        500, 600);
    row("duration range in words", u"the work will take one to two years"_s, u"duration"_s, u"one to two years"_s, 1,
        2, u"year"_s);
    row("duration range in digits", u"a wait of 10-15 minutes at the border"_s, u"duration"_s, u"10-15 minutes"_s,
        10, 15, u"minute"_s);
    row("hyphenated written number", u"twenty-five analysts agreed"_s, u"number"_s, u"twenty-five"_s, 25);
    row("decimal number", u"an index reading of 1.1 on Monday"_s, u"number"_s, u"1.1"_s, 1.1);
    row("number with scale word", u"enough for 1.2 million homes"_s, u"number"_s, u"1.2 million"_s, 1.2e6);
    row("vote count", u"passed by 31 votes to 14."_s, u"number"_s, u"31"_s, 31);
    row("number range", u"between 200-300 workers"_s, u"number"_s, u"200-300"_s, 200, 300);
    // Dates
    row("year", u"committed around $65 billion for 2025."_s, u"date"_s, u"2025"_s, 2025, none, {}, {},
        u"2025"_s);
    row("late year", u"fastest growth since late 2023, largely"_s, u"date"_s, u"late 2023"_s, 2023, none, {},
        u"late"_s, u"2023"_s);
    row("month year", u"since early January 2025, driven by"_s, u"date"_s, u"early January 2025"_s, 2025, none, {},
        u"early"_s, u"2025-01"_s);
    row("day month year", u"on 14 March 2025 the council"_s, u"date"_s, u"14 March 2025"_s, 2025, none, {},
        {}, u"2025-03-14"_s);
    row("month day year", u"on Feb. 24, 2025, it said"_s, u"date"_s, u"Feb. 24, 2025"_s, 2025, none, {}, {},
        u"2025-02-24"_s);
    row("weekday month day year", u"Friday, July 21, 2017"_s, u"date"_s, u"Friday, July 21, 2017"_s, 2017,
        none, {}, {}, u"2017-07-21"_s);
    row("month day", u"to school on September 14, and"_s, u"date"_s, u"September 14"_s, none, none, {}, {},
        u"--09-14"_s);
    row("weekday", u"announced on Monday a major"_s, u"date"_s, u"Monday"_s, none, none, {}, {}, u"Monday"_s);
    row("iso date", u"filed 2025-02-24 with"_s, u"date"_s, u"2025-02-24"_s, 2025, none, {}, {},
        u"2025-02-24"_s);
    // Tokenised corpora space a timestamp's date (rows paraphrased from ECB+ datelines).
    row("spaced iso date", u"Released 2013 - 09 - 28 05:08:35 GMT"_s, u"date"_s, u"2013 - 09 - 28"_s, 2013, none, {},
        {}, u"2013-09-28"_s);
    row("dotted date", u"Published: 2012. 08. 08 09:01 AM by staff"_s, u"date"_s, u"2012. 08. 08"_s, 2012, none, {}, {},
        u"2012-08-08"_s);
    row("time after a slash", u"Rome, Jul 13, 2009/02:00 pm (CNA) The bishops met."_s, u"time"_s, u"02:00 pm"_s, 14, none,
        {}, {}, u"14:00"_s);
    row("decade", u"since the 1990s the firm"_s, u"date"_s, u"1990s"_s, 1990, none, {}, {}, u"1990s"_s);
    row("mid year", u"finished by mid-2026 at"_s, u"date"_s, u"mid-2026"_s, 2026, none, {}, u"mid"_s, u"2026"_s);
    // Durations
    row("three years", u"over the next three years. This"_s, u"duration"_s, u"three years"_s, 3, none,
        u"year"_s);
    row("hyphen duration", u"after a nine-hour session"_s, u"duration"_s, u"nine-hour"_s, 9, none, u"hour"_s);
    row("digit duration", u"sat for the next 30 hours"_s, u"duration"_s, u"30 hours"_s, 30, none, u"hour"_s);
    row("decades", u"lasted two decades in all"_s, u"duration"_s, u"two decades"_s, 2, none, u"decade"_s);
    // Clock times (rows paraphrased from ECB+ and multinews-dev)
    row("time p.m.", u"The fire broke out at 6:30 p.m. on Friday"_s, u"time"_s, u"6:30 p.m."_s, 18.5, none, {}, {},
        u"18:30"_s);
    row("time spaced a. m.", u"Updated 4:08 a. m. local time"_s, u"time"_s, u"4:08 a. m."_s, 4 + 8 / 60.0, none, {},
        {}, u"04:08"_s);
    row("time with zone", u"First published May 3 at 11:45 AM EDT"_s, u"time"_s, u"11:45 AM EDT"_s, 11.75, none,
        u"EDT"_s, {}, u"11:45"_s);
    row("time after a signed change in a table row", u"ACME1 Corp\t12.5%\t$101.55\t+1.2\t3:30 p.m."_s, u"time"_s,
        u"3:30 p.m."_s, 15.5, none, {}, {}, u"15:30"_s);
    row("time 24h", u"the meeting ends at 18:30 sharp"_s, u"time"_s, u"18:30"_s, 18.5, none, {}, {}, u"18:30"_s);
    // A game clock counts down: minutes and seconds left, no time of day (and, as the review
    // counts them, no figure inside a clock time).
    row("a half in words", u"He served two and a half years in prison"_s, u"duration"_s, u"two and a half years"_s, 2.5,
        none, u"year"_s);
    row("a half after digits", u"the talks lasted 3 and a half hours"_s, u"duration"_s, u"3 and a half hours"_s, 3.5, none,
        u"hour"_s);
    row("game clock", u"made it 60-46 with 6:11 to go in the game"_s, u"time"_s, u"6:11"_s, 6 + 11 / 60.0, none,
        u"game clock"_s, {}, u"PT6M11S"_s);
    row("game clock left", u"a three-pointer with 4:30 left in the half"_s, u"time"_s, u"4:30"_s, 4.5, none,
        u"game clock"_s, {}, u"PT4M30S"_s);
    row("time hour only", u"police were called about 7am"_s, u"time"_s, u"7am"_s, 7, none, {}, u"about"_s,
        u"07:00"_s);
    row("time noon hour", u"shortly after 12:15 p.m. the road"_s, u"time"_s, u"12:15 p.m."_s, 12.25, none, {}, {},
        u"12:15"_s);
    row("time midnight hour", u"the call came at 12:30 a.m. Sunday"_s, u"time"_s, u"12:30 a.m."_s, 0.5, none, {},
        {}, u"00:30"_s);
    row("time approximate", u"it happened around 10:40 p.m. on the bridge"_s, u"time"_s, u"10:40 p.m."_s,
        22 + 40 / 60.0, none, {}, u"around"_s, u"22:40"_s);
    // Quantities: canonical unit, the unit as written kept
    row("gigabytes glued", u"the phone has 256GB of storage"_s, u"quantity"_s, u"256GB"_s, 256e9, none, u"B"_s);
    row("speed glued", u"winds of 50mph were recorded"_s, u"quantity"_s, u"50mph"_s, 50 * 1.609344, none,
        u"km/h"_s);
    row("degree sign alone", u"temperatures reached 95° on Sunday"_s, u"quantity"_s, u"95°"_s, 95, none, u"°"_s);
    row("degree sign and scale", u"Water boils at 100° Celsius"_s, u"quantity"_s, u"100° Celsius"_s, 100, none, u"°C"_s);
    row("miles an hour", u"can run at over 188 miles an hour, a spokesman said"_s, u"quantity"_s, u"188 miles an hour"_s,
        188 * 1.609344, none, u"km/h"_s, u"over"_s);
    row("trillion cubic feet", u"will be allowed to export 0.9 trillion cubic feet of gas"_s, u"quantity"_s,
        u"0.9 trillion cubic feet"_s, 0.9e12 * 28.316846592, none, u"L"_s);
    row("square kilometres as km2", u"home ranges of 190 km2 in the south"_s, u"quantity"_s, u"190 km2"_s, 190e6, none,
        u"m²"_s);
    row("kilowatts", u"a 10kW charger at home"_s, u"quantity"_s, u"10kW"_s, 1e4, none, u"W"_s);
    // "m" is metres before a word of size; "3m people" are millions, no measure.
    row("metres before a size", u"The tower stands 828m tall over the bay."_s, u"quantity"_s, u"828m"_s, 828, none, u"m"_s);
    row("metres joined to a size", u"They dug a 50m-long tunnel under the wall."_s, u"quantity"_s, u"50m"_s, 50, none, u"m"_s);
    row("terawatt-hours", u"enough to generate 1.1 terawatt-hours in a year"_s, u"quantity"_s, u"1.1 terawatt-hours"_s,
        1.1e12, none, u"Wh"_s);
    row("terawatt-hours a year", u"enough to generate 1.1 terawatt-hours a year"_s, u"quantity"_s,
        u"1.1 terawatt-hours a year"_s, 3011635865.85, none, u"Wh/d"_s);
    row("gigawatts written out", u"a plant of 2.4 gigawatts near the coast"_s, u"quantity"_s, u"2.4 gigawatts"_s,
        2.4e9, none, u"W"_s);
    row("millimetres", u"a crack 1.5mm wide"_s, u"quantity"_s, u"1.5mm"_s, 0.0015, none, u"m"_s);
    row("kilohertz", u"tones at 15kHz and 17kHz were used"_s, u"quantity"_s, u"17kHz"_s, 17e3, none, u"Hz"_s);
    row("feet range", u"waves of 20-30ft hit the coast"_s, u"quantity"_s, u"20-30ft"_s, 20 * 0.3048, 30 * 0.3048,
        u"m"_s);
    row("watts range", u"bulbs of 5-10W each"_s, u"quantity"_s, u"5-10W"_s, 5, 10, u"W"_s);
    row("miles", u"a trip of 252 miles by road"_s, u"quantity"_s, u"252 miles"_s, 252 * 1609.344, none, u"m"_s);
    row("written miles", u"an area about ten miles long"_s, u"quantity"_s, u"ten miles"_s, 16093.44, none, u"m"_s,
        u"about"_s);
    row("fraction miles", u"more than 10 1/2 miles of cable"_s, u"quantity"_s, u"10 1/2 miles"_s, 10.5 * 1609.344,
        none, u"m"_s, u"more than"_s);
    row("adjective inch", u"its 3-inch thickness"_s, u"quantity"_s, u"3-inch"_s, 0.0762, none, u"m"_s);
    row("fahrenheit", u"temperatures reached 104 degrees Fahrenheit"_s, u"quantity"_s, u"104 degrees Fahrenheit"_s,
        40, none, u"°C"_s);
    row("celsius sign", u"a high of 31°C on Monday"_s, u"quantity"_s, u"31°C"_s, 31, none, u"°C"_s);
    row("fahrenheit in a letter", u"temperatures hit 95F on Monday"_s, u"quantity"_s, u"95F"_s, 35, none, u"°C"_s);
    row("celsius in a letter", u"a low of minus 5C overnight"_s, u"quantity"_s, u"minus 5C"_s, -5, none, u"°C"_s);
    row("celsius spelt lower-case", u"it was 20.5 celsius at noon"_s, u"quantity"_s, u"20.5 celsius"_s, 20.5, none,
        u"°C"_s);
    row("degree fahrenheit", u"a fever of 101 degree Fahrenheit"_s, u"quantity"_s, u"101 degree Fahrenheit"_s,
        (101 - 32) * 5 / 9.0, none, u"°C"_s);
    row("degrees of no scale", u"it was 40 degrees in the shade"_s, u"quantity"_s, u"40 degrees"_s, 40, none, u"°"_s);
    // Amounts as adjectives, parts of a scale, and Indian English
    row("cents as an adjective", u"a 12-cent-a-share dividend paid in May"_s, u"money"_s, u"12-cent"_s, 0.12, none,
        u"USD"_s);
    row("yen as an adjective", u"it withdrew its one-yen bid for the system"_s, u"money"_s, u"one-yen"_s, 1, none,
        u"JPY"_s);
    row("half a million dollars", u"the state spent half a million dollars on it"_s, u"money"_s,
        u"half a million dollars"_s, 5e5, none, u"USD"_s);
    row("money by its magnitude", u"the firm spent tens of millions of dollars on it"_s, u"money"_s,
        u"tens of millions of dollars"_s, 1e7, 1e8, u"USD"_s, u"tens of millions of"_s);
    row("money in magnitudes", u"it cost billions of euros to build"_s, u"money"_s, u"billions of euros"_s, 1e9, 1e12,
        u"EUR"_s, u"billions of"_s);
    row("a quarter million dollars", u"he paid a quarter million dollars for it"_s, u"money"_s,
        u"a quarter million dollars"_s, 2.5e5, none, u"USD"_s);
    row("rupees in crores", u"the project will cost Rs 5 crore in all"_s, u"money"_s, u"Rs 5 crore"_s, 5e7, none,
        u"INR"_s);
    row("rupees in lakhs", u"a loan of 35 lakh rupees was cleared"_s, u"money"_s, u"35 lakh rupees"_s, 3.5e6, none,
        u"INR"_s);
    row("Indian digit groups", u"the fund rose to Rs. 12,34,567 this year"_s, u"money"_s, u"Rs. 12,34,567"_s,
        1234567, none, u"INR"_s);
    // Pounds: a weight unless the text says money; heights in feet and inches; magnitudes
    row("pound as an adjective", u"a 2-pound lobster was served"_s, u"quantity"_s, u"2-pound"_s, 2 * 0.45359237, none,
        u"kg"_s);
    row("a person's weight", u"he weighs 210 pounds and runs fast"_s, u"quantity"_s, u"210 pounds"_s,
        210 * 0.45359237, none, u"kg"_s);
    row("pounds of a substance", u"police found 5,000 pounds of explosives"_s, u"quantity"_s, u"5,000 pounds"_s,
        5000 * 0.45359237, none, u"kg"_s);
    row("a fine in pounds", u"he was ordered to pay a fine of 500 pounds"_s, u"money"_s, u"500 pounds"_s, 500, none,
        u"GBP"_s);
    row("millions of pounds", u"the club spent 2 million pounds on him"_s, u"money"_s, u"2 million pounds"_s, 2e6,
        none, u"GBP"_s);
    row("pounds and ounces", u"The baby weighed 7 pounds 8 ounces at birth."_s, u"quantity"_s, u"7 pounds 8 ounces"_s,
        3.401942775, none, u"kg"_s);
    row("an area as an adjective", u"The company opened a 30,000-square-foot store."_s, u"quantity"_s,
        u"30,000-square-foot"_s, 2787.0912, none, u"m²"_s);
    row("feet and inches", u"he stands 6 feet 2 inches tall"_s, u"quantity"_s, u"6 feet 2 inches"_s,
        6 * 0.3048 + 2 * 0.0254, none, u"m"_s);
    row("a height as an adjective", u"the 6-foot-2 guard scored"_s, u"quantity"_s, u"6-foot-2"_s,
        6 * 0.3048 + 2 * 0.0254, none, u"m"_s);
    row("magnitude before", u"a magnitude 6.2 earthquake struck"_s, u"quantity"_s, u"6.2"_s, 6.2, none,
        u"magnitude"_s);
    row("magnitude after", u"the 7.1-magnitude quake was felt far away"_s, u"quantity"_s, u"7.1-magnitude"_s, 7.1,
        none, u"magnitude"_s);
    row("a scale before the unit", u"it holds 1.5 million barrels in store"_s, u"quantity"_s,
        u"1.5 million barrels"_s, 1.5e6 * 158.987294928, none, u"L"_s);
    // Rates: a measure per a span of time, fuel economy
    row("barrels per day", u"it pumps 1.5 million barrels per day"_s, u"quantity"_s,
        u"1.5 million barrels per day"_s, 1.5e6 * 158.987294928, none, u"L/d"_s);
    row("tonnes a year", u"the mine yields 36,500 tonnes a year of copper"_s, u"quantity"_s,
        u"36,500 tonnes a year"_s, 36500e3 / 365.25, none, u"kg/d"_s);
    row("barrels a day as the trade writes it", u"output rose to 830,000 bpd in May"_s, u"quantity"_s,
        u"830,000 bpd"_s, 131959454.79, none, u"L/d"_s);
    row("metres a second", u"winds of 20 metres a second tore roofs off"_s, u"quantity"_s,
        u"20 metres a second"_s, 72, none, u"km/h"_s);
    row("a rate over a range", u"it burns 2-3 litres per hour idling"_s, u"quantity"_s,
        u"2-3 litres per hour"_s, 48, 72, u"L/d"_s);
    row("not a rate: a year ago", u"he drove 300 miles a year ago"_s, u"quantity"_s, u"300 miles"_s,
        300 * 1609.344, none, u"m"_s);
    row("miles per gallon", u"the car gets 40 miles per gallon on the highway"_s, u"quantity"_s,
        u"40 miles per gallon"_s, 40 * 1.609344 / 3.785411784, none, u"km/L"_s);
    row("mpg", u"a hybrid rated at 50 mpg in town"_s, u"quantity"_s, u"50 mpg"_s, 50 * 1.609344 / 3.785411784, none,
        u"km/L"_s);
    row("calories", u"the meal had 4,000 calories in all"_s, u"quantity"_s, u"4,000 calories"_s, 4000, none,
        u"kcal"_s);
    // Money as wires abbreviate it, and currencies named by their country
    row("wire scale and dollars", u"net profit of 5.5 mln dlrs in the quarter"_s, u"money"_s, u"5.5 mln dlrs"_s,
        5.5e6, none, u"USD"_s);
    row("share price in eighths", u"the stock closed at $41-3/8 on Friday"_s, u"money"_s, u"$41-3/8"_s, 41.375, none,
        u"USD"_s);
    row("a duration with a fraction", u"he served 2 1/2 years in prison"_s, u"duration"_s, u"2 1/2 years"_s, 2.5,
        none, u"year"_s);
    // Signed changes, as tables and markets write them; a hyphen inside a word or a range is no sign.
    row("minus sign", u"the index changed -0.5% on the day"_s, u"percent"_s, u"-0.5%"_s, -0.5, none, u"%"_s);
    row("Unicode minus", u"bonds \u22121.2% lower"_s, u"percent"_s, u"\u22121.2%"_s, -1.2, none, u"%"_s);
    row("plus sign", u"shares +1.2% at noon"_s, u"percent"_s, u"+1.2%"_s, 1.2, none, u"%"_s);
    row("minus in words", u"growth was minus five percent last year"_s, u"percent"_s, u"minus five percent"_s, -5,
        none, u"%"_s);
    row("degrees below zero", u"the temperature fell to minus 5 degrees overnight"_s, u"quantity"_s,
        u"minus 5 degrees"_s, -5, none, u"\u00B0"_s);
    row("a temperature below zero", u"it fell to -5\u00B0C overnight"_s, u"quantity"_s, u"-5\u00B0C"_s, -5, none,
        u"\u00B0C"_s);
    row("below zero in words", u"it fell to minus 10 degrees Celsius overnight"_s, u"quantity"_s,
        u"minus 10 degrees Celsius"_s, -10, none, u"\u00B0C"_s);
    row("a range is no sign", u"rates of 5-6% were offered"_s, u"percent"_s, u"5-6%"_s, 5, 6, u"%"_s);
    row("a whole number and a fraction", u"the index fell 3-1/4 points to close"_s, u"number"_s, u"3-1/4"_s, 3.25,
        none);
    row("billion as bln", u"a loan of $1.2 bln was agreed"_s, u"money"_s, u"$1.2 bln"_s, 1.2e9, none, u"USD"_s);
    row("marks before the amount", u"sales rose to DM 1.2 billion last year"_s, u"money"_s, u"DM 1.2 billion"_s,
        1.2e9, none, u"DEM"_s);
    row("sterling before the amount", u"a bid worth Stg 50 million for the group"_s, u"money"_s,
        u"Stg 50 million"_s, 50e6, none, u"GBP"_s);
    row("new Taiwan dollars", u"the stock ended at NT$53.8 on Friday"_s, u"money"_s, u"NT$53.8"_s, 53.8, none,
        u"TWD"_s);
    row("marks in an exchange rate", u"the dollar rose to 1.5230 marks from 1.5170"_s, u"money"_s,
        u"1.5230 marks"_s, 1.523, none, u"DEM"_s);
    row("marks after the amount", u"it paid 5 million marks for the site"_s, u"money"_s, u"5 million marks"_s,
        5e6, none, u"DEM"_s);
    row("francs of a country", u"a deal worth 4.5 billion Belgian francs"_s, u"money"_s,
        u"4.5 billion Belgian francs"_s, 4.5e9, none, u"BEF"_s);
    row("lire", u"a fine of 12 billion lire was imposed"_s, u"money"_s, u"12 billion lire"_s, 12e9, none,
        u"ITL"_s);
    row("decibels", u"the noise reached 120 decibels at night"_s, u"quantity"_s, u"120 decibels"_s, 120, none,
        u"dB"_s);
    // Fractions in financial news
    row("fraction percent", u"bonds yielding 8 3/4% were sold"_s, u"percent"_s, u"8 3/4%"_s, 8.75, none, u"%"_s);
    row("fraction joined by a hyphen, as wires write it", u"inflation was 1-1/2 percent in the fourth quarter"_s,
        u"percent"_s, u"1-1/2 percent"_s, 1.5, none, u"%"_s);
    // Spans of years, quarters, months
    row("year span", u"her pin-up days lasted from 1951-1957, when"_s, u"date"_s, u"1951-1957"_s, 1951, 1957, {}, {},
        u"1951/1957"_s);
    row("season span", u"through the end of the 2009-10 season"_s, u"date"_s, u"2009-10"_s, 2009, 2010, {}, {},
        u"2009/2010"_s);
    row("year span with era", u"the Second Bulgarian Empire (1185-1396 AD) was"_s, u"date"_s, u"1185-1396 AD"_s, 1185,
        1396, {}, {}, u"1185/1396"_s);
    row("years before Christ", u"the city flourished 500-400 BC under"_s, u"date"_s, u"500-400 BC"_s, -499, -399, {},
        {}, u"-0499/-0399"_s);
    row("a year before Christ", u"The city was founded around 508 BC by settlers."_s, u"date"_s, u"508 BC"_s, -507, none,
        {}, {}, u"-0507"_s);
    row("a year of our era", u"The abbey was founded in 614 AD by a monk."_s, u"date"_s, u"614 AD"_s, 614, none, {}, {},
        u"0614"_s);
    row("AD before the year", u"Vesuvius erupted in AD 79, burying Pompeii."_s, u"date"_s, u"AD 79"_s, 79, none, {}, {},
        u"0079"_s);
    row("an older year after a word of time", u"The fort was built in 1738 and rebuilt later."_s, u"date"_s, u"1738"_s,
        1738, none, {}, {}, u"1738"_s);
    row("an older year ending a sentence", u"Byron's friend died in 1480."_s, u"date"_s, u"1480"_s, 1480, none, {}, {},
        u"1480"_s);
    row("a month of an older year", u"He entered the school in August 1799 with his cousin."_s, u"date"_s,
        u"August 1799"_s, 1799, none, {}, {}, u"1799-08"_s);
    row("a month, a comma and its year", u"The treaty was signed in May, 1750, at Madrid."_s, u"date"_s,
        u"May, 1750"_s, 1750, none, {}, {}, u"1750-05"_s);
    row("a day of an older year", u"The duel was fought on 17 March 1782 at dawn."_s, u"date"_s, u"17 March 1782"_s,
        1782, none, {}, {}, u"1782-03-17"_s);
    row("an older number counting", u"Fraud was found in 1500 cases last year."_s, u"number"_s, u"1500"_s, 1500);
    row("an older number without a word of time", u"The ship carried 1738 passengers."_s, u"number"_s, u"1738"_s, 1738);
    row("May after a word of time", u"The plant closed in May after the strike."_s, u"date"_s, u"May"_s, none, none, {},
        {}, u"--05"_s);
    row("last May", u"Sales fell last May, the firm said."_s, u"date"_s, u"last May"_s, none, none, {}, {}, u"--05"_s);
    row("reign in brackets", u"Theodore Svetoslav (1300-1322) defeated"_s, u"date"_s, u"1300-1322"_s, 1300, 1322, {},
        {}, u"1300/1322"_s);
    row("reign marked r.", u"Emperor Michael IX (r. 1294-1320), after"_s, u"date"_s, u"1294-1320"_s, 1294, 1320, {}, {},
        u"1294/1320"_s);
    row("no era, no brackets", u"between 1200-1500 people came"_s, u"number"_s, u"1200-1500"_s, 1200, 1500);
    row("quarter with year", u"profit in the third quarter of 2019 rose"_s, u"date"_s, u"third quarter of 2019"_s,
        2019, none, {}, {}, u"2019-Q3"_s);
    row("Q3 2019", u"results for Q3 2019 beat forecasts"_s, u"date"_s, u"Q3 2019"_s, 2019, none, {}, {},
        u"2019-Q3"_s);
    row("month alone", u"the plant opened in July with"_s, u"date"_s, u"July"_s, none, none, {}, {}, u"--07"_s);
    row("early decade", u"built in the early 1980s by"_s, u"date"_s, u"early 1980s"_s, 1980, none, {}, u"early"_s,
        u"1980s"_s);
    row("decade in words", u"rediscovered in the late nineteen eighties by fans"_s, u"date"_s,
        u"late nineteen eighties"_s, 1980, none, {}, u"late"_s, u"1980s"_s);
    row("decade in words with a hyphen", u"a hit of the nineteen-sixties"_s, u"date"_s, u"nineteen-sixties"_s, 1960,
        none, {}, {}, u"1960s"_s);
    row("mid decade", u"rebuilt in the mid-1990s after"_s, u"date"_s, u"mid-1990s"_s, 1990, none, {}, u"mid"_s,
        u"1990s"_s);
    row("fiscal year", u"it earned more in fiscal 1995 than"_s, u"date"_s, u"fiscal 1995"_s, 1995, none, {}, u"fiscal"_s,
        u"1995"_s);
}

void TestFigureRecognizer::recognizes()
{
    QFETCH(QString, sentence);
    QFETCH(QString, kind);
    QFETCH(QString, figure);
    QFETCH(double, value);
    QFETCH(double, valueMax);
    QFETCH(QString, unit);
    QFETCH(QString, approx);
    QFETCH(QString, normalized);
    const auto mentions = FigureRecognizer::recognize(sentence);
    QStringList seen;
    for (const Mention& m : mentions) {
        seen.append(show(sentence, m));
        if (sentence.sliced(m.start, m.length()) != figure)
            continue;
        QCOMPARE(mentionKindName(m.kind), kind);
        if (std::isnan(value))
            QVERIFY(!m.hasValue());
        else
            QCOMPARE(m.value, value);
        if (std::isnan(valueMax))
            QVERIFY2(!m.valueMax, qPrintable(show(sentence, m)));
        else
            QCOMPARE(m.valueMax.value_or(std::nan("")), valueMax);
        QCOMPARE(m.unit, unit);
        QCOMPARE(m.approx, approx);
        QCOMPARE(m.normalized, normalized);
        return;
    }
    QFAIL(qPrintable(u"'%1' not found; found: %2"_s.arg(figure, seen.join(u"; "_s))));
}

void TestFigureRecognizer::leavesAlone_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("notAFigure");
    QTest::addRow("GPT-4o") << u"It outperforms existing GPT-4o, DeepSeek-V3, and Llama-3.1-405B."_s
                            << u"4"_s;
    QTest::addRow("DeepSeek-V3") << u"It outperforms existing GPT-4o, DeepSeek-V3, and Llama-3.1-405B."_s
                                 << u"3"_s;
    QTest::addRow("Llama-3.1-405B") << u"It outperforms existing GPT-4o, DeepSeek-V3, and Llama-3.1-405B."_s
                                    << u"405"_s;
    QTest::addRow("Qwen 2.5-Max") << u"AI model Qwen 2.5-Max also gained recognition"_s << u"2.5"_s;
    QTest::addRow("list marker") << u"1. The first point\n2) The second"_s << u"1"_s;
    QTest::addRow("url digits") << u"see https://example.com/2025/02/24/story-123 for more"_s << u"2025"_s;
    QTest::addRow("domain digits") << u"posted on news.site.com/2025/report today"_s << u"2025"_s;
    QTest::addRow("one of the largest") << u"one of the largest AI investments"_s << u"one"_s;
    QTest::addRow("version string") << u"update 15.0.1 is out"_s << u"15.0"_s;
    QTest::addRow("May as a name") << u"The vote went to Theresa May, in May Smith's view."_s << u"May"_s;
    QTest::addRow("half a point of a match") << u"They led by half a point after the round."_s << u"half"_s;
    QTest::addRow("may as a verb") << u"Prices may fall in the spring."_s << u"may"_s;
    QTest::addRow("vote tally is not a range") << u"The council voted 31-14 in favour"_s << u"31-14"_s;
    QTest::addRow("from-to is not a range") << u"rose from $5 to $6 a share"_s << u"$5 to $6"_s;
    QTest::addRow("may as a verb") << u"Investors may sell 5 shares"_s << u"May"_s;
    QTest::addRow("m of millions") << u"About 3m people live in the region"_s << u"3m"_s;
    QTest::addRow("a number opening a name") << u"He fell from the 52-story Four Seasons Hotel in Manhattan"_s << u"Four"_s;
    QTest::addRow("a number opening a place") << u"The accident at Three Mile Island frightened the state"_s << u"Three"_s;
    QTest::addRow("a half of a place") << u"Rebels hold the northern half of the nation"_s << u"half"_s;
    QTest::addRow("a half of a match") << u"He scored in the second half of the game"_s << u"half"_s;
    // Pesos and kroner are the money of several countries: without the country, no currency.
    QTest::addRow("pesos of no country") << u"it costs 500 pesos at the market"_s << u"500 pesos"_s;
    // A weight is no money, and a half is no amount without a scale.
    QTest::addRow("half without a scale") << u"half a dollar more"_s << u"half a dollar"_s;
    QTest::addRow("Rs without an amount") << u"the Rs. column of the table"_s << u"Rs."_s;
    QTest::addRow("the first half of a match") << u"He scored in the first half on Sunday"_s << u"first half"_s;
    QTest::addRow("a century in a name") << u"a film by 20th Century Fox was shown"_s << u"20th Century"_s;
    QTest::addRow("the fall alone") << u"the fall of the empire came fast"_s << u"fall"_s;
    QTest::addRow("a fall that is a tumble") << u"He broke a hip in the fall."_s << u"fall"_s;
    QTest::addRow("a season as a modifier") << u"They met during the winter meetings in Dallas"_s << u"winter"_s;
    QTest::addRow("weekend as a modifier") << u"Weekend sales fell at a weekend market"_s << u"eekend"_s;
    QTest::addRow("marks that are no money") << u"the 5 marks on the wall were old"_s << u"5 marks"_s;
    QTest::addRow("real that is no money") << u"there are 2 real problems here"_s << u"2 real"_s;
    QTest::addRow("feet then a count") << u"a wall 10 feet 3 times higher"_s << u"10 feet 3"_s;
    // "and" without "between" joins two numbers, no range; "from … to" is a change.
    QTest::addRow("two counts with and") << u"20 and 30 people were hurt"_s << u"20 and 30"_s;
    QTest::addRow("words from to") << u"it grew from seven to 10 stores"_s << u"seven to 10"_s;
    QTest::addRow("duration from to") << u"it grew from one to two years"_s << u"one to two years"_s;
    // A letter after a model's number is no temperature; degrees in words are diplomas as often.
    QTest::addRow("a model, not a temperature") << u"the iPhone 5C sold well"_s << u"5C"_s;
    QTest::addRow("a letter apart") << u"seat 5 C was free"_s << u"5 C"_s;
    QTest::addRow("people by magnitude") << u"thousands of people marched"_s << u"thousands of people"_s;
    QTest::addRow("degrees in words") << u"she holds two degrees from Yale"_s << u"two degrees"_s;
}

void TestFigureRecognizer::leavesAlone()
{
    QFETCH(QString, sentence);
    QFETCH(QString, notAFigure);
    for (const Mention& m : FigureRecognizer::recognize(sentence)) {
        const QString text = sentence.sliced(m.start, m.length());
        QVERIFY2(!text.contains(notAFigure) || text.size() > notAFigure.size() + 6 ? text != notAFigure
                                                                                   : false,
                 qPrintable(show(sentence, m)));
        QVERIFY2(text != notAFigure, qPrintable(show(sentence, m)));
    }
}

// Numbers that are not amounts: nothing inside them is a figure.
void TestFigureRecognizer::noFigureInside_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("span");
    auto row = [](const char *what, const QString& sentence, const QString& span) {
        QTest::addRow("%s", what) << sentence << span;
    };
    row("phone with area code", u"Anyone with information should call (423) 272-7555 today."_s, u"(423) 272-7555"_s);
    row("phone with letters", u"Tips can be left at 432-333-TIPS anonymously."_s, u"432-333-TIPS"_s);
    row("toll free", u"Call 1-800-555-0199 for help."_s, u"1-800-555-0199"_s);
    row("local, reach her at", u"Reach her at 442-1400, extension 317, or by mail."_s, u"442-1400"_s);
    row("local, a desk at", u"Call the Odessa Police Department at 335-5784 or write."_s, u"335-5784"_s);
    row("local in brackets", u"call 877-LAPD-24-7 (527-3247) with information."_s, u"527-3247"_s);
    row("international", u"Reach the office on +44 20 7946 0958 during the day."_s, u"44 20 7946 0958"_s);
    row("street number", u"The shop at 1500 W. Main Street was closed."_s, u"1500"_s);
    row("postcode", u"The firm is based in San Francisco, CA 94103 now."_s, u"94103"_s);
    // A fraction of a unit is an amount of it, no share ("three-quarters of a century").
    row("a fraction of a unit", u"He ate a quarter of a pie and left."_s, u"a quarter"_s);
    row("a hyphenated fraction of a unit", u"It struck at a depth of two-tenths of a mile."_s, u"two-tenths"_s);
    row("flight number", u"The search for flight 370 went on."_s, u"370"_s);
    row("route number", u"Traffic on Route 66 was slow."_s, u"66"_s);
    row("hash number", u"He wore #23 for the team."_s, u"23"_s);
    row("ratio is no time", u"The vote split 5:30 ratio in the end."_s, u"5:30"_s);
    // Near misses that stay figures are in recognizes(): "at 5:30 p.m.", "1-0" is no phone.
}

void TestFigureRecognizer::noFigureInside()
{
    QFETCH(QString, sentence);
    QFETCH(QString, span);
    const qsizetype start = sentence.indexOf(span);
    QVERIFY(start >= 0);
    const qsizetype end = start + span.size();
    for (const Mention& m : FigureRecognizer::recognize(sentence)) {
        const bool inside = m.start < end && m.end > start;
        // A ratio may hold numbers, never a clock time.
        const bool allowed = span == u"5:30" && m.kind != MentionKind::Time;
        QVERIFY2(!inside || allowed, qPrintable(show(sentence, m)));
    }
}

void TestFigureRecognizer::relativeDates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("normalized");
    const QDate day(2019, 3, 4);
    auto row = [](const char *what, const QString& sentence, const QString& figure, QDate published,
                  const QString& relative, const QString& normalized) {
        QTest::addRow("%s", what) << sentence << figure << published << relative << normalized;
    };
    row("last year", u"Sales fell last year in Europe."_s, u"last year"_s, day, u"-1Y"_s, u"2018"_s);
    row("last year unknown date", u"Sales fell last year in Europe."_s, u"last year"_s, QDate(), u"-1Y"_s, {});
    row("next month", u"The plant opens next month."_s, u"next month"_s, day, u"+1M"_s, u"2019-04"_s);
    row("a year ago", u"Prices were lower a year ago."_s, u"a year ago"_s, day, u"-1Y"_s, u"2018"_s);
    row("a year earlier", u"Profit doubled from a year earlier."_s, u"a year earlier"_s, day, u"-1Y"_s, u"2018"_s);
    row("three days ago", u"He vanished three days ago near the lake."_s, u"three days ago"_s, day, u"-3D"_s,
        u"2019-03-01"_s);
    row("years and a half ago", u"He left four and a half years ago for Rome."_s, u"four and a half years ago"_s, day,
        u"-54M"_s, u"2014-09"_s);
    row("yesterday", u"The court ruled yesterday."_s, u"yesterday"_s, day, u"-1D"_s, u"2019-03-03"_s);
    row("last week", u"Talks broke down last week."_s, u"last week"_s, day, u"-1W"_s, u"2019-W09"_s);
    row("this morning", u"The firm said this morning it would sell."_s, u"this morning"_s, day, u"+0D"_s,
        u"2019-03-04"_s);
    row("last night", u"The fire broke out last night near the port."_s, u"last night"_s, day, u"-1D"_s,
        u"2019-03-03"_s);
    row("tonight", u"The vote is due tonight."_s, u"tonight"_s, day, u"+0D"_s, u"2019-03-04"_s);
    row("yesterday afternoon", u"Shares fell yesterday afternoon."_s, u"yesterday afternoon"_s, day, u"-1D"_s,
        u"2019-03-03"_s);
    row("next weekend", u"The race is next weekend."_s, u"next weekend"_s, day, u"+1W"_s, u"2019-W11"_s);
    row("the year-earlier period", u"Profit rose 8% from the year-earlier period."_s, u"year-earlier period"_s, day,
        u"-1Y"_s, u"2018"_s);
    row("the year-ago quarter", u"Sales beat the year-ago quarter."_s, u"year-ago quarter"_s, day, u"-1Y"_s,
        u"2018"_s);
    // The day before or after the one the story tells of: a date, not resolved against the publication.
    row("the previous day", u"Shares had fallen the previous day."_s, u"previous day"_s, day, {}, {});
    row("the following day", u"He was released the following day."_s, u"following day"_s, day, {}, {});
    row("the following week", u"The strike ended the following week."_s, u"following week"_s, day, {}, {});
    row("over the weekend", u"Sales rose over the weekend, the chain said."_s, u"weekend"_s, day, {}, {});
    row("the weekend opening a sentence", u"The weekend was calm."_s, u"weekend"_s, day, {}, {});
    row("a season after a word of time", u"The deal should close in the spring, the bank said."_s, u"spring"_s, day,
        {}, {});
    row("the winter as a season", u"Talks stalled during the winter and resumed."_s, u"winter"_s, day, {}, {});
    // 2019-03-04 is a Monday: "last Monday" is the one before it, "this Sunday" the one of its week.
    row("last Monday", u"Talks ended last Monday in Geneva."_s, u"last Monday"_s, day, u"-1MO"_s, u"2019-02-25"_s);
    row("last Monday unknown date", u"Talks ended last Monday."_s, u"last Monday"_s, QDate(), u"-1MO"_s, u"Monday"_s);
    row("next Friday", u"The vote is next Friday."_s, u"next Friday"_s, day, u"+1FR"_s, u"2019-03-08"_s);
    row("this past Wednesday", u"He spoke this past Wednesday."_s, u"this past Wednesday"_s, day, u"-1WE"_s,
        u"2019-02-27"_s);
    row("this Sunday", u"The race is this Sunday."_s, u"this Sunday"_s, day, u"+0SU"_s, u"2019-03-10"_s);
    row("earlier this month", u"It was sold earlier this month."_s, u"earlier this month"_s, day, u"+0M"_s,
        u"2019-03"_s);
    row("the prior year", u"Sales were 5% lower the prior year."_s, u"prior year"_s, day, u"-1Y"_s, u"2018"_s);
    // Said of the story's moment, not the publication's: a date, left unresolved.
    row("the year before", u"The year before, sales were lower."_s, u"year before"_s, day, {}, {});
    row("the next morning", u"The strike ended the next morning."_s, u"next morning"_s, day, {}, {});
    row("a few years ago", u"The reform was proposed a few years ago by the mayor."_s, u"a few years ago"_s, day, {},
        {});
    row("several months earlier", u"He had resigned several months earlier."_s, u"several months earlier"_s, day, {},
        {});
    row("the end of a year", u"The law took effect at the end of 2018."_s, u"end of 2018"_s, day, {}, u"2018"_s);
    row("a fiscal year", u"Its fiscal year 2018 report is late."_s, u"fiscal year 2018"_s, day, {}, u"2018"_s);
    // The end of the publication's year or month; a decade back or on, a span no calendar bounds.
    row("the end of the year", u"The deal should close by the end of the year."_s, u"end of the year"_s, day,
        u"+0Y"_s, u"2019"_s);
    row("the start of the month", u"Prices rose at the start of the month."_s, u"start of the month"_s, day,
        u"+0M"_s, u"2019-03"_s);
    row("the past decade", u"Profits fell over the past decade."_s, u"past decade"_s, day, {}, {});
    row("a month said so", u"Sales rose this September."_s, u"this September"_s, day, {}, u"--09"_s);
    row("month, day and year", u"It was sold on 3/15/2021 for $2bn."_s, u"3/15/2021"_s, day, {}, u"2021-03-15"_s);
    row("day, month and year", u"It was sold on 15/3/2021 for $2bn."_s, u"15/3/2021"_s, day, {}, u"2021-03-15"_s);
    row("two-digit year", u"It was sold on 03/15/21 for $2bn."_s, u"03/15/21"_s, day, {}, u"2021-03-15"_s);
    // "this" before a full date is a caption's "In this … file photo"; a qualifier stays on its line.
    row("this before a full date", u"In this Tuesday, Nov. 10, 2009 file photo, he spoke."_s,
        u"Tuesday, Nov. 10, 2009"_s, day, {}, u"2009-11-10"_s);
    row("this before a month and day", u"In this April 17, 2018 file photo, she smiles."_s, u"April 17, 2018"_s, day,
        {}, u"2018-04-17"_s);
    row("a qualifier on the line before", u"Updated later\nMay 2, 2013 at noon"_s, u"May 2, 2013"_s, day, {},
        u"2013-05-02"_s);
    row("day and month either way", u"It was sold on 3/4/2021 for $2bn."_s, u"3/4/2021"_s, day, {}, u"2021"_s);
    row("this quarter", u"Growth slowed this quarter."_s, u"this quarter"_s, day, u"+0Q"_s, u"2019-Q1"_s);
    row("the third quarter", u"Revenue in the third quarter rose."_s, u"third quarter"_s, day, {}, u"2019-Q3"_s);
    row("the third quarter unknown date", u"Revenue in the third quarter rose."_s, u"third quarter"_s, QDate(), {},
        u"XXXX-Q3"_s);
    row("last summer", u"The dam burst last summer."_s, u"last summer"_s, day, u"-1Y"_s, u"2018-SU"_s);
    row("this winter unknown date", u"Prices will rise this winter."_s, u"this winter"_s, QDate(), u"+0Y"_s,
        u"XXXX-WI"_s);
    row("a season with its year", u"It opened in the summer of 2010."_s, u"summer of 2010"_s, day, {}, u"2010-SU"_s);
    row("a half of a year", u"Exports fell in the second half of 1997."_s, u"second half of 1997"_s, day, {},
        u"1997-H2"_s);
    row("the first half of the year", u"Sales rose in the first half of the year."_s, u"first half of the year"_s,
        day, u"+0Y"_s, u"2019-H1"_s);
    row("the current fiscal year", u"Results for the current fiscal year are due."_s, u"current fiscal year"_s, day,
        u"+0Y"_s, u"2019"_s);
    row("a century", u"The law dates from the 20th century."_s, u"20th century"_s, day, {}, u"19"_s);
    row("a span said vaguely", u"The town has grown in recent years."_s, u"recent years"_s, day, {}, {});
}

void TestFigureRecognizer::relativeDates()
{
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    QFETCH(QDate, published);
    QFETCH(QString, relative);
    QFETCH(QString, normalized);
    QStringList seen;
    for (const Mention& m : FigureRecognizer::recognize(sentence, published)) {
        seen.append(show(sentence, m) + u" rel " + m.relative);
        if (sentence.sliced(m.start, m.length()) != figure)
            continue;
        QCOMPARE(mentionKindName(m.kind), u"date"_s);
        QCOMPARE(m.relative, relative);
        QCOMPARE(m.normalized, normalized);
        return;
    }
    QFAIL(qPrintable(u"'%1' not found; found: %2"_s.arg(figure, seen.join(u"; "_s))));
}

// "increased by $43.6 billion to $419.2 billion" is a change and a new level, not a range;
// "fell from $2,415 to $2,315" two values.
void TestFigureRecognizer::changes()
{
    const QString text = u"Reserves increased by $43.6 billion to $419.2 billion, and the price fell from $2,415 to $2,315."_s;
    const auto found = FigureRecognizer::recognize(text);
    QStringList seen;
    for (const Mention& m : found)
        seen.append(show(text, m) + (m.change ? u" change"_s : QString()));
    QCOMPARE(found.size(), 4);
    QCOMPARE(text.sliced(found[0].start, found[0].length()), u"$43.6 billion"_s);
    QVERIFY2(found[0].change && !found[0].valueMax, qPrintable(seen.join(u"; "_s)));
    QCOMPARE(text.sliced(found[1].start, found[1].length()), u"$419.2 billion"_s);
    QVERIFY2(!found[1].change && !found[1].valueMax, qPrintable(seen.join(u"; "_s)));
    QCOMPARE(found[2].value, 2415.0);
    QCOMPARE(found[3].value, 2315.0);
    QVERIFY(!found[2].valueMax && !found[3].valueMax);
    // "by 3%" after a verb of change; "by 2025" is no change.
    const auto percent = FigureRecognizer::recognize(u"Shares rose by 3% by 2025."_s);
    QCOMPARE(percent.size(), 2);
    QVERIFY(percent[0].change);
    QVERIFY(!percent[1].change);

    // Right after a verb of movement an amount or a share is the move, past its qualifier; a
    // small amount then a far larger one are the move and the new level, not a range.
    auto changesIn = [](const QString& sentence) {
        QStringList out;
        for (const Mention& m : FigureRecognizer::recognize(sentence))
            out.append(sentence.sliced(m.start, m.length()) + (m.valueMax ? u" range"_s : QString()) +
                       (m.change ? u" change"_s : QString()));
        return out.join(u"; "_s);
    };
    QCOMPARE(changesIn(u"Oil rose $1.20 to $85.50 a barrel."_s), u"$1.20 change; $85.50"_s);
    QCOMPARE(changesIn(u"Ford shares fell by nearly 40% in his tenure."_s), u"40% change"_s);
    QCOMPARE(changesIn(u"Shares rose over 8% after the announcement."_s), u"8% change"_s);
    QCOMPARE(changesIn(u"Beverage sales were down about 47 percent."_s), u"47 percent change"_s);
    QCOMPARE(changesIn(u"Prices rose 5 to 6 percent."_s), u"5 to 6 percent range change"_s);
    // Not moves: a particle ("brought down", "make up"), a distance fallen, funds raised.
    QCOMPARE(changesIn(u"The outage brought down 70 percent of the network."_s), u"70 percent"_s);
    QCOMPARE(changesIn(u"Immigrants make up a third of the population."_s), u"a third"_s);
    QCOMPARE(changesIn(u"The climber fell 2,000ft to his death."_s), u"2,000ft"_s);
    QCOMPARE(changesIn(u"The campaign raised $5 million in May."_s).section(u';', 0, 0), u"$5 million"_s);
}

// "50 miles" and "80.47 km" are the same distance; the description says both.
void TestFigureRecognizer::conversionsBothWays()
{
    const auto miles = FigureRecognizer::recognize(u"a trip of 50 miles"_s);
    const auto km = FigureRecognizer::recognize(u"a trip of 80.4672 km"_s);
    QCOMPARE(miles.size(), 1);
    QCOMPARE(km.size(), 1);
    QCOMPARE(miles[0].value, km[0].value);
    QCOMPARE(miles[0].unit, km[0].unit);
    QCOMPARE(describeMention(miles[0]), u"80.5 km (50 miles)"_s);
    QCOMPARE(describeMention(km[0]), u"80.5 km"_s);
    const auto f = FigureRecognizer::recognize(u"it was 212 °F there"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].value, 100.0);
    QCOMPARE(describeMention(f[0]), u"100 °C (212 °F)"_s);
}

// The value a reader writes, exactly: 35 * 0.01 is 0.35000000000000003, which the analysis
// wrote out so (QCOMPARE's fuzzy comparison of doubles would not tell).
void TestFigureRecognizer::hundredthsAreExact()
{
    // Conversions likewise: 6 ft 2 in is 1.8796 m, not 1.8796000000000002.
    const QList<Mention> heights = FigureRecognizer::recognize(u"He is 6 feet 2 inches tall; 20,000 square feet."_s);
    QCOMPARE(heights.size(), 2);
    QVERIFY2(heights[0].value == 1.8796, qPrintable(QString::number(heights[0].value, 'g', 17)));
    QVERIFY2(heights[1].value == 1858.0608, qPrintable(QString::number(heights[1].value, 'g', 17)));

    const QList<Mention> found =
        FigureRecognizer::recognize(u"Shares fell 35 cents, stamps cost 7 pence, and the bid was 3 cents more."_s);
    QCOMPARE(found.size(), 3);
    QVERIFY2(found[0].value == 0.35, qPrintable(QString::number(found[0].value, 'g', 17)));
    QVERIFY2(found[1].value == 0.07, qPrintable(QString::number(found[1].value, 'g', 17)));
    QVERIFY2(found[2].value == 0.03, qPrintable(QString::number(found[2].value, 'g', 17)));
}

// A mention's texts are held once: equal texts are one pointer, from any thread, and an empty
// text is no text at all.
void TestFigureRecognizer::termsAreSharedTexts()
{
    const Term km(u"km"_s), alsoKm(QString(u"k"_s) + u'm'), miles(u"miles"_s), none(QString{});
    QVERIFY(km == alsoKm);
    QCOMPARE(&km.str(), &alsoKm.str());
    QVERIFY(!(km == miles));
    QVERIFY(none.isEmpty() && Term().isEmpty() && none == Term());
    QVERIFY(km == u"km"_s && km.size() == 2 && !km.isEmpty());
    QCOMPARE(u"over "_s + km, u"over km"_s); // joins as the QString it is
    QList<const QString *> seen(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&seen, t] {
            for (int i = 0; i < 1000; ++i)
                Term(QString::number(i));
            seen[t] = &Term(u"shared across threads"_s).str();
        });
    for (std::thread& t : threads)
        t.join();
    QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [&seen](const QString *p) { return p == seen[0]; }));
    QCOMPARE(Term(u"999"_s), Term(QString::number(999)));
}

void TestFigureRecognizer::describesValues()
{
    const QString text = u"It will spend $53 billion, Meta($60-$65 Billion), and shares rose over 8%."_s;
    const auto mentions = FigureRecognizer::recognize(text);
    QCOMPARE(mentions.size(), 3);
    QCOMPARE(describeMention(mentions[0]), u"53,000,000,000 USD"_s);
    QCOMPARE(describeMention(mentions[1]), u"range 60\u201365 bn USD"_s);
    QCOMPARE(describeMention(mentions[2]), u"over 8%"_s);
}

// The share of Recognizers-Text English cases (currency, percentage, number, number range) whose
// every expected figure is found with the same text and value.
void TestFigureRecognizer::recognizersTextSpecs()
{
    const QString root = QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/recognizers-specs-en");
    if (!QFile::exists(root))
        QSKIP("../shared/corpora/recognizers-specs-en is not present");
    struct Model
    {
        QString file;
        QList<MentionKind> kinds;
    };
    const QList<Model> models = {
        {u"/NumberWithUnit/English/CurrencyModel.json"_s, {MentionKind::Money}},
        {u"/Number/English/PercentModel.json"_s, {MentionKind::Percent}},
        {u"/Number/English/NumberModel.json"_s, {MentionKind::Number}},
        {u"/Number/English/NumberRangeModel.json"_s, {MentionKind::Number}},
        {u"/NumberWithUnit/English/DimensionModel.json"_s, {MentionKind::Quantity}},
        {u"/NumberWithUnit/English/TemperatureModel.json"_s, {MentionKind::Quantity}},
        {u"/DateTime/English/DateTimeModel.json"_s, {MentionKind::Date, MentionKind::Time, MentionKind::Duration}},
    };
    for (const Model& model : models) {
        QFile f(root + model.file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QJsonArray cases = QJsonDocument::fromJson(bytes).array();
        int right = 0, total = 0;
        qsizetype wanted = 0, foundWanted = 0, given = 0, givenRight = 0; // figures, for P/R/F1
        for (const auto& value : cases) {
            const QJsonObject c = value.toObject();
            ++total;
            const QString input = c[u"Input"_s].toString();
            const auto found = FigureRecognizer::recognize(input);
            const QJsonArray expected = c[u"Results"_s].toArray();
            QStringList want;
            for (const auto& e : expected)
                want.append(e.toObject()[u"Text"_s].toString());
            auto ofKinds = [&](const Mention& m) { return model.kinds.contains(m.kind); };
            auto textOf = [&](const Mention& m) { return input.sliced(m.start, m.length()).toLower(); };
            bool ok = true;
            for (const QString& text : std::as_const(want)) {
                const bool hit = std::any_of(found.cbegin(), found.cend(),
                                             [&](const Mention& m) { return ofKinds(m) && textOf(m) == text; });
                foundWanted += hit ? 1 : 0;
                ok = ok && hit;
            }
            wanted += want.size();
            qsizetype ofKind = 0;
            for (const Mention& m : found) {
                if (!ofKinds(m))
                    continue;
                ++ofKind;
                givenRight += want.contains(textOf(m)) ? 1 : 0;
            }
            given += ofKind;
            // No figures of those kinds where none are expected.
            ok = ok && ofKind == expected.size();
            right += ok ? 1 : 0;
            if (!ok && qEnvironmentVariableIsSet("CROSSCHECK_SHOW_MISSES")) {
                QStringList got;
                for (const Mention& m : found)
                    got.append(input.sliced(m.start, m.length()) + u'/' + mentionKindName(m.kind));
                qInfo("miss: %s\n  want %s\n  got  %s", qPrintable(input), qPrintable(want.join(u" | "_s)),
                      qPrintable(got.join(u" | "_s)));
            }
        }
        const double precision = given ? double(givenRight) / given : 0, recall = wanted ? double(foundWanted) / wanted : 0;
        qInfo("Recognizers-Text %s: %d of %d cases exactly right (%.1f%%); figures P %.3f R %.3f F1 %.3f",
              qPrintable(model.file.section(u'/', -1)), right, total, 100.0 * right / total, precision, recall,
              precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
        QVERIFY(total > 0);
    }
}

// recognize() tries each pattern only where a figure can start; it must find exactly what running
// the patterns over the whole text finds, on the project's examples, the seeds and ECB+.
void TestFigureRecognizer::anchoredScanEqualsWholeTextScan()
{
    QStringList texts = {
        u"US$4.35 billion, HK$ 12m, U.S. $5, A$3bn, RMB31.74 billion, USD 7, cad 3 and C$ 9."_s,
        u"Twenty-five percent; seventy-three years; ninety-nine pounds sterling; tenpercent; Ten."_s,
        u"On Wednesday, September 14th, 2025 and 3 March 2024, mid-2026, the 1990s, 2024-03-14."_s,
        u"1. First point\n2) Second at https://example.com/2025/03 or www.x.org/5 and a@b.com 7."_s,
        u"$60-$65 Billion, 31-14, from 5 to 6, 8%-9%, 13 per cent, Qwen 2.5-Max, GPT-4o, 5 €."_s,
        // Patterns tried only where what follows or precedes the digits allows them.
        u"It cost 5USD, 10dollars, 380元, 12 MSEK, 5 1/2 pounds sterling and two to three yuan over 3-4 years."_s,
        u"A magnitude-6.2 quake and Magnitude 7 tremor; call (423) 272-7555, 1-800-555-0199 or +44 20 7946 0958."_s,
        u"At 1500 W. Main Street, CA 94103; the 12th of March, 3/15/2021, the 1990s, 2012-04-04, 2012.08.08."_s,
    };
    for (const QString& dir :
         {QStringLiteral(CROSSCHECK_EXAMPLES_DIR), QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"),
          QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/ecbplus")}) {
        for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile f(it.next());
            if (f.size() < 4'000'000 && f.open(QIODevice::ReadOnly))
                texts.append(QString::fromUtf8(f.readAll()));
        }
    }
    qsizetype figures = 0;
    for (const QString& text : std::as_const(texts)) {
        QStringList anchored, whole;
        for (const Mention& m : FigureRecognizer::recognize(text))
            anchored.append(show(text, m));
        for (const Mention& m : FigureRecognizer::recognizeScanningWholeText(text))
            whole.append(show(text, m));
        QCOMPARE(anchored, whole);
        figures += anchored.size();
    }
    qInfo("%lld texts, %lld figures found alike", qlonglong(texts.size()), qlonglong(figures));
    QVERIFY(figures > 50);
}

// The patterns run without PCRE2's check of the subject: a text with half a surrogate pair (a
// broken file, "&#xD800;") or emoji right beside figures still gives the figures, at their places
// in the text as given, the same in both scans.
void TestFigureRecognizer::halfSurrogatesAndEmoji()
{
    QString text = u"Shares \U0001F4C8rose 8% to $53 billion\U0001F680 on Monday. "_s;
    text += QChar(0xD800);
    text += u"Revenue rose 5%"_s;
    text += QChar(0xDC00);
    text += u" at 3:30 p.m."_s;
    text += QChar(0xD83D); // half an emoji at the very end
    for (const QList<Mention>& found :
         {FigureRecognizer::recognize(text), FigureRecognizer::recognizeScanningWholeText(text)}) {
        QStringList seen;
        for (const Mention& m : found) {
            QVERIFY(m.start >= 0 && m.start < m.end && m.end <= text.size());
            seen.append(text.sliced(m.start, m.length()));
        }
        QCOMPARE(seen, (QStringList{u"8%"_s, u"$53 billion"_s, u"Monday"_s, u"5%"_s, u"3:30 p.m."_s}));
    }
}

QTEST_GUILESS_MAIN(TestFigureRecognizer)
#include "tst_figurerecognizer.moc"
