#include "articles/articlereader.h"
#include "articles/boilerplatedetector.h"
#include "articles/metadataextractor.h"
#include "recognition/mentionrecognizer.h"

#include <QTest>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extracts_data();
    void extracts();
    void htmlDeclaresMetadata();
    void boilerplateLines_data();
    void boilerplateLines();
    void trailerOnlyNearTheEnd();
    void photoCreditsAreChrome();
    void boilerplateSentencesAreFlagged();
};

namespace {
Article prepared(const QString& text, const QString& file = u"a.txt"_s)
{
    const auto result = ArticleReader::fromBytes(text.toUtf8(), u"/folder/"_s + file, file);
    return std::get<Article>(result);
}
} // namespace

void TestMetadata::extracts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("byline");

    QTest::addRow("headline then body")
        << u"Shares jump on AI plan\nAlibaba said on Monday it would invest.\n"_s
        << u"Shares jump on AI plan"_s << QString() << QDate() << QString();
    QTest::addRow("TLDR and bullets are not headlines")
        << u"TLDR\n- Alibaba plans to invest\n- Investors ask questions\nAlibaba Group announced plans to invest.\n"_s
        << u"Alibaba Group announced plans to invest."_s << QString() << QDate() << QString();
    QTest::addRow("long lead gives its first sentence")
        << (u"Alibaba Group has announced an ambitious plan to invest $53 billion in artificial "
            u"intelligence, marking "
            "one of the largest AI investments in the tech sector, analysts said. It follows rivals.\n"_s)
        << (u"Alibaba Group has announced an ambitious plan to invest $53 billion in artificial "
            u"intelligence, marking "
            "one of the largest AI investments in the tech sector, analysts said."_s)
        << QString() << QDate() << QString();
    QTest::addRow("source line") << u"Big plan\nBody text here.\nSource : Business Standard\n"_s
                                 << u"Big plan"_s << u"Business Standard"_s << QDate() << QString();
    QTest::addRow("site icon line")
        << u"Site icon Poniak Times\n\nAlibaba's $53 Billion AI Investment\n\nBody.\n"_s
        << u"Alibaba's $53 Billion AI Investment"_s << u"Poniak Times"_s << QDate() << QString();
    QTest::addRow("source url first line")
        << u"http://www.cbsnews.com/8301-207_162/lawyer-lindsay-lohan/\nLawyer: Lohan checks into rehab\nText.\n"_s
        << u"Lawyer: Lohan checks into rehab"_s << u"cbsnews.com"_s << QDate() << QString();
    QTest::addRow("masthead line with date and byline")
        << u"Council approves barrage\nThe Veldmark Courier \u00B7 Harbour & City \u00B7 14 March 2025 \u00B7 By Ines Halvorsen\n\nThe council voted.\n"_s
        << u"Council approves barrage"_s << u"The Veldmark Courier"_s << QDate(2025, 3, 14)
        << u"Ines Halvorsen"_s;
    QTest::addRow("masthead above headline")
        << u"EnergyMarkets Today\nVeldmark barrage: cost questions follow approval\n\nAnalysts doubt it.\n"_s
        << u"Veldmark barrage: cost questions follow approval"_s << u"EnergyMarkets Today"_s << QDate()
        << QString();
    QTest::addRow("published line")
        << u"Barrage gets the green light\nCoastline Radio News\nPublished 14 March 2025\n\nText.\n"_s
        << u"Barrage gets the green light"_s << u"Coastline Radio News"_s << QDate(2025, 3, 14) << QString();
    QTest::addRow("american date") << u"Headline here\nFriday, July 21, 2017\n\nText.\n"_s
                                   << u"Headline here"_s << QString() << QDate(2017, 7, 21) << QString();
    QTest::addRow("iso date") << u"Headline here\n2025-02-24\nText.\n"_s << u"Headline here"_s << QString()
                              << QDate(2025, 2, 24) << QString();
    QTest::addRow("sentence under headline is no outlet")
        << u"Alibaba to invest\nChinese e-commerce giant Alibaba announced on Monday a plan.\n"_s
        << u"Alibaba to invest"_s << QString() << QDate() << QString();
    // As scraped pages open (multinews-dev, ECB+): a slideshow's counter, a dateline, a date alone.
    QTest::addRow("slideshow counter before the lead")
        << (u"1 of 6. The Occupy Los Angeles encampment at City Hall Park is seen before the midnight deadline "
            u"for eviction passes. Police moved in before dawn on Monday.\n"_s)
        << u"The Occupy Los Angeles encampment at City Hall Park is seen before the midnight deadline for eviction passes."_s
        << QString() << QDate() << QString();
    QTest::addRow("dateline alone is no headline")
        << u"CAIRO |\n\nEU foreign policy chief Catherine Ashton met Mohamed Mursi.\n"_s
        << u"EU foreign policy chief Catherine Ashton met Mohamed Mursi."_s << QString() << QDate() << QString();
    QTest::addRow("date line is no headline")
        << u"Friday, June 7, 2013\nHollywood's mermaid Esther Williams dies\n\nText.\n"_s
        << u"Hollywood's mermaid Esther Williams dies"_s << QString() << QDate(2013, 6, 7) << QString();
    QTest::addRow("two words are a headline")
        << u"Big plan\nThe council approved the barrage on Monday.\n"_s << u"Big plan"_s << QString() << QDate()
        << QString();
    // A byline is who wrote, not what happened; a time stamp says when.
    QTest::addRow("byline alone is no headline")
        << u"By Terry Wade\nLIMA, Dec 1 (Reuters) - Peru suspended its top crime investigator.\n"_s
        << u"LIMA, Dec 1 (Reuters) - Peru suspended its top crime investigator."_s << QString() << QDate()
        << u"Terry Wade"_s;
    QTest::addRow("time stamp and byline are no headline")
        << u"March 10, 2012 10:54 am ET by MMFA Staff\nNinety-eight advertisers left the show.\n"_s
        << u"Ninety-eight advertisers left the show."_s << QString() << QDate(2012, 3, 10) << u"MMFA Staff"_s;
    QTest::addRow("time stamp is no headline")
        << u"Updated 9:06 AM\nA woman died after a car hit her in Queens.\n"_s
        << u"A woman died after a car hit her in Queens."_s << QString() << QDate() << QString();
    QTest::addRow("a headline may end with By")
        << u"Man Killed By Police\nThe man was shot on Friday.\n"_s << u"Man Killed By Police"_s << QString()
        << QDate() << QString();
    QTest::addRow("markdown heading marks")
        << u"## Big News Today\n\nText.\n"_s << u"Big News Today"_s << QString() << QDate() << QString();
}

void TestMetadata::extracts()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QDate, published);
    QFETCH(QString, byline);
    const Article article = prepared(text);
    QCOMPARE(article.title, title);
    QCOMPARE(article.outlet, outlet);
    QCOMPARE(article.published, published);
    QCOMPARE(article.byline, byline);
}

void TestMetadata::htmlDeclaresMetadata()
{
    const QString html = uR"(<html><head><title>Fishermen vow to fight barrage | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"><meta name="author" content="Samir Costa">
<meta property="article:published_time" content="2025-03-15T08:00:00Z"></head>
<body><h1>Fishermen vow to fight barrage</h1><p>They will go to court.</p></body></html>)"_s;
    const Article article = prepared(html, u"b.html"_s);
    QCOMPARE(article.title, u"Fishermen vow to fight barrage"_s);
    QCOMPARE(article.outlet, u"The Daily Ledger"_s);
    QCOMPARE(article.published, QDate(2025, 3, 15));
    QCOMPARE(article.byline, u"Samir Costa"_s);
    QCOMPARE(article.format, SourceFormat::Html);
}

void TestMetadata::boilerplateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    const QList<std::pair<QString, bool>> rows = {
        {u"Site icon Poniak Times"_s, true},
        {u"Exit mobile version"_s, true},
        {u"Share this post:"_s, true},
        {u"Share this article \u00B7 Follow The Veldmark Courier for more city news"_s, true},
        {u"Follow us for Breaking News and Market Intelligence."_s, true},
        {u"Source : Business Standard"_s, true},
        {u"Source link"_s, true},
        {u"Leave a Reply"_s, true},
        {u"Your email address will not be published."_s, true},
        {u"Tags: tidal, renewables, Veldmark"_s, true},
        {u"Subscribe to EnergyMarkets Today Premium for full analysis."_s, true},
        {u"Listen to the full report on Coastline Morning."_s, true},
        {u"Edited By Annette George"_s, true},
        {u"Advertisement"_s, true},
        {u"\u00A9 2025 The Daily Ledger. All rights reserved."_s, true},
        {u"http://www.cbsnews.com/8301-207_162-57582560/lawyer/"_s, true},
        {u"Alibaba shares rose 8% on Monday."_s, false},
        {u"What we know"_s, false},
        {u"The fund will follow the index closely."_s, false},
        {u"Sources said the plan was approved."_s, false},
    };
    for (const auto& [line, flagged] : rows)
        QTest::addRow("%s", qPrintable(line.left(40))) << line << flagged;
}

void TestMetadata::boilerplateLines()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QCOMPARE(BoilerplateDetector::isBoilerplateLine(line), boilerplate);
}

void TestMetadata::trailerOnlyNearTheEnd()
{
    const QString body = u"Alibaba will invest heavily in AI over three years.\n"_s.repeated(6);
    const QString text =
        u"Headline\n"_s + body +
        u"Stay Ahead of the Market with Benzinga Pro!\nWant to trade like a pro?\n- Breaking stories first\n"_s;
    const auto ranges = BoilerplateDetector::detect(text);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(text.sliced(ranges[2].start, ranges[2].length()), u"- Breaking stories first"_s);

    // The same words early in a story about markets are part of it.
    const QString early = u"Stay ahead of the market, brokers say\n"_s + body;
    QVERIFY(BoilerplateDetector::detect(early).isEmpty());
}

void TestMetadata::photoCreditsAreChrome()
{
    const QString caption = u"President Donald Trump speaks in the East Room of the White House in Washington, Thursday, "
                            u"Feb. 16, 2017. (AP Photo/Evan Vucci) (Associated Press)"_s;
    const QString text = u"Headline\n"_s + caption + u"\nActors Alyssa Milano and Matt Damon (Photo: Getty Images, "
                         u"WireImage)\nThe agency said the photo (taken on Monday) showed the damage.\n"_s;
    QStringList flagged;
    for (const TextRange& r : BoilerplateDetector::detect(text))
        flagged.append(text.sliced(r.start, r.length()));
    QCOMPARE(flagged, QStringList({u"(AP Photo/Evan Vucci) (Associated Press)"_s, u"(Photo: Getty Images, WireImage)"_s}));
    // The caption itself tells what the picture shows: its sentence stays.
    const Article article = prepared(text);
    QStringList kept;
    for (int i = 0; i < article.sentences.size(); ++i) {
        if (!article.sentences[i].boilerplate)
            kept.append(article.sentenceText(i));
    }
    QVERIFY2(kept.join(u'|').contains(u"speaks in the East Room"_s), qPrintable(kept.join(u'|')));
    QVERIFY2(!kept.join(u'|').contains(u"Evan Vucci"_s), qPrintable(kept.join(u'|')));
    // Nor is anyone in a credit a name the story gives, inside a caption's sentence too.
    QList<Article> articles = {prepared(text + u"A ranger watches a leopard in Botswana (Photo: CAMERON SPENCER, Getty "
                                              u"Images)\nActors at the awards (Photo: Chris Pizzello/Invision/AP)\n"_s)};
    MentionRecognizer::addNames(articles);
    for (const Mention& m : std::as_const(articles[0].mentions)) {
        const QString name = articles[0].text.sliced(m.start, m.length());
        QVERIFY2(!name.contains(u"Getty"_s) && !name.contains(u"Vucci"_s) && !name.contains(u"SPENCER"_s) &&
                     !name.contains(u"Pizzello"_s) && name != u"AP"_s,
                 qPrintable(name));
    }
}

void TestMetadata::boilerplateSentencesAreFlagged()
{
    const Article article =
        prepared(u"Site icon Poniak Times\n\nHeadline\n\nALIBABA.AI Investment ,AI infrastructure\n\n"
                 "Alibaba will invest. It said so.\n\nExit mobile version\n"_s);
    QStringList flagged, kept;
    for (int i = 0; i < article.sentences.size(); ++i)
        (article.sentences[i].boilerplate ? flagged : kept).append(article.sentenceText(i));
    QCOMPARE(flagged, QStringList({u"Site icon Poniak Times"_s, u"ALIBABA.AI Investment ,AI infrastructure"_s,
                                   u"Exit mobile version"_s}));
    QCOMPARE(kept, QStringList({u"Headline"_s, u"Alibaba will invest."_s, u"It said so."_s}));
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
